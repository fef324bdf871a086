package graph

import (
	"reflect"
	"testing"

	"newsgraph/graph/model"
)

func TestFoldTermsMakesOneOfTheListsAlikeTerms(t *testing.T) {
	term := func(start, end string) *model.OfficeTerm {
		return &model.OfficeTerm{Start: model.Date(start), End: model.DatePtr(end)}
	}
	tests := []struct {
		name     string
		in, want []*model.OfficeTerm
	}{
		{"one", []*model.OfficeTerm{term("2013-03-17", "")}, []*model.OfficeTerm{term("2013-03-17", "")}},
		{"a year, its day, and the day with an end are one", []*model.OfficeTerm{term("2021-01-20", "2025-01-20"), term("2021", ""), term("2021-01-20", "")},
			[]*model.OfficeTerm{term("2021-01-20", "2025-01-20")}},
		{"two terms stay two, oldest first", []*model.OfficeTerm{term("2017-01-20", "2021-01-20"), term("2009-01-20", "2017-01-20")},
			[]*model.OfficeTerm{term("2009-01-20", "2017-01-20"), term("2017-01-20", "2021-01-20")}},
		{"terms inside a tenure are the tenure", []*model.OfficeTerm{term("2009-01-20", "2013-01-20"), term("2009-01-20", "2017-01-20"), term("2013-01-20", "2017-01-20")},
			[]*model.OfficeTerm{term("2009-01-20", "2017-01-20")}},
		{"an open term holds the later ones", []*model.OfficeTerm{term("2018-03-19", ""), term("2019", "2020")},
			[]*model.OfficeTerm{term("2018-03-19", "")}},
		{"a term inside an earlier one goes", []*model.OfficeTerm{term("2020", "2021"), term("2019", "2022-06")},
			[]*model.OfficeTerm{term("2019", "2022-06")}},
		{"overlapping terms stay apart", []*model.OfficeTerm{term("2020", "2022"), term("2021", "2023")},
			[]*model.OfficeTerm{term("2020", "2022"), term("2021", "2023")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foldTerms(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("foldTerms = %v, want %v", show(got), show(tt.want))
			}
		})
	}
}

func show(terms []*model.OfficeTerm) []string {
	var out []string
	for _, t := range terms {
		end := "open"
		if t.End != nil {
			end = string(*t.End)
		}
		out = append(out, string(t.Start)+" to "+end)
	}
	return out
}
