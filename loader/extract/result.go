// Package extract turns the text of one news article into the facts newsgraph
// stores: officials with their roles, meetings, places, issues and every
// entity mention, each tied to the sentence it came from.
//
// The pipeline's stages (sentences, mentions, resolution, relations) are
// separate functions so that each can be tested on its own; Extract runs them
// in order. The Result type is the stable output of `newsgraph extract`.
//
// Each rule lives in a file of its own; RULES.md lists every file, grouped
// by what its rules are about.
package extract

// Article is one news article as the loader reads it.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"` // publication date, YYYY-MM-DD; relative dates resolve against it
	URL    string `json:"url"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// Result is everything extracted from one article. Its JSON form is the
// stable interface that evaluation tools read (see README).
type Result struct {
	ID       string    `json:"id"`
	People   []Person  `json:"people"`
	Meetings []Meeting `json:"meetings"`
	Entities []Entity  `json:"entities"`
	Issues   []Issue   `json:"issues"`
}

// Person is an official: someone acting for a state or an international
// organisation, named in full ("Antony Blinken").
type Person struct {
	ID      string `json:"id"`      // stable id, "person:antony-blinken"
	Name    string `json:"name"`    // full common name, no titles or middle initials
	Country string `json:"country"` // ISO 3166-1 alpha-2, or an organisation's short name ("UN")
	// Role is the office as the article states it, "" when none (JSON null),
	// as the person stood to it on the article's date: a nomination reads
	// "Nominee for …" and an office held before "Former …" (nomination.go).
	Role string `json:"role"`
	// Evidence is the sentence that gave the role or country.
	Evidence Evidence `json:"evidence"`
}

// Meeting is an encounter between named officials of two or more parties.
type Meeting struct {
	Participants []string `json:"participants"` // names, exactly as in Result.People
	// ParticipantIDs are the participants' stable ids, parallel to
	// Participants, so that no reader maps names back to ids.
	ParticipantIDs []string `json:"participantIds"`
	Kind           string   `json:"kind"`         // meeting, call, visit, summit
	Date           string   `json:"date"`         // YYYY, YYYY-MM or YYYY-MM-DD; "" (JSON null) when unknown
	Place          string   `json:"place"`        // city; "" (JSON null) for calls or when unknown
	PlaceCountry   string   `json:"placeCountry"` // ISO code of the place's country, when known
	Status         string   `json:"status"`       // held, planned
	Issues         []string `json:"issues"`       // issue ids discussed, "issue:taiwan"
	// IssueEvidence is, parallel to Issues, the sentence that names each
	// issue, nearest the meeting's own (issueevidence.go).
	IssueEvidence []Evidence `json:"issueEvidence,omitempty"`
	Evidence      Evidence   `json:"evidence"`
}

// Entity is a person, organisation, place or country the article names,
// with every mention as byte offsets into Article.Text.
type Entity struct {
	ID   string `json:"id"`   // stable id: person:…, country:CN, org:…, place:…
	Type string `json:"type"` // Person, Organization, Place, Country
	Name string `json:"name"`
	// OrgType is an organisation's kind where the text or a list makes it
	// plain: government, company, party, international or other.
	OrgType  string    `json:"orgType,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is a half-open byte range [Start, End) of Article.Text, with the
// range of the sentence that holds it, so that no reader splits the
// sentences again.
type Mention struct {
	Start         int `json:"start"`
	End           int `json:"end"`
	SentenceStart int `json:"sentenceStart"`
	SentenceEnd   int `json:"sentenceEnd"`
}

// Issue is a topic from the controlled vocabulary that the article discusses.
type Issue struct {
	ID       string   `json:"id"` // "issue:taiwan"
	Name     string   `json:"name"`
	Evidence Evidence `json:"evidence"`
}

// Evidence ties a fact to the sentence it came from.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"` // byte offset of the sentence in Article.Text
	End      int    `json:"end"`
}
