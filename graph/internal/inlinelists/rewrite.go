package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"
)

const (
	listmarshalPath = "newsgraph/graph/internal/listmarshal"
	// tableVar is the variable, in the generated package, that holds the
	// concurrent fields; the rewritten calls pass it.
	tableVar = "concurrentFields"
)

// edit replaces src[from:to] with text.
type edit struct {
	from, to int
	text     string
}

// rewrite returns src with every graphql.MarshalSliceConcurrently call made
// a listmarshal.MarshalSlice call, and the Go file that declares the
// concurrent fields those calls pass. A src already rewritten comes back
// unchanged.
func rewrite(src []byte) (out, table []byte, err error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "generated.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, err
	}
	offset := func(p token.Pos) int { return fset.Position(p).Offset }

	concurrent, err := concurrentFields(file)
	if err != nil {
		return nil, nil, err
	}

	var edits []edit
	var problems []string
	rewritten := 0
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			switch {
			case isSelector(call.Fun, "listmarshal", "MarshalSlice"):
				rewritten++
			case isSelector(call.Fun, "graphql", "MarshalSliceConcurrently"):
				where := fset.Position(call.Pos()).String()
				if len(call.Args) != 5 {
					problems = append(problems, fmt.Sprintf("%s: MarshalSliceConcurrently has %d arguments, not (ctx, length, workerLimit, omitPanicHandler, marshalElement)", where, len(call.Args)))
					return true
				}
				if _, ok := call.Args[4].(*ast.FuncLit); !ok {
					problems = append(problems, where+": MarshalSliceConcurrently's last argument is not a func literal")
					return true
				}
				if !hasParam(fn, "sel", "SelectionSet") {
					problems = append(problems, fmt.Sprintf("%s: %s has no parameter sel ast.SelectionSet", where, fn.Name.Name))
					return true
				}
				edits = append(edits,
					edit{offset(call.Fun.Pos()), offset(call.Fun.End()), "listmarshal.MarshalSlice"},
					edit{offset(call.Args[0].End()), offset(call.Args[0].End()), ", sel, " + tableVar})
			}
			return true
		})
	}
	if len(problems) > 0 {
		return nil, nil, errors.New(strings.Join(problems, "\n"))
	}
	if len(edits) == 0 && rewritten == 0 {
		return nil, nil, errors.New("no graphql.MarshalSliceConcurrently call (nor a rewritten one): gqlgen no longer marshals lists as this rewrite expects")
	}
	if len(edits) > 0 && !imports(file, listmarshalPath) {
		at, err := importAnchor(file)
		if err != nil {
			return nil, nil, err
		}
		edits = append(edits, edit{offset(at), offset(at), "\n\t" + strconv.Quote(listmarshalPath)})
	}

	sort.Slice(edits, func(i, j int) bool { return edits[i].from < edits[j].from })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(src[last:e.from])
		b.WriteString(e.text)
		last = e.to
	}
	b.Write(src[last:])
	out, err = format.Source(b.Bytes())
	if err != nil {
		return nil, nil, fmt.Errorf("the rewritten file does not parse: %w", err)
	}
	table, err = tableSource(file.Name.Name, concurrent)
	return out, table, err
}

// concurrentFields reads, from the generated object marshallers (the
// methods that collect fields with a type's implementors, then switch on
// each field's name), the fields that each type resolves concurrently: a
// field whose case schedules it with a method named *Concurrently*, or
// starts a goroutine. An interface gets the fields of each type that
// implements it.
func concurrentFields(file *ast.File) (map[string]map[string]bool, error) {
	implementors := map[string][]string{} // the variable's name: the type, then its interfaces
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.VAR {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Names) != 1 || len(vs.Values) != 1 || !strings.HasSuffix(vs.Names[0].Name, "Implementors") {
				continue
			}
			lit, ok := vs.Values[0].(*ast.CompositeLit)
			if !ok {
				continue
			}
			var names []string
			for _, elt := range lit.Elts {
				if s, ok := elt.(*ast.BasicLit); ok && s.Kind == token.STRING {
					name, _ := strconv.Unquote(s.Value)
					names = append(names, name)
				}
			}
			if len(names) > 0 {
				implementors[vs.Names[0].Name] = names
			}
		}
	}

	concurrent := map[string]map[string]bool{}
	objects, fields := 0, 0
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil || fn.Recv == nil {
			continue
		}
		types := collectedTypes(fn.Body, implementors)
		if types == nil {
			continue
		}
		objects++
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			clause, ok := n.(*ast.CaseClause)
			if !ok || len(clause.List) != 1 {
				return true
			}
			lit, ok := clause.List[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			field, _ := strconv.Unquote(lit.Value)
			if !schedulesConcurrently(clause.Body) {
				return true
			}
			fields++
			for _, t := range types {
				if concurrent[t] == nil {
					concurrent[t] = map[string]bool{}
				}
				concurrent[t][field] = true
			}
			return true
		})
	}
	if objects == 0 {
		return nil, errors.New("no object marshaller (a method calling graphql.CollectFields with a type's implementors)")
	}
	if fields == 0 {
		return nil, fmt.Errorf("none of the %d object marshallers resolves a field concurrently: gqlgen no longer schedules resolvers as this rewrite expects", objects)
	}
	return concurrent, nil
}

// collectedTypes is the type, then its interfaces, whose fields body
// collects: the implementors passed to graphql.CollectFields; nil when body
// collects none.
func collectedTypes(body *ast.BlockStmt, implementors map[string][]string) []string {
	var types []string
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !isSelector(call.Fun, "graphql", "CollectFields") || len(call.Args) == 0 {
			return true
		}
		if id, ok := call.Args[len(call.Args)-1].(*ast.Ident); ok && implementors[id.Name] != nil {
			types = implementors[id.Name]
		}
		return true
	})
	return types
}

// schedulesConcurrently reports whether stmts call a method whose name
// has "Concurrently" in it, or start a goroutine.
func schedulesConcurrently(stmts []ast.Stmt) bool {
	found := false
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GoStmt:
				found = true
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && strings.Contains(sel.Sel.Name, "Concurrently") {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// tableSource is the Go file that declares tableVar in package pkg.
func tableSource(pkg string, concurrent map[string]map[string]bool) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by graph/internal/inlinelists; DO NOT EDIT.\n\npackage %s\n\n", pkg)
	fmt.Fprintf(&b, "import %q\n\n", listmarshalPath)
	fmt.Fprintf(&b, "// %s are the fields that generated.go resolves concurrently, by type:\n", tableVar)
	fmt.Fprintf(&b, "// a list whose selection has none is marshalled on one goroutine.\n")
	fmt.Fprintf(&b, "var %s = listmarshal.Concurrent{\n", tableVar)
	types := make([]string, 0, len(concurrent))
	for t := range concurrent {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		fields := make([]string, 0, len(concurrent[t]))
		for f := range concurrent[t] {
			fields = append(fields, f)
		}
		slices.Sort(fields)
		fmt.Fprintf(&b, "\t%q: {", t)
		for i, f := range fields {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q: true", f)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

func isSelector(e ast.Expr, pkg, name string) bool {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == pkg
}

// hasParam reports whether fn has a parameter called name whose type's
// name is typeName.
func hasParam(fn *ast.FuncDecl, name, typeName string) bool {
	for _, p := range fn.Type.Params.List {
		t, ok := p.Type.(*ast.SelectorExpr)
		if !ok || t.Sel.Name != typeName {
			continue
		}
		for _, n := range p.Names {
			if n.Name == name {
				return true
			}
		}
	}
	return false
}

func imports(file *ast.File, path string) bool {
	for _, im := range file.Imports {
		if im.Path.Value == strconv.Quote(path) {
			return true
		}
	}
	return false
}

// importAnchor is where the listmarshal import goes: after the last of the
// module's own imports, or else after gqlgen's graphql package.
func importAnchor(file *ast.File) (token.Pos, error) {
	var at token.Pos
	for _, im := range file.Imports {
		p, _ := strconv.Unquote(im.Path.Value)
		if strings.HasPrefix(p, "newsgraph/") || (at == token.NoPos && p == "github.com/99designs/gqlgen/graphql") {
			at = im.End()
		}
	}
	if at == token.NoPos {
		return at, errors.New("no import to put the listmarshal import after")
	}
	return at, nil
}
