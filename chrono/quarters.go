package chrono

import (
	"fmt"
	"time"
)

// quarter: "the third quarter", "third-quarter", "the fiscal first quarter",
// "the third quarter of 1989", "Q3 2024", "the first half of 2025",
// "first-half", "the quarter", "the latest quarter", "the year-ago quarter".
// monthQuarter: "the March quarter", "the December 1986 quarter": the
// calendar quarter a month ends, as Australian and Japanese copy names it;
// and "the April-June quarter", by the months it spans.
func (s *scanner) monthQuarter(i int) (match, bool) {
	if !s.is(i, "the") {
		return match{}, false
	}
	m, k, ok := s.monthAt(i + 1)
	if !ok {
		return match{}, false
	}
	// "the April-June quarter", "the July-to-September quarter": the
	// calendar quarter its months make
	for c := k; c < k+3 && (s.is(c, "-") || s.is(c, "–") || s.is(c, "to") || s.is(c, "through")); c++ {
		if m2, k2, ok := s.monthAt(c + 1); ok && m2 == m+2 && (s.is(k2, "quarter") || s.is(k2+1, "quarter") && s.isYear(k2)) {
			m, k = m2, k2
			break
		}
	}
	if m%3 != 0 {
		return match{}, false
	}
	sp := spec{kind: specQuarter, n: m / 3}
	if y, ok := s.yearAt(k); ok {
		sp.y, k = y, k+1
	}
	if !s.is(k, "quarter") {
		return match{}, false
	}
	if y, ok := s.yearAt(k + 2); ok && sp.y == 0 && s.is(k+1, "of") {
		sp.y, k = y, k+2 // "the March quarter of 2027"
	}
	return match{i, k + 1, sp}, true
}

func (s *scanner) quarter(i int) (match, bool) {
	if t := s.tok(i); t.kind == tokNum {
		// only "4th qtr" and "1985 4th qtr" start on a number: check
		// before the full rule
		_, ordNum := s.ordinalNum(i)
		_, yearOrd := s.ordinalNum(i + 1)
		if !ordNum && !(len(t.text) == 4 && (yearOrd || s.tok(i+1) != nil && s.tok(i+1).kw == kwOrdinal)) {
			return match{}, false
		}
	}
	m, ok := s.quarterAt(i)
	if !ok && s.is(i, "the") && s.is(i+2, "period") || ok && m.sp.anaphor && m.sp.dir == 0 {
		// "the quarter a year ago", "the corresponding period last year":
		// the quarter in question, a year before.
		if !ok {
			if w := s.toklower(i + 1); w != "comparable" && w != "corresponding" && w != "same" {
				return match{}, false
			}
			m = match{i, i + 3, spec{kind: specQuarter, anaphor: true, period: true}}
		}
		if y, yok := s.yearAt(m.j + 1); yok && s.is(m.j, "of") && m.sp.period {
			// "the same period of 2019": the quarter in question, in 2019
			m.j, m.sp.y = m.j+2, y
			return m, true
		}
		switch {
		case s.is(m.j, "a") && s.is(m.j+1, "year") && (s.is(m.j+2, "ago") || s.is(m.j+2, "earlier")):
			m.j += 3
		case s.is(m.j, "last") && s.is(m.j+1, "year"):
			m.j += 2
		case !ok:
			return match{}, false
		default:
			return m, true
		}
		m.sp.dir = -1
		return m, true
	}
	if ok && !m.sp.anaphor && m.sp.y == 0 && !m.sp.relYear {
		// "the second quarter last year", "the fourth quarter of this year"
		c := m.j
		if s.is(c, "of") {
			c++
		}
		if t := s.tok(c); t != nil && t.kw == kwShift && s.is(c+1, "year") {
			m.j, m.sp.relYear, m.sp.dir = c+2, true, t.kv
		} else if c > m.j && s.is(c, "the") && s.is(c+1, "year") && !yearAfterWords[s.toklower(c+2)] && !s.is(c+2, "-") {
			// "the second half of the year": of the year in question
			m.j, m.sp.ofYear = c+2, true
		}
	}
	if ok && m.i < m.j-1 && s.is(m.i, "the") && s.hyphenated(m.i+1, m.j) {
		m.i++ // "the third-quarter", "the year-ago": the article goes with the noun they qualify
	}
	return m, ok
}

// hyphenated reports whether tokens [i, j) end in a hyphenated adjective
// ("third-quarter", "year-ago") with no noun after the hyphen's word.
func (s *scanner) hyphenated(i, j int) bool {
	return j-i >= 3 && s.is(j-2, "-") && s.adjacent(j-2)
}

func (s *scanner) quarterAt(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if s.is(k, "fiscal") {
		k++
		if s.is(k, "-") && s.adjacent(k) {
			k++ // "the fiscal-first quarter"
		}
	}
	t := s.tok(k)
	if t == nil {
		return match{}, false
	}
	// "this year's third quarter", "last year's quarter", "the 1988 second
	// quarter", "the 1989 period": a year, then the quarter.
	if m, ok := s.yearQuarter(i, k); ok {
		return m, true
	}
	// Q3, Q3 2024, 2024 Q3
	if t.kind == tokWord && len(t.lower) == 2 && t.lower[0] == 'q' && t.lower[1] >= '1' && t.lower[1] <= '4' && t.upper {
		sp := spec{kind: specQuarter, n: int(t.lower[1] - '0')}
		j := k + 1
		if y, ok := s.yearAt(j); ok {
			sp.y, j = y, j+1
		}
		return match{i, j, sp}, true
	}
	if (t.lower == "comparable" || t.lower == "corresponding" || t.lower == "same") && k > i && s.is(k+1, "year") {
		// "the comparable year-ago quarter"
		k++
		t = s.tok(k)
	}
	var ord, unit int // unit 4: quarter, 2: half
	switch {
	case t.kw == kwOrdinal && t.kv <= 4:
		ord = t.kv
	case t.kind == tokNum:
		n, ok := s.ordinalNum(k)
		if !ok {
			return match{}, false
		}
		ord = n // "4th qtr", "the 3rd quarter"
		k++
	case (t.lower == "last" || t.lower == "latter" || t.lower == "back") && s.is(k+1, "half") && k > i:
		ord = 2 // "the last half of 1989", "the back half of the year"
	case t.lower == "front" && s.is(k+1, "half") && k > i:
		ord = 1
	case k > i && s.is(k+1, "quarter") && !s.is(k+2, "century") && (t.lower == "final" || t.lower == "last" && s.is(k+2, "of") && s.isYear(k+3)):
		ord = 4 // "the final quarter of 2012", "the last quarter of 1986"
	case t.lower == "latest" || t.lower == "current" || t.lower == "same" || t.lower == "year" || t.lower == "prior" && s.is(k+1, "-") && s.is(k+2, "year"):
		// handled below as anaphora
	default:
		// "the quarter", "this quarter": anaphora
		ended := s.is(k+1, "ended") || s.is(k+1, "ends") || s.is(k+1, "ending")
		if t.kw != kwUnit || t.kv != unitQuarter || k == i && !ended || t.lower != "quarter" || s.is(i, "fiscal") ||
			s.is(k+1, "-") && s.is(k+2, "to") { // "the quarter-to-quarter comparison"
			return match{}, false
		}
		return match{i, k + 1, spec{kind: specQuarter, anaphor: true}}, true
	}
	k++
	if ord == 0 {
		// "the latest quarter", "the year-ago quarter", "the year-earlier period"
		yearAgo := false
		if t.lower == "prior" {
			k += 2 // "the prior-year period": as "the year-ago period"
			yearAgo = true
		} else if t.lower == "year" {
			if !s.is(k, "-") || !(s.is(k+1, "ago") || s.is(k+1, "earlier")) {
				return match{}, false
			}
			k += 2
			yearAgo = true
		}
		if yearAgo {
			// "the year-ago third quarter": that quarter, a year before the anchor's.
			c := k
			if s.is(c, "fiscal") {
				c++
			}
			if o := s.tok(c); o != nil && o.kw == kwOrdinal && o.kv <= 4 {
				c++
				if s.is(c, "-") {
					c++
				}
				if s.is(c, "quarter") {
					return match{i, c + 1, spec{kind: specQuarter, n: o.kv, relYear: true, dir: -1}}, true
				}
			}
		}
		u := s.tok(k)
		if yearAgo && u != nil && u.lower == "month" {
			return match{i, k + 1, spec{kind: specQuarter, anaphor: true, dir: -1, period: true, monthAgo: true}}, true
		}
		if u == nil || !(u.lower == "quarter" || u.lower == "period" && (yearAgo || t.lower == "latest")) {
			if yearAgo && k-1 > i { // "year-earlier" as an adjective of a figure
				return match{i, k, spec{kind: specQuarter, anaphor: true, dir: -1, period: true}}, true
			}
			return match{}, false
		}
		if i == k-1 && !yearAgo {
			return match{}, false // "latest quarter" needs its article
		}
		sp := spec{kind: specQuarter, anaphor: true, latest: t.lower == "latest", period: u.lower == "period"}
		if yearAgo {
			sp.dir = -1
		}
		return match{i, k + 1, sp}, true
	}
	if s.is(k, "-") && s.adjacent(k) {
		k++
	}
	if s.is(k, "fiscal") {
		k++ // "the second fiscal quarter"
	}
	twoQuarters := false
	if ord == 1 && s.is(k, "two") && s.is(k+1, "quarters") {
		k, twoQuarters = k+1, true // "the first two quarters of 1990": the first half
	}
	u := s.tok(k)
	if s.is(k+1, "-") && s.adjacent(k+1) && s.adjacent(k+2) && (s.is(k+2, "finals") || s.is(k+2, "final") || s.is(k+2, "point") || s.is(k+2, "time")) {
		return match{}, false // "the quarter-finals", "the first half-point hike", "first-half-time"
	}
	switch {
	case u != nil && u.lower == "quarter" && ord <= 4:
		unit = 4
	case u != nil && (u.lower == "half" && ord <= 2 || twoQuarters):
		unit = 2
	default:
		return match{}, false
	}
	sp := spec{kind: specQuarter, n: ord}
	if unit == 2 {
		sp.kind = specHalf
	}
	j := k + 1
	c := j
	if s.is(c, "of") {
		c++
		if d, ok := s.decade(c); ok && unit == 2 && !twoQuarters {
			// "the last half of the '80s": the decade, its start or end
			d.sp.mod = [...]string{"", "START", "END"}[ord]
			return match{i, d.j, d.sp}, true
		}
	}
	if s.is(c, "fiscal") || s.is(c, "calendar") && c > j {
		c++ // "the first half of calendar 2013"
	}
	if y, ok := s.yearAt(c); ok {
		sp.y, j = y, c+1
	} else if _, ok := s.yearSpan(c); ok {
		return match{}, false // "first-half 1986/87": a fiscal year's half, on no calendar we know
	}
	return match{i, j, sp}, true
}

// yearQuarter reads a year (stated, or shifted from the anchor) followed by
// a quarter or "period": "this year's third quarter", "the 1989 period".
func (s *scanner) yearQuarter(i, k int) (match, bool) {
	t := s.tok(k)
	sp := spec{kind: specQuarter}
	switch {
	case t.kw == kwShift && s.is(k+1, "year") && (s.is(k+2, "'") || s.is(k+2, "’")) && s.is(k+3, "s"):
		sp.relYear, sp.dir = true, t.kv
		k += 4
	case t.kind == tokNum && (k > i || s.tok(k+1) != nil && (s.tok(k+1).kw == kwOrdinal || s.tok(k+1).kind == tokNum)):
		y, ok := s.yearAt(k)
		if !ok {
			return match{}, false
		}
		sp.y = y
		k++
	default:
		return match{}, false
	}
	if s.is(k, "fiscal") {
		k++
	}
	q := s.tok(k)
	num, ordNum := s.ordinalNum(k)
	switch {
	case q != nil && (q.kw == kwOrdinal && q.kv <= 4 || ordNum):
		n := q.kv
		if ordNum {
			n, k = num, k+1 // "1985 4th qtr"
		}
		k++
		if s.is(k, "-") && s.adjacent(k) {
			k++
		}
		if !s.is(k, "quarter") {
			return match{}, false
		}
		sp.n = n
	case s.is(k, "quarter") || s.is(k, "period"):
		sp.anaphor = true
	default:
		return match{}, false
	}
	return match{i, k + 1, sp}, true
}

// ordinalNum reads "1st" to "4th" at token k: the digit, then its own
// suffix right after it.
func (s *scanner) ordinalNum(k int) (int, bool) {
	t := s.tok(k)
	if t == nil || t.kind != tokNum || len(t.text) != 1 || t.text[0] < '1' || t.text[0] > '4' {
		return 0, false
	}
	n := int(t.text[0] - '0')
	return n, s.is(k+1, [5]string{"", "st", "nd", "rd", "th"}[n]) && s.adjacent(k+1)
}

// yearAfterWords after "of the year" make it another year: "the second
// quarter of the year before", "of the year ended Sept. 30".
var yearAfterWords = map[string]bool{"before": true, "earlier": true, "ago": true, "ended": true, "ending": true, "to": true}

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
	if sp.ofYear && !sp.anaphor {
		// "the second half of the year": the year named before it in the
		// sentence, else the publication's, or the one before where a past
		// verb right before tells of a period not yet begun ("profit rose in
		// the fourth quarter of the year", said in January). A past verb
		// further off often governs an outlook: "examined the outlook for
		// the second half of the year".
		if d, ok := s.namedBefore(m.i, GrainYear); ok {
			return mk(d.Start.Year()), RelativeToPrevious, 0.8, "the year named before it, " + d.Value
		}
		y := anchor.Year()
		if s.is(m.i-1, "in") && s.tokTense(m.i-2) < 0 && !s.weakPast(m.i-2) && mk(y).Start.After(anchor) {
			return mk(y - 1), RelativeToPublication, 0.7, "the last such period gone by (past tense), before " + ISO(anchor)
		}
		return mk(y), RelativeToPublication, 0.8, "in the year of " + ISO(anchor)
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
		// that year, no more precise than the year; "of 2019": of that one.
		if sp.y > 0 {
			return YearDate(sp.y), Explicit, 0.6, "the same period, within the year stated"
		}
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
		if q.IsZero() || sp.latest && (!s.lastReported || q.Start.Before(anchor.AddDate(0, -9, 0))) {
			// "the latest period" after "reported fourth-quarter earnings" is
			// that quarter, even a fiscal one; after "expects a first-quarter
			// charge", "last year's first quarter", or none, it is the last
			// complete one
			q, res = shiftUnit(anchor, unitQuarter, -1), RelativeToPublication
			why = "the last complete quarter before " + ISO(anchor)
		}
		if sp.dir < 0 && res == RelativeToPrevious && !s.lastReported && !s.reportedQ.IsZero() && q.Start.After(anchor.AddDate(0, 3, 0)) {
			// "will report losses through the third quarter of 1990 ...
			// earned $46.9 million. In the year-ago period": a quarter
			// beyond the next is a forecast's horizon; results compare
			// with the quarter reported
			q, why = s.reportedQ, "the quarter reported before, "+s.reportedQ.Value
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
	if s.statsFor(m) || s.is(m.i-1, "of") && estimateWords[s.toklower(m.i-2)] {
		// "Wage price data for the December quarter, due next Wednesday",
		// also "will release its third estimate of fourth-quarter growth"
		// "first quarter growth figures released yesterday": figures come out
		// for a quarter begun by publication, mostly one that has ended; to
		// be released, for one ended within half a year ("fourth quarter GNP
		// figures will be released next week", "third quarter figures will
		// be released in October", said in April)
		for y := anchor.Year() + 1; y >= anchor.Year()-1; y-- {
			if d := mk(y); lean <= 0 && !d.Start.After(anchor) || lean > 0 && !d.End.After(anchor.AddDate(0, 6, 0)) {
				return d, YearInferred, 0.8, "year inferred: the latest such period, for figures, by " + ISO(anchor)
			}
		}
	}
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
	y := lastYearBy(anchor, sp)
	return y, y > 0
}

// quarterEnded reads "ended Sept. 30" or "ended Sept. 30, 1989" at token
// k: the calendar quarter that period mostly lies in, in the year stated
// or else that of the last such month on or before the anchor ("ended":
// in the past), or the nearest one ("ending", "ends").
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
		// "ended Sept. 30" is gone by; "ending Dec. 31" may be to come
		y = anchor.Year()
		if s.is(k-1, "ended") {
			if month > int(anchor.Month()) {
				y--
			}
		} else if d, _ := inferYear(anchor, spec{kind: specAbs, m: month}, 0); !d.IsZero() {
			y = d.Start.Year()
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

// yearAgoQuarter reads "a year ago" and "a year earlier" in a
// sentence about quarterly results as the year-ago quarter: "net rose to
// $5 million from $4 million a year earlier" compares the quarter named
// before with the same quarter a year before.
func (s *scanner) yearAgoQuarter(unit, n int, m match) (Date, bool) {
	if unit == unitYear && n == -1 && !s.lastHalf.IsZero() && s.lastHalfTok > s.lastQuarterTok && m.i-s.lastHalfTok <= quarterReach && s.sentencesBetween(s.lastHalfTok, m.i) == 0 {
		// "profit for the six months to Dec. 31 fell from a year earlier": that half, a year before
		return HalfDate(s.lastHalf.Start.Year()-1, (int(s.lastHalf.Start.Month())-1)/6+1), true
	}
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

// shorthand reads the analysts' shorthand of periods: "3Q25", "4Q 2024",
// "1H25", "H2 2026", "FY2026", "FY26", "FY 2025". A bare "H1" or "FY"
// stays unread: it is as often a visa or a heading as a half.
func (s *scanner) shorthand(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	// "3Q25", "1H 2025": a digit, then Q or H glued to it.
	if t.kind == tokNum && len(t.text) == 1 {
		u := s.tok(i + 1)
		if u == nil || u.space || u.kind != tokWord || len(u.lower) < 1 {
			return match{}, false
		}
		n := int(t.text[0] - '0')
		kind, max := periodLetter(u.lower[0])
		if kind == 0 || n < 1 || n > max {
			return match{}, false
		}
		if y, ok := shortYear(u.lower[1:]); ok && !s.glued(i+1) {
			return match{i, i + 2, spec{kind: kind, n: n, y: y}}, true
		}
		if len(u.lower) == 1 && !s.glued(i+1) {
			if y, ok := s.yearAt(i + 2); ok {
				return match{i, i + 3, spec{kind: kind, n: n, y: y}}, true
			}
		}
		return match{}, false
	}
	if t.kind != tokWord || !t.upper || len(t.lower) < 2 || s.glued(i) {
		return match{}, false
	}
	// "FY2026", "FY26", "FY 2026": the fiscal year, by the year it ends in.
	if t.lower[0] == 'f' && t.lower[1] == 'y' && t.text[1] == 'Y' {
		if y, ok := shortYear(t.lower[2:]); ok {
			return match{i, i + 1, spec{kind: specAbs, y: y, how: "fiscal year"}}, true
		}
		if len(t.lower) == 2 {
			if y, ok := s.yearAt(i + 1); ok {
				return match{i, i + 2, spec{kind: specAbs, y: y, how: "fiscal year"}}, true
			}
		}
		return match{}, false
	}
	// "H2 2026": a half, then its year.
	if t.lower[0] == 'h' && len(t.lower) == 2 && (t.lower[1] == '1' || t.lower[1] == '2') {
		if y, ok := s.yearAt(i + 1); ok {
			return match{i, i + 2, spec{kind: specHalf, n: int(t.lower[1] - '0'), y: y}}, true
		}
	}
	return match{}, false
}

// periodLetter is the period of "Q" or "H" in "3Q25" or "1H25", and how
// many the year has.
func periodLetter(c byte) (specKind, int) {
	switch c {
	case 'q':
		return specQuarter, 4
	case 'h':
		return specHalf, 2
	}
	return 0, 0
}

// shortYear reads the year of "FY26" or "3Q2025": two digits or four.
func shortYear(p string) (int, bool) {
	if len(p) != 2 && len(p) != 4 {
		return 0, false
	}
	v, ok := digits(p)
	if !ok {
		return 0, false
	}
	return fullYear(p, v)
}

// glued reports whether the token after k touches it with no space, as in
// "FY2026-27" or "3Q25/26": a form the shorthand does not read.
func (s *scanner) glued(k int) bool {
	n := s.tok(k + 1)
	return n != nil && !n.space && (n.kind == tokWord || n.kind == tokNum || n.text == "-" || n.text == "/")
}
