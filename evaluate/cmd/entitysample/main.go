// Command entitysample draws a seeded random sample of the people and places
// the name recogniser puts into the graph on the open corpus, for a reader
// to judge (issue 11 items 3 and 4, ents11): is it a name at all, is its
// span the proper-name core, is its type right.
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > corpus-open.jsonl
//	newsgraph extract corpus-open.jsonl > extracted.jsonl
//	go run ./evaluate/cmd/entitysample -articles corpus-open.jsonl -extracted extracted.jsonl [-n 50] [-seed 10]
//
// The pools are the Person entities that are no official (no people record)
// and the Place entities that are not a gazetteer place (a country is a
// Country entity, not a Place), in the output's order. n of each are drawn
// with a PCG seeded by seed, at most one entity of a kind per article, each
// with the node's name and its mentions' texts and sentences. It refuses an
// article of the test part or of the closed batches (evaluate.ClosedIDs).
// The pools' sizes go to stderr.
//
// With -offlist (offlist45) the pools are instead the people, places and
// organisations no list names (Lists: not an official of the lists by
// name, not a gazetteer place, not an organisation or body of the
// gazetteer), as an analyst meets them, and -orgs N draws N organisations
// after the people and places.
package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"

	"newsgraph/evaluate/cmd/internal/sampling"
	"newsgraph/gazetteer"
	"newsgraph/loader/extract"
)

// maxSentences is how many of an entity's mention sentences a record shows.
const maxSentences = 3

// Entity is one drawn entity, with the reader's verdicts.
type Entity struct {
	N        int    `json:"n"`
	Kind     string `json:"kind"` // "person", "place" or "organization"
	ID       string `json:"id"`
	EntityID string `json:"entity"`
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
	// Texts are what the mentions cover, each form once; Sentences the
	// first maxSentences sentences that hold them.
	Texts             []string `json:"texts"`
	Sentences         []string `json:"sentences"`
	sampling.Verdicts          // to be filled in by the reader
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	var offList bool
	var orgs int
	flags := func(fs *flag.FlagSet) {
		fs.BoolVar(&offList, "offlist", false, "draw the people, places and organisations no list names (offlist45) instead")
		fs.IntVar(&orgs, "orgs", 0, "with -offlist, organisations to draw, at most one per article")
	}
	return sampling.DrawNamesFlags("entitysample", "entities of each kind to draw, at most one of a kind per article", args, stdout, stderr, flags,
		func(arts []extract.Article, res []extract.Result, n int, seed uint64) []Entity {
			if offList {
				people, places, organisations := OffListPools(arts, res, GazetteerLists)
				fmt.Fprintf(stderr, "entitysample: %d people, %d places and %d organisations no list names\n", len(people), len(places), len(organisations))
				return append(append(Draw(people, n, seed), Draw(places, n, seed)...), Draw(organisations, orgs, seed)...)
			}
			people, places := Pools(arts, res, gazetteerPlaces())
			fmt.Fprintf(stderr, "entitysample: %d people who are no official, %d places no gazetteer lists\n", len(people), len(places))
			return append(Draw(people, n, seed), Draw(places, n, seed)...)
		})
}

// Lists say whether a list names a person, a place or an organisation:
// the officials' lists, the gazetteer's places, and its organisations and
// bodies (international, US federal, typed and named).
type Lists struct {
	Person, Place, Org func(name string) bool
}

// GazetteerLists are the gazetteer's lists (auditsample -found's people and
// places, and the organisations of every organisation list).
var GazetteerLists = Lists{
	Person: func(name string) bool { return len(gazetteer.OfficialsNamed(name)) > 0 },
	Place: func(name string) bool {
		_, ok := gazetteer.PlaceByName(name)
		return ok
	},
	Org: func(name string) bool {
		if _, ok := gazetteer.USBodyByForm(name); ok {
			return true
		}
		if _, ok := gazetteer.TypedBodyNamed(name); ok {
			return true
		}
		if _, ok := gazetteer.NamedOrgByForm(name); ok {
			return true
		}
		for _, o := range gazetteer.Orgs() {
			if o.Code == name || o.Name == name || slices.Contains(o.Aliases, name) {
				return true
			}
		}
		for _, o := range gazetteer.NamedOrgs() {
			if o.Name == name {
				return true
			}
		}
		return false
	},
}

// OffListPools are the Person, Place and Organization entities of res
// whose name lists does not hold, in res's order.
func OffListPools(arts []extract.Article, res []extract.Result, lists Lists) (people, places, orgs []Entity) {
	for i, r := range res {
		for _, e := range r.Entities {
			switch {
			case e.Type == "Person" && !lists.Person(e.Name):
				people = append(people, entityOf("person", arts[i].Text, r.ID, e))
			case e.Type == "Place" && !lists.Place(e.Name):
				places = append(places, entityOf("place", arts[i].Text, r.ID, e))
			case e.Type == "Organization" && !lists.Org(e.Name):
				orgs = append(orgs, entityOf("organization", arts[i].Text, r.ID, e))
			}
		}
	}
	return people, places, orgs
}

// gazetteerPlaces are the names the gazetteer gives its places' nodes.
func gazetteerPlaces() map[string]bool {
	out := map[string]bool{}
	for _, p := range gazetteer.Phrases() {
		if p.Kind == gazetteer.KindPlace {
			out[p.Code] = true
		}
	}
	return out
}

// Pools are the people of res with no people record and the places whose
// name listed does not hold, in res's order.
func Pools(arts []extract.Article, res []extract.Result, listed map[string]bool) (people, places []Entity) {
	for i, r := range res {
		official := map[string]bool{}
		for _, p := range r.People {
			official[p.ID] = true
		}
		for _, e := range r.Entities {
			switch {
			case e.Type == "Person" && !official[e.ID]:
				people = append(people, entityOf("person", arts[i].Text, r.ID, e))
			case e.Type == "Place" && !listed[e.Name]:
				places = append(places, entityOf("place", arts[i].Text, r.ID, e))
			}
		}
	}
	return people, places
}

// entityOf is e of article id as a record: its mentions' forms and
// sentences, each once.
func entityOf(kind, text, id string, e extract.Entity) Entity {
	out := Entity{Kind: kind, ID: id, EntityID: e.ID, Name: e.Name, Mentions: len(e.Mentions)}
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		if t := text[m.Start:m.End]; !seen[t] {
			seen[t] = true
			out.Texts = append(out.Texts, t)
		}
		if s := text[m.SentenceStart:m.SentenceEnd]; !seen["\x00"+s] && len(out.Sentences) < maxSentences {
			seen["\x00"+s] = true
			out.Sentences = append(out.Sentences, s)
		}
	}
	return out
}

// Draw is up to n entities of pool, at most one per article, in the order
// of a permutation seeded by seed, numbered from 1 in the order drawn.
func Draw(pool []Entity, n int, seed uint64) []Entity {
	r := rand.New(rand.NewPCG(seed, seed))
	seen := map[string]bool{}
	var out []Entity
	for _, k := range r.Perm(len(pool)) {
		if len(out) == n {
			break
		}
		e := pool[k]
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		e.N = len(out) + 1
		out = append(out, e)
	}
	return out
}
