package chrono

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// dayRange turns a resolved "January 6-8" into a range: men holds the
// first day; the second takes its month and year.
func (s *scanner) dayRange(men Mention, sp spec) Mention {
	if men.Date.Start.IsZero() || men.Date.Grain != GrainDay {
		return men
	}
	y, mo := men.Date.Start.Year(), men.Date.Start.Month()
	if !valid(y, int(mo), sp.d2) {
		return Mention{}
	}
	from := men
	from.End, from.Text = sp.split, s.text[men.Start:sp.split]
	to := men
	to.Start, to.Text, to.Date = sp.toStart, s.text[sp.toStart:men.End], DayDate(y, mo, sp.d2)
	// "January 6-8, 2026": the second end is "8, 2026", which states the
	// year both take, so that the range spans its ends
	// the stated value with the second end's day: "XXXX-01-08" of "1-8 January"
	if len(from.Stated) >= 10 {
		to.Stated = from.Stated[:len(from.Stated)-2] + to.Date.Value[8:10]
	}
	if from.Resolution == Explicit {
		to.Stated = to.Date.Value
	}
	return span(men, from, to)
}

// span makes the range mention over from and to: its text runs from the
// first to the last, its date from the first's start to the second's end.
func span(men, from, to Mention) Mention {
	men.Range = &Range{From: from, To: to}
	men.Date = Date{
		Value: from.Date.Value + "/" + to.Date.Value,
		Grain: coarser(from.Date.Grain, to.Date.Grain),
		Start: from.Date.Start,
		End:   to.Date.End,
	}
	men.Stated = from.Stated + "/" + to.Stated
	men.Type = TypeDate
	if from.Type == TypeTime && to.Type == TypeTime && from.Date.Grain == GrainMinute {
		men.Type = TypeTime // "from 9 p.m. Sunday to 5 a.m. Monday"
	}
	if to.Resolution != Explicit && from.Resolution == Explicit {
		men.Resolution = to.Resolution
	}
	men.Inferred = from.Inferred || to.Inferred
	men.Ambiguous = from.Ambiguous || to.Ambiguous
	if to.Confidence < men.Confidence {
		men.Confidence = to.Confidence
	}
	men.Why = "a range: " + from.Why + "; " + to.Why
	return men
}

func coarser(a, b Grain) Grain {
	if b.Rank() > a.Rank() {
		return b
	}
	return a
}

// joinRanges merges two dated mentions joined as a range: "from 2019 to
// 2021", "between March and May", "Jan. 6–Feb. 2", "Monday through Friday".
func (s *scanner) joinRanges(ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) {
			s.pairYear(&ms[i], ms[i+1])
		}
		if i+1 < len(ms) && s.rangeBetween(ms[i], ms[i+1]) {
			from, to := ms[i], ms[i+1]
			if to.Resolution == YearInferred && to.Date.End.Before(from.Date.Start) {
				// "between November and February": the second end follows the first.
				to.Date = addYears(to.Date, 1)
				to.Why += "; moved a year on to follow the range's start"
			} else if to.Resolution == YearInferred && s.text[from.End] == '/' && !addYears(to.Date, -1).End.Before(from.Date.Start) {
				// "the October/December quarter": the second month is the
				// first such one after the first
				to.Date = addYears(to.Date, -1)
				to.Why += "; moved a year back to follow the range's start"
			}
			if weekdayEnd(to) && (weekdayEnd(from) || dayOrClock(from) && (to.Date.Start.Before(from.Date.Start) ||
				from.Date.Grain == GrainMinute && to.Date.Grain == GrainMinute && to.Date.Start.After(from.Date.Start.AddDate(0, 0, 7)))) {
				// "open Monday through Friday", "between 9pm on Friday 3
				// June and 2am on Saturday"; but "bought from Sept. 14 to
				// Thursday" ends on the Thursday of publication's week
				// "open Monday through Friday": the Friday after that Monday,
				// whichever way tense placed each
				if d := dayAfter(from.Date, to.Date.Start.Weekday()); !d.Start.Equal(to.Date.Start) {
					d.Value += to.Date.Value[len(ISO(to.Date.Start)):] // keep "TAF" of "Wednesday afternoon", "T05:00" of "5 a.m. Monday"
					d.Grain = to.Date.Grain
					to.Date = d
					to.Why += "; moved to the first such day after the range's start"
				}
			}
			men := from
			men.End = to.End
			men.Text = s.text[from.Start:to.End]
			out = append(out, span(men, from, to))
			i++
			continue
		}
		out = append(out, ms[i])
	}
	return out
}

// pairYear gives the first of two months joined by a slash or hyphen the
// year stated with the second: "May/June 1986", "December/January 1988";
// so too the first end of a range, "from Aug. 5 to Aug. 12, 2018".
func (s *scanner) pairYear(a *Mention, b Mention) {
	if a.Resolution != YearInferred || b.Resolution != Explicit || a.Range != nil || b.Range != nil ||
		!(a.Date.Grain == GrainMonth || a.Date.Grain == GrainDay) || b.Date.Grain != a.Date.Grain {
		return
	}
	switch strings.ToLower(strings.TrimSpace(s.text[a.End:b.Start])) {
	case "/", "-", "–":
		if a.Date.Grain != GrainMonth {
			return
		}
	case "and", "to", "through", "until", "till", "thru":
		// "between March 3 and March 9, 2019", "from January to March
		// 2021": the year stated at the end is the range's
		before := strings.ToLower(strings.TrimRight(s.text[max(0, a.Start-9):a.Start], " "))
		if !strings.HasSuffix(before, "between") && !strings.HasSuffix(before, "from") {
			return
		}
	default:
		return
	}
	y := b.Date.Start.Year()
	if a.Date.Start.Month() > b.Date.Start.Month() {
		y--
	}
	moveYear(a, y, "the year stated with the month after it")
}

// monthLists places the year-less months of a list ("March, May and
// June") together. A month in the list with its year gives it to those
// before it: "in April, August, September and December last year". A
// list that starts within six months after the anchor keeps its later
// months ahead: "will be broadcast during March, May, September and
// November", where each was placed alone and September nearer in the
// past. A list told in the past may run backwards: "79.6 pct in January
// and December".
func (s *scanner) monthLists(ms []Mention, anchor time.Time) []Mention {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && listMonth(ms[j-1]) && listMonth(ms[j]) && listSep(s.text[ms[j-1].End:ms[j].Start]) {
			j++
		}
		if j-i > 1 {
			s.placeList(ms[i:j], anchor)
		}
		i = j
	}
	return ms
}

func (s *scanner) placeList(run []Mention, anchor time.Time) {
	for k := len(run) - 1; k >= 0; k-- {
		if run[k].Resolution == YearInferred {
			continue
		}
		y := run[k].Date.Start.Year()
		for h := k - 1; h >= 0 && run[h].Resolution == YearInferred; h-- {
			if run[h].Date.Start.Month() > run[h+1].Date.Start.Month() {
				y--
			}
			moveYear(&run[h], y, "in the year of the month listed after it")
		}
		return
	}
	if !run[0].Date.Start.After(anchor) || run[0].Date.Start.After(anchor.AddDate(0, 6, 0)) {
		return
	}
	for k := 1; k < len(run); k++ {
		// a month of a list to come that fell behind the publication
		if y := run[k-1].Date.Start.Year(); run[k].Date.Start.Month() > run[k-1].Date.Start.Month() && run[k].Date.End.Before(anchor) {
			moveYear(&run[k], y, "in the year of the month listed before it, in a list to come")
		}
	}
}

// moveYear puts a year-less month m in year y, saying why.
func moveYear(m *Mention, y int, why string) {
	if n := y - m.Date.Start.Year(); n != 0 {
		if d := addYears(m.Date, n); !d.IsZero() {
			m.Date, m.Why = d, fmt.Sprintf("year %d: %s", y, why)
		}
	}
}

func listMonth(m Mention) bool {
	return m.Date.Grain == GrainMonth && m.Range == nil && (m.Resolution == YearInferred || m.Resolution == Explicit || m.Resolution == RelativeToPublication)
}

func listSep(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "and", ", and", "or", ", or":
		return true
	}
	return false
}

// rangeBetween reports whether a and b, adjacent mentions, form a range.
func (s *scanner) rangeBetween(a, b Mention) bool {
	if a.Range != nil || b.Range != nil || a.Date.Start.IsZero() || b.Date.Start.IsZero() || !dateOrTime(a) || !dateOrTime(b) {
		return false
	}
	if b.Start-a.End > 12 {
		return false // more than a connective between them
	}
	raw := strings.TrimSpace(s.text[a.End:b.Start])
	spoken := raw != "-" && raw != "–" && raw != "—" // not a dateline's "Oct 20 - Monday's crash"
	if (a.Type == TypeTime || b.Type == TypeTime) && !(weekdayEnd(b) && (weekdayEnd(a) || dayOrClock(a) && spoken)) && !(a.Date.Grain == GrainDay && b.Date.Grain == GrainDay) {
		return false // but "from 9 p.m. Sunday to 5 a.m. Monday", "Tuesday night to Wednesday morning" are one
	}
	if a.Date.Grain != b.Date.Grain && !(statedDate(a) && statedDate(b) && calendarGrain(a) && calendarGrain(b)) {
		return false // "a revision Friday to December's figures", "March 2 - Qtr ended" are no ranges
	}
	if b.Date.End.Before(a.Date.Start) && (b.Resolution != YearInferred || addYears(b.Date, 1).End.Before(a.Date.Start)) &&
		!(weekdayEnd(b) && (weekdayEnd(a) || dayOrClock(a) && spoken)) {
		return false
	}
	link := strings.ToLower(raw)
	before := strings.ToLower(s.text[max(0, a.Start-16):a.Start]) // room for "between"
	switch link {
	case "-", "–", "—", "to", "through", "thru", "until", "till":
		if link == "-" && (a.Date.Grain == GrainYear) != (b.Date.Grain == GrainYear) {
			return false
		}
		return true
	case "and", ", and":
		// "between Oct. 1, 2023, and Sept. 30": the comma closes the year
		return strings.HasSuffix(strings.TrimSpace(before), "between")
	case "/":
		return a.Date.Grain == GrainMonth && b.Date.Grain == GrainMonth // "May/June"
	}
	return false
}

// dayOrClock reports a mention of one day, with or without its time.
func dayOrClock(m Mention) bool {
	_, ok := dayOf(m)
	return ok
}

// dateOrTime reports a mention dated to a calendar interval or a time.
func dateOrTime(m Mention) bool { return m.Type == TypeDate || m.Type == TypeTime }

// weekdayEnd reports a range end that is a weekday placed by tense alone.
func weekdayEnd(m Mention) bool {
	return (m.Date.Grain == GrainDay || m.Date.Grain == GrainMinute) && strings.HasPrefix(m.Stated, "XXXX-WXX-")
}

// dayAfter is the first weekday wd after day d.
func dayAfter(d Date, wd time.Weekday) Date {
	n := (int(wd) - int(d.Start.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	t := d.Start.AddDate(0, 0, n)
	return DayDate(t.Year(), t.Month(), t.Day())
}

// statedDate reports whether m names its date on the calendar rather than
// relative to the anchor: ranges across granularities ("from March 2019 to
// 2021") only join such ends.
func statedDate(m Mention) bool {
	return m.Resolution == Explicit || m.Resolution == YearInferred
}

// calendarGrain reports whether m is a day, month or year: the grains a
// range may mix ("from March 2019 to 2021").
func calendarGrain(m Mention) bool {
	switch m.Date.Grain {
	case GrainDay, GrainMonth, GrainYear:
		return true
	}
	return false
}

// addYears moves a date n years, keeping its granularity.
func addYears(d Date, n int) Date {
	if len(d.Value) < 4 {
		return Date{}
	}
	y, err := strconv.Atoi(d.Value[:4])
	if err != nil {
		return Date{}
	}
	moved, err := ParseValue(fmt.Sprintf("%04d", y+n) + d.Value[4:])
	if err != nil {
		return Date{}
	}
	return moved
}

// partOfDayOf makes one time of a day and the part of it named before it:
// "the night of July 11", "the morning of 25 January 1990" (TIME,
// ...TNI), as the held-out readers annotate it.
func (s *scanner) partOfDayOf(ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != TypeDate || m.Date.Grain != GrainDay || m.Range != nil {
			continue
		}
		k := s.tokAt(m.Start)
		part := s.tok(k - 2)
		if k < 3 || !s.is(k-1, "of") || part == nil || part.kw != kwPartDay || !s.is(k-3, "the") ||
			i > 0 && ms[i-1].End > s.toks[k-3].start {
			continue
		}
		start := s.toks[k-3].start
		m.Text = s.text[start:m.End]
		m.Start = start
		m.Type = TypeTime
		m.Date.Value += "T" + partOfDay[part.kv]
		m.Stated += "T" + partOfDay[part.kv]
		m.Why += ", in the " + part.lower
	}
	return ms
}

// clockDays gives a bare clock time the day named right after it: "at
// 10:35 a.m. (0735 GMT) Friday" is Friday's, "at 4 in the morning (4 a.m.
// EDT Thursday)" Thursday's. Only a time zone, "local time", "on", commas
// or a parenthesis may stand between.
func (s *scanner) clockDays(ms []Mention) []Mention {
	// From the last: "10:35 a.m. (0735 GMT) Friday" gives Friday to the
	// GMT time first, and through it to the local one.
	for i := len(ms) - 2; i >= 0; i-- {
		c, d := &ms[i], ms[i+1]
		// a bare clock has no day, so no interval; "this morning" has both
		if c.Type != TypeTime || !c.Date.Start.IsZero() || !strings.HasPrefix(c.Stated, "XXXX-XX-XXT") || d.Start-c.End > 24 {
			continue
		}
		day, ok := dayOf(d)
		if !ok || !clockGap(s.text[c.End:d.Start]) && !(d.Date.Grain == GrainMinute && clockRangeGap(s.text[c.End:d.Start])) {
			continue // but "between noon and 6 p.m. on Wednesday" shares the day
		}
		t := Truncate(d.Date.Start)
		c.Date = Date{Value: day + c.Stated[len("XXXX-XX-XX"):], Grain: GrainMinute, Start: t, End: t}
		c.Resolution, c.Anchor = d.Resolution, d.Anchor // the day's, as it was resolved
		c.Why = "a clock time on the day named after it, " + day
	}
	// Else the day named last in its sentence: "a vigil is planned for
	// Friday at 7 p.m.", "the attack happened on March 3 at around 2 a.m.".
	for i := 1; i < len(ms); i++ {
		c := &ms[i]
		if c.Type != TypeTime || !c.Date.Start.IsZero() || !strings.HasPrefix(c.Stated, "XXXX-XX-XXT") {
			continue
		}
		p := i - 1
		for p > 0 && (ms[p].Type == TypeDuration || ms[p].Type == TypeSet || s.saidOn(ms[p]) ||
			ms[p].Date.Grain.Rank() > GrainMonth.Rank() && ms[p-1].Date.Grain == GrainDay && c.Start-ms[p-1].End <= 250 && sentenceEnds(s.text[ms[p].End:c.Start]) > 0) {
			// "on June 25 ... within hours of polls closing at 6 p.m.";
			// "shortly after midnight on Saturday, police said Monday.
			// Officers were called at 12:14 a.m."; "Saturday night, he
			// starts when they open their 2021 season. Kickoff is at 7
			// p.m.": a year names no clock's day
			p--
		}
		d := ms[p]
		day, ok := dayOf(d)
		gap := s.text[d.End:c.Start]
		// A day ahead carries into the next sentence: "Apple will hold its
		// event on Sept. 9. It begins at 10 a.m."; a day gone by does not,
		// for wire copy's clock times are mostly the day of publication,
		// unless it is more than a week gone: "attacked him on Saturday 12
		// March. CCTV showed him leaving at 11.52pm", said in December.
		ends, reach := sentenceEnds(gap), 150
		if strings.HasSuffix(d.Text, ".") {
			ends = sentenceEnds("." + gap) // "at 10:32 p.m. The suspect": the stop is the clock's
		}
		gone := ok && d.Date.Start.Before(s.anchorDay.AddDate(0, 0, -7)) && !s.backToNews(ms, p, i)
		// a morning paper's story of yesterday: "won the primary
		// yesterday.\n\nWith all precincts reporting shortly after 10
		// p.m."; not a market's "at 1530 GMT", nor a live blog's stamp
		// heading its line
		night := ok && (laterPart(d.Date.Value, c.Stated) ||
			strings.HasSuffix(strings.ToLower(d.Text), "yesterday") && spokenClock(c.Text) && !strings.HasSuffix(gap, "\n") && !s.todayBefore(ms[:i]))
		soon := false // "shortly after midnight on Saturday ... Officers were called at 12:14 a.m."
		if h, ok := clockHour(d.Date.Value); ok && d.Date.Grain == GrainMinute {
			h2, ok2 := clockHour(c.Stated)
			soon = ok2 && h2 >= h%24 && h2 <= h%24+3
		}
		// "after elections held from June 6 to June 9. Leaders began
		// arriving at 3 p.m.": a span is background, no day for a clock
		// in a later sentence
		ok = ok && (ends == 0 && !strings.Contains(gap, "\n\n") || !(p > 0 && spanJoin(s.text[ms[p-1].End:d.Start])))
		// "coincided with Thursday's elections ... Polls closed at 10pm":
		// the event the day names keeps the clock of the next sentence
		event := (strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s")) && s.fixtureAfter(gap)
		if ok && (ends == 1 || ends == 0 && strings.Contains(gap, "\n\n")) && (d.Date.Start.After(s.anchorDay) || night || gone || soon || event && ends == 1) {
			ends, reach = 0, 250 // the next sentence, or the next paragraph's first (whose break sentenceEnds does not count)
		}
		if ok && gone && ends <= 3 && c.Start-d.End <= 600 {
			// a story long gone goes on for a few sentences: "Earlier that
			// evening, ... said: "Immediately." The press conference ended
			// shortly before 7pm. ... By 11.30pm, the crowd ..."
			ends, reach = 0, 600
		}
		// a story of a day long gone goes on over a paragraph break: "On
		// this day in 1969, ... 'The Eagle has landed.'\n\nArmstrong
		// stepped onto the surface at 10:56 p.m."
		stamp := strings.HasSuffix(gap, "\n") && strings.HasPrefix(s.text[c.End:]+"\n", "\n") // a live blog's "14:31" is its own day's
		para := strings.Contains(gap, "\n\n") && !((gone || night || soon && !stamp) && ends == 0 && strings.Count(gap, "\n\n") == 1)
		possessive := strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s")
		if possessive && (night || s.fixtureAfter(gap)) {
			// "last night's session, which finished shortly before 11pm",
			// "Friday's home game, which tips off at 7 p.m.": the event's
			possessive = false
		}
		if ok && ends == 0 && d.Date.Start.After(s.anchorDay) && sentenceEnds(gap) > 0 && s.pastAt(c.Start) {
			ok = false // "results due on Monday. Turnout was 25.6% by 4 p.m.": told in the past, today's
		}
		// "as dangerous as last Tuesday," the commissioner told reporters at
		// a 6:00 am briefing: a clock outside the quotation, a day inside it
		quoted := (strings.Count(gap, "\"")+strings.Count(gap, "”")+strings.Count(gap, "“"))%2 == 1 && sentenceEnds(gap) == 0
		if !ok || c.Start-d.End > reach || ends > 0 || para || strings.Contains(gap, "\n  ") || possessive || quoted {
			continue // not "Friday's final 71.8 ... touched at 1300 GMT"
		}
		t := Truncate(d.Date.Start)
		why := "a clock time on the day named before it, " + day
		small := strings.ContainsAny(c.Text, "aA") || strings.HasPrefix(c.Text, "0") // "4am", "03:00"; a bare "7:30" is the night's
		if h, ok := clockHour(d.Date.Value); ok && d.Date.Grain == GrainMinute && h >= 18 || strings.HasSuffix(d.Date.Value, "TNI") && small {
			if !ok {
				h = 24 // "overnight ... recorded at 03:00": the small hours after that night
			}
			if h2, ok := clockHour(c.Stated); ok && h2 < 12 && h2 < h-6 {
				// "struck the iceberg at 11.40pm on 14 April ... reached the
				// lifeboats at about 4am": past midnight, the day after
				t = t.AddDate(0, 0, 1)
				day = ISO(t)
				why = "a clock time after midnight following the one named before it, " + day
			}
		}
		c.Date = Date{Value: day + c.Stated[len("XXXX-XX-XX"):], Grain: GrainMinute, Start: t, End: t}
		c.Resolution, c.Anchor = RelativeToPrevious, t
		c.Why = why
	}
	return ms
}

// clockOffsets makes "19 minutes later" and "two hours earlier" a time
// counted from the clock time named just before, in its sentence or the
// one before: "stepped onto the surface at 10:56 p.m., and Aldrin followed
// 19 minutes later" is 23:15.
func (s *scanner) clockOffsets(ms []Mention) []Mention {
	if len(s.offsets) == 0 {
		return ms
	}
	k := 0
	for i := 1; i < len(ms) && k < len(s.offsets); i++ {
		for k < len(s.offsets) && s.offsets[k].start < ms[i].Start {
			k++
		}
		if k == len(s.offsets) || s.offsets[k].start != ms[i].Start {
			continue
		}
		p := i - 1
		for p > 0 && ms[p].Type == TypeDuration {
			p--
		}
		c, at := &ms[i], ms[p]
		t, ok := clockTime(at)
		if !ok || at.Type != TypeTime || sentenceEnds(s.text[at.End:c.Start]) > 1 || strings.Contains(s.text[at.End:c.Start], "\n\n") {
			continue
		}
		t = t.Add(time.Duration(s.offsets[k].minutes) * time.Minute)
		day := Truncate(t)
		c.Type = TypeTime
		c.Date = Date{Value: fmt.Sprintf("%sT%02d:%02d", ISO(day), t.Hour(), t.Minute()), Grain: GrainMinute, Start: day, End: day}
		if at.Date.Start.IsZero() {
			c.Date.Grain, c.Date.Start, c.Date.End = "", time.Time{}, time.Time{} // a clock on no day we know: a time, no chronology date
		}
		c.Resolution, c.Anchor = RelativeToPrevious, at.Anchor
		c.Why = fmt.Sprintf("%q from the time named before, %s", strings.ToLower(c.Text), at.Date.Value)
	}
	return ms
}

// fixtureAfter reports an event noun among the first words after a
// possessive: "'s home game against Phoenix".
func (s *scanner) fixtureAfter(gap string) bool {
	gap = strings.TrimPrefix(strings.TrimPrefix(gap, "'s"), "’s")
	words := strings.Fields(strings.ToLower(gap))
	for k := 0; k < len(words) && k < 3; k++ {
		if w := strings.Trim(words[k], ",."); w != "final" && (fixtureNouns[w] || gameNouns[w]) {
			return true // not "Friday's final 71.8": a price
		}
	}
	return false
}

// pastAt reports whether the token starting at byte offset b is governed
// by a past verb before it in its sentence: "Turnout was 25.6% by 4 p.m.".
func (s *scanner) pastAt(b int) bool {
	k := s.tokAt(b)
	return k < len(s.toks) && s.leftTense(k, 8) < 0
}

// tokAt is the index of the first token starting at or after byte b: a
// mention's first token, for the passes that work on mentions.
func (s *scanner) tokAt(b int) int {
	return sort.Search(len(s.toks), func(x int) bool { return s.toks[x].start >= b })
}

// spanJoin reports the words between the two ends of a span: "to",
// "until", "through", a dash.
func spanJoin(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "to", "until", "till", "through", "-", "–", "—":
		return true
	}
	return false
}

// clockTime is the day and clock time of a mention valued "...THH:MM";
// "T24:00" is the midnight that ends the day.
func clockTime(m Mention) (time.Time, bool) {
	v := m.Date.Value
	if m.Type != TypeTime || len(v) != len("2006-01-02T15:04") {
		return time.Time{}, false
	}
	day, err := time.Parse("2006-01-02", v[:10])
	h, err1 := strconv.Atoi(v[11:13])
	mi, err2 := strconv.Atoi(v[14:16])
	if err != nil || err1 != nil || err2 != nil || v[10] != 'T' || h > 24 || mi > 59 {
		return time.Time{}, false
	}
	return day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute), true
}

// saidOn reports a day that dates a saying: "police said Monday", "told
// reporters on Tuesday".
func (s *scanner) saidOn(m Mention) bool {
	before := strings.TrimSpace(s.text[max(0, m.Start-24):m.Start])
	before = strings.TrimSpace(strings.TrimSuffix(before, " on"))
	w := before[strings.LastIndexAny(before, " \n")+1:]
	return reportingVerbs[strings.ToLower(w)] || w == "reporters"
}

// backToNews reports whether the story has come back from the day long
// gone at ms[p] to the news before the clock at ms[i]: someone said
// something since on a recent day ("a fire tore through Dunalley on
// January 4, police said on Sunday ...\n\nResidents were told to leave by
// 10:00 am"), or a recent day came before it in its paragraph, making it
// background ("traded fire overnight, ... the worst since a truce took
// effect on New Year's Day.\n\n... between 10 p.m. and 4 a.m.").
func (s *scanner) backToNews(ms []Mention, p, i int) bool {
	recent := func(m Mention) bool {
		t := m.Date.Start
		return !t.IsZero() && !t.Before(s.anchorDay.AddDate(0, 0, -7)) && !t.After(s.anchorDay)
	}
	for q := p + 1; q < i; q++ {
		if s.saidOn(ms[q]) && recent(ms[q]) {
			return true
		}
	}
	for q := p - 1; q >= 0 && !strings.Contains(s.text[ms[q].End:ms[p].Start], "\n\n"); q-- {
		if recent(ms[q]) && !s.saidOn(ms[q]) {
			return true
		}
	}
	// "For fiscal 2006, which ended on March 31, ... trading at 11.30 am",
	// "its previous peak, hit on July 7. The Sensex opened at 9.15 am": a
	// day in an aside is background
	return s.inAside(s.tokAt(ms[p].Start))
}

// inAside reports whether token k stands in an aside that a comma and a
// relative word or a past participle open: ", which ended on March 31",
// ", hit on July 7".
func (s *scanner) inAside(k int) bool {
	for q := k - 1; q >= 1 && q >= k-8 && !s.boundary(q); q-- {
		ok, participle := s.asideAt(q)
		if ok && !participle {
			return true
		}
		if ok {
			// a participle after the clause's own verb: "surpassed its
			// peak, hit on July 7"; not "Vogel, then 24, walked across"
			for v := q - 2; v >= 0 && !s.boundary(v); v-- {
				if s.tokTense(v) != 0 {
					return true
				}
			}
		}
	}
	return false
}

// todayBefore reports a mention of the publication day among ms: a story
// told of today ("faced a second day of cancellations today after ...
// scrapped 62 flights yesterday"), whose clocks are today's.
func (s *scanner) todayBefore(ms []Mention) bool {
	for _, m := range ms {
		if m.Date.Grain == GrainDay && m.Date.Start.Equal(s.anchorDay) && m.Resolution != Explicit {
			return true
		}
	}
	return false
}

// spokenClock reports a clock written with a.m. or p.m., as a story tells
// the time, not as a market report stamps it ("1530 GMT", "10:42 EST").
func spokenClock(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "a.m") || strings.Contains(t, "p.m") || strings.HasSuffix(t, "am") || strings.HasSuffix(t, "pm")
}

// clockHour is the hour of a TIMEX3 value with a clock time ("...T23:40").
func clockHour(v string) (int, bool) {
	k := strings.IndexByte(v, 'T')
	if k < 0 || len(v) < k+3 {
		return 0, false
	}
	h, err := strconv.Atoi(v[k+1 : k+3])
	return h, err == nil
}

// laterPart reports a day's part of the day, its value ending "TNI",
// "TEV" or "TAF", that an afternoon or evening clock time falls in:
// "reached the final Thursday night. Play resumed at 10:32 p.m." is
// Thursday's, whatever the day of publication.
func laterPart(day, clock string) bool {
	h, ok := clockHour(clock)
	return lateDay(day) && ok && h >= 12
}

// lateDay reports a day value with an afternoon, evening or night part:
// "...TAF", "...TEV", "...TNI".
func lateDay(v string) bool {
	return strings.HasSuffix(v, "TNI") || strings.HasSuffix(v, "TEV") || strings.HasSuffix(v, "TAF")
}

// joinClocks makes one time of a day and the clock time said with it:
// "tomorrow night at 7:30", "Thursday, Feb. 23, at 2 p.m. ET", "at 2pm
// that day", "at 9am the next day".
func (s *scanner) joinClocks(ms []Mention) []Mention {
	first := -1
	for i := 0; i+1 < len(ms); i++ {
		if s.clockJoin(ms[i], ms[i+1]) != 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return ms // most texts: nothing to join, and nothing to copy
	}
	out := ms[:first]
	for i := first; i < len(ms); i++ {
		if i+1 < len(ms) {
			switch s.clockJoin(ms[i], ms[i+1]) {
			case 1:
				out = append(out, joinedClock(s.text, ms[i], ms[i+1], ms[i], ms[i+1]))
				i++
				continue
			case 2:
				out = append(out, joinedClock(s.text, ms[i], ms[i+1], ms[i+1], ms[i]))
				i++
				continue
			}
		}
		out = append(out, ms[i])
	}
	return out
}

// clockJoin reports how a and b, adjacent mentions, make one time: 1 for
// a day, "at" and its clock; 2 for a clock and the day right after it;
// 0 for neither.
func (s *scanner) clockJoin(a, b Mention) int {
	if a.End > b.Start || b.Start-a.End > 8 {
		return 0
	}
	gap := s.text[a.End:b.Start]
	if strings.Contains(gap, "\n") {
		return 0 // "9 November 1989\nAt about 6.53pm": a new line, a new sentence
	}
	switch gap = strings.TrimSpace(gap); {
	case (gap == "at" || gap == ", at") && clockOf(b, a):
		return 1
	case gap == "" && clockOf(a, b) && b.Type == TypeDate:
		return 2
	}
	return 0
}

// clockOf reports whether c is a clock time on day d's day.
func clockOf(c, d Mention) bool {
	day, ok := dayOf(d)
	return ok && d.Date.Grain == GrainDay && c.Type == TypeTime && c.Range == nil && c.Date.Grain == GrainMinute &&
		strings.HasPrefix(c.Date.Value, day+"T") && strings.HasPrefix(c.Stated, "XXXX-XX-XXT")
}

// joinedClock is the mention over first and last: the clock c on day d,
// its hour moved past noon where d's part of the day says so ("tomorrow
// night at 7:30").
func joinedClock(text string, first, last, d, c Mention) Mention {
	men := c
	men.Start, men.End, men.Text = first.Start, last.End, text[first.Start:last.End]
	men.Resolution, men.Anchor, men.Inferred = d.Resolution, d.Anchor, d.Inferred || c.Inferred
	clock := c.Stated[len("XXXX-XX-XX"):]
	if lateDay(d.Date.Value) && !strings.Contains(strings.ToLower(c.Text), "m") {
		if h, ok := clockHour(clock); ok && h < 12 {
			clock = fmt.Sprintf("T%02d%s", h+12, clock[3:])
		}
	}
	day := ISO(d.Date.Start)
	men.Date.Value = day + clock
	stated := "XXXX-XX-XX" // what the day stated, where it says it by the calendar
	if len(d.Stated) >= len(stated) && d.Stated[4] == '-' && d.Stated[7] == '-' {
		stated = d.Stated[:len(stated)]
	}
	men.Stated = stated + clock
	men.Why = d.Why + "; at " + c.Text
	return men
}

// sentenceEnds counts the full stops, question and exclamation marks in
// text that a space and a capital follow.
func sentenceEnds(text string) int {
	n := 0
	for i := 0; i+2 < len(text); i++ {
		switch text[i] {
		case '.', '?', '!':
			if (text[i+1] == ' ' || text[i+1] == '\n') && (text[i+2] >= 'A' && text[i+2] <= 'Z' || text[i+2] == '"') {
				n++
			}
		}
	}
	return n
}

// dayOf is the ISO day of a mention dated to one day, with or without a
// clock time.
func dayOf(m Mention) (string, bool) {
	if m.Range != nil || m.Date.Start.IsZero() || m.Date.Grain != GrainDay && m.Date.Grain != GrainMinute {
		return "", false
	}
	return ISO(m.Date.Start), true
}

// clockGap reports whether what lies between a clock time and a day only
// qualifies the time: "(0735 GMT)", "EDT", "local time", "on", ",".
func clockGap(gap string) bool {
	depth := 0
	words := strings.FieldsFunc(gap, func(r rune) bool {
		switch r {
		case '(', ')':
			return false
		}
		return r == ' ' || r == ',' || r == '\n' || r == '\t'
	})
	for k, w := range words {
		if k+1 < len(words) && words[k+1] == "time" && w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			continue // "London time"
		}
		for len(w) > 0 && w[0] == '(' {
			depth++
			w = w[1:]
		}
		closed := 0
		for len(w) > 0 && w[len(w)-1] == ')' {
			closed++
			w = w[:len(w)-1]
		}
		switch {
		case depth > 0, w == "", w == "on", w == "local", w == "time":
		case len(w) <= 4 && strings.ToUpper(w) == w && strings.ToLower(w) != w:
			// a time zone: GMT, EDT, EST
		default:
			return false
		}
		depth -= closed
	}
	return true // the day may sit inside the parenthesis
}

// clockRangeGap reports the link between the two clock times of a range.
func clockRangeGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "and", "to", "-", "–", "until", "till", "through":
		return true
	}
	return false
}

// quarterAppositions lets a quarter named in apposition say which one an
// unnamed quarter before it is: "the comparable year-ago quarter, the
// second quarter ended Oct. 31" is the second quarter, a year back.
func (s *scanner) quarterAppositions(ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], ms[i+1]
		if a.Date.Grain != GrainQuarter || b.Date.Grain != GrainQuarter || a.Stated != "XXXX-QX" ||
			strings.Contains(b.Stated, "QX") || b.Resolution != RelativeToPrevious {
			continue
		}
		if gap := s.text[a.End:b.Start]; strings.TrimSpace(gap) != "," {
			continue
		}
		a.Date, a.Why = b.Date, a.Why+"; named in apposition after it as "+b.Text
	}
	return ms
}

// yearSpan: "the 2014-2022 period", "the 1998-99 season", "fiscal 1987/88":
// two years written as one number.
func (s *scanner) yearSpan(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum || len(t.text) < 7 || len(t.text) > 9 {
		return match{}, false
	}
	k := strings.IndexAny(t.text, "-–/")
	if k != 4 {
		return match{}, false
	}
	y1, ok1 := digits(t.text[:4])
	tail := t.text[k+1:]
	if strings.HasPrefix(t.text[k:], "–") {
		tail = t.text[k+len("–"):]
	}
	y2, ok2 := digits(tail)
	aside := len(tail) == 4 && s.is(i-1, "(") && s.is(i+1, ")") // "The Ming dynasty (1368-1644)": a span of years in its aside
	if !ok1 || !ok2 || y1 > 2199 || y1 < 1800 && !(y1 >= 1000 && aside) {
		return match{}, false
	}
	switch len(tail) {
	case 2: // "1998-99"
		y2 += y1 / 100 * 100
		if y2 <= y1 {
			y2 += 100
		}
	case 4:
	default:
		return match{}, false
	}
	if y2 <= y1 || y2-y1 > 100 && !(aside && y2-y1 <= 400) || t.text[k] == '/' && y2 != y1+1 {
		return match{}, false // "1190/1209" is a bid and an offer, "1986/87" a season
	}
	return match{i, i + 1, spec{kind: specAbs, y: y1, y2: y2, split: t.start + 4, toStart: t.end - len(tail)}}, true
}

// yearRange splits a year span's mention into its two ends.
func (s *scanner) yearRange(men Mention, sp spec) Mention {
	from := men
	from.End, from.Text = sp.split, s.text[men.Start:sp.split]
	to := men
	to.Start, to.Text, to.Date = sp.toStart, s.text[sp.toStart:men.End], YearDate(sp.y2)
	to.Stated = to.Date.Value
	return span(men, from, to)
}
