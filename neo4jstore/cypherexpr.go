package neo4jstore

import (
	"strings"

	"newsgraph/schema"
)

// The helpers below write Cypher expressions that state the shared
// semantics of package schema, so that every query says them the same way.
// Their arguments are Cypher expressions (variables or parameters), never
// input: input always travels as parameters.

// nameMatch states schema.NameMatches: v is the node, t the text.
func nameMatch(v, t string) string {
	return "(" + v + ".id = " + t + " OR toLower(" + v + ".name) = toLower(" + t + ") OR any(al IN coalesce(" + v +
		".aliases, []) WHERE toLower(al) = toLower(" + t + ")))"
}

// partyMatch states schema.PartyMatches for a node already known to be a
// country or organisation.
func partyMatch(v, t string) string {
	return "(" + nameMatch(v, t) + " OR toLower(coalesce(" + v + ".code, '')) = toLower(" + t + ") OR toLower(coalesce(" +
		v + ".short, '')) = toLower(" + t + "))"
}

// partyNodes is the body of a CALL subquery, over a variable t that holds
// a text, that returns as pc each country and organisation t names
// (schema.PartyMatches). Its candidates come from indexes: the ids', and
// the full-text index partyIndex over names, aliases, codes and short
// names, queried with t as one phrase; the exact check then keeps the
// nodes named. Only a text without a letter or digit, of which the index
// keeps no word, scans every country and organisation (in a subquery of
// its own, which the planner runs only for such a text): scanning them
// for every query cost about 10 ms of Neo4j's CPU at 1x, most of the Xi
// query's.
func partyNodes(t string) string {
	phrase := `'"' + replace(replace(` + t + `, '\\', '\\\\'), '"', '\\"') + '"'`
	words := t + ` =~ '(?s).*[\\p{L}\\p{Nd}].*'`
	return `MATCH (pc:Country {id: ` + t + `}) RETURN pc
    UNION
    MATCH (pc:Organization {id: ` + t + `}) RETURN pc
    UNION
    WITH ` + t + ` WHERE ` + words + `
    CALL db.index.fulltext.queryNodes('` + partyIndex + `', ` + phrase + `) YIELD node AS pc
    WITH ` + t + `, pc WHERE ` + partyMatch("pc", t) + ` RETURN pc
    UNION
    WITH ` + t + ` WHERE NOT ` + words + `
    CALL (` + t + `) { MATCH (pc:Country|Organization) WHERE ` + partyMatch("pc", t) + ` RETURN pc }
    RETURN pc`
}

// partyIDs is a COLLECT subquery of the ids of the countries and
// organisations that any text of the list expression texts names.
func partyIDs(texts string) string {
	return "COLLECT { UNWIND " + texts + " AS pt CALL (pt) { " + partyNodes("pt") + " } RETURN DISTINCT pc.id }"
}

// startOf and endOf state schema.StartOf and schema.EndOf.
func startOf(x string) string {
	return "(CASE size(" + x + ") WHEN 4 THEN " + x + " + '-01-01' WHEN 7 THEN " + x + " + '-01' ELSE " + x + " END)"
}

func endOf(x string) string {
	return "(CASE size(" + x + ") WHEN 4 THEN " + x + " + '-12-31' WHEN 7 THEN " + x + " + '-31' ELSE " + x + " END)"
}

// attestedAt states schema.AttestedAt for relationship r and date at (an
// expression that is not null).
func attestedAt(r, at string) string {
	s, u := "coalesce("+r+".since, '')", "coalesce("+r+".until, '')"
	first := "(CASE WHEN " + s + " = '' THEN " + startOf(u) + " ELSE " + startOf(s) + " END)"
	last := "(CASE WHEN " + endOf(u) + " > " + endOf(s) + " THEN " + endOf(u) + " ELSE " + endOf(s) + " END)"
	return "((" + s + " <> '' OR " + u + " <> '') AND " + first + " <= " + endOf(at) + " AND " + startOf(at) + " <= " + last + ")"
}

// attestedWithin states schema.AttestedWithin for relationship r and the
// range from..to (expressions, each null for no bound).
func attestedWithin(r, from, to string) string {
	s, u := "coalesce("+r+".since, '')", "coalesce("+r+".until, '')"
	first := "(CASE WHEN " + s + " = '' THEN " + startOf(u) + " ELSE " + startOf(s) + " END)"
	last := "(CASE WHEN " + endOf(u) + " > " + endOf(s) + " THEN " + endOf(u) + " ELSE " + endOf(s) + " END)"
	return "(CASE WHEN " + s + " = '' AND " + u + " = '' THEN " + from + " IS NULL AND " + to + " IS NULL ELSE (" + to + " IS NULL OR " + first + " <= " + endOf(to) +
		") AND (" + from + " IS NULL OR " + startOf(from) + " <= " + last + ") END)"
}

// heldAt states schema.Terms.HeldAt for relationship r from person p to
// party c at date at, with the query's terms q.termsClosed and q.termsOpen
// (lists of schema.TermKey).
func heldAt(p, r, c, at string) string {
	key := p + ".id + '|' + " + c + ".id + '|' + coalesce(" + r + ".key, '')"
	last := "(CASE WHEN " + endOf("coalesce("+r+".until, '')") + " > " + endOf("coalesce("+r+".since, '')") + " THEN " +
		endOf("coalesce("+r+".until, '')") + " ELSE " + endOf("coalesce("+r+".since, '')") + " END)"
	return "(" + attestedAt(r, at) + " OR " + key + " IN q.termsClosed OR (" + key + " IN q.termsOpen AND " + startOf(at) + " <= " + last + "))"
}

// inRange states the date filter of schema.DateInRange as the stores apply
// it: no bounds admit everything; with a bound, an undated node drops out.
func inRange(date, from, to string) string {
	d := "coalesce(" + date + ", '')"
	return "((" + from + " IS NULL AND " + to + " IS NULL) OR (" + d + " <> '' AND (" + from + " IS NULL OR " + startOf(d) + " >= " + startOf(from) +
		") AND (" + to + " IS NULL OR " + d + " <= " + to + " OR " + d + " STARTS WITH " + to + ")))"
}

// rangeParam is the map parameter $range of a statement that takes a
// date range: from and to, null when not given (as inRange wants them).
// Neo4j keys a plan by its parameters' types, a list's size among them,
// and never by a map's values: with $from and $to of their own, a
// timeline from a date was planned apart from one without (0.4-0.5 s
// each on first use after a restart), and so was each other bound.
func rangeParam(from, to string) map[string]any {
	return map[string]any{"from": nilIfEmpty(from), "to": nilIfEmpty(to)}
}

// hasWords states schema.NameHasWords: words is a list of lower-case words
// of letters and digits (schema.SearchWords), so that they are safe inside
// a regular expression.
func hasWords(v, words string) string {
	return "any(t IN [" + v + ".name] + coalesce(" + v + ".aliases, []) WHERE " + textHasWords("t", words) + ")"
}

// textHasWords is the condition that every word of the list words is a
// word, or the start of a word, of the string text (schema.TextHasWords).
func textHasWords(text, words string) string {
	return "all(w IN " + words + " WHERE toLower(" + text + ") =~ ('(?s)(.*[^\\\\p{L}\\\\p{Nd}])?' + w + '.*'))"
}

// lookup is a CALL subquery that binds n to each node of ids that exists,
// through each label's id index; ids without a known prefix are dropped.
// It returns the subquery and its parameters. It has a branch for every
// label, whichever labels ids hold (see perLabel).
func lookup(ids []string) (string, map[string]any) {
	q, params := perLabel(byLabel(ids), func(l, p string) string {
		return "UNWIND $" + p + " AS id MATCH (n:" + l + " {id: id}) RETURN n"
	})
	return "CALL {\n  " + strings.ReplaceAll(q, "\n", "\n  ") + "\n}", params
}

// nodeProps is the property map of node x that p keeps. It never holds
// aliasText, which only the full-text index reads, nor a meeting's
// derived lists (derivedNull).
//
// Without text, an article whose properties are all among articleKeys
// (every article the loader writes) is read by name, leaving its text
// unread: "{.*, text: null}" reads the text from the store, then drops it
// (about 0.5 ms of the Xi query's 4 at 100x, for its 29 reporting
// articles). A named property the article lacks is null, which the
// decoder reads as absent. Any other article keeps the general form, so
// that no property is ever left out.
func nodeProps(x string, p schema.Projection) string {
	if p.Text {
		return x + " {.*, aliasText: null, " + derivedNull + "}"
	}
	general := x + " {.*, aliasText: null, text: null, " + derivedNull + "}"
	return "CASE WHEN " + x + ":" + schema.LabelArticle + " AND all(articleKey IN keys(" + x + ") WHERE articleKey IN [" + articleKeyList + "]) THEN " + x + " {" + articleKeysButText +
		"} ELSE " + general + " END"
}

// articleKeys are the properties of an article node as the loader writes
// them (see nodeProps).
var articleKeys = []string{"id", "name", schema.PropTitle, schema.PropURL, schema.PropSource, schema.PropDate, schema.PropContentHash, schema.PropIngestedAt, schema.PropText}

// articleKeyList ("'id', 'name', …") and articleKeysButText (".id, .name,
// …" without the text) are built once: nodeProps runs for every statement.
var articleKeyList, articleKeysButText = func() (string, string) {
	var quoted, named []string
	for _, k := range articleKeys {
		quoted = append(quoted, "'"+k+"'")
		if k != schema.PropText {
			named = append(named, "."+k)
		}
	}
	return strings.Join(quoted, ", "), strings.Join(named, ", ")
}()

// edgeProps is the property map of relationship r that p keeps. Without
// evidence it names the properties it keeps: "{.*, articles: null}" still
// read every evidence list from the store (a third of a subgraph's db
// hits).
func edgeProps(r string, p schema.Projection) string {
	if p.Evidence {
		return r + " {.*}"
	}
	return r + " {.key, .since, .until}"
}
