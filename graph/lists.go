package graph

import (
	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// The builders below map the GraphQL where and orderBy inputs of the
// top-level lists onto store queries.

// descending resolves an order's direction: the given one, else the
// default (DESC for counts and dates, ASC for names and titles).
func descending(dir *model.OrderDirection, byDefault bool) bool {
	if dir == nil {
		return byDefault
	}
	return *dir == model.OrderDirectionDesc
}

func dateString(d *model.Date) string {
	if d == nil {
		return ""
	}
	return string(*d)
}

// checkRange refuses bounds that no date can fall between, each at its own
// precision (from "2023" and to "2022", or from "2022-06" and to
// "2022-03"): the answer would be empty, and an empty answer does not tell
// a client that it swapped them. from "2022-06-19" and to "2022-06" is a
// range (the rest of June).
func checkRange(from, to string) error {
	if from == "" || to == "" {
		return nil
	}
	if padDate(from, "-01-01") > padDate(to, "-99-99") {
		return apierr.Invalid("from %q is after to %q: no date is between them", from, to)
	}
	return nil
}

// padDate fills a date of year or month precision to a day's length with
// the tail of fill: its first day with "-01-01", a day after its last with
// "-99-99", for comparing as strings.
func padDate(d, fill string) string {
	if n := len(d) - 4; n >= 0 && n <= len(fill) {
		return d + fill[n:]
	}
	return d
}

func peopleQuery(where *model.PersonWhere, orderBy *model.PersonOrder) schema.EntityQuery {
	q := schema.EntityQuery{Label: schema.LabelPerson}
	if where != nil {
		q.IDs, q.Name, q.Parties, q.AsOf = where.Ids, deref(where.Name), where.OfficialsOf, dateString(where.AsOf)
		q.Terms = termsAt(q.AsOf)
		q.Role = deref(where.Role)
	}
	if orderBy != nil {
		if orderBy.Field == model.PersonOrderFieldMeetings {
			q.Order = schema.OrderMeetings
			q.With = deref(orderBy.With)
			q.From, q.To = dateString(orderBy.From), dateString(orderBy.To)
		}
		q.Desc = descending(orderBy.Direction, q.Order == schema.OrderMeetings)
	}
	return q
}

func partyQuery(label string, where *model.EntityWhere, orderBy *model.PartyOrder) schema.EntityQuery {
	q := schema.EntityQuery{Label: label}
	if where != nil {
		q.IDs, q.Name = where.Ids, deref(where.Name)
	}
	if orderBy != nil {
		switch orderBy.Field {
		case model.PartyOrderFieldMeetings:
			q.Order, q.With = schema.OrderMeetings, deref(orderBy.With)
			q.From, q.To = dateString(orderBy.From), dateString(orderBy.To)
		case model.PartyOrderFieldOfficials:
			q.Order, q.AsOf = schema.OrderOfficials, dateString(orderBy.AsOf)
			q.Terms = termsAt(q.AsOf)
			if len(q.IDs) > 0 { // only these parties are counted
				q.Terms = termsOfParties(q.AsOf, q.IDs...)
			}
		}
		q.Desc = descending(orderBy.Direction, schema.OrderCounts(q.Order))
	}
	return q
}

func entityQuery(label string, ids []string, name *string, orderBy *model.EntityOrder) schema.EntityQuery {
	q := schema.EntityQuery{Label: label, IDs: ids, Name: deref(name)}
	if orderBy != nil {
		if orderBy.Field == model.EntityOrderFieldMeetings {
			q.Order = schema.OrderMeetings
			q.From, q.To = dateString(orderBy.From), dateString(orderBy.To)
		}
		q.Desc = descending(orderBy.Direction, q.Order == schema.OrderMeetings)
	}
	return q
}

func articleQuery(where *model.ArticleWhere, orderBy *model.ArticleOrder) schema.EntityQuery {
	q := schema.EntityQuery{Label: schema.LabelArticle, Order: schema.OrderDate, Desc: true}
	if where != nil {
		q.IDs, q.From, q.To, q.Mentions, q.Source = articleIDs(where.Ids), dateString(where.From), dateString(where.To), where.Mentions, deref(where.Source)
		if where.IngestedAfter != nil {
			q.IngestedAfter = string(*where.IngestedAfter)
		}
	}
	if orderBy != nil {
		switch orderBy.Field {
		case model.ArticleOrderFieldTitle:
			q.Order = schema.OrderTitle
		case model.ArticleOrderFieldIngested:
			q.Order = schema.OrderIngested
		}
		q.Desc = descending(orderBy.Direction, q.Order != schema.OrderTitle)
	}
	return q
}

// articleIDs accepts articles' node ids or bare ids.
func articleIDs(ids []string) []string {
	if ids == nil {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = articleNodeID(id)
	}
	return out
}
