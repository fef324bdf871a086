package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// officialParty is the id of what an official acts for, from the code the
// extractor gives (a country's ISO code or an organisation's short name)
// and the sentence that gave the affiliation. schema.PartyID reads any
// two upper-case letters as a country's code, which the short names of
// two organisations also are: "UN", which no country has, made a Country
// node "UN" for Guterres while org:un had no officials, and "AU", which is
// Australia's code as well as the African Union's, put the African Union's
// commissioners among Australia's officials (roles41: usdos-326284,
// usdos-323754, whitehouse-48881). A code only an organisation has is the
// organisation; a code both have, for two bodies of different names, is
// the organisation when the sentence names it and not the country; a code
// both hold under one name is one body, the organisation (oneBodyOrg).
func officialParty(code, sentence string) string {
	org, isOrg := gazetteer.OrgByCode(code)
	if !isOrg {
		return schema.PartyID(code)
	}
	country, isCountry := gazetteer.CountryByCode(code)
	switch {
	case !isCountry || country.Name == org.Name:
		return schema.OrgID(org.Code)
	case namesOrg(sentence, org) && !namesCountry(sentence, country):
		return schema.OrgID(org.Code)
	}
	return schema.PartyID(code)
}

// oneBodyOrg is the organisation that a country's code names when the lists
// hold one body both as a country and as an organisation: the European
// Union, whose code "EU" countries.tsv keeps (the CLDR's reserved code) and
// orgs.tsv too. The EU was two nodes (roles41): country:EU, which the
// articles that write "European Union" mention (237 open articles) and its
// officials act for (85 records), and org:eu, which those that write "EU"
// or "European Commission" mention (306), with no officials.
func oneBodyOrg(code string) (gazetteer.Org, bool) {
	org, isOrg := gazetteer.OrgByCode(code)
	country, isCountry := gazetteer.CountryByCode(code)
	return org, isOrg && isCountry && country.Name == org.Name
}

// oneBodyEntity is an entity of such a body as the organisation's, named
// by its code as the extractor names the organisations of the lists.
func oneBodyEntity(e extract.Entity) extract.Entity {
	code, isCountry := strings.CutPrefix(e.ID, "country:")
	if !isCountry || e.Type != "Country" {
		return e
	}
	if org, ok := oneBodyOrg(code); ok {
		e.ID, e.Type, e.Name, e.OrgType = schema.OrgID(org.Code), "Organization", org.Code, extract.OrgInternational
	}
	return e
}

func namesOrg(sentence string, o gazetteer.Org) bool {
	return containsName(sentence, o.Code) || containsName(sentence, o.Name) || containsAnyName(sentence, o.Aliases)
}

func namesCountry(sentence string, c gazetteer.Country) bool {
	return containsName(sentence, c.Name) || containsAnyName(sentence, c.Aliases) || containsAnyName(sentence, c.Adjectives)
}

func containsAnyName(sentence string, names []string) bool {
	for _, n := range names {
		if containsName(sentence, n) {
			return true
		}
	}
	return false
}

// containsName reports whether name occurs in s, case and all, not inside
// a longer word: "AU" in "AU Commissioner" and "(AU)", not in "AUKUS";
// "Australia" in "Australia's".
func containsName(s, name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i <= len(s)-len(name); {
		j := strings.Index(s[i:], name)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(name)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = start + 1
	}
	return false
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
