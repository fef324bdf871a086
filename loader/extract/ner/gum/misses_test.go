package gum

import (
	"strings"
	"testing"

	"newsgraph/loader/extract/ner"
)

func TestShapeOfSortsNamesByForm(t *testing.T) {
	tests := []struct {
		name string
		want Shape
	}{
		{"NASA", ShapeAcronym},
		{"U.S.", ShapeAcronym},
		{"Microsoft", ShapeSingle},
		{"ABCDEFG", ShapeSingle},
		{"Church of Scientology", ShapeConnected},
		{"Environment Canada", ShapeMulti},
	}
	for _, tt := range tests {
		if got := ShapeOf(tt.name); got != tt.want {
			t.Errorf("ShapeOf(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestCompareSaysWhatTheRecogniserGaveAtEachGoldName(t *testing.T) {
	text := "NASA met Church of Scientology. Smith's car went to Paris. Paris was far."
	span := func(s string, nth int, typ ner.Type) ner.Span {
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return ner.Span{Start: i, End: i + len(s), Type: typ}
	}
	gold := []ner.Span{span("NASA", 0, ner.Organization), span("Church of Scientology", 0, ner.Organization),
		span("Smith", 0, ner.Person), span("Paris", 0, ner.Place), span("Paris", 1, ner.Place)}
	pred := []ner.Span{span("Church", 0, ner.Place), span("Smith", 0, ner.Place), span("Paris", 1, ner.Place)}
	want := []Miss{
		{Text: "NASA", Type: ner.Organization, Shape: ShapeAcronym, Outcome: OutcomeNone, SentStart: true},
		{Text: "Church of Scientology", Type: ner.Organization, Shape: ShapeConnected, Outcome: OutcomeOverlap, Got: ner.Place},
		{Text: "Smith", Type: ner.Person, Shape: ShapeSingle, Outcome: OutcomeWrongType, Got: ner.Place, SentStart: true, Possessive: true},
		{Text: "Paris", Type: ner.Place, Shape: ShapeSingle, Outcome: OutcomeNone, FoundElsewhere: true},
		{Text: "Paris", Type: ner.Place, Shape: ShapeSingle, Outcome: OutcomeRight, Got: ner.Place, SentStart: true},
	}
	got := Compare(text, gold, pred)
	if len(got) != len(want) {
		t.Fatalf("%d comparisons, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("gold %q: got %+v\nwant %+v", want[i].Text, got[i], want[i])
		}
	}
}
