package neo4jstore

import "context"

// Exec runs one write statement, for tests of this package.
func (s *Store) Exec(ctx context.Context, st Statement) error {
	_, err := s.run(ctx, st.Query, st.Params, true)
	return err
}
