package extract

import "encoding/json"

// nullable is a string that marshals "" as JSON null, as the gold files do.
type nullable string

func (s nullable) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// MarshalJSON writes an empty role as null.
func (p Person) MarshalJSON() ([]byte, error) {
	type plain Person
	return json.Marshal(struct {
		plain
		Role nullable `json:"role"`
	}{plain(p), nullable(p.Role)})
}

// MarshalJSON writes an unknown date or place as null.
func (m Meeting) MarshalJSON() ([]byte, error) {
	type plain Meeting
	return json.Marshal(struct {
		plain
		Date         nullable `json:"date"`
		Place        nullable `json:"place"`
		PlaceCountry nullable `json:"placeCountry"`
	}{plain(m), nullable(m.Date), nullable(m.Place), nullable(m.PlaceCountry)})
}
