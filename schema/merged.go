package schema

import "slices"

// MergedIDs are the ids of meetings merged away (MeetingMerge) and where
// each went: what a store keeps so that an id a client stored (a link, a
// saved view) still answers after a later ingest folded its meeting into
// another. The rules, which every store follows, as Record applies them for
// each merge carried out, in the order carried out:
//   - the ids that went to From now go to Into, so that a chain (a into b,
//     then b into c) answers c in one step;
//   - From goes to Into;
//   - Into is a node again, so an id Into that had gone elsewhere (merged
//     away once, then written anew) goes nowhere.
//
// A retraction leaves them: an id whose meeting a changed article removed
// answers no node, as the meeting's own id does.
//
// The zero value is empty and ready.
type MergedIDs struct {
	// Into maps a merged-away id to the meeting that holds it.
	Into map[string]string
	// Former maps a meeting to the ids merged into it, sorted.
	Former map[string][]string
}

// Record applies the rules for the merge of meeting from into into.
func (m *MergedIDs) Record(from, into string) {
	if from == into {
		return
	}
	if m.Into == nil {
		m.Into, m.Former = map[string]string{}, map[string][]string{}
	}
	if old, ok := m.Into[into]; ok {
		delete(m.Into, into)
		m.dropFormer(old, into)
	}
	moved := append(m.Former[from], from)
	delete(m.Former, from)
	for _, id := range moved {
		if old, ok := m.Into[id]; ok && old != from {
			m.dropFormer(old, id) // an id written anew and merged again
		}
		m.Into[id] = into
	}
	list := append(m.Former[into], moved...)
	slices.Sort(list)
	m.Former[into] = slices.Compact(list)
}

// dropFormer takes id out of the ids merged into meeting.
func (m *MergedIDs) dropFormer(meeting, id string) {
	list := slices.DeleteFunc(m.Former[meeting], func(x string) bool { return x == id })
	if len(list) == 0 {
		delete(m.Former, meeting)
		return
	}
	m.Former[meeting] = list
}

// Add sets id's meeting, as a snapshot restores it.
func (m *MergedIDs) Add(id, into string) {
	if m.Into == nil {
		m.Into, m.Former = map[string]string{}, map[string][]string{}
	}
	m.Into[id] = into
	list := append(m.Former[into], id)
	slices.Sort(list)
	m.Former[into] = list
}

// MeetingIDsAmong are the meeting ids among ids, each once, in order: the
// only ids that can have been merged away.
func MeetingIDsAmong(ids []string) []string {
	var out []string
	for _, id := range ids {
		if LabelOf(id) == LabelMeeting {
			out = AppendNew(out, id)
		}
	}
	return out
}
