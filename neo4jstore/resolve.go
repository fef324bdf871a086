package neo4jstore

import (
	"context"
	"fmt"

	"newsgraph/schema"
)

// meetingsDatedCypher finds meetings through the Meeting date index, by
// exact date and by prefix (a range seek), so that its cost follows the
// meetings near the dates, not the size of the archive. Empty dates and
// prefixes match nothing: undated meetings are never resolved.
const meetingsDatedCypher = `CALL () {
  UNWIND $dates AS d WITH d WHERE d <> '' MATCH (m:Meeting {date: d}) RETURN m
  UNION
  UNWIND $prefixes AS p WITH p WHERE p <> '' MATCH (m:Meeting) WHERE m.date STARTS WITH p RETURN m
}
RETURN m.id AS id, m.date AS date,
  COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.id AS x ORDER BY x } AS participants,
  COLLECT { MATCH (m)-[:HELD_IN]->(pl:Place) RETURN pl.id AS x ORDER BY x } AS places,
  COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a.id AS x ORDER BY x } AS articles
ORDER BY id`

// MeetingsDated implements schema.Store.
func (s *Store) MeetingsDated(ctx context.Context, dates, prefixes []string) ([]schema.MeetingSummary, error) {
	if len(dates) == 0 && len(prefixes) == 0 {
		return nil, nil
	}
	recs, err := s.run(ctx, meetingsDatedCypher, map[string]any{"dates": nonNil(dates), "prefixes": nonNil(prefixes)}, false)
	if err != nil {
		return nil, fmt.Errorf("neo4j: meetings by date: %w", err)
	}
	out := make([]schema.MeetingSummary, 0, len(recs))
	for _, r := range recs {
		m := schema.MeetingSummary{}
		id, _ := r.Get("id")
		date, _ := r.Get("date")
		m.ID, _ = id.(string)
		m.Date, _ = date.(string)
		for key, dst := range map[string]*[]string{"participants": &m.Participants, "places": &m.Places, "articles": &m.Articles} {
			list, _ := r.Get(key)
			for _, x := range list.([]any) {
				*dst = append(*dst, x.(string))
			}
		}
		out = append(out, m)
	}
	return out, nil
}
