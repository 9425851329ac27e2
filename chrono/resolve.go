package chrono

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// resolve turns a rule's spec into a dated mention.
func (s *scanner) resolve(m match, a Anchor) Mention {
	men := s.resolveOne(m, a)
	if m.sp.weekOf && men.Date.Grain == GrainDay {
		men.Date = WeekDate(men.Date.Start)
		men.Why += "; the week it falls in"
	}
	if m.sp.d2 > 0 {
		men = s.dayRange(men, m.sp)
	}
	return men
}

func (s *scanner) resolveOne(m match, a Anchor) Mention {
	first, last := s.toks[m.i], s.toks[m.j-1]
	men := Mention{Start: first.start, End: last.end, Text: s.text[first.start:last.end], Type: TypeDate}
	sp := m.sp
	anchor := Truncate(a.Day)
	rel := RelativeToPublication
	anchorName := "publication date"
	conf := 0.85
	if !a.Published {
		rel, anchorName, conf = RelativeToReference, "reference date", 0.5
	}
	anchorISO := s.anchorISO(anchor)
	relative := func(d Date, why string) {
		men.Date, men.Resolution, men.Anchor, men.Confidence, men.Inferred = d, rel, anchor, conf, !a.Published
		men.Why = why + " from " + anchorName + " " + anchorISO
	}

	if a.Day.IsZero() && needsAnchor(sp) {
		men.Date = Date{Value: unanchored(sp)}
		men.Stated = men.Date.Value
		men.Resolution, men.Confidence = YearInferred, 0.3
		men.Why = "no publication or reference date: the unknown parts stay X"
		if sp.kind != specAbs {
			men.Resolution = RelativeToReference
		}
		if sp.kind == specRelDay && sp.tonight {
			men.Type = TypeTime
		}
		return men
	}

	switch sp.kind {
	case specAbs:
		if sp.ambiguous && a.Published && sp.d <= 12 {
			// "8/1/2026" in an article of 8 January 2026: of the two
			// readings, a date after publication loses to one near it.
			read, other := DayDate(sp.y, time.Month(sp.m), sp.d), DayDate(sp.y, time.Month(sp.d), sp.m)
			if read.Start.After(anchor) && distance(anchor, other) < distance(anchor, read) {
				sp.m, sp.d = sp.d, sp.m
				sp.how += "; read the other way, nearer the publication date"
			}
		}
		switch {
		case sp.y > 0 && sp.d > 0 && sp.clock:
			men.Type = TypeTime
			men.Date = MinuteDate(sp.y, time.Month(sp.m), sp.d, sp.hh, sp.mm)
		case sp.y > 0 && sp.d > 0:
			men.Date = DayDate(sp.y, time.Month(sp.m), sp.d)
		case sp.y > 0 && sp.m > 0:
			men.Date = MonthDate(sp.y, time.Month(sp.m))
		case sp.y > 0:
			men.Date = YearDate(sp.y)
		}
		if sp.y > 0 {
			men.Resolution, men.Confidence, men.Why = Explicit, 0.95, "stated in full"
			if sp.how != "" {
				men.Why = sp.how
			}
			if sp.ambiguous {
				men.Ambiguous, men.Confidence = true, 0.6
			}
			break
		}
		if sp.relYear {
			relative(MonthDate(anchor.Year()+sp.n, time.Month(sp.m)), fmt.Sprintf("%q: the month in the year %+d", men.Text, sp.n))
			break
		}
		if sp.shiftMon {
			d := shiftMonth(anchor, time.Month(sp.m), sp.n)
			relative(d, fmt.Sprintf("%q: the %s such month", men.Text, [...]string{"previous", "current", "next"}[sp.n+1]))
			break
		}
		if s.is(m.i-1, "ended") && s.prevQTok == m.i-1 && !s.prevQ.IsZero() && !s.prevQByEnd && sp.d > 0 {
			// "the second quarter ended Oct. 31": a quarter that has ended
			// by publication and within half a year of the quarter named
			// (fiscal quarters are not calendar ones).
			limit := s.prevQ.End.AddDate(0, 6, 0)
			if anchor.Before(limit) {
				limit = anchor
			}
			y := limit.Year()
			if d := yearDate(y, sp); d.IsZero() || d.Start.After(limit) {
				y--
			}
			if d := yearDate(y, sp); !d.IsZero() {
				men.Date, men.Anchor = d, s.prevQ.Start
				men.Resolution, men.Confidence = RelativeToPrevious, 0.75
				men.Why = "the end of the quarter named before it, " + s.prevQ.Value
				break
			}
		}
		lean := s.tenseNear(m.i, m.j)
		if lean == 0 {
			lean = s.clauseTense(m.i, m.j) // no verb near: the clause's, if it has one tense
		}
		if p := s.tok(m.i - 1); p != nil && (deadlineWords[p.lower] || p.lower == "ending") && lean < 0 {
			lean = 0 // "extended the offer to March 20": a deadline, whatever the verb's tense
		}
		if s.is(m.i-1, "and") && s.is(m.i-2, "now") {
			lean = 1 // "between now and June"
		}
		if y, ok := s.yearBefore(m.i); ok && (lean == 0 || lean > 0 && y >= anchor.Year() || lean < 0 && y <= anchor.Year()) {
			if d := yearDate(y, sp); !d.IsZero() {
				men.Date, men.Anchor = d, anchor
				men.Resolution, men.Confidence = YearInferred, 0.75
				men.Why = fmt.Sprintf("year %d from the date stated before it in the sentence", y)
				break
			}
		}
		d, how := inferYear(anchor, sp, lean)
		men.Date, men.Anchor = d, anchor
		men.Resolution, men.Confidence = YearInferred, 0.8
		men.Why = "year " + strconv.Itoa(d.Start.Year()) + " inferred: " + how + " " + anchorName + " " + anchorISO
		if !a.Published {
			men.Confidence, men.Inferred = 0.4, true
		}

	case specRelDay:
		d := anchor.AddDate(0, 0, sp.n)
		relative(DayDate(d.Year(), d.Month(), d.Day()), fmt.Sprintf("%q: %+d days", strings.ToLower(men.Text), sp.n))
		if sp.tonight {
			men.Type = TypeTime
			men.Date.Value += "TNI"
		}

	case specWeekday:
		dir := sp.dir
		why := map[int]string{-1: "the previous", 1: "the next", 2: "this week's"}[dir]
		if dir == 0 {
			why = "the nearest past (or same-day)"
			if s.weekdayAhead(m) {
				dir, why = 3, "the nearest coming (or same-day)"
			}
		}
		d := weekdayFrom(anchor, time.Weekday(sp.wd), dir)
		relative(DayDate(d.Year(), d.Month(), d.Day()), fmt.Sprintf("%s %s", why, time.Weekday(sp.wd)))

	case specShift:
		if sp.yearEnd {
			if s.is(m.i-1, "since") {
				// "the change since year-end": the last one gone by
				relative(DayDate(anchor.Year()-1, 12, 31), "the end of the last calendar year")
				break
			}
			relative(DayDate(anchor.Year(), 12, 31), "the end of the calendar year")
			break
		}
		if sp.unit == unitWeekend && sp.anaphor {
			// "the weekend": the last one, or the next in a future-tense sentence.
			n := -1
			if wd := anchor.Weekday(); wd == time.Saturday || wd == time.Sunday {
				n = 0
			}
			if s.tenseNear(m.i, m.j) > 0 && n < 0 {
				n = 0
			}
			relative(shiftUnit(anchor, unitWeekend, n), fmt.Sprintf("%q: the nearest weekend", strings.ToLower(men.Text)))
			break
		}
		relative(shiftUnit(anchor, sp.unit, sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specAgo:
		if q, ok := s.yearAgoQuarter(sp.unit, sp.dir*sp.n, m); ok {
			why := "comparing quarters: the quarter in question a year before,"
			if q.Grain == GrainYear {
				why = "comparing the months reported: the year before theirs,"
			}
			relative(q, fmt.Sprintf("%q, %s", strings.ToLower(men.Text), why))
			break
		}
		relative(shiftUnit(anchor, sp.unit, sp.dir*sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specSeason:
		if sp.y > 0 {
			men.Date, men.Resolution, men.Confidence, men.Why = SeasonDate(sp.y, sp.season), Explicit, 0.9, "stated season and year"
			break
		}
		if sp.nearest {
			lean := s.tense(m.i, m.j)
			var best Date
			bestDist := 0
			for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
				d := SeasonDate(y, sp.season)
				if dist := weighted(distance(anchor, d), d, anchor, lean); best.IsZero() || dist < bestDist {
					best, bestDist = d, dist
				}
			}
			relative(best, fmt.Sprintf("%q: the nearest such season", strings.ToLower(men.Text)))
			break
		}
		relative(shiftSeason(anchor, sp.season, sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specDuration:
		men.Type, men.Date.Value, men.Resolution, men.Confidence, men.Why = TypeDuration, sp.val, Explicit, 0.9, "a length of time"
	case specSet:
		men.Type, men.Date.Value, men.Resolution, men.Confidence, men.Why = TypeSet, sp.val, Explicit, 0.9, "a recurrence"
	case specRef:
		men.Date.Value, men.Resolution, men.Confidence, men.Why = sp.val, Explicit, 0.7, "the present, past or future as a whole"

	case specQuarter, specHalf:
		men.Date, men.Resolution, men.Confidence, men.Why = s.quarterDate(sp, anchor, m)
		if men.Resolution == RelativeToPrevious {
			men.Anchor, men.Inferred = s.lastQuarter.Start, !a.Published
			if sp.monthAgo {
				men.Anchor = s.last.Start
			}
		} else if men.Resolution != Explicit {
			men.Anchor, men.Inferred = anchor, !a.Published
			if men.Resolution == RelativeToPublication && !a.Published {
				men.Resolution = RelativeToReference
			}
		}
		if sp.kind == specQuarter && men.Date.Grain == GrainQuarter {
			if (!sp.anaphor || sp.latest || s.lastQuarter.IsZero() && sp.dir == 0) && !(s.indefinite(m.i) && !s.hyphenated(m.i, m.j)) {
				// "after a flat second quarter" is background; the quarter
				// the text reports stays the one comparisons refer to
				s.lastQuarter = men.Date
			}
			s.lastQuarterTok = m.j
			s.prevQ, s.prevQTok = men.Date, m.j
		}

	case specHoliday:
		d, res := holidayDate(sp, anchor, s.tense(m.i, m.j))
		men.Date, men.Resolution, men.Confidence, men.Why = d, res, 0.9, "a named day"
		if res != Explicit {
			men.Anchor, men.Confidence, men.Inferred = anchor, 0.8, !a.Published
			men.Why = "a named day, in the year nearest the " + anchorName + " " + ISO(anchor)
			if sp.n != 0 {
				men.Resolution = rel
			}
		}

	case specCentury:
		men.Date, men.Resolution, men.Confidence, men.Why = CenturyDate(sp.y), Explicit, 0.9, "stated century"

	case specAnaphor:
		base, res, why := s.last, RelativeToPrevious, "from the date named before, "
		if base.IsZero() {
			base, res, why = DayDate(anchor.Year(), anchor.Month(), anchor.Day()), rel, "no date named before: from the "+anchorName+" "
		}
		d := anaphorDate(base, sp.unit, sp.n, sp.wd)
		men.Date, men.Resolution, men.Anchor, men.Confidence, men.Inferred = d, res, base.Start, 0.6, !a.Published
		men.Why = why + base.Value

	case specDecade:
		men.Date, men.Resolution, men.Confidence, men.Why = DecadeDate(sp.y), Explicit, 0.9, "stated decade"
	}
	men.Mod = sp.mod
	men.Stated = men.Date.Value

	if needsAnchor(sp) || sp.kind == specAnaphor || sp.kind == specQuarter && (sp.anaphor || sp.relYear) {
		men.Stated = unanchored(sp)
	}
	if sp.kind == specClock {
		men.Type = TypeTime
		day := "XXXX-XX-XX"
		if !anchor.IsZero() {
			day = ISO(anchor)
		}
		// A time with no day dates nothing in the chronology.
		men.Date = Date{Value: fmt.Sprintf("%sT%02d:%02d", day, sp.hh, sp.mm)}
		men.Stated = fmt.Sprintf("XXXX-XX-XXT%02d:%02d", sp.hh, sp.mm)
		men.Resolution, men.Confidence, men.Why = rel, 0.5, "a clock time on the day of the "+anchorName
	}
	if !men.Date.Start.IsZero() && men.Date.Grain == GrainDay {
		switch {
		case sp.clock:
			men.Type = TypeTime
			men.Date.Value += fmt.Sprintf("T%02d:%02d", sp.hh, sp.mm)
			men.Date.Grain = GrainMinute
		case sp.tod != "":
			// News annotation types "Friday night" as a DATE with the part of
			// the day in its value (TimeBank, AQUAINT: 21 of 36), but "this
			// morning" and "last night" as TIMEs.
			men.Date.Value += "T" + sp.tod
			if sp.kind == specRelDay || sp.timeOfDay {
				men.Type = TypeTime
			}
		}
	}
	return men
}

// anchorISO is ISO(anchor), kept for the text's many mentions.
func (s *scanner) anchorISO(anchor time.Time) string {
	if !anchor.Equal(s.isoOf) || s.iso == "" {
		s.isoOf, s.iso = anchor, ISO(anchor)
	}
	return s.iso
}

// indefinite reports whether the expression at token i has an indefinite
// article before it, over at most two adjectives: "a flat second quarter".
func (s *scanner) indefinite(i int) bool {
	if s.is(i, "the") || s.is(i, "its") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := &s.toks[k]
		if t.kind != tokWord || prepositions[t.lower] || determiners[t.lower] && t.lower != "a" && t.lower != "an" {
			return false
		}
		if t.lower == "a" || t.lower == "an" {
			return true
		}
		if t.upper {
			return false
		}
	}
	return false
}

// yearBefore returns the year of a month stated with its year earlier in
// the same sentence, a few tokens back: "delivery in April 1989 with the
// others arriving in May, June and September". It serves where the tense
// near the date agrees: "invited in July 1997, will join on March 12" is
// the coming March, not March 1997.
func (s *scanner) yearBefore(i int) (int, bool) {
	if s.lastYear == 0 || s.lastYearTok > i || i-s.lastYearTok > 12 {
		return 0, false
	}
	for k := s.lastYearTok; k < i; k++ {
		if s.boundary(k) {
			return 0, false
		}
	}
	return s.lastYear, true
}

// yearDate is the year-less date sp in year y; zero when it does not exist.
func yearDate(y int, sp spec) Date {
	if sp.d > 0 {
		if sp.d > daysIn(y, time.Month(sp.m)) {
			return Date{}
		}
		return DayDate(y, time.Month(sp.m), sp.d)
	}
	return MonthDate(y, time.Month(sp.m))
}

// inferYear places a date stated without its year (a month, or a month and
// day) in the year that puts it nearest the anchor, or, when the sentence
// leans to the past (reporting verbs) or future (will, next), in the nearest
// such year.
func inferYear(anchor time.Time, sp spec, lean int) (Date, string) {
	mk := func(y int) Date {
		if sp.d > 0 {
			if sp.d > daysIn(y, time.Month(sp.m)) {
				return Date{} // 29 February in a common year
			}
			return DayDate(y, time.Month(sp.m), sp.d)
		}
		return MonthDate(y, time.Month(sp.m))
	}
	// Compare the candidate years by their intervals alone; only the
	// chosen one is written out.
	bestY, bestDist := 0, 0
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		var d Date
		if sp.d > 0 {
			if sp.d > daysIn(y, time.Month(sp.m)) {
				continue
			}
			d.Start = Day(y, time.Month(sp.m), sp.d)
			d.End = d.Start
		} else {
			d.Start = Day(y, time.Month(sp.m), 1)
			d.End = Day(y, time.Month(sp.m)+1, 0)
		}
		dist := weighted(distance(anchor, d), d, anchor, lean)
		if bestY == 0 || dist < bestDist {
			bestY, bestDist = y, dist
		}
	}
	var best Date
	if bestY != 0 {
		best = mk(bestY)
	}
	switch lean {
	case -1:
		return best, "nearest, leaning to the past (past-tense sentence), to the"
	case 1:
		return best, "nearest, leaning to the future (future-tense sentence), to the"
	}
	return best, "nearest the"
}

// distance in days from day t to the interval d; 0 when d contains t.
func distance(t time.Time, d Date) int {
	switch {
	case t.Before(d.Start):
		return int(d.Start.Sub(t).Hours() / 24)
	case t.After(d.End):
		return int(t.Sub(d.End).Hours() / 24)
	}
	return 0
}

func daysIn(y int, m time.Month) int { return Day(y, m+1, 0).Day() }

// weekdayAhead reports whether a bare weekday ("on Tuesday") lies ahead of
// the anchor. News reports the past, so it needs a reason: a future verb,
// or a limit ("until Tuesday") in a sentence with no past verb. A weekday
// in the possessive names something that happened ("Wednesday's ruling")
// unless the text looks ahead to it ("ahead of Sunday's vote").
func (s *scanner) weekdayAhead(m match) bool {
	lean := s.tenseNear(m.i, m.j)
	if s.is(m.j, "'") && s.is(m.j+1, "s") {
		if p := s.tok(m.i - 1); p != nil && aheadWords[p.lower] {
			return true
		}
		if p := s.tok(m.i - 2); p != nil && p.lower == "ahead" {
			return true
		}
		return false
	}
	if s.is(m.i-1, "by") && lean <= 0 && s.modalBefore(m.i-1, 8) {
		return true // "could be reached by Monday", "should be in place by Friday"
	}
	if p := s.tok(m.i - 1); p != nil && (p.lower == "until" || p.lower == "till") {
		// "until Tuesday" looks ahead where nothing is past, and after a
		// put-off: "postponed until Tuesday morning".
		if lean == 0 {
			return true
		}
		if q := s.tok(m.i - 2); q != nil && putOffVerbs[q.lower] {
			return true
		}
	}
	// "Leaders meet Monday", "the talks resume on Tuesday": news puts
	// scheduled events in the simple present.
	for k := m.i - 1; k >= 0 && k >= m.i-12; k-- {
		t := s.toks[k]
		if scheduledVerbs[t.lower] && t.kind == tokWord && !s.is(k-1, "to") {
			return true
		}
		// only an adverb, "on" or a clock time may stand between:
		// "Polls open at 7 a.m. local time on Sunday"
		if !(t.kind == tokWord && (strings.HasSuffix(t.lower, "ly") || clockWords[t.lower] || isZone(t.text)) ||
			t.kind == tokNum || t.text == "." && s.adjacent(k)) {
			break
		}
	}
	if lean == 0 {
		// No verb near: the sentence's own tense, "is scheduled to spend
		// five hours there, her first stop Tuesday morning".
		return s.leftTense(m.i, 40) > 0
	}
	return lean > 0
}

// clockWords may stand between a scheduling verb and its weekday.
var clockWords = map[string]bool{"on": true, "at": true, "a": true, "p": true, "m": true, "am": true, "pm": true,
	"local": true, "time": true, "noon": true, "midnight": true}

// scheduledVerbs in the simple present before a weekday put it ahead.
var scheduledVerbs = map[string]bool{
	"meet": true, "meets": true, "resume": true, "resumes": true, "begin": true, "begins": true,
	"start": true, "starts": true, "open": true, "opens": true, "vote": true, "votes": true,
	"travel": true, "travels": true, "visit": true, "visits": true, "arrive": true, "arrives": true,
	"convene": true, "convenes": true, "hold": true, "holds": true, "host": true, "hosts": true,
}

// modalBefore reports whether a modal verb stands in the reach tokens
// before token k, in its sentence.
func (s *scanner) modalBefore(k, reach int) bool {
	for p := k - 1; p >= 0 && p >= k-reach && !s.boundary(p); p-- {
		switch s.toks[p].lower {
		case "could", "should", "can", "must", "may", "might", "will", "would", "ll":
			return true
		}
	}
	return false
}

// putOffVerbs before "until" push a weekday ahead: "postponed until Tuesday".
var putOffVerbs = map[string]bool{
	"postponed": true, "delayed": true, "deferred": true, "adjourned": true, "extended": true,
	"suspended": true, "recessed": true, "put": true, "off": true,
}

// aheadWords before a possessive weekday look forward to it.
var aheadWords = map[string]bool{"for": true, "until": true, "upcoming": true, "next": true, "this": true}

// weekdayFrom finds weekday wd relative to the anchor: dir -1 the last one
// strictly before, 1 the next one strictly after, 2 the one in the anchor's
// week, 0 the latest on or before the anchor.
func weekdayFrom(anchor time.Time, wd time.Weekday, dir int) time.Time {
	diff := int(wd - anchor.Weekday())
	switch dir {
	case -1: // last Tuesday
		if diff >= 0 {
			diff -= 7
		}
	case 1: // next Tuesday, or "will meet on Tuesday"
		if diff <= 0 {
			diff += 7
		}
	case 3: // "will meet on Tuesday": the first on or after the anchor
		if diff < 0 {
			diff += 7
		}
	case 2: // this Tuesday: Monday-based week of the anchor
		mon := (int(anchor.Weekday()) + 6) % 7
		diff = (int(wd)+6)%7 - mon
	default: // on Tuesday, reported: the latest on or before the anchor
		if diff > 0 {
			diff -= 7
		}
	}
	return anchor.AddDate(0, 0, diff)
}

// shiftUnit is the calendar unit n units away from the anchor; zero when
// that falls outside the years 1-9999 ("999 decades ago").
func shiftUnit(anchor time.Time, unit, n int) Date {
	if d := shiftUnitAny(anchor, unit, n); !d.IsZero() && d.Start.Year() >= 1 && d.End.Year() <= 9999 {
		return d
	}
	return Date{}
}

func shiftUnitAny(anchor time.Time, unit, n int) Date {
	if n > 100000 || n < -100000 {
		return Date{}
	}
	switch unit {
	case unitDay:
		d := anchor.AddDate(0, 0, n)
		return DayDate(d.Year(), d.Month(), d.Day())
	case unitWeek:
		return WeekDate(anchor.AddDate(0, 0, 7*n))
	case unitWeekend:
		w := WeekDate(anchor.AddDate(0, 0, 7*n))
		return Date{Value: w.Value + "-WE", Grain: GrainWeek, Start: w.End.AddDate(0, 0, -1), End: w.End}
	case unitMonth:
		first := Day(anchor.Year(), anchor.Month()+time.Month(n), 1)
		return MonthDate(first.Year(), first.Month())
	case unitQuarter:
		q := (int(anchor.Month())-1)/3 + n
		y := anchor.Year() + floorDiv(q, 4)
		return QuarterDate(y, q-4*floorDiv(q, 4)+1)
	case unitYear:
		return YearDate(anchor.Year() + n)
	case unitDecade:
		return DecadeDate((anchor.Year()/10 + n) * 10)
	case unitCentury:
		return CenturyDate(anchor.Year()/100 + n)
	case unitHour, unitMinute, unitSecond:
		// "two hours ago": the day; the clock time of publication is unknown.
		d := anchor.Add(time.Duration(n) * map[int]time.Duration{unitHour: time.Hour, unitMinute: time.Minute, unitSecond: time.Second}[unit])
		return DayDate(d.Year(), d.Month(), d.Day())
	}
	return Date{}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// shiftMonth: "last December" is the latest December before the anchor's
// month, "next March" the first after it, "this March" the anchor year's.
func shiftMonth(anchor time.Time, m time.Month, n int) Date {
	y := anchor.Year()
	switch {
	case n < 0 && m >= anchor.Month():
		y--
	case n > 0 && m <= anchor.Month():
		y++
	}
	return MonthDate(y, m)
}

// shiftSeason: "this summer" is the anchor year's, "last winter" the latest
// that began before the anchor's season, "next spring" the first after it.
func shiftSeason(anchor time.Time, season, n int) Date {
	y := anchor.Year()
	cur := SeasonDate(y, season)
	if season == 3 && anchor.Month() <= 2 {
		cur = SeasonDate(y-1, season) // January is in the winter that began in December
	}
	switch {
	case n < 0 && !cur.Start.Before(anchor):
		return SeasonDate(cur.Start.Year()-1, season)
	case n > 0 && !cur.Start.After(anchor):
		return SeasonDate(cur.Start.Year()+1, season)
	}
	return cur
}

// tense reads the clause around tokens [i, j) for a reporting or past verb
// (-1) or a future marker (1); 0 when it says neither. Future wins: "said it
// will meet on Tuesday" is about a coming Tuesday.
func (s *scanner) tense(i, j int) int {
	lo, hi := i, j
	for lo > 0 && i-lo < 40 && !s.boundary(lo-1) {
		lo--
	}
	for hi < len(s.toks) && hi-j < 40 && !s.boundary(hi) {
		hi++
	}
	past := false
	for k := lo; k < hi; k++ {
		if k >= i && k < j {
			continue
		}
		w := s.toks[k].lower
		if s.midCapital(k) {
			continue // "Economic Planning Board": a name
		}
		if futureWords[w] && !(w == "next" && s.is(k+1, "to")) {
			return 1
		}
		if pastWords[w] || (len(w) > 4 && strings.HasSuffix(w, "ed")) {
			past = true
		}
	}
	if past {
		return -1
	}
	return 0
}

// clauseTense is the tense of the clause around tokens [i, j) where it
// has one: past verbs and no future marker, or the reverse; else 0.
func (s *scanner) clauseTense(i, j int) int {
	lo, hi := i, j
	for lo > 0 && i-lo < 40 && !s.boundary(lo-1) {
		lo--
	}
	for hi < len(s.toks) && hi-j < 40 && !s.boundary(hi) {
		hi++
	}
	past, future := false, false
	for k := lo; k < hi; k++ {
		if k >= i && k < j {
			continue
		}
		switch s.tokTense(k) {
		case 1:
			future = true
		case -1:
			past = past || !s.passiveFuture(k)
		}
	}
	switch {
	case past && !future:
		return -1
	case future && !past:
		return 1
	}
	return 0
}

// tenseNear reads the verb nearest to tokens [i, j) in their sentence, out
// to a dozen tokens on either side: -1 for a past form, 1 for a future
// marker, 0 for none. Weekdays follow the verb that governs them: "said it
// would meet on Tuesday" is about a coming Tuesday; "Police arrested him on
// Tuesday" a past one.
func (s *scanner) tenseNear(i, j int) int { return s.tenseWithin(i, j, 12) }

// tenseWithin is tenseNear out to reach tokens.
func (s *scanner) tenseWithin(i, j, reach int) int {
	// "as early as Tuesday", "as soon as Monday": a coming day.
	if s.is(i-1, "as") && s.is(i-3, "as") {
		if w := s.tok(i - 2); w != nil && (w.lower == "early" || w.lower == "soon") {
			return 1
		}
	}
	left, right := i-1, j
	leftOK, rightOK := true, true
	// A past form guessed from "-ed" is weak: it may be an adjective
	// ("markets untouched by the crisis"). A word the lists know outranks it.
	weak := 0
	for d := 0; d < reach && (leftOK || rightOK); d++ {
		if leftOK {
			if left < 0 || s.boundary(left) {
				leftOK = false
			} else if t := s.tokTense(left); t != 0 {
				if t < 0 && s.passiveFuture(left) {
					return 1 // "will be named", "would still be held"
				}
				if t > 0 || !s.weakPast(left) || left >= i-2 && (left == i-1 || s.is(i-1, "on")) {
					return t // a verb right before the date governs it: "issued July 1"
				}
				if weak == 0 {
					weak = t
				}
			}
			left--
		}
		if rightOK {
			if right >= len(s.toks) || s.boundary(right) || s.closesQuote(right) || s.is(right, "that") {
				rightOK = false // "promised in January that there will be": another clause
			} else if t := s.tokTense(right); t != 0 && !s.attribution(right, j) {
				// A reporting verb after the date attributes the sentence
				// ("will stay until Tuesday, they added"); it does not date it.
				if t > 0 && s.reportedBefore(i-1, i-reach) {
					return -1 // "said on Wednesday the program would net": said governs
				}
				if t > 0 || !s.weakPast(right) || right == j {
					return t // "Yeutter Monday warned": the verb right after governs it
				}
				if weak == 0 {
					weak = t
				}
			}
			right++
		}
	}
	return weak
}

// reportedBefore reports whether a reporting verb comes first among the
// tense words from token k back to token lo, in the sentence: the
// future after the date then belongs to what was reported.
func (s *scanner) reportedBefore(k, lo int) bool {
	for ; k >= 0 && k >= lo && !s.boundary(k); k-- {
		if s.is(k, "that") {
			return false // "said that on June 1 it will redeem": the date is reported
		}
		if t := s.tokTense(k); t != 0 && !(t < 0 && s.weakPast(k)) {
			return t < 0 && reportingVerbs[s.toks[k].lower]
		}
	}
	return false
}

// attribution reports whether the reporting verb at token k, after the
// date ending at j, closes the sentence as its source ("will stay until
// Tuesday, they added."): it does not date what it attributes.
func (s *scanner) attribution(k, j int) bool {
	if k <= j || !reportingVerbs[s.toks[k].lower] {
		return false
	}
	n := s.tok(k + 1)
	return n == nil || s.boundary(k+1) || n.text == ","
}

// reportingVerbs attribute what a sentence says.
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "added": true, "announced": true, "reported": true, "stated": true,
	"declared": true, "confirmed": true, "says": true, "say": true, "noted": true, "explained": true,
}

// weakPast reports whether token k reads as past only by its "-ed" ending.
func (s *scanner) weakPast(k int) bool {
	w := s.toks[k].lower
	if pastWords[w] || !strings.HasSuffix(w, "ed") {
		return false
	}
	// With an object it is a verb: "forced the government", "warned him".
	n := s.toklower(k + 1)
	return !determiners[n] && !objectPronouns[n]
}

// objectPronouns after an "-ed" word make it a verb with an object.
var objectPronouns = map[string]bool{"him": true, "them": true, "us": true, "me": true, "it": true}

// leftTense is the tense of the nearest verb before token i in its
// sentence, out to reach tokens.
func (s *scanner) leftTense(i, reach int) int {
	for k := i - 1; k >= 0 && k >= i-reach && !s.boundary(k); k-- {
		if t := s.tokTense(k); t != 0 {
			if t < 0 && s.passiveFuture(k) {
				return 1
			}
			return t
		}
	}
	return 0
}

// closesQuote reports whether token k closes a quotation: the verb after
// it ("...on Thursday,” Castro said") reports the quote and does not date
// what is inside.
func (s *scanner) closesQuote(k int) bool {
	t := &s.toks[k]
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case "\"", "”", "''":
		return true
	case "'", "’":
		n := s.tok(k + 1)
		return n == nil || n.kind == tokPunct || n.space
	}
	return false
}

// passiveFuture reports whether the past participle at token k belongs to
// a future passive: "will be named", "would still be held", "is to be paid".
func (s *scanner) passiveFuture(k int) bool {
	be := -1
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		if s.toks[p].lower == "be" {
			be = p
			break
		}
	}
	if be < 0 {
		return false
	}
	for p := be - 1; p >= 0 && p >= be-3; p-- {
		switch s.toks[p].lower {
		case "will", "would", "shall", "to", "ll", "can", "should", "must", "may", "might":
			return true
		}
	}
	return false
}

// tokTense is verbTense for token k, where capitalised words that merely
// end in -ed ("United", "Ahmed") are names, not verbs; and "is to", "set to"
// before a verb look ahead: "is to resume trading Tuesday".
func (s *scanner) tokTense(k int) int {
	t := &s.toks[k]
	if t.kind != tokWord {
		return 0
	}
	if t.lower == "to" {
		if p := s.tok(k - 1); p != nil && aheadTo[p.lower] {
			return 1
		}
		return 0
	}
	if aheadTo[t.lower] && s.is(k+1, "to") {
		return 1
	}
	if t.upper && (!pastWords[t.lower] && !futureWords[t.lower] || s.midCapital(k)) {
		return 0
	}
	if !t.space && s.is(k-1, "-") {
		return 0 // part of a compound: "lower-than-expected earnings"
	}
	if t.lower == "next" && s.is(k+1, "to") {
		return 0 // "next to the embassy" is a place
	}
	if (t.lower == "was" || t.lower == "were") && (s.is(k+1, "planning") || s.is(k+1, "going") && s.is(k+2, "to")) {
		return 0 // "were planning to drive": the plan tells
	}
	if p := s.tok(k - 1); pastWords[t.lower] && p != nil && !p.upper {
		switch p.lower {
		case "to", "will", "would", "could", "can", "may", "might", "should", "must", "ll":
			return 0 // "could cut", "to set": a base form; the word before tells
		}
	}
	if (t.lower == "could" || t.lower == "may" || t.lower == "might") && !t.upper {
		// "could cut in September", "may meet Friday": a possibility ahead;
		// but "could not be reached", "might have met" tell of the past.
		switch n := s.toklower(k + 1); n {
		case "be", "have", "not", "never", "also", "well", "":
			return 0
		default:
			if strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "n't") {
				return 0
			}
		}
		return 1
	}
	if t.lower == "due" && s.is(k+1, "to") && s.causal(k+2) {
		return 0 // "due to heavy buying": because of
	}
	v := verbTense(t.lower)
	if v > 0 && s.pastPerfect(k) {
		return -1 // "had been due to expire Friday" has passed
	}
	return v
}

// causal reports whether token k, after "due to", starts a noun phrase
// ("due to the strike", "due to tax-induced buying") rather than a verb
// ("due to expire").
func (s *scanner) causal(k int) bool {
	t := s.tok(k)
	if t == nil || t.kind != tokWord {
		return true
	}
	if determiners[t.lower] || t.upper || s.is(k+1, "-") && s.adjacent(k+1) {
		return true
	}
	w := t.lower
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "al") || strings.HasSuffix(w, "y")
}

// midCapital reports whether token k is a capitalised word inside a
// sentence, a name more likely than a verb: "the Economic Planning Board".
func (s *scanner) midCapital(k int) bool {
	t := &s.toks[k]
	if !t.upper || t.kind != tokWord || k == 0 {
		return false
	}
	p := &s.toks[k-1]
	return p.kind == tokWord || p.text == "," || p.text == "-"
}

// pastPerfect reports whether the plan word at token k is told in the past
// perfect or as a former plan: "had been scheduled to", "previously
// planned". What had been due has, in news, gone by.
func (s *scanner) pastPerfect(k int) bool {
	for p := k - 1; p >= 0 && p >= k-5; p-- {
		switch s.toks[p].lower {
		case "had", "previously":
			return true
		case "been", "to", "due", "scheduled", "expected", "set", "slated", "planned", "originally", "be":
			continue
		}
		return false
	}
	return false
}

// aheadTo are words that, followed by "to" and a verb, put it in the
// future: "is to meet", "set to resume", "are to vote".
var aheadTo = map[string]bool{"is": true, "are": true, "set": true, "was": true, "were": true, "poised": true}

// verbTense classifies one word as a past (-1) or future (1) marker.
func verbTense(w string) int {
	switch {
	case futureWords[w]:
		return 1
	case pastWords[w] && w != "last" && w != "earlier" && w != "ago":
		return -1
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !futureWords[w]:
		return -1
	}
	return 0
}

// boundary reports whether token k ends a sentence.
func (s *scanner) boundary(k int) bool {
	t := &s.toks[k]
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case ".", "!", "?":
		n := s.tok(k + 1)
		if t.text == "." && n != nil && n.kind == tokWord && k > 0 && s.adjacent(k) && abbrevs[s.toks[k-1].text] {
			return false // "Roe vs. Wade", "Birmingham, Ala., killed", "Mr. Bush"
		}
		return n == nil || n.space && (n.upper || n.kind != tokWord)
	case ";":
		return true
	}
	return false
}

// abbrevs end with a period that ends no sentence.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Sen": true, "Rep": true,
	"Gov": true, "Lt": true, "Col": true, "Capt": true, "Sgt": true, "Rev": true, "St": true, "Jr": true,
	"Sr": true, "vs": true, "Messrs": true, "Adm": true, "Maj": true, "Cmdr": true, "Supt": true,
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true,
	"Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true, "Mass": true,
	"Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true,
	"Ore": true, "Pa": true, "Tenn": true, "Tex": true, "Va": true, "Vt": true, "Wash": true, "Wis": true, "Wyo": true,
}

// quarterDate resolves quarters and halves. A quarter without a year is the
// nearest such quarter; "the quarter" is the last one the text named, or
// else the last complete quarter before the anchor; "the year-ago quarter"
// is that quarter a year before.
func (s *scanner) quarterDate(sp spec, anchor time.Time, m match) (Date, Resolution, float64, string) {
	s.prevQByEnd = false
	mk := func(y int) Date {
		if sp.kind == specHalf {
			return HalfDate(y, sp.n)
		}
		return QuarterDate(y, sp.n)
	}
	if sp.relYear && !sp.anaphor { // "this year's third quarter", "the second quarter last year"
		return mk(anchor.Year() + sp.dir), RelativeToPublication, 0.85, fmt.Sprintf("the quarter stated, in the year %+d from %s", sp.dir, ISO(anchor))
	}
	if sp.relYear {
		sp.y = anchor.Year() + sp.dir
	}
	if sp.monthAgo {
		if s.last.Grain == GrainMonth {
			// "February volume fell from the year-ago month": February a year before
			return MonthDate(s.last.Start.Year()-1, s.last.Start.Month()), RelativeToPrevious, 0.7, "the month named before, " + s.last.Value + ", a year earlier"
		}
		return YearDate(anchor.Year() - 1), RelativeToPublication, 0.5, "the same month a year before: within the previous year"
	}
	if sp.period && s.lastQuarter.IsZero() && !sp.latest {
		// "the same period last year" with no quarter named: some part of
		// that year, no more precise than the year.
		return YearDate(anchor.Year() - 1), RelativeToPublication, 0.5, "the same period a year before: within the previous year"
	}
	if sp.anaphor && (sp.dir < 0 || sp.y > 0) && !sp.latest && s.monthsTok > s.lastQuarterTok && sp.kind == specQuarter {
		// "For the nine months, net rose from a year-earlier $4 million":
		// the months named last run from the year's start; compare years.
		y := sp.y
		if y == 0 {
			y = anchor.Year()
			if sp.dir < 0 {
				y--
			}
		}
		return YearDate(y), RelativeToPublication, 0.6, "the months from the start of the year named before, in that year"
	}
	if sp.anaphor && sp.y > 0 { // "the 1989 period": the quarter in question, in 1989
		q := s.lastQuarter
		if q.IsZero() {
			q = shiftUnit(anchor, unitQuarter, -1)
		}
		return QuarterDate(sp.y, (int(q.Start.Month())-1)/3+1), RelativeToPublication, 0.6, "the quarter in question, in the year stated"
	}
	if sp.anaphor && sp.y == 0 && !sp.latest && sp.dir == 0 && sp.kind == specQuarter && !sp.period &&
		s.prevQTok > 0 && s.prevQTok == m.i-1 && s.is(m.i-1, ",") && !s.prevQ.IsZero() {
		// "the third quarter of 1988, the quarter ended Sept. 30": the same quarter
		return s.prevQ, RelativeToPrevious, 0.7, "in apposition to the quarter named just before, " + s.prevQ.Value
	}
	if sp.anaphor && sp.y == 0 && !sp.latest && sp.dir == 0 && sp.kind == specQuarter {
		if q, ok := s.quarterEnded(m.j, anchor); ok {
			// "the quarter ended Sept. 30": the quarter that date closes
			s.prevQByEnd = true
			return q, YearInferred, 0.8, "the quarter the end date after it falls in"
		}
	}
	switch {
	case sp.anaphor:
		q, res := s.lastQuarter, RelativeToPrevious
		why := "the quarter named before, " + q.Value
		if q.IsZero() || sp.latest {
			q, res = shiftUnit(anchor, unitQuarter, -1), RelativeToPublication
			why = "the last complete quarter before " + ISO(anchor)
		}
		if sp.dir < 0 {
			q = QuarterDate(q.Start.Year()-1, (int(q.Start.Month())-1)/3+1)
			why += ", a year earlier"
		}
		return q, res, 0.6, why
	case sp.y > 0:
		return mk(sp.y), Explicit, 0.95, "stated in full"
	}
	if !sp.anaphor && s.prevQTok > 0 && s.prevQTok == m.i-1 && s.is(m.i-1, ",") && !s.prevQ.IsZero() {
		// "the comparable year-ago quarter, the second quarter": in apposition,
		// the year of the quarter just named
		return mk(s.prevQ.Start.Year()), RelativeToPrevious, 0.7, "the year of the quarter named just before, " + s.prevQ.Value
	}
	if y, ok := s.endDateYear(m.j, anchor); ok && !sp.anaphor && sp.y == 0 {
		// "3rd qtr Feb 28 net", "the fourth quarter ended Aug. 26": a
		// (fiscal) quarter in the year of the end date after it
		return mk(y), YearInferred, 0.8, fmt.Sprintf("the quarter stated, in the year %d of the end date after it", y)
	}
	if y, ok := s.endedYear(m.j); ok && !sp.anaphor {
		// "the fourth quarter ended December 31, 1986": the year its end states
		return mk(y), YearInferred, 0.9, fmt.Sprintf("year %d from the end date stated after it", y)
	}
	lean := s.tense(m.i, m.j)
	var best Date
	bestDist := 0
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		d := mk(y)
		dist := weighted(distance(anchor, d), d, anchor, lean)
		if best.IsZero() || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best, YearInferred, 0.8, "year inferred: the nearest such period to " + ISO(anchor)
}

// endDateYear reads a year-less end date right after a quarter, "Feb 28"
// or "ended Aug. 26": its year is that of the latest such day by
// publication, or the nearest one for "ending".
func (s *scanner) endDateYear(k int, anchor time.Time) (int, bool) {
	ending := false
	switch s.toklower(k) {
	case "ended", "ending", "ends", "to":
		ending = s.toklower(k) != "ended"
		k++
	}
	mon, next, ok := s.monthAt(k)
	if !ok {
		return 0, false
	}
	d, next, ok := s.dayAt(next)
	if !ok {
		return 0, false
	}
	if s.isYear(next) || s.is(next, ",") && s.isYear(next+1) {
		return 0, false // the year is stated: endedYear's
	}
	sp := spec{kind: specAbs, m: mon, d: d}
	if ending {
		best, _ := inferYear(anchor, sp, 0)
		return best.Start.Year(), !best.IsZero()
	}
	for y := anchor.Year(); y >= anchor.Year()-1; y-- {
		if dd := yearDate(y, sp); !dd.IsZero() && !dd.Start.After(anchor) {
			return y, true
		}
	}
	return 0, false
}

// quarterEnded reads "ended Sept. 30" or "ended Sept. 30, 1989" at token
// k: the calendar quarter that period mostly lies in, in the year stated
// or else that of the last such month on or before the anchor (an end is
// in the past).
func (s *scanner) quarterEnded(k int, anchor time.Time) (Date, bool) {
	if !s.is(k, "ended") && !s.is(k, "ending") && !s.is(k, "ends") {
		return Date{}, false
	}
	k++
	t := s.tok(k)
	if t == nil || (t.kw != kwMonth && t.kw != kwMonthAbbr) || !t.upper {
		return Date{}, false
	}
	month := t.kv
	y, ok := 0, false
	for j := k + 1; j < k+6 && j < len(s.toks) && !s.boundary(j); j++ {
		if y, ok = s.yearAt(j); ok {
			break
		}
	}
	if !ok {
		y = anchor.Year()
		if month > int(anchor.Month()) {
			y--
		}
	}
	// The three months ending then have their middle one month before: the
	// quarter ended July 31 (May to July) is mostly the second.
	mid := month - 1
	if mid == 0 {
		mid, y = 12, y-1
	}
	return QuarterDate(y, (mid-1)/3+1), true
}

// endedYear reads "ended December 31, 1986" or "ending in June 1987" at
// token k, after a period: the year its end date states.
func (s *scanner) endedYear(k int) (int, bool) {
	if !s.is(k, "ended") && !s.is(k, "ending") && !s.is(k, "ends") {
		return 0, false
	}
	k++
	if s.is(k, "in") || s.is(k, "on") {
		k++
	}
	for j := k; j < k+6 && j < len(s.toks); j++ {
		if y, ok := s.yearAt(j); ok {
			return y, true
		}
		if s.boundary(j) {
			break
		}
	}
	return 0, false
}

// weighted shortens the distance of candidates on the side the sentence's
// tense leans to, so that tense breaks near-ties but never overrides a
// much nearer date. With no tense at all, news leans a little to the past.
func weighted(dist int, d Date, anchor time.Time, lean int) int {
	if lean == 0 && !d.Start.After(anchor) {
		return dist / 2
	}
	switch {
	case lean < 0 && !d.Start.After(anchor), lean > 0 && !d.End.Before(anchor):
		return dist / leanFactor
	}
	return dist
}

// leanFactor: how strongly tense pulls a year-less date its way.
const leanFactor = 5

// needsAnchor reports whether a spec can only be placed against a date.
func needsAnchor(sp spec) bool {
	switch sp.kind {
	case specAbs:
		return sp.y == 0
	case specSeason, specQuarter, specHalf, specHoliday:
		return sp.y == 0
	case specRelDay, specWeekday, specShift, specAgo, specAnaphor:
		return true
	}
	return false
}

// unanchored is the TIMEX3 value of a spec with no date to resolve against:
// what the text stated, X for the rest ("XXXX-01-06", "XXXX-WXX-2").
func unanchored(sp spec) string {
	switch sp.kind {
	case specAbs:
		if sp.d > 0 {
			return fmt.Sprintf("XXXX-%02d-%02d", sp.m, sp.d)
		}
		return fmt.Sprintf("XXXX-%02d", sp.m)
	case specSeason:
		return "XXXX-" + seasonCodes[sp.season]
	case specQuarter:
		if sp.anaphor {
			return "XXXX-QX"
		}
		return fmt.Sprintf("XXXX-Q%d", sp.n)
	case specHalf:
		return fmt.Sprintf("XXXX-H%d", sp.n)
	case specHoliday:
		t := sp.holiday.day(2001) // any year: fixed feasts keep their day
		if t == sp.holiday.day(2002).AddDate(-1, 0, 0) {
			return fmt.Sprintf("XXXX-%02d-%02d", t.Month(), t.Day())
		}
		return "XXXX-XX-XX"
	case specWeekday:
		return fmt.Sprintf("XXXX-WXX-%d", isoWeekday(sp.wd))
	case specRelDay:
		if sp.tonight {
			return "XXXX-XX-XXTNI"
		}
		return "XXXX-XX-XX"
	}
	switch sp.unit {
	case unitDay:
		return "XXXX-XX-XX"
	case unitWeek, unitWeekend:
		return "XXXX-WXX"
	case unitMonth:
		return "XXXX-XX"
	case unitQuarter:
		return "XXXX-QX"
	}
	return "XXXX"
}

// yearAgoQuarter reads "a year ago" and "a year earlier" in a
// sentence about quarterly results as the year-ago quarter: "net rose to
// $5 million from $4 million a year earlier" compares the quarter named
// before with the same quarter a year before.
func (s *scanner) yearAgoQuarter(unit, n int, m match) (Date, bool) {
	if unit == unitYear && n == -1 && !s.lastQuarter.IsZero() && s.monthsTok > s.lastQuarterTok {
		// "For the nine months ... a year earlier": the year before the one reported
		return YearDate(s.lastQuarter.Start.Year() - 1), true
	}
	if unit != unitYear || n != -1 || s.lastQuarter.IsZero() ||
		!s.sentenceHas(m.i, "quarter", "quarterly", "period") && m.i-s.lastQuarterTok > quarterReach {
		return Date{}, false
	}
	q := s.lastQuarter
	return QuarterDate(q.Start.Year()-1, (int(q.Start.Month())-1)/3+1), true
}

// sentenceHas reports whether the sentence around token i has one of words.
func (s *scanner) sentenceHas(i int, words ...string) bool {
	lo, hi := i, i
	for lo > 0 && !s.boundary(lo-1) && i-lo < 60 {
		lo--
	}
	for hi < len(s.toks) && !s.boundary(hi) && hi-i < 60 {
		hi++
	}
	for k := lo; k < hi; k++ {
		for _, w := range words {
			if s.toks[k].lower == w {
				return true
			}
		}
	}
	return false
}

// quarterReach is how many tokens after naming a quarter a bare "a year
// earlier" still compares quarters (a few sentences). "Last year" never
// does: news annotation reads it as the year.
const quarterReach = 150

// anaphorDate is the unit containing base shifted n units: "the next day"
// after 2026-01-06 is 2026-01-07, "that year" is 2026.
func anaphorDate(base Date, unit, n int, wd int) Date {
	switch unit {
	case unitWeekdayOf: // "the previous Friday": the Friday before base
		dir := -1
		if n > 0 {
			dir = 1
		}
		d := weekdayFrom(base.Start, time.Weekday(wd), dir)
		return DayDate(d.Year(), d.Month(), d.Day())
	case unitDay:
		if base.Grain != GrainDay && base.Grain != GrainMinute {
			return Date{} // "the next day" after "March" says no day
		}
	case unitWeek:
		if base.Grain.Rank() > GrainWeek.Rank() {
			return Date{}
		}
	case unitMonth:
		if base.Grain.Rank() > GrainMonth.Rank() {
			return Date{}
		}
	}
	return shiftUnit(base.Start, unit, n)
}
