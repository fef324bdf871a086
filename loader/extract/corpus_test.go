package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"testing"

	"newsgraph/gazetteer"
	"newsgraph/internal/jsonl"
	"newsgraph/internal/sharedcorpus"
)

// readCorpusFile reads one JSON Lines file of articles, naming file and line on error.
func readCorpusFile(path string) (out []Article, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	for l, err := range jsonl.Lines(f) {
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, l.Number, err)
		}
		var a Article
		if err := json.Unmarshal(l.Bytes, &a); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, l.Number, err)
		}
		out = append(out, a)
	}
	return out, nil
}

func isState(code string) bool {
	_, ok := gazetteer.CountryByCode(code)
	return ok
}

// TestCorpusAffiliationsKeepOfficialListCountries extracts every article of
// the shared corpus and checks the affiliations against the official lists:
// no one on the US lists acts for another state, and no one on another
// state's lists acts for the US. A wrong country puts all of a person's
// meetings into the wrong country pair, so this must find none.
func TestCorpusAffiliationsKeepOfficialListCountries(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the whole shared corpus")
	}
	files := sharedcorpus.Files(t)
	var articles []Article
	for _, f := range files {
		as, err := readCorpusFile(f)
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, as...)
	}
	if len(articles) < 4130 {
		t.Fatalf("read %d articles from %v, want the 4,130 of the shared corpus", len(articles), files)
	}

	type finding struct{ article, person, got, want, sentence string }
	var (
		mu       sync.Mutex
		wrong    []finding
		checked  int
		failures []error
	)
	work := make(chan Article)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for a := range work {
				res, err := Extract(a)
				if err != nil {
					if errors.Is(err, ErrEmptyText) {
						continue // a corpus record with no text is no article to check
					}
					mu.Lock()
					failures = append(failures, fmt.Errorf("%s: %w", a.ID, err))
					mu.Unlock()
					continue
				}
				var local []finding
				n := 0
				for _, p := range res.People {
					want := onlyListCountry(p.Name)
					if want == "" || p.Country == "" || !isState(p.Country) {
						continue
					}
					n++
					if want == "US" && p.Country != "US" || want != "US" && p.Country == "US" {
						local = append(local, finding{a.ID, p.Name, p.Country, want, p.Evidence.Sentence})
					}
				}
				mu.Lock()
				wrong = append(wrong, local...)
				checked += n
				mu.Unlock()
			}
		})
	}
	for _, a := range articles {
		work <- a
	}
	close(work)
	wg.Wait()

	for _, err := range failures {
		t.Error(err)
	}
	sort.Slice(wrong, func(i, j int) bool { return wrong[i].article+wrong[i].person < wrong[j].article+wrong[j].person })
	for _, w := range wrong {
		t.Errorf("%s: %s is on the %s lists but extracted as %s (evidence: %.160q)", w.article, w.person, w.want, w.got, w.sentence)
	}
	t.Logf("%d articles, %d listed people with a state checked, %d cross-country affiliations", len(articles), checked, len(wrong))
	if checked == 0 {
		t.Fatal("no listed person was checked: the check tests nothing")
	}
}
