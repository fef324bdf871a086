package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	d := newDoc(text, false)
	for _, m := range d.findPeople("2022-05-13") {
		fmt.Printf("%+v\n", m)
	}
}
