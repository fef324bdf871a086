package schema

import "strings"

// Constraints are the Neo4j uniqueness constraints of the model: one per
// label on the stable id, which also gives every MERGE an index to use.
// Each statement is idempotent.
var Constraints = func() []string {
	var out []string
	for _, l := range Labels {
		out = append(out, "CREATE CONSTRAINT "+strings.ToLower(l)+"_id IF NOT EXISTS FOR (n:"+l+") REQUIRE n.id IS UNIQUE")
	}
	return out
}()

// Indexes are the Neo4j indexes that the read queries use. Each statement
// is idempotent.
var Indexes = []string{
	"CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date)",
	"CREATE INDEX country_code IF NOT EXISTS FOR (c:Country) ON (c.code)",
	"CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)",
	// Full-text index over names and aliases for search; aliasText holds the
	// aliases joined, because full-text indexes take string properties.
	"CREATE FULLTEXT INDEX " + FulltextIndex + " IF NOT EXISTS FOR (n:Person|Country|Organization|Place|Issue|Meeting|Article) ON EACH [n.name, n.aliasText]",
}

// FulltextIndex is the name of the Neo4j full-text index over entity names.
const FulltextIndex = "entity_names"
