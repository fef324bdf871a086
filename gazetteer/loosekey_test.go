package gazetteer

import (
	"strings"
	"testing"
)

// TestLooseKeysAsSplitAndJoined: looseOfKey and articleFreeKey give what
// splitting a key into words and joining them again gives (looseBySplit,
// articleFreeBySplit), also where their fast path skips the split.
func TestLooseKeysAsSplitAndJoined(t *testing.T) {
	for _, key := range []string{
		"", "joe biden", "abdel fattah el sisi", "el sisi", "sisi el", "yoon suk-yeol", "mustafa al kadhimi",
		"al", "al al", "alan smith", "nawaz ul haq", "ulrich eli", " joe biden", "joe biden ", "joe  biden",
		"joe\tbiden", "joe\u00a0biden", "joe\u2003biden", "josé", "x el-y", "-", "a - b",
	} {
		if got, want := looseOfKey(key), looseBySplit(key); got != want {
			t.Errorf("looseOfKey(%q) = %q, want %q", key, got, want)
		}
		if got, want := articleFreeKey(key), articleFreeBySplit(key); got != want {
			t.Errorf("articleFreeKey(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestSingleSpaced(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", true}, {"joe", true}, {"joe biden", true}, {" joe", false}, {"joe ", false}, {"joe  biden", false},
		{"joe\tbiden", false}, {"joe\nbiden", false}, {"joe\u00a0biden", false}, {"josé", false},
	} {
		if got := singleSpaced(c.s); got != c.want {
			t.Errorf("singleSpaced(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestHasWord(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"el sisi", "el", true}, {"sisi el", "el", true}, {"a el b", "el", true}, {"eli", "el", false},
		{"elsisi el2", "el", false}, {"", "el", false}, {"el", "el", true}, {"hel lo", "el", false},
	} {
		if got := hasWord(c.s, c.w); got != c.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

// TestLowerASCIIIsToLower: lowerASCII gives strings.ToLower of an ASCII
// string that fits its buffer, and refuses any other.
func TestLowerASCIIIsToLower(t *testing.T) {
	var buf [8]byte
	for _, c := range []struct {
		s  string
		ok bool
	}{{"", true}, {"Senate", true}, {"US NAVY", true}, {"a-B_c.D", true}, {"Ninechars", false}, {"Zürich", false}} {
		got, ok := lowerASCII(buf[:0], c.s)
		if ok != c.ok || ok && string(got) != strings.ToLower(c.s) {
			t.Errorf("lowerASCII(%q) = %q %v, want %q %v", c.s, got, ok, strings.ToLower(c.s), c.ok)
		}
	}
	if n := testing.AllocsPerRun(20, func() { TypedBodyNamed("Department of Homeland Security") }); n != 0 {
		t.Errorf("TypedBodyNamed: %v allocations, want 0", n)
	}
}
