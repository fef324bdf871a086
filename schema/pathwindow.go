package schema

// PathWindow bounds, by date, what a shortest path may pass through
// (Store.ShortestPath): with From or To given, a meeting inside the path
// must be dated within them (DateInRange: an undated meeting drops out),
// and an affiliation (an AFFILIATED_WITH edge, which a path uses between
// a person and a country or organisation at its end) must have been
// attested within them (AttestedWithin). The ends are kept whatever their
// dates: the caller named them. The zero window bounds nothing.
type PathWindow struct {
	From, To string
}

// Bounded reports whether the window bounds anything.
func (w PathWindow) Bounded() bool { return w.From != "" || w.To != "" }

// AdmitsNode reports whether a path may pass through node n, inside it:
// a meeting dated within the window, or any other node.
func (w PathWindow) AdmitsNode(n *Node) bool {
	return !w.Bounded() || n.Label != LabelMeeting || DateInRange(n.Props[PropDate], w.From, w.To)
}

// AdmitsEdge reports whether a path may use edge e: an affiliation
// attested within the window, or any other edge.
func (w PathWindow) AdmitsEdge(e *Edge) bool {
	return !w.Bounded() || e.Type != RelAffiliatedWith || AttestedWithin(e.Since, e.Until, w.From, w.To)
}

// AttestedWithin reports whether an affiliation attested from since to
// until (as AttestedAt takes them) overlaps the range from..to (each an ISO
// date of any precision, or "" for no bound), compared as spans of days:
// its first day is on or before to's last and its last day on or after
// from's first. An affiliation with neither bound is within no range but
// the unbounded one.
func AttestedWithin(since, until, from, to string) bool {
	if since == "" && until == "" {
		return from == "" && to == ""
	}
	first, last := StartOf(since), max(EndOf(until), EndOf(since))
	if since == "" {
		first = StartOf(until)
	}
	return (to == "" || first <= EndOf(to)) && (from == "" || StartOf(from) <= last)
}
