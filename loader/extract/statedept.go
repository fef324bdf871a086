package extract

// placeAtTheStateDepartment gives an in-person encounter told without a
// place Washington where its own sentence tells it at the Department of
// State (issue 10, attrs45): "Secretary Blinken meets with Ukrainian
// Foreign Minister Dmytro Kuleba, at the Department of State", "met with
// … Ramírez today at the Department of State", "a bilateral meeting today
// … here at the Department of State". The gazetteer reads the department
// as an organisation, not a place, so no venue row can place it. Held or
// planned (a public schedule lists the day's meetings ahead); not a call
// (a virtual or video meeting is one); not where the department describes a
// person ("an official at the State Department"), nor its possessive ("at
// the State Department's …", which may be another building).
func (b *relationBuilder) placeAtTheStateDepartment(cs []meetingCand) {
	for k := range cs {
		c := &cs[k]
		if c.place != "" || c.kind == "call" || c.sent < 0 || c.sent >= len(b.body.sents) {
			continue
		}
		if atTheStateDepartment(b.body, b.body.sents[c.sent]) {
			c.place, c.placeCC = "Washington", "US"
		}
	}
}

// atTheStateDepartment: sentence s says "at the (U.S.) Department of
// State" or "at the (U.S.) State Department", capitalised, not as a
// possessive, and not after a word that makes it a person's post.
func atTheStateDepartment(d *doc, s sentence) bool {
	for i := s.t0; i < s.t1; i++ {
		if d.toks[i].key != "at" || i > s.t0 && staffOfDepartment[d.toks[i-1].key] {
			continue
		}
		j := i + 1
		if j < s.t1 && d.toks[j].key == "the" {
			j++
		}
		if j < s.t1 && (d.toks[j].key == "u.s." || d.toks[j].key == "us") {
			j++
		}
		var end int
		switch {
		case j+2 < s.t1 && d.toks[j].key == "department" && d.toks[j+1].key == "of" && d.toks[j+2].key == "state" &&
			d.toks[j].cap && d.toks[j+2].cap:
			end = j + 3
		case j+1 < s.t1 && d.toks[j].key == "state" && d.toks[j+1].key == "department" && d.toks[j].cap && d.toks[j+1].cap:
			end = j + 2
		default:
			continue
		}
		if end < s.t1 && (d.toks[end].key == "'s" || d.toks[end].key == "’s") {
			continue
		}
		return true
	}
	return false
}

// staffOfDepartment are words before "at the Department of State" that
// make it where someone works, not where an encounter is.
var staffOfDepartment = setOf("official", "officials", "officer", "officers", "staff", "staffer", "staffers", "employee", "employees",
	"colleague", "colleagues", "diplomat", "diplomats", "work", "works", "worked", "working", "serve", "serves", "served", "serving",
	"formerly", "previously", "career", "tenure", "post", "position", "job")
