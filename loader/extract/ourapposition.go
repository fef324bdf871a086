package extract

// ourWords open an office given after a name in the publisher's voice:
// "Roger Carstens, our Special Presidential Envoy for Hostage Affairs",
// "Julie Rodriguez, my Director of Intergovernmental Affairs".
var ourWords = setOf("our", "my")

// ourOwners may stand between "our" and the office: "Mitch Landrieu, our
// administration's Infrastructure Coordinator".
var ourOwners = setOf("administration", "nation", "country", "government", "department")

// ourApposition reads the office of "Name, our [Administration's] Role" for
// the name m ending at token e: the office the publisher gives its own
// official ("Jeff Zients, our COVID coordinator", "Deborah Lipstadt, our
// special envoy"), in capitals or not. Up to four words may open the office
// before its head ("our first Black Secretary of State"); no head within
// them, or a plural one ("our NATO Allies", "our partners"), and the name is
// left as it was. The publisher's voice gives the country (publisherVoice).
func (d *doc) ourApposition(m *personMention, e, s1 int) {
	if e+3 >= s1 || d.toks[e].text != "," || !ourWords[d.toks[e+1].key] {
		return
	}
	start := e + 2
	if start+1 < s1 && ourOwners[d.toks[start].key] && d.toks[start+1].key == "'s" {
		start += 2
	}
	k := start
	for k < s1 && k < start+4 && !d.isHead(k) && d.toks[k].kind == tokWord && !stopCaps[d.toks[k].key] {
		k++
	}
	if k >= s1 || !d.isHead(k) || pluralHeads[d.toks[k].key] {
		return
	}
	r0, r1, _ := d.roleAt(k, start, s1)
	m.role = d.roleText(r0, r1)
	m.strong = true
}

// pluralHeads are role heads that name several people.
var pluralHeads = setOf("ministers", "presidents", "secretaries", "ambassadors", "leaders", "senators",
	"representatives", "congressmen", "congresswomen", "governors", "generals", "admirals", "envoys", "judges")

// ourAppositionFollows reports whether the mention is followed by an office
// in the publisher's voice (ourApposition).
func (d *doc) ourAppositionFollows(m personMention) bool {
	e := m.t1
	s1 := d.sents[m.sent].t1
	if m.inTitle || e+2 >= s1 || d.toks[e].text != "," || !ourWords[d.toks[e+1].key] {
		return false
	}
	probe := personMention{}
	d.ourApposition(&probe, e, s1)
	return probe.strong
}
