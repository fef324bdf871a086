package ner

import "testing"

// Forms of address and religious, military and police titles open a
// person's name in the open corpus ("Madam Zelenska", "Baroness Cathy
// Ashton", "Father Alex", "Sheriff Taylor"), and the node kept them; with
// "Madam" gone, "Madam Chair" and "Madam First Lady" are titles alone, as
// "Chair" and "First Lady" are everywhere (ents37: 62 open articles, 142
// mention records gone, 14 added). Probes cut from open articles, tagged as
// the model tags them, fail without the new strip words, "chair" in
// titleWord and firstSpouse; the guards keep "First State" (Delaware) and
// a military title alone, which strip leaves (it names the one addressed).
func TestATitleOpeningANameIsNoPartOfIt(t *testing.T) {
	tests := []nameProbe{
		{"I met him two days before the invasion, with the — President Zelenskyy’s wife, Madam Zelenska.", // whitehouse-58042
			map[string]uint8{"Madam": tagBPer, "Zelenska": tagIPer}, []string{"person Zelenska"}},
		{"I remember when it was created when Baroness Cathy Ashton was the first high representative.", // usdos-253670
			map[string]uint8{"Baroness": tagBPer, "Cathy": tagIPer, "Ashton": tagIPer}, []string{"person Cathy Ashton"}},
		{"Thank you very much, Madam Chair.", // whitehouse-26333
			map[string]uint8{"Madam": tagBPlace, "Chair": tagIPlace}, nil},
		{"And, again, Madam First Lady, you’re welcome here.", // whitehouse-52533
			map[string]uint8{"Madam": tagBPlace, "First": tagIPlace, "Lady": tagIPlace}, nil},
		{"The President and the First Lady look forward to welcoming His Majesty.", // whitehouse-23395
			map[string]uint8{"First": tagBOrg, "Lady": tagIOrg}, nil},
		// guards
		{"Welcome to the First State, everyone.", map[string]uint8{"First": tagBPlace, "State": tagIPlace},
			[]string{"place First State"}},
		{"Thank you, Admiral.", map[string]uint8{"Admiral": tagBPer}, []string{"person Admiral"}},
	}
	for _, tt := range tests {
		checkNames(t, tt)
	}
}
