package extract

// A count of times with "of" (issue 10, encounter44): toldAsRepeated read
// the word before "times" or "occasions" as the count, so "President Biden
// has spoken a number of times with President Zelenskyy" and "has had a
// number of occasions to meet with Foreign Minister Maas" (whose "of" is no
// count) were no series, though its own comment names the second. Such a
// record, held with no date of its own, stands for no one encounter, and the
// loader then joined it to whichever call of the pair lay nearest (dupes43's
// "generic" extra nodes). seriesOnly now drops it, undated, as it drops
// "several times": a series the sentence dates ("Over the last week, … a
// number of times") keeps its record.

// seriesCountedOff switches the "of" count of countedTimes off, for its
// probes to show that their cases need it.
var seriesCountedOff = false

// ofCounts come before "of" in a count of times: "a number of times", "a
// couple of times", "dozens of times".
var ofCounts = setOf("number", "couple", "dozens")

// countedTimes: token k is "times" or "occasions" after a count
// (repeatCounts: "several times") or after "of" and a count of ofCounts ("a
// number of times", "on a number of occasions").
func countedTimes(d *doc, k, s0 int) bool {
	if key := d.toks[k].key; key != "times" && key != "occasions" || k-1 < s0 {
		return false
	}
	if repeatCounts[d.toks[k-1].key] {
		return true
	}
	return !seriesCountedOff && k-2 >= s0 && d.toks[k-1].key == "of" && ofCounts[d.toks[k-2].key]
}
