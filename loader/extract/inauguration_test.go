package extract

import (
	"slices"
	"testing"
)

// TestInaugurationVisits probes addInaugurationVisits: a presidential
// delegation "to attend the Inauguration of" a named leader is one planned
// visit of its leader, its listed members and the inaugurated leader
// (GUIDELINES: a leader's attendance at another's inauguration is a visit;
// a delegation's list is one encounter). The texts are the open corpus's
// announcements (whitehouse-25123, whitehouse-53394, whitehouse-48664),
// shortened; each case failed without the rule. The guards are the same
// announcements for a funeral and for the Olympic Games, which name no
// living host, a written one to a US governor's inauguration, one state's
// people alone, and a delegation to a leader's inauguration told in
// passing, which names no member.
func TestInaugurationVisits(t *testing.T) {
	_, wh := probeArticles("2021-07-27")
	announce := func(title, text string) Article {
		a := wh(title, text)
		a.Source = "whitehouse.gov"
		return a
	}
	cases := []meetingProbe{
		{"a delegation to attend a named leader's inauguration visits the leader", announce(
			"President Biden Announces Presidential Delegation to the Republic of Peru to Attend the Inauguration of His Excellency José Pedro Castillo Terrones",
			"President Joseph R. Biden, Jr. today announced the designation of a Presidential Delegation to the Republic of Peru to attend the Inauguration of His Excellency Pedro Castillo on July 28, 2021, in Lima, Peru.\n\n"+
				"The Honorable Miguel Cardona, United States Secretary of Education, will lead the delegation.\n\n"+
				"Members of the Presidential Delegation:\n\n"+
				"The Honorable Lisa Kenna, United States Ambassador to the Republic of Peru\n\n###"),
			[]string{"visit planned 2021-07-28: Lisa Kenna + Miguel Cardona + Pedro Castillo"}},
		{"every member listed is in the visit, and the inauguration's day dates it", announce(
			"President Biden Announces Presidential Delegation to the Democratic Republic of Timor-Leste to Attend the Inauguration of His Excellency José Ramos-Horta",
			"President Joseph R. Biden, Jr. today announced the designation of a Presidential Delegation to the Democratic Republic of Timor-Leste to attend the Inauguration of His Excellency José Ramos-Horta on May 19, 2022 and to attend ceremonies commemorating the Twentieth Anniversary of the Restoration of Independence on May 20, 2022 in Dili.\n\n"+
				"The Honorable Alice P. Albright, Chief Executive Officer of the Millennium Challenge Corporation, will lead the delegation.\n\n"+
				"Members of the Presidential Delegation:\n\n"+
				"The Honorable Paloma Adams-Allen, Deputy Administrator, United States Agency for International Development\n\n"+
				"The Honorable Curtis Ried, Special Assistant to the President and Senior Director for Multilateral Affairs, National Security Council\n\n###"),
			[]string{"visit planned 2022-05-19: Alice Albright + Curtis Ried + José Ramos-Horta + Paloma Adams-Allen"}},
		{"the inaugurated leader named with his office after the name visits the same way", announce(
			"President Biden Announces Presidential Delegation to the Republic of Chile to Attend the Inauguration of His Excellency Gabriel Boric Font",
			"President Joseph R. Biden, Jr. today announced the designation of a Presidential Delegation to Valparaíso, Chile to attend the Inauguration of His Excellency Gabriel Boric Font as President of the Republic of Chile on March 11, 2022.\n\n"+
				"The Honorable Isabella Casillas Guzman, Administrator of the U.S. Small Business Administration, will lead the delegation.\n\n"+
				"Members of the Presidential Delegation:\n\n"+
				"The Honorable Brian A. Nichols, Assistant Secretary for Western Hemisphere Affairs, U.S. Department of State\n\n###"),
			[]string{"visit planned 2022-03-11: Brian Nichols + Gabriel Boric Font + Isabella Casillas Guzman"}},
		{"an inauguration before the release's day was held", func() Article {
			a := announce("President Biden's Presidential Delegation to the Republic of Peru",
				"President Joseph R. Biden, Jr. designated a Presidential Delegation to the Republic of Peru to attend the Inauguration of His Excellency Pedro Castillo on July 28, 2021, in Lima, Peru.\n\n"+
					"The Honorable Miguel Cardona, United States Secretary of Education, will lead the delegation.\n\n"+
					"Members of the Presidential Delegation:\n\n"+
					"The Honorable Lisa Kenna, United States Ambassador to the Republic of Peru\n\n###")
			a.Date = "2021-07-30"
			return a
		}(),
			[]string{"visit held 2021-07-28: Lisa Kenna + Miguel Cardona + Pedro Castillo"}},
		// guards
		{"a delegation to pay respects upon a leader's death visits no one (guard)", announce(
			"President Biden Announces Presidential Delegation to the Republic of Haiti to Pay Respects upon the Death of His Excellency Jovenel Moïse",
			"President Joseph R. Biden, Jr. today announced the designation of a Presidential Delegation to the Republic of Haiti to pay respects upon the death of His Excellency Jovenel Moïse, Former President of the Republic of Haiti\n\n"+
				"The Honorable Linda Thomas-Greenfield, United States Ambassador to the United Nations, will lead the delegation.\n\n"+
				"Members of the Presidential Delegation:\n\n"+
				"The Honorable Michele J. Sison, U.S. Ambassador to the Republic of Haiti\n\n###"),
			nil},
		{"a delegation to the Olympic Games names no host (guard)", announce(
			"President Biden Announces Presidential Delegation to Japan to Attend the Opening Ceremony of the Tokyo 2020 Summer Olympic Games",
			"President Joseph R. Biden, Jr. today announced the designation of a Presidential Delegation to Japan to attend the Opening Ceremony and events of the Tokyo 2020 Summer Olympic Games beginning Friday, July 23, 2021.\n\n"+
				"Member of the Presidential Delegation:\n\n"+
				"Mr. Raymond Greene, Chargé d’Affaires ad interim, U.S. Embassy Tokyo\n\n###"),
			nil},
		{"a delegation to one's own state's inauguration is no encounter between states (guard)", announce(
			"President Biden Announces Presidential Delegation to Attend the Inauguration of Governor Phil Murphy",
			"President Joseph R. Biden, Jr. today announced the designation of a Presidential Delegation to attend the Inauguration of Governor Phil Murphy on January 18, 2022, in Trenton, New Jersey.\n\n"+
				"The Honorable Miguel Cardona, United States Secretary of Education, will lead the delegation.\n\n###"),
			nil},
		{"a delegation to a leader's inauguration told in passing names no member (guard)", announce(
			"Ecuador’s National Day",
			"Last May, President Biden affirmed our commitment to strengthening our bilateral relationship when he deployed his first presidential delegation to President Lasso’s inauguration."),
			nil},
	}
	checkProbes(t, cases, nil)
}

// TestInaugurationVisitPlace: the visit takes the announcement's city, and
// the President who designates the delegation is in no encounter.
func TestInaugurationVisitPlace(t *testing.T) {
	a := Article{Date: "2022-05-04", Source: "whitehouse.gov",
		Title: "President Biden Announces Presidential Delegation to the Republic of Korea to Attend the Inauguration of His Excellency Yoon Suk Yeol",
		Text: "President Joseph R. Biden, Jr. today announced the designation of a Presidential Delegation to attend the Inauguration of His Excellency Yoon Suk Yeol on May 10, 2022, in Seoul, Republic of Korea.\n\n" +
			"Members of the Presidential Delegation:\n\n" +
			"The Honorable Martin J. Walsh, Secretary of Labor of the United States\n\n" +
			"The Honorable Ami Bera, United States Representative (D), California\n\n###"}
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Meetings) != 1 {
		t.Fatalf("got %d meetings, want 1: %+v", len(res.Meetings), res.Meetings)
	}
	m := res.Meetings[0]
	if m.Place != "Seoul" {
		t.Errorf("place %q, want Seoul", m.Place)
	}
	if slices.Contains(m.Participants, "Joe Biden") {
		t.Errorf("participants %q hold the President who designates the delegation", m.Participants)
	}
}
