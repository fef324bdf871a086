package gazetteer

// laterTerm reports whether term o starts after date (at the term's
// precision): a term the person holds again later ("President Trump",
// 2017-2021 and from 2025) says nothing of whether the office was past on
// date, so it is no reason to hold it "not yet past" (ListedPastOffice).
func laterTerm(o Official, date string) bool {
	return o.Start != "" && date[:min(len(o.Start), len(date))] < o.Start
}
