// Package sampling holds what the corpus samplers (datesample, plansample,
// heldsample, voicesample, orgsample) share: reading the articles with
// newsgraph extract's output on them, with no closed article among them, an
// evidence's paragraph, the officials of a result, and a candidate
// sampler's flags and seeded draw (one candidate an article, or several).
package sampling

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"newsgraph/evaluate"
	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

// Read reads the articles given to newsgraph extract and its output on them,
// line by line in the same order, and refuses a closed article (a test or
// unseen one, evaluate.ClosedIDs).
func Read(articlesPath, extractedPath string, closed map[string]bool) ([]extract.Article, []extract.Result, error) {
	arts, err := jsonl.ReadFile[extract.Article](articlesPath)
	if err != nil {
		return nil, nil, err
	}
	res, err := jsonl.ReadFile[extract.Result](extractedPath)
	if err != nil {
		return nil, nil, err
	}
	if len(arts) != len(res) {
		return nil, nil, fmt.Errorf("%d articles but %d results", len(arts), len(res))
	}
	for i, a := range arts {
		if res[i].ID != a.ID {
			return nil, nil, fmt.Errorf("result %d is %s, article %s", i, res[i].ID, a.ID)
		}
		if closed[a.ID] {
			return nil, nil, fmt.Errorf("%s is a test or unseen article", a.ID)
		}
	}
	return arts, res, nil
}

// ParagraphBounds are the line breaks around text[start:end].
func ParagraphBounds(text string, start, end int) (int, int) {
	lo := strings.LastIndexByte(text[:start], '\n') + 1
	hi := strings.IndexByte(text[end:], '\n')
	if hi < 0 {
		return lo, len(text)
	}
	return lo, end + hi
}

// Paragraph is the text between the line breaks around text[start:end],
// or "" where the range is empty or out of the text.
func Paragraph(text string, start, end int) string {
	if start < 0 || end > len(text) || start >= end {
		return ""
	}
	lo, hi := ParagraphBounds(text, start, end)
	return strings.TrimSpace(text[lo:hi])
}

// Official is a person the output gives a country, with the sentences that
// name them (sentence start -> sentence end).
type Official struct {
	Name, Country string
	At            map[int]int
}

// Officials are the people of r with a country, in the order of r.Entities.
func Officials(r extract.Result) []Official {
	country := map[string]string{}
	for _, p := range r.People {
		if p.Country != "" {
			country[p.ID] = p.Country
		}
	}
	var offs []Official
	for _, e := range r.Entities {
		c, ok := country[e.ID]
		if e.Type != "Person" || !ok {
			continue
		}
		o := Official{Name: e.Name, Country: c, At: map[int]int{}}
		for _, m := range e.Mentions {
			o.At[m.SentenceStart] = m.SentenceEnd
		}
		offs = append(offs, o)
	}
	return offs
}

// Together reports whether a meeting of r with the status holds both x
// and y.
func Together(r extract.Result, status, x, y string) bool {
	for _, m := range r.Meetings {
		if m.Status == status && slices.Contains(m.Participants, x) && slices.Contains(m.Participants, y) {
			return true
		}
	}
	return false
}

// Unpaired are the pairs "x (C) + y (D)" of officials of two countries, x of
// xs and y of ys, that no meeting of r with the status holds. A pair whose
// two officials are both named in the sentence (in) is counted once.
func Unpaired(r extract.Result, status string, xs, ys, in []Official) []string {
	named := func(o Official) bool {
		return slices.ContainsFunc(in, func(z Official) bool { return z.Name == o.Name })
	}
	var pairs []string
	for _, x := range xs {
		for _, y := range ys {
			if x.Country == y.Country || x.Name >= y.Name && named(x) && named(y) {
				continue
			}
			if !Together(r, status, x.Name, y.Name) {
				pairs = append(pairs, fmt.Sprintf("%s (%s) + %s (%s)", x.Name, x.Country, y.Name, y.Country))
			}
		}
	}
	return pairs
}

// CueSentences are the sentences of text ([start, end]) that name an
// official of offs and match cue, in the text's order.
func CueSentences(text string, offs []Official, cue *regexp.Regexp) [][2]int {
	ends := map[int]int{}
	for _, o := range offs {
		for s, e := range o.At {
			ends[s] = e
		}
	}
	var out [][2]int
	for s, e := range ends {
		if e <= len(text) && cue.MatchString(text[s:e]) {
			out = append(out, [2]int{s, e})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

// Told are r's meetings whose evidence starts at s, described.
func Told(r extract.Result, s int) []string {
	var out []string
	for _, m := range r.Meetings {
		if m.Evidence.Start == s {
			out = append(out, Describe(m))
		}
	}
	return out
}

// Describe is a meeting as a reader checks it: "status kind date: A + B".
func Describe(m extract.Meeting) string {
	date := m.Date
	if date == "" {
		date = "null"
	}
	return fmt.Sprintf("%s %s %s: %s", m.Status, m.Kind, date, strings.Join(m.Participants, " + "))
}

// Record is one drawn sentence (draw "missed") or meeting of the output
// (draw "given"), with what a reader needs to judge it.
type Record struct {
	Draw        string   `json:"draw"`
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	ArticleDate string   `json:"articleDate"`
	Sentence    string   `json:"sentence"`
	Paragraph   string   `json:"paragraph,omitempty"`
	Lead        string   `json:"lead,omitempty"`  // the article's first paragraph, where a pair reaches it
	Pairs       []string `json:"pairs,omitempty"` // "A (US) + B (CN)": no meeting of the status holds both
	// Given are the extractor's meetings from this sentence ("missed"), or
	// the drawn one ("given"): "status kind date: A + B".
	Given []string `json:"given,omitempty"`
	// Speaker is the label of the turn the sentence is in ("MR PRICE", "Q →
	// SECRETARY BLINKEN" for a reporter's turn and the answer's), where a
	// sampler reads turns.
	Speaker string `json:"speaker,omitempty"`
}

// Sampler is what a candidate sampler's command draws: its name, the
// status of the meetings it draws beside the candidates ("held",
// "planned"), how many of each by default, each article's candidates, and
// the given meetings (nil: every meeting of the status). Several lets the
// draw take several candidates of one article.
type Sampler struct {
	Name, Status string
	N, P         int
	Candidates   func(extract.Article, extract.Result) []Record
	Given        func(extract.Article, extract.Result) []Record
	Several      bool
}

// Run is a candidate sampler's command: it parses the flags (-articles,
// -extracted, -n, -p, -seed, -selection), reads the articles outside
// evaluate.ClosedIDs with newsgraph extract's output on them, takes every
// article's candidates and every meeting of the status ("held",
// "planned"), and draws them (Draw). It returns the exit code.
func Run(name, status string, args []string, stdout, stderr io.Writer, candidates func(extract.Article, extract.Result) []Record) int {
	return Sampler{Name: name, Status: status, N: 80, P: 40, Candidates: candidates}.Run(args, stdout, stderr)
}

// Inputs are the flags every corpus sampler takes: the articles given to
// newsgraph extract, its output on them, the draw's seed and the gold's
// selection, whose closed draws are left out.
type Inputs struct {
	articles, extracted, selection *string
	Seed                           *uint64
}

// NewFlags is a sampler's flag set with its Inputs.
func NewFlags(name string, stderr io.Writer) (*flag.FlagSet, Inputs) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs, Inputs{
		articles:  fs.String("articles", "", "the articles `file` given to newsgraph extract"),
		extracted: fs.String("extracted", "", "newsgraph extract's output `file`"),
		Seed:      fs.Uint64("seed", 10, "the draw's seed"),
		selection: fs.String("selection", filepath.Join("evaluate", "testdata", "selection.jsonl"), "the gold's selection `file`, whose closed draws are left out"),
	}
}

// Parse parses args and reads the articles outside evaluate.ClosedIDs with
// newsgraph extract's output on them (Read). code is 2 for a usage error
// (reported), else 0; err is a read's.
func (in Inputs) Parse(fs *flag.FlagSet, args []string) (arts []extract.Article, res []extract.Result, code int, err error) {
	if err := fs.Parse(args); err != nil {
		return nil, nil, 2, nil
	}
	if *in.articles == "" || *in.extracted == "" {
		fs.Usage()
		return nil, nil, 2, nil
	}
	closed, err := evaluate.ClosedIDs(*in.selection)
	if err != nil {
		return nil, nil, 0, err
	}
	arts, res, err = Read(*in.articles, *in.extracted, closed)
	return arts, res, 0, err
}

// Run is the sampler's command (the package's Run).
func (sp Sampler) Run(args []string, stdout, stderr io.Writer) int {
	fs, in := NewFlags(sp.Name, stderr)
	each := ", at most one per article"
	if sp.Several {
		each = ""
	}
	n := fs.Int("n", sp.N, "candidate sentences to draw"+each)
	p := fs.Int("p", sp.P, sp.Status+" meetings to draw")
	arts, res, code, err := in.Parse(fs, args)
	if code != 0 {
		return code
	}
	if err == nil {
		var missed, given []Record
		for i, a := range arts {
			missed = append(missed, sp.Candidates(a, res[i])...)
			given = append(given, sp.given(a, res[i])...)
		}
		err = Draw(missed, given, sp.Status+" meetings", *n, *p, *in.Seed, sp.Several, stdout, stderr)
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", sp.Name, err)
		return 1
	}
	return 0
}

// given are r's meetings the sampler draws from: sp.Given's, or every
// meeting of the status.
func (sp Sampler) given(a extract.Article, r extract.Result) []Record {
	if sp.Given != nil {
		return sp.Given(a, r)
	}
	var out []Record
	for _, m := range r.Meetings {
		if m.Status == sp.Status {
			out = append(out, GivenRecord(a, m))
		}
	}
	return out
}

// GivenRecord is meeting m of article a as a drawn record.
func GivenRecord(a extract.Article, m extract.Meeting) Record {
	return Record{Draw: "given", ID: a.ID, Title: a.Title, ArticleDate: a.Date, Sentence: m.Evidence.Sentence,
		Paragraph: Paragraph(a.Text, m.Evidence.Start, m.Evidence.End), Given: []string{Describe(m)}}
}

// Draw tells stderr how many candidates (in how many articles) and given
// records there are, then writes to stdout, as JSON lines, up to n
// candidates in the order of a permutation seeded by seed, at most one per
// article unless several, and then p of the given ones in the order of the
// next permutation.
func Draw(candidates, given []Record, what string, n, p int, seed uint64, several bool, stdout, stderr io.Writer) error {
	id := func(r Record) string { return r.ID }
	ids := map[string]bool{}
	for _, c := range candidates {
		ids[id(c)] = true
	}
	fmt.Fprintf(stderr, "candidate sentences: %d in %d articles\n", len(candidates), len(ids))
	fmt.Fprintf(stderr, "%s given: %d\n", what, len(given))
	rng := rand.New(rand.NewPCG(seed, seed))
	enc := json.NewEncoder(stdout)
	seen, drawn := map[string]bool{}, 0
	for _, j := range rng.Perm(len(candidates)) {
		if drawn == n {
			break
		}
		if seen[id(candidates[j])] && !several {
			continue
		}
		seen[id(candidates[j])] = true
		drawn++
		if err := enc.Encode(candidates[j]); err != nil {
			return err
		}
	}
	for _, j := range rng.Perm(len(given))[:min(p, len(given))] {
		if err := enc.Encode(given[j]); err != nil {
			return err
		}
	}
	return nil
}

// Verdicts are what a reader fills in for a drawn name: "right", "wrong"
// or "doubtful" for the name and for its type, and why.
type Verdicts struct {
	NameVerdict string `json:"nameVerdict"`
	TypeVerdict string `json:"typeVerdict"`
	Cause       string `json:"cause,omitempty"`
}

// DrawNames is the command of a sampler of names (orgsample,
// entitysample): it parses the flags (-articles, -extracted, -n, -seed,
// -selection), reads the articles outside evaluate.ClosedIDs with newsgraph
// extract's output on them, and writes as JSON lines what draw returns for
// them, n and the seed. It returns the exit code.
func DrawNames[T any](name, nUsage string, args []string, stdout, stderr io.Writer,
	draw func(arts []extract.Article, res []extract.Result, n int, seed uint64) []T) int {
	return DrawNamesFlags(name, nUsage, args, stdout, stderr, nil, draw)
}

// DrawNamesFlags is DrawNames with more flags: flags, when not nil, adds
// them to the flag set before it parses args.
func DrawNamesFlags[T any](name, nUsage string, args []string, stdout, stderr io.Writer, flags func(*flag.FlagSet),
	draw func(arts []extract.Article, res []extract.Result, n int, seed uint64) []T) int {
	fs, in := NewFlags(name, stderr)
	n := fs.Int("n", 50, nUsage)
	if flags != nil {
		flags(fs)
	}
	arts, res, code, err := in.Parse(fs, args)
	if code != 0 {
		return code
	}
	if err == nil {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, x := range draw(arts, res, *n, *in.Seed) {
			if err = enc.Encode(x); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
	return 0
}
