package schema

// MeetingSummary is a stored meeting as meeting resolution sees it: its
// date, and the sorted ids of its participants, of the places it was held
// in and of the article nodes that report it.
type MeetingSummary struct {
	ID           string
	Date         string
	Participants []string
	Places       []string
	Articles     []string
}
