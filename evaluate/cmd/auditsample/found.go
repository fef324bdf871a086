package main

// -found (audit44): the answers an analyst meets beyond the lists. The
// people and places of the graph that no list names are the recogniser's
// (loader/extract/ner), and the issues a meeting discussed come from the
// issue vocabulary's words in its sentences; neither is in the meetings,
// affiliations or organisations drawn before. Three more pools, each of
// every such node or edge of the graph, drawn after the first three so that
// those draw as before.

import (
	"encoding/json"
	"fmt"
	"strings"

	"newsgraph/gazetteer"
)

const (
	qPeoplePage = `query($after: String) { people(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id name aliases affiliations { role organization { id name } } } } }`
	qPlacesPage = `query($after: String) { places(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id name aliases country { id name } } } }`
	qMeetingIssues = `query($after: String) { meetings(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id kind date status participants { name } issues { id name } } } }`
	qMentions  = `query($id: ID!) { timeline(id: $id, first: 500) { kind date article { id } sentence } }`
	qDiscussed = `query($s: [ID!]!) { subgraph(seeds: $s, depth: 1, limit: 300) {
  edges { source target type evidence { article { id date } sentence } } } }`
)

// MentionsShown is how many of a found name's mentions (with a sentence)
// its answer shows: the evidence a reader judges it by.
const MentionsShown = 3

// page asks q page by page (its one connection named field) and hands each
// page's nodes to each.
func page(ask asker, q, field string, each func([]map[string]any) error) error {
	after := any(nil)
	for {
		var out map[string]struct {
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
			Nodes []map[string]any
		}
		if err := ask(q, map[string]any{"after": after}, &out); err != nil {
			return fmt.Errorf("%s: %w", field, err)
		}
		conn := out[field]
		if err := each(conn.Nodes); err != nil {
			return err
		}
		if !conn.PageInfo.HasNextPage {
			return nil
		}
		after = conn.PageInfo.EndCursor
	}
}

// listedPerson reports whether a list names the person by its name or one
// of its aliases; listedPlace whether the places' list has the place.
// Variables, so that a test needs no lists.
var (
	listedPerson = func(names []string) bool {
		for _, n := range names {
			if len(gazetteer.OfficialsNamed(n)) > 0 {
				return true
			}
		}
		return false
	}
	listedPlace = func(name string) bool {
		_, ok := gazetteer.PlaceByName(name)
		return ok
	}
)

// addFound pools every person and place no list names, under "people off
// the lists" and "places off the lists", and every issue of every meeting,
// under "issues discussed" keyed meeting|issue; it sets fill to complete
// the drawn ones (fillFound).
func (p *pools) addFound(ask asker) error {
	p.people, p.places, p.discussed = map[string]Item{}, map[string]Item{}, map[string]Item{}
	err := page(ask, qPeoplePage, "people", func(nodes []map[string]any) error {
		for _, n := range nodes {
			names := []string{fmt.Sprint(n["name"])}
			for _, a := range asList(n["aliases"]) {
				names = append(names, fmt.Sprint(a))
			}
			if listedPerson(names) {
				continue
			}
			if err := p.add("person", fmt.Sprint(n["id"]), "people off the lists", n); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = page(ask, qPlacesPage, "places", func(nodes []map[string]any) error {
			for _, n := range nodes {
				if listedPlace(fmt.Sprint(n["name"])) {
					continue
				}
				if err := p.add("place", fmt.Sprint(n["id"]), "places off the lists", n); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err == nil {
		err = page(ask, qMeetingIssues, "meetings", func(nodes []map[string]any) error {
			for _, m := range nodes {
				for _, is := range asList(m["issues"]) {
					issue, _ := is.(map[string]any)
					v := map[string]any{"meeting": m["id"], "kind": m["kind"], "date": m["date"], "status": m["status"],
						"participants": m["participants"], "issue": issue}
					if err := p.add("discussed", fmt.Sprint(m["id"])+"|"+fmt.Sprint(issue["id"]), "issues discussed", v); err != nil {
						return err
					}
				}
			}
			return nil
		})
	}
	if err != nil {
		return err
	}
	p.fill = func(it *Item) error { return fillFound(ask, it) }
	return nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// fillFound completes a drawn found item: a person or place gains
// "mentions", the first MentionsShown articles' sentences that name it (its
// timeline's mentions with a sentence); a discussed issue gains "evidence",
// the DISCUSSED edge's sources. Items of the other kinds are left as they
// are.
func fillFound(ask asker, it *Item) error {
	var v map[string]any
	if err := json.Unmarshal(it.Answer, &v); err != nil {
		return err
	}
	switch it.Kind {
	case "person", "place":
		var out struct {
			Timeline []struct {
				Kind     string
				Date     string
				Article  struct{ ID string }
				Sentence string
			}
		}
		if err := ask(qMentions, map[string]any{"id": it.Key}, &out); err != nil {
			return fmt.Errorf("timeline %s: %w", it.Key, err)
		}
		var shown []map[string]any
		for _, t := range out.Timeline {
			if t.Kind == "MENTION" && t.Sentence != "" && len(shown) < MentionsShown {
				shown = append(shown, map[string]any{"article": t.Article.ID, "date": t.Date, "sentence": t.Sentence})
			}
		}
		v["mentions"] = shown
	case "discussed":
		meeting, issue, _ := strings.Cut(it.Key, "|")
		var out struct {
			Subgraph struct {
				Edges []struct {
					Source, Target, Type string
					Evidence             []any
				}
			}
		}
		if err := ask(qDiscussed, map[string]any{"s": []string{meeting}}, &out); err != nil {
			return fmt.Errorf("subgraph %s: %w", meeting, err)
		}
		for _, e := range out.Subgraph.Edges {
			if e.Type == "DISCUSSED" && e.Source == meeting && e.Target == issue {
				v["evidence"] = e.Evidence
			}
		}
	default:
		return nil
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	it.Answer = raw
	return nil
}
