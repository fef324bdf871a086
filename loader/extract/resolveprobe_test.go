package extract

import (
	"strings"
	"testing"
)

// TestSpeakerLabelOffice probes whom a transcript's office label ("THE
// PRESIDENT:") stands for, on short remarks written for the probe, never
// copied from the corpus: the holder of the office on the article's date,
// not a past holder or another official whom the text gives that title.
func TestSpeakerLabelOffice(t *testing.T) {
	remarks := func(title, text string) Article {
		return Article{Date: probePub, Source: "whitehouse.gov", Title: title, Text: text}
	}
	const press = "Remarks by President Biden in Press Conference"
	cases := []meetingProbe{
		{"a past President named in full before the meeting", remarks(press,
			"THE PRESIDENT: Good evening. President Donald Trump did not raise it. I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Joe Biden + Recep Tayyip Erdoğan"}},
		{"a past President named in full after the meeting", remarks(press,
			"THE PRESIDENT: Good evening. I just finished a meeting with President Erdoğan of Turkey. President Barack Obama and I worked on it."),
			[]string{"meeting held 2022-06-08: Joe Biden + Recep Tayyip Erdoğan"}},
		{"the Vice President given the President's title", remarks("Remarks by President Biden at the Summit",
			"THE PRESIDENT: Good morning. I asked President Kamala Harris to travel to the region. I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Joe Biden + Recep Tayyip Erdoğan"}},
		{"the Vice President's own label (guard)", remarks("Remarks by Vice President Harris",
			"THE VICE PRESIDENT: Good evening. Unlike President Donald Trump, I raised it. I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Kamala Harris + Recep Tayyip Erdoğan"}},
		{"a President the lists do not know is the text's (guard)", remarks("Remarks by the President",
			"THE PRESIDENT: Good evening. As President Jonah Quillfeather, I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Jonah Quillfeather + Recep Tayyip Erdoğan"}},
	}
	checkProbes(t, cases, nil)
}

// TestFatherOf checks that a name ending another right after its
// patronymic is the father's, not a short form of the son's.
func TestFatherOf(t *testing.T) {
	cases := []struct {
		long, short, surface string
		want                 bool
	}{
		{"salman bin abdulaziz al-saud", "abdulaziz al-saud", "Abdulaziz Al-Saud", true},
		{"mohammed ibn rashid al maktoum", "rashid al maktoum", "Rashid Al Maktoum", true},
		{"mohamed bin zayed al nahyan", "zayed al nahyan", "bin Zayed Al Nahyan", false}, // written with its patronymic
		{"jean-yves le drian", "le drian", "Le Drian", false},                            // a compound surname
		{"mohamed bin zayed al nahyan", "al nahyan", "Al Nahyan", false},                 // the family name alone
	}
	for _, c := range cases {
		if got := fatherOf(strings.Fields(c.long), strings.Fields(c.short), c.surface); got != c.want {
			t.Errorf("fatherOf(%q, %q, %q) = %v, want %v", c.long, c.short, c.surface, got, c.want)
		}
	}
}

// TestFatherNamedAfterSon probes a text that names a king in full and then
// his father: the father is someone else, and the son's own name written
// with its patronymic after a title stays his (guard). Texts written for
// the probe.
func TestFatherNamedAfterSon(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"the father after the son", "Statement",
			"King Salman bin Abdulaziz Al-Saud received the delegation. The ties began with the meeting between King Abdulaziz Al-Saud and President Franklin D. Roosevelt.",
			"Abdulaziz Al-Saud", ""},
		{"the son by his patronymic after a title (guard)", "Remarks by President Biden and President bin Zayed Al Nahyan",
			"His Highness Sheikh Mohamed bin Zayed Al Nahyan spoke first.",
			"Mohammed bin Zayed Al Nahyan", "Zayed Al Nahyan"},
	})
}

// TestNameCutByStyle probes a name that a style or office word inside it
// cut after its first word ("President Hassan Sheikh Mohamud", "Senator
// Angus King"), on sentences written for the probe: the listed name it
// completes, else no one, and never the official whose surname the first
// word is.
func TestNameCutByStyle(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"a style inside a listed name", "Readout", "Under Secretary Victoria Nuland met with President Hassan Sheikh Mohamud in Mogadishu.",
			"Hassan Sheikh Mohamud", "Samia Hassan"},
		{"a style inside a name the lists do not hold", "Readout", "We encourage President Hassan Sheikh and the leaders of Somalia to act.",
			"", "Samia Hassan"},
		{"an office word as a surname", "Readout", "The vote could hinge on Senator Angus King of Maine.",
			"Angus King", ""},
		{"the surname alone, then a verb (guard)", "Readout", "President Hassan met Secretary Blinken in Dar es Salaam.",
			"Samia Hassan", ""},
	})
}

// TestPatronymicChain probes a name given as a chain of patronymics
// (written for the probe) with a title word inside it ("bin Sultan bin"),
// which had cut the name to the ancestor's that ends it: it is the first
// bearer's whole name; after a title the name is as written (guards here
// and in TestFatherNamedAfterSon).
func TestPatronymicChain(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"a title word between two patronymics is a name", "Media Note", "The Accords were signed in the presence of Princess Noura bint Faisal bin Sultan bin Abdulaziz Al Saud, Ambassador to the United States, and Minister Hamad Al-Kuwari.",
			"Noura bint Faisal bin Sultan bin Abdulaziz Al Saud", "Abdulaziz Al Saud"},
		{"a title before the patronymic is no name (guard)", "Media Note", "Secretary Blinken met with Saudi Foreign Minister bin Farhan in Riyadh.",
			"Antony Blinken", "Minister bin Farhan"},
	})
}

// TestEnvoyToUS checks which titles name an envoy accredited to the US,
// whom a US release's default must not make a US official.
func TestEnvoyToUS(t *testing.T) {
	cases := []struct {
		role string
		want bool
	}{
		{"Ambassador to the United States", true},
		{"Saudi Ambassador to the U.S.", true},
		{"Chargé d'Affaires to the United States", true},
		{"U.S. Ambassador to Japan", false},                             // the US's own envoy
		{"Chief of Staff to the U.S. Trade Representative", false},      // a US office "to" another
		{"Special Representative to the United States Congress", false}, // not the state
	}
	for _, c := range cases {
		if got := envoyToUS(c.role); got != c.want {
			t.Errorf("envoyToUS(%q) = %v, want %v", c.role, got, c.want)
		}
	}
}

// TestMonarchByGivenName probes a monarch named in full with his title
// and then by title and given name (texts written for the probe): one
// person, with the lists' realm; a son whose last word is that name is
// not him (guard).
func TestMonarchByGivenName(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"the full name, then the title and given name", "Statement",
			"King Salman bin Abdulaziz Al Saud welcomed the President. Following the meeting with King Salman, the President and Crown Prince Mohammed bin Salman held talks.",
			"Salman bin Abdulaziz Al Saud", "Salman"},
		{"only the son named in full (guard)", "Statement",
			"Following the meeting with King Salman, the President and Crown Prince Mohammed bin Salman held talks.",
			"Salman bin Abdulaziz Al Saud", ""}, // the lists' King Salman, by his full name
	})
	got := peopleOf(t, Article{Date: probePub, Source: "whitehouse.gov", Title: "Statement",
		Text: "The President thanked the Custodian of the Two Holy Mosques, King Salman bin Abdulaziz Al Saud. He met King Salman in Jeddah."})
	if got["Salman bin Abdulaziz Al Saud"] != "SA" {
		t.Errorf("people %v: want Salman bin Abdulaziz Al Saud of SA, the lists' King Salman", got)
	}
}

// TestEditorialModifier probes a title's modifier that a transcript's
// editor put in brackets (texts written for the probe): it is part of the
// role; a bracketed word that is no modifier is not (guard).
func TestEditorialModifier(t *testing.T) {
	cases := []struct{ name, text, person, role string }{
		{"a bracketed Vice", "THE PRESIDENT: I asked [Vice] President Harris to travel to Manila last month.", "Kamala Harris", "Vice President"},
		{"a bracketed Deputy", "THE PRESIDENT: I asked [Deputy] Secretary Wendy Sherman to travel to Manila.", "Wendy Sherman", "Deputy Secretary"},
		{"a bracketed word that is no modifier (guard)", "THE PRESIDENT: I told him [that] President Macron would come to Manila.", "Emmanuel Macron", "President"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(Article{Date: probePub, Source: "whitehouse.gov", Title: "Remarks by President Biden", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var roles []string
			for _, p := range res.People {
				if p.Name == c.person {
					roles = append(roles, p.Role)
				}
			}
			if len(roles) != 1 || roles[0] != c.role {
				t.Errorf("%s's roles %q, want %q", c.person, roles, c.role)
			}
		})
	}
}

// TestFamilyRun probes a short name opened by a patronymic or a family
// name's article after the full name (texts written for the probe): the
// one person whose name holds it as a run, the article spelt either way;
// with two such people, neither (guard).
func TestFamilyRun(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"a short name opened by bin", "Readout",
			"Secretary Blinken met Sheikh Mohammed bin Zayed Al Nahyan in Abu Dhabi. Crown Prince Bin Zayed thanked the Secretary.",
			"Mohammed bin Zayed Al Nahyan", "Bin Zayed"},
		{"a family name's article spelt another way", "Readout",
			"President Biden met with Egyptian President Abdel Fattah el-Sisi in Jeddah. President Al Sisi thanked him.",
			"Abdel Fattah el-Sisi", "Al Sisi"},
		{"two brothers hold the run (guard)", "Readout",
			"Secretary Blinken met Sheikh Mohammed bin Zayed Al Nahyan and Foreign Minister Abdullah bin Zayed Al Nahyan in Abu Dhabi. Crown Prince Bin Zayed thanked the Secretary.",
			"Bin Zayed", ""},
	})
}

// TestIncomingHolderByTitle: with the lists' terms given to the day, the
// text may title a holder a little before the term's first day (open-corpus
// sentences): he is the listed holder; one whose term is months away is not
// (guard).
func TestIncomingHolderByTitle(t *testing.T) {
	cases := []struct {
		id, date, text, want string
	}{
		{"usdos-249092", "2021-06-03", "MR PRICE: I assume you’re referring to President Herzog.", "Isaac Herzog"},
		{"whitehouse-53841", "2022-05-22", "MR. SULLIVAN: In addition to the Quad, he’ll have a distinct bilateral meeting with Prime Minister Modi and a distinct bilateral meeting with Prime Minister Albanese.", "Anthony Albanese"},
		{"guard", "2022-05-01", "MR. SULLIVAN: The President spoke with President Ruto.", ""},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			got := peopleOf(t, Article{ID: c.id, Date: c.date, Source: "state.gov", Title: "Department Press Briefing", Text: c.text})
			if c.want != "" && got[c.want] == "" {
				t.Errorf("people %v, want %s", got, c.want)
			}
			if c.want == "" && got["William Ruto"] != "" {
				t.Errorf("people %v: Ruto's term starts in September", got)
			}
		})
	}
}
