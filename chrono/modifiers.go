package chrono

import (
	"fmt"
	"strconv"
	"strings"
)

// Modifiers that narrow a date to a part of it (TIMEX3 mod). They belong
// to the expression's extent; the interval is kept whole, since "early
// 2025" names no day: the mod says which part is meant.
var partMods = map[string]string{
	"early": "START", "earlier": "", "late": "END", "later": "", "mid": "MID",
	"beginning": "START", "start": "START", "end": "END", "middle": "MID", "close": "END", "turn": "",
}

// modified: "early next year", "late November", "mid-1990", "Earlier this
// month", "the end of March", "late yesterday".
func (s *scanner) modified(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	k := i
	mod, ok := "", false
	switch t.lower {
	case "midyear":
		// "by midyear": as "mid-year"
		if y, ok := s.yearAt(i + 1); ok {
			return match{i, i + 2, spec{kind: specAbs, y: y, mod: "MID"}}, true
		}
		if n := s.tok(i + 1); n != nil && n.kind == tokWord && !n.upper && !prepositions[n.lower] && n.kw == kwNone && !s.boundaryAfter(i+1) {
			return match{}, false // "midyear review", "midyear elections": a noun's adjective
		}
		return match{i, i + 1, spec{kind: specShift, unit: unitYear, mod: "MID", midEnd: true}}, true
	case "around", "sometime":
		mod, ok = "APPROX", true
		k++
	case "early", "earlier", "late", "later", "mid", "end":
		if (t.lower == "later" || t.lower == "earlier") && s.is(i+3, "than") {
			return match{}, false // "three weeks later this year than last": a comparison, and "this year" alone
		}
		mod, ok = partMods[t.lower], true
		k++
		if s.is(k, "-") && s.adjacent(k) {
			k++
			if u := s.tok(k); u != nil && (t.lower == "mid" || t.lower == "end") && u.lower == "year" && !s.is(k+1, "-") {
				// "by mid-year", "by end-year": the year's middle or end, by
				// tense; "mid-year 2014" that year's
				if y, ok := s.yearAt(k + 1); ok {
					return match{i, k + 2, spec{kind: specAbs, y: y, mod: mod}}, true
				}
				return match{i, k + 1, spec{kind: specShift, unit: unitYear, mod: mod, midEnd: true}}, true
			}
		} else if t.lower == "end" {
			return match{}, false // "end-March", not "the end"
		}
	case "the":
		// "the late 1970s", "the mid-1990s"
		if n := s.tok(i + 1); n != nil && (n.lower == "early" || n.lower == "late" || n.lower == "mid") {
			if m, ok := s.modified(i + 1); ok && (m.sp.kind == specDecade || m.sp.kind == specSeason || m.sp.kind == specCentury) {
				m.i = i
				return m, true
			}
		}
		if n := s.tok(i + 1); n != nil && s.is(i+2, "of") {
			mod, ok = partMods[n.lower]
			if n.lower == "early" || n.lower == "late" || n.lower == "later" || n.lower == "earlier" || n.lower == "mid" {
				ok = false
			}
			k = i + 3
		}
	}
	if !ok || s.tok(k) == nil || k == i+1 && !s.tok(k).space && t.lower != "mid" {
		return match{}, false
	}
	if (t.lower == "earlier" || t.lower == "later") && s.is(k, "in") && s.is(k+1, "the") {
		// "earlier in the year", "later in the week": the current one.
		if u := s.tok(k + 2); u != nil && u.kw == kwUnit && (u.lower == "year" || u.lower == "month" || u.lower == "week" || u.lower == "day") {
			// "earlier in the day" after "on Thursday" is Thursday
			return match{i, k + 3, spec{kind: specShift, unit: u.kv, mod: mod, anaphor: u.kv == unitDay}}, true
		}
	}
	inner, found := s.best(k)
	if !found && mod != "" && s.seasonAt(k) {
		// "early summer", "the late spring": the nearest such season
		inner, found = match{k, k + 1, spec{kind: specSeason, season: s.toks[k].kv, nearest: true}}, true
	}
	if !found && t.lower == "the" && s.is(k, "the") {
		// "the end of the year", "the beginning of the month", "the end of
		// the decade": the current one.
		// "the turn of the century" is 2000 as said in 1987 and in 2025:
		// no part of the current century.
		if u := s.tok(k + 1); u != nil && u.kw == kwUnit && (u.lower == "year" || u.lower == "month" || u.lower == "week" || u.lower == "quarter" || u.lower == "decade" ||
			u.lower == "century" && !s.is(i+1, "turn")) {
			inner, found = match{k, k + 2, spec{kind: specShift, unit: u.kv}}, true
			if d, ok := s.namedBefore(i, GrainDecade); ok && u.kv == unitDecade {
				// "In the 1980s [...] by the end of the decade": that one
				inner.sp = spec{kind: specDecade, y: d.Start.Year(), how: "the decade named before it, " + d.Value}
			}
		}
	}
	if !found {
		return match{}, false
	}
	switch inner.sp.kind {
	case specAbs, specRelDay, specWeekday, specShift, specQuarter, specHalf, specSeason, specDecade, specAnaphor:
	case specCentury: // "the late 19th century", "the mid-19th century"
		if t.lower != "early" && t.lower != "late" && t.lower != "mid" {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if t.lower == "around" && !(inner.sp.kind == specAbs && inner.sp.d > 0) {
		return match{}, false // "around Nov. 1" is one expression; "around Wednesday", "around 1990" are not
	}
	if t.lower == "later" || t.lower == "earlier" {
		// "later this year", "earlier that day", "earlier today", "later
		// tonight" are one expression; "earlier Sunday", "earlier this
		// week" read as an adverb and a date, as news annotation has them.
		switch {
		case inner.sp.kind == specAbs && inner.sp.y > 0 && inner.sp.m == 0,
			inner.sp.kind == specWeekday,
			inner.sp.kind == specShift && inner.sp.unit <= unitWeekend:
			return match{}, false
		}
	}
	inner.i = i
	inner.sp.mod = mod
	return inner, true
}

// partOfDay extends a day expression with a part of the day: "Friday
// morning", "yesterday afternoon", "Tuesday nights" (a set).
func (s *scanner) partOfDay(m match) match {
	switch m.sp.kind {
	case specWeekday, specRelDay:
	case specAbs:
		if m.sp.d == 0 || m.sp.clock {
			return m
		}
	default:
		return m
	}
	t := s.tok(m.j)
	if t == nil || m.sp.tonight {
		return m
	}
	part := -1
	if t.kw == kwPartDay {
		part = t.kv
	} else if t.lower == "nights" || t.lower == "mornings" || t.lower == "evenings" || t.lower == "afternoons" {
		if m.sp.kind == specWeekday && m.sp.dir == 0 {
			if e, ok := keywords[strings.TrimSuffix(t.lower, "s")]; ok {
				m.j++
				m.sp = spec{kind: specSet, val: "XXXX-WXX-" + strconv.Itoa(isoWeekday(m.sp.wd)) + "T" + partOfDay[e.value]}
				return m
			}
		}
	}
	if part < 0 {
		return m
	}
	m.j++
	m.sp.tod = partOfDay[part]
	return m
}

// thisPart: "this morning", "this evening", "last night". "Tomorrow
// night" and "Friday morning" are partOfDay's.
func (s *scanner) thisPart(i int) (match, bool) {
	t, n := s.tok(i), s.tok(i+1)
	if t != nil && n != nil && t.lower == "this" && (n.lower == "day" || n.lower == "date") && s.is(i+2, "in") {
		// "on this day in 1969": the day of publication, in that year
		if y, ok := s.yearAt(i + 3); ok {
			return match{i, i + 4, spec{kind: specAgo, unit: unitYear, onDay: true, y: y}}, true
		}
	}
	if t == nil || n == nil || n.kw != kwPartDay {
		return match{}, false
	}
	switch t.lower {
	case "this":
		return match{i, i + 2, spec{kind: specRelDay, tod: partOfDay[n.kv]}}, true
	case "last":
		if n.lower == "night" {
			return match{i, i + 2, spec{kind: specRelDay, n: -1, tod: "NI"}}, true
		}
	}
	return match{}, false
}

// clockAt reads a clock time at token i: "10:35", "10 p.m.", "9 a.m.
// EST", "noon", "midnight". bare reports a time without a.m./p.m. or word.
func (s *scanner) clockAt(i int) (hh, mm, next int, bare, ok bool) {
	t := s.tok(i)
	if t == nil {
		return 0, 0, i, false, false
	}
	switch t.lower {
	case "noon", "midday":
		return 12, 0, s.zoneAt(i + 1), false, true // "noon local time Friday"
	case "midnight":
		return 24, 0, s.zoneAt(i + 1), false, true
	}
	if h, m, k, ok := s.spokenClock(i); ok {
		// "seven o'clock", "a quarter past nine", "half past seven"
		if h2, k2, ok := s.dayPartAfter(k, h); ok {
			return h2, m, k2, false, true
		}
		return h, m, s.zoneAt(k), true, true
	}
	end := i + 1
	if h, m, ok := dottedClock(t.text); ok {
		// "11.30am", "9.15 p.m.": the British clock, only with its
		// meridiem, for a bare "11.30" is a decimal
		pm, k, ok := s.meridiemAt(end)
		if !ok || h < 1 || h > 12 {
			return 0, 0, i, false, false
		}
		if h %= 12; pm {
			h += 12
		}
		if z := s.tok(k); z != nil && z.kind == tokWord && isZone(z.text) {
			k++
		}
		return h, m, k, false, true
	}
	if t.kind != tokNum || strings.ContainsAny(t.text, ".,/-") || strings.Count(t.text, ":") > 1 {
		return 0, 0, i, false, false
	}
	zoned := func(k int) bool { z := s.tok(k); return z != nil && z.kind == tokWord && z.upper && isZone(z.text) }
	local := s.is(end, "local") && s.is(end+1, "time")
	if v, isNum := digits(t.text); isNum && len(t.text) == 4 && v%100 < 60 && v/100 < 24 && (s.is(end, "hours") || s.is(end, "hrs") || zoned(end) || local && t.text[0] == '0') {
		// "at 1900 hours", "at 0800 GMT", "at 0530 local time": the 24-hour clock
		if local {
			end++ // "local", and "time" below
		}
		if !zoned(end) {
			end++
		}
		if z := s.tok(end); z != nil && z.kind == tokWord && isZone(z.text) {
			end++
		}
		return v / 100, v % 100, end, false, true
	}
	pm, mend, meridiem := s.meridiemAt(end)
	switch {
	case meridiem:
		end = mend
	case !strings.Contains(t.text, ":"):
		// "at 4 in the morning", "5 in the afternoon", "at 8 at night";
		// "at 10 tonight" is bare, for clock to join to its day
		h, err := strconv.Atoi(t.text)
		if err != nil || h < 1 || h > 12 || !s.clockContext(i) {
			return 0, 0, i, false, false
		}
		if h2, k, ok := s.dayPartAfter(end, h); ok {
			return h2, 0, k, false, true
		}
		if n := s.tok(end); n != nil && (n.kw == kwTonight || s.is(end, "this") && s.tok(end+1) != nil && s.tok(end+1).kw == kwPartDay) {
			return h, 0, end, true, true
		}
		return 0, 0, i, false, false
	default:
		bare = true
	}
	hh, mm, ok = s.clockOf(s.text[t.start:s.toks[end-1].end])
	if !ok {
		return 0, 0, i, false, false
	}
	if meridiem && !pm && hh == 12 {
		hh = 0 // "12:30 a.m.", which `when` reads as half past noon
	}
	if bare {
		if h, k, ok := s.dayPartAfter(end, hh); ok {
			return h, mm, k, false, true // "7:30 in the evening"
		}
	}
	return hh, mm, s.zoneAt(end), bare, true
}

// dayPartAfter reads "in the evening" or "at night" at token k after an
// hour stated without a.m. or p.m., and returns the hour it makes.
func (s *scanner) dayPartAfter(k, hh int) (int, int, bool) {
	switch {
	case s.is(k, "in") && s.is(k+1, "the"):
		if p := s.tok(k + 2); p != nil && p.kw == kwPartDay {
			return onPart(hh, partOfDay[p.kv]), k + 3, true
		}
	case s.is(k, "at") && s.is(k+1, "night"):
		return onPart(hh, "NI"), k + 2, true
	}
	return hh, k, false
}

// onPart turns an hour stated without a.m. or p.m. into the 24-hour
// clock by the part of the day said with it: 7:30 in the evening is
// 19:30, 8 at night 20:00, but 2 at night stays 2:00.
func onPart(hh int, tod string) int {
	switch {
	case hh == 12 && tod == "MO":
		return 0
	case hh >= 1 && hh < 12 && (tod == "AF" || tod == "EV"), hh >= 6 && hh < 12 && tod == "NI":
		return hh + 12
	}
	return hh
}

// zoneAt reads the time zone after a clock time at token k, if any, and
// returns the token after it: "GMT", "local time", "Eastern", "Pacific
// Daylight Time", "New York time".
func (s *scanner) zoneAt(k int) int {
	z := s.tok(k)
	switch {
	case z == nil || z.kind != tokWord:
		return k
	case isZone(z.text):
		return k + 1
	case z.lower == "local" && s.is(k+1, "time"):
		return k + 2
	case !z.upper:
		return k
	case usZones[z.lower]:
		k++
		if s.is(k, "standard") || s.is(k, "daylight") {
			k++
		}
		if s.is(k, "time") {
			k++
		}
		return k
	}
	j := k
	for j < k+3 && s.tok(j) != nil && s.tok(j).kind == tokWord && s.tok(j).upper && s.tok(j).kw != kwMonth && s.tok(j).kw != kwWeekday {
		j++
	}
	if j > k && s.is(j, "time") {
		return j + 1 // "New York time", "London time"
	}
	return k
}

var usZones = map[string]bool{"eastern": true, "central": true, "mountain": true, "pacific": true, "atlantic": true}

// spokenClock reads a clock time in words at token i: "seven o'clock",
// "10 o'clock", "a quarter past nine", "half past seven", "quarter to
// ten". It returns the hour as said (no a.m. or p.m.) and the next token.
func (s *scanner) spokenClock(i int) (hh, mm, next int, ok bool) {
	if h, ok := s.hourAt(i); ok && s.is(i+1, "o") && s.adjacent(i+2) && (s.is(i+2, "'") || s.is(i+2, "’")) && s.is(i+3, "clock") {
		return h, 0, i + 4, true
	}
	if n, k, ok := s.numberAt(i); ok && n > 0 && n < 60 && (n != 15 && n != 30 || s.is(k, "minutes")) {
		// "ten past nine", "at twenty to five", "one minute past 11"; not
		// "one to two", "rose five to 10 points"
		minutes := s.is(k, "minute") || s.is(k, "minutes")
		if minutes {
			k++
		}
		if !minutes && (!s.clockContext(i) && !s.is(i-1, "is") && !s.is(i-1, "was") ||
			s.is(k, "to") && (s.is(i-1, "from") || s.is(i-1, "by") || n%5 != 0)) {
			return 0, 0, i, false // and "from five to 10 people" is a range, "by four to three" a ratio
		}
		if h, ok := s.hourAt(k + 1); ok && (s.is(k, "past") || s.is(k, "after") || s.is(k, "to")) && s.spokenEnd(k+2) {
			if s.is(k, "to") {
				if h--; h == 0 {
					h = 12
				}
				return h, 60 - n, k + 2, true
			}
			return h, n, k + 2, true
		}
	}
	j := i
	if s.is(j, "a") {
		j++
	}
	switch {
	case s.is(j, "quarter") || s.is(j, "half") && j == i:
	default:
		return 0, 0, i, false
	}
	h, ok := s.hourAt(j + 2)
	if !ok || s.is(i-1, "-") && s.adjacent(i) || s.is(j+3, "-") && s.adjacent(j+3) || fractionOf[s.toklower(j+3)] {
		return 0, 0, i, false // "one-quarter to one-third", "a quarter to one percent"
	}
	switch {
	case s.is(j+1, "past") || s.is(j+1, "after"):
		mm = 15
		if s.is(j, "half") {
			mm = 30
		}
	case s.is(j+1, "to") && s.is(j, "quarter"):
		if h--; h == 0 {
			h = 12
		}
		mm = 45
	default:
		return 0, 0, i, false
	}
	return h, mm, j + 3, true
}

// spokenEnd reports what may follow a spoken clock's hour at token k: the
// end of the clause, "p.m.", or a day ("ten past nine on Friday"); not an
// amount's unit ("two to three dlrs", "by two to one").
func (s *scanner) spokenEnd(k int) bool {
	t := s.tok(k)
	if t == nil || t.kind == tokPunct && t.text != "-" && t.text != "/" && t.text != "." {
		return true
	}
	switch {
	case t.kind == tokWord && (t.kw == kwWeekday || t.kw == kwRelDay || t.kw == kwTonight || t.kw == kwPartDay || t.kw == kwShift):
		return true
	case t.text == ".":
		return s.boundary(k)
	}
	switch t.lower {
	case "a", "p", "am", "pm", "in", "on", "at", "that", "the", "and", "when", "o", "local", "gmt":
		return true
	}
	return false
}

var fractionOf = map[string]bool{"percent": true, "pct": true, "point": true, "points": true, "of": true, "third": true, "half": true, "share": true, "shares": true}

// hourAt reads an hour of the 12-hour clock at token i, in digits or in
// words.
func (s *scanner) hourAt(i int) (int, bool) {
	t := s.tok(i)
	switch {
	case t == nil:
	case t.kind == tokNum:
		if h, ok := digits(t.text); ok && len(t.text) <= 2 && h >= 1 && h <= 12 {
			return h, true
		}
	case t.kw == kwNumber && t.kv <= 12 && t.lower != "a" && t.lower != "an":
		return t.kv, true
	}
	return 0, false
}

// meridiemAt reads "am", "pm", "a.m." or "p.m." at token k and returns the
// token after it.
func (s *scanner) meridiemAt(k int) (pm bool, next int, ok bool) {
	switch {
	case s.is(k, "am") || s.is(k, "pm"):
		return s.is(k, "pm"), k + 1, true
	case (s.is(k, "a") || s.is(k, "p")) && s.is(k+1, ".") && s.adjacent(k+1) && s.is(k+2, "m"):
		pm := s.is(k, "p")
		k += 3
		if s.is(k, ".") && s.adjacent(k) {
			k++
		}
		return pm, k, true
	}
	return false, k, false
}

// dottedClock reads "11.30" as hour and minute.
func dottedClock(t string) (hh, mm int, ok bool) {
	dot := strings.IndexByte(t, '.')
	if dot < 1 || dot > 2 || len(t)-dot != 3 {
		return 0, 0, false
	}
	h, okH := digits(t[:dot])
	m, okM := digits(t[dot+1:])
	if !okH || !okM || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// dayParts say whether "in the X" after an hour puts it before noon (-1)
// or after (1).
var dayParts = map[string]int{"morning": -1, "afternoon": 1, "evening": 1}

// toklower is the lower-case text of token k, "" past the end.
func (s *scanner) toklower(k int) string {
	if t := s.tok(k); t != nil {
		return t.lower
	}
	return ""
}

// clock: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6",
// "10:35 a.m.". A time with no day is a TIME on the anchor day's value but
// no chronology date.
func (s *scanner) clock(i int) (match, bool) {
	hh, mm, k, bare, ok := s.clockAt(i)
	if !ok {
		return match{}, false
	}
	if (s.is(k, "every") || s.is(k, "each")) && s.tok(k+1) != nil {
		// "at 5:30 every morning", "at 9 a.m. every Monday": a time that recurs
		if n := s.tok(k + 1); n.kw == kwPartDay || n.lower == "day" {
			if bare && n.kw == kwPartDay {
				hh = onPart(hh, partOfDay[n.kv])
			}
			return match{i, k + 2, spec{kind: specSet, val: fmt.Sprintf("XXXX-XX-XXT%02d:%02d", hh, mm)}}, true
		} else if n.kw == kwWeekday && n.upper {
			return match{i, k + 2, spec{kind: specSet, val: fmt.Sprintf("XXXX-WXX-%dT%02d:%02d", isoWeekday(n.kv), hh, mm)}}, true
		}
	}
	if s.is(k, "to") || s.is(k, "until") || s.is(k, "till") || s.is(k, "-") || s.is(k, "–") || s.is(k, "and") && s.is(i-1, "between") {
		// "from 6:00 to 9:00 p.m.": the first end of a clock range shares
		// the second's p.m.; clockDays gives it the second's day
		if hh2, _, _, bare2, ok := s.clockAt(k + 1); ok && bare && !bare2 && hh < 12 && hh2 > 12 && hh+12 <= hh2 {
			hh, bare = hh+12, false
		}
	}
	if bare {
		if tod, ok := s.greeting(i); ok && !s.partAfter(k) {
			hh = onPart(hh, tod) // "Good evening, it is 7 o'clock"; not "at 10:42 this morning"
		}
	}
	if hh == 24 && s.is(i-1, "after") {
		hh = 0 // "shortly after midnight on Saturday": the small hours of Saturday
	}
	c := k
	if s.is(c, ",") || s.is(c, "on") {
		c++
	}
	if d, found := s.best(c); found && s.dayForClock(d) {
		if bare && d.sp.tonight {
			hh = onPart(hh, "NI") // "8:30 tonight"
		} else if bare {
			hh = onPart(hh, d.sp.tod) // "2:30 this afternoon", "7:30 Friday night"
		}
		d.i = i
		d.sp.hh, d.sp.mm, d.sp.clock, d.sp.tod = hh, mm, true, ""
		return d, true
	}
	if t := s.tok(i); bare && t.kind == tokNum && !strings.Contains(t.text, ":") && !s.is(k-1, "clock") {
		return match{}, false // "at 10" with no day to join: a count; but "it is 7 o'clock"
	}
	if bare && s.tok(i).kind == tokNum && !s.clockContext(i) && !s.is(k-1, "clock") && !s.stamp(i, k) &&
		!(k > i+1 && strings.Contains(s.tok(i).text, ":") && isZone(s.tok(k-1).text)) { // but "(kick-off 14:00 GMT)"
		return match{}, false
	}
	return match{i, k, spec{kind: specClock, hh: hh, mm: mm, clock: true}}, true
}

// partAfter reports whether the clock ending before k names its own part
// of the day: "10:42 this morning", "9 tonight", "7:30 Friday night".
func (s *scanner) partAfter(k int) bool {
	if s.is(k, ",") || s.is(k, "on") {
		k++
	}
	d, found := s.best(k)
	return found && (d.sp.tod != "" || d.sp.tonight)
}

// greeting reads the part of the day a broadcast's greeting gives the
// sentence of token i: "good evening, it is 7 o'clock".
func (s *scanner) greeting(i int) (string, bool) {
	for k := i - 1; k >= 1 && k >= i-8 && !s.boundary(k); k-- {
		if t := s.toks[k]; t.kw == kwPartDay && s.is(k-1, "good") {
			return partOfDay[t.kv], true
		}
	}
	// and a broadcast that opens with one: "good evening ... polls close
	// at 7:30"
	for k := 1; k < len(s.toks) && k < 12 && k < i; k++ {
		if t := s.toks[k]; t.kw == kwPartDay && s.is(k-1, "good") && (t.kv == 1 || t.kv == 2) {
			return partOfDay[t.kv], true
		}
	}
	return "", false
}

// dayForClock reports whether d names a day a clock time can join:
// "Tuesday", "tomorrow", "March 3", a day counted from an event.
func (s *scanner) dayForClock(d match) bool {
	if d.sp.kind == specAgo && d.sp.onDay && !d.sp.clock {
		return true // "2.20am on this day in 1912", "at 9 a.m. a year ago today"
	}
	if d.sp.kind == specAnaphor && d.sp.unit == unitDay && !d.sp.clock {
		return true // "one minute past 11 the following night", "at 9am the next day"
	}
	switch d.sp.kind {
	case specWeekday, specRelDay, specAbs, specEvent:
		return (d.sp.kind != specAbs || d.sp.d > 0) && (d.sp.kind != specEvent || d.sp.event.d.Grain == GrainDay) && !d.sp.clock && (d.sp.tod == "" || !d.sp.timeOfDay && d.sp.kind != specAbs)
	}
	return false
}

// stamp reports a clock time alone on its line, [i, k): a live blog's
// "15:42" over the entry it times.
func (s *scanner) stamp(i, k int) bool {
	t, n := s.tok(i), s.tok(k)
	return k == i+1 && len(t.text) == 5 && t.text[2] == ':' && (i == 0 || t.nl) && (n == nil || n.nl) // "15:42", "09:20"; not a score's "2:10"
}

// clockContext accepts a bare "11:15" after "at", "by", "until", "from",
// "before", "after" or "around": a time, not a score or a ratio.
func (s *scanner) clockContext(i int) bool {
	p := s.tok(i - 1)
	if p == nil {
		return false
	}
	switch p.lower {
	case "at", "by", "until", "till", "from", "before", "after", "around", "about", "since":
		return true
	}
	return false
}

// midPart: "mid-afternoon yesterday", "by mid afternoon", "mid-morning
// Friday": the middle of a part of the day, on the day named after it or
// else on the anchor's.
func (s *scanner) midPart(i int) (match, bool) {
	if !s.is(i, "mid") {
		return match{}, false
	}
	k := i + 1
	if s.is(k, "-") && s.adjacent(k) {
		k++
	}
	t := s.tok(k)
	if t == nil || t.kw != kwPartDay || t.kv > 2 {
		return match{}, false
	}
	tod := partOfDay[t.kv]
	if d, ok := s.best(k + 1); ok && d.i == k+1 && (d.sp.kind == specRelDay || d.sp.kind == specWeekday) && d.sp.tod == "" && !d.sp.tonight {
		d.i, d.sp.tod, d.sp.timeOfDay = i, tod, true
		return d, true
	}
	return match{i, k + 1, spec{kind: specRelDay, tod: tod, timeOfDay: true}}, true
}
