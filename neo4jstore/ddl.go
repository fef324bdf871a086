package neo4jstore

import (
	"context"
	"strings"

	"newsgraph/schema"
)

// constraints are the Neo4j uniqueness constraints of the model: one per
// label on the stable id, and one on the from of the records of merged
// meetings' ids (labelMergedMeeting), which also give every MERGE an index
// to use. Each statement is idempotent.
var constraints = func() []string {
	var out []string
	for _, l := range schema.Labels {
		out = append(out, "CREATE CONSTRAINT "+strings.ToLower(l)+"_id IF NOT EXISTS FOR (n:"+l+") REQUIRE n.id IS UNIQUE")
	}
	out = append(out, "CREATE CONSTRAINT merged_meeting_from IF NOT EXISTS FOR (x:"+labelMergedMeeting+") REQUIRE x.from IS UNIQUE")
	return out
}()

// indexes are the Neo4j indexes that the read queries use. Each statement
// is idempotent.
var indexes = func() []string {
	out := []string{
		"CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date)",
		"CREATE INDEX merged_meeting_into IF NOT EXISTS FOR (x:" + labelMergedMeeting + ") ON (x.into)",
		"CREATE INDEX country_code IF NOT EXISTS FOR (c:Country) ON (c.code)",
		"CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)",
		"CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)",
		// Meetings reported since a visit (meetingDriver's "ingested").
		"CREATE INDEX article_ingested IF NOT EXISTS FOR (a:Article) ON (a." + schema.PropIngestedAt + ")",
	}
	// Full-text indexes for search, one per label so that a search for one
	// type gets its candidates from that type alone: names and aliases
	// (aliasText holds the aliases joined, because full-text indexes take
	// string properties), and an article's title and text.
	// The articles' index is eventually consistent: indexing whole texts
	// happens after commit, off the loader's write path, and the Neo4j
	// store waits for it before it searches after writing articles itself.
	for _, l := range schema.Labels {
		fields, options := "[n.name, n.aliasText]", ""
		if l == schema.LabelArticle {
			fields = "[n.name, n.title, n.text]"
			options = " OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"
		}
		out = append(out, "CREATE FULLTEXT INDEX "+fulltextIndex(l)+" IF NOT EXISTS FOR (n:"+l+") ON EACH "+fields+options)
	}
	// Countries and organisations by name, alias, code and short name, so
	// that a party's text finds its nodes without scanning them all
	// (partyNodes).
	out = append(out, "CREATE FULLTEXT INDEX "+partyIndex+" IF NOT EXISTS FOR (n:"+schema.LabelCountry+"|"+schema.LabelOrganization+
		") ON EACH [n.name, n.aliasText, n.code, n.short]")
	return out
}()

// partyIndex is the full-text index of parties (see partyNodes).
const partyIndex = "party_names"

// fulltextIndex is the name of the Neo4j full-text index that search
// reads for a label.
func fulltextIndex(label string) string { return "search_" + strings.ToLower(label) }

// schemaExists reports whether the index or constraint name exists; kind
// is "INDEXES" or "CONSTRAINTS" (SHOW's word, a constant, never input).
func (s *Store) schemaExists(ctx context.Context, kind, name string) (bool, error) {
	recs, err := s.run(ctx, "SHOW "+kind+" YIELD name WHERE name = $name RETURN count(*) AS n", map[string]any{"name": name}, false)
	if err != nil {
		return false, err
	}
	var d decoder
	n := int64(0)
	for _, r := range recs {
		n = column[int64](&d, r, "n")
	}
	return n > 0, d.result(strings.ToLower(kind))
}
