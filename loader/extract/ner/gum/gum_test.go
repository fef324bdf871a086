package gum

import (
	"bytes"
	"os"
	"testing"

	"newsgraph/loader/extract/ner"
)

const dataPath = "../testdata/gum-open.jsonl"

// ownNewsPath is the project's own news documents (../testdata/own-news.md),
// which training adds after the listed ones.
const ownNewsPath = "../testdata/own-news.jsonl"

// testFloor is the measured typed F1 of the embedded model on the test part
// less 0.02, rounded down to 0.01, as evaluate's gold floors are: 0.696 with
// the general-English clusters (0.625 until then, set when it measured
// 0.647), 0.707 with the span-level typer (0.67 until then). A change that
// loses more fails here.
const testFloor = 0.68

func TestSplitIsByDocumentWithATestPartOfSixteenOrMore(t *testing.T) {
	docs, err := Read(dataPath)
	if err != nil {
		t.Fatal(err)
	}
	train, test := Split(docs)
	if len(docs) != 82 || len(train)+len(test) != len(docs) || len(test) < 16 {
		t.Fatalf("%d documents split into %d and %d", len(docs), len(train), len(test))
	}
	inTrain := map[string]bool{}
	for _, d := range train {
		inTrain[d.ID] = true
	}
	genres := map[string]bool{}
	for _, d := range test {
		if inTrain[d.ID] {
			t.Errorf("%s is in both parts", d.ID)
		}
		genres[d.Genre] = true
	}
	if len(genres) != 5 {
		t.Errorf("test part covers genres %v, want all five", genres)
	}
	train2, _ := Split(docs)
	for i := range train {
		if train[i].ID != train2[i].ID {
			t.Fatal("Split is not deterministic")
		}
	}
}

func TestReadGivesByteOffsetsOfNameCores(t *testing.T) {
	docs, err := Read(dataPath)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		for _, s := range d.Names {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("%s: name [%d,%d) outside text", d.ID, s.Start, s.End)
			}
			n++
		}
	}
	// 3,362 mentions less the 315 nested in other names and duplicates of one core
	if n < 3000 || n > 3100 {
		t.Errorf("%d names, want about 3,040", n)
	}
	for _, d := range docs {
		if d.ID == "GUM_academic_art" {
			if got := d.Text[d.Names[0].Start:d.Names[0].End]; got != "Claire Bailey-Ross" {
				t.Errorf("first name of GUM_academic_art is %q", got)
			}
		}
	}
}

func TestScoreCountsTypedAndUntypedMatches(t *testing.T) {
	var s Score
	gold := []ner.Span{{Start: 0, End: 4, Type: ner.Person}, {Start: 10, End: 14, Type: ner.Place}}
	pred := []ner.Span{{Start: 0, End: 4, Type: ner.Person}, {Start: 10, End: 14, Type: ner.Organization}, {Start: 20, End: 22, Type: ner.Place}}
	s.Add(gold, pred)
	if s.Typed != (Counts{Gold: 2, Predicted: 3, Correct: 1}) || s.Untyped != (Counts{Gold: 2, Predicted: 3, Correct: 2}) {
		t.Errorf("typed %+v untyped %+v", s.Typed, s.Untyped)
	}
	if f := s.Typed.F1(); f < 0.399 || f > 0.401 {
		t.Errorf("typed F1 %.3f, want 0.4", f)
	}
}

func TestByGenreKeepsEachGenresCountsApart(t *testing.T) {
	name := ner.Span{Start: 0, End: 4, Type: ner.Person}
	docs := []struct {
		doc  Doc
		pred []ner.Span
	}{
		{Doc{Genre: "bio", Names: []ner.Span{name}}, []ner.Span{name}},
		{Doc{Genre: "voyage", Names: []ner.Span{name}}, nil},
		{Doc{Genre: "bio", Names: []ner.Span{name}}, []ner.Span{{Start: 0, End: 4, Type: ner.Place}}},
	}
	b := ByGenre{}
	for _, d := range docs {
		b.Add(d.doc, d.pred)
	}
	if len(b) != 2 || b["bio"].Typed != (Counts{Gold: 2, Predicted: 2, Correct: 1}) || b["voyage"].Typed != (Counts{Gold: 1}) {
		t.Errorf("by genre: bio %+v, voyage %+v, %d genres", b["bio"].Typed, b["voyage"].Typed, len(b))
	}
	want := "bio        typed F1 0.500  (2 gold names)\nvoyage     typed F1 0.000  (1 gold names)\n"
	if got := b.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestEmbeddedModelOnTestPart reports the embedded model's score on the test
// part and fails below the floor.
func TestEmbeddedModelOnTestPart(t *testing.T) {
	docs, err := Read(dataPath)
	if err != nil {
		t.Fatal(err)
	}
	_, test := Split(docs)
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(m, test)
	t.Logf("test part, %d documents:\n%s", len(test), s)
	if f := s.Typed.F1(); f < testFloor {
		t.Errorf("typed F1 %.3f below the floor %.2f", f, testFloor)
	}
}

// TestEmbeddedModelIsTheTrainedOne retrains with the options of
// `go generate` (the gum-open training part, then the listed documents
// drawn at random, then the project's own news documents) and compares the bytes with the embedded model file, so the
// committed model is the one the command makes.
func TestEmbeddedModelIsTheTrainedOne(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	docs, err := Read(dataPath)
	if err != nil {
		t.Fatal(err)
	}
	train, _ := Split(docs)
	extra, err := ReadListed(listedPaths[0])
	if err != nil {
		t.Fatal(err)
	}
	own, err := Read(ownNewsPath)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := Train(append(append(train, extra...), own...), ner.TrainOptions{Bits: 20, Epochs: 12, MinCount: 2, Seed: 1, Typer: &ner.TyperOptions{}})
	var buf bytes.Buffer
	if err := m.Encode(&buf, 0.05); err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile("../model.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("retrained model (%d bytes) differs from model.bin (%d bytes): run go generate ./loader/extract/ner", buf.Len(), len(embedded))
	}
}
