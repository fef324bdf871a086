package gazetteer

import (
	"fmt"
	"slices"
	"strings"
)

// The groups of states the news names its officials' counterparts by ("his
// E3 counterparts") and their member states, kept by hand in
// groups_members.tsv and asked by the extractor's counterparts rule.

// groupsFile is the data file of the groups of states and their members.
const groupsFile = "groups_members.tsv"

// GroupMembers are the ISO2 codes of the member states of the group of
// states of that name, in any case ("E3": France, Germany, the United
// Kingdom), in the table's order.
func GroupMembers(group string) ([]string, bool) {
	m, ok := load().groups[strings.ToLower(group)]
	return m, ok
}

// addGroups reads groups_members.tsv, after the countries its members are.
func (x *index) addGroups() {
	known := func(cc string) bool { _, ok := x.countryByCC[cc]; return ok }
	var err error
	x.groups, err = parseGroups(groupsFile, embeddedTable(groupsFile), known)
	mustRead(err)
}

// parseGroups reads a groups' table: per line a group's name and its
// members' ISO2 codes (";"-separated), each of which known must know, keyed
// by the name in lower case. A group written twice, in any case, a group
// without members or a member written twice is refused.
func parseGroups(file string, data []byte, known func(cc string) bool) (map[string][]string, error) {
	groups := map[string][]string{}
	err := readTable(file, data, 2, 2, func(cols []string) error {
		name, members := cols[0], list(cols[1])
		if len(members) == 0 {
			return fmt.Errorf("%s: no members", name)
		}
		for i, cc := range members {
			if !known(cc) {
				return fmt.Errorf("%s: %q is no country of countries.tsv", name, cc)
			}
			if slices.Contains(members[:i], cc) {
				return fmt.Errorf("%s: %s is written twice", name, cc)
			}
		}
		k := strings.ToLower(name)
		if _, dup := groups[k]; dup {
			return fmt.Errorf("%s: a group of that name is already a row", name)
		}
		groups[k] = members
		return nil
	})
	if err != nil {
		return nil, err
	}
	return groups, nil
}
