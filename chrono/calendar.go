package chrono

import (
	"strconv"
	"time"
)

// holiday names a fixed or movable feast by the day it falls on in year y.
type holiday struct {
	words []string // lower-case words of the name, in order
	day   func(y int) time.Time
}

func fixed(m time.Month, d int) func(int) time.Time {
	return func(y int) time.Time { return Day(y, m, d) }
}

// nthWeekday is the nth (1-based; -1 the last) weekday wd of month m.
func nthWeekday(n int, wd time.Weekday, m time.Month) func(int) time.Time {
	return func(y int) time.Time {
		if n < 0 {
			last := Day(y, m+1, 0)
			return last.AddDate(0, 0, -int((last.Weekday()-wd+7)%7))
		}
		first := Day(y, m, 1)
		return first.AddDate(0, 0, int((wd-first.Weekday()+7)%7)+7*(n-1))
	}
}

// easter is Easter Sunday in the Gregorian calendar (anonymous algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Day(y, time.Month(month), day)
}

// holidays are matched longest first, so "Christmas Eve" before "Christmas".
var holidays = []holiday{
	{[]string{"christmas", "eve"}, fixed(12, 24)},
	{[]string{"christmas", "day"}, fixed(12, 25)},
	{[]string{"christmas"}, fixed(12, 25)},
	{[]string{"new", "year", "'", "s", "eve"}, fixed(12, 31)},
	{[]string{"new", "year", "’", "s", "eve"}, fixed(12, 31)},
	{[]string{"new", "year", "'", "s", "day"}, fixed(1, 1)},
	{[]string{"new", "year", "’", "s", "day"}, fixed(1, 1)},
	{[]string{"thanksgiving", "day"}, nthWeekday(4, time.Thursday, time.November)},
	{[]string{"thanksgiving"}, nthWeekday(4, time.Thursday, time.November)},
	{[]string{"easter", "sunday"}, easter},
	{[]string{"easter", "monday"}, func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	{[]string{"easter"}, easter},
	{[]string{"good", "friday"}, func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }},
	{[]string{"palm", "sunday"}, func(y int) time.Time { return easter(y).AddDate(0, 0, -7) }},
	{[]string{"ash", "wednesday"}, func(y int) time.Time { return easter(y).AddDate(0, 0, -46) }},
	{[]string{"black", "friday"}, func(y int) time.Time { return nthWeekday(4, time.Thursday, time.November)(y).AddDate(0, 0, 1) }},
	{[]string{"cyber", "monday"}, func(y int) time.Time { return nthWeekday(4, time.Thursday, time.November)(y).AddDate(0, 0, 4) }},
	{[]string{"independence", "day"}, fixed(7, 4)},
	{[]string{"labor", "day"}, nthWeekday(1, time.Monday, time.September)},
	{[]string{"memorial", "day"}, nthWeekday(-1, time.Monday, time.May)},
	{[]string{"election", "day"}, func(y int) time.Time { return nthWeekday(1, time.Monday, time.November)(y).AddDate(0, 0, 1) }},
	{[]string{"valentine", "'", "s", "day"}, fixed(2, 14)},
	{[]string{"valentine", "’", "s", "day"}, fixed(2, 14)},
	{[]string{"halloween"}, fixed(10, 31)},
	{[]string{"boxing", "day"}, fixed(12, 26)},
	{[]string{"armistice", "day"}, fixed(11, 11)},
	{[]string{"veterans", "day"}, fixed(11, 11)},
	{[]string{"remembrance", "day"}, fixed(11, 11)},
	{[]string{"presidents", "'", "day"}, nthWeekday(3, time.Monday, time.February)},
	{[]string{"presidents", "’", "day"}, nthWeekday(3, time.Monday, time.February)},
	{[]string{"presidents", "day"}, nthWeekday(3, time.Monday, time.February)},
	{[]string{"martin", "luther", "king", "day"}, nthWeekday(3, time.Monday, time.January)},
	{[]string{"columbus", "day"}, nthWeekday(2, time.Monday, time.October)},
	{[]string{"mother", "'", "s", "day"}, nthWeekday(2, time.Sunday, time.May)},
	{[]string{"mother", "’", "s", "day"}, nthWeekday(2, time.Sunday, time.May)},
	{[]string{"father", "'", "s", "day"}, nthWeekday(3, time.Sunday, time.June)},
	{[]string{"father", "’", "s", "day"}, nthWeekday(3, time.Sunday, time.June)},
	{[]string{"bastille", "day"}, fixed(7, 14)},
	{[]string{"canada", "day"}, fixed(7, 1)},
	{[]string{"australia", "day"}, fixed(1, 26)},
	{[]string{"anzac", "day"}, fixed(4, 25)},
	{[]string{"waitangi", "day"}, fixed(2, 6)},
	{[]string{"mardi", "gras"}, func(y int) time.Time { return easter(y).AddDate(0, 0, -47) }},
	{[]string{"patrick", "'", "s", "day"}, fixed(3, 17)}, // after "St." or "Saint", which namedDay takes in
	{[]string{"patrick", "’", "s", "day"}, fixed(3, 17)},
	{[]string{"juneteenth"}, fixed(6, 19)},
	{[]string{"giving", "tuesday"}, func(y int) time.Time { return nthWeekday(4, time.Thursday, time.November)(y).AddDate(0, 0, 5) }},
	{[]string{"small", "business", "saturday"}, func(y int) time.Time { return nthWeekday(4, time.Thursday, time.November)(y).AddDate(0, 0, 2) }},
	{[]string{"groundhog", "day"}, fixed(2, 2)},
	{[]string{"earth", "day"}, fixed(4, 22)},
	{[]string{"lunar", "new", "year"}, lunarNewYear},
	{[]string{"chinese", "new", "year"}, lunarNewYear},
}

// lunarNewYears are the first days of the Chinese lunar year, 1985-2040:
// February's day, or January's as a negative number. The lunar calendar
// has no closed rule, so the days are listed.
var lunarNewYears = [...]int8{
	20, 9, -29, 17, 6, -27, 15, 4, -23, 10, -31, 19, 7, -28, 16, // 1985-1999
	5, -24, 12, 1, -22, 9, -29, 18, 7, -26, 14, 3, -23, 10, -31, // 2000-2014
	19, 8, -28, 16, 5, -25, 12, 1, -22, 10, -29, 17, 6, -26, 13, // 2015-2029
	3, -23, 11, -31, 19, 8, -28, 15, 4, -24, 12, // 2030-2040
}

// lunarNewYear is the Lunar New Year's day of year y, or zero outside the
// years the table knows: no day is better than a guessed one.
func lunarNewYear(y int) time.Time {
	if y < 1985 || y >= 1985+len(lunarNewYears) {
		return time.Time{}
	}
	d := int(lunarNewYears[y-1985])
	if d < 0 {
		return Day(y, time.January, -d)
	}
	return Day(y, time.February, d)
}

// holidaysByFirst indexes holidays by their first word, in the order of
// holidays: holidayAt runs at every capitalised word.
var holidaysByFirst = func() map[string][]int {
	m := map[string][]int{}
	for k, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], k)
	}
	return m
}()

// holidayAt reads a holiday name at token i, capitalised as a name.
func (s *scanner) holidayAt(i int) (h *holiday, next int, ok bool) {
	t := s.tok(i)
	if t == nil || !t.upper {
		return nil, i, false
	}
	for _, k := range holidaysByFirst[t.lower] {
		h := &holidays[k]
		j := i
		for _, w := range h.words {
			if !s.is(j, w) {
				break
			}
			j++
		}
		if j-i == len(h.words) {
			return h, j, true
		}
	}
	return nil, i, false
}

// holidayEndingAt reads a holiday whose first word is a common one and
// whose last word is token i: "Black Friday", "Mother's Day", "Canada Day".
func (s *scanner) holidayEndingAt(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || !t.upper {
		return match{}, false
	}
	for k := range holidays {
		h := &holidays[k]
		n := len(h.words)
		if n < 2 || !commonFirstWords[h.words[0]] || h.words[n-1] != t.lower {
			continue
		}
		start := i - n + 1
		if f := s.tok(start); f == nil || !f.upper {
			continue
		}
		j := 0
		for j < n && s.is(start+j, h.words[j]) {
			j++
		}
		if j == n {
			return match{start, i + 1, spec{kind: specHoliday, holiday: h}}, true
		}
	}
	return match{}, false
}

// dayHoliday: "Mother's Day", "Canada Day", read back from "Day".
func (s *scanner) dayHoliday(i int) (match, bool) {
	if !s.is(i, "day") {
		return match{}, false
	}
	return s.holidayEndingAt(i)
}

// namedDay: "Christmas", "Thanksgiving Day", "Easter 2025", "last Thanksgiving".
func (s *scanner) namedDay(i int) (match, bool) {
	k, n := i, 0
	if t := s.tok(i); t != nil && t.kw == kwShift && t.kv != 0 {
		k, n = i+1, t.kv
	}
	h, j, ok := s.holidayAt(k)
	if !ok {
		return match{}, false
	}
	sp := spec{kind: specHoliday, holiday: h, n: n}
	if h.words[0] == "patrick" && n == 0 {
		switch {
		case s.is(i-1, ".") && s.is(i-2, "st") && s.adjacent(i-1):
			i -= 2 // "St. Patrick's Day"
		case s.is(i-1, "st") || s.is(i-1, "saint"):
			i--
		}
	}
	c := j
	if s.is(c, ",") {
		c++
	}
	if y, ok := s.yearAt(c); ok && n == 0 {
		sp.y, j = y, c+1
	}
	if s.is(j, "week") {
		sp.weekOf, j = true, j+1 // "Easter week"
	}
	return match{i, j, sp}, true
}

// weekOf: "the week of March 6": the week that day falls in; "the
// weekend of Aug. 16", the weekend of that week. And "the
// first week of March", "the last days of 2025": the month or year, at
// its start or end; the week itself is not named precisely enough.
func (s *scanner) weekOf(i int) (match, bool) {
	if m, ok := s.partOf(i); ok {
		return m, true
	}
	weekend := s.is(i+1, "weekend")
	if !s.is(i, "the") || !s.is(i+1, "week") && !weekend || !s.is(i+2, "of") {
		return match{}, false
	}
	d, ok := s.best(i + 3)
	if !ok || d.i != i+3 || d.sp.d2 > 0 || d.sp.tod != "" || d.sp.clock ||
		!(d.sp.kind == specAbs && d.sp.d > 0 || d.sp.kind == specWeekday || d.sp.kind == specHoliday) {
		return match{}, false
	}
	d.i, d.sp.weekOf, d.sp.weekendOf = i, !weekend, weekend
	return d, true
}

// holidayDate resolves a holiday: stated year, "last"/"next" one, or the
// nearest to the anchor.
func holidayDate(sp spec, anchor time.Time, lean int) (Date, Resolution) {
	mk := func(y int) Date {
		t := sp.holiday.day(y)
		if t.IsZero() {
			return Date{} // a lunar holiday outside its table
		}
		return DayDate(t.Year(), t.Month(), t.Day())
	}
	if sp.y > 0 {
		return mk(sp.y), Explicit
	}
	var best Date
	bestDist := 0
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		d := mk(y)
		switch {
		case d.IsZero(), sp.n < 0 && !d.Start.Before(anchor), sp.n > 0 && !d.Start.After(anchor):
			continue
		}
		dist := weighted(distance(anchor, d), d, anchor, lean)
		if sp.n != 0 {
			dist = distance(anchor, d)
		}
		if best.IsZero() || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best, YearInferred
}

// spelledYear: "nineteen ninety-six", "nineteen eighty-four", "two
// thousand", "the year two thousand": years as broadcast transcripts write them.
func (s *scanner) spelledYear(i int) (match, bool) {
	k := i
	if s.is(k, "the") && s.is(k+1, "year") {
		k += 2
	}
	t := s.tok(k)
	if t == nil {
		return match{}, false
	}
	if t.lower == "two" && s.is(k+1, "thousand") {
		y, j := 2000, k+2
		if s.is(j, "and") {
			j++
		}
		if n := s.tok(j); n != nil && (n.kw == kwNumber || n.kw == kwTens) && n.lower != "a" && n.lower != "an" && !s.is(j+1, "hundred") && !s.is(j+1, "thousand") {
			// "two thousand and eight", "two thousand nine", "two thousand twenty-one"
			if v, next, ok := s.numberAt(j); ok && v > 0 && v < 100 {
				y, j = 2000+v, next
			}
		}
		// "two thousand people", "two thousand years": a count.
		if n := s.tok(j); k == i && n != nil && n.kind == tokWord && !n.upper {
			return match{}, false
		}
		return match{i, j, spec{kind: specAbs, y: y, how: "year in words"}}, true
	}
	if t.kw != kwNumber || t.kv < 10 || t.kv > 20 {
		return match{}, false
	}
	n, j, ok := s.numberAt(k + 1)
	if !ok || n < 10 || n > 99 || s.tok(k+1).kind == tokNum {
		return match{}, false
	}
	return match{i, j, spec{kind: specAbs, y: t.kv*100 + n, how: "year in words"}}, true
}

// century: "the 20th century", "the twentieth century", "this century".
func (s *scanner) century(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	t := s.tok(k)
	if t == nil {
		return match{}, false
	}
	var c int
	switch {
	case t.kw == kwShift:
		j := k + 1
		if !s.is(j, "century") {
			return match{}, false
		}
		return match{i, j + 1, spec{kind: specShift, unit: unitCentury, n: t.kv}}, true
	case t.kind == tokNum && len(t.text) <= 2:
		c, _ = strconv.Atoi(t.text)
		k++
		if n := s.tok(k); n == nil || n.kw != kwOrdSuf || n.space {
			return match{}, false
		}
	case t.kw == kwOrdinal:
		c = t.kv
	case t.lower == "twentieth":
		c = 20
	case t.lower == "nineteenth":
		c = 19
	case t.lower == "eighteenth":
		c = 18
	case t.lower == "twenty" && s.is(k+1, "-") && s.is(k+2, "first"):
		c, k = 21, k+2
	default:
		return match{}, false
	}
	k++
	if s.is(k, "-") && s.adjacent(k) && s.is(k+1, "century") && s.adjacent(k+1) {
		k++ // "a 19th-century mill"
	}
	if !s.is(k, "century") || c < 1 || c > 30 {
		return match{}, false
	}
	return match{i, k + 1, spec{kind: specCentury, y: c - 1}}, true
}

// decadeWords: "the nineties", "the eighties", "the 'nineties".
var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

func (s *scanner) decadeWord(i int) (match, bool) {
	if d, ok := decadeWords[s.toklower(i)]; ok {
		// "Nineties guitar heroes", "Eighties pop": capitalised, a decade;
		// "in his nineties" is an age
		switch s.toklower(i - 1) {
		case "the", "his", "her", "their", "its", "my", "our", "your", "s", "early", "mid", "late", "-":
			return match{}, false
		}
		if !s.toks[i].upper || s.lowerText || s.sentenceHas(i, "temperatures", "temperature", "degrees", "fahrenheit", "celsius") {
			return match{}, false
		}
		return match{i, i + 1, spec{kind: specDecade, y: 1900 + d}}, true
	}
	if !s.is(i, "the") {
		return match{}, false
	}
	k := i + 1
	if s.is(k, "early") || s.is(k, "mid") || s.is(k, "late") {
		return match{}, false // left to modified
	}
	t := s.tok(k)
	if t == nil {
		return match{}, false
	}
	d, ok := decadeWords[t.lower]
	if !ok || s.sentenceHas(i, "temperatures", "temperature", "degrees", "highs", "lows", "readings", "mercury", "fahrenheit", "celsius", "thermometer") {
		return match{}, false // "lows will drop into the twenties": degrees
	}
	return match{i, k + 1, spec{kind: specDecade, y: 1900 + d}}, true
}

// partOf reads "the first week of March", "the last days of 2025", "the
// final weeks of the year".
func (s *scanner) partOf(i int) (match, bool) {
	if !s.is(i, "the") {
		return match{}, false
	}
	mod, nth := "", 0
	switch w := s.toklower(i + 1); w {
	case "first", "opening", "early":
		mod, nth = "START", 1
	case "last", "final", "closing", "late":
		mod, nth = "END", -1
	case "second", "third", "fourth":
		nth = s.tok(i + 1).kv // an ordinal keyword: 2, 3, 4
		if !s.is(i+2, "week") {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if w := s.toklower(i + 1); !s.is(i+2, "week") || w != "first" && w != "last" && nth < 2 {
		nth = 0 // "the first weeks of April", "the final days": the month's start or end
	}
	k := i + 2
	if s.is(k, "few") {
		k++
	}
	switch s.toklower(k) {
	case "week", "weeks", "days":
	default:
		return match{}, false
	}
	if !s.is(k+1, "of") {
		return match{}, false
	}
	d, ok := s.best(k + 2)
	if !ok || d.i != k+2 || d.sp.mod != "" {
		return match{}, false
	}
	switch {
	case d.sp.kind == specAbs && d.sp.d == 0 && d.sp.m > 0, d.sp.kind == specAbs && d.sp.m == 0 && d.sp.y > 0:
	case d.sp.kind == specShift && (d.sp.unit == unitMonth || d.sp.unit == unitYear):
	case d.sp.kind == specSeason && nth <= 1 && !s.is(i+2, "week"): // "the last days of summer"
	default:
		return match{}, false
	}
	d.i, d.sp.mod, d.sp.weekOfMon = i, mod, nth
	if nth != 0 && (d.sp.m == 0 && d.sp.unit != unitMonth) {
		if nth > 1 {
			return match{}, false // "the third week of 2025"
		}
		d.sp.weekOfMon = 0 // "the first week of 2025": the year's start
	}
	return d, true
}
