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
	if m.sp.weekendOf && men.Date.Grain == GrainDay {
		d := men.Date.Start
		if d.Weekday() == time.Monday {
			d = d.AddDate(0, 0, -2) // "Labor Day weekend": the one the Monday ends
		}
		men.Date = shiftUnit(d, unitWeekend, 0)
		men.Why += "; the weekend of its week"
	}
	if m.sp.dayShift != 0 && men.Date.Grain == GrainDay {
		// counted from the date the phrase names, which states none of it
		day := men.Date.Start.AddDate(0, 0, m.sp.dayShift)
		men.Anchor, men.Resolution, men.Stated = men.Date.Start, RelativeToPrevious, "XXXX-XX-XX"
		men.Date = DayDate(day.Year(), day.Month(), day.Day())
		dir := "before"
		if m.sp.dayShift > 0 {
			dir = "after"
		}
		men.Why += "; then the day " + dir
	}
	if m.sp.d2 > 0 {
		men = s.dayRange(men, m.sp)
	}
	if m.sp.y2 > 0 {
		men = s.yearRange(men, m.sp)
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
	anchorISO := s.anchorISO
	relative := func(d Date, why string) {
		men.Date, men.Resolution, men.Anchor, men.Confidence, men.Inferred = d, rel, anchor, conf, !a.Published
		men.Why = why + " from " + anchorName + " " + anchorISO
	}
	// inferred places a year-less date in year y by a rule, "year y
	// inferred: the latest such month by the publication date ..., for
	// figures"; against a guessed reference date it is marked inferred.
	inferred := func(y int, sp spec, how, what string) {
		men.Date, men.Anchor = yearDate(y, sp), anchor
		men.Resolution, men.Confidence = YearInferred, 0.8
		men.Why = fmt.Sprintf("year %d inferred: %s the %s %s, %s", y, how, anchorName, anchorISO, what)
		if !a.Published {
			men.Confidence, men.Inferred = 0.4, true
		}
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
		if sp.clock { // "10 p.m. tonight", "Tuesday at 7 p.m.": the clock is known
			men.Type = TypeTime
			men.Date.Value += fmt.Sprintf("T%02d:%02d", sp.hh, sp.mm)
			men.Stated = men.Date.Value
		}
		return men
	}

	switch sp.kind {
	case specAbs:
		if sp.dayOnly {
			// "on the 28th": that day of this month, the last or the next,
			// nearest by tense
			lean := s.tenseNear(m.i, m.j)
			if lean == 0 && s.presentBefore(m.i) {
				lean = 1
			}
			var days []Date
			for k := -1; k <= 1; k++ {
				if first := Day(anchor.Year(), anchor.Month()+time.Month(k), 1); sp.d <= daysIn(first.Year(), first.Month()) {
					days = append(days, DayDate(first.Year(), first.Month(), sp.d))
				}
			}
			relative(nearestDate(anchor, lean, days...), fmt.Sprintf("%q: the nearest such day of a month", strings.ToLower(men.Text)))
			break
		}
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
			if sp.sameMonth {
				men.Resolution, men.Confidence = RelativeToPrevious, 0.8
				men.Anchor = Day(sp.y, time.Month(sp.m), 1)
			}
			if sp.ambiguous {
				men.Ambiguous, men.Confidence = true, 0.6
			}
			break
		}
		if sp.relYear {
			if sp.d > 0 {
				if d := yearDate(anchor.Year()+sp.n, sp); !d.IsZero() {
					relative(d, fmt.Sprintf("%q: the day in the year %+d", men.Text, sp.n))
				}
				break
			}
			relative(MonthDate(anchor.Year()+sp.n, time.Month(sp.m)), fmt.Sprintf("%q: the month in the year %+d", men.Text, sp.n))
			break
		}
		if sp.shiftMon {
			d := shiftMonth(anchor, time.Month(sp.m), sp.n)
			why := fmt.Sprintf("%q: the %s such month", men.Text, [...]string{"previous", "current", "next"}[sp.n+1])
			if sp.d > 0 {
				// "last March 5", said on March 15: the latest such day gone
				// by; "next June 30" the first to come
				y := d.Start.Year()
				switch {
				case sp.n < 0:
					y, why = lastYearBy(anchor.AddDate(0, 0, -1), sp), fmt.Sprintf("%q: the latest such day gone by", men.Text)
				case sp.n > 0:
					y, why = firstYearFrom(anchor.AddDate(0, 0, 1), sp), fmt.Sprintf("%q: the first such day to come", men.Text)
				}
				if d = yearDate(y, sp); d.IsZero() {
					break
				}
			} else if sp.n < 0 && int(anchor.Month()) > 1 && sp.m == int(anchor.Month())-1 &&
				(s.comparison(m.i, 6) || s.is(m.j, "'") || s.is(m.j, "’") || !s.monthNamedBefore(m.i, sp.m)) {
				// "down from 40,012 last February", "helicopters crashed
				// last February", said in March: last month would be called
				// so; this one is a year back. But after "the shortfall in
				// February", "the shortfall last February" is that month.
				d = MonthDate(anchor.Year()-1, time.Month(sp.m))
				why = fmt.Sprintf("%q: the month before publication would be \"last month\", so a year before", men.Text)
			}
			relative(d, why)
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
		if y, ok := knownEvents[[2]int{sp.m, sp.d}]; ok && sp.d > 0 && (sp.named || s.is(m.i-1, "the") && namedEventNouns[s.toklower(m.j)]) && anchor.Year() > y {
			// "the Sept. 11 attacks", "the Jan. 6 committee": a day the
			// news names its events by
			men.Date, men.Anchor = DayDate(y, time.Month(sp.m), sp.d), anchor
			men.Resolution, men.Confidence = YearInferred, 0.8
			men.Why = fmt.Sprintf("year %d: the day an event is named by", y)
			break
		}
		if y, ok := s.fiscalEnd(m.i, sp); ok {
			men.Date, men.Anchor = yearDate(y, sp), anchor
			men.Resolution, men.Confidence = YearInferred, 0.8
			men.Why = fmt.Sprintf("year %d: the end of the fiscal year named before it", y)
			break
		}
		lean := s.tenseNear(m.i, m.j)
		if lean == 0 && s.inClause(m.i, true) && s.presentBefore(m.i) {
			lean = 1 // "gained after forecasting growth for fiscal 2023, which begins on July 1": the clause's own verb
		}
		if lean == 0 && (!s.presentGoverns(m.i) || s.compared(m.i)) {
			lean = s.clauseTense(m.i, m.j) // no verb near: the clause's, if it has one tense
		}
		if lean == 0 && s.presentBefore(m.i) {
			lean = 1 // "The tax break ends in December", "The deadline is in July"
		}
		if lean == 0 && s.aheadBefore(m.i, anchor) {
			lean = 1 // "would leave from March 30, with the third departing from August 6"
		}
		if lean > 0 && s.comparedIn(m.i) {
			lean = -1 // "expected to show 13 billion, from a provisional 14.8 billion in January"
		}
		if p := s.tok(m.i - 1); p != nil && (p.lower == "until" || p.lower == "till" || p.lower == "by" || p.lower == "through" && s.presentGoverns(m.i)) && lean >= 0 {
			// "gives companies until late September", "is funded through
			// Sept. 30": a limit ahead, unless told in the past; and "seven
			// hikes by December", said in February, is this December
			lean = 1 + boolInt(lean > 0)
		}
		if u := m.i - 1 - boolInt(s.is(m.i-1, "after")); (s.is(u, "until") || s.is(u, "till") || s.is(u, "through")) && (s.putOffBefore(u-1) || s.is(u-1, "given") || s.is(u-1, "gave")) {
			lean = 1 // "Final div deferred for tax advantage until after July 1", "has been given until October 16 to find a buyer"
		}
		if s.is(m.i-1, "for") && s.setFor(m.i-2) {
			lean = 1 // "Judge Hale set sentencing for Feb. 10", said in November
		}
		if p := s.tok(m.i - 1); p != nil && (deadlineWords[p.lower] || p.lower == "ending") && lean < 0 {
			lean = 0 // "extended the offer to March 20": a deadline, whatever the verb's tense
		}
		if s.is(m.i-1, "and") && s.is(m.i-2, "now") {
			lean = 1 // "between now and June"
		}
		if s.aheadOf(m.i) {
			lean = 2 // "eager to campaign ahead of the Nov. 3 midterm elections"
		}
		if s.is(m.i-1, "of") && s.is(m.i-2, "as") && lean > 0 && s.tenseNear(m.i, m.j) != 1 {
			lean = 0 // "debt at 22 pct as of July 31": a balance on a day, mostly gone by
		}
		if lean < 0 && s.setForEvent(m) {
			lean = 1 // "a judge set an October trial date": the trial is ahead
		}
		if sp.d == 0 && s.statsFor(m) {
			// "will announce GNP figures for the October/December quarter",
			// "January trade figures": statistics come out for a month gone
			// by (of a pair, its last), within a few months
			last := sp
			if m2, _, ok := s.monthAt(m.j + 1); ok && s.is(m.j, "/") {
				last.m = m2
			}
			y := lastYearBy(anchor, last)
			end := yearDate(y, last)
			if last.m < sp.m {
				y-- // "the November/January period": November the year before January
			}
			if y > 0 && end.End.AddDate(0, 4, 0).After(anchor) {
				inferred(y, sp, "the latest such month by", "for figures")
				break
			}
		}
		if m2, ok := s.deliveryAfter(m); ok && sp.d == 0 {
			// "coffee for May delivery", "rapeseed for May shipment": a
			// delivery month is this one or one to come; of a pair ("May/July
			// shipment"), the last month is
			y := firstYearFrom(anchor, sp)
			if m2 > 0 {
				y = firstYearFrom(anchor, spec{kind: specAbs, m: m2})
				if m2 < sp.m {
					y--
				}
			}
			if y > 0 {
				inferred(y, sp, "the first such month from", "for a delivery")
				break
			}
		}
		if y, ok := s.statedYearOf(sp); ok && lean <= 0 && y < anchor.Year() && (s.is(m.i-1, "the") || s.is(m.i-1, "since")) &&
			(sp.d > 0 || pastEventNouns[s.toklower(m.j)]) { // a month for an event ("the November vote"), not a data month ("the March index")
			// "The war began with the attack on Oct. 7, 2023. The Oct. 7
			// attack killed 1,200", "since Oct. 7": the day, named as an
			// event, that the text gave with its year. Not any such day:
			// "due April 24, 1990 ... Paydate is April 24"
			if d := yearDate(y, sp); !d.IsZero() {
				men.Date, men.Anchor = d, Day(y, 1, 1)
				men.Resolution, men.Confidence = RelativeToPrevious, 0.7
				men.Why = fmt.Sprintf("year %d, as the text gave this date before", y)
				break
			}
		}
		if s.is(m.i-1, "since") {
			// "since January", "since March 3": a start gone by
			if y := lastYearBy(anchor, sp); y > 0 {
				inferred(y, sp, "the latest such date by", "for a start (\"since\")")
				break
			}
		}
		if y, ok := s.yearBefore(m.i); ok && (lean == 0 || lean > 0 && y >= anchor.Year() || lean < 0 && y <= anchor.Year()) {
			// but "at end-January 1987 ... up from December's": a sentence on
			// a date gone by does not run past the publication, unless a plan
			// looks ahead ("agreed to hold the vote in December")
			if d := yearDate(y, sp); !d.IsZero() && !(lean <= 0 && d.Start.After(anchor) && !s.last.IsZero() && !s.last.End.After(anchor) && !s.toVerbBefore(m.i, 6)) {
				men.Date, men.Anchor = d, anchor
				men.Resolution, men.Confidence = YearInferred, 0.75
				men.Why = fmt.Sprintf("year %d from the date stated before it in the sentence", y)
				break
			}
		}
		if base, ok := s.narrativeYear(m.i, anchor); ok && (lean < 0 || s.tenseNear(m.i, m.j) < 0) {
			// "He was killed on June 4, 2008. His body was found on June
			// 9": a story told in a year long past stays in it
			y := base.Start.Year()
			if d := yearDate(y, sp); !d.IsZero() && d.Start.After(base.Start.AddDate(0, -1, 0)) && !d.Start.Equal(base.Start) && d.Start.Before(base.End.AddDate(0, 3, 0)) {
				// and it follows soon after, or came just before ("sank on
				// this day in 1912 ... had left Southampton on 10 April"):
				// the story goes on
				men.Date, men.Anchor = d, Day(y, 1, 1)
				men.Resolution, men.Confidence = RelativeToPrevious, 0.6
				men.Why = fmt.Sprintf("year %d from the date stated in the sentence before", y)
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
		if sp.tonight && sp.n < 0 && s.tenseNear(m.i, m.j) > 0 {
			sp.n = 0 // "will tender overnight": the coming night
		}
		d := anchor.AddDate(0, 0, sp.n)
		relative(DayDate(d.Year(), d.Month(), d.Day()), fmt.Sprintf("%q: %+d days", strings.ToLower(men.Text), sp.n))
		if sp.tonight && !sp.clock {
			men.Type = TypeTime
			men.Date.Value += "TNI" // but "10pm tonight" is 22:00, below
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
		if sp.weekOn {
			d, why = d.AddDate(0, 0, 7), "a week after the coming (or same-day)"
		}
		if (s.is(m.i-1, "and") || s.is(m.i-1, "or")) && s.lastTok == m.i-1 && s.last.Grain == GrainDay && !s.last.IsZero() && dir == 0 && s.isWeekday(m.i-2) {
			// "classes were suspended on Monday and Tuesday", said on a
			// Monday: a list of days runs on from its first
			if next := dayAfter(s.last, time.Weekday(sp.wd)); next.Start.Sub(s.last.Start) <= 48*time.Hour && !next.Start.Equal(d) {
				// but not "made Friday and Thursday", "published on Wednesday and Sunday"
				men.Date, men.Resolution, men.Anchor, men.Confidence = next, RelativeToPrevious, s.last.Start, 0.6
				men.Why = fmt.Sprintf("the first %s after the day listed before it, %s", time.Weekday(sp.wd), ISO(s.last.Start))
				break
			}
		}
		if next, ok := s.afterPlanned(m, d); ok && dir == 0 {
			// "is scheduled to launch on Tuesday. The window lasts two
			// hours, with backup opportunities on Wednesday and Thursday"
			men.Date, men.Resolution, men.Anchor, men.Confidence = next, RelativeToPrevious, s.last.Start, 0.6
			men.Why = fmt.Sprintf("the first %s after the day ahead named before, %s", time.Weekday(sp.wd), ISO(s.last.Start))
			break
		}
		relative(DayDate(d.Year(), d.Month(), d.Day()), fmt.Sprintf("%s %s", why, time.Weekday(sp.wd)))

	case specShift:
		if sp.yearEnd {
			lean := s.tenseNear(m.i, m.j)
			if lean == 0 {
				lean = s.clauseTense(m.i, m.j)
			}
			if y, ok := s.yearAt(m.i - 1); ok {
				relative(DayDate(y, 12, 31), "the end of the year named before it") // "1987 year-end"
				break
			}
			p := m.i - 1
			if s.is(p, "the") {
				p--
			}
			ahead := deadlineWords[s.toklower(p)] || aheadNouns[s.toklower(m.j)]
			if s.is(p, "since") || !ahead && (lean < 0 || lean == 0 && anchor.Month() <= 6 && yearNouns[s.toklower(m.j)]) {
				// "the change since year-end", "had assets of 2 bln at
				// year-end", "the year-end results" in spring: the last
				// one gone by; but not "forecast 4.5 pct by year-end", "the
				// year-end forecast", "book value at year-end should be"
				relative(DayDate(anchor.Year()-1, 12, 31), "the end of the last calendar year")
				break
			}
			relative(DayDate(anchor.Year(), 12, 31), "the end of the calendar year")
			break
		}
		if sp.unit == unitDay && sp.anaphor && s.last.Grain == GrainDay && !s.last.IsZero() &&
			(s.sameSentence(s.lastTok, m.i) || (m.i == 0 || s.boundary(m.i-1)) && s.sentencesBetween(s.lastTok, m.i) == 1) {
			// "arrested on Friday. Earlier in the day, he had posted"
			d := DayDate(s.last.Start.Year(), s.last.Start.Month(), s.last.Start.Day())
			men.Date, men.Resolution, men.Anchor, men.Confidence = d, RelativeToPrevious, s.last.Start, 0.7
			men.Why = "the day named before it, " + d.Value
			break
		}
		if sp.midEnd {
			// "installed in mid-year", "end-year bonuses", said in spring:
			// last year's; "by mid-year" this one's
			n := 0
			if s.tenseNear(m.i, m.j) < 0 && (anchor.Month() <= 4 || sp.mod == "END" && anchor.Month() <= 6) {
				n = -1
			}
			relative(shiftUnit(anchor, unitYear, n), fmt.Sprintf("%q: the year %+d, by tense", strings.ToLower(men.Text), n))
			break
		}
		if sp.unit == unitWeek && sp.anaphor {
			if d, ok := s.sessionWeek(m.i, anchor); ok {
				// "tumbled on Friday. For the week, the index dropped 3.8%",
				// said on Monday, "fell last week ... the week's decrease":
				// the week of the session reported
				men.Date, men.Resolution, men.Anchor, men.Confidence = WeekDate(d.Start), RelativeToPrevious, d.Start, 0.7
				men.Why = "the week of the date named before, " + d.Value
				break
			}
		}
		if sp.unit == unitWeekend && sp.anaphor {
			// "the weekend": the last one, or the next in a future-tense sentence.
			n := -1
			if wd := anchor.Weekday(); wd == time.Saturday || wd == time.Sunday {
				n = 0
			}
			lean := s.tenseNear(m.i, m.j)
			if (lean > 0 || s.presentSubject(m) || weekendAhead[s.toklower(m.i-1)] && lean == 0 || s.is(m.i-1, "of") && s.is(m.i-2, "ahead")) && n < 0 {
				n = 0 // "going into the weekend", "ahead of the weekend"; not "extended through the weekend"
			}
			relative(shiftUnit(anchor, unitWeekend, n), fmt.Sprintf("%q: the nearest weekend", strings.ToLower(men.Text)))
			break
		}
		if sp.unit == unitQuarter && sp.n == 0 && (s.is(m.j, "'") || s.is(m.j, "’")) && s.lastReported &&
			!s.lastQuarter.IsZero() && s.lastQuarter.End.Before(anchor) && anchor.Before(s.lastQuarter.End.AddDate(0, 2, 0)) &&
			s.tenseNear(m.i, m.j) <= 0 {
			// "reported a loss for the third quarter ended Sept. 30 ...
			// This quarter's loss includes", said in November: the quarter
			// just reported, not the one under way
			relative(s.lastQuarter, fmt.Sprintf("%q: the quarter the text reports", strings.ToLower(men.Text)))
			break
		}
		relative(shiftUnit(anchor, sp.unit, sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specAgo:
		if sp.onDay && sp.y > 0 {
			if d := yearDate(sp.y, spec{m: int(anchor.Month()), d: anchor.Day()}); !d.IsZero() {
				relative(d, fmt.Sprintf("%q: the day of publication in %d", strings.ToLower(men.Text), sp.y))
				s.storyDay = men.Date
			}
			break
		}
		if sp.onDay {
			d := anchor.AddDate(0, 0, -7*sp.n)
			switch sp.unit {
			case unitYear:
				d = anchor.AddDate(-sp.n, 0, 0)
			case unitMonth:
				d = anchor.AddDate(0, -sp.n, 0)
			}
			if sp.n >= 2 || s.last.IsZero() {
				s.storyDay = DayDate(d.Year(), d.Month(), d.Day()) // an anniversary story's, not "compared with this day last year"
			}
			relative(DayDate(d.Year(), d.Month(), d.Day()), fmt.Sprintf("%q: the same day, counted back", strings.ToLower(men.Text)))
			break
		}
		monthLater := s.lastNamed && (s.last.Grain == GrainMonth || s.last.Grain == GrainHalf) && s.lastTok > s.lastQuarterTok && s.sentencesBetween(s.lastTok, m.i) == 0
		if q, ok := s.yearAgoQuarter(sp.unit, sp.dir*sp.n, m); ok && !monthLater {
			why := "comparing quarters: the quarter in question a year before,"
			switch q.Grain {
			case GrainYear:
				why = "comparing the months reported: the year before theirs,"
			case GrainHalf:
				why = "comparing halves: the half in question a year before,"
			}
			relative(q, fmt.Sprintf("%q, %s", strings.ToLower(men.Text), why))
			s.backed = true
			break
		}
		// Days and weeks either way, and "two years later", "two years on"
		// (but "a year earlier" compares with publication, as earnings
		// copy has it).
		// "10 years earlier" after a date in its sentence counts from it too:
		// no earnings copy compares ten years back.
		// So does "Two years earlier," opening the next sentence, and "Two
		// days later, the town held a vigil" a few sentences on, which
		// the past tense keeps from publication's future.
		between := s.sentencesBetween(s.lastTok, m.i)
		opens := m.i == 0 || s.boundary(m.i-1)
		switch sp.unit {
		case unitDecade:
			// "a decade later" after 1998 is 2008; "a decade ago" said in
			// 2026 is 2016, not the 2010s
			sp.unit, sp.n = unitYear, sp.n*10
		case unitCentury:
			sp.unit, sp.n = unitYear, sp.n*100 // "A century ago": 1924
		}
		if sp.unit == unitYear && sp.dir < 0 && s.lastNamed && !s.is(m.j-1, "now") && s.last.Grain.Rank() <= GrainYear.Rank() &&
			(sp.earlier && (between == 0 || between == 1 && (opens || sp.n >= 2)) || !sp.earlier && between == 0 && s.comparedAt(m.i)) {
			// "rose 1.1% in February from a year earlier": February a year
			// back; "sales rose in 2012. A year earlier they fell": 2011;
			// "went public in 1988. Dell, who founded it four years
			// earlier": 1984
			d := yearsBack(s.last, sp.n)
			if sp.n >= 2 && s.last.Grain == GrainMonth && !s.comparedAt(m.i) && !s.compared(m.i) {
				// "announced the fine in July 2021, after inspections four
				// years earlier": the year, not July 2017; a comparison
				// ("rose 3% from two years earlier") keeps the month
				d = YearDate(s.last.Start.Year() - sp.n)
			}
			if !d.IsZero() {
				men.Date, men.Resolution, men.Anchor, men.Confidence, men.Inferred = d, RelativeToPrevious, s.last.Start, 0.6, !a.Published
				men.Why = fmt.Sprintf("%q from the date named before, %s", strings.ToLower(men.Text), s.last.Value)
				s.backed = s.compared(m.i) || s.comparedAt(m.i)
				break
			}
		}
		back := sp.dir < 0 && sp.n >= 2 && (sp.unit == unitMonth || sp.unit == unitYear) && (between == 0 || between == 1 && opens) ||
			sp.dir < 0 && sp.unit == unitMonth && between == 0 && s.lastNamed && s.last.Grain == GrainMonth // "fell in November, from $2.3 billion a month earlier": October
		// a story years gone goes on for a few sentences: "landed on this
		// day in 1969 ... Apollo 11 had launched four days earlier"
		storyDays := (sp.unit == unitDay || sp.unit == unitWeek) && s.last.End.Before(anchor.AddDate(-2, 0, 0))
		near := between <= 1 || between <= 3 && (sp.dir > 0 && s.tenseNear(m.i, m.j) < 0 || storyDays)
		story := sp.earlier && (sp.unit == unitDay || sp.unit == unitWeek) && !s.storyDay.IsZero() && !s.last.IsZero() && s.last.Grain.Rank() > GrainMonth.Rank()
		if sp.earlier && !s.is(m.j-1, "now") && (sp.unit == unitDay || sp.unit == unitWeek || back || sp.dir > 0 && (sp.unit == unitMonth || sp.unit == unitYear)) &&
			!s.last.IsZero() && (near || story) {
			// "arrested on Dec. 30 and released two days later": from the
			// date just named, not from publication
			base := s.last
			if story {
				base = s.storyDay // "Forty years ago today ... in 1969 ... The last body was brought up four days later"
			}
			if back && !s.lastFirm.IsZero() {
				base = s.lastFirm // "rose 12 pct from 12 months earlier" counts from the month reported, not the one compared
			}
			d := anaphorDate(base, sp.unit, sp.dir*sp.n, 0)
			switch {
			case sp.unit == unitYear && base.Grain == GrainMonth:
				d = yearsBack(base, -sp.dir*sp.n) // "scheduled for September 2025, with a landing a year later": September 2026
			case sp.unit == unitWeek && (base.Grain == GrainDay || base.Grain == GrainMinute):
				// "against Swindon on 19 July and Brentford a week later":
				// the day seven days on, as readers date it, not its week
				t := base.Start.AddDate(0, 0, 7*sp.dir*sp.n)
				d = DayDate(t.Year(), t.Month(), t.Day())
			case sp.unit == unitWeek && base.Grain == GrainMonth:
				// "the lockdown began in March 2020. Two weeks later": no
				// day to count from; the month the count most likely ends in
				t := base.Start.AddDate(0, 0, 14+7*sp.dir*sp.n)
				d = MonthDate(t.Year(), t.Month())
			}
			if !d.IsZero() {
				men.Date, men.Resolution, men.Anchor, men.Confidence, men.Inferred = d, RelativeToPrevious, base.Start, 0.6, !a.Published
				men.Why = fmt.Sprintf("%q from the date named before, %s", strings.ToLower(men.Text), base.Value)
				s.backed = back && sp.dir < 0 // the month compared with moves no story on: "12 months earlier" after it is still February's
				break
			}
		}
		if sp.unit == unitHour && sp.n < 24 || sp.unit == unitMinute && sp.n < 24*60 || sp.unit == unitSecond {
			if sp.earlier && sp.unit != unitSecond {
				n := sp.dir * sp.n
				if sp.unit == unitHour {
					n *= 60
				}
				s.offsets = append(s.offsets, clockOffset{men.Start, n})
			}
			if sp.earlier && !s.last.IsZero() && (s.last.Grain == GrainDay || s.last.Grain == GrainMinute) && s.sentencesBetween(s.lastTok, m.i) <= 1 {
				// "happened at 2:30 a.m. Saturday. The suspect was arrested
				// about 12 hours later": that day, as near as we know
				d := DayDate(s.last.Start.Year(), s.last.Start.Month(), s.last.Start.Day())
				men.Date, men.Resolution, men.Anchor, men.Confidence = d, RelativeToPrevious, s.last.Start, 0.5
				men.Why = fmt.Sprintf("%q: the day named before, %s", strings.ToLower(men.Text), d.Value)
				break
			}
			// "two hours ago": within the day of publication, whose hour we
			// do not know
			relative(DayDate(anchor.Year(), anchor.Month(), anchor.Day()), fmt.Sprintf("%q: within the day of publication", strings.ToLower(men.Text)))
			break
		}
		relative(shiftUnit(anchor, sp.unit, sp.dir*sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specSeason:
		if sp.y > 0 {
			men.Date, men.Resolution, men.Confidence, men.Why = SeasonDate(sp.y, sp.season), Explicit, 0.9, "stated season and year"
			break
		}
		if sp.nearest && (s.is(m.i-1, "and") || s.is(m.i-1, "or")) && s.last.Grain == GrainSeason && s.lastTok == m.i-1 {
			// "this spring and summer", "last winter and spring": the season
			// after the one just named
			d := SeasonDate(s.last.Start.Year(), sp.season)
			if d.Start.Before(s.last.Start) {
				d = SeasonDate(s.last.Start.Year()+1, sp.season)
			}
			men.Date, men.Resolution, men.Anchor, men.Confidence = d, RelativeToPrevious, s.last.Start, 0.7
			men.Why = "the first such season from the one named before, " + s.last.Value
			break
		}
		if sp.anaphor && !s.last.IsZero() && s.last.Grain.Rank() <= GrainYear.Rank() {
			// "In 1969 ... That summer": the season in the year named before
			d := SeasonDate(s.last.Start.Year(), sp.season)
			men.Date, men.Resolution, men.Anchor, men.Confidence = d, RelativeToPrevious, s.last.Start, 0.6
			men.Why = "the season in the year of the date named before, " + s.last.Value
			break
		}
		if sp.nearest {
			lean := s.tense(m.i, m.j)
			if lean == 0 && s.presentBefore(m.i) {
				lean = 1 // "The election is in the fall"
			}
			y := anchor.Year()
			if lean > 0 && s.tenseNear(m.i, m.j) > 0 {
				lean = 2 // the verb that governs it looks ahead
			}
			best := nearestDate(anchor, lean, SeasonDate(y-1, sp.season), SeasonDate(y, sp.season), SeasonDate(y+1, sp.season))
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
			if (!sp.anaphor || sp.latest || s.lastQuarter.IsZero() && sp.dir == 0) && !(s.indefinite(m.i) && !s.hyphenated(m.i, m.j)) && !s.priorQuarter(m, men.Date) {
				// "after a flat second quarter" is background; the quarter
				// the text reports stays the one comparisons refer to
				s.lastReported = !men.Date.End.After(anchor) || s.is(m.j, "ended") || s.tense(m.i, m.j) < 0
				s.lastQuarter = men.Date
				if s.lastReported {
					s.reportedQ = men.Date
				}
			}
			s.lastQuarterTok = m.j
			s.prevQ, s.prevQTok = men.Date, m.j
		}

	case specHoliday:
		lean := s.tenseNear(m.i, m.j)
		if s.aheadOf(m.i) {
			lean = 2 // "well ahead of Christmas", said in February: a plan's
		}
		if lean == 0 && s.presentBefore(m.i) {
			lean = 1 // "The museum, which opened in 1941, opens on July 4"
		}
		if lean == 0 {
			lean = s.clauseTense(m.i, m.j)
		}
		d, res := holidayDate(sp, anchor, lean)
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
		if d, ok := s.namedBefore(m.i, GrainDecade); ok && sp.unit == unitDecade {
			base = d // "In the 1980s prices fell and in the following decade they rose"
		}
		if sp.unit == unitDay && base.Grain != GrainDay && base.Grain != GrainMinute && !s.storyDay.IsZero() {
			// "Thirty-five years ago tonight ... in the summer of 1988 ...
			// Within a year of that night": the story's night
			base, why = s.storyDay, "from the day the story is about, "
		}
		if (sp.yearBack || sp.n < 0 && s.lastAnaphor) && !s.lastFirm.IsZero() {
			// "the same month last year" after "from ... in January 1986",
			// and "the previous week" after "the previous week": from the
			// date reported
			base = s.lastFirm
		}
		switch {
		case base.IsZero():
			why = "no date named before: from the " + anchorName + " "
		case sp.unit == unitQuarter && base.Grain.Rank() > GrainQuarter.Rank():
			// "the previous quarter" after a year: from the quarter the text
			// reports, or the publication's; "the next quarter" is the coming one
			base, why = s.lastQuarter, "from the quarter named before, "
			if s.is(m.i+1, "next") {
				base = Date{}
			}
			if base.IsZero() {
				why = "the date named before is longer than a quarter: from the " + anchorName + " "
			}
		case sp.unit == unitQuarter && base.Grain == GrainQuarter && !s.lastQuarter.IsZero() &&
			base.Start.Equal(s.lastQuarter.Start.AddDate(-1, 0, 0)):
			// "compared to the year-ago quarter ... softened from the prior
			// quarter": both compare with the quarter reported, not each other
			base, why = s.lastQuarter, "from the quarter reported, "
		case sp.unit == unitWeek && sp.n < 0 && base.Grain.Rank() > GrainWeek.Rank():
			// "reported last week, the highest in a single week this year
			// ... up from 1,097 the previous week": a year names no week;
			// the week or day reported before it, within weeks of the
			// report (not "the season, which began October 1")
			if d, ok := s.dayNamedBefore(m.i, anchor, true, GrainWeek); ok && anchor.Sub(d.Start) <= 60*24*time.Hour {
				base, why = d, "from the date named before, "
			}
		case sp.unit == unitDay && sp.n != 0 && sp.wd == 0 && (base.Grain != GrainDay && base.Grain != GrainMinute || base.Start.After(anchor) && s.tenseNear(m.i, m.j) < 0):
			// "Brent for May delivery ... gained 70 cents the previous day",
			// "cuts from April 1 ... Prices had gained the previous day": a
			// month names no day, and a day ahead no day gone by; the day
			// named before them, or for "the previous day" publication's
			if d, ok := s.dayNamedBefore(m.i, anchor, s.tenseNear(m.i, m.j) < 0, GrainDay); ok {
				base, why = d, "from the day named before, "
			} else if sp.n < 0 {
				base, why = Date{}, "no day named before: from the "+anchorName+" "
			}
		case base.Grain.Rank() >= GrainYear.Rank() && s.is(m.i+1, "next") && (sp.unit == unitDay || sp.unit == unitWeek || sp.unit == unitMonth):
			// "growth for 1987 ... a cut expected in the next week or so":
			// a year names no week to follow, and "the next week" is the
			// coming one
			base, why = Date{}, "the date named before is a year: the coming one from the "+anchorName+" "
		}
		if base.IsZero() {
			base, res = DayDate(anchor.Year(), anchor.Month(), anchor.Day()), rel
		}
		d := anaphorDate(base, sp.unit, sp.n, sp.wd)
		if sp.yearBack && !d.IsZero() {
			d = aYearBefore(d, sp.unit)
			why = "a year before the date named before, "
		}
		men.Date, men.Resolution, men.Anchor, men.Confidence, men.Inferred = d, res, base.Start, 0.6, !a.Published
		men.Why = why + base.Value

	case specDecade:
		men.Date, men.Resolution, men.Confidence, men.Why = DecadeDate(sp.y), Explicit, 0.9, "stated decade"
		if sp.how != "" {
			men.Resolution, men.Confidence, men.Why = RelativeToPrevious, 0.8, sp.how
		}

	case specEvent:
		e := sp.event
		men.Date, men.Resolution, men.Anchor, men.Confidence, men.Why = e.d, RelativeToPrevious, e.base.Start, 0.6, e.why
	}
	if sp.kind == specAbs && sp.y == 0 && sp.dow > 0 && men.Date.Grain == GrainDay && men.Resolution != Explicit {
		s.matchWeekday(&men, sp, s.tenseNear(m.i, m.j))
	}
	men.Mod = sp.mod
	if sp.weekOfMon != 0 && men.Date.Grain == GrainMonth {
		// "the third week of March": the ISO week holding the middle of
		// the month's third seven days; "the last week", its last four
		day := 7*(sp.weekOfMon-1) + 4
		if sp.weekOfMon < 0 {
			day = men.Date.End.Day() - 3
		}
		w := WeekDate(men.Date.Start.AddDate(0, 0, day-1))
		men.Date, men.Mod = w, ""
		men.Why += "; its week " + w.Value
	}
	men.Stated = men.Date.Value

	if needsAnchor(sp) || sp.kind == specAnaphor || sp.kind == specEvent || sp.kind == specQuarter && (sp.anaphor || sp.relYear) {
		men.Stated = unanchored(sp)
	}
	if sp.sameMonth || sp.dayOnly {
		men.Stated = fmt.Sprintf("XXXX-XX-%02d", sp.d)
	}
	if sp.thatYear && len(men.Date.Value) > 4 {
		men.Stated = "XXXX" + men.Date.Value[4:]
		men.Resolution, men.Confidence, men.Anchor = RelativeToPrevious, 0.7, Day(sp.y, 1, 1)
		men.Why = fmt.Sprintf("in the year of the date named before, %d", sp.y)
	}
	if sp.kind == specClock {
		men.Type = TypeTime
		day := "XXXX-XX-XX"
		if !anchor.IsZero() {
			day = ISO(anchor)
			if sp.hh == 24 && s.tenseNear(m.i, m.j) < 0 {
				// "the shooting happened at midnight": the midnight gone
				// by, which ends the day before
				day = ISO(anchor.AddDate(0, 0, -1))
			}
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
			clock := fmt.Sprintf("T%02d:%02d", sp.hh, sp.mm)
			men.Date.Value += clock
			men.Stated += clock
			men.Date.Grain = GrainMinute
		case sp.tod != "":
			// "Friday night", "the next morning": a TIME, as the TimeML
			// guidelines and every reader of held-out news have it
			// (TimeBank and AQUAINT type 21 of 36 such as DATEs).
			men.Date.Value += "T" + sp.tod
			men.Stated += "T" + sp.tod
			men.Type = TypeTime
		}
	}
	return men
}

// sentencesBetween counts the sentence ends between tokens i and j.
func (s *scanner) sentencesBetween(i, j int) int {
	n := 0
	for k := max(i, 0); k < j && k < len(s.toks); k++ {
		if s.boundary(k) {
			n++
		}
	}
	return n
}

// yearBefore returns the year of a month stated with its year earlier in
// the same sentence, a few tokens back: "delivery in April 1989 with the
// others arriving in May, June and September". It serves where the tense
// near the date agrees: "invited in July 1997, will join on March 12" is
// the coming March, not March 1997.
func (s *scanner) yearBefore(i int) (int, bool) {
	for k := i - 1; k >= 2 && k >= i-10 && !s.boundary(k); k-- {
		if s.is(k, "when") && s.is(k-1, ",") {
			if y, ok := s.yearAt(k - 2); ok {
				return y, true // "was set in 2023, when the ice peaked on Sept. 10"
			}
		}
	}
	if s.lastYear == 0 || s.lastYearTok > i || i-s.lastYearTok > 12 {
		return 0, false
	}
	closed := false // a comma after the year: the clause that held it may have ended
	for k := s.lastYearTok; k < i; k++ {
		if s.boundary(k) || s.is(k, ",") && (s.is(k+1, "and") || s.is(k+1, "but")) && s.tokTense(k+2) != 0 {
			return 0, false // "signed in July 2022, and missed six weeks in November": another clause
		}
		closed = closed || s.is(k, ",")
	}
	if closed {
		for k := s.lastYearTok - 2; k >= 1 && k >= s.lastYearTok-12 && !s.boundary(k); k-- {
			if ok, _ := s.asideAt(k); ok {
				// "Pickett, who took office in January 2015, was placed on
				// leave Dec. 3", "The legislature, elected in September
				// 2022, reaches the end of its term in October"
				return 0, false
			}
		}
	}
	return s.lastYear, true
}

// statedYearOf returns the year the text gave earlier with the same
// month and day as sp.
func (s *scanner) statedYearOf(sp spec) (int, bool) {
	if sp.d == 0 {
		for k := len(s.statedMonths) - 1; k >= 0; k-- {
			if int(s.statedMonths[k].Start.Month()) == sp.m {
				return s.statedMonths[k].Start.Year(), true // "in November 2021 ... the November vote"
			}
		}
		return 0, false
	}
	for k := len(s.stated) - 1; k >= 0; k-- {
		if d := s.stated[k].Start; int(d.Month()) == sp.m && d.Day() == sp.d {
			return d.Year(), true
		}
	}
	return 0, false
}

// narrativeYear returns the year of the date named last where it was a
// day stated with its year in the sentence before token i's, at least two
// years before the anchor, and no date came since: the year a story of
// the past is told in. A month or year alone is as often a comparison
// ("the largest rise since March 1982. The money supply rose 9.8 pct in
// April") or background as the story's own time.
func (s *scanner) narrativeYear(i int, anchor time.Time) (Date, bool) {
	if s.last.Grain != GrainDay && s.last.Grain != GrainMinute && s.last.Grain != GrainWeek {
		// "on Jan. 28, 1986 ... chosen in 1985. The launch, scheduled for
		// Jan. 22, had been delayed": a year named since is background;
		// the day stated with its year goes on
		if n := len(s.stated); n > 0 && s.lastTok > s.statedTok && s.sentencesBetween(s.statedTok, i) <= 2 && s.stated[n-1].Start.Year() <= anchor.Year()-2 {
			return s.stated[n-1], true
		}
		return Date{}, false // but "a week earlier" goes on with the story
	}
	if n := s.sentencesBetween(s.lastTok, i); n > 3 || s.last.IsZero() || s.last.Start.Year() > anchor.Year()-2 {
		return Date{}, false
	}
	// a day stated with its year, or counted years back ("Thirty-five
	// years ago today", "On this day in 1969") and the days after it; in
	// its own sentence too ("launched four days earlier, and splashed
	// down on July 24")
	return s.last, true
}

// aheadBefore reports whether the date the text named last lies ahead of
// the anchor and stands a few tokens before token i in i's sentence: a
// sentence on what is to come goes on with it.
func (s *scanner) aheadBefore(i int, anchor time.Time) bool {
	if s.last.IsZero() || !s.last.Start.After(anchor) || s.lastTok > i || i-s.lastTok > 15 {
		return false
	}
	for k := s.lastTok; k < i; k++ {
		if s.boundary(k) || s.paragraphAt(k) {
			return false // "Record March 13\n    NOTE: Prior qtr is for October": a new paragraph
		}
	}
	return true
}

// sameSentence reports whether tokens k <= i lie in one sentence.
func (s *scanner) sameSentence(k, i int) bool {
	if k > i || i-k > 40 {
		return false
	}
	for ; k < i; k++ {
		if s.boundary(k) {
			return false
		}
	}
	return true
}

// paragraphAt reports whether token k opens a paragraph: a blank line or an
// indented line before it.
func (s *scanner) paragraphAt(k int) bool {
	if k <= 0 || k >= len(s.toks) || !s.toks[k].nl {
		return false
	}
	gap := s.text[s.toks[k-1].end:s.toks[k].start]
	nl := strings.IndexByte(gap, '\n')
	rest := gap[nl+1:]
	return strings.Contains(rest, "\n") || strings.HasPrefix(rest, "  ") || strings.HasPrefix(rest, "\t")
}

// namedBefore is the date the text named last, when it has grain g and
// stands before token i in i's sentence: "In 1987 [...] the second half of
// the year", "In the 1980s, by the end of the decade".
func (s *scanner) namedBefore(i int, g Grain) (Date, bool) {
	if len(s.seen) == 0 {
		return Date{}, false
	}
	last := s.seen[len(s.seen)-1]
	if last.d.Grain != g || last.j > i {
		return Date{}, false
	}
	for k := last.j; k < i; k++ {
		if s.boundary(k) {
			return Date{}, false
		}
	}
	return last.d, true
}

// dayNamedBefore finds the latest day (or clock time, or with g a week, a
// week) named in the three sentences before token i, not itself counted
// from another ("up from 1,097 the previous week ... 11 pct above the
// prior week": both count from the week reported); gone means one on or
// before the anchor.
func (s *scanner) dayNamedBefore(i int, anchor time.Time, gone bool, g Grain) (Date, bool) {
	return s.seenBefore(i, 3, func(d seenDate) bool {
		return (d.d.Grain == GrainDay || d.d.Grain == GrainMinute || d.d.Grain == g) && !(gone && d.d.Start.After(anchor)) && !d.anaphor
	})
}

// seenBefore finds the latest date named before token i, within the
// given number of sentences, that ok accepts.
func (s *scanner) seenBefore(i, sentences int, ok func(seenDate) bool) (Date, bool) {
	for k := len(s.seen) - 1; k >= 0; k-- {
		d := s.seen[k]
		if d.j > i {
			continue
		}
		if s.sentencesBetween(d.j, i) > sentences {
			break
		}
		if ok(d) {
			return d.d, true
		}
	}
	return Date{}, false
}

// fiscalEnd reads the year of a fiscal year's end named right after it:
// "fiscal 1987/88 ending March 31" (1988), "fiscal 1985, ended September
// 30" (1985). A fiscal year named by one year ends in it, unless it ends
// by March: Japan's fiscal 1986 ends in March 1987, and so do retailers'.
// Those stay with the publication date.
func (s *scanner) fiscalEnd(i int, sp spec) (int, bool) {
	if !s.is(i-1, "ended") && !s.is(i-1, "ending") && !s.is(i-1, "ends") {
		return 0, false
	}
	k := i - 1
	if s.is(k-1, ",") {
		k--
	}
	if s.last.Grain != GrainYear || s.lastTok != k || yearDate(s.last.End.Year(), sp).IsZero() {
		return 0, false
	}
	if s.last.End.Year() > s.last.Start.Year() {
		return s.last.End.Year(), true // "1987/88", "1987-88"
	}
	if sp.m <= 3 || !s.is(k-2, "fiscal") && !(s.is(k-2, "year") && (s.is(k-3, "fiscal") || s.is(k-4, "full"))) { // and "full-year 2024 ended October 31"
		return 0, false
	}
	return s.last.Start.Year(), true
}

// comparedIn reports whether the date at token i is the base a figure is
// compared with: "from 14.8 billion in January", "against 2.1 pct in June".
func (s *scanner) comparedIn(i int) bool {
	if !s.is(i-1, "in") {
		return false
	}
	amount := false
	for k := i - 2; k >= 0 && k >= i-8 && !s.boundary(k); k-- {
		switch t := s.toks[k]; {
		case t.kind == tokNum:
			amount = true
		case t.lower == "to":
			return false // "cut from 5 mln to 3 mln in October", "move from New York to Chicago in June"
		case t.lower == "from" || t.lower == "against" || t.lower == "compared" || t.lower == "versus" || t.lower == "vs":
			return amount
		}
	}
	return false
}

// comparison reports whether a word that introduces what a figure is
// compared with stands within reach tokens before token i, in its sentence.
func (s *scanner) comparison(i, reach int) bool {
	for k := i - 1; k >= 0 && k >= i-reach && !s.boundary(k); k-- {
		switch s.toks[k].lower {
		case "from", "against", "than", "versus", "vs", "compared", "over":
			return true
		}
	}
	return false
}

// toVerbBefore reports whether an infinitive ("to hold") stands within
// reach tokens before token i, in its sentence.
func (s *scanner) toVerbBefore(i, reach int) bool {
	for k := i - 1; k > 0 && k >= i-reach && !s.boundary(k); k-- {
		if n := s.tok(k + 1); s.is(k, "to") && n != nil && n.kind == tokWord && !n.upper && n.kw == kwNone && !determiners[n.lower] {
			return true
		}
	}
	return false
}

// compared reports whether the date at token i is what a figure is
// compared with rather than the one reported: "up from December's",
// "from 489,000 in January 1986", "against 80,000 last March".
func (s *scanner) compared(i int) bool {
	k := i - 1
	if s.is(k, "the") {
		k--
	}
	switch s.toklower(k) {
	case "from", "against", "than", "versus", "vs":
		return true
	}
	return s.comparedIn(i)
}

// aYearBefore is day, week or month d a year earlier: the same date, the
// week 52 weeks before, the same month.
func aYearBefore(d Date, unit int) Date {
	switch unit {
	case unitWeek:
		return shiftUnit(d.Start, unitWeek, -52)
	case unitMonth:
		return MonthDate(d.Start.Year()-1, d.Start.Month())
	}
	t := d.Start.AddDate(-1, 0, 0)
	return DayDate(t.Year(), t.Month(), t.Day())
}

// priorQuarter reports a quarter q named as the background of the one
// the sentence reports: earlier than it, and after "after", "following"
// or a comparison ("grew in the first quarter, after shrinking in the
// final quarter of 2023").
func (s *scanner) priorQuarter(m match, q Date) bool {
	if s.lastQuarter.IsZero() || !q.Start.Before(s.lastQuarter.Start) || s.sentencesBetween(s.lastQuarterTok, m.i) > 0 {
		return false
	}
	if s.compared(m.i) {
		return true
	}
	for k := m.i - 1; k >= 0 && k >= m.i-6 && !s.boundary(k) && !s.is(k, ","); k-- {
		if s.is(k, "after") || s.is(k, "following") {
			return true
		}
	}
	return false
}

// yearsBack is d n years before, at its own grain: a day, a month, a
// quarter, a half or a year; zero for others.
func yearsBack(d Date, n int) Date {
	t := d.Start.AddDate(-n, 0, 0)
	switch d.Grain {
	case GrainDay:
		return DayDate(t.Year(), t.Month(), t.Day())
	case GrainMonth:
		return MonthDate(t.Year(), t.Month())
	case GrainYear:
		return YearDate(t.Year())
	case GrainQuarter:
		return QuarterDate(t.Year(), (int(t.Month())-1)/3+1)
	case GrainHalf:
		return HalfDate(t.Year(), (int(t.Month())-1)/6+1)
	}
	return Date{}
}

// comparedAt reports a comparison word right before token i: "from a
// year ago", "than a year ago", "over a year ago", "with a year ago".
func (s *scanner) comparedAt(i int) bool {
	switch s.toklower(i - 1) {
	case "from", "than", "over", "with", "versus", "vs", "above", "below":
		return true
	case "to":
		return s.is(i-2, "compared") // "compared to a year earlier"
	}
	return false
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

// matchWeekday moves a year-less day whose stated weekday its inferred
// year denies to the nearest year that has it, within six either way and
// the way the tense leans: "Five years ago ... a bank holiday on Friday 8
// May", said in 2025, is 2020's.
func (s *scanner) matchWeekday(men *Mention, sp spec, lean int) {
	y := men.Date.Start.Year()
	wd := time.Weekday(sp.dow - 1)
	if men.Date.Start.Weekday() == wd {
		return
	}
	// The year of the date named before first ("Five years ago, ... on
	// Friday 8 May"), then a year the tense's way, one the other way,
	// and the rest of six the tense's way; a slip of the weekday, most
	// likely, past those.
	dir := -1
	if lean > 0 {
		dir = 1
	}
	order := []int{dir, -dir, 2 * dir, 3 * dir, 4 * dir, 5 * dir, 6 * dir}
	if lean == 0 {
		order = []int{-1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6}
	}
	if !s.last.IsZero() {
		if d := s.last.Start.Year() - y; d != 0 && d >= -6 && d <= 6 {
			order = append([]int{d}, order...)
		}
	}
	for _, dy := range order {
		if y+dy < 1 || y+dy > 9999 || sp.d > daysIn(y+dy, time.Month(sp.m)) {
			continue
		}
		if d := Day(y+dy, time.Month(sp.m), sp.d); d.Weekday() == wd {
			men.Date = DayDate(y+dy, time.Month(sp.m), sp.d)
			men.Why = fmt.Sprintf("year %d: the nearest in which %s is a %s", y+dy, d.Format("2 January"), wd)
			return
		}
	}
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
	switch {
	case lean < 0:
		return best, "nearest, leaning to the past (past-tense sentence), to the"
	case lean > 0:
		return best, "nearest, leaning to the future (future-tense sentence), to the"
	}
	return best, "nearest the"
}

// lastYearBy is the year that puts a year-less date on or before the
// anchor and nearest it, or 0.
func lastYearBy(anchor time.Time, sp spec) int {
	for y := anchor.Year(); y >= anchor.Year()-1; y-- {
		if d := yearDate(y, sp); !d.IsZero() && !d.Start.After(anchor) {
			return y
		}
	}
	return 0
}

// deliveryAfter reports whether the month at m is one goods are due in:
// "for May delivery", "for October/December shipment", "for late
// June/early July shipment"; m2 is the second month of a pair.
func (s *scanner) deliveryAfter(m match) (m2 int, ok bool) {
	k := m.j
	if s.is(k, "/") {
		k++
		if s.is(k, "early") || s.is(k, "late") || s.is(k, "mid") {
			k++
		}
		if m2, k, ok = s.monthAt(k); !ok {
			return 0, false
		}
	}
	return m2, deliveryWords[s.toklower(k)]
}

// statsFor reports whether the month at m is what statistics are for:
// "figures for the October/December quarter", "January trade figures".
func (s *scanner) statsFor(m match) bool {
	j := m.i - 1
	if s.is(j, "the") {
		j--
	}
	if s.is(j, "for") && statsWords[s.toklower(j-1)] {
		return true
	}
	k := m.j
	if s.is(k, "/") && s.isMonth(k+1) {
		k += 2
	}
	return s.statsAfter(k)
}

// statsAfter reports whether statistics are named at token k, after at
// most two qualifiers: "figures", "trade figures", "GNP growth figures".
func (s *scanner) statsAfter(k int) bool {
	for n := 0; n < 3; n++ {
		t := s.tok(k + n)
		if t == nil || t.kind != tokWord {
			return false
		}
		if statsWords[t.lower] {
			return true
		}
		if t.upper && strings.ToUpper(t.text) != t.text {
			return false // a name, but "GNP" is a qualifier
		}
	}
	return false
}

// firstYearFrom is the year that puts a year-less date on or after the
// anchor and nearest it, or 0.
func firstYearFrom(anchor time.Time, sp spec) int {
	for y := anchor.Year(); y <= anchor.Year()+1; y++ {
		if d := yearDate(y, sp); !d.IsZero() && !d.End.Before(anchor) {
			return y
		}
	}
	return 0
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
	if s.is(m.i-1, "since") {
		return false // "a group which has been meeting since Monday will"
	}
	lean := s.tenseNear(m.i, m.j)
	if s.is(m.i-1, "for") && s.setFor(m.i-2) {
		return true // "The judge set the trial for Monday"
	}
	k := m.i - 1
	for s.is(k, "even") || s.is(k, "perhaps") || s.is(k, "possibly") || s.is(k, "maybe") {
		k--
	}
	if (s.is(k, "or") || s.is(k, "and")) && s.tok(k-1) != nil && s.tok(k-1).kw == kwRelDay && s.tok(k-1).kv > 0 {
		return true // "until tomorrow or even Thursday"
	}
	if s.is(m.j, "'") && s.is(m.j+1, "s") {
		if p := s.tok(m.i - 1); p != nil && (aheadWords[p.lower] || p.lower == "before" && lean > 0) {
			return true // "ahead of Sunday's vote", "wary of selling before Tuesday's data"
		}
		if lean > 0 && fixtureNouns[s.toklower(m.j+2)] {
			return true // "Sunday's election will be watched", "will win Sunday's vote"; not "Monday's attack will be investigated"
		}
		if p := s.tok(m.i - 2); p != nil && p.lower == "ahead" {
			return true
		}
		return false
	}
	if s.is(m.i-1, "by") && lean <= 0 && s.modalBefore(m.i-1, 8) {
		return true // "could be reached by Monday", "should be in place by Friday"
	}
	if p := s.tok(m.i - 1); p != nil && (p.lower == "for" || p.lower == "to") && putOffVerbs[s.toklower(m.i-2)] && s.toklower(m.i-2) != "put" {
		return true // "rescheduled for Thursday", "postponed to Monday"
	}
	if s.is(m.i-1, "for") && !s.pastPerfect(m.i-2) && !s.oncePlanned(m.i-2) {
		switch s.toklower(m.i - 2) {
		case "planned", "scheduled", "slated", "set", "due":
			return true // "A vote planned for Monday was delayed": the plan's day; not "had been scheduled for Monday"
		}
	}
	if s.is(m.i-1, "least") && s.is(m.i-2, "at") && (s.is(m.i-3, "until") || s.is(m.i-3, "till")) {
		return true // "expected to stay closed until at least Tuesday"
	}
	if p := s.tok(m.i - 1); p != nil && (p.lower == "until" || p.lower == "till") {
		// "until Tuesday" looks ahead where nothing is past, and after a
		// put-off: "postponed until Tuesday morning".
		if lean == 0 {
			return true
		}
		if q := s.tok(m.i - 2); q != nil && (putOffVerbs[q.lower] || q.lower == "has" || q.lower == "have") {
			return true // "has until Monday to raise the money": a deadline
		}
		if s.putOffBefore(m.i - 2) {
			return true // "extended its deadline until Tuesday"
		}
		switch s.toklower(m.i - 3) {
		case "remain", "remains", "stay", "stays":
			return true // "Schools remain closed until Monday"
		}
	}
	for k := m.i - 1; k >= 1 && k >= m.i-5 && !s.boundary(k); k-- {
		if s.is(k, "of") && s.is(k-1, "ahead") {
			return true // "Ahead of the vote Thursday, leaders met"
		}
	}
	if s.is(m.j, "is") && (s.is(m.j+1, "the") && fixtureNouns[s.toklower(m.j+2)] || fixtureNouns[s.toklower(m.j+1)]) {
		return true // "Friday is the deadline"
	}
	if s.presentSubject(m) {
		return true // "Friday looks dry", "Wednesday is the first day of spring"
	}
	if pricedWords[s.toklower(m.i-1)] {
		return false // "a premium to Heinz's closing price Wednesday": a price is gone by
	}
	if (s.is(m.i-1, "a") || s.is(m.i-1, "the")) && fixtureNouns[s.toklower(m.j)] && (s.is(m.i-2, "before") || s.is(m.i-2, "of") && s.is(m.i-3, "ahead")) {
		return true // "scrambled for a plan before a Monday deadline", "ahead of the Sunday vote"
	}
	if lean >= 0 && s.presentBefore(m.i) {
		return true // "He returns to Washington on Saturday"; not "recovered after sharp falls on Monday"
	}
	// "Leaders meet Monday", "the talks resume on Tuesday": news puts
	// scheduled events in the simple present.
	for k := m.i - 1; k >= 0 && k >= m.i-12; k-- {
		t := s.toks[k]
		if p := s.toklower(k - 1); scheduledVerbs[t.lower] && t.kind == tokWord && !determiners[p] && !(prepositions[p] && p != "and" && p != "or" && p != "but") {
			return true // but "fell at the close on Friday", "kept rates on hold on Wednesday": a noun
		}
		// only an adverb, "on" or a clock time may stand between:
		// "Polls open at 7 a.m. local time on Sunday", "Bids close
		// mid-morning local time on Monday"
		if !(t.kind == tokWord && (strings.HasSuffix(t.lower, "ly") || clockWords[t.lower] || isZone(t.text) || t.upper && s.is(k+1, "time")) ||
			t.kind == tokNum || t.text == "." && s.adjacent(k) || t.text == "-" && s.adjacent(k)) {
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

// weekendAhead before "the weekend" make it the coming one.
var weekendAhead = map[string]bool{"into": true, "before": true, "until": true, "till": true}

// afterPlanned is the first weekday of d's after the day of this or next
// week the text named last, when nothing but the default put d in the
// past, before it, and no verb of the weekday's clause says otherwise.
func (s *scanner) afterPlanned(m match, d time.Time) (Date, bool) {
	if s.last.IsZero() || s.last.Grain != GrainDay && s.last.Grain != GrainMinute || !s.last.Start.After(s.anchorDay) || s.last.Start.After(s.anchorDay.AddDate(0, 0, 7)) ||
		!d.Before(s.last.Start) || s.sentencesBetween(s.lastTok, m.i) > 1 || s.tense(m.i, m.j) != 0 {
		return Date{}, false
	}
	last := DayDate(s.last.Start.Year(), s.last.Start.Month(), s.last.Start.Day())
	if s.last.Start.Weekday() == d.Weekday() {
		return last, true // "after 1530 EST Friday. In the final 30 minutes of trading Friday"
	}
	return dayAfter(last, d.Weekday()), true
}

// pricedWords before a weekday make it a day of trading gone by.
var pricedWords = map[string]bool{"price": true, "prices": true}

// setForEvent reports a date that names when a coming event is to be, in
// a sentence on fixing it: "set an October trial date", "called a June
// election", "scheduled a March 15 hearing".
func (s *scanner) setForEvent(m match) bool {
	n := s.toklower(m.j)
	if n == "trial" || n == "court" {
		if s.is(m.j+1, "date") {
			n = "trial"
		}
	}
	if !eventToSet[n] {
		return false
	}
	for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
		switch s.toklower(k) {
		case "set", "scheduled", "called", "announced", "fixed", "slated", "planned", "setting", "sets":
			return true
		}
	}
	return false
}

// eventToSet are events a date before them is fixed for.
var eventToSet = map[string]bool{"trial": true, "hearing": true, "sentencing": true, "election": true, "elections": true, "vote": true,
	"referendum": true, "summit": true, "deadline": true, "launch": true, "runoff": true, "inauguration": true, "meeting": true, "date": true}

// presentSubject reports a date that opens its sentence as the subject of
// a verb in the present: "Friday looks dry", "The weekend looks sunny",
// "Wednesday is the first day of spring". Forecasts and schedules speak
// of the days ahead so.
func (s *scanner) presentSubject(m match) bool {
	if m.i > 0 && !s.boundary(m.i-1) && !(m.i == 1 && s.is(0, "\"")) {
		return false
	}
	switch s.toklower(m.j) {
	case "is", "looks", "seems", "promises", "brings", "marks":
		return true
	}
	return false
}

// presentBefore reports a verb of scheduling in the simple present a few
// words before token i, in its clause, with nothing past or reported
// between: "returns to Washington on Saturday", "votes on the measure
// Monday", "The deadline is Monday".
func (s *scanner) presentBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 7; k, n = k-1, n+1 {
		if t := s.toks[k]; t.kind == tokWord && clockWords[t.lower] && k < i-1 && (s.is(k+1, ".") || s.is(k-1, ".") || t.lower == "am" || t.lower == "pm") ||
			t.text == "." && (s.is(k-1, "m") || s.is(k-1, "a") || s.is(k-1, "p")) && !s.boundary(k) ||
			t.kind == tokNum && (s.is(k+1, "a") || s.is(k+1, "p") || s.is(k+1, "am") || s.is(k+1, "pm") || strings.Contains(t.text, ":")) {
			n-- // "ends at 8 p.m. on Sunday": over the clock
			continue
		}
		if s.is(k, ")") && s.is(k-3, "(") && s.tok(k-1) != nil && isZone(s.tok(k-1).text) {
			k -= 3 // "Voting ends at 8 p.m. (1800 GMT) on Sunday": over the aside
			n--
			continue
		}
		t := s.toks[k]
		if s.boundary(k) || t.kind == tokPunct && t.text != "-" && t.text != "'" || t.kind == tokWord && (t.lower == "that" || t.lower == "who" || t.lower == "which") {
			return false
		}
		if t.text == "-" {
			n -= 2 // "the third-place playoff": a compound is one word
			continue
		}
		if t.kind != tokWord || t.upper && k > 0 && !s.boundary(k-1) {
			if t.upper || t.kind == tokNum {
				n-- // names do not count: "face the San Francisco 49ers at Allegiant Stadium on Sunday"
			}
			continue
		}
		if (t.lower == "set" || t.lower == "scheduled" || t.lower == "slated") && (s.is(k-1, "is") || s.is(k-1, "are")) {
			return true // "The hearing is set for Monday"
		}
		if t.lower == "out" && (s.is(k-1, "is") || s.is(k-1, "are") || s.is(k-1, ",") || s.is(k-1, "comes") || s.is(k-1, "come")) && k >= i-2 {
			return true // "The album is out Friday", "The album, out Friday,"
		}
		if (t.lower == "open" || t.lower == "closed" || t.lower == "shut") && (s.is(k-1, "is") || s.is(k-1, "are")) {
			return true // "Polls are open 7 a.m. to 8 p.m. Tuesday", "Schools are closed Monday"
		}
		if presentVerbs[t.lower] && (t.lower != "ends" && t.lower != "begins" || !periodNouns[s.toklower(k-1)]) ||
			(t.lower == "is" || t.lower == "are") && (k == i-1 || k == i-2 && (s.is(i-1, "in") || s.is(i-1, "on"))) {
			if determiners[s.toklower(k-1)] && !s.is(k-1, "that") {
				continue // a noun: "returns from a visit to Brazil on Sunday"; but "a ceasefire that takes effect"
			}
			return !s.is(k-1, "to") // not "a return to"
		}
		if s.tokTense(k) != 0 {
			return false
		}
	}
	return false
}

// presentVerbs in the simple present before a weekday schedule it, in the
// forms news uses for fixtures and timetables.
var presentVerbs = map[string]bool{
	"returns": true, "travels": true, "heads": true, "flies": true, "goes": true, "go": true,
	"faces": true, "face": true, "hosts": true, "host": true, "plays": true, "play": true,
	"votes": true, "rules": true, "sits": true, "hears": true, "decides": true, "opens": true,
	"tees": true, "kicks": true, "premieres": true, "debuts": true, "launches": true, "unveils": true,
	"visits": true, "visit": true, "return": true, "arrive": true, "vote": true, "welcomes": true, "welcome": true, "entertains": true, "entertain": true, "travel": true, "meets": true, "meet": true, "resumes": true, "resume": true, "begins": true, "begin": true,
	"starts": true, "ends": true, "closes": true, "expires": true, "leaves": true, "arrives": true,
	"testifies": true, "convenes": true, "reconvenes": true, "delivers": true, "addresses": true,
	"turns": true, "ships": true, "falls": true, "expire": true, "announces": true, "releases": true, "publishes": true,
	"takes": true, "comes": true, "reopen": true, "reopens": true, "airs": true, "reports": true, "remain": true,
	"remains": true, "continues": true, "runs": true, "beginning": true, "starting": true, "running": true, "opening": true,
	"drops": true, "lands": true, "hits": true, "streams": true, // releases: "The album drops Friday"
}

// periodNouns before "ends" or "begins" describe a calendar, not an event
// ahead: "Qtr ends Dec 31" heads last quarter's results.
var periodNouns = map[string]bool{"qtr": true, "quarter": true, "year": true, "period": true, "half": true,
	"season": true, "months": true}

// fixtureNouns name events set for a day: "Sunday's election".
var fixtureNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "poll": true, "polls": true, "referendum": true,
	"match": true, "game": true, "final": true, "race": true, "summit": true, "meeting": true, "talks": true,
	"debate": true, "hearing": true, "ceremony": true, "deadline": true, "opening": true, "launch": true,
	"runoff": true, "primary": true, "session": true, "auction": true, "visit": true, "inauguration": true,
	"report": true, "data": true, "figures": true, "jobs": true, "payrolls": true, "release": true, "decision": true,
	"speech": true, "testimony": true, "opener": true,
}

// clockWords may stand between a scheduling verb and its weekday.
var clockWords = map[string]bool{"on": true, "at": true, "a": true, "p": true, "m": true, "am": true, "pm": true,
	"local": true, "time": true, "noon": true, "midnight": true, "mid": true, "morning": true, "afternoon": true, "evening": true}

// scheduledVerbs in the simple present before a weekday put it ahead.
var scheduledVerbs = map[string]bool{
	"meet": true, "meets": true, "resume": true, "resumes": true, "begin": true, "begins": true,
	"start": true, "starts": true, "open": true, "opens": true, "vote": true, "votes": true,
	"travel": true, "travels": true, "visit": true, "visits": true, "arrive": true, "arrives": true,
	"convene": true, "convenes": true, "hold": true, "holds": true, "host": true, "hosts": true,
	"close": true, "closes": true, "end": true, "ends": true, "leave": true, "leaves": true,
	"return": true, "returns": true, "testify": true, "testifies": true,
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
	"rescheduled": true, "moved": true, "pushed": true, "back": true, "forward": true, // "brought forward to Wednesday"
	"postponing": true, "delaying": true, "deferring": true, "extending": true, "suspending": true,
}

// aheadOf reports "ahead of" or "ahead of the" before token i: what is
// done ahead of a date is done before it, so the date lies ahead.
func (s *scanner) aheadOf(i int) bool {
	k := i - 1 - boolInt(s.is(i-1, "the"))
	return s.is(k, "of") && s.is(k-1, "ahead")
}

// pastEventNouns after a month named with its year before make it that
// month: "elections in November 2021 ... the November vote".
var pastEventNouns = map[string]bool{"vote": true, "election": true, "elections": true, "poll": true, "referendum": true,
	"summit": true, "attack": true, "attacks": true, "coup": true, "uprising": true, "invasion": true, "crash": true,
	"earthquake": true, "quake": true, "floods": true, "flood": true, "fire": true, "storm": true, "hurricane": true,
	"massacre": true, "bombing": true, "shooting": true, "protests": true, "riots": true, "strike": true, "ceasefire": true}

// putOffBefore reports a verb of putting off among the few words up to
// token k, in its sentence: "extended its deadline [until Tuesday]",
// "deferred for tax advantage [until after July 1]".
func (s *scanner) putOffBefore(k int) bool {
	for p := k; p >= 0 && p >= k-7 && !s.boundary(p); p-- {
		if w := s.toklower(p); putOffVerbs[w] && w != "back" && w != "off" {
			return true
		}
	}
	return false
}

// setFor reports "set", "fixed" or "reset" and a hearing or the like in
// the few words up to token k, before "for" and a date: "set sentencing
// for Feb. 10", "fixed a new trial date for". What is set is ahead.
func (s *scanner) setFor(k int) bool {
	if w := s.toklower(k); !fixtureNouns[w] && !courtDates[w] {
		return false
	}
	for p := k - 1; p >= 0 && p >= k-4 && !s.boundary(p); p-- {
		switch s.toklower(p) {
		case "set", "sets", "fixed", "reset":
			return true
		}
	}
	return false
}

// courtDates are what a court sets a date for besides the fixtures of
// fixtureNouns: "set sentencing for Feb. 10", "a new trial date for".
var courtDates = map[string]bool{"sentencing": true, "hearings": true, "trial": true, "retrial": true,
	"arraignment": true, "date": true, "execution": true}

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
	if season == 3 && anchor.Month() <= 3 {
		// January is in the winter that began in December, and "no snow
		// this winter" said in March means the one just gone
		cur = SeasonDate(y-1, season)
	}
	switch {
	case n < 0 && !cur.End.Before(anchor):
		return SeasonDate(cur.Start.Year()-1, season) // "last summer", said in August: the summer before
	case n > 0 && !cur.Start.After(anchor):
		return SeasonDate(cur.Start.Year()+1, season)
	}
	return cur
}

// nearestDate is the candidate nearest the anchor, weighted by tense; the
// first of equals.
func nearestDate(anchor time.Time, lean int, cands ...Date) Date {
	var best Date
	bestDist := 0
	for _, d := range cands {
		if dist := weighted(distance(anchor, d), d, anchor, lean); best.IsZero() || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
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
	case lean > 1 && d.End.Before(anchor):
		return dist * 2 // a plan: "plans to spend the fall", said in January
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
	case specEvent:
		switch sp.event.d.Grain {
		case GrainDay:
			return "XXXX-XX-XX"
		case GrainWeek:
			return "XXXX-WXX"
		case GrainMonth:
			return "XXXX-XX"
		}
		return "XXXX"
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
		if sp.tonight && !sp.clock { // "10 p.m. tonight" gets its clock instead
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

// sentenceHas reports whether the sentence around token i has one of words.
func (s *scanner) sentenceHas(i int, words ...string) bool {
	lo, hi := s.clause(i, i, 60)
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
		} else if n == 0 {
			dir = 3 // "that Saturday": the Saturday of that day, or the first after it
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

// monthNamedBefore reports whether month m is named, without "last", before
// token i.
func (s *scanner) monthNamedBefore(i, m int) bool {
	for k := i - 1; k >= 0; k-- {
		if t := s.toks[k]; (t.kw == kwMonth || t.kw == kwMonthAbbr) && t.kv == m && t.upper && !s.is(k-1, "last") {
			return true
		}
	}
	return false
}

// knownEvents are days that name events in news copy after them: "the
// Sept. 11 attacks" (2001), "the Jan. 6 attack" (2021).
var knownEvents = map[[2]int]int{{9, 11}: 2001, {1, 6}: 2021}

// namedEventNouns after such a day make it the event's name.
var namedEventNouns = map[string]bool{"attack": true, "attacks": true, "hijackings": true, "hijackers": true,
	"committee": true, "riot": true, "insurrection": true, "commission": true}

// sessionWeek finds the day or week named last within two sentences
// before token i, if it fell in the seven days before the anchor: the
// session a market report's "the week" belongs to.
func (s *scanner) sessionWeek(i int, anchor time.Time) (Date, bool) {
	return s.seenBefore(i, 2, func(d seenDate) bool {
		// a day, or a week whose last day, fell in the seven days before
		return (d.d.Grain == GrainDay || d.d.Grain == GrainWeek) && d.d.Start.Before(anchor) && anchor.Sub(d.d.End) <= 7*24*time.Hour
	})
}
