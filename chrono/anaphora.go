package chrono

// anaphor: "the next day", "the following year", "that week", "the same
// day", "the day before": dates that count from the date the text named
// last, not from the publication date.
func (s *scanner) anaphor(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	switch t.lower {
	case "that", "the":
	default:
		return match{}, false
	}
	k := i + 1
	n := 0
	switch w := s.tok(k); {
	case w == nil:
		return match{}, false
	case w.lower == "next" || w.lower == "following" || w.lower == "previous" || w.lower == "preceding" || w.lower == "prior":
		if t.lower != "the" {
			return match{}, false
		}
		n = 1
		if w.lower == "previous" || w.lower == "preceding" || w.lower == "prior" {
			n = -1 // "the prior year": wire copy's "the previous year"
		}
		k++
	case w.lower == "same" || (w.lower == "corresponding" || w.lower == "comparable") && t.lower == "the":
		k++
	}
	u := s.tok(k)
	if u != nil && u.lower == "fortnight" {
		return match{}, false // "the next fortnight": two weeks, a length (quantity)
	}
	if u != nil && u.kw == kwWeekday && u.upper && n != 0 && t.lower == "the" {
		// "the previous Friday", "the following Monday": from the date named before.
		return match{i, k + 1, spec{kind: specAnaphor, unit: unitWeekdayOf, wd: u.kv, n: n}}, true
	}
	if m, ok := s.thatOne(i, u, k); ok && t.lower == "that" && n == 0 {
		return m, true
	}
	if u != nil && u.kw == kwPartDay && t.lower == "the" && k == i+1 && dayPartPreps[s.toklower(i-1)] && !s.is(k+1, "of") && !s.nounAfter(k+1) {
		// "dealers bought in the morning", "shares fell in the afternoon":
		// that part of the day named last, or of the day of publication
		sp := spec{kind: specRelDay, tod: partOfDay[u.kv], timeOfDay: true}
		if s.last.Grain == GrainDay && !s.last.IsZero() && !s.is(s.lastTok, "'") && !s.is(s.lastTok, "’") &&
			(s.sameSentence(s.lastTok, i) || s.sentencesBetween(s.lastTok, i) <= 1 && s.recent(s.last)) {
			// "... the market crashed Friday. Dealers placed heavy buy
			// orders in the morning": a news day just before
			sp = spec{kind: specAnaphor, unit: unitDay, tod: partOfDay[u.kv], timeOfDay: true}
		}
		return match{i, k + 1, sp}, true
	}
	if u != nil && u.kw == kwPartDay && n == 0 && t.lower == "the" && k == i+1 && (s.is(k+1, "before") || s.is(k+1, "after")) {
		// "had argued with him the night before", "the morning after": the
		// day before or after the date named before; not "the night before
		// the vote"
		if e := s.tok(k + 2); e == nil || e.kind == tokPunct || clauseAfter[e.lower] && !s.is(k+3, "after") && !s.is(k+3, "before") {
			n = 1
			if s.is(k+1, "before") {
				n = -1
			}
			return match{i, k + 2, spec{kind: specAnaphor, unit: unitDay, n: n, tod: partOfDay[u.kv]}}, true
		}
	}
	if u != nil && u.kw == kwPartDay && n != 0 && t.lower == "the" {
		// "the next morning": the day after the date named before, in the morning.
		return match{i, k + 1, spec{kind: specAnaphor, unit: unitDay, n: n, tod: partOfDay[u.kv]}}, true
	}
	if u == nil || u.kw != kwUnit || u.kv == unitWeekend || u.kv == unitHour || u.kv == unitMinute || u.kv == unitSecond {
		return match{}, false
	}
	if len(u.lower) > 1 && u.lower[len(u.lower)-1] == 's' {
		return match{}, false // "the following days" is a stretch, not a date
	}
	if _, ok := s.namedBefore(i, GrainDecade); n > 0 && (u.kv == unitDecade || u.kv == unitCentury) && !ok && spanWords[s.toklower(i-1)] {
		return match{}, false // "over the next decade": ten years to come; but "early in the next decade" is the next one
	}
	j := k + 1
	if t.lower == "the" && n == 0 && !s.is(i+1, "next") && (u.kv == unitDay || u.kv == unitWeek || u.kv == unitMonth) {
		// "the same month last year", "the corresponding week a year ago":
		// the date named before, a year back, where it names such a period
		g := map[int]Grain{unitDay: GrainDay, unitWeek: GrainWeek, unitMonth: GrainMonth}[u.kv]
		if y := s.yearBackAt(j); y > j && !s.lastFirm.IsZero() && s.lastFirm.Grain.Rank() <= g.Rank() {
			return match{i, y, spec{kind: specAnaphor, unit: u.kv, yearBack: true}}, true
		}
	}
	if (s.is(i+1, "corresponding") || s.is(i+1, "comparable")) && u.kv != unitYear {
		return match{}, false // "the corresponding week" alone: left to the quarter rules
	}
	if t.lower == "the" && n == 0 {
		// "the day before", "the day after": one unit from the last date;
		// "the same day" stays on it; a bare "the day" is too vague.
		switch {
		case s.is(j, "before"):
			n, j = -1, j+1
		case s.is(j, "after"):
			n, j = 1, j+1
		case s.is(i+1, "same"):
		default:
			return match{}, false
		}
		if d, ok := s.best(j); ok && n != 0 && u.kv == unitDay && d.i == j && d.sp.dayShift == 0 &&
			(d.sp.kind == specWeekday || d.sp.kind == specRelDay || d.sp.kind == specHoliday && !d.sp.weekOf || d.sp.kind == specAbs && d.sp.d > 0 && d.sp.d2 == 0) && !d.sp.clock && d.sp.tod == "" {
			// "the day before last Tuesday's hearing", "the day after
			// January 6", "the day before Thanksgiving": that day, one day off
			d.i, d.sp.dayShift = i, n
			return d, true
		}
		if n != 0 && s.tok(j) != nil && s.tok(j).kind == tokWord && s.tok(j).kw == kwNone && !prepositions[s.tok(j).lower] {
			return match{}, false // "the day before the vote": relative to an event, not a date
		}
	}
	if t.lower == "that" && s.tok(k).lower == "quarter" {
		// "that quarter": the quarter named before.
		return match{i, j, spec{kind: specQuarter, anaphor: true}}, true
	}
	return match{i, j, spec{kind: specAnaphor, unit: u.kv, n: n}}, true
}

// yearBackAt reads "last year", "a year ago", "a year earlier", "of last
// year", "the previous year" at token k and returns the token after it, or
// k.
func (s *scanner) yearBackAt(k0 int) int {
	k := k0
	if s.is(k, "of") {
		k++
	}
	switch {
	case s.is(k, "last") && s.is(k+1, "year"):
		return k + 2
	case (s.is(k, "a") || s.is(k, "one")) && s.is(k+1, "year") && (s.is(k+2, "ago") || s.is(k+2, "earlier") || s.is(k+2, "before")):
		return k + 3
	case s.is(k, "the") && (s.is(k+1, "previous") || s.is(k+1, "prior")) && s.is(k+2, "year"):
		return k + 3
	}
	return k0
}

// thatOne reads "that night", "that September", "that summer" (u, token k):
// a part of the day named last, or a month or season in its year.
func (s *scanner) thatOne(i int, u *token, k int) (match, bool) {
	if u == nil || s.last.IsZero() || s.lastTok > i {
		return match{}, false
	}
	switch {
	case u.kw == kwPartDay && (s.last.Grain == GrainDay || s.last.Grain == GrainMinute || !s.storyDay.IsZero()):
		// "that night", after "Tuesday" or "at 10:25 p.m. Tuesday", or in
		// a story of one night ("Thirty-five years ago tonight")
		return match{i, k + 1, spec{kind: specAnaphor, unit: unitDay, tod: partOfDay[u.kv]}}, true
	case u.kw == kwWeekday && u.upper && s.last.Grain == GrainDay && s.sentencesBetween(s.lastTok, i) <= 2 && !s.thatClause(i, k+1) &&
		s.lastTok != i && s.tokTense(k+1) == 0: // not "said on March 5 that Friday would be busy"
		// "last seen on March 9. When she didn't call that Saturday": the
		// Saturday of that day, or the first after it
		return match{i, k + 1, spec{kind: specAnaphor, unit: unitWeekdayOf, wd: u.kv}}, true
	case s.last.Grain.Rank() > GrainYear.Rank() || s.thatClause(i, k+1):
		return match{}, false
	case (u.kw == kwMonth || u.kw == kwMonthAbbr) && u.upper && u.kv != 3 && u.kv != 5: // not "the fact that May called it"
		return match{i, k + 1, spec{kind: specAbs, m: u.kv, y: s.last.Start.Year(), thatYear: true}}, true
	case u.kw == kwSeason:
		return match{i, k + 1, spec{kind: specSeason, season: u.kv, y: s.last.Start.Year(), thatYear: true}}, true
	}
	return match{}, false
}

// thatClause reports whether "that" at token i opens a clause rather than
// points back: "said that February orders rose", "indications were that
// winter kill", "that spring sowing". The month or season ends at token j.
func (s *scanner) thatClause(i, j int) bool {
	if p := s.tok(i - 1); p != nil && p.kind == tokWord && (reportingVerbs[p.lower] || s.tokTense(i-1) != 0 || clauseVerbs[p.lower]) {
		return true
	}
	n := s.tok(j)
	switch {
	case n == nil || n.kind == tokPunct && !isCloseQuote(n.text) || s.boundary(j-1):
		return false // but "told a dinner that February's deficit was" opens a clause
	case n.kind == tokWord && (prepositions[n.lower] || n.lower == "and" || s.tokTense(j) != 0):
		return false // "a drought that summer in the Midwest", "That winter brought snow"
	case n.kind == tokWord && subjectPronouns[n.lower] && (i == 0 || s.boundary(i-1)):
		return false // "That summer he toured Europe"
	}
	return true
}

// subjectPronouns open a main clause after a fronted time: "That summer he".
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true}

// clauseVerbs take a "that" clause.
var clauseVerbs = map[string]bool{"is": true, "are": true, "be": true, "say": true, "think": true, "thought": true,
	"believe": true, "believes": true, "ensure": true, "expect": true, "expects": true, "hope": true, "hopes": true,
	"show": true, "shows": true, "suggest": true, "suggests": true, "so": true, "now": true, "such": true}

// spanWords before "the next decade" make it a stretch of time.
var spanWords = map[string]bool{"over": true, "for": true, "during": true, "throughout": true, "within": true, "across": true}

// dayPartPreps before "the morning" make it a time of the day in question.
var dayPartPreps = map[string]bool{"in": true, "during": true, "throughout": true, "until": true, "through": true}

// nounAfter reports a noun that a time word before token k qualifies: "the
// morning session", "the afternoon papers".
func (s *scanner) nounAfter(k int) bool {
	n := s.tok(k)
	if n == nil || n.kind != tokWord || n.upper || n.kw != kwNone || prepositions[n.lower] || s.tokTense(k) != 0 {
		return false
	}
	switch n.lower {
	case "and", "or", "but", "rather", "when", "while", "as", "so", "then", "before", "after", "that", "which":
		return false
	}
	return true
}

// recent reports whether d lies within a week of the anchor: a news day.
func (s *scanner) recent(d Date) bool {
	return !s.anchorDay.IsZero() && d.End.After(s.anchorDay.AddDate(0, 0, -8)) && d.Start.Before(s.anchorDay.AddDate(0, 0, 8))
}

// clauseAfter words after "the night before" start another clause, not
// the event it was before: "had started the night before and drawn 100
// people"; but "the night before and after the vote".
var clauseAfter = map[string]bool{"and": true, "but": true, "when": true, "while": true, "as": true, "so": true}
