package neo4jstore

import "context"

// renameRefinedMeetingsCypher gives every meeting whose name ends with ", "
// and a coarser form of its date (a year or month that the date refines)
// its date instead: schema.MeetingNameAtDate, for a database written
// before a refined date renamed its meeting. Writes keep names right since,
// so on any other database it matches nothing.
const renameRefinedMeetingsCypher = `MATCH (m:Meeting) WHERE m.date IS NOT NULL AND m.name CONTAINS ', '
WITH m, last(split(m.name, ', ')) AS tail
WHERE size(tail) < size(m.date) AND m.date STARTS WITH tail AND tail =~ '[0-9]{4}(-[0-9]{2})?'
CALL (m, tail) { SET m.name = left(m.name, size(m.name) - size(tail)) + m.date } IN TRANSACTIONS OF 1000 ROWS`

// renameRefinedMeetings runs renameRefinedMeetingsCypher when the store
// opens: one scan of the meetings' names and dates.
func (s *Store) renameRefinedMeetings(ctx context.Context) error {
	_, err := s.run(ctx, renameRefinedMeetingsCypher, nil, true)
	return err
}
