package chrono

import (
	"fmt"
	"strings"
	"time"
)

// resolve turns a rule's spec into a dated mention.
func (s *scanner) resolve(m match, a Anchor) Mention {
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
	relative := func(d Date, why string) {
		men.Date, men.Resolution, men.Anchor, men.Confidence, men.Inferred = d, rel, anchor, conf, !a.Published
		men.Why = fmt.Sprintf("%s from %s %s", why, anchorName, ISO(anchor))
	}

	switch sp.kind {
	case specAbs:
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
		if sp.shiftMon {
			d := shiftMonth(anchor, time.Month(sp.m), sp.n)
			relative(d, fmt.Sprintf("%q: the %s such month", men.Text, [...]string{"previous", "current", "next"}[sp.n+1]))
			break
		}
		lean := s.tense(m.i, m.j)
		if p := s.tok(m.i - 1); p != nil && deadlineWords[p.lower] {
			lean = 0 // "extended the offer to March 20": a deadline, whatever the verb's tense
		}
		d, how := inferYear(anchor, sp, lean)
		men.Date, men.Anchor = d, anchor
		men.Resolution, men.Confidence = YearInferred, 0.8
		men.Why = fmt.Sprintf("year %d inferred: %s %s %s", d.Start.Year(), how, anchorName, ISO(anchor))
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
			if s.tense(m.i, m.j) > 0 {
				dir, why = 1, "the nearest coming"
			}
		}
		d := weekdayFrom(anchor, time.Weekday(sp.wd), dir)
		relative(DayDate(d.Year(), d.Month(), d.Day()), fmt.Sprintf("%s %s", why, time.Weekday(sp.wd)))

	case specShift:
		relative(shiftUnit(anchor, sp.unit, sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specAgo:
		relative(shiftUnit(anchor, sp.unit, sp.dir*sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specSeason:
		if sp.y > 0 {
			men.Date, men.Resolution, men.Confidence, men.Why = SeasonDate(sp.y, sp.season), Explicit, 0.9, "stated season and year"
			break
		}
		relative(shiftSeason(anchor, sp.season, sp.n), fmt.Sprintf("%q", strings.ToLower(men.Text)))

	case specDuration:
		men.Type, men.Date.Value, men.Resolution, men.Confidence, men.Why = TypeDuration, sp.val, Explicit, 0.9, "a length of time"
	case specSet:
		men.Type, men.Date.Value, men.Resolution, men.Confidence, men.Why = TypeSet, sp.val, Explicit, 0.9, "a recurrence"
	case specRef:
		men.Date.Value, men.Resolution, men.Confidence, men.Why = sp.val, Explicit, 0.7, "the present, past or future as a whole"

	case specDecade:
		men.Date, men.Resolution, men.Confidence, men.Why = DecadeDate(sp.y), Explicit, 0.9, "stated decade"
	}
	return men
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
	var best Date
	bestDist := 0
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		d := mk(y)
		if d.IsZero() {
			continue
		}
		switch {
		case lean < 0 && d.Start.After(anchor):
			continue
		case lean > 0 && d.End.Before(anchor):
			continue
		}
		dist := distance(anchor, d)
		if best.IsZero() || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	switch lean {
	case -1:
		return best, "past-tense sentence, latest on or before the"
	case 1:
		return best, "future-tense sentence, first on or after the"
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

// shiftUnit is the calendar unit n units away from the anchor.
func shiftUnit(anchor time.Time, unit, n int) Date {
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
		if futureWords[w] {
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

// boundary reports whether token k ends a sentence.
func (s *scanner) boundary(k int) bool {
	t := &s.toks[k]
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case ".", "!", "?":
		n := s.tok(k + 1)
		return n == nil || n.space && (n.upper || n.kind != tokWord)
	case ";":
		return true
	}
	return false
}
