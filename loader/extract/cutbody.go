package extract

import "strings"

// completeCutBodies reads an office's complement on to the end of the body
// the article names, where the role stopped inside the body's name and the
// role's sentence goes on with the rest of it: "Member of the Securities
// and Exchange" is "Member of the Securities and Exchange Commission",
// "Director of the National" "Director of the National Institute of
// Standards and Technology", "Vice Chair for Supervision of the Federal"
// "… of the Federal Reserve" (roles43: 91 role records of 42 open
// articles, mostly nominations to boards and commissions; the cause in the
// complement's reading was not found). The body is one
// of the article's organisations whose name starts with the words after
// the role's last "of the", "for the" or "of"; the role's standing
// ("Nominee for", "Former") stays before it.
func completeCutBodies(people []Person, entities []Entity) {
	for i := range people {
		p := &people[i]
		if p.Role == "" {
			continue
		}
		core := p.Role
		for _, standing := range []string{"Nominee for ", "Former "} {
			core = strings.TrimPrefix(core, standing)
		}
		tail := ""
		for _, of := range []string{" of the ", " for the ", " of "} {
			if k := strings.LastIndex(core, of); k >= 0 && len(core[k+len(of):]) > len(tail) {
				tail = core[k+len(of):]
				break
			}
		}
		if tail == "" || !startsUpper(tail) {
			continue
		}
		for _, e := range entities {
			if e.Type != "Organization" || !strings.HasPrefix(e.Name, tail+" ") {
				continue
			}
			rest := e.Name[len(tail):]
			if strings.Contains(p.Evidence.Sentence, core+rest) {
				p.Role += rest
				break
			}
		}
	}
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
