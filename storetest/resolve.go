package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

func testMeetingsDated(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	blinkenXi := schema.MeetingSummary{ID: mBlinkenXi, Date: "2023-06-19", Status: "held", Kind: "meeting",
		Participants: []string{"person:antony-blinken", "person:xi-jinping"},
		Places:       []string{"place:beijing"}, Articles: []string{"article:a1"}}
	blinkenWang := schema.MeetingSummary{ID: mBlinkenWang, Date: "2023-06", Status: "held", Kind: "meeting",
		Participants: []string{"person:antony-blinken", "person:wang-yi"}, Articles: []string{"article:a1"}}
	planned := schema.MeetingSummary{ID: mBidenXiPlanned, Date: "2023", Status: "planned", Kind: "summit",
		Participants: []string{"person:joe-biden", "person:xi-jinping"}, Articles: []string{"article:a1"}}
	tests := []struct {
		name            string
		dates, prefixes []string
		want            []schema.MeetingSummary
	}{
		{"exact dates only", []string{"2023-06-19", "2023-06-20"}, nil, []schema.MeetingSummary{blinkenXi}},
		{"a prefix finds every finer date, ordered by id", nil, []string{"2023"}, []schema.MeetingSummary{blinkenXi, blinkenWang, planned}},
		{"both at once, each meeting once", []string{"2023", "2023-06"}, []string{"2023-06"}, []schema.MeetingSummary{blinkenXi, blinkenWang, planned}},
		{"undated meetings never match", []string{""}, []string{"", "2021"}, nil},
		{"nothing asked, nothing found", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := MeetingsDated(context.Background(), s, tt.dates, tt.prefixes)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MeetingsDated(%q, %q) (-want +got):\n%s", tt.dates, tt.prefixes, diff)
			}
		})
	}
}
