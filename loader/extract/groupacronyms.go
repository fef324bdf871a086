package extract

// groupAcronyms are short forms that name a group of people, a class of
// institutions or a programme, which the recogniser takes for an
// organisation ("those representing Black, LGBTQ+, Hispanic, AAPI, women
// and small business leaders", "Asian American, Native Hawaiian, and Pacific
// Islander (AA and NHPI) communities", "the HBCU bomb threats", "the
// Deferred Action for Childhood Arrivals (DACA) policy"): none is a body the
// graph can hold (issue 10, audit10: 22 open articles). A name that only
// starts with one ("AAPI Victory Alliance") is another name. "AA" is left
// (Alcoholics Anonymous, an airline).
var groupAcronyms = setOf("AAPI", "AAPIs", "AANHPI", "NHPI", "LGBT", "LGBTQ", "LGBTQ+", "LGBTQI", "LGBTQI+",
	"LGBTQIA+", "BIPOC", "HBCU", "HBCUs", "DACA", "DREAMers")

// groupAcronym: the organisation's name is a group's short form.
func groupAcronym(name string) bool { return groupAcronyms[name] }
