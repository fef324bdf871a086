package evaluate

import (
	"cmp"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// MissKind is one row of the table of held-pair errors by kind: the side
// (missed or spurious), the cause (PairCause.Cause) and, for a missed
// pair, the frame the article tells it in: the first meeting word of the
// first sentence naming both participants ("met", "call", "visit"…), or
// "no meeting word" or "no sentence names both".
type MissKind struct {
	Missed   bool
	Cause    string
	Frame    string
	Weight   float64
	Pairs    int
	Articles []string // in the order met, each once
}

// meetingWord finds the words articles tell an encounter with, stemmed by
// their first letters: the frame of a missed pair.
var meetingWord = regexp.MustCompile(`(?i)\b(met|meet|meeting|meetings|call|called|calls|spoke|speak|talks|talked|visit|visited|visiting|trip|travel(?:ed|led)?|hosted|hosting|welcomed|welcome|joined|join|summit|dialogue|consultations|signed|signing|discuss(?:ed|ing)?|seeing|saw|received|co-chaired|participated|attended|accompanied|thanked)\b`)

// sentenceEnd splits an article's text roughly into sentences: enough to
// find the one that names two people, not the extractor's own splitter.
var sentenceEnd = regexp.MustCompile(`[.!?]["”]?\s+|\n+`)

// frameOf returns the frame of a pair of people in text (see MissKind):
// the first meeting word of the first sentence naming both, or failing
// that of the first naming one of them with a meeting word (an article
// often names the other by title only: "the Secretary"), marked "one: ".
func frameOf(text, a, b string) string {
	sa, sb := surname(a), surname(b)
	sentences := sentenceEnd.Split(text, -1)
	for _, s := range sentences {
		if !strings.Contains(s, sa) || !strings.Contains(s, sb) {
			continue
		}
		if w := meetingWord.FindString(s); w != "" {
			return strings.ToLower(w)
		}
		return "no meeting word"
	}
	for _, s := range sentences {
		if !strings.Contains(s, sa) && !strings.Contains(s, sb) {
			continue
		}
		if w := meetingWord.FindString(s); w != "" {
			return "one: " + strings.ToLower(w)
		}
	}
	return "no sentence names both"
}

// surname is the last word of a name ("Abdullah II" keeps its numeral's
// name: "Abdullah"), the part an article repeats.
func surname(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && isNumeral(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

func isNumeral(s string) bool { return strings.Trim(s, "IVX") == "" }

// MissKinds counts the held pairs that did not match in articles by kind,
// heaviest first. texts gives each article's text by id, for the frame of
// a missed pair; without it the frame is empty. Only ever for the dev part:
// the rows name articles.
func MissKinds(articles []ArticleReport, texts map[string]string) []MissKind {
	type key struct {
		missed       bool
		cause, frame string
	}
	rows := map[key]*MissKind{}
	for _, a := range articles {
		for _, m := range a.HeldMisses {
			k := key{missed: m.Missed, cause: m.Cause}
			if t, ok := texts[a.ID]; ok && m.Missed && m.Cause != CauseDate && m.Cause != CauseOther {
				k.frame = frameOf(t, m.A, m.B)
			}
			r := rows[k]
			if r == nil {
				r = &MissKind{Missed: k.missed, Cause: k.cause, Frame: k.frame}
				rows[k] = r
			}
			r.Weight += m.Weight
			r.Pairs++
			if !slices.Contains(r.Articles, a.ID) {
				r.Articles = append(r.Articles, a.ID)
			}
		}
	}
	out := make([]MissKind, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(x, y MissKind) int {
		return cmp.Or(cmp.Compare(y.Weight, x.Weight), strings.Compare(x.Cause, y.Cause), strings.Compare(x.Frame, y.Frame),
			boolOrder(y.Missed, x.Missed))
	})
	return out
}

// boolOrder orders false before true.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// WriteMissKinds prints MissKinds as a table: side, cause, frame, weight,
// pairs and the articles.
func WriteMissKinds(w io.Writer, kinds []MissKind) error {
	var b strings.Builder
	const row = "%-8s %-26s %-24s %7s %5s  %s\n"
	fmt.Fprintf(&b, row, "side", "cause", "frame", "weight", "pairs", "articles")
	for _, k := range kinds {
		side := "spurious"
		if k.Missed {
			side = "missed"
		}
		fmt.Fprintf(&b, row, side, k.Cause, k.Frame, num(k.Weight), fmt.Sprint(k.Pairs), strings.Join(k.Articles, " "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
