package extract

// A name right after a verb that puts someone in an office ("the President
// is nominating Steve Dettelbach to serve as Director of ATF", "the Senate
// confirmed Lisa Cook to be a Member of the Board of Governors") holds the
// office its "to be" or "to serve as" gives, as a nominations list's "Name,
// of Place, to be Role" does; without the verb, "X to be" may be anything
// ("expects the talks to be …").

// nominationVerbs put the person named after them in an office.
var nominationVerbs = setOf("nominate", "nominates", "nominated", "nominating", "confirm", "confirms", "confirmed",
	"confirming", "appoint", "appoints", "appointed", "appointing")

// nominatedAt: the name starting at token i follows a nominating verb.
func (d *doc) nominatedAt(i int) bool {
	return i > 0 && nominationVerbs[d.toks[i-1].key]
}
