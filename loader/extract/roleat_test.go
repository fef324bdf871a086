package extract

import "testing"

// The probes are corpus sentences (the open corpus: test, N, O, P and Q
// dropped), cut to the phrase each step reads.

// tokenOf is the index of the first token of d whose text is word.
func tokenOf(t *testing.T, d *doc, word string) int {
	t.Helper()
	for i := range d.toks {
		if d.toks[i].text == word {
			return i
		}
	}
	t.Fatalf("no token %q in %q", word, d.text)
	return -1
}

// tokensText is the text of tokens [a, b), "" if the range is empty.
func (d *doc) tokensText(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].start:d.toks[b-1].end]
}

// roleStepCase is a text, the word that heads the role (or opens the
// words the step reads), and the text the step should give.
type roleStepCase struct {
	name, text, head, want string
}

// checkRoleStep runs step on each case's head token, in the case's whole
// text as one sentence, and compares the tokens [a, b) it gives.
func checkRoleStep(t *testing.T, cases []roleStepCase, step func(d *doc, h int) (a, b int)) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text, false)
			a, b := step(d, tokenOf(t, d, c.head))
			if got := d.tokensText(a, b); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestRoleAtReadsTheWholeRole(t *testing.T) {
	cases := []struct {
		name, text, head, role, country string
	}{
		{"lower-case head", "He spoke to foreign minister Lavrov today.", "minister", "foreign minister", ""},
		{"complements and heads", "Assistant Secretary of State for East Asian and Pacific Affairs Daniel J. Kritenbrink will travel.", "Secretary",
			"Assistant Secretary of State for East Asian and Pacific Affairs", ""},
		{"the last of-country is the country", "Anže Logar, Minister of Foreign Affairs of Slovenia, to Washington.", "Minister",
			"Minister of Foreign Affairs of Slovenia", "SI"},
		{"a lower-case head takes no complement (guard)", "the former prime minister of Pakistan spoke.", "minister", "former prime minister", ""},
		{"a wrapped line inside the role (whitehouse-47069)", "Michael A. McCarthy, United States Ambassador to the\n\nRepublic of Liberia\n\nThe Honorable",
			"Ambassador", "Ambassador to the\n\nRepublic of Liberia", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text, false)
			r0, r1, country := d.roleAt(tokenOf(t, d, c.head), 0, len(d.toks))
			if got := d.tokensText(r0, r1); got != c.role || country != c.country {
				t.Errorf("got %q %q, want %q %q", got, country, c.role, c.country)
			}
		})
	}
}

func TestLowerModifiersBefore(t *testing.T) {
	checkRoleStep(t, []roleStepCase{
		{"one modifier", "He spoke to foreign minister Lavrov.", "minister", "foreign minister"},
		{"two modifiers", "said former prime minister Imran Khan.", "minister", "former prime minister"},
		{"an article is no modifier (guard)", "the top diplomat spoke.", "diplomat", "top diplomat"},
		{"a capitalised word is no lower-case modifier (guard)", "Former prime minister Imran Khan spoke.", "minister", "prime minister"},
	}, func(d *doc, h int) (int, int) { return d.lowerModifiersBefore(h, 0), h + 1 })
}

func TestTitleWordsBefore(t *testing.T) {
	checkRoleStep(t, []roleStepCase{
		{"of and and inside a body's name", "Department of Foreign Affairs and Trade Secretary Jan Adams", "Secretary",
			"Department of Foreign Affairs and Trade Secretary"},
		{"an acronym after a body", "European External Action Service (EEAS) Secretary General Stefano Sannino", "Secretary",
			"European External Action Service (EEAS) Secretary"},
		{"a slashed second office", "Alternate Prime Minister/Defense Minister Benny Gantz", "Defense",
			"Alternate Prime Minister/Defense"},
		{"a country phrase ends the title (guard)", "Indian External Affairs Minister Subrahmanyam Jaishankar", "Minister",
			"External Affairs Minister"},
		{"a lower-case word that is no connector ends it (guard)", "the effort led by Foreign Minister Lapid", "Minister",
			"Foreign Minister"},
		{"a connector after a lower-case word ends it (guard)", "the head of Trade Secretary Adams", "Secretary", "Trade Secretary"},
	}, func(d *doc, h int) (int, int) { r0, _ := d.titleWordsBefore(h, 0); return r0, h + 1 })
}

func TestTitleOverAcronym(t *testing.T) {
	checkRoleStep(t, []roleStepCase{
		{"a body read in part gives the title after the acronym", "The effort, led by the Department of Housing and Urban Development (HUD) Secretary Marcia Fudge",
			"Secretary", "Secretary"},
		{"a body read whole stays (guard)", "European External Action Service (EEAS) Secretary General Stefano Sannino", "Secretary",
			"European External Action Service (EEAS) Secretary"},
	}, func(d *doc, h int) (int, int) {
		r0, skipped := d.titleWordsBefore(h, 0)
		return d.titleOverAcronym(r0, 0, skipped), h + 1
	})
}

func TestRoleWordsAfter(t *testing.T) {
	capital := func(d *doc, h int) (int, int) { return h, d.roleWordsAfter(h, len(d.toks), false) }
	checkRoleStep(t, []roleStepCase{
		{"a second head", "Secretary General Stefano Sannino", "Secretary", "Secretary General"},
		{"General Counsel is an office", "Deputy General Counsel Jane Doe", "General", "General Counsel"},
		{"Ambassador at Large", "Ambassador at Large for International Religious Freedom Rashad Hussain", "Ambassador", "Ambassador at Large"},
		{"Chargé d’Affaires", "Chargé d’Affaires Francisco Palmieri", "Chargé", "Chargé d’Affaires"},
		{"a second office after and", "Deputy Prime Minister and Foreign Minister Prak Sokhonn", "Minister",
			"Minister and Foreign Minister"},
		{"a style is the person's (guard)", "Foreign Minister Sheikh Abdullah bin Zayed", "Minister", "Minister"},
		{"and before no office (guard)", "Prime Minister and Mrs. Kishida", "Minister", "Minister"},
		{"Counsel after no General (guard)", "Secretary Counsel Smith", "Secretary", "Secretary"},
		{"at not after an ambassador (guard)", "Envoy at Large", "Envoy", "Envoy"},
	}, capital)
	checkRoleStep(t, []roleStepCase{
		{"a lower-case head takes lower-case heads", "the special envoy adviser", "envoy", "envoy adviser"},
		{"a lower-case head takes no capitalised word (guard)", "to foreign minister Lavrov", "minister", "minister"},
		{"nor a second office (guard)", "the foreign minister and Foreign Minister Lapid", "minister", "minister"},
	}, func(d *doc, h int) (int, int) { return h, d.roleWordsAfter(h, len(d.toks), true) })
}

func TestRoleComplement(t *testing.T) {
	cases := []struct {
		name, text, prep, want, country string
	}{
		{"the country closing an of after another", "Minister of Foreign Affairs of Slovenia, to Washington", "of", "of Foreign Affairs of Slovenia", "SI"},
		{"a country and its acronym", "President of the Republic of Korea (ROK) Yoon Suk Yeol", "of", "of the Republic of Korea (ROK)", "KR"},
		{"a closing acronym stays", "Assistant Secretary for Population, Refugees, and Migration (PRM) Julieta Valls Noyes", "for",
			"for Population, Refugees, and Migration (PRM)", ""},
		{"an organisation's unknown words", "Administrator of the National Oceanic and Atmospheric Administration Rick Spinrad", "of",
			"of the National Oceanic and Atmospheric Administration", ""},
		{"a style ends it (guard)", "Amir of Qatar Sheikh Tamim", "of", "of Qatar", "QA"},
		{"a country not at the end gives none (guard)", "Minister of Foreign Affairs of Slovenia for European Affairs", "of",
			"of Foreign Affairs of Slovenia for European Affairs", ""},
		{"a country after for gives none (guard)", "Special Envoy for Yemen Tim Lenderking", "for", "for Yemen", ""},
		{"no connector at the end (guard)", "Minister of Defense and the army", "of", "of Defense", ""},
		{"no complement after with (guard)", "Minister with Portfolio", "with", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text, false)
			p := tokenOf(t, d, c.prep)
			e, country := d.roleComplement(p, len(d.toks))
			if got := d.tokensText(p, e); got != c.want || country != c.country {
				t.Errorf("got %q %q, want %q %q", got, country, c.want, c.country)
			}
		})
	}
}

// TestRoleComplementsKeepTheLastCountry: complements follow one another ("to"
// is no connector inside one), and a later one without a country keeps the
// one before.
func TestRoleComplementsKeepTheLastCountry(t *testing.T) {
	d := newDoc("Prime Minister of New Zealand to the White House", false)
	p := tokenOf(t, d, "of")
	if e, _ := d.roleComplement(p, len(d.toks)); d.tokensText(p, e) != "of New Zealand" {
		t.Fatalf("one complement: got %q", d.tokensText(p, e))
	}
	e, country := d.roleComplements(p, len(d.toks))
	if got := d.tokensText(p, e); got != "of New Zealand to the White House" || country != "NZ" {
		t.Errorf("got %q %q", got, country)
	}
}
