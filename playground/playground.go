// Package playground serves GraphiQL, the in-browser GraphQL IDE, bundled
// from npm by web/ (npm run build) into dist/, which is committed and
// embedded here: the playground needs neither Node nor the internet. The
// caller gives the endpoint and the example tabs (see graph.Examples).
package playground

import (
	"bytes"
	"embed"
	"encoding/json"
	"net/http"
	"strings"

	"newsgraph/webasset"
)

// AssetsPath is where the page's scripts, stylesheet and licence notices
// are served.
const AssetsPath = "/playground/assets/"

//go:embed dist
var dist embed.FS

var files = mustLoad()

func mustLoad() map[string]*webasset.File {
	files := webasset.MustLoad("playground", dist, "dist")
	if !bytes.Contains(files["index.html"].Body(), []byte(configMark)) {
		panic("playground: dist/index.html has no " + configMark)
	}
	return files
}

// configMark in the built page is replaced with the Config as JSON.
const configMark = "%CONFIG%"

// csp lets the page load from and connect to its own server only (the
// websocket of subscriptions included). GraphiQL's editors and menus set
// inline styles, and its fonts are data: URLs.
const csp = "default-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Config is what the page needs from the server.
type Config struct {
	// Endpoint is the path of the GraphQL endpoint, for queries over HTTP
	// and subscriptions over a websocket.
	Endpoint string `json:"endpoint"`
	// Examples are the tabs the playground opens with (each a JSON object
	// with query and optional variables and headers).
	Examples any `json:"examples"`
}

// Page serves the playground page for cfg. Mount it where the playground
// should be, and Assets at AssetsPath.
func Page(cfg Config) (http.Handler, error) {
	data, err := json.Marshal(cfg) // escapes <, > and &: safe inside <script>
	if err != nil {
		return nil, err
	}
	page := webasset.New("index.html", bytes.Replace(files["index.html"].Body(), []byte(configMark), data, 1))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if webasset.AllowGetHead(w, r) {
			page.Serve(w, r, csp)
		}
	}), nil
}

// Assets serves the page's assets under AssetsPath.
func Assets() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !webasset.AllowGetHead(w, r) {
			return
		}
		name, ok := strings.CutPrefix(r.URL.Path, AssetsPath)
		if !ok || name == "" {
			http.NotFound(w, r)
			return
		}
		webasset.ServeAsset(w, r, files, "assets/"+name)
	})
}
