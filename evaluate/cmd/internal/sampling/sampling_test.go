package sampling

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/loader/extract"
)

func TestRunRefusesATestArticle(t *testing.T) {
	dir := t.TempDir()
	// whitehouse-47396 is of the test part
	var files []string
	for _, name := range []string{"arts.jsonl", "ext.jsonl"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(`{"id":"whitehouse-47396"}`+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	none := func(extract.Article, extract.Result) []Record { return nil }
	var out, errs bytes.Buffer
	args := []string{"-articles", files[0], "-extracted", files[1], "-selection", "../../../testdata/selection.jsonl"}
	if code := Run("sample", "held", args, &out, &errs, none); code != 1 || !strings.Contains(errs.String(), "test or unseen") {
		t.Errorf("exit %d, %q: want 1 and a refusal", code, errs.String())
	}
}
