package chrono

import (
	"fmt"
	"strconv"
	"strings"
)

// numberAt reads a count at token i: digits (180), words (four, twenty-four,
// a, a couple of), or an unknown number (several, a few) as -1. It returns
// the index after it.
func (s *scanner) numberAt(i int) (n, next int, ok bool) {
	t := s.tok(i)
	if t == nil {
		return 0, i, false
	}
	switch {
	case t.kind == tokNum:
		if mult := map[string]float64{"million": 1e6, "billion": 1e9}[s.toklower(i+1)]; mult > 0 && s.countedUnit(i+2) {
			// "66 million years ago", "3.2 million years"
			if v, err := strconv.ParseFloat(t.text, 64); err == nil && v > 0 && v*mult < 1e15 {
				return int(v * mult), i + 2, true
			}
		}
		if !s.countedUnit(i + 1) {
		} else if v, ok := groupedCount(t.text); ok {
			return v, i + 1, true // "the past 10,000 years"
		}
		v, ok := s.plainNum(i, 4)
		if !ok || strings.ContainsAny(t.text, ".,/:-") {
			return 0, i, false
		}
		return v, i + 1, true
	case t.kw == kwTens || t.lower == "twenty":
		n, next = t.kv, i+1
		k := next
		if s.is(k, "-") && s.adjacent(k) {
			k++
		}
		if u := s.tok(k); u != nil && u.kw == kwNumber && u.kv < 10 && u.lower != "a" && u.lower != "an" {
			return n + u.kv, k + 1, true
		}
		return n, next, true
	case t.kw == kwFuzzyNum && t.kv == manyOf:
		// "thousands of years", "tens of thousands of years": a count
		// of unknown size, if "of" follows each word
		k := i
		for s.tok(k) != nil && s.tok(k).kw == kwFuzzyNum && s.tok(k).kv == manyOf && s.is(k+1, "of") {
			k += 2
		}
		if k == i {
			return 0, i, false
		}
		return -1, k, true
	case t.kw == kwFuzzyNum:
		return -1, i + 1, true
	case t.lower == "a" || t.lower == "an":
		switch {
		case s.is(i+1, "couple") && s.is(i+2, "of"):
			return 2, i + 3, true
		case s.is(i+1, "few"):
			return -1, i + 2, true
		case s.is(i+1, "hundred"):
			return 100, i + 2, true
		}
		return 1, i + 1, true
	case t.lower == "another":
		// "another year", "another two weeks"
		if v, next, ok := s.numberAt(i + 1); ok && v > 1 {
			return v, next, true
		}
		return 1, i + 1, true
	case t.lower == "couple" && s.is(i+1, "of"):
		return 2, i + 2, true // "the next couple of years"
	case t.kw == kwNumber:
		if s.is(i+1, "hundred") {
			return t.kv * 100, i + 2, true
		}
		if s.is(i+1, "thousand") && t.lower != "a" && t.lower != "an" {
			return t.kv * 1000, i + 2, true // "two thousand years ago"
		}
		return t.kv, i + 1, true
	}
	return 0, i, false
}

// modsBefore extends a span starting at token i leftwards over the
// modifiers of a count of time: comparatives always ("more than", "no more
// than"), approximations ("nearly") only when approx is set.
func (s *scanner) modsBefore(i int, approx bool) int {
	if p, q := s.tok(i-2), s.tok(i-1); p != nil && q != nil && compareMods[[2]string{p.lower, q.lower}] {
		if s.is(i-3, "no") && p.lower == "more" {
			return i - 3
		}
		return i - 2
	}
	if p := s.tok(i - 1); approx && p != nil && approxMods[p.lower] {
		return i - 1
	}
	return i
}

// durationCodes are the TIMEX3 duration designators of each unit: "PT" +
// n + "H" for hours, "P" + n + "D" for days.
var durationCodes = map[int][2]string{
	unitSecond: {"PT", "S"}, unitMinute: {"PT", "M"}, unitHour: {"PT", "H"},
	unitDay: {"P", "D"}, unitWeek: {"P", "W"}, unitWeekend: {"P", "WE"},
	unitMonth: {"P", "M"}, unitQuarter: {"P", "Q"}, unitYear: {"P", "Y"},
	unitDecade: {"P", "DE"}, unitCentury: {"P", "CE"},
}

// durationValue is the TIMEX3 duration for n units; n < 0 is unknown (X).
// Decades and centuries are counted in years when n is known: P20Y.
func durationValue(n, unit int) string {
	switch {
	case n >= 0 && unit == unitDecade:
		n, unit = 10*n, unitYear
	case n >= 0 && unit == unitCentury:
		n, unit = 100*n, unitYear
	case unit == unitQuarter:
		// ISO 8601 has no quarter designator: three months each (P9M)
		unit = unitMonth
		if n >= 0 {
			n *= 3
		}
	}
	code, ok := durationCodes[unit]
	if !ok {
		return ""
	}
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	return code[0] + num + code[1]
}

// halfDuration is the TIMEX3 value of n and a half units, in the next
// smaller unit where it divides evenly (P2Y6M, PT5H30M, P1DT12H) and as a
// decimal otherwise (P2.5W), which ISO 8601 allows in the last component.
func halfDuration(n, unit int) string {
	switch unit {
	case unitYear:
		return fmt.Sprintf("P%dY6M", n)
	case unitDecade:
		return fmt.Sprintf("P%dY", 10*n+5)
	case unitCentury:
		return fmt.Sprintf("P%dY", 100*n+50)
	case unitDay:
		return fmt.Sprintf("P%dDT12H", n)
	case unitHour:
		return fmt.Sprintf("PT%dH30M", n)
	case unitMinute:
		return fmt.Sprintf("PT%dM30S", n)
	}
	code := durationCodes[unit]
	return code[0] + strconv.Itoa(n) + ".5" + code[1]
}

// quantity: "three years", "nearly two decades ago", "a year earlier",
// "the past two months", "the first nine months", "five-year", "two-hour".
// bareAgo: "292,000 week ago and 316,000 a year ago": wire tables drop
// the article before a unit ago.
func (s *scanner) bareAgo(i int) (match, bool) {
	u := s.tok(i)
	if u != nil && u.kw == kwUnit && s.is(i-1, "in") && strings.HasSuffix(u.lower, "s") && u.kv != unitWeekend && s.afterNone(i+1) && s.superlativeBefore(i-1) {
		// "the first time in years", "the lowest level in months": an unknown length
		return match{i, i + 1, spec{kind: specDuration, val: durationValue(-1, u.kv)}}, true
	}
	if u != nil && u.kw == kwUnit && ofUnitsAfter[s.toklower(i-1)] && strings.HasSuffix(u.lower, "s") && u.kv != unitWeekend && s.is(i+1, "of") && !s.is(i+2, "age") {
		// "after years of delays", "follows months of talks": how long it went on
		return match{i, i + 1, spec{kind: specDuration, val: durationValue(-1, u.kv)}}, true
	}
	if p := s.toklower(i - 2); u != nil && u.kw == kwUnit && takeVerbs[s.toklower(i-1)] && strings.HasSuffix(u.lower, "s") && u.kv != unitWeekend && u.kv != unitQuarter && !s.is(i+1, "-") &&
		!(s.is(i-1, "last") && (determiners[p] || prepositions[p] || p == "s")) { // not "the last days of summer"
		// "could take months to fall", "repairs may last weeks": how long,
		// no count given; "take days, not weeks": each
		return match{i, s.orUnits(i + 1), spec{kind: specDuration, val: durationValue(-1, u.kv)}}, true
	}
	if u != nil && u.kw == kwUnit && s.is(i-1, "not") && s.is(i-2, ",") && strings.HasSuffix(u.lower, "s") && u.kv != unitWeekend && s.tok(i-3) != nil && s.tok(i-3).kw == kwUnit {
		return match{i, i + 1, spec{kind: specDuration, val: durationValue(-1, u.kv)}}, true // "days, not weeks"
	}
	if u == nil || u.kw != kwUnit || strings.HasSuffix(u.lower, "s") || u.kv < unitDay || u.kv > unitYear || u.kv == unitWeekend || !s.is(i+1, "ago") {
		return match{}, false
	}
	if p := s.tok(i - 1); p == nil || p.kind != tokNum && p.lower != "vs" && p.lower != "versus" && p.lower != "against" {
		return match{}, false
	}
	return match{i, i + 2, spec{kind: specAgo, n: 1, unit: u.kv, dir: -1}}, true
}

func (s *scanner) quantity(i int) (match, bool) {
	if (s.is(i, "a") || s.is(i, "an")) && s.is(i+2, "date") {
		// "at a later date": some time ahead; "at an earlier date": before
		switch s.toklower(i + 1) {
		case "later", "future":
			return match{i, i + 3, spec{kind: specRef, val: "FUTURE_REF"}}, true
		case "earlier":
			return match{i, i + 3, spec{kind: specRef, val: "PAST_REF"}}, true
		}
	}
	start := i
	k := i
	lead := false // "the past", "the next", "the first": a stretch of time
	if s.is(k, "the") {
		k++
	}
	if t := s.tok(k); t != nil && (t.lower == "past" || t.lower == "last" && !s.verbLast(k) || t.lower == "next" || t.lower == "first" ||
		t.lower == "coming" || t.lower == "previous" || t.lower == "following" || t.lower == "final" || t.lower == "latest") {
		if s.is(k+1, "-") && s.adjacent(k+1) {
			return match{}, false // "last-minute", "first-half": adjectives
		}
		k++
		lead = true
	} else if k > i && !s.isNumberStart(k) {
		return match{}, false
	}
	if lead && (s.is(k, "a") || s.is(k, "an")) {
		return match{}, false // "beaten him in the final a year ago": the noun, then "a year ago"
	}
	if !lead && k == i {
		start = s.modsBefore(i, false)
		if p := s.tok(i - 1); start == i && p != nil && p.lower == "nearly" {
			// annotators keep "nearly" with a duration more often than other
			// approximations: TimeBank and AQUAINT leave "about" out 9 times
			// of 11, as one held-out reader did and two did not
			start = i - 1
		}
	}
	if m, ok := s.decimalDuration(start, k); ok {
		return m, true
	}
	n, k2, ok := s.numberAt(k)
	if ok && s.clockHoursAt(k) {
		return match{}, false // "between 1900 and 2300 hours": clock times
	}
	joined := false
	if ok && n == 1 && s.is(k, "one") && s.is(k+1, "day") && !lead && s.someDay(k) {
		// "Islam will one day be": some day ahead; but "could face one
		// day of unpaid leave a week" is a day's length
		return match{k, k + 2, spec{kind: specRef, val: "FUTURE_REF"}}, true
	}
	if ok && n > 0 {
		// "two to three weeks", "12 to 18 months", "between two and six
		// days": one stretch, valued at its lower end (TIMEX3 has no ranges).
		join := s.toklower(k2)
		between := join == "and" && s.is(k-1, "between") && !lead
		if join == "or" || join == "to" || join == "-" && s.adjacent(k2) || between {
			if m, k3, ok2 := s.numberAt(k2 + 1); ok2 && m > n && s.unitAt(k3) && !s.clockHoursAt(k2+1) {
				if between {
					start = k - 1
				}
				k2, joined = k3, true
			}
		}
	}
	if !ok {
		if !lead {
			return match{}, false
		}
		if s.is(k-1, "latest") {
			return match{}, false // "the latest quarter" is the quarter itself, not a stretch
		}
		if s.is(k, "minute") && s.is(k-1, "last") && (s.is(k-2, "at") || s.is(k-2, "the") && s.is(k-3, "at") || s.is(k-2, "a")) {
			return match{}, false // "called off at the last minute", "a last minute decision": an idiom, no minute
		}
		// "the last decade", "the last year": with no count, the calendar
		// unit before the anchor (a DATE); "the past year" is one below.
		if u := s.tok(k); u != nil && u.kv == unitDay && u.kw == kwUnit && (s.is(k+1, "of") || s.is(k+1, "to") || s.is(k+1, "before") ||
			(s.is(k-1, "first") || s.is(k-1, "final")) && u.lower == "day") {
			// "the last day of the quarter", "the first day of the trial": a
			// day of something; "on his first day in office", "on the final
			// day": a day an event names, no length
			return match{}, false
		}
		if u := s.tok(k); u != nil && u.lower == "quarter" && (s.is(k+1, "-") && s.adjacent(k+1) && s.is(k+2, "century") || s.is(k+1, "century")) {
			// "the past quarter-century": 25 years
			end := k + 2 + boolInt(s.is(k+1, "-"))
			return match{i, end, spec{kind: specDuration, n: 25, unit: unitYear, val: "P25Y"}}, true
		}
		if w := s.tok(k - 1).lower; (w == "past" || w == "last") && s.is(i, "the") {
			// but "over the past decade", "the past year", "in the past
			// week": the length up to now, as held-out readers annotate them
			// (TimeBank's two "the past year" are DATEs), while "the last
			// decade" is the one before
			if u := s.tok(k); u != nil && u.kw == kwUnit && !strings.HasSuffix(u.lower, "s") && u.kv != unitWeekend && u.kv >= unitDay && u.kv <= unitCentury && u.lower != "fortnight" &&
				!(w == "past" && (u.kv == unitDecade || u.kv == unitCentury || u.kv == unitYear || u.kv == unitMonth || u.kv == unitWeek)) {
				return match{i, k + 1, spec{kind: specShift, unit: u.kv, n: -1}}, true
			}
		}
		n, k2 = 1, k // "the next decade", "the first year": one unit
	}
	half := false // "2 1/2 years", "two and a half hours", "a year and a half"
	if t := s.tok(k2); n > 0 && t != nil && t.kind == tokNum && t.text == "1/2" {
		half, k2 = true, k2+1
	} else if n > 0 && s.is(k2, "and") && s.is(k2+1, "a") && s.is(k2+2, "half") {
		half, k2 = true, k2+3
	} else if n == 1 && s.is(k, "a") && s.is(k2, "half") {
		// "a half hour", "a half century": half the unit, in a smaller one
		if u := s.tok(k2 + 1); u != nil && u.kw == kwUnit && !strings.HasSuffix(u.lower, "s") && !s.is(k2+2, "-") {
			if h, hu, ok := halfOf(u.kv); ok {
				return match{start, k2 + 2, spec{kind: specDuration, n: h, unit: hu, val: durationValue(h, hu), mod: s.countMod(start, k)}}, true
			}
		}
	}
	switch { // "two more weeks", "eight trading days", "an additional year", "a full year"
	case s.is(k2, "more"), s.is(k2, "additional"), s.is(k2, "extra"), s.is(k2, "further"),
		s.is(k2, "trading"), s.is(k2, "business"), s.is(k2, "working"), s.is(k2, "calendar"),
		ok && n > 1 && n < 1000 && (s.is(k2, "fiscal") || s.is(k2, "financial") || s.is(k2, "consecutive") || s.is(k2, "straight") || s.is(k2, "successive") || s.is(k2, "full")),
		n == 1 && k2 == k+1 && (s.is(k, "a") || s.is(k, "an")) && (s.is(k2, "single") || s.is(k2, "full") || s.is(k2, "whole") || s.is(k2, "entire")) &&
			!s.nounAfter(k2+2) && !s.is(k2+2, "'") && !s.is(k2+2, "’"):
		// "three consecutive quarters", "the past two fiscal years"; not "1987 full year sales",
		// "a full year loss", "a full year's treatment"
		if u := s.tok(k2 + 1); u != nil && u.kw == kwUnit {
			k2++
		}
	}
	u := s.tok(k2)
	adjective := false
	if u != nil && s.is(k2, "-") && s.adjacent(k2) && s.adjacent(k2+1) {
		// five-year, 16-hour, 8-month-old
		u = s.tok(k2 + 1)
		if u == nil || u.kw != kwUnit || strings.HasSuffix(u.lower, "s") {
			return match{}, false
		}
		k2++
		adjective = true
	}
	if season, ok := pluralSeasons[s.toklower(k2)]; ok && lead && n > 1 {
		// "the past three summers": those summers, a set of seasons
		return match{start, k2 + 1, spec{kind: specSet, val: "XXXX-" + seasonCodes[season]}}, true
	}
	if u == nil || u.kw != kwUnit || u.kv == unitWeekend || s.changeOver(k2+1) {
		return match{}, false
	}
	if !ok && u.kv == unitQuarter && (s.is(k-1, "first") || s.is(k-1, "final")) {
		return match{}, false // "first quarter net": the quarter, not three months
	}
	if u.kv == unitQuarter && ok && n == 1 && u.lower == "quarter" {
		// "a quarter century", "a quarter-century", "a quarter of a century": 25 years
		if s.is(k2+1, "-") && s.adjacent(k2+1) && s.is(k2+2, "century") {
			return match{start, k2 + 3, spec{kind: specDuration, n: 25, unit: unitYear, val: "P25Y", mod: s.countMod(start, k)}}, true
		}
		if s.is(k2+1, "century") {
			return match{start, k2 + 2, spec{kind: specDuration, n: 25, unit: unitYear, val: "P25Y", mod: s.countMod(start, k)}}, true
		}
		if s.is(k2+1, "of") && s.is(k2+2, "a") && s.is(k2+3, "century") {
			return match{start, k2 + 4, spec{kind: specDuration, n: 25, unit: unitYear, val: "P25Y", mod: s.countMod(start, k)}}, true
		}
	}
	if u.kv == unitQuarter && (s.is(k2+1, "of") && !(u.lower == "quarters" && periodOfNouns[s.toklower(k2+2)]) || ok && (fractionNext[s.toklower(k2+1)] || s.fractionPair(k2+1)) ||
		s.is(k2+1, "-") && s.adjacent(k2+1) && fractionNext[s.toklower(k2+2)]) { // and "a quarter-point cut"
		return match{}, false // "a quarter of the shares", "a quarter point", "one quarter or 17.8 mln": a fraction
	}
	plural := strings.HasSuffix(u.lower, "s") || u.lower == "centuries"
	if !ok && plural {
		n = -1 // "the coming weeks", "the past years": an unknown count (PXW)
	}
	if n == 1 && plural && !lead || n > 1 && !plural && !adjective && !s.singularOK(k2+1) {
		return match{}, false // "a days", "two year": not a quantity
	}
	if n == 1 && !lead && u.lower == "week" && s.is(k2+1, "on") {
		// "face United a week on Sunday": British for the Sunday after next
		if w := s.tok(k2 + 2); w != nil && w.kw == kwWeekday && w.upper {
			return match{start, k2 + 3, spec{kind: specWeekday, wd: w.kv, dir: 3, weekOn: true}}, true
		}
	}
	if n > 0 && strings.HasPrefix(u.lower, "fortnight") {
		if lead && !ok {
			// "the past fortnight": two weeks, for no calendar unit is one
			return match{start, k2 + 1, spec{kind: specDuration, n: 2, unit: unitWeek, val: "P2W"}}, true
		}
		n *= 2 // "a fortnight", "three fortnights ago": counted in weeks
	}
	if n < 0 && !plural && !adjective {
		return match{}, false // "several-year" is an adjective; "several year" nothing
	}
	if n < 0 && !lead && s.is(k2+1, "ago") {
		// "several years ago", "a few weeks ago": some time in the past.
		return match{start, k2 + 2, spec{kind: specRef, val: "PAST_REF"}}, true
	}
	if k > i && k2 == k && !lead {
		return match{}, false
	}
	j := k2 + 1
	if n == 1 && !half && !plural && !adjective && s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half") {
		half, j = true, j+3
	}
	if s.is(j, "-") && s.adjacent(j) && s.is(j+1, "old") || s.is(j, "old") {
		return match{}, false // "a 6-year-old", "52 years old": an age, not a time
	}
	if (u.kv == unitYear || u.kv == unitMonth || u.kv == unitWeek) && ((s.is(j, "and") || s.is(j, "or")) && (s.is(j+1, "older") || s.is(j+1, "up") || s.is(j+1, "over") || s.is(j+1, "younger")) ||
		s.is(j, "of") && s.is(j+1, "age") || (s.is(start-1, "than") && (s.is(start-2, "younger") || s.is(start-2, "older")))) {
		return match{}, false // "people 65 years and older", "12 months of age", "younger than 6 months": ages
	}
	if s.agedBefore(start) {
		return match{}, false // "children aged 5 months to 3 years"
	}
	if n == 1 && s.is(j, "-") && s.adjacent(j) && s.is(j+1, "long") {
		return match{}, false // "a day-long meeting": the unit starts the adjective
	}
	if s.is(j, "-") && s.adjacent(j) && (s.is(j+1, "earlier") || s.is(j+1, "ago") || s.is(j+1, "end")) {
		return match{}, false // "a year-earlier figure": the unit begins another expression
	}
	if adjective && k > i && !lead {
		start = k // "the 14-day": the article is not part of the expression
	}
	if h, hu, ok := halfOf(u.kv); ok && k == i && n == 1 && !plural && !adjective && !half && s.is(i-1, "half") {
		// "half a century", "half an hour later": half the unit, in a
		// smaller one
		start, n, u = s.modsBefore(i-1, true), h, &token{kw: kwUnit, kv: hu}
		k = i - 1
	}
	sp := spec{kind: specDuration, n: n, unit: u.kv, val: durationValue(n, u.kv), mod: s.countMod(start, k)}
	if joined {
		sp.mod = "EQUAL_OR_MORE" // the lower end of a stated range
	}
	if half {
		sp.val = halfDuration(n, u.kv)
	}
	if v, j2, ok := s.compound(n, u.kv, j); ok && !half && !joined && !adjective && n > 0 {
		sp.val, j = v, j2 // "two hours and 27 minutes", "1 hour 12 minutes": PT2H27M
		return match{start, j, sp}, true
	}
	if half && (s.is(j, "ago") || s.is(j, "earlier") || s.is(j, "later")) {
		if u.kv != unitYear {
			// only years split evenly into the calendar units we shift by:
			// "a minute and a half later" is kept as the length it states
			return match{start, j, sp}, true
		}
		n, u = 12*n+6, &token{kw: kwUnit, kv: unitMonth}
	}
	if !lead && !adjective && n >= 0 {
		if s.is(j, "or") && s.is(j+1, "so") && (s.is(j+2, "ago") || s.is(j+2, "earlier") || s.is(j+2, "later")) {
			j += 2 // "a week or so ago"
		}
		if k == i && (s.is(j, "ago") || s.is(j, "earlier") || s.is(j, "later")) {
			start = s.modsBefore(i, true)
		}
		switch {
		case (s.is(j, "earlier") || s.is(j, "later")) && (s.is(j+1, "than") || s.is(j+1, "this") && s.is(j+2, "year") && s.is(j+3, "than")):
			// "a month earlier than usual", "two hours later than scheduled",
			// "Easter being three weeks later this year than last": a length
			// of time, compared; no date
		case s.is(j, "ago") && n >= 1000 && u.kv >= unitYear:
			// "some 40,000 years ago": before any calendar we write
			return match{start, j + 1, spec{kind: specRef, val: "PAST_REF"}}, true
		case s.is(j, "ago") && s.is(j+1, "today") && (u.kv == unitYear || u.kv == unitMonth || u.kv == unitWeek):
			// "a year ago today": that day a year back
			return match{start, j + 2, spec{kind: specAgo, n: n, unit: u.kv, dir: -1, onDay: true, mod: s.countMod(start, k)}}, true
		case s.is(j, "ago") && (s.is(j+1, "tonight") || s.is(j+1, "this") && s.tok(j+2) != nil && s.tok(j+2).kw == kwPartDay) && (u.kv == unitYear || u.kv == unitMonth || u.kv == unitWeek):
			// "Thirty-five years ago tonight": that night, years back
			tod, end := "NI", j+2
			if s.is(j+1, "this") {
				tod, end = partOfDay[s.tok(j+2).kv], j+3
			}
			return match{start, end, spec{kind: specAgo, n: n, unit: u.kv, dir: -1, onDay: true, tod: tod, mod: s.countMod(start, k)}}, true
		case s.is(j, "ago"):
			return match{start, j + 1, spec{kind: specAgo, n: n, unit: u.kv, dir: -1, mod: s.countMod(start, k)}}, true
		case s.is(j, "earlier") || s.is(j, "before") && s.boundaryAt(j+1):
			return match{start, j + 1, spec{kind: specAgo, n: n, unit: u.kv, dir: -1, earlier: true}}, true
		case s.is(j, "later") || s.is(j, "from") && s.is(j+1, "now") || s.is(j, "on") && s.punctAt(j+1):
			end := j + 1
			if s.is(j, "from") {
				end++
			}
			return match{start, end, spec{kind: specAgo, n: n, unit: u.kv, dir: 1, earlier: true}}, true
		}
	}
	if n == 1 && !lead && s.perAmount(k) {
		if !s.perTimes(k) {
			// "$5 million a year", "700 seats a week": a rate of an amount,
			// which dates nothing and TimeML leaves untagged.
			return match{}, false
		}
		// "twice a week", "three times a year": the count of times is the
		// set's frequency, inside its extent (TimeML: freq="2X")
		from := k - 1
		if s.is(from, "times") || s.is(from, "nights") || s.is(from, "evenings") || s.is(from, "mornings") {
			if _, _, ok := s.numberAt(from - 1); ok || s.tok(from-1) != nil && s.tok(from-1).kind == tokNum {
				from--
			}
		}
		return match{from, k2 + 1, spec{kind: specSet, val: durationValue(1, u.kv)}}, true
	}
	if u.kv == unitDay && !lead && (s.is(j, "a") || s.is(j, "per")) && (s.is(j+1, "week") || s.is(j+1, "month")) {
		// "opens five days a week": days counted in each week, a set
		return match{start, j + 2, spec{kind: specSet, val: durationValue(1, s.tok(j+1).kv)}}, true
	}
	return match{start, j, sp}, true
}

// groupedCount reads a number grouped by commas in thousands: "10,000".
func groupedCount(t string) (int, bool) {
	head, rest, ok := strings.Cut(t, ",")
	if !ok || len(head) < 1 || len(head) > 3 {
		return 0, false
	}
	n, ok := digits(head)
	for ok && rest != "" && len(rest) >= 3 && (len(rest) == 3 || rest[3] == ',') {
		var v int
		v, ok = digits(rest[:3])
		n, rest = n*1000+v, strings.TrimPrefix(rest[3:], ",")
	}
	return n, ok && rest == "" && n < 10000000
}

// decimalDuration: "2.5 years", "9.58 seconds", "the past 1.5 hours": ISO
// 8601 allows a decimal in the last component.
func (s *scanner) decimalDuration(start, k int) (match, bool) {
	t, u := s.tok(k), s.tok(k+1)
	if t == nil || u == nil || t.kind != tokNum || !s.countedUnit(k+1) || s.is(k+2, "old") ||
		s.is(k+2, "ago") || s.is(k+2, "earlier") || s.is(k+2, "later") {
		return match{}, false // "3.5 years ago" is no date we could write
	}
	dot := strings.IndexByte(t.text, '.')
	if dot < 1 || dot == len(t.text)-1 || strings.Count(t.text, ".") > 1 || strings.ContainsAny(t.text, ",:/-") {
		return match{}, false
	}
	if _, ok := digits(t.text[:dot]); !ok {
		return match{}, false
	}
	if _, ok := digits(t.text[dot+1:]); !ok {
		return match{}, false
	}
	code, ok := durationCodes[u.kv]
	if !ok || u.kv == unitQuarter || u.kv == unitDecade || u.kv == unitCentury || u.kv == unitWeekend {
		return match{}, false
	}
	return match{start, k + 2, spec{kind: specDuration, val: code[0] + t.text + code[1], mod: s.countMod(start, k)}}, true
}

// compound reads the smaller unit of a length in two units after token j:
// "[two hours] and 27 minutes", "[1 year] 6 months". Only the pairs ISO 8601
// writes in one value.
func (s *scanner) compound(n, unit, j int) (string, int, bool) {
	k := j
	if s.is(k, "and") {
		k++
	}
	m, k2, ok := s.numberAt(k)
	if !ok || m <= 0 {
		return "", j, false
	}
	u := s.tok(k2)
	if u == nil || u.kw != kwUnit || s.is(k2+1, "ago") || s.is(k2+1, "earlier") || s.is(k2+1, "later") {
		return "", j, false // "two years and 10 months ago" is left as it was
	}
	switch [2]int{unit, u.kv} {
	case [2]int{unitHour, unitMinute}:
		return fmt.Sprintf("PT%dH%dM", n, m), k2 + 1, true
	case [2]int{unitMinute, unitSecond}:
		return fmt.Sprintf("PT%dM%dS", n, m), k2 + 1, true
	case [2]int{unitYear, unitMonth}:
		return fmt.Sprintf("P%dY%dM", n, m), k2 + 1, true
	case [2]int{unitDay, unitHour}:
		return fmt.Sprintf("P%dDT%dH", n, m), k2 + 1, true
	}
	return "", j, false
}

// halfOf is half of a unit in a smaller one: half a year is six months.
func halfOf(unit int) (n, smaller int, ok bool) {
	switch unit {
	case unitYear:
		return 6, unitMonth, true
	case unitDecade:
		return 5, unitYear, true
	case unitCentury:
		return 50, unitYear, true
	case unitDay:
		return 12, unitHour, true
	case unitHour:
		return 30, unitMinute, true
	case unitMinute:
		return 30, unitSecond, true
	}
	return 0, 0, false
}

// isNumberStart reports whether token k starts a count.
func (s *scanner) isNumberStart(k int) bool {
	_, _, ok := s.numberAt(k)
	return ok
}

// singularOK allows "five year low": a number and a singular unit used as
// an adjective before a noun.
func (s *scanner) singularOK(k int) bool {
	t := s.tok(k)
	return t != nil && t.kind == tokWord && !t.upper && t.kw == kwNone
}

// boundaryAt reports whether token k ends a clause (or the text).
func (s *scanner) boundaryAt(k int) bool {
	t := s.tok(k)
	return t == nil || t.kind == tokPunct && strings.ContainsAny(t.text, ".,;:!?")
}

// periodOfNouns after "quarters of" make them a stretch of time, not a
// fraction: "two quarters of contraction", "several quarters of losses".
var periodOfNouns = map[string]bool{"losses": true, "loss": true, "growth": true, "contraction": true, "decline": true, "declines": true,
	"gains": true, "profit": true, "profits": true, "profitability": true, "expansion": true, "increases": true, "rises": true, "falls": true,
	"deficits": true, "earnings": true, "improvement": true, "weakness": true, "recession": true, "deflation": true, "negative": true,
	"positive": true, "sequential": true, "red": true, "shrinkage": true, "slowdown": true, "decreases": true, "declining": true, "rising": true, "falling": true}

// fractionNext are words after "a quarter" or "one quarter" that make it a
// fraction of something else: "a quarter point", "one quarter share".
var fractionNext = map[string]bool{"point": true, "points": true, "percentage": true, "pct": true, "percent": true,
	"share": true, "stake": true, "mile": true, "cent": true}

// fractionPair reports whether token k joins a quarter to an amount or
// another fraction: "one quarter or 17.8 mln dlrs", "one-quarter to
// one-third"; not "delayed by a quarter to allow testing".
func (s *scanner) fractionPair(k int) bool {
	if s.is(k, "at") && s.is(k+1, "a") && s.is(k+2, "time") {
		return true // "renovated in quadrants, one quarter at a time"
	}
	if !s.is(k, "or") && !s.is(k, "to") {
		return false
	}
	if t := s.tok(k + 1); t != nil && t.kind == tokNum {
		return true
	}
	j := k + 1
	if s.is(j, "one") || s.is(j, "two") || s.is(j, "a") {
		j++
	}
	if s.is(j, "-") {
		j++
	}
	switch s.toklower(j) {
	case "third", "thirds", "half", "fifth", "fifths":
		return true
	}
	return false
}

// ref: "now", "recently", "the future", "the past", "recent years".
func (s *scanner) ref(i int) (match, bool) {
	k := i
	if s.is(k, "these") && s.is(k+1, "days") {
		return match{i, k + 2, spec{kind: specRef, val: "PRESENT_REF"}}, true
	}
	if s.is(k, "the") {
		k++
		// "the near future", "the short term", "the long run"
		if (s.is(k, "near") || s.is(k, "immediate") || s.is(k, "distant")) && s.is(k+1, "future") ||
			(s.is(k, "short") || s.is(k, "near") || s.is(k, "long") || s.is(k, "medium")) && s.is(k+1, "term") {
			return match{i, k + 2, spec{kind: specRef, val: "FUTURE_REF"}}, true
		}
		if s.is(k, "past") && !s.unitAt(k+1) && !s.isNumberStart(k+1) && !s.is(k+1, "few") && !s.is(k+1, "several") {
			// but "four of the past five sessions" counts sessions
			return match{i, k + 1, spec{kind: specRef, val: "PAST_REF"}}, true
		}
		if s.is(k, "present") {
			return match{i, k + 1, spec{kind: specRef, val: "PRESENT_REF"}}, true
		}
	}
	t := s.tok(k)
	if t == nil {
		return match{}, false
	}
	if t.kw == kwRef {
		if k > i && t.lower != "future" {
			return match{}, false
		}
		v := refWords[t.kv].value
		switch t.lower {
		case "recent":
			// "recent years", "recent months"
			if u := s.tok(k + 1); u != nil && u.kw == kwUnit && strings.HasSuffix(u.lower, "s") {
				// "recent years" is the recent past; "recent months", "recent
				// weeks" an unknown stretch up to now (PXM), as news annotation has them.
				if u.kv >= unitYear {
					return match{i, k + 2, spec{kind: specRef, val: v}}, true
				}
				return match{i, k + 2, spec{kind: specDuration, val: durationValue(-1, u.kv)}}, true
			}
			return match{}, false // "recent" alone qualifies a noun
		case "future":
			if k == i {
				return match{}, false // "future" alone is mostly an adjective; "the future" is a time
			}
		case "now":
			// "from now" belongs to "two weeks from now"; "until now", "for
			// now", "now that" are the present, as news annotation has them.
			if s.is(k-1, "from") {
				return match{}, false
			}
		}
		if p := s.tok(i - 1); p != nil && (p.lower == "more" || p.lower == "most") && t.lower == "recently" {
			i-- // "more recently" is one expression
			if p.lower == "most" && s.dateSoonAfter(k+1) {
				return match{}, false // "most recently in Madrid in May 2025": the date after it says when
			}
		}
		return match{i, k + 1, spec{kind: specRef, val: v}}, true
	}
	// "months ago", "years earlier": some time in the past.
	if t.kw == kwUnit && k == i && strings.HasSuffix(t.lower, "s") && s.is(k+1, "ago") {
		return match{i, k + 2, spec{kind: specRef, val: "PAST_REF"}}, true
	}
	// "for weeks", "within years": an unknown length of time.
	if (t.lower == "for" || t.lower == "within") && k == i {
		if u := s.tok(k + 1); u != nil && u.kw == kwUnit && strings.HasSuffix(u.lower, "s") {
			return match{k + 1, s.orUnits(k + 2), spec{kind: specDuration, val: durationValue(-1, u.kv)}}, true
		}
	}
	if (t.lower == "coming" || t.lower == "upcoming") && k == i {
		if u := s.tok(k + 1); u != nil && u.kw == kwUnit && strings.HasSuffix(u.lower, "s") {
			return match{i, k + 2, spec{kind: specRef, val: "FUTURE_REF"}}, true
		}
	}
	return match{}, false
}

// takeVerbs before a plural unit make it a length: "could take months",
// "the talks may last weeks".
var takeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true,
	"last": true, "lasts": true, "lasted": true, "lasting": true}

// ofUnitsAfter are the words before "years of", "months of" that make
// the units a stretch of time gone through.
var ofUnitsAfter = map[string]bool{"after": true, "following": true, "despite": true, "amid": true, "through": true,
	"follows": true, "followed": true, "ending": true, "ends": true, "ended": true}

// superlativeBefore reports a superlative or "first" within the clause
// before token k: "the first time in years", "its biggest drop in months",
// "the heaviest it has been in weeks". Without one, "in years one and
// two", "in hours worked", "in months in which" are no lengths of time.
func (s *scanner) superlativeBefore(k int) bool {
	for p := k - 1; p >= 0 && p >= k-8 && !s.boundary(p); p-- {
		w := s.toks[p].lower
		switch w {
		case "first", "most", "least", "best", "worst":
			return true
		}
		if len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlative[w] {
			return true
		}
	}
	return false
}

// notSuperlative end in "-est" and are none.
var notSuperlative = map[string]bool{"interest": true, "request": true, "protest": true, "forest": true,
	"harvest": true, "contest": true, "arrest": true, "suggest": true, "invest": true, "manifest": true,
	"midwest": true, "northwest": true, "southwest": true, "conquest": true, "honest": true, "modest": true}

// afterNone reports whether "in" and a plural unit end at token k: "the
// first time in years", "a decision is expected in days"; not "in days
// gone by", "in years past", "in months of talks".
func (s *scanner) afterNone(k int) bool {
	t := s.tok(k)
	if t == nil || t.kind == tokPunct {
		return t == nil || t.text != "-"
	}
	switch t.lower {
	case "of", "gone", "past", "to", "ahead", "ago", "earlier", "later", "before", "after", "and", "or":
		return false
	}
	return t.kind != tokNum && t.kw != kwNumber
}

// unitAt reports whether token k is a unit of time.
func (s *scanner) unitAt(k int) bool {
	t := s.tok(k)
	return t != nil && t.kw == kwUnit
}

// set: "daily", "every week", "each Thursday", "each July", "a year" after an amount.
func (s *scanner) set(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	if t.kw == kwSetAdv && t.kv >= pluralWeekday {
		if p := s.tok(i - 1); !t.upper || s.is(i+1, "'") || p != nil && p.upper && p.kind == tokWord && i >= 2 && !s.boundary(i-2) {
			return match{}, false // "TGI Fridays", "Fridays'"
		}
		return match{i, i + 1, spec{kind: specSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(t.kv-pluralWeekday))}}, true
	}
	if t.kw == kwSetAdv && t.kv < pluralWeekday {
		// "twice daily", "a once-weekly injection": how often, with the count
		k := i - 1
		if s.is(k, "-") && s.adjacent(k) && s.adjacent(i) {
			k--
		}
		switch s.toklower(k) {
		case "once", "twice", "thrice":
			return match{k, i + 1, spec{kind: specSet, val: setAdvValue(t)}}, true
		}
	}
	if t.kw == kwSetAdv {
		if s.amountBefore(i) && !s.perTimes(i) {
			return match{}, false // "rise 8.5% annually", "C$17.9 million annually": a rate
		}
		if n := s.tok(i + 1); determiners[s.toklower(i-1)] && !s.is(i-1, "its") && n != nil && n.kind == tokWord && !n.upper && n.kw == kwNone &&
			!prepositions[n.lower] && t.kv < pluralWeekday && t.lower != "quarterly" && !measureNouns[n.lower] && !t.upper && s.tokTense(i+1) == 0 && !reportingVerbs[n.lower] {
			// but "the daily said": the newspaper; "the People's Daily article": a name
			// "the daily tally", "his daily life", "a daily public rally": a
			// recurrence qualifying a noun, as news annotation has it
			return match{i, i + 1, spec{kind: specSet, val: setAdvValue(t)}}, true
		}
		if (s.is(i+1, "of") || determiners[s.toklower(i-1)] || determiners[s.toklower(i-2)] && !s.is(i-1, ",") && !s.adverbEnd(i) && !(prepositions[s.toklower(i+1)] && !s.is(i+1, "and") && !s.is(i+1, "or") && !s.is(i+1, "but") && (s.is(i-2, "the") || s.is(i-2, "a")) && s.tok(i-1).kind == tokWord && !s.tok(i-1).upper)) && !s.is(i+1, "basis") {
			// but "has swum at the pool daily for a decade": an adverb
			return match{}, false // "its initial quarterly of five cents", "the daily": a noun
		}
		// "daily flights", "average daily volume", "the party daily Granma":
		// an adjective or a noun, not a recurrence; but after a verb it is
		// an adverb ("they gather daily outside"), and "a daily basis" is one.
		if n := s.tok(i + 1); n != nil && n.kind == tokWord && n.kw == kwNone && !prepositions[n.lower] && n.lower != "basis" {
			p := s.tok(i - 1)
			if p == nil || p.kind != tokWord || p.upper || n.upper || determiners[p.lower] || setAdjectiveBefore[p.lower] {
				return match{}, false
			}
		}
		return match{i, i + 1, spec{kind: specSet, val: setAdvValue(t)}}, true
	}
	if t.lower == "weekends" && (s.is(i-1, "on") || s.is(i-1, "at") || s.is(i-1, "during") || s.is(i-1, "and")) {
		return match{i, i + 1, spec{kind: specSet, val: "XXXX-WXX-WE"}}, true // "open on weekends"
	}
	if t.lower != "every" && t.lower != "each" && t.lower != "per" {
		return match{}, false
	}
	if t.lower == "per" && s.perAmount(i) && !s.perTimes(i) {
		return match{}, false // "15.8 mln barrels per day": a rate of an amount
	}
	n := s.tok(i + 1)
	if n == nil {
		return match{}, false
	}
	if h, j, ok := s.holidayAt(i + 1); ok && t.lower != "per" {
		// "every Christmas": the day each year, where the calendar fixes it
		a, b := h.day(2001), h.day(2007)
		if a.Month() == b.Month() && a.Day() == b.Day() {
			return match{i, j, spec{kind: specSet, val: fmt.Sprintf("XXXX-%02d-%02d", a.Month(), a.Day())}}, true
		}
	}
	if t.lower == "every" && s.is(i+1, "other") {
		// "every other week": one in each two
		if u := s.tok(i + 2); u != nil && u.kw == kwUnit && !strings.HasSuffix(u.lower, "s") && u.kv != unitWeekend {
			return match{i, i + 3, spec{kind: specSet, val: durationValue(2, u.kv)}}, true
		}
		if u := s.tok(i + 2); u != nil && u.kw == kwWeekday && u.upper {
			// "every other Monday": a set of Mondays; TIMEX3's value has no
			// room for the "other"
			return match{i, i + 3, spec{kind: specSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(u.kv))}}, true
		}
	}
	if c, k, ok := s.numberAt(i + 1); ok && (c > 1 || c == -1) && t.lower == "every" {
		// "every two weeks", "every few days": one in each stretch of two, or of a few
		if u := s.tok(k); u != nil && u.kw == kwUnit && strings.HasSuffix(u.lower, "s") && u.kv != unitWeekend {
			return match{i, k + 1, spec{kind: specSet, val: durationValue(c, u.kv)}}, true
		}
	}
	switch {
	case n.kw == kwUnit && n.kv == unitWeekend && n.lower == "weekend":
		return match{i, i + 2, spec{kind: specSet, val: "XXXX-WXX-WE"}}, true // "every weekend"
	case n.kw == kwUnit && !strings.HasSuffix(n.lower, "s"):
		c := 1
		if n.lower == "fortnight" {
			c = 2 // "every fortnight"
		}
		start := i
		if t.lower == "per" && (s.is(i-1, "once") || s.is(i-1, "twice") || s.is(i-1, "thrice")) {
			start = i - 1 // "once per second": the count is the set's
		}
		return match{start, i + 2, spec{kind: specSet, val: durationValue(c, n.kv)}}, true
	case n.kw == kwPartDay && t.lower != "per":
		return match{i, i + 2, spec{kind: specSet, val: "XXXX-XX-XXT" + partOfDay[n.kv]}}, true // "every night"
	case n.kw == kwSeason && t.lower != "per":
		return match{i, i + 2, spec{kind: specSet, val: "XXXX-" + seasonCodes[n.kv]}}, true // "every summer"
	case n.kw == kwWeekday && t.lower != "per":
		if p := s.tok(i + 2); p != nil && p.kw == kwPartDay {
			// "every Friday night"
			return match{i, i + 3, spec{kind: specSet, val: fmt.Sprintf("XXXX-WXX-%dT%s", isoWeekday(n.kv), partOfDay[p.kv])}}, true
		}
		if hh, mm, k, bare, ok := s.clockAt(i + 3); ok && s.is(i+2, "at") && !bare {
			// "every Sunday at 8am": the time recurs with the day
			return match{i, k, spec{kind: specSet, val: fmt.Sprintf("XXXX-WXX-%dT%02d:%02d", isoWeekday(n.kv), hh, mm)}}, true
		}
		return match{i, i + 2, spec{kind: specSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(n.kv))}}, true
	case (n.kw == kwMonth || n.kw == kwMonthAbbr) && n.upper && t.lower != "per":
		_, k, _ := s.monthAt(i + 1)
		if d, k2, ok := s.dayAt(k); ok && !impossible(spec{kind: specAbs, m: n.kv, d: d}) {
			return match{i, k2, spec{kind: specSet, val: fmt.Sprintf("XXXX-%02d-%02d", n.kv, d)}}, true // "every May 10"
		}
		return match{i, i + 2, spec{kind: specSet, val: fmt.Sprintf("XXXX-%02d", n.kv)}}, true
	}
	return match{}, false
}

// isoWeekday maps Sunday=0 to ISO's 7.
func isoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

// adverbEnd reports a frequency word closing its clause after a verb's
// object: "take the drug daily.", "releases the data weekly,".
func (s *scanner) adverbEnd(i int) bool {
	n, p := s.tok(i+1), s.tok(i-1)
	if i < 3 || p == nil || p.lower == "share" || p.lower == "shares" {
		return false // "five dlrs a share annually": a rate
	}
	v := s.toks[i-3]
	return (n == nil || n.kind == tokPunct && (n.text == "." || n.text == "," || n.text == ";")) &&
		p.kind == tokWord && !p.upper && p.kw == kwNone && v.kind == tokWord && !v.upper && !prepositions[v.lower] && !determiners[v.lower]
}

// perAmount reports whether "a" at token k follows an amount or a count of
// times, making "a year" a rate: "$5 million a year", "twice a day".
func (s *scanner) perAmount(k int) bool {
	t := s.tok(k)
	if t == nil || t.lower != "a" && t.lower != "an" && t.lower != "per" {
		return false
	}
	return s.amountBefore(k) || s.countBefore(k)
}

// countBefore reports a count a few words before the noun at token k-1:
// "14 peak-hour trains a day", "1m barrels of Caspian crude a day", "$3.10
// more a month". No preposition, determiner or verb stands between, and
// the noun is plural, "more", or ends an "of" phrase after the count.
func (s *scanner) countBefore(k int) bool {
	p := s.tok(k - 1)
	if p == nil || p.kind != tokWord || p.upper || s.tokTense(k-1) != 0 {
		return false
	}
	plural := pluralNoun(p.lower) || p.lower == "more" || p.lower == "extra"
	of := false
	for b := k - 2; b >= 0 && b >= k-6 && !s.boundary(b); b-- {
		t := &s.toks[b]
		if t.kind == tokNum || t.kw == kwNumber && t.lower != "a" && t.lower != "one" {
			return (plural || of) && !s.is(b-1, "in") && !s.is(b-1, "since") && s.tok(b+1).kind == tokWord
		}
		of = of || t.lower == "of"
		if t.kind == tokPunct && t.text != "-" && t.text != "$" || t.kind == tokWord && (prepositions[t.lower] || determiners[t.lower] || s.tokTense(b) != 0) {
			return false
		}
	}
	return false
}

// amountBefore reports whether token k follows an amount or a count of
// times: "$5 million", "250,000 tonnes", "twice", "8.5%".
func (s *scanner) amountBefore(k int) bool {
	p := s.tok(k - 1)
	if p == nil {
		return false
	}
	if p.text == "%" {
		return true
	}
	if amountWords[p.lower] {
		return true
	}
	if p.kind == tokNum {
		return true
	}
	// "250,000 tonnes a year", "two trips a week": a count, then the rate.
	q := s.tok(k - 2)
	if p.lower == "cent" && q != nil && q.lower == "per" {
		return true // "12 per cent a year"
	}
	// "32 billion pounds a year" too, and "4,000 children a year"
	return p.kind == tokWord && (strings.HasSuffix(p.lower, "s") || irregularPlurals[p.lower]) && q != nil && (q.kind == tokNum || q.kw == kwNumber && q.lower != "a" || amountWords[q.lower])
}

// amountWords follow an amount: "8.5 pct", "$5 million", "250,000 tonnes",
// or count times: "twice".
var amountWords = map[string]bool{
	"times": true, "twice": true, "once": true, "thrice": true, "dollars": true, "dlrs": true, "percent": true,
	"pct": true, "cents": true, "million": true, "billion": true, "mln": true, "bln": true, "%": true,
	// measures: "5,000 km an hour", "60 miles a day"
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "mph": true, "metres": true, "meters": true,
	"feet": true, "tonnes": true, "tons": true, "barrels": true, "bpd": true,
}

// perTimes reports whether the rate at token k counts occurrences: "twice
// a day", "three times a week".
func (s *scanner) perTimes(k int) bool {
	switch s.toklower(k - 1) {
	case "times", "twice", "once", "thrice":
		return true
	case "nights", "evenings", "mornings", "days":
		// "works six nights a week", "opens five days a week": days of a week, counted
		_, _, ok := s.numberAt(k - 2)
		return ok && (s.is(k+1, "week") || s.is(k+1, "month"))
	}
	return false
}

// setAdjectiveBefore are words after which "daily", "weekly" qualify the
// noun that follows: "average daily volume", "their weekly meeting".
var setAdjectiveBefore = map[string]bool{"and": true, "or": true, "average": true, "its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true, "total": true, "normal": true, "usual": true, "first": true}

// prepositions and conjunctions that may follow an adverb of frequency.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "for": true, "and": true, "or": true, "but": true, "to": true,
	"from": true, "since": true, "until": true, "during": true, "by": true, "with": true, "as": true,
	"through": true, "except": true, "throughout": true,
}

// countMod is the TIMEX3 mod of the modifier words in tokens [i, k).
func (s *scanner) countMod(i, k int) string {
	var words []string
	for ; i < k; i++ {
		words = append(words, s.toks[i].lower)
	}
	switch strings.Join(words, " ") {
	case "":
		return ""
	case "more than", "over":
		return "MORE_THAN"
	case "less than", "fewer than":
		return "LESS_THAN"
	case "at least":
		return "EQUAL_OR_MORE"
	case "up to", "at most", "no more than":
		return "EQUAL_OR_LESS"
	}
	return "APPROX"
}

// pluralSeasons count seasons: "the past three summers".
var pluralSeasons = map[string]int{"springs": 0, "summers": 1, "autumns": 2, "winters": 3}

// orUnits extends a stretch of unknown length at token j over "or
// months": "for weeks or months" is one expression.
func (s *scanner) orUnits(j int) int {
	if u := s.tok(j + 1); s.is(j, "or") && u != nil && u.kw == kwUnit && strings.HasSuffix(u.lower, "s") {
		return j + 2
	}
	return j
}

// unitLong: "a day-long meeting", "the decades-long feud": how long
// something lasts, said as an adjective.
func (s *scanner) unitLong(i int) (match, bool) {
	u := s.tok(i)
	if u == nil {
		return match{}, false
	}
	if unit, ok := closedLong[u.lower]; ok {
		// AP's closed forms: "a weeklong truce", "a yearlong inquiry"
		return match{i, i + 1, spec{kind: specDuration, n: 1, unit: unit, val: durationValue(1, unit)}}, true
	}
	if u.kw != kwUnit || u.kv == unitWeekend {
		return match{}, false
	}
	if j := s.orUnits(i + 1); j > i+1 && strings.HasSuffix(u.lower, "s") {
		// "it could take weeks or months"
		return match{i, j, spec{kind: specDuration, n: -1, unit: u.kv, val: durationValue(-1, u.kv)}}, true
	}
	if !s.is(i+1, "-") || !s.adjacent(i+1) || !s.is(i+2, "long") || !s.adjacent(i+2) {
		return match{}, false
	}
	n := 1
	if strings.HasSuffix(u.lower, "s") || u.lower == "centuries" {
		n = -1
	} else if u.lower == "fortnight" {
		n = 2 // "fortnight-long meetings"
	}
	return match{i, i + 3, spec{kind: specDuration, n: n, unit: u.kv, val: durationValue(n, u.kv)}}, true
}

// closedLong are the units AP style writes closed up with "long".
var closedLong = map[string]int{"hourlong": unitHour, "daylong": unitDay, "weeklong": unitWeek, "monthlong": unitMonth,
	"yearlong": unitYear, "decadelong": unitDecade}

// theUnits: "over the years", "in the early years", "the weeks ahead", "in
// the years that followed": an unknown stretch, said with the article
// instead of a count.
func (s *scanner) theUnits(i int) (match, bool) {
	if !s.is(i, "the") {
		return match{}, false
	}
	if o := s.tok(i + 1); o != nil && o.kw == kwOrdinal && s.is(i+2, "day") && s.todayIs(i) {
		// "today is the eighth day of Desert Shield", "it's the second day
		// of an offensive": the day of publication
		return match{i, i + 3, spec{kind: specRelDay}}, true
	}
	k, early := i+1, false
	if s.is(k, "early") {
		k, early = k+1, true
	}
	u := s.tok(k)
	if u == nil || u.kw != kwUnit || u.kv == unitWeekend || !strings.HasSuffix(u.lower, "s") {
		return match{}, false
	}
	sp := spec{kind: specDuration, n: -1, unit: u.kv, val: durationValue(-1, u.kv)}
	switch {
	case s.is(k+1, "ahead"):
		return match{i, k + 2, sp}, true
	case early && u.kv < unitHour, s.is(i-1, "over"), s.is(k+1, "that") && s.is(k+2, "followed"):
		// not "the early hours of Thursday": that is a time of day
		return match{i, k + 1, sp}, true
	}
	return match{}, false
}

// clockHoursAt reports whether the four digits at token k, before "hours",
// read as a 24-hour clock: after "at", "by", "until", "from" or between
// two such times.
func (s *scanner) clockHoursAt(k int) bool {
	t := s.tok(k)
	if t == nil || t.kind != tokNum || len(t.text) != 4 || !s.is(k+1, "hours") {
		return false
	}
	if v, ok := digits(t.text); !ok || v%100 >= 60 || v/100 >= 24 {
		return false
	}
	if s.clockContext(k) {
		return true
	}
	p := s.tok(k - 2)
	return (s.is(k-1, "and") || s.is(k-1, "to")) && p != nil && p.kind == tokNum && len(p.text) == 4
}

// todayIs reports whether "today is", "it is" or "it's" comes right before
// token i.
func (s *scanner) todayIs(i int) bool {
	switch {
	case s.is(i-1, "is"):
		w := s.toklower(i - 2)
		return w == "today" || w == "it" || w == "this"
	case s.is(i-1, "s") && (s.is(i-2, "'") || s.is(i-2, "’")):
		w := s.toklower(i - 3)
		return w == "it" || w == "today"
	}
	return false
}

// punctAt reports whether token k is punctuation or past the end: "two
// years on, the war grinds on".
func (s *scanner) punctAt(k int) bool {
	t := s.tok(k)
	return t == nil || t.kind == tokPunct
}

// verbLast reports whether "last" at token k is the verb: "would last
// several days", "to last two weeks".
func (s *scanner) verbLast(k int) bool {
	switch s.toklower(k - 1) {
	case "would", "will", "could", "can", "may", "might", "should", "must", "to", "ll", "not":
		return true
	}
	return false
}

// changeOver reports a "-on-year" at token k: "a year-on-year gain",
// "month-over-month": a way of comparing, not a stretch of time.
func (s *scanner) changeOver(k int) bool {
	if !s.is(k, "-") || !s.is(k+2, "-") {
		return false
	}
	switch s.toklower(k + 1) {
	case "on", "over", "to":
		u := s.tok(k + 3)
		return u != nil && u.kw == kwUnit
	}
	return false
}

// measureNouns after "daily", "monthly" make a rate of an amount ("the
// daily volume", "a monthly average"), which TimeML leaves untagged.
var measureNouns = map[string]bool{"volume": true, "volumes": true, "turnover": true, "output": true, "production": true,
	"average": true, "rate": true, "rates": true, "limit": true, "limits": true, "price": true, "prices": true,
	"trading": true, "sales": true, "consumption": true, "capacity": true, "allowance": true, "intake": true,
	"income": true, "payout": true, "deficit": true, "rise": true, "fall": true, "gain": true, "loss": true,
	"increase": true, "decline": true, "record": true, "wage": true, "wages": true, "pay": true, "dose": true}

// agedBefore reports "aged", "ages" or "age" before token i, over the
// numbers and units of a span of ages: "aged 5 months to 3 years", "ages
// 6 to 11 years".
func (s *scanner) agedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &s.toks[k]
		switch {
		case t.lower == "aged" || t.lower == "ages" || t.lower == "age" && !s.is(k-1, "the"):
			return true
		case t.kind == tokNum, t.kw == kwUnit, t.lower == "to", t.lower == "and", t.lower == "of", t.lower == "-", t.lower == "–", t.lower == "between":
		default:
			return false
		}
	}
	return false
}

// irregularPlurals count things without an "-s": "4,000 children a year".
var irregularPlurals = map[string]bool{"children": true, "people": true, "men": true, "women": true, "cattle": true, "sheep": true, "fish": true, "deer": true, "mice": true, "geese": true, "feet": true, "teeth": true}

// dateSoonAfter reports a date expression starting within four words
// after token k, in its sentence: "most recently [in Madrid in] May 2025".
func (s *scanner) dateSoonAfter(k int) bool {
	for p := k; p < k+4 && p < len(s.toks) && !s.boundary(p-1); p++ {
		if m, ok := s.best(p); ok && m.sp.kind != specRef && m.sp.kind != specDuration {
			return true
		}
	}
	return false
}

// setAdvValue is the TIMEX3 value of a frequency adverb: "weekly" is P1W,
// "fortnightly" P2W.
func setAdvValue(t *token) string {
	if t.lower == "fortnightly" {
		return "P2W"
	}
	return durationValue(1, t.kv)
}

// someDay reports whether "one day" at token k stands for some day ahead,
// between a modal, "to" or a subject and its verb ("may one day veer",
// "hopes to one day become", "he one day follow"), or before a clause
// that looks ahead ("one day it will be extended"). After another verb it
// is a length: "will take one day to finish".
func (s *scanner) someDay(k int) bool {
	n := s.tok(k + 2)
	if n == nil || n.kind != tokWord || n.upper || n.kw != kwNone {
		return false
	}
	if subjectPronouns[n.lower] {
		return futureAux[s.toklower(k+3)] || s.is(k+3, "'") && s.is(k+4, "ll")
	}
	if prepositions[n.lower] || determiners[n.lower] || functionWords[n.lower] || n.lower == "a" || n.lower == "of" {
		return false
	}
	p := s.toklower(k - 1)
	return p == "to" || futureAux[p] || subjectPronouns[p] || p == "can" || p == "must" || p == "ll"
}
