package extract

import "strings"

// Holidays and holy months are no people or places, but the recogniser
// gives them so where they stand alone or open a greeting ("the final
// week of Ramadan", "Eid al-Adha", "Eid Mubarak", "a Happy Nowruz",
// "Juneteenth, or June 19", "Valentine’s Day"): 22 open articles, 59
// mentions at ents37's count (Eid 10 articles, Ramadan 5, Nowruz 3, Lent,
// Valentine 2 each). A name that opens with a listed holiday's word, or one
// word before "’s Day", names a day, not someone.

// holidayWords open the names of holidays and holy months the open corpus
// writes, and their greetings.
var holidayWords = setOf("eid", "eid-eh", "ramadan", "nowruz", "navruz", "lent", "juneteenth", "vesak", "diwali",
	"hanukkah", "chanukah", "kwanzaa", "passover", "purim", "easter", "christmas", "ashura", "navratri")

// holidayName: a recogniser's person or place of name, ending at byte end
// of text, names a holiday.
func holidayName(text, name string, end int) bool {
	first, _, multi := strings.Cut(name, " ")
	if holidayWords[strings.ToLower(first)] {
		return true
	}
	rest := text[end:]
	return !multi && (strings.HasPrefix(rest, "’s Day") || strings.HasPrefix(rest, "'s Day"))
}
