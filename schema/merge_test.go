package schema

import (
	"reflect"
	"testing"
)

// MergeEdge must leave the stored edge alone even when its evidence has
// spare capacity that an append could write into: fold and the stores
// keep the stored value and the merged one side by side.
func TestMergeEdgeLeavesStoredEvidenceAlone(t *testing.T) {
	stored := Edge{Type: RelIn, From: "place:bali", To: "country:ID",
		Evidence: append(make([]Evidence, 0, 8), Evidence{ArticleID: "a1", Sentence: "one"})}
	shared := stored.Evidence[:cap(stored.Evidence)]
	a := MergeEdge(&stored, Edge{Type: RelIn, From: "place:bali", To: "country:ID", Evidence: []Evidence{{ArticleID: "a2", Sentence: "two"}}})
	b := MergeEdge(&stored, Edge{Type: RelIn, From: "place:bali", To: "country:ID", Evidence: []Evidence{{ArticleID: "a3", Sentence: "three"}}})
	if shared[1] != (Evidence{}) {
		t.Errorf("MergeEdge wrote %+v into the stored edge's list", shared[1])
	}
	if len(stored.Evidence) != 1 || len(a.Evidence) != 2 || len(b.Evidence) != 2 || a.Evidence[1].ArticleID != "a2" || b.Evidence[1].ArticleID != "a3" {
		t.Errorf("stored %+v, merged %+v and %+v", stored.Evidence, a.Evidence, b.Evidence)
	}
}

// MergeEdgeInto appends in place up to MaxEvidence, and after that only an
// affiliation's dates move.
func TestMergeEdgeIntoCapsEvidence(t *testing.T) {
	e := MergeEdge(nil, Edge{Type: RelAffiliatedWith, From: "person:x", To: "country:US", Since: "2020", Until: "2020",
		Evidence: []Evidence{{ArticleID: "a0", Sentence: "s"}}})
	for i := 1; i < MaxEvidence+3; i++ {
		MergeEdgeInto(&e, Edge{Type: RelAffiliatedWith, From: "person:x", To: "country:US", Since: "2019", Until: "2021",
			Evidence: []Evidence{{ArticleID: "a" + string(rune('a'+i)), Sentence: "s"}}})
	}
	if len(e.Evidence) != MaxEvidence || e.Since != "2019" || e.Until != "2021" {
		t.Errorf("%d evidence entries (want %d), since %s, until %s", len(e.Evidence), MaxEvidence, e.Since, e.Until)
	}
	// An article's own edge keeps its first write.
	m := MergeEdge(nil, Edge{Type: RelMentions, From: "article:a1", To: "person:x", Evidence: []Evidence{{ArticleID: "a1", Sentence: "first"}}})
	before := m
	MergeEdgeInto(&m, Edge{Type: RelMentions, From: "article:a1", To: "person:x", Evidence: []Evidence{{ArticleID: "a2", Sentence: "other"}}})
	if !reflect.DeepEqual(m, before) {
		t.Errorf("article edge changed to %+v", m)
	}
}

// TestMajorityKindKeepsTheStoredKindOnATie pins the count on its own.
func TestMajorityKindKeepsTheStoredKindOnATie(t *testing.T) {
	cases := []struct{ kinds, current, want string }{
		{"a1:call", "call", "call"},
		{"a1:call,a2:meeting", "call", "call"},
		{"a1:call,a2:meeting,a3:meeting", "call", "meeting"},
		{"a1:call,a2:meeting,a3:meeting,a4:call", "meeting", "meeting"},
		{"a1:call,a2:summit,a3:meeting,a4:meeting", "call", "meeting"},
		{"a1:summit,a2:meeting,a3:meeting", "summit", "summit"},
		{"a1:visit,a2:call,a3:call", "visit", "call"},
		{"", "summit", "summit"},
		{"a1:call", "", "call"},
	}
	for _, c := range cases {
		if got := MajorityKind(c.kinds, c.current); got != c.want {
			t.Errorf("MajorityKind(%q, %q) = %q, want %q", c.kinds, c.current, got, c.want)
		}
	}
}

// TestAppendSourceKindsAddsEachArticleOnce pins the list on its own.
func TestAppendSourceKindsAddsEachArticleOnce(t *testing.T) {
	cases := []struct{ kinds, add, want string }{
		{"", "a1:call", "a1:call"},
		{"a1:call", "a1:call", "a1:call"},
		{"a1:call", "a2:meeting", "a1:call,a2:meeting"},
		{"a1:call", "a2:meeting,a1:call,a3:call", "a1:call,a2:meeting,a3:call"},
		{"a1:summit", "a1:meeting", "a1:summit"},
		{"a1:call", "", "a1:call"},
	}
	for _, c := range cases {
		if got := AppendSourceKinds(c.kinds, c.add); got != c.want {
			t.Errorf("AppendSourceKinds(%q, %q) = %q, want %q", c.kinds, c.add, got, c.want)
		}
	}
}

// TestRetractSourceKindsReplaysTheArticlesLeft pins the retraction's
// count on its own: the kind is the one the entries left give in order,
// not the one the retracted article's vote made.
func TestRetractSourceKindsReplaysTheArticlesLeft(t *testing.T) {
	cases := []struct {
		kinds, current string
		articles       []string
		wantKinds      string
		wantKind       string
	}{
		{"a1:call,a2:meeting,a3:meeting", "meeting", []string{"a3"}, "a1:call,a2:meeting", "call"},
		{"a1:call,a2:meeting,a3:meeting", "meeting", []string{"a1"}, "a2:meeting,a3:meeting", "meeting"},
		{"a1:summit,a2:call,a3:call,a4:meeting", "call", []string{"a2"}, "a1:summit,a3:call,a4:meeting", "summit"},
		{"a1:call,a2:meeting", "call", []string{"a9"}, "a1:call,a2:meeting", "call"},
		{"a1:call", "call", []string{"a1"}, "a1:call", "call"},
		{"a1:call,a11:meeting", "call", []string{"a1"}, "a11:meeting", "meeting"},
	}
	for _, c := range cases {
		kinds, kind := RetractSourceKinds(c.kinds, c.current, c.articles)
		if kinds != c.wantKinds || kind != c.wantKind {
			t.Errorf("RetractSourceKinds(%q, %q, %v) = %q, %q, want %q, %q", c.kinds, c.current, c.articles, kinds, kind, c.wantKinds, c.wantKind)
		}
	}
}
