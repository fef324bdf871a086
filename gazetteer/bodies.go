package gazetteer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"newsgraph/schema"
)

// USBody is a US federal department or agency under its official name,
// with the other forms the news names it by ("State Department", "DOS").
type USBody struct {
	Name  string
	Forms []string
}

// TypedBody is a body whose name alone says its organisation type: a
// state's ("Federal Reserve", government) or an international organ
// ("Security Council", international).
type TypedBody struct {
	Name string
	Type string // schema.OrgTypeGovernment or schema.OrgTypeInternational
	// Building: the body's seat stands for its tenants and is a place
	// where things happen ("at the White House", "the Kremlin").
	Building bool
}

// The data files of the bodies and of the news's country forms.
const (
	usBodiesFile      = "us_bodies.tsv"
	typedBodiesFile   = "bodies_typed.tsv"
	newsCountriesFile = "countries_news.tsv"
)

// USBodies lists the US federal bodies in the data file's order.
func USBodies() []USBody { return load().usBodies }

// USBodyByForm is the official name of the US federal body that form (its
// official name or one of its other forms, exactly as written) names.
func USBodyByForm(form string) (string, bool) {
	x := load()
	if i, ok := x.usBodyByForm[form]; ok {
		return x.usBodies[i].Name, true
	}
	return "", false
}

// TypedBodyNamed finds the typed body of that name, in any case.
func TypedBodyNamed(name string) (TypedBody, bool) {
	var buf [64]byte
	if lower, ok := lowerASCII(buf[:0], name); ok {
		b, ok := load().typedBodies[string(lower)] // no copy: the rules ask it of many names
		return b, ok
	}
	b, ok := load().typedBodies[strings.ToLower(name)]
	return b, ok
}

// lowerASCII appends s in lower case to buf, where s is ASCII and fits
// buf's capacity: strings.ToLower(s) without a new string (ok is false for
// another s).
func lowerASCII(buf []byte, s string) (lower []byte, ok bool) {
	if len(s) > cap(buf)-len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// NewsCountryCode is the ISO2 code of the country that form, a name the
// news writes for it that the phrase lists do not hold ("Korea"), names.
func NewsCountryCode(form string) (string, bool) {
	cc, ok := load().newsCountries[form]
	return cc, ok
}

// addBodies reads us_bodies.tsv, bodies_typed.tsv and countries_news.tsv,
// after the countries, which the last names.
func (x *index) addBodies() {
	var err error
	x.usBodies, x.usBodyByForm, err = parseUSBodies(usBodiesFile, embeddedTable(usBodiesFile))
	mustRead(err)
	x.typedBodies, err = parseTypedBodies(typedBodiesFile, embeddedTable(typedBodiesFile))
	mustRead(err)
	known := func(cc string) bool { _, ok := x.countryByCC[cc]; return ok }
	x.newsCountries, err = parseNewsCountries(newsCountriesFile, embeddedTable(newsCountriesFile), known)
	mustRead(err)
}

// parseUSBodies reads a US bodies' table: per line an official name and
// its other forms (";"-separated, may be empty). A form written twice, in
// one row or two, is refused.
func parseUSBodies(file string, data []byte) ([]USBody, formIndex, error) {
	var bodies []USBody
	byForm, err := parseFormRows(file, data, 1, func(cols []string) error {
		bodies = append(bodies, USBody{Name: cols[0], Forms: columnList(cols, 1)})
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return bodies, byForm, nil
}

// parseTypedBodies reads a typed bodies' table: per line a name, its type
// (government or international) and "building" where its seat is a place,
// keyed by the name in lower case. A name written twice, in any case, is
// refused.
func parseTypedBodies(file string, data []byte) (map[string]TypedBody, error) {
	bodies := map[string]TypedBody{}
	err := readTable(file, data, 2, 3, func(cols []string) error {
		b := TypedBody{Name: cols[0], Type: cols[1]}
		if b.Type != schema.OrgTypeGovernment && b.Type != schema.OrgTypeInternational {
			return fmt.Errorf("%s: type %q is neither government nor international", b.Name, b.Type)
		}
		switch mark := field(cols, 2); mark {
		case "building":
			b.Building = true
		case "":
		default:
			return fmt.Errorf("%s: third column %q, want \"building\" or nothing", b.Name, mark)
		}
		k := strings.ToLower(b.Name)
		if dup, seen := bodies[k]; seen {
			return fmt.Errorf("%q is already a row, %q", b.Name, dup.Name)
		}
		bodies[k] = b
		return nil
	})
	if err != nil {
		return nil, err
	}
	return bodies, nil
}

// parseNewsCountries reads a news country forms' table: per line a
// country's ISO2 code, which known must know, and a form. A form written
// twice is refused.
func parseNewsCountries(file string, data []byte, known func(cc string) bool) (map[string]string, error) {
	forms := map[string]string{}
	err := readTable(file, data, 2, 2, func(cols []string) error {
		cc, form := cols[0], cols[1]
		if !known(cc) {
			return fmt.Errorf("%q is no country of countries.tsv", cc)
		}
		if form == "" {
			return fmt.Errorf("%s: no form", cc)
		}
		if prev, dup := forms[form]; dup {
			return fmt.Errorf("form %q is already %s's", form, prev)
		}
		forms[form] = cc
		return nil
	})
	if err != nil {
		return nil, err
	}
	return forms, nil
}
