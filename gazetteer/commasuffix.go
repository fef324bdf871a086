package gazetteer

import (
	"regexp"
	"slices"
)

// commaSuffix is a generational suffix after a comma, as the generated
// lists keep it from Wikidata's labels ("James Winnefeld, Jr.").
var commaSuffix = regexp.MustCompile(`, (Jr|Sr|II|III|IV)\.?$`)

// dropCommaSuffixes names each generated term whose name ends in a comma
// suffix by the name without it, the common name GUIDELINES gives ("Joseph
// R. Biden, Jr." is "Joe Biden"), so that "James Winnefeld, Jr." and a
// text's "James Winnefeld" are one id. The listed form stays an alias and
// the term's Spelled, and the new name is NotInModel: the recogniser's
// features keep the lists it was trained with.
func dropCommaSuffixes(generated []Official) {
	for i := range generated {
		o := &generated[i]
		plain := commaSuffix.ReplaceAllString(o.Name, "")
		if plain == o.Name {
			continue
		}
		if !slices.Contains(o.Aliases, plain) { // an alias already is a name the model knows
			o.NotInModel = append(slices.Clone(o.NotInModel), plain)
		}
		if !slices.Contains(o.Aliases, o.Name) {
			o.Aliases = append(slices.Clone(o.Aliases), o.Name)
		}
		o.Spelled, o.Name = o.Name, plain
	}
}
