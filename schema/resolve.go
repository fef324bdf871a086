package schema

import (
	"context"
	"slices"
)

// MeetingSummary is a stored meeting as meeting resolution sees it: its
// date, status, kind and its articles' kinds, and the sorted ids of its participants, of the
// places it was held in and of the article nodes that report it.
type MeetingSummary struct {
	ID string
	// ArticleDates are the dates of Articles, in their order; only
	// MeetingsUndatedFunc gives them.
	ArticleDates []string
	Date         string
	Status       string // PropStatus: held or planned
	Kind         string // PropKind: meeting, call, summit, visit
	SourceKinds  string // PropSourceKinds: the kind each article gave
	Participants []string
	Places       []string
	Articles     []string
}

// MeetingsDatedFunc returns the stored meetings whose date is one of dates
// or starts with one of prefixes, ordered by id, each with what meeting
// resolution compares (see MeetingSummary). Store.WriteResolved binds it to
// its transaction; it lets a loader read only the meetings near its batch's
// dates, however large the archive.
type MeetingsDatedFunc func(dates, prefixes []string) ([]MeetingSummary, error)

// MeetingsUndatedFunc returns the stored meetings without a date whose
// sorted participant ids are one of participants (each joined by "+") and
// that an article of one of dates reports, ordered by id, with their
// articles' dates. Store.WriteResolved binds it to its transaction; the
// dates keep its cost to the meetings near a batch's, however large the
// archive.
type MeetingsUndatedFunc func(participants, dates []string) ([]MeetingSummary, error)

// ResolveReads are the reads a Resolver makes through the transaction.
type ResolveReads struct {
	MeetingsDated   MeetingsDatedFunc
	MeetingsUndated MeetingsUndatedFunc
}

// Resolver returns the graphs to write for a batch, given those of its
// graphs that the store will write (the others are stored unchanged, see
// Store.WriteResolved), reading the stored meetings through read. The
// graphs it returns may merge stored meetings into theirs
// (ArticleGraph.Absorb).
type Resolver func(ctx context.Context, graphs []ArticleGraph, read ResolveReads) ([]ArticleGraph, error)

// People returns the person nodes of graphs, merged, ordered by id: the
// nodes Store.WriteResolved locks, in an order that two writers share.
func People(graphs []ArticleGraph) []Node {
	byID := map[string]*Node{}
	var ids []string
	for _, g := range graphs {
		for _, n := range g.Nodes {
			if n.Label != LabelPerson {
				continue
			}
			merged := MergeNode(byID[n.ID], n)
			if byID[n.ID] == nil {
				ids = append(ids, n.ID)
			}
			byID[n.ID] = &merged
		}
	}
	slices.Sort(ids)
	out := make([]Node, len(ids))
	for i, id := range ids {
		out[i] = *byID[id]
	}
	return out
}
