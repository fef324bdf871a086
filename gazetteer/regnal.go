package gazetteer

import "strings"

// RegnalName reports a monarch's style ("Abdullah II of Jordan", "Salman of
// Saudi Arabia", "Mohammed VI"), whose first word the text rightly uses
// alone ("King Salman").
func RegnalName(name string) bool {
	words := strings.Fields(name)
	return len(words) >= 2 && (words[1] == "of" || strings.Trim(words[1], "IVX") == "")
}

// CommonName is the name the text and the gold use for an official of the
// lists: a monarch's style without its realm ("Abdullah II of Jordan" is
// Abdullah II), and without the ordinal of a first ("Philippe I of Belgium"
// is Philippe); any other name as the lists give it.
func CommonName(name string) string {
	if RegnalName(name) {
		if i := strings.Index(name, " of "); i > 0 {
			name = name[:i]
		}
		// the first of a name goes without the ordinal: "Philippe I of Belgium" is King Philippe
		name = strings.TrimSuffix(name, " I")
	}
	return name
}

// Style is the name a monarch goes by under the title ("Abdullah II" for
// Abdullah II of Jordan, "Salman" for Salman bin Abdulaziz Al Saud, whom the
// generated lists spell Salman of Saudi Arabia), "" for an official with no
// monarch's style in either spelling.
func (o Official) Style() string {
	for _, n := range []string{o.Name, o.Spelled} {
		if RegnalName(n) {
			return CommonName(n)
		}
	}
	return ""
}

// MonarchsStyled returns the terms of the listed monarchs whose style is
// the one-word name ("Salman"): "King Salman" names the person the full
// name does.
func MonarchsStyled(name string) []Official {
	var out []Official
	for _, o := range OfficialsByGivenName(name) {
		if o.Style() == name {
			out = append(out, o)
		}
	}
	return out
}
