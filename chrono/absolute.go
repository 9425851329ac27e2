package chrono

import (
	"strconv"
	"strings"
	"time"
)

// optYear reads the year that may follow a day and month, after an
// optional comma: "January 6, 2026", "6 January 2026".
func (s *scanner) optYear(k int) (y, next int, ok bool) {
	if s.is(k, ",") {
		k++
	}
	y, ok = s.yearAt(k)
	return y, k + 1, ok
}

// yearAt reads a four-digit year at token i.
func (s *scanner) yearAt(i int) (int, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum || len(t.text) != 4 {
		return 0, false
	}
	y, ok := digits(t.text)
	if !ok || y < 1000 || y > 2199 {
		return 0, false
	}
	// "2026-year-old" or "2026s": a number glued to a word is not a year,
	// nor is a model number ("the 2114/PC system"; but "July 1986/June 1987").
	if n := s.tok(i + 1); n != nil && !n.space && (n.kind == tokWord || n.text == "/" && s.adjacent(i+2) && s.tok(i+2).kind == tokWord && !s.isMonth(i+2)) {
		return 0, false
	}
	return y, true
}

// anyYearAt reads a year in digits or in words ("January nineteen
// ninety-seven") at token i and returns the index after it.
func (s *scanner) anyYearAt(i int) (y, next int, ok bool) {
	if y, ok := s.yearAt(i); ok {
		return y, i + 1, true
	}
	if m, ok := s.spelledYear(i); ok && m.sp.kind == specAbs {
		return m.sp.y, m.j, true
	}
	return 0, i, false
}

// dayAt reads a day of the month (6, 6th) at token i and returns the index
// after it.
func (s *scanner) dayAt(i int) (d, next int, ok bool) {
	if t := s.tok(i); t != nil && t.kind == tokWord && t.upper && (t.kw == kwNumber || t.kw == kwTens || t.kw == kwOrdinal) && t.lower != "a" && t.lower != "an" {
		// "April One", "June Twenty-Eight": wire copy spells days out, capitalised.
		if n, j, ok := s.numberAt(i); ok && n >= 1 && n <= 31 && t.kw != kwOrdinal {
			return n, j, true
		}
		if t.kw == kwOrdinal {
			return t.kv, i + 1, true
		}
	}
	d, ok = s.plainNum(i, 2)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	next = i + 1
	if t := s.tok(next); t != nil && !t.space && t.kind == tokWord {
		if t.kw != kwOrdSuf {
			return 0, i, false // "6pm", "3D"
		}
		next++
	}
	return d, next, true
}

// spelledDay reads a day spelled in lower case at token k after the month
// at token i, as wire copy writes the days under ten: "payable April one to
// holders", "as of Jan one, 1986", "the May six meeting". After "in" the
// month is a month and the number counts what follows ("In March two
// banks failed"), and so it does before a unit, an amount or a plural
// ("March two years ago", "April four pct", "By March nine companies").
func (s *scanner) spelledDay(i, k int) (d, next int, ok bool) {
	t := s.tok(k)
	if t == nil || t.upper || t.kw != kwNumber && t.kw != kwTens || t.lower == "a" || t.lower == "an" || !s.tok(i).upper {
		return 0, k, false
	}
	if p := s.tok(i - 1); p == nil || p.kind != tokWord || monthOnlyBefore[p.lower] {
		return 0, k, false
	}
	n, j, ok := s.numberAt(k)
	if !ok || n < 1 || n > 31 {
		return 0, k, false
	}
	if a := s.tok(j); a != nil && a.kind == tokWord && (a.kw == kwUnit || a.kw == kwNumber || spelledDayStop[a.lower] || !a.upper && pluralNoun(a.lower)) {
		return 0, k, false
	}
	return n, j, true
}

// marchVerbs after "the March" make it a march: "The March was long".
var marchVerbs = map[string]bool{"was": true, "were": true, "is": true, "are": true, "will": true, "would": true,
	"has": true, "had": true, "began": true, "ended": true, "drew": true, "passed": true, "went": true, "took": true,
	"started": true, "continued": true, "moved": true, "reached": true, "and": true, "or": true}

// notForMay are words after "for May" that make May a person: "support
// for May among voters", "called for May to resign".
var notForMay = map[string]bool{"to": true, "among": true, "from": true, "as": true, "who": true, "after": true,
	"over": true, "by": true, "with": true, "in": true, "despite": true, "than": true, "rather": true, "on": true}

// listGoesOn reports whether token k goes on with a list or ends it: ",",
// "and", "or", or the end of a sentence.
func (s *scanner) listGoesOn(k int) bool {
	t := s.tok(k)
	return t == nil || t.lower == "and" || t.lower == "or" || t.kind == tokPunct && strings.ContainsAny(t.text, ",.;")
}

// companyWords after "May" or "March" make a company's name.
var companyWords = map[string]bool{"co": true, "corp": true, "inc": true, "ltd": true, "department": true, "petroleum": true, "group": true, "cos": true}

// monthOnlyBefore are words that make a month a month: "in March two
// banks failed", "late May".
var monthOnlyBefore = map[string]bool{"in": true, "during": true, "and": true, "or": true, "early": true, "mid": true, "late": true}

// spelledDayStop are words after a spelled number that make it a count:
// "April four pct", "May one of".
var spelledDayStop = map[string]bool{
	"of": true, "pct": true, "percent": true, "per": true, "mln": true, "billion": true, "million": true,
	"thousand": true, "hundred": true, "dlrs": true, "dollars": true, "times": true, "points": true,
}

// twoDays reads two days of one month at token k: the compound "6-8", or
// "6–8", "6—8", "6th to 8th", "6 through 8", "6 until 8", and "6 and 7"
// where the days follow each other or and is true ("between 6 and 8");
// monthAfter says the month follows the days ("6 - 8 March"). It returns
// both days, the byte offsets where the first ends and the second starts,
// and the token after them.
func (s *scanner) twoDays(k int, and, monthAfter bool) (d, d2, split, to, next int, ok bool) {
	spaced, joined := false, ""
	if t := s.tok(k); t != nil && t.kind == tokNum && strings.Count(t.text, "-") == 1 {
		a, b, _ := strings.Cut(t.text, "-")
		var okA, okB bool
		d, okA = digits(a)
		d2, okB = digits(b)
		if !okA || !okB || len(a) > 2 || len(b) > 2 {
			return 0, 0, 0, 0, k, false
		}
		split, to, next = t.start+len(a), t.start+len(a)+1, k+1
	} else {
		if d, next, ok = s.dayAt(k); !ok {
			return 0, 0, 0, 0, k, false
		}
		split = s.toks[next-1].end
		switch joined = s.toklower(next); joined {
		case "to", "through", "until", "and":
		case "":
			// a dash, then digits
			n := s.tok(next)
			if n == nil || n.text != "-" && n.text != "–" && n.text != "—" {
				return 0, 0, 0, 0, k, false
			}
			if m := s.tok(next + 1); m == nil || m.kind != tokNum {
				return 0, 0, 0, 0, k, false
			}
			spaced = n.space
		default:
			return 0, 0, 0, 0, k, false
		}
		c := next + 1
		if d2, next, ok = s.dayAt(c); !ok {
			return 0, 0, 0, 0, k, false
		}
		to = s.toks[c].start
	}
	if d < 1 || d2 <= d || d2 > 31 || joined == "and" && !and && d2 != d+1 {
		return 0, 0, 0, 0, k, false // "on January 6 and 8" are two days, not a span
	}
	if !s.dayRangeEnd(next, spaced && !monthAfter) {
		return 0, 0, 0, 0, k, false
	}
	return d, d2, split, to, next, true
}

// dayRangeEnd reports whether token k may follow the second day of a
// range. Not a unit, a clock or an amount: "sentenced on Jan. 5 to 20
// years", "March 5 to 7 pm", "April 1 to 15 pct". After a spaced dash with
// the month before the days, only punctuation or a year may: "runs January
// 6 - 8." is a range, the wire datelines "ATLANTA, March 19 – 26 people
// died" and "April 1 - 4th qtr" are not.
func (s *scanner) dayRangeEnd(k int, strict bool) bool {
	t := s.tok(k)
	if t == nil {
		return true
	}
	if strict {
		return t.kind == tokPunct && t.text != "%" && t.text != "-" || s.isYear(k)
	}
	switch {
	case t.kind == tokPunct:
		return t.text != "%"
	case t.kw == kwUnit, t.kw == kwMeridiem, amountWords[t.lower], rangeAmountWords[t.lower], isZone(t.text):
		return false
	case (t.lower == "a" || t.lower == "p") && s.is(k+1, ".") && s.adjacent(k+1) && s.is(k+2, "m"):
		return false // "7 p.m."
	}
	return true
}

// rangeAmountWords after a day would make it a count: "to 12 points".
var rangeAmountWords = map[string]bool{"per": true, "points": true, "pts": true, "yen": true, "marks": true,
	"francs": true, "pounds": true, "stg": true, "lire": true, "units": true, "shares": true, "o": true}

// andDay: "26" in "elections on April 12 and 26", two days of one month
// that are no span: the month and year of the day named just before.
func (s *scanner) andDay(i int) (match, bool) {
	if !s.is(i-1, "and") || len(s.seen) == 0 {
		return match{}, false
	}
	last := s.seen[len(s.seen)-1]
	if last.j != i-1 || last.d.Grain != GrainDay {
		return match{}, false
	}
	d, next, ok := s.dayAt(i)
	if !ok || s.isMonth(next) || !s.dayRangeEnd(next, false) || d > daysIn(last.d.Start.Year(), last.d.Start.Month()) {
		return match{}, false
	}
	t := last.d.Start
	return match{i, next, spec{kind: specAbs, y: t.Year(), m: int(t.Month()), d: d, sameMonth: true,
		how: "the month of the date named before it, " + last.d.Value}}, true
}

// isMonth reports whether a month name stands at token k, as isYear a year.
func (s *scanner) isMonth(k int) bool {
	_, _, ok := s.monthAt(k)
	return ok
}

// monthAt reads a month name or abbreviation (with its period) at token i.
// Month names must be capitalised: "may" and "march" in lower case are verbs.
func (s *scanner) monthAt(i int) (m, next int, ok bool) {
	t := s.tok(i)
	if t == nil || !t.upper || (t.kw != kwMonth && t.kw != kwMonthAbbr) {
		return 0, i, false
	}
	next = i + 1
	if t.kw == kwMonthAbbr && s.is(next, ".") && s.adjacent(next) {
		next++
	}
	return t.kv, next, true
}

// weekdayDate: "Tuesday, January 6, 2026", "Sun Feb 20, 2011".
func (s *scanner) weekdayDate(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || !t.upper || (t.kw != kwWeekday && t.kw != kwWeekdayAbbr) {
		return match{}, false
	}
	k := i + 1
	if t.kw == kwWeekdayAbbr && s.is(k, ".") {
		k++
	}
	if s.is(k, ",") {
		k++
	}
	for _, rule := range []func(*scanner, int) (match, bool){(*scanner).monthFirst, (*scanner).dayFirst, (*scanner).numeric} {
		if m, ok := rule(s, k); ok && m.sp.kind == specAbs && m.sp.d > 0 {
			m.i = i
			if m.sp.d2 == 0 {
				m.sp.dow = t.kv + 1
			}
			return m, true
		}
	}
	return match{}, false
}

// monthFirst: "January 6", "Jan. 6th, 2026", "January 2026", "December".
func (s *scanner) monthFirst(i int) (match, bool) {
	m, k, ok := s.monthAt(i)
	if !ok {
		return match{}, false
	}
	if d, d2, split, to, k2, ok := s.twoDays(k, s.is(i-1, "between"), false); ok && !s.isMonth(k2) {
		// "January 6-8", "Jan. 6–8, 2026", "April 24 and 25": one month, two
		// days; but "March 6 to 9 April" are days of two months
		sp := spec{kind: specAbs, m: m, d: d, d2: d2, split: split, toStart: to}
		j := k2
		if y, next, ok := s.optYear(j); ok {
			sp.y, j = y, next
		}
		return match{i, j, sp}, true
	}
	if d, k2, ok := s.dayAt(k); ok {
		sp := spec{kind: specAbs, m: m, d: d}
		j := k2
		if y, next, ok := s.optYear(j); ok {
			sp.y, j = y, next
		} else if n, next, ok := s.relYearAt(j); ok {
			sp.relYear, sp.n, j = true, n, next // "March 1 next year", "June 5 of last year"
		}
		return s.withClock(match{i, j, sp}), true
	}
	if d, k2, ok := s.spelledDay(i, k); ok {
		sp := spec{kind: specAbs, m: m, d: d}
		j := k2
		if y, next, ok := s.optYear(j); ok {
			sp.y, j = y, next
		}
		return match{i, j, sp}, true
	}
	c := k
	if s.is(c, ",") || s.is(c, "of") {
		c++
	}
	if y, next, ok := s.anyYearAt(c); ok && y >= 1600 {
		// "Jul 1200 BID" in a commodity table is a delivery month and a price
		return match{i, next, spec{kind: specAbs, y: y, m: m}}, true
	}
	// "January this year", "June last year": the month in a year named
	// relative to the anchor.
	if n, next, ok := s.relYearAt(k); ok {
		return match{i, next, spec{kind: specAbs, m: m, relYear: true, n: n}}, true
	}
	switch s.monthPair(i, k) {
	case pairShort:
		return match{i, k, spec{kind: specAbs, m: m}}, true
	case pairWide:
		return match{}, false
	}
	if s.monthAlone(i) {
		return match{i, k, spec{kind: specAbs, m: m}}, true
	}
	return match{}, false
}

// Kinds of month pairs joined by a slash or a hyphen.
const (
	pairNone  = iota
	pairShort // "for May/June shipment", "the May-September rains": a period
	pairWide  // "the 1986/87 season (October/September)": a marketing year's months, no date
)

// monthPair reads the month at tokens i to k as one of two joined by a
// slash or a hyphen, as trade copy writes a period: "the May-September
// rains". Both months are spelled out: "Apr/May 385.00" in a price table
// is a delivery position. Nine months or more round the turn of the year
// are a marketing year's.
func (s *scanner) monthPair(i, k int) int {
	a, b := -1, -1
	switch {
	case s.monthJoin(k) && s.adjacent(k) && s.adjacent(k+1) && s.isMonth(k+1):
		a, b = i, k+1
	case s.monthJoin(i-1) && s.adjacent(i-1) && s.adjacent(i) && s.isMonth(i-2):
		a, b = i-2, i
	default:
		return pairNone
	}
	ta, tb := s.tok(a), s.tok(b)
	if ta.kw != kwMonth || tb.kw != kwMonth {
		return pairNone
	}
	if tb.kv < ta.kv && (tb.kv-ta.kv+12)%12 >= 9 {
		return pairWide // "October/September" wraps round a marketing year; "January-November" is a period
	}
	return pairShort
}

// monthJoin reports whether token k joins two months: "May/June", "May-September".
func (s *scanner) monthJoin(k int) bool {
	t := s.tok(k)
	return t != nil && t.kind == tokPunct && (t.text == "/" || t.text == "-" || t.text == "–")
}

// monthAlone decides whether a bare month name is a date. Abbreviations
// never are; "May" and "March" need a preposition or modifier before them.
func (s *scanner) monthAlone(i int) bool {
	t := s.tok(i)
	if t.kw != kwMonth {
		return false
	}
	if t.kv != 3 && t.kv != 5 {
		return !s.firstName(i)
	}
	if n := s.tok(i + 1); n != nil && companyWords[n.lower] && n.upper {
		return false // "acquired by May Co.", "May Department Stores"
	}
	p := s.tok(i - 1)
	if t.kv == 3 && (p == nil || s.boundary(i-1)) && t.upper {
		switch s.toklower(i + 1) {
		case "was", "is", "has", "had", "saw", "brought", "will", "marks", "ended", "began":
			return true // "March was cold", "March is Women's History Month"
		}
	}
	if p == nil {
		return false
	}
	// "the 45th of May": a day the month cannot have, which dayFirst
	// refused; the month alone would be a bogus date.
	if p.lower == "of" {
		if q := s.tok(i - 2); q != nil && q.kw == kwOrdSuf {
			return false
		}
	}
	if p.text == "," && s.isMonth(i-2) && s.listGoesOn(i+1) || s.statsAfter(i+1) {
		return true // "during March, May, September and November", "March trade figures"; not "In April, May said"
	}
	if q := s.tok(i - 2); q != nil && (q.lower == "a" || q.lower == "an") && p.kind == tokWord && !p.upper && p.kw == kwNone && !prepositions[p.lower] {
		return true // "after a slow May", "a quiet March"
	}
	switch p.lower {
	case "in", "since", "until", "till", "by", "early", "mid", "late", "of", "from", "through",
		"during", "before", "after", "last", "next", "this", "end", "beginning", "between", "and", "to",
		"ended", "ending":
		return true
	case "the", "its", "their":
		// "its March load factor", "the March index"; not "the March on
		// Washington", nor "the May government"
		n := s.tok(i + 1)
		return t.kv == 3 && n != nil && n.kind == tokWord && !n.upper && !prepositions[n.lower] && !marchVerbs[n.lower]
	case "or":
		return s.isMonth(i - 2) // "April or May"
	case "as":
		// "as soon as May", "as early as March"
		return s.is(i-3, "as") && (s.is(i-2, "soon") || s.is(i-2, "early") || s.is(i-2, "late"))
	case "for":
		// "for March shows", "for May delivery", "for May and June", but
		// not "support for May among voters", "called for May to resign"
		if w := s.toklower(i - 2); (w == "slated" || w == "scheduled" || w == "planned" || w == "set" || w == "due" || w == "pencilled" || w == "penciled" || w == "targeted") &&
			!s.is(i+1, "'") && !s.is(i+1, "’") && !s.is(i+1, "to") {
			return true // "The IPO is slated for May."; not "set for May's Brexit deal", "set for May to face"
		}
		n := s.tok(i + 1)
		if t.kv == 3 {
			return n != nil && (n.space && n.kind == tokWord && !n.upper || n.kind == tokPunct) // "For March, the owner"
		}
		if n == nil || !n.space {
			return false
		}
		return n.kind == tokWord && !n.upper && !notForMay[n.lower] || n.lower == "to" && s.isMonth(i+2)
	}
	return p.text == "-" && (s.is(i-2, "mid") || s.is(i-2, "end"))
}

// firstName reports a month that is a woman's or man's first name: "Ms.
// April Ryan", "said June Clark", "analyst June Page said", "June Carter
// Cash". A surname follows it, and a title, a reporting verb or a name
// around it tells a person; "April Brent traded", "June T-bonds" are
// contracts, "In August Merkel" a date.
func (s *scanner) firstName(i int) bool {
	switch s.toks[i].kv {
	case 1, 4, 6, 8: // January, April, June, August
	default:
		return false
	}
	n := s.tok(i + 1)
	if n == nil || n.kind != tokWord || !n.upper || n.kw != kwNone || n.nl || !n.space || !nameCase(n.text) {
		return false
	}
	p, q := s.tok(i-1), s.tok(i+2)
	if p != nil && (p.text == "." && i >= 2 && abbrevs[s.toks[i-2].text] || p.kind == tokWord && personNouns[p.lower]) {
		return true // "Ms. April Ryan", "analyst June Page"
	}
	if p != nil && (p.lower == "m" && !p.space || p.lower == "am") {
		return true // "I'm June Simms", "I am April Ryan"
	}
	if q != nil && q.lower == "of" && (p == nil || s.boundary(i-1)) {
		if r := s.tok(i + 3); r != nil && r.kind == tokWord && r.upper && r.kw == kwNone {
			return true // "April Ryan of American Urban Radio asked"
		}
	}
	if p != nil && p.kind == tokWord && reportingVerbs[p.lower] {
		// "said April Jones's mother", "said June Clark, a spokeswoman";
		// not "said April Brent was quoted"
		return q != nil && (q.text == "'" || q.text == "’" || q.text == ",")
	}
	if p != nil && !s.boundary(i-1) && (p.kind != tokWord || monthBefore[p.lower] || determiners[p.lower]) {
		return false // "elect in April John Johnstone", "the June Economic Summit", "- April Illinois River"
	}
	if q != nil && q.kind == tokWord && q.upper && nameCase(q.text) && q.kw == kwNone && !q.nl {
		r := s.tok(i + 3) // "June Carter Cash sang", not a headline's "June Retail Sales Rise"
		return r == nil || r.kind != tokWord || !r.upper
	}
	return q != nil && (q.text == "'" || q.text == "’" || reportingVerbs[q.lower] || q.lower == "asked")
}

// nameCase reports a word written as a name: "Ryan", not "LME", "T-bonds", "U.S.".
func nameCase(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// personNouns name who a person is, before the name.
var personNouns = map[string]bool{"analyst": true, "economist": true, "spokeswoman": true, "spokesman": true,
	"actress": true, "actor": true, "singer": true, "author": true, "writer": true, "director": true, "lawyer": true,
	"reporter": true, "correspondent": true, "mother": true, "daughter": true, "wife": true, "sister": true,
	"mp": true, "senator": true, "judge": true, "playwright": true, "novelist": true, "poet": true, "star": true}

// monthBefore are the words after which a month is a month.
var monthBefore = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "early": true, "mid": true, "late": true,
	"of": true, "from": true, "through": true, "during": true, "before": true, "after": true, "last": true,
	"next": true, "this": true, "end": true, "beginning": true, "between": true, "and": true, "to": true,
	"ended": true, "ending": true, "for": true, "or": true, "on": true, "each": true, "every": true,
}

// dayFirst: "6 January 2026", "the 6th of January", "8 Jan 2026", "26-FEB-1987".
func (s *scanner) dayFirst(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if m, ok := s.dayFirstRange(i, k); ok {
		return m, true
	}
	d, k, ok := s.dayAt(k)
	if !ok {
		return match{}, false
	}
	if s.is(k, "-") && s.adjacent(k) {
		// Wire style 26-FEB-1987: the month may be in capitals.
		t := s.tok(k + 1)
		if t != nil && (t.kw == kwMonth || t.kw == kwMonthAbbr) && s.adjacent(k+1) && s.is(k+2, "-") {
			if y, ok := s.yearAt(k + 3); ok && s.adjacent(k+3) {
				return s.withClock(match{i, k + 4, spec{kind: specAbs, y: y, m: t.kv, d: d}}), true
			}
		}
		return match{}, false
	}
	if s.is(k, "of") {
		k++
	}
	m, k, ok := s.monthAt(k)
	if !ok {
		return match{}, false
	}
	sp := spec{kind: specAbs, m: m, d: d}
	j := k
	if y, next, ok := s.optYear(j); ok {
		sp.y, j = y, next
	}
	return s.withClock(match{i, j, sp}), true
}

// dayFirstRange: "6-8 January", "6 to 8 January 2026", "6th–8th January",
// "between 6 and 8 January": two days of one month, the month after both.
func (s *scanner) dayFirstRange(i, k int) (match, bool) {
	d, d2, split, to, next, ok := s.twoDays(k, s.is(i-1, "between"), true)
	if !ok {
		return match{}, false
	}
	if s.is(next, "of") {
		next++ // "the 6th to 8th of January"
	}
	m, j, ok := s.monthAt(next)
	if !ok {
		return match{}, false
	}
	sp := spec{kind: specAbs, m: m, d: d, d2: d2, split: split, toStart: to}
	if y, n, ok := s.optYear(j); ok {
		sp.y, j = y, n
	}
	return match{i, j, sp}, true
}

// numeric: 2026-01-08, 08.01.2026, 1/8/2026, 13/04/26.
func (s *scanner) numeric(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum {
		return match{}, false
	}
	if t.text == "9/11" {
		// "since 9/11", "post-9/11": the name news gives the 2001
		// attacks, a day like "the Sept. 11 attacks" (see knownEvents)
		return match{i, i + 1, spec{kind: specAbs, m: 9, d: 11, named: true, how: "9/11"}}, true
	}
	sp, ok := s.parseNumeric(t.text)
	if !ok {
		return match{}, false
	}
	return s.withClock(match{i, i + 1, sp}), true
}

// parseNumeric reads a numeric compound as a date, or refuses it: scores
// (3-10), thousands (2,000), decimals and times are not dates.
func (s *scanner) parseNumeric(text string) (spec, bool) {
	var parts [4]string
	var seps [3]byte
	n := 0
	start := 0
	for k := 0; k < len(text); k++ {
		if !isDigit(text[k]) {
			if n == 2 {
				return spec{}, false
			}
			parts[n], seps[n] = text[start:k], text[k]
			n++
			start = k + 1
		}
	}
	parts[n] = text[start:]
	n++
	if n != 3 || seps[0] != seps[1] {
		return spec{}, false
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	sep := seps[0]
	switch {
	case len(parts[0]) == 4 && (sep == '-' || sep == '/' || sep == '.') && len(parts[1]) == 2 && len(parts[2]) == 2:
		if a >= 1000 && a <= 2199 && valid(a, b, c) {
			return spec{kind: specAbs, y: a, m: b, d: c, how: "ISO year-month-day"}, true
		}
		return spec{}, false
	case sep == ',' || sep == ':':
		return spec{}, false
	case len(parts[0]) > 2 || len(parts[1]) > 2:
		return spec{}, false
	}
	y, ok := fullYear(parts[2], c)
	if !ok {
		return spec{}, false
	}
	if sep == '.' {
		if valid(y, b, a) {
			return spec{kind: specAbs, y: y, m: b, d: a, how: "dotted date read day-first"}, true
		}
		return spec{}, false
	}
	dayFirst := s.order == OrderDMY
	how := "numeric date read month-first"
	switch {
	case a > 12 && b <= 12:
		dayFirst, how = true, "numeric date read day-first (day above 12)"
	case b > 12 && a <= 12:
		dayFirst, how = false, "numeric date read month-first (day above 12)"
	case dayFirst:
		how = "numeric date read day-first"
	}
	sp := spec{kind: specAbs, y: y, m: a, d: b, how: how}
	if dayFirst {
		sp.m, sp.d = b, a
	}
	if !valid(sp.y, sp.m, sp.d) {
		return spec{}, false
	}
	if a <= 12 && b <= 12 && a != b && !s.decided {
		sp.ambiguous = true
		sp.how += "; day/month order undecided"
	}
	return sp, true
}

// fullYear reads a year of four digits, or two (pivot at 50: 98 is 1998).
func fullYear(p string, v int) (int, bool) {
	switch len(p) {
	case 4:
		return v, v >= 1000 && v <= 2199
	case 2:
		if v < 50 {
			return 2000 + v, true
		}
		return 1900 + v, true
	}
	return 0, false
}

// numericOrder settles the day/month order of slashed dates for this text.
func (s *scanner) numericOrder() (DateOrder, bool) {
	if s.r.Order == OrderDMY || s.r.Order == OrderMDY {
		return s.r.Order, true
	}
	dmy, mdy := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tokNum || strings.Count(t.text, "/")+strings.Count(t.text, "-") != 2 {
			continue
		}
		f := strings.FieldsFunc(t.text, func(r rune) bool { return r == '/' || r == '-' })
		if len(f) != 3 || len(f[0]) > 2 || len(f[1]) > 2 {
			continue
		}
		a, _ := strconv.Atoi(f[0])
		b, _ := strconv.Atoi(f[1])
		dmy = dmy || (a > 12 && a <= 31 && b <= 12)
		mdy = mdy || (b > 12 && b <= 31 && a <= 12)
	}
	switch {
	case dmy && !mdy:
		return OrderDMY, true
	case mdy && !dmy:
		return OrderMDY, true
	}
	return OrderMDY, false
}

// clockDate: "11:15 08.01.2026", a dateline's time before its date.
func (s *scanner) clockDate(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum || strings.Count(t.text, ":") != 1 || strings.ContainsAny(t.text, ".,/-") {
		return match{}, false
	}
	hh, mm, ok := s.clockOf(t.text)
	if !ok {
		return match{}, false
	}
	for _, rule := range []func(*scanner, int) (match, bool){(*scanner).numeric, (*scanner).monthFirst, (*scanner).dayFirst, (*scanner).weekdayDate} {
		if m, ok := rule(s, i+1); ok && m.sp.kind == specAbs && m.sp.d > 0 && !m.sp.clock {
			m.i = i
			m.sp.hh, m.sp.mm, m.sp.clock = hh, mm, true
			return m, true
		}
	}
	return match{}, false
}

// clockOf reads a clock time with the `when` rules.
func (s *scanner) clockOf(text string) (hh, mm int, ok bool) {
	p := s.r.hour
	if strings.Contains(text, ":") {
		p = s.r.clock
	}
	res, err := p.Parse(text, time.Time{})
	if err != nil || res == nil || res.Index != 0 || res.Text != text {
		return 0, 0, false
	}
	return res.Time.Hour(), res.Time.Minute(), true
}

// withClock extends a full date with a clock time right after it:
// "Feb 20, 2011 6:47 pm EST", "January 8, 2026 at 11:15", "..., at noon".
func (s *scanner) withClock(m match) match {
	if m.sp.y == 0 || m.sp.d == 0 {
		return m
	}
	k := m.j
	if s.is(k, ",") {
		k++
	}
	if s.is(k, "at") {
		k++
	}
	if t := s.tok(k); t == nil || t.nl {
		return m
	}
	hh, mm, end, _, ok := s.clockAt(k)
	if !ok {
		return m
	}
	m.j = end
	m.sp.hh, m.sp.mm, m.sp.clock = hh, mm, true
	return m
}

// isZone recognises time zone abbreviations such as EST, GMT, CET.
func isZone(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	switch {
	case w == "UTC" || w == "GMT" || len(w) == 2 && w[1] == 'T': // ET, PT, CT, MT
		return true
	case len(w) == 3 && w[2] == 'T': // EST, EDT, BST, CET, JST, HKT
		return true
	case len(w) == 4 && w[3] == 'T': // AEST, CEST, NZDT; not "LAST CHANGE" in a price table
		switch w[:2] {
		case "AE", "AC", "AW", "CE", "EE", "NZ", "AK", "HA":
			return true
		}
	}
	return false
}

// year: "in 2019", "since 1998", "2019's", "fiscal 1998".
func (s *scanner) year(i int) (match, bool) {
	start := i
	if s.is(i, "fiscal") || s.is(i, "calendar") {
		i++
		if s.is(i, "year") {
			i++ // "fiscal year 2012"
		}
	}
	y, ok := s.yearAt(i)
	if !ok {
		return match{}, false
	}
	if start < i {
		return match{start, i + 1, spec{kind: specAbs, y: y, how: s.toklower(start) + " year"}}, true
	}
	if s.is(i-1, "year") && s.is(i-2, "-") && s.is(i-3, "full") && s.adjacent(i-2) && s.adjacent(i-1) {
		return match{i - 3, i + 1, spec{kind: specAbs, y: y}}, true // "its full-year 2025 outlook"
	}
	if s.is(i-1, "the") && (s.is(i+1, "fiscal") || s.is(i+1, "financial")) && s.is(i+2, "year") && !s.is(i+3, "-") {
		// "the 2012 fiscal year": the year, with its noun
		return match{i - 1, i + 3, spec{kind: specAbs, y: y, how: "fiscal year"}}, true
	}
	if s.is(i-1, "the") && s.is(i+1, "season") && !s.is(i+2, "-") && !s.is(i+2, "'") && !s.is(i+2, "’") {
		return match{i - 1, i + 2, spec{kind: specAbs, y: y}}, true // "since the 2018 season"
	}
	if (s.is(i+1, "'") || s.is(i+1, "’")) && s.adjacent(i+1) && s.is(i+2, "s") {
		return match{i, i + 1, spec{kind: specAbs, y: y}}, true
	}
	p := s.tok(i - 1)
	if p == nil {
		return match{}, false
	}
	w := p.lower
	if p.kind == tokPunct || p.text == "mths" || p.text == "qtr" {
		w = p.text // "nine mths 1987": a results table, where "months 2000 people" is a count
	}
	if w == "." && (s.is(i-2, "vs") || s.is(i-2, "versus")) {
		w = "vs" // "1987 vs. 1986"
	}
	if k := i + 1; (s.is(k, "vs") || s.is(k, "versus")) && !yearPreps[w] {
		if s.is(k+1, ".") {
			k++
		}
		if q, ok := s.yearAt(k + 1); !ok || q-y > 3 || y-q > 3 {
			if t := s.tok(k + 1); t != nil && t.kind == tokNum && len(t.text) == 4 && isDigit(t.text[1]) && isDigit(t.text[2]) {
				return match{}, false // "a new high of 2188 versus 2179": index points
			}
		}
	}
	if (w == "least" || w == "most") && s.is(i-2, "at") && s.tok(i-3) != nil {
		w = s.toklower(i - 3) // "until at least 2029": the preposition tells
		if w == "at" || w == "by" && s.isNumberStart(i+1) {
			return match{}, false
		}
	}
	switch w {
	case "in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after",
		"early", "late", "mid", "year", "between", "and", "or", "to", "for", "around", "circa", "spring",
		"summer", "autumn", "fall", "winter", "into", "due", "both", "post", "pre", "throughout",
		"end", "ended", "mths", "qtr", ":", "matures", "mature", "maturing", "years",
		// determiners: "the 1996 campaign", "its 1990 invasion", "company's 1989 results"
		"the", "a", "an", "its", "his", "her", "their", "our", "that", "this", "s":
	case "-":
		if !s.is(i-2, "mid") && !s.is(i-2, "post") && !s.is(i-2, "pre") && !s.is(i-2, "end") {
			return match{}, false
		}
	case ",":
		// "in 1994, 1995 and 1997": a list of years goes on
		if !s.isYear(i - 2) {
			return match{}, false
		}
	case "vs", "versus":
		// "nine mths 1987 vs 1986", "qtr 1987 vs. 1986": years a year or two
		// apart; not an index "of 2188 versus 2179"
		k := i - 2
		if s.is(k, "vs") || s.is(k, "versus") {
			k-- // "1987 vs. 1986"
		}
		if q, ok := s.yearAt(k); !ok || (q-y > 3 || y-q > 3) && !yearPreps[s.toklower(k-1)] {
			return match{}, false // but "in 1986 versus 1980"
		}
	case "with", "than", "on", "over", "including":
		// "compared with 1985,", "greater than 1985", "on 1986 results",
		// "over 1986.", "including 2012 and 2009"; not "with 2000 troops",
		// "more than 1900 people", "over 2000 people", "including 1500 troops"
		if n := s.tok(i + 1); n != nil && n.kind == tokWord && !s.yearBeforeNoun(i, y) && !functionWords[n.lower] && n.lower != "or" && n.lower != "but" {
			return match{}, false // but "look back on 2003 as a warning"
		}
	case "(":
		// "during the year (1986)"; not a price table's "MAY 1922 (1934)"
		if q := s.tok(i - 2); !s.is(i+1, ")") || q == nil || q.kind != tokWord && !isCloseQuote(q.text) {
			return match{}, false // but a title's: "\"Uptown Slide\" (1958)"
		}
	default:
		if s.yearBeforeNoun(i, y) && (p.kind == tokWord || s.boundary(i-1)) {
			// "Stuart had 1986 sales of 582 mln dlrs", "reported 1986
			// net", "... in year. 1986 net includes"
			break
		}
		if n := s.tok(i + 1); n != nil && yearSubjectVerbs[n.lower] && p.kind == tokWord && y >= 1900 && !(s.is(i+2, "been") && s.passiveAt(i+1)) {
			break // "CRA said 1986 was a poor year", "said 2025 had been the third-warmest"
		}
		// "his unsuccessful 1996 campaign": a determiner, an adjective, the
		// year, and the noun it qualifies
		q := s.tok(i - 2)
		possessive := q != nil && q.lower == "s" && (s.is(i-3, "'") || s.is(i-3, "’")) // "the court's landmark 2022 decision"
		if q == nil || !determiners[q.lower] && !possessive || p.kind != tokWord || p.upper || p.kw != kwNone {
			return match{}, false
		}
		if n := s.tok(i + 1); n == nil || n.kind != tokWord || n.upper {
			return match{}, false
		}
		w = q.lower
		if possessive {
			w = "its"
		}
	}
	if w == "s" && !(s.is(i-2, "'") || s.is(i-2, "’")) {
		return match{}, false
	}
	if y < 1800 && !s.earlyYear(i, y, w) || s.clockHours(i) {
		return match{}, false
	}
	if w == "-" && s.adjacent(i-1) && s.adjacent(i) {
		// "the post-1959 politics": after that year; "end-1987 stocks"
		mod := map[string]string{"post": "AFTER", "pre": "BEFORE", "mid": "MID", "end": "END"}[s.toklower(i-2)]
		return match{i - 2, i + 1, spec{kind: specAbs, y: y, mod: mod}}, true
	}
	// "in 2000 troops": a count, not a year; after a determiner it is a
	// year ("the 1992 protests"), and after a word that only a year follows
	// the word is a verb ("the year 1985 includes", "qtr 1986 excludes"),
	// and so it is in a note on results ("NOTE: 1985 shares adjusted").
	listed := (w == "and" || w == "or") && s.lastTok == i-1 && s.last.Grain == GrainYear && y-s.last.Start.Year() <= 10 && s.last.Start.Year() < y // "the 2003 and 2004 seasons"
	if n := s.tok(i + 1); n != nil && n.kind == tokWord && !n.upper && n.kw == kwNone && pluralNoun(n.lower) && !determiners[w] && !s.yearBeforeNoun(i, y) && !yearOnlyBefore[w] && !(w == ":" && s.is(i-2, "note")) && !listed {
		return match{}, false
	}
	return match{i, i + 1, spec{kind: specAbs, y: y}}, true
}

// earlyYear accepts a year before 1800 where nothing else could be meant:
// after "in", "since" and the like, with a clause or sentence ending
// there ("convened in 1789.", "in 1066, the Normans"). Amounts run on:
// "in 1500 cases", "since 1200 GMT".
func (s *scanner) earlyYear(i, y int, w string) bool {
	if y >= 1000 && (w == "to" || w == "from" || w == "back") && (s.is(i-2, "dates") || s.is(i-2, "dating") || s.is(i-2, "dated") || s.is(i-2, "date")) {
		return true // "The painting dates to 1650"
	}
	if y >= 1000 && (w == "the" || w == "its") {
		// "the 1715 eruption": a year before a thing; "the 1500 troops" counts them
		n := s.tok(i + 1)
		return n != nil && earlyEventNouns[n.lower]
	}
	if y < 1000 || !yearPreps[w] && w != "from" || y%100 < 60 && w != "in" && w != "during" {
		return false // "from 0600 until 1400", "after 1300 when": a 24-hour clock
	}
	n := s.tok(i + 1)
	if n == nil {
		return true
	}
	switch n.text {
	case ".", ",", ";", ")", ":":
		q := s.tok(i + 2)
		return q == nil || q.kind != tokNum // not "in 1200, 1300 and 1400 tonnes"
	}
	return n.kind == tokWord && !n.upper && n.kw == kwNone && !pluralNoun(n.lower) && functionWords[n.lower]
}

// earlyEventNouns after "the" and an early year make it the year of a
// happening: "the 1715 eruption"; "the 1500 level" is an index's.
var earlyEventNouns = map[string]bool{"eruption": true, "earthquake": true, "quake": true, "revolution": true, "war": true,
	"rebellion": true, "uprising": true, "fire": true, "plague": true, "flood": true, "treaty": true, "battle": true,
	"expedition": true, "voyage": true, "edition": true, "census": true, "constitution": true, "famine": true,
	"storm": true, "hurricane": true, "tsunami": true, "siege": true, "invasion": true, "massacre": true, "epidemic": true}

// functionWords may follow a year to go on with the clause: "in 1789 when".
var functionWords = map[string]bool{"when": true, "and": true, "as": true, "by": true, "the": true, "to": true,
	"after": true, "before": true, "under": true, "with": true, "while": true, "but": true, "that": true}

// yearPreps before a number make it a year whatever follows: "in 1986
// versus 1980".
var yearPreps = map[string]bool{"in": true, "since": true, "during": true, "until": true, "before": true, "after": true}

// passiveAt reports a passive at token k, "were killed", "had been
// arrested": what comes before "had been arrested" is a count of people,
// not a year (but "1985 was restated" is a year).
func (s *scanner) passiveAt(k int) bool {
	if s.is(k+1, "been") {
		k++
	}
	n := s.tok(k + 1)
	return n != nil && n.kind == tokWord && (strings.HasSuffix(n.lower, "ed") || pastWords[n.lower])
}

// yearSubjectVerbs after a four-digit number make it a year, the subject
// of a clause: "said 1987 would be", "says 1986 saw record sales".
var yearSubjectVerbs = map[string]bool{"was": true, "is": true, "will": true, "had": true, "has": true,
	"would": true, "could": true, "saw": true}

// yearOnlyBefore are words after which a four-digit number is a year.
var yearOnlyBefore = map[string]bool{"year": true, "mths": true, "qtr": true}

// yearNouns are what a year qualifies in business copy, where no count
// of them would stand: "had 1986 sales", "expects 1987 earnings", "the
// 6-1/2 pct 1997 bond".
var yearNouns = map[string]bool{
	"net": true, "sales": true, "earnings": true, "results": true, "profit": true, "profits": true,
	"loss": true, "losses": true, "revenue": true, "revs": true, "volume": true, "levels": true, "level": true, "revenues": true, "income": true, "figures": true,
	"budget": true, "output": true, "production": true, "crop": true, "harvest": true, "season": true,
	"dividend": true, "bond": true, "bonds": true, "notes": true, "maturity": true, "financial": true,
	"operating": true, "period": true, "periods": true, "shr": true, "quota": true, "accounts": true,
}

// yearBeforeNoun reports whether the number y at token i qualifies the
// noun after it as a year: "1986 profits", "both 1985 periods"; but a
// round number before a plural is a count ("sold 2000 bonds").
func (s *scanner) yearBeforeNoun(i, y int) bool {
	n := s.tok(i + 1)
	if n == nil || !yearNouns[n.lower] || n.upper && strings.ToUpper(n.text) != n.text {
		return false // "1988 BUDGET" in a capitalised headline is still a budget
	}
	return !pluralNoun(n.lower) || y%50 != 0
}

// pluralNoun guesses from its ending that w is a plural noun ("troops"),
// not "was", "is", "unless" or "always".
func pluralNoun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	switch w {
	case "does", "goes", "ours", "yours", "hers", "theirs", "always", "perhaps", "towards", "afterwards", "besides", "sometimes", "whereas",
		// verbs of results notes: "1986 includes", "1987 net reflects"
		"includes", "excludes", "reflects", "represents", "compares", "contains", "shows", "remains", "exceeds", "equals", "totals",
		// verbs after a law's or deal's year: "the change pushed through in 2020 allows him"
		"allows", "requires", "gives", "says", "means", "makes", "takes", "sets", "marks", "calls", "bans", "lets", "puts",
		"needs", "seeks", "keeps", "permits", "provides", "states", "stipulates", "prohibits", "obliges", "forbids", "grants", "expires", "ends":
		return false
	}
	return true
}

// clockHours reports whether the four digits at token i are a 24-hour
// clock time: "at 1900 hours", "between 1900 and 2300 hours EST".
func (s *scanner) clockHours(i int) bool {
	if v, ok := digits(s.toks[i].text); !ok || v%100 >= 60 || v/100 >= 24 {
		return false // "in 1986 GMT cut prices": no clock reads 19:86
	}
	k := i + 1
	if (s.is(k, "and") || s.is(k, "to") || s.is(k, "-")) && s.tok(k+1) != nil && s.tok(k+1).kind == tokNum {
		k += 2
	}
	if s.is(k, "local") && (s.is(k+1, "time") || s.is(k+2, "time")) {
		return true // "from 1800 to 2100 local (Chicago) time", but not "the 2022 local elections"
	}
	if t := s.tok(k); t != nil && (t.lower == "hours" || t.lower == "hrs" || t.kind == tokWord && isZone(t.text) && t.upper && len(t.text) <= 4) {
		return true
	}
	return false
}

// decade: "the 1990s", "1990s", "the '90s".
func (s *scanner) decade(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if s.is(k, "'") || s.is(k, "’") {
		v, ok := s.plainNum(k+1, 2)
		if ok && len(s.tok(k+1).text) == 2 && v%10 == 0 && s.adjacent(k+1) && s.is(k+2, "s") && s.adjacent(k+2) {
			return match{i, k + 3, spec{kind: specDecade, y: 1900 + v}}, true
		}
		return match{}, false
	}
	y, ok := s.plainNum(k, 4)
	if !ok || len(s.tok(k).text) != 4 || y%10 != 0 || y < 1000 {
		return match{}, false
	}
	if s.is(k+1, "s") && s.adjacent(k+1) {
		return match{i, k + 2, spec{kind: specDecade, y: y}}, true
	}
	return match{}, false
}

// seasonYear: "summer 2025", "the winter of 2024".
func (s *scanner) seasonYear(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	t := s.tok(k)
	if t == nil || t.kw != kwSeason {
		return match{}, false
	}
	c := k + 1
	if s.is(c, "of") {
		c++
	}
	if y, next, ok := s.anyYearAt(c); ok {
		return match{i, next, spec{kind: specSeason, season: t.kv, y: y}}, true
	}
	return match{}, false
}

// digits parses a string of ASCII digits without allocating, unlike
// strconv.Atoi, whose error for "5.93" allocates on the hot path.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// determiners before a four-digit number make it a year: "the 1996 campaign".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true, "that": true, "this": true, "s": true}

// dayOrdinal: "on the 28th", "by the 2nd": a day of a month the text does
// not name, British copy's way; not "the 28th anniversary".
func (s *scanner) dayOrdinal(i int) (match, bool) {
	if !s.is(i, "the") || !dayOrdinalPreps[s.toklower(i-1)] {
		return match{}, false
	}
	t := s.tok(i + 1)
	if t == nil || t.kind != tokNum || !s.is(i+2, "st") && !s.is(i+2, "nd") && !s.is(i+2, "rd") && !s.is(i+2, "th") || !s.adjacent(i+2) {
		return match{}, false
	}
	d, ok := s.plainNum(i+1, 2)
	if !ok || d < 1 || d > 31 {
		return match{}, false
	}
	if n := s.tok(i + 3); n != nil && n.kind == tokWord && !dayOrdinalAfter[n.lower] {
		return match{}, false
	}
	return match{i, i + 3, spec{kind: specAbs, d: d, dayOnly: true}}, true
}

// dayOrdinalPreps put a bare ordinal on a day: "on the 28th".
var dayOrdinalPreps = map[string]bool{"on": true, "by": true, "until": true, "till": true, "before": true, "after": true, "since": true}

// dayOrdinalAfter may follow "the 28th" as a day: "on the 20th and leaves".
var dayOrdinalAfter = map[string]bool{"and": true, "or": true, "at": true, "when": true, "but": true, "to": true, "in": true}

// newYear: "in the new year", said near a year's turn: the coming year in
// November or December, the current one in January or February.
func (s *scanner) newYear(i int) (match, bool) {
	if !s.is(i, "new") || !s.is(i+1, "year") || !s.is(i-1, "the") || s.is(i+2, "'") || s.is(i+2, "’") || s.tok(i).upper && s.tok(i+1).upper {
		return match{}, false
	}
	switch s.toklower(i - 2) {
	case "in", "into", "after", "until", "early", "by":
	default:
		return match{}, false
	}
	m := s.anchorDay.Month()
	switch {
	case m >= 11:
		return match{i - 1, i + 2, spec{kind: specShift, unit: unitYear, n: 1}}, true
	case m <= 2:
		return match{i - 1, i + 2, spec{kind: specShift, unit: unitYear, n: 0}}, true
	}
	return match{}, false
}

// relYearAt reads a year named from the anchor at token k, with an
// optional "of": "last year", "of this year", "of next year".
func (s *scanner) relYearAt(k int) (n, next int, ok bool) {
	if s.is(k, "of") {
		k++
	}
	if t := s.tok(k); t != nil && t.kw == kwShift && s.is(k+1, "year") {
		return t.kv, k + 2, true
	}
	return 0, 0, false
}
