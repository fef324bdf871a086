package extract

import (
	"regexp"
	"strings"
)

// countyListOpeners open the lists of a disaster declaration ("in the
// counties of Dawson, Garfield, McCone, Richland, and Roosevelt"), whose
// names the recogniser often takes for people's surnames (ents11's and
// orgs12's samples; 186 mentions in 20 open articles). Each is matched
// after its first letter, in either case, so that no line is lower-cased
// per recognised person.
var countyListOpeners = []struct {
	initials, rest string
}{{"cC", "ounties of "}, {"pP", "arishes of "}}

// listedName is a stretch of a list of capitalised names: "Dawson,
// Garfield, McCone, Richland, and ".
var listedName = regexp.MustCompile(`^(?:[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)*,? (?:and )?)*$`)

// inCountyList: the name at start stands in a list of counties or parishes
// that a countyListOpeners phrase opens on its line.
func inCountyList(text string, start int) bool {
	line := text[max(0, start-600):start]
	if k := strings.LastIndexByte(line, '\n'); k >= 0 {
		line = line[k+1:]
	}
	for _, o := range countyListOpeners {
		k := strings.LastIndex(line, o.rest)
		if k < 1 || !strings.ContainsRune(o.initials, rune(line[k-1])) {
			continue
		}
		if list := line[k+len(o.rest):]; listedName.MatchString(list) && !sentenceEnds(list) {
			return true
		}
	}
	return false
}

// sentenceEnds: a full stop in the stretch ends the list's sentence, unless
// it abbreviates a name's first word ("St. Louis", "Ste. Genevieve").
func sentenceEnds(s string) bool {
	for _, abbr := range []string{"St. ", "Ste. ", "Mt. "} {
		s = strings.ReplaceAll(s, abbr, "")
	}
	return strings.Contains(s, ". ")
}
