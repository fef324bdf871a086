package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// variableMessage rewrites the parser's message for a request whose
// variables do not fit the operation's declarations ("must be defined",
// "cannot use string as Int", "unknown field"), which names the variable
// only in the error's path, so that the message names it and says what the
// operation declared it as: `variable $id (ID!) must be defined: the
// operation declares it and the request's "variables" do not give it`
// (analyst43's question 13, a client that forgot to send a variable read
// "must be defined" of nothing). ok is false for an error not about a
// variable.
func variableMessage(ctx context.Context, e *gqlerror.Error) (string, bool) {
	if len(e.Path) < 2 || e.Path[0] != ast.PathName("variable") {
		return "", false
	}
	name, ok := e.Path[1].(ast.PathName)
	if !ok {
		return "", false
	}
	var where strings.Builder
	where.WriteString("$" + string(name))
	for _, el := range e.Path[2:] {
		switch el := el.(type) {
		case ast.PathName:
			where.WriteString("." + string(el))
		case ast.PathIndex:
			fmt.Fprintf(&where, "[%d]", int(el))
		}
	}
	declared := ""
	if graphql.HasOperationContext(ctx) {
		if op := graphql.GetOperationContext(ctx).Operation; op != nil {
			if def := op.VariableDefinitions.ForName(string(name)); def != nil && def.Type != nil {
				declared = " (" + def.Type.String() + ")"
			}
		}
	}
	if len(e.Path) == 2 && e.Message == "must be defined" {
		return fmt.Sprintf("variable $%s%s must be defined: the operation declares it and the request's \"variables\" do not give it", name, declared), true
	}
	if len(e.Path) == 2 {
		return fmt.Sprintf("variable $%s%s: %s", name, declared, e.Message), true
	}
	return fmt.Sprintf("variable %s: %s", where.String(), e.Message), true
}
