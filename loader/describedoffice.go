package loader

import "newsgraph/gazetteer"

// describingWords are the lower-case words the news puts before or after a
// name to say what the person is rather than to title them: "Chinese leader
// Xi Jinping", "Xi Jinping, the leader of China", "China's top diplomat",
// "Kremlin chief". Written in capitals ("Leader McConnell", "Chief Batton")
// they are a title, and stay the text's role.
var describingWords = map[string]bool{"leader": true, "top diplomat": true, "head": true, "chief": true,
	"diplomat": true, "strongman": true, "boss": true}

// describedListedOffice is the office the lists hold the person in for
// party on date where role is a describing word: a description is no
// office, so the mention attests the listed office as a mention with no
// title does (roles46: Xi Jinping's "Leader" beside his presidency). ok is
// false where role is no describing word or no list holds the person then,
// and the text's role stands.
func describedListedOffice(name, party, role, date string) (string, bool) {
	if !describingWords[role] {
		return "", false
	}
	return gazetteer.ListedOffice(name, party, "", date)
}
