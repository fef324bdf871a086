// Package explore serves the explorer page: a graph view of the API for
// people who would rather look at a network than read JSON. The page and
// its assets are built from the npm sources in web/ (npm run build) into
// dist/, which is committed and embedded here, so the binary serves them
// without Node and without the internet.
package explore

import (
	"embed"
	"net/http"
	"strings"

	"newsgraph/webasset"
)

// Path is where the page is served; its assets are under Path + "/assets/".
const Path = "/explore"

//go:embed dist
var dist embed.FS

var files = webasset.MustLoad("explore", dist, "dist")

// csp lets the page load and connect to its own server only.
const csp = "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Handler serves the page at /explore (with any query string: the page
// keeps its state there) and its assets at /explore/assets/…. Mount it on
// both Path and Path+"/".
func Handler() http.Handler {
	return http.HandlerFunc(serve)
}

func serve(w http.ResponseWriter, r *http.Request) {
	if !webasset.AllowGetHead(w, r) {
		return
	}
	switch p := r.URL.Path; {
	case p == Path:
		files["index.html"].Serve(w, r, csp)
	case p == Path+"/":
		target := Path
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
	case strings.HasPrefix(p, Path+"/assets/"):
		// The page names its assets with a content hash, so only the page
		// itself must be revalidated; the assets can be cached for long.
		webasset.ServeAsset(w, r, files, strings.TrimPrefix(p, Path+"/"))
	default:
		http.NotFound(w, r)
	}
}
