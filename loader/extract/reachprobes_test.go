package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The probes below pin limits and a choice that no other test held
// (tidy36's mutants that survived): each text is cut from an open article,
// named by its id, and fails when the limit is cut below what the article
// needs or the choice is turned round.

// TestBySurnameGivesAFormerHoldersLastTerm: "Prime Minister Abe was a global
// leader …" (usdos-357891, 2022-07-08) names a former holder with two terms
// in the lists; lastFormerHolders keeps the term that ended last
// (2017-11-01 to 2020-09-16), not the first, nor both.
func TestBySurnameGivesAFormerHoldersLastTerm(t *testing.T) {
	r := &resolver{date: "2022-07-08"}
	o, ok := r.bySurname("Abe", "Prime Minister", "", false)
	if !ok || o.Name != "Shinzō Abe" || o.End != "2020-09-16" {
		t.Errorf("bySurname(Abe, Prime Minister) = %q ending %q, %v; want Shinzō Abe's term ending 2020-09-16", o.Name, o.End, ok)
	}
}

// TestDelegationLeadsReach: the leads a body names stand at some distance
// from the verb that makes them leads. Each case is an open article's
// paragraph whose lead lies as far from its verb as the corpus has.
func TestDelegationLeadsReach(t *testing.T) {
	cases := []struct {
		name string
		a    Article
		want []string
	}{
		{"a co-chair 25 tokens after \"co-chaired\" is a lead (usdos-354518)",
			Article{Date: "2022-06-23", Source: "state.gov", Title: "Japan-U.S. Extended Deterrence Dialogue",
				Text: "The Government of Japan and the Government of the United States of America held a bilateral Extended Deterrence Dialogue (EDD) at King’s Bay Naval Base in Georgia from June 21-22, 2022. The Japanese side was co-chaired by Mr. Kanai Masaaki, Deputy Director-General, North American Affairs Bureau, Ministry of Foreign Affairs, and Mr. Yamato Taro, Deputy Director-General, Defense Policy Bureau, Ministry of Defense, while the U.S. side was co-chaired by Ms. Alexandra Bell, Deputy Assistant Secretary, Bureau of Arms Control, Verification and Compliance, Department of State, and Mr. Richard Johnson, Deputy Assistant Secretary of Defense for Nuclear and Countering Weapons of Mass Destruction Policy, Office of the Secretary of Defense, Department of Defense."},
			[]string{"meeting held 2022-06: Alexandra Bell + Kanai Masaaki + Richard Johnson + Yamato Taro"}},
		{"\"delegation\" four tokens after \"led\" is the delegation led (usdos-262877)",
			Article{Date: "2021-07-28", Source: "state.gov", Title: "Deputy Secretary Sherman’s Participation in Strategic Stability Dialogue with Russian Deputy Foreign Minister Sergey Ryabkov",
				Text: "Deputy Secretary of State Wendy R. Sherman led a U.S. interagency delegation from the National Security Council, Department of State, Office of the Secretary of Defense, Joint Staff, and Department of Energy to Geneva, Switzerland to participate in the U.S.-Russia Strategic Stability Dialogue. Russian Deputy Foreign Minister Sergey Ryabkov led the Russian delegation."},
			[]string{"meeting held 2021-07-28: Sergey Ryabkov + Wendy Sherman"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, meetingsOf(t, c.a)); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestServesAsReadsAClauseOfFourteenTokens: a nominee's biography puts a
// 14-token apposition between the name and "serves as" (whitehouse-56057,
// 2022-06-22); servesClausesEnd reads clauses under 16 tokens, so the
// office after it is hers.
func TestServesAsReadsAClauseOfFourteenTokens(t *testing.T) {
	expectOffices(t, []officeCase{
		{"a career member's apposition before serves as",
			"Kristina A. Kvien, a career member of the Senior Foreign Service with the rank of Minister-Counselor, serves as Deputy Chief of Mission at U.S. Embassy Kyiv. She was previously Chargé d’Affaires ad interim from 2020-2022.",
			"Kristina Kvien", "Deputy Chief of Mission", ""},
	})
}
