package loader_test

import (
	"bufio"
	"bytes"
	"slices"
	"strings"
	"testing"

	"newsgraph/loader"
	"newsgraph/loader/extract"
	"newsgraph/samples"
	"newsgraph/schema"
)

// TestEveryIDParsesBackToItsLabel builds the graph of every bundled sample
// and checks each id the loader emits: its prefix names its node's label,
// and schema's id function rebuilds it from the node (a person's or
// place's name, a country's code, an organisation's short name, a
// meeting's date and participants). One owner for ids means no package can
// name one thing two ways ("org:world-bank" and "org:world bank").
func TestEveryIDParsesBackToItsLabel(t *testing.T) {
	sc := bufio.NewScanner(bytes.NewReader(samples.ArticlesJSONL))
	sc.Buffer(nil, 1<<24)
	checked := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		var recs []loader.Record
		for rec := range loader.ReadJSONLines(samples.FileName, bytes.NewReader(sc.Bytes())) {
			recs = append(recs, rec)
		}
		for _, rec := range recs {
			g, err := loader.Prepare(rec)
			if err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
			participants := map[string][]string{}
			for _, e := range g.Edges {
				if e.Type == schema.RelAttended {
					participants[e.To] = append(participants[e.To], e.From)
				}
			}
			for _, n := range g.Nodes {
				if got := schema.LabelOf(n.ID); got != n.Label {
					t.Errorf("%s: id %q parses to label %q, the node is a %s", rec.Article.ID, n.ID, got, n.Label)
				}
				want, ok := schema.IDOf(n)
				switch n.Label {
				case schema.LabelArticle:
					want, ok = schema.ArticleID(rec.Article.ID), true
				case schema.LabelMeeting:
					want, ok = schema.MeetingID(rec.Article.ID, n.Props[schema.PropDate], participants[n.ID]), true
				case schema.LabelIssue:
					want, ok = schema.IssueID(strings.TrimPrefix(n.ID, "issue:")), true
				}
				if !ok || want != n.ID {
					t.Errorf("%s: %s node %q (%+v) rebuilds as id %q", rec.Article.ID, n.Label, n.ID, n, want)
				}
				checked[n.Label]++
			}
		}
	}
	for _, label := range schema.Labels {
		if checked[label] == 0 {
			t.Errorf("the samples gave no %s node: the table does not cover it", label)
		}
	}
}

// TestOneOrganisationIsOneNode: "World Bank President Ajay Banga" named
// the bank as an entity ("org:world-bank") and as his party ("org:world
// bank"), two nodes for one organisation.
func TestOneOrganisationIsOneNode(t *testing.T) {
	a := extract.Article{ID: "banga", Title: "Blinken meets Banga", Date: "2023-09-20",
		Text: "World Bank President Ajay Banga met Secretary of State Antony Blinken in Washington. The World Bank and the Arab League were discussed. Arab League Secretary-General Ahmed Aboul Gheit also spoke."}
	g := prepare(t, a)
	for _, n := range g.Nodes {
		if n.Label == schema.LabelOrganization && strings.ContainsAny(n.ID, " ") {
			t.Errorf("organisation id %q is not a slug", n.ID)
		}
	}
	for _, e := range g.Edges {
		if strings.ContainsAny(e.To, " ") || strings.ContainsAny(e.From, " ") {
			t.Errorf("edge %s joins an id that is not a slug", e.EdgeID())
		}
	}
}

// TestMentionEvidenceIsTheExtractorsSentence: the loader cites the
// sentence the extractor found a mention in, and does not split the text
// again (an abbreviation such as "U.S." or "J." ends no sentence).
func TestMentionEvidenceIsTheExtractorsSentence(t *testing.T) {
	a := extract.Article{ID: "s", Title: "T", Date: "2023-06-19",
		Text: "First one. In a rare visit by U.S. Secretary of State Antony J. Blinken, they met. Last one."}
	g := prepare(t, a)
	for _, e := range g.Edges {
		if e.Type == schema.RelMentions && e.To == "person:antony-blinken" {
			if len(e.Evidence) != 1 || e.Evidence[0].Sentence != "In a rare visit by U.S. Secretary of State Antony J. Blinken, they met." {
				t.Errorf("mention evidence = %+v", e.Evidence)
			}
			return
		}
	}
	t.Fatalf("no mention of Blinken in %+v", g.Edges)
}

// TestAliasesSpaceWordsWithOneSpace: a mention written with a no-break
// or narrow no-break space between its words (the White House's "Antony
// J.\u202fBlinken", "Derek\u00a0Chollet") is the alias an ordinary space
// gives, so a person does not list "Antony J. Blinken" twice, nor his own
// name as an alias.
func TestAliasesSpaceWordsWithOneSpace(t *testing.T) {
	a := extract.Article{ID: "s", Title: "T", Date: "2023-06-19", Text: "Secretary of State Antony J.\u202fBlinken met " +
		"Chinese Foreign Minister Wang Yi in Beijing. Later, Antony J. Blinken spoke to reporters. Derek\u00a0Chollet joined them."}
	want := map[string][]string{"person:antony-blinken": {"Antony J. Blinken"}, "person:derek-chollet": nil}
	for _, n := range prepare(t, a).Nodes {
		if w, ok := want[n.ID]; ok {
			delete(want, n.ID)
			if !slices.Equal(n.Aliases, w) {
				t.Errorf("%s: aliases %q, want %q", n.ID, n.Aliases, w)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no node for %v", want)
	}
}

// prepare is the graph the loader makes of a, which must be valid.
func prepare(t *testing.T, a extract.Article) schema.ArticleGraph {
	t.Helper()
	g, err := loader.Prepare(loader.Record{Article: a, File: "test", Line: 1})
	if err != nil {
		t.Fatal(err)
	}
	return g
}
