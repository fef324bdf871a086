package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"newsgraph/loader"
	"newsgraph/loader/extract"
)

// extractCmd prints what the loader extracts from each article, one JSON
// object per line in input order: the stable interface that evaluation
// tools read. Articles that cannot be read are reported on stderr.
func extractCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "publication date (YYYY-MM-DD) of text files that carry none")
	officials := officialsFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("extract: name at least one FILE")
	}
	// The same lists as load's, so that extract shows what load would
	// write: without them an analyst could not see what a file changes.
	if err := useOfficials(*officials); err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	rejected := 0
	for _, path := range fs.Args() {
		for rec := range loader.ReadFile(path, loader.ReadOptions{Date: *date}) {
			if rec.Err != nil {
				rejected++
				fmt.Fprintln(stderr, "rejected:", rec.Err)
				continue
			}
			res, err := extract.Extract(rec.Article)
			if err != nil {
				rejected++
				fmt.Fprintln(stderr, "rejected:", &loader.InputError{File: rec.File, Line: rec.Line, ArticleID: rec.Article.ID, Err: err})
				continue
			}
			if err := enc.Encode(res); err != nil {
				return err
			}
		}
	}
	if rejected > 0 {
		out.Flush()
		fmt.Fprintf(stderr, "extract: rejected %d articles\n", rejected)
		return errReported
	}
	return nil
}
