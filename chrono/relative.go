package chrono

import (
	"fmt"
	"strings"
)

// relDay: today, yesterday, tomorrow, tonight.
func (s *scanner) relDay(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	switch t.kw {
	case kwRelDay:
		if t.kv == 0 && s.genericToday(i) {
			// "today's youth", "many of today's computers": the present at large
			return match{i, i + 1, spec{kind: specRef, val: "PRESENT_REF"}}, true
		}
		return match{i, i + 1, spec{kind: specRelDay, n: t.kv}}, true
	case kwTonight:
		if t.kv < 0 {
			// "overnight" as an adverb ("fighting raged overnight"), not as
			// an adjective ("the overnight rate", "an overnight stay")
			if n := s.tok(i + 1); n != nil && n.kind == tokWord && !n.upper && !prepositions[n.lower] && n.kw == kwNone && !s.adverbBeforeVerb(i) {
				return match{}, false
			}
			if determiners[s.toklower(i-1)] {
				return match{}, false
			}
		}
		return match{i, i + 1, spec{kind: specRelDay, n: t.kv, tonight: true}}, true
	}
	return match{}, false
}

// adverbBeforeVerb reports whether the word at i stands between a subject
// and its verb: "strikes overnight killed 25", "Taiwan overnight bought";
// not "Overnight rose two points" or "arranging overnight matched sales",
// where the money market's overnight rate is a noun or an adjective.
func (s *scanner) adverbBeforeVerb(i int) bool {
	p, n := s.tok(i-1), s.tok(i+1)
	return p != nil && n != nil && p.kind == tokWord && !strings.HasSuffix(p.lower, "ing") && verbTense(n.lower) != 0
}

// shift: "last week", "this year", "next month", "last Tuesday", "last December", "this summer".
func (s *scanner) shift(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	start, off := i, t.kv
	if t.lower == "current" && !t.upper {
		// "current market conditions", "his current wife": the present; "the
		// then current price": the past it was current in
		n := s.tok(i + 1)
		if n == nil || n.kind != tokWord || n.upper || n.kw == kwUnit || n.lower == "fiscal" || accountingNouns[n.lower] {
			return match{}, false
		}
		if s.is(i-1, "then") {
			return match{i - 1, i + 1, spec{kind: specRef, val: "PAST_REF"}}, true
		}
		return match{i, i + 1, spec{kind: specRef, val: "PRESENT_REF"}}, true
	}
	switch {
	case t.kw == kwShift:
	case t.lower == "the" && s.is(i+1, "current"):
		// "the current year", "the current fiscal quarter": this one.
		i, off = i+1, 0
		if s.is(i+1, "fiscal") {
			i++
		}
		if u := s.tok(i + 1); u == nil || u.kw != kwUnit || u.kv == unitDay {
			return match{}, false
		}
	case t.lower == "the" && s.is(i+1, "full") && s.is(i+2, "year"):
		// "the full year": the year the results are for, the anchor's.
		return match{start, i + 3, spec{kind: specShift, unit: unitYear}}, true
	case t.lower == "the" && s.is(i+1, "year") && s.tok(i+2) != nil && s.tok(i+2).kind == tokNum && !s.tok(i+2).nl:
		// "by the year 2000": the year, with its noun
		if y, ok := s.yearAt(i + 2); ok {
			return match{start, i + 3, spec{kind: specAbs, y: y}}, true
		}
		return match{}, false
	case t.lower == "the" && (s.is(i+1, "year") || s.is(i+1, "week") || s.is(i+1, "month")) &&
		(s.is(i+2, "ended") || s.is(i+2, "ending") || s.is(i+2, "to") && (s.isMonth(i+3) || s.isWeekday(i+3))):
		// "the year ended March 31", "the week ended February 22", "the
		// year to Dec 31": a stretch ending then, not a calendar period.
		u := s.tok(i + 1).kv
		return match{start, i + 2, spec{kind: specDuration, n: 1, unit: u, val: durationValue(1, u)}}, true
	case t.lower == "the" && s.is(i+1, "year") && (yearOfWords[s.toks[max(i-1, 0)].lower] || s.is(i-1, "to") && (s.is(i-2, "start") || s.is(i-2, "end"))) && i > 0 && s.boundaryAfter(i+2) &&
		!(s.tok(i+1).upper && s.tok(i-2) != nil && s.tok(i-2).upper): // not "Time's Person of the Year"
		// "for the year", "of the year", "a strong start to the year": the
		// year being reported, the anchor's.
		return match{start, i + 2, spec{kind: specShift, unit: unitYear}}, true
	case t.lower == "the" && (s.is(i+1, "latest") || s.is(i+1, "past") || s.is(i+1, "last") ||
		s.is(i+1, "most") && s.is(i+2, "recent")) && s.fiscalYearAt(i+2+boolInt(s.is(i+1, "most"))):
		// "in the latest fiscal year", "the past financial year": the last
		// complete one
		return match{start, i + 4 + boolInt(s.is(i+1, "most")), spec{kind: specShift, unit: unitYear, n: -1}}, true
	case t.lower == "the" && s.is(i+1, "fiscal") && s.is(i+2, "year"):
		if (s.is(i-1, "for") || s.is(i-1, "of")) && s.boundaryAfter(i+3) {
			// "lower earnings for the fiscal year.": the year being reported
			return match{start, i + 3, spec{kind: specShift, unit: unitYear}}, true
		}
		if k := i + 3 + boolInt(s.is(i+3, ",")); (s.is(k, "that") || s.is(k, "which")) && (s.is(k+1, "ends") || s.is(k+1, "began") || s.is(k+1, "begins") || s.is(k+1, "started") || s.is(k+1, "starts")) {
			// "for the fiscal year that ends May 31": one year, the current
			// one, or the one the date after it states ("that began Feb 1,
			// 1987")
			c := k + 2
			if s.is(c, "on") || s.is(c, "in") {
				c++
			}
			if _, next, ok := s.monthAt(c); ok {
				if _, n2, ok := s.dayAt(next); ok {
					next = n2
				}
				if s.is(next, ",") {
					next++
				}
				if y, ok := s.yearAt(next); ok {
					return match{start, i + 3, spec{kind: specAbs, y: y}}, true
				}
			}
			return match{start, i + 3, spec{kind: specShift, unit: unitYear}}, true
		}
		return match{start, i + 3, spec{kind: specDuration, n: 1, unit: unitYear, val: "P1Y"}}, true
	case t.lower == "year" && (s.is(i+1, "end") || s.is(i+1, "-") && s.adjacent(i+1) && s.is(i+2, "end")):
		// "year-end", "year end": the last day of the anchor's year; but a
		// fiscal or financial year ends on no day we know.
		j := i + 2
		if s.is(i+1, "-") {
			j++
		}
		if s.is(i-1, "fiscal") || s.is(i-1, "financial") || s.is(i-1, "-") && s.is(i-2, "half") {
			return match{}, false // nor does a half-year
		}
		if y, ok := s.yearAt(j); ok && y >= 1800 {
			// "at year-end 1985"; not "at year-end 2000 employees"
			if n := s.tok(j + 1); n == nil || n.kind != tokWord || n.upper || !pluralNoun(n.lower) {
				return match{start, j + 1, spec{kind: specAbs, y: y, m: 12, d: 31}}, true
			}
		}
		return match{start, j, spec{kind: specShift, unit: unitYear, mod: "END", yearEnd: true}}, true
	case t.lower == "the" && s.is(i+1, "week") && (s.is(i-1, "for") && (i == 1 || s.boundary(i-2)) && s.is(i+2, ",") ||
		(s.is(i-1, "for") || s.is(i-1, "on")) && s.boundaryAfter(i+2) && s.is(i+2, ".") ||
		(s.is(i+2, "'") || s.is(i+2, "’")) && s.is(i+3, "s") && s.adjacent(i+2) && !s.tok(i+1).upper):
		// "For the week, the Dow rose 2 percent", "headed for a gain of
		// 1.2% for the week.", "the week's most active session": a market
		// wrap's own week, that of the session it reports
		return match{start, i + 2, spec{kind: specShift, unit: unitWeek, anaphor: true}}, true
	case t.lower == "the" && s.is(i+1, "weekend") || t.lower == "weekend" && s.is(i-1, "this"):
		// "the weekend": the nearest, by tense.
		return match{start, i + 2, spec{kind: specShift, unit: unitWeekend, n: 0, anaphor: true}}, true
	case t.lower == "that" && s.seasonAt(i+1) && !s.is(i+2, "of") && !s.isYear(i+2) && !s.seasonName(i+1) &&
		(i == 0 || s.boundary(i-1) || prepositions[s.toklower(i-1)] && !s.is(i-1, "and") && !s.is(i-1, "or") || s.boundaryAfter(i+2) || s.is(i+2, ",")):
		// "That summer also brought Woodstock", "by that autumn": the
		// season of the year the story is in; not "said that summer
		// tourism rose"
		return match{start, i + 2, spec{kind: specSeason, season: s.toks[i+1].kv, nearest: true, anaphor: true}}, true
	case (t.lower == "the" || t.lower == "in") && s.seasonAt(i+1) && !s.is(i+2, "of") && !s.isYear(i+2) && !s.seasonName(i+1) && !(t.lower == "the" && !prepositions[s.toklower(i-1)] && s.seasonModifies(i+1)):
		// "the summer", "in spring": the nearest such season.
		return match{start + boolInt(t.lower == "in"), i + 2, spec{kind: specSeason, season: s.toks[i+1].kv, n: 0, nearest: true}}, true
	default:
		return match{}, false
	}
	n := s.tok(i + 1)
	if n == nil {
		return match{}, false
	}
	if t.lower == "this" && s.is(i+1, "day") && s.is(i+2, "last") && s.is(i+3, "year") {
		// "on this day last year": the day of publication a year back
		return match{start, i + 4, spec{kind: specAgo, n: 1, unit: unitYear, dir: -1, onDay: true}}, true
	}
	if t.lower == "this" && s.is(i+1, "past") && s.seasonAt(i+2) {
		// "this past spring"
		return match{start, i + 3, spec{kind: specSeason, season: s.toks[i+2].kv, n: -1}}, true
	}
	if u := s.tok(i + 2); t.lower == "this" && (s.is(i+1, "past") || s.is(i+1, "coming")) && u != nil && u.kw == kwWeekday && u.upper {
		// "this past Wednesday", "this coming Friday"
		dir := -1
		if s.is(i+1, "coming") {
			dir = 1
		}
		return match{start, i + 3, spec{kind: specWeekday, wd: u.kv, dir: dir}}, true
	}
	if t.lower == "this" && s.is(i+1, "past") {
		// "this past weekend", "this past week": the last one; "this past
		// year" is as often the last twelve months
		if u := s.tok(i + 2); u != nil && u.kw == kwUnit && (u.kv == unitWeekend || u.kv == unitWeek || u.kv == unitMonth) && !strings.HasSuffix(u.lower, "s") {
			return match{start, i + 3, spec{kind: specShift, unit: u.kv, n: -1}}, true
		}
	}
	i = start + (i - start)
	t = &token{kv: off}
	if (n.lower == "fiscal" || n.lower == "financial") && s.is(i+2, "year") && !s.is(i+3, "-") {
		// "next fiscal year", "last financial year": the year shifted, as
		// "fiscal 1998" is the year
		return match{start, i + 3, spec{kind: specShift, unit: unitYear, n: t.kv}}, true
	}
	switch n.kw {
	case kwUnit:
		if n.kv == unitDay || n.kv == unitDecade && t.kv != 0 || strings.HasSuffix(n.lower, "s") || n.kv == unitHour || n.kv == unitMinute || n.kv == unitSecond {
			// "this day", "last years" are not calendar shifts, and "the
			// last decade" is as often ten years as the 2010s; "this
			// decade" is the 2020s
			return match{}, false
		}
		return match{start, i + 2, spec{kind: specShift, unit: n.kv, n: t.kv}}, true
	case kwWeekday:
		dir := t.kv
		if dir == 0 {
			dir = 2
		}
		return match{i, i + 2, spec{kind: specWeekday, wd: n.kv, dir: dir}}, true
	case kwMonth:
		if u := s.tok(i + 2); u != nil && u.kw == kwUnit {
			return match{}, false // "in the last March week": the week, not last March
		}
		if d, j, ok := s.dayAt(i + 2); ok && n.upper {
			return match{i, j, spec{kind: specAbs, m: n.kv, d: d, n: t.kv, shiftMon: true}}, true // "last March 27"
		}
		if n.upper {
			return match{i, i + 2, spec{kind: specAbs, m: n.kv, n: t.kv, shiftMon: true}}, true
		}
	case kwSeason:
		if s.seasonName(i + 1) {
			return match{}, false // "the last Winter Olympics"
		}
		return match{i, i + 2, spec{kind: specSeason, season: n.kv, n: t.kv}}, true
	}
	return match{}, false
}

// bareSeason: "until summer", "by spring", "since winter": a season with
// no article after a preposition of time is the nearest such season.
func (s *scanner) bareSeason(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || t.kw != kwSeason || t.lower == "fall" || t.upper && i > 0 && !s.boundary(i-1) {
		return match{}, false // "fall" alone is a drop; "Spring Festival" a name
	}
	switch s.toklower(i - 1) {
	case "until", "till", "by", "since", "through", "before", "after", "into", "over", "throughout", "during":
	case "and", "or":
		if p := s.tok(i - 2); p == nil || p.kw != kwSeason {
			return match{}, false // "this spring and summer", "the fall and winter"
		}
	default:
		return match{}, false
	}
	if n := s.tok(i + 1); n != nil && (s.is(i+1, "of") || s.isYear(i+1) || n.kind == tokWord && !n.upper && (pluralNoun(n.lower) || seasonNouns[n.lower] || strings.HasSuffix(n.lower, "ing"))) {
		return match{}, false // "by summer of 2014" is seasonYear's; "after summer vacations", "before spring planting" a noun's
	}
	return match{i, i + 1, spec{kind: specSeason, season: t.kv, nearest: true}}, true
}

// seasonNouns after a season make it a noun's modifier: "summer break".
var seasonNouns = map[string]bool{"break": true, "vacation": true, "holiday": true, "season": true, "camp": true, "school": true,
	"storm": true, "session": true, "term": true, "solstice": true, "equinox": true, "recess": true, "weather": true, "day": true, "wheat": true, "crop": true}

// yearOfWords before "the year" make it the year in question: "profit for
// the year", "the first nine months of the year".
var yearOfWords = map[string]bool{"for": true, "of": true, "during": true, "throughout": true}

// boundaryAfter reports whether token k cannot continue a noun phrase
// ("the year" ends at "," or "." but not at "the year's" or "the year in which").
func (s *scanner) boundaryAfter(k int) bool {
	t := s.tok(k)
	if t == nil {
		return true
	}
	if t.kind == tokPunct {
		return t.text != "'" && t.text != "-" && t.text != "’"
	}
	switch t.lower {
	case "to", "and", "but", "was", "were", "is", "fell", "rose", "of", "as", "at", "from", "in", "on":
		return true
	}
	return false
}

// seasonName reports a capitalised season in a name: "the Winter
// Olympics", "the Summer Games", "the Spring Festival".
func (s *scanner) seasonName(k int) bool {
	t, n := s.tok(k), s.tok(k+1)
	return t != nil && n != nil && t.upper && n.upper && n.kind == tokWord && n.kw == kwNone && !n.nl
}

// seasonAt reports whether token k names a season (not "fall" the verb).
func (s *scanner) seasonAt(k int) bool {
	t := s.tok(k)
	return t != nil && t.kw == kwSeason && (t.lower != "fall" || s.fallSeason(k))
}

// fallSeason reports "fall" the season, in American copy: "expected in the
// fall", "during the fall"; not "the fall in prices", "after the fall of
// the Berlin Wall", "the fall from 1.2".
func (s *scanner) fallSeason(k int) bool {
	if !s.is(k-1, "the") {
		return false
	}
	switch s.toklower(k - 2) {
	case "in", "during", "until", "through", "throughout", "into", "over", "this", "last", "next", "early", "late",
		"spend", "spends", "spent", "spending": // not "surprised by the fall"
	default:
		return false
	}
	switch s.toklower(k + 1) {
	case "of", "in", "from", "to", "by", "was", "is", "has", "had", "came", "left", "would", "will", "since":
		return false
	}
	n := s.tok(k + 1)
	spend := strings.HasPrefix(s.toklower(k-2), "spen") // "spend the fall visiting"
	return (spend || !s.nounAfter(k+1)) && (n == nil || n.kind != tokNum)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// weekday: "Tuesday" (capitalised, full name), resolved by tense.
func (s *scanner) weekday(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || t.kw != kwWeekday || !t.upper {
		return match{}, false
	}
	// "The Sunday Times", "Wednesday Addams": a name, not a day, unless a
	// preposition says it is one ("on Wednesday Paris time").
	if n := s.tok(i + 1); n != nil && n.kind == tokWord && n.upper && n.kw == kwNone && !n.nl && s.zoneAt(i+1) == i+1 {
		p := s.tok(i - 1)
		if p == nil || p.lower == "the" || !dayPrepositions[p.lower] {
			return match{}, false
		}
		if (p.lower == "and" || p.lower == "or") && !s.isWeekday(i-2) {
			return match{}, false // "the Telegraph and Sunday Telegraph", but "Monday and Tuesday Paris time"
		}
	}
	if n, n2 := s.tok(i+1), s.tok(i+2); n != nil && n2 != nil && n.upper && n.kw == kwPartDay && n2.upper && n2.kind == tokWord && n2.kw == kwNone && !s.boundary(i+1) {
		return match{}, false // "Thursday Night Football", "Monday Night Raw": a programme
	}
	if t.kv == 0 && (s.is(i+1, "school") || s.is(i+1, "schools")) {
		return match{}, false // "taught Sunday school"
	}
	if (s.is(i-1, "and") || s.is(i-1, "or")) && s.isWeekday(i-2) && (s.is(i-3, "every") || s.is(i-3, "each")) {
		// "every Tuesday and Friday": both recur
		return match{i, i + 1, spec{kind: specSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(t.kv))}}, true
	}
	if h, ok := s.holidayEndingAt(i); ok {
		return h, true // "Black Friday", "Palm Sunday"
	}
	// "Black Monday", "Super Tuesday", "Bloody Sunday": a day in history
	// or a campaign's name, not the week's.
	if p := s.tok(i - 1); p != nil && p.upper && namedWeekdays[p.lower] {
		return match{}, false
	}
	if s.is(i-1, "on") && sundayPapers[s.toklower(i-2)] && s.tok(i-2).upper && s.is(i-3, "the") {
		return match{}, false // "the Mail on Sunday", "the Independent on Sunday"
	}
	if s.is(i-1, "news") && s.is(i-2, "fox") && s.tok(i-1).upper {
		return match{}, false // "Fox News Sunday", a programme; but "told ABC News Tuesday"
	}
	if w := s.tok(i + 1); w != nil && w.lower == "week" && !w.upper && s.weekOnEnd(i+2) {
		// "on Monday week": British for the Monday after the coming one
		return match{i, i + 2, spec{kind: specWeekday, wd: t.kv, dir: 3, weekOn: true}}, true
	}
	return match{i, i + 1, spec{kind: specWeekday, wd: t.kv}}, true
}

// weekOnEnd reports what may follow "Monday week": the end of its clause
// or a word that does not make "week" a noun's ("Monday week's vote").
func (s *scanner) weekOnEnd(k int) bool {
	n := s.tok(k)
	return n == nil || n.kind == tokPunct && n.text != "'" && n.text != "’" && n.text != "-" || n.kind == tokWord && (prepositions[n.lower] || n.lower == "when" || n.lower == "the")
}

// namedWeekdays name a day with no rule that dates it ("Black Monday" of
// 1987 or of 1929); the feasts that have one are holidays.
var namedWeekdays = map[string]bool{"black": true, "bloody": true, "super": true, "cyber": true,
	"giving": true, "blue": true, "holy": true, "maundy": true, "shrove": true, "fat": true}

// sundayPapers are newspapers named "the X on Sunday".
var sundayPapers = map[string]bool{"mail": true, "independent": true, "scotland": true}

// isWeekday reports whether token k names a day of the week.
func (s *scanner) isWeekday(k int) bool {
	t := s.tok(k)
	return t != nil && (t.kw == kwWeekday || t.kw == kwWeekdayAbbr)
}

// genericToday reports whether "today's" at token i means these times, not
// the day: "today's youth", "in today's world", "many of today's computers".
func (s *scanner) genericToday(i int) bool {
	if !(s.is(i+1, "'") || s.is(i+1, "’")) || !s.is(i+2, "s") {
		return false
	}
	if s.is(i-1, "of") {
		switch s.toklower(i - 2) {
		case "many", "most", "some", "all", "few", "much", "several":
			return true
		}
	}
	return genericNouns[s.toklower(i+3)]
}

// genericNouns after "today's" speak of the present age.
var genericNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true, "kids": true,
	"young": true, "teenagers": true, "economy": true, "standards": true, "age": true, "culture": true,
}

// accountingNouns after "current" name a kind of thing, not a time:
// "current assets", "the current account", "in current dollars".
var accountingNouns = map[string]bool{
	"account": true, "accounts": true, "assets": true, "liabilities": true, "ratio": true, "dollars": true,
	"yield": true, "yields": true, "affairs": true, "events": true, "flow": true, "density": true,
}

// fiscalYearAt reports whether "fiscal year" or "financial year" starts at
// k, and not "fiscal-year" as an adjective ("the fiscal year-end").
func (s *scanner) fiscalYearAt(k int) bool {
	return (s.is(k, "fiscal") || s.is(k, "financial")) && s.is(k+1, "year") && !s.is(k+2, "-")
}

// seasonModifies reports a season at token k that qualifies the plural
// noun after it: "The winter swimmers are unbothered", "the summer
// holidays"; but "the summer months" is a time.
func (s *scanner) seasonModifies(k int) bool {
	n, after := s.tok(k+1), s.tok(k+2)
	if s.tok(k).upper || n == nil || after == nil || n.kind != tokWord || n.upper || n.kw != kwNone || len(n.lower) <= 3 || !strings.HasSuffix(n.lower, "s") || strings.HasSuffix(n.lower, "ss") ||
		s.tokTense(k+1) != 0 || prepositions[n.lower] || functionWords[n.lower] || presentVerbs[n.lower] {
		return false
	}
	// the noun then its verb, or its "of": "The winter swimmers are", "the
	// Spring meetings of the IMF"; not "The spring brings rain"
	switch after.lower {
	case "are", "were", "have", "had", "will", "would", "of", "":
		return after.lower != "" || after.text == ","
	}
	return s.tokTense(k+2) != 0
}
