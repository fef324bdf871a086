package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// The US federal departments and agencies the news names in several
// forms are the gazetteer's (gazetteer/data/us_bodies.tsv), each under its
// official name with its other forms: one node per body ("State
// Department" and "Department of State", "CDC" and "Centers for Disease
// Control and Prevention"; issue 10, audit10).

// isUSBody: name is a US federal body's official name.
func isUSBody(name string) bool {
	official, ok := gazetteer.USBodyByForm(name)
	return ok && official == name
}

// usBodyName is the official name of a US federal body named in one of its
// forms, with or without "U.S." or "United States" before it ("U.S.
// Department of State", "the State Department"); any other name as it is.
func usBodyName(name string) string {
	if official, ok := gazetteer.USBodyByForm(name); ok {
		return official
	}
	for _, prefix := range []string{"U.S. ", "US ", "United States "} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			if official, ok := gazetteer.USBodyByForm(rest); ok {
				return official
			}
		}
	}
	return name
}
