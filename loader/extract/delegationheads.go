package extract

import "slices"

// The heads of talks' delegations that a release names otherwise than "X led
// the … delegation" or "the … delegation was led by X" (delegationLeads):
// "hosted" talks or a visiting delegation, "headed" a delegation, was "head
// of" one, or is the second of co-leads whose titles are long (issue 10,
// recall10: a random sample of 100 open articles, recall-sample-10.jsonl,
// missed three such talks; the 3,942 open articles hold five).

// headVerbs lead a delegation like "led": "X headed the U.S. delegation",
// "the delegation, headed by X".
var headVerbs = setOf("led", "co-led", "headed", "co-headed")

// talksNouns are what a host hosts when the hosting stands for a
// delegation's lead: "hosted the 2022 U.S.-EU Human Rights Consultations",
// "hosted a high-level delegation from Bulgaria". A meeting, roundtable or
// event is not one: its host heads no side.
var talksNouns = setOf("delegation", "delegations", "consultation", "consultations", "dialogue", "talks")

// hostVerbs host talks.
var hostVerbs = setOf("hosted", "co-hosted")

var hostFilter = filterOf(hostVerbs)

// hostedTalks reports whether the token at k of s is a host verb whose
// object, within eight words, is talks or a delegation: "hosted the 2022
// U.S.-EU Human Rights Consultations", "hosted a high-level delegation".
func hostedTalks(d *doc, s sentence, k int) bool {
	if key := d.toks[k].key; !hostFilter.may(key) || !hostVerbs[key] {
		return false
	}
	for j := k + 1; j < s.t1 && j <= k+8; j++ {
		switch key := d.toks[j].key; {
		case talksNouns[key]:
			return true
		case key == "," || key == ";" || key == "with":
			return false // "hosted a roundtable with …", a clause that goes on
		}
	}
	return false
}

// headOfDelegation is the mention of ms that a "head of the … delegation" at k
// stands for: the nearest official named before it in the sentence ("Marc
// Miller, Minister of Crown-Indigenous Relations and head of the Canadian
// Delegation", "Deb Haaland … provided opening remarks as the head of the U.S.
// delegation"), or -1. A sentence that tells the future ("will travel … as the
// head of the U.S. delegation") holds no talks yet.
func headOfDelegation(d *doc, s sentence, k int, ms []int, r *resolver) int {
	if d.toks[k].key != "head" || k+2 >= s.t1 || d.toks[k+1].key != "of" {
		return -1
	}
	found := false
	for j := k + 2; j < s.t1 && j <= k+8; j++ {
		if key := d.toks[j].key; key == "delegation" {
			found = true
			break
		} else if key == "," {
			break
		}
	}
	if !found {
		return -1
	}
	for j := s.t0; j < k; j++ {
		if modalWords[d.toks[j].key] {
			return -1 // "will travel … as the head of the U.S. delegation": a plan
		}
	}
	best := -1
	for _, mi := range ms {
		if pi := r.mentionOf[mi]; pi < 0 || !r.people[pi].official {
			continue // "Minister of Crown-Indigenous Relations": no person
		}
		if m := &r.mentions[mi]; m.t1 <= k && m.t0 >= s.t0 && (best < 0 || m.t0 > r.mentions[best].t0) {
			best = mi
		}
	}
	return best
}

// byLeads are the mentions of ms that a "led by" at k names: the first within
// thirty words of "by", then each next one within thirty words of the one
// before, so that co-leads with long titles are all read ("co-led by U.S.
// Agency for International Development (USAID) Assistant Administrator for
// Global Health Atul Gawande and U. S. Department of Health and Human Services
// (DHHS) Assistant Secretary for Global Affairs Loyce Pace").
func byLeads(d *doc, s sentence, k int, ms []int, r *resolver) []int {
	var out []int
	last := k + 1
	ordered := slices.SortedFunc(slices.Values(ms), func(a, b int) int { return r.mentions[a].t0 - r.mentions[b].t0 })
	for _, mi := range ordered {
		m := &r.mentions[mi]
		if m.t0 <= k || m.t0 >= s.t1 {
			continue
		}
		if m.t0 > last+30 {
			break
		}
		out = append(out, mi)
		last = m.t1
	}
	return out
}

// headOfDelegationCountry reads the country of the delegation a person's own
// apposition says they headed: "Marc Miller, Minister of Crown-Indigenous
// Relations and head of the Canadian Delegation", "Cristopher Ballinas
// Valdes, Director General …, head of the Mexican Delegation". The "head of"
// opens one of the two comma-set parts after the name, or follows its "and",
// so that another person's apposition is never read.
func headOfDelegationCountry(d *doc, m personMention) string {
	s := d.sents[m.sent]
	k := m.t1
	for part := 0; part < 2 && k < s.t1 && d.toks[k].key == ","; part++ {
		k++
		for j := k; j < s.t1 && j < k+20 && d.toks[j].key != ","; j++ {
			if (j == k || d.toks[j-1].key == "and") && d.toks[j].key == "head" {
				return headedDelegation(d, s, j)
			}
		}
		for k < s.t1 && d.toks[k].key != "," && k < m.t1+40 {
			k++
		}
	}
	return ""
}

// headedDelegation is the country of "head of the <country> delegation" at k,
// or "".
func headedDelegation(d *doc, s sentence, k int) string {
	if k+4 >= s.t1 || d.toks[k+1].key != "of" || d.toks[k+2].key != "the" && d.toks[k+2].key != "a" {
		return ""
	}
	sp := d.spanOf(k + 3)
	if sp == nil || sp.t0 != k+3 || !isCountryish(sp.phrase) || sp.t1 >= s.t1 || d.toks[sp.t1].key != "delegation" {
		return ""
	}
	return affiliationCode(sp.phrase)
}
