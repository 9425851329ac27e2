package chrono

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// DateOrder is the policy for slashed numeric dates such as 03/04/2026.
type DateOrder string

const (
	// OrderAuto reads day-first when the same text has an unambiguous
	// day-first date (13/04/2026), else month-first.
	OrderAuto DateOrder = "auto"
	OrderDMY  DateOrder = "dmy"
	OrderMDY  DateOrder = "mdy"
)

// ParseDateOrder checks a --date-order value.
func ParseDateOrder(s string) (DateOrder, error) {
	switch o := DateOrder(strings.ToLower(s)); o {
	case OrderAuto, OrderDMY, OrderMDY:
		return o, nil
	case "":
		return OrderAuto, nil
	}
	return "", fmt.Errorf("invalid date order %q: want dmy, mdy or auto", s)
}

// Recognizer finds date expressions in English news text and resolves them.
// It is safe for concurrent use.
type Recognizer struct {
	Order  DateOrder
	clock  *when.Parser // clock times next to a date: "6:47 pm", "11 a.m."
	tokens sync.Pool    // *[]token, reused across texts
}

// NewRecognizer returns a recognizer with the given numeric date order.
func NewRecognizer(order DateOrder) *Recognizer {
	if order == "" {
		order = OrderAuto
	}
	clock := when.New(&rules.Options{Distance: 1, MatchByOrder: true})
	clock.Add(en.HourMinute(rules.Override), en.Hour(rules.Override))
	return &Recognizer{Order: order, clock: clock}
}

// Anchor is the day relative expressions resolve against.
type Anchor struct {
	Day time.Time
	// Published is true when Day is the text's own publication date, false
	// when it is a reference guessed for a text without one.
	Published bool
}

type specKind uint8

const (
	specAbs      specKind = iota + 1 // y (0: infer), m (0: year only), d (0: month only)
	specRelDay                       // n days from the anchor
	specWeekday                      // wd, dir: -1 last, 0 by tense, 1 next, 2 this week
	specShift                        // unit n (-1 last, 0 this, 1 next) from the anchor
	specAgo                          // n units before (dir -1) or after (dir 1) the anchor
	specSeason                       // season s of year y (0: by shift n)
	specDecade                       // decade starting at y
	specDuration                     // a length of time: val
	specRef                          // PRESENT_REF, PAST_REF, FUTURE_REF: val
	specSet                          // a recurrence: val
	specQuarter                      // quarter n of year y (0: inferred); anaphor: the quarter in question
	specHalf                         // half n of year y
	specClock                        // a clock time with no day: hh, mm
	specAnaphor                      // unit n units from the date named before
	specHoliday                      // a named day: holiday, in year y or nearest the anchor
	specCentury                      // the century whose years start with y (19: 1900-1999)
)

// spec is what a rule read from the text, before resolution.
type spec struct {
	kind      specKind
	y, m, d   int
	hh, mm    int
	clock     bool
	n, unit   int
	wd, dir   int
	season    int
	shiftMon  bool // "last December": a month with a shift
	tonight   bool
	earlier   bool   // "a year earlier": relative, but not "ago"
	val       string // the value of durations, sets and references
	anaphor   bool   // "the quarter": the one the text is about
	mod       string // TIMEX3 mod: START, MID, END, APPROX
	tod       string // part of day: MO, AF, EV, NI
	relYear   bool   // "January this year": the month in the year n from the anchor
	d2        int    // a day range's last day ("January 6-8")
	split     int    // byte offset where a day range's first end stops
	toStart   int    // byte offset where its second end starts
	holiday   *holiday
	nearest   bool // a season with no year or shift: the nearest by tense
	latest    bool // "the latest quarter": the last complete one
	yearEnd   bool // "year-end": the last day of the year
	ambiguous bool // numeric day/month order not decided by the text
	how       string
}

// match is a rule's result: the tokens [i, j) and what they say.
type match struct {
	i, j int
	sp   spec
}

// scanner holds one text's tokens while rules run over it.
type scanner struct {
	r     *Recognizer
	text  string
	toks  []token
	order DateOrder // resolved for this text
	// decided reports that the order came from the text or the user.
	decided bool
	// lastQuarter is the latest quarter the text named: "the quarter" and
	// "a year earlier" in earnings reports refer to it.
	lastQuarter    Date
	lastQuarterTok int // the token after it
	// last is the latest date the text named, for "the next day".
	last Date
}

// Recognize finds every date expression in text and resolves it against
// the anchor. Mentions come in text order and never overlap.
func (r *Recognizer) Recognize(text string, a Anchor) []Mention {
	buf, _ := r.tokens.Get().(*[]token)
	if buf == nil {
		buf = new([]token)
	}
	defer func() {
		clear(*buf) // drop references to text before pooling
		*buf = (*buf)[:0]
		r.tokens.Put(buf)
	}()
	*buf = lex(text, (*buf)[:0])
	s := &scanner{r: r, text: text, toks: *buf}
	for k := range s.toks {
		s.toks[k].bits = triggers(&s.toks[k])
	}
	s.order, s.decided = s.numericOrder()
	out := make([]Mention, 0, len(s.toks)/64+2)
	for i := 0; i < len(s.toks); {
		if s.toks[i].bits == 0 {
			i++
			continue
		}
		m, ok := s.best(i)
		if !ok {
			i++
			continue
		}
		// A rule may read what is no date ("the 31st of February"): drop it.
		if s.title(m) {
			i = m.j
			continue
		}
		if men := s.resolve(m, a); men.Date.Value != "" {
			out = append(out, men)
			if !men.Date.Start.IsZero() && men.Date.Grain.Rank() <= GrainYear.Rank() && m.sp.kind != specRef {
				s.last = men.Date
			}
		}
		i = m.j
	}
	return s.joinRanges(out)
}

// Triggers: what kind of token a rule can start on. Each token gets its
// bits once; a rule runs only on tokens that share a bit with it, so that
// most tokens run no rule at all.
const (
	bNum     uint32 = 1 << iota // digits
	bThe                        // the
	bMonth                      // a capitalised month
	bWeekday                    // a capitalised weekday
	bRelDay                     // today, tonight, ...
	bShift                      // last, this, next
	bNumber                     // a, one, twenty, several
	bOrdinal                    // first, third
	bLead                       // past, coming, previous, following, final
	bMod                        // early, late, mid, earlier, later
	bClock                      // noon, midnight
	bRef                        // now, recently, future, these, coming
	bSet                        // daily, every, each, per
	bSeason                     // summer
	bApos                       // ' as in '90s
	bMisc                       // that, in, its, fiscal, latest, year, for, within, weekend, Q3, names
)

// triggers computes a token's trigger bits.
func triggers(t *token) uint32 {
	switch t.kind {
	case tokNum:
		return bNum
	case tokPunct:
		if t.text == "'" || t.text == "’" {
			return bApos
		}
		return 0
	}
	var b uint32
	switch t.kw {
	case kwMonth, kwMonthAbbr:
		if t.upper {
			b |= bMonth
		}
	case kwWeekday, kwWeekdayAbbr:
		if t.upper {
			b |= bWeekday
		}
	case kwRelDay, kwTonight:
		b |= bRelDay
	case kwShift:
		b |= bShift
	case kwNumber, kwTens, kwFuzzyNum:
		b |= bNumber
	case kwOrdinal:
		b |= bOrdinal | bLead
	case kwRef:
		b |= bRef
	case kwSetAdv:
		b |= bSet
	case kwSeason:
		b |= bSeason
	case kwName:
		b |= bMisc
	}
	switch t.lower {
	case "the":
		b |= bThe
	case "past", "coming", "upcoming", "previous", "following", "final":
		b |= bLead | bRef
	case "early", "earlier", "late", "later", "mid", "around", "sometime":
		b |= bMod
	case "noon", "midday", "midnight":
		b |= bClock
	case "these", "for", "within":
		b |= bRef
	case "every", "each", "per":
		b |= bSet
	case "that", "in", "its", "fiscal", "latest", "current", "same", "year", "weekend":
		b |= bMisc
	}
	if len(t.lower) == 2 && t.lower[0] == 'q' {
		b |= bMisc // Q3
	}
	return b
}

type rule struct {
	fn   func(*scanner, int) (match, bool)
	bits uint32 // the triggers it can start on
}

// best tries the rules that can start at token i and keeps the longest match.
func (s *scanner) best(i int) (match, bool) {
	var best match
	found := false
	if i < 0 || i >= len(s.toks) {
		return best, false
	}
	bits := s.toks[i].bits
	for _, r := range ruleset {
		if r.bits&bits == 0 {
			continue
		}
		if m, ok := r.fn(s, i); ok && (!found || m.j > best.j) {
			best, found = m, true
		}
	}
	if found {
		best = s.partOfDay(best)
		// "the next year or so", "two weeks or so": the hedge belongs to the extent.
		if s.is(best.j, "or") && s.is(best.j+1, "so") && (best.sp.kind == specDuration || best.sp.kind == specShift) {
			best.j += 2
			if best.sp.mod == "" {
				best.sp.mod = "APPROX"
			}
		}
	}
	return best, found
}

// ruleset lists the rules tried at each token; the longest match wins, the
// first of equals. It is set in init because rules call best, which reads it.
var ruleset []rule

func init() {
	ruleset = []rule{
		{(*scanner).weekdayDate, bWeekday},
		{(*scanner).monthFirst, bMonth},
		{(*scanner).dayFirst, bNum | bThe},
		{(*scanner).numeric, bNum},
		{(*scanner).clockDate, bNum},
		{(*scanner).relDay, bRelDay},
		{(*scanner).shift, bShift | bThe | bMisc},
		{(*scanner).anaphor, bThe | bMisc},
		{(*scanner).namedDay, bShift | bMisc},
		{(*scanner).spelledYear, bThe | bNumber},
		{(*scanner).century, bThe | bNum | bShift | bOrdinal | bMisc | bNumber},
		{(*scanner).decadeWord, bThe},
		{(*scanner).quantity, bThe | bNum | bNumber | bLead | bShift},
		{(*scanner).quarter, bThe | bMisc | bOrdinal | bShift},
		{(*scanner).modified, bMod | bThe},
		{(*scanner).thisPart, bShift},
		{(*scanner).clock, bNum | bClock},
		{(*scanner).ref, bThe | bRef},
		{(*scanner).set, bSet},
		{(*scanner).weekday, bWeekday},
		{(*scanner).year, bNum | bMisc},
		{(*scanner).decade, bThe | bApos | bNum},
		{(*scanner).seasonYear, bThe | bSeason},
	}
}

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// is reports whether token i is the punctuation or lower-case word w.
func (s *scanner) is(i int, w string) bool {
	t := s.tok(i)
	return t != nil && (t.lower == w || t.kind == tokPunct && t.text == w)
}

// adjacent reports whether token i directly follows token i-1.
func (s *scanner) adjacent(i int) bool { t := s.tok(i); return t != nil && !t.space }

// plainNum returns the value of token i if it is digits only, with n digits
// at most.
func (s *scanner) plainNum(i, maxDigits int) (int, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum || len(t.text) > maxDigits {
		return 0, false
	}
	return digits(t.text)
}

// optYear reads the year that may follow a day and month, after an
// optional comma: "January 6, 2026", "6 January 2026".
func (s *scanner) optYear(k int) (y, next int, ok bool) {
	if s.is(k, ",") {
		k++
	}
	y, ok = s.yearAt(k)
	return y, k + 1, ok
}

// yearAt reads a four-digit year at token i.
func (s *scanner) yearAt(i int) (int, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum || len(t.text) != 4 {
		return 0, false
	}
	y, ok := digits(t.text)
	if !ok || y < 1000 || y > 2199 {
		return 0, false
	}
	// "2026-year-old" or "2026s": a number glued to a word is not a year.
	if n := s.tok(i + 1); n != nil && !n.space && n.kind == tokWord {
		return 0, false
	}
	return y, true
}

// dayAt reads a day of the month (6, 6th) at token i and returns the index
// after it.
func (s *scanner) dayAt(i int) (d, next int, ok bool) {
	d, ok = s.plainNum(i, 2)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	next = i + 1
	if t := s.tok(next); t != nil && !t.space && t.kind == tokWord {
		if t.kw != kwOrdSuf {
			return 0, i, false // "6pm", "3D"
		}
		next++
	}
	return d, next, true
}

// dayRangeAt reads two days of a month joined by a dash: the compound
// "6-8", or "6–8" with an en dash. It returns both days, the byte offset
// where the second starts, and the token after it.
func (s *scanner) dayRangeAt(k int) (d, d2, to, next int, ok bool) {
	t := s.tok(k)
	if t == nil || t.kind != tokNum {
		return 0, 0, 0, k, false
	}
	if a, b, found := strings.Cut(t.text, "-"); found && len(a) <= 2 && len(b) <= 2 && !strings.ContainsAny(b, "-./,:") {
		d, _ = strconv.Atoi(a)
		d2, _ = strconv.Atoi(b)
		to, next = t.start+len(a)+1, k+1
	} else if n := s.tok(k + 1); n != nil && (n.text == "–" || n.text == "-") && len(t.text) <= 2 {
		v, ok := s.plainNum(k+2, 2)
		if !ok || strings.ContainsAny(t.text, "-./,:") {
			return 0, 0, 0, k, false
		}
		d, _ = strconv.Atoi(t.text)
		d2, to, next = v, s.toks[k+2].start, k+3
	} else {
		return 0, 0, 0, k, false
	}
	if d < 1 || d2 <= d || d2 > 31 {
		return 0, 0, 0, k, false
	}
	return d, d2, to, next, true
}

// monthAt reads a month name or abbreviation (with its period) at token i.
// Month names must be capitalised: "may" and "march" in lower case are verbs.
func (s *scanner) monthAt(i int) (m, next int, ok bool) {
	t := s.tok(i)
	if t == nil || !t.upper || (t.kw != kwMonth && t.kw != kwMonthAbbr) {
		return 0, i, false
	}
	next = i + 1
	if t.kw == kwMonthAbbr && s.is(next, ".") && s.adjacent(next) {
		next++
	}
	return t.kv, next, true
}

// weekdayDate: "Tuesday, January 6, 2026", "Sun Feb 20, 2011".
func (s *scanner) weekdayDate(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || !t.upper || (t.kw != kwWeekday && t.kw != kwWeekdayAbbr) {
		return match{}, false
	}
	k := i + 1
	if t.kw == kwWeekdayAbbr && s.is(k, ".") {
		k++
	}
	if s.is(k, ",") {
		k++
	}
	for _, rule := range []func(*scanner, int) (match, bool){(*scanner).monthFirst, (*scanner).dayFirst, (*scanner).numeric} {
		if m, ok := rule(s, k); ok && m.sp.kind == specAbs && m.sp.d > 0 {
			m.i = i
			return m, true
		}
	}
	return match{}, false
}

// monthFirst: "January 6", "Jan. 6th, 2026", "January 2026", "December".
func (s *scanner) monthFirst(i int) (match, bool) {
	m, k, ok := s.monthAt(i)
	if !ok {
		return match{}, false
	}
	if d, d2, to, k2, ok := s.dayRangeAt(k); ok {
		// "January 6-8", "Jan. 6–8, 2026": one month, two days.
		sp := spec{kind: specAbs, m: m, d: d, d2: d2, split: s.toks[k].start + len(strconv.Itoa(d)), toStart: to}
		j := k2
		if y, next, ok := s.optYear(j); ok {
			sp.y, j = y, next
		}
		return match{i, j, sp}, true
	}
	if d, k2, ok := s.dayAt(k); ok {
		sp := spec{kind: specAbs, m: m, d: d}
		j := k2
		if y, next, ok := s.optYear(j); ok {
			sp.y, j = y, next
		}
		return s.withClock(match{i, j, sp}), true
	}
	c := k
	if s.is(c, ",") || s.is(c, "of") {
		c++
	}
	if y, ok := s.yearAt(c); ok {
		return match{i, c + 1, spec{kind: specAbs, y: y, m: m}}, true
	}
	// "January this year", "June last year": the month in a year named
	// relative to the anchor.
	if t := s.tok(k); t != nil && t.kw == kwShift && s.is(k+1, "year") {
		return match{i, k + 2, spec{kind: specAbs, m: m, relYear: true, n: t.kv}}, true
	}
	if s.monthAlone(i) {
		return match{i, k, spec{kind: specAbs, m: m}}, true
	}
	return match{}, false
}

// monthAlone decides whether a bare month name is a date. Abbreviations
// never are; "May" and "March" need a preposition or modifier before them.
func (s *scanner) monthAlone(i int) bool {
	t := s.tok(i)
	if t.kw != kwMonth {
		return false
	}
	if t.kv != 3 && t.kv != 5 {
		return true
	}
	p := s.tok(i - 1)
	if p == nil {
		return false
	}
	switch p.lower {
	case "in", "since", "until", "till", "by", "early", "mid", "late", "of", "from", "through",
		"during", "before", "after", "last", "next", "this", "end", "beginning", "between", "and", "to":
		return true
	}
	return p.text == "-" && s.is(i-2, "mid")
}

// dayFirst: "6 January 2026", "the 6th of January", "8 Jan 2026", "26-FEB-1987".
func (s *scanner) dayFirst(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	d, k, ok := s.dayAt(k)
	if !ok {
		return match{}, false
	}
	if s.is(k, "-") && s.adjacent(k) {
		// Wire style 26-FEB-1987: the month may be in capitals.
		t := s.tok(k + 1)
		if t != nil && (t.kw == kwMonth || t.kw == kwMonthAbbr) && s.adjacent(k+1) && s.is(k+2, "-") {
			if y, ok := s.yearAt(k + 3); ok && s.adjacent(k+3) {
				return s.withClock(match{i, k + 4, spec{kind: specAbs, y: y, m: t.kv, d: d}}), true
			}
		}
		return match{}, false
	}
	if s.is(k, "of") {
		k++
	}
	m, k, ok := s.monthAt(k)
	if !ok {
		return match{}, false
	}
	sp := spec{kind: specAbs, m: m, d: d}
	j := k
	if y, next, ok := s.optYear(j); ok {
		sp.y, j = y, next
	}
	return s.withClock(match{i, j, sp}), true
}

// numeric: 2026-01-08, 08.01.2026, 1/8/2026, 13/04/26.
func (s *scanner) numeric(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum {
		return match{}, false
	}
	sp, ok := s.parseNumeric(t.text)
	if !ok {
		return match{}, false
	}
	return s.withClock(match{i, i + 1, sp}), true
}

// parseNumeric reads a numeric compound as a date, or refuses it: scores
// (3-10), thousands (2,000), decimals and times are not dates.
func (s *scanner) parseNumeric(text string) (spec, bool) {
	var parts [4]string
	var seps [3]byte
	n := 0
	start := 0
	for k := 0; k < len(text); k++ {
		if !isDigit(text[k]) {
			if n == 2 {
				return spec{}, false
			}
			parts[n], seps[n] = text[start:k], text[k]
			n++
			start = k + 1
		}
	}
	parts[n] = text[start:]
	n++
	if n != 3 || seps[0] != seps[1] {
		return spec{}, false
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	sep := seps[0]
	switch {
	case len(parts[0]) == 4 && (sep == '-' || sep == '/' || sep == '.') && len(parts[1]) == 2 && len(parts[2]) == 2:
		if valid(a, b, c) {
			return spec{kind: specAbs, y: a, m: b, d: c, how: "ISO year-month-day"}, true
		}
		return spec{}, false
	case sep == ',' || sep == ':':
		return spec{}, false
	case len(parts[0]) > 2 || len(parts[1]) > 2:
		return spec{}, false
	}
	y, ok := fullYear(parts[2], c)
	if !ok {
		return spec{}, false
	}
	if sep == '.' {
		if valid(y, b, a) {
			return spec{kind: specAbs, y: y, m: b, d: a, how: "dotted date read day-first"}, true
		}
		return spec{}, false
	}
	dayFirst := s.order == OrderDMY
	how := "numeric date read month-first"
	switch {
	case a > 12 && b <= 12:
		dayFirst, how = true, "numeric date read day-first (day above 12)"
	case b > 12 && a <= 12:
		dayFirst, how = false, "numeric date read month-first (day above 12)"
	case dayFirst:
		how = "numeric date read day-first"
	}
	sp := spec{kind: specAbs, y: y, m: a, d: b, how: how}
	if dayFirst {
		sp.m, sp.d = b, a
	}
	if !valid(sp.y, sp.m, sp.d) {
		return spec{}, false
	}
	if a <= 12 && b <= 12 && a != b && !s.decided {
		sp.ambiguous = true
		sp.how += "; day/month order undecided"
	}
	return sp, true
}

// fullYear reads a year of four digits, or two (pivot at 50: 98 is 1998).
func fullYear(p string, v int) (int, bool) {
	switch len(p) {
	case 4:
		return v, v >= 1000 && v <= 2199
	case 2:
		if v < 50 {
			return 2000 + v, true
		}
		return 1900 + v, true
	}
	return 0, false
}

// numericOrder settles the day/month order of slashed dates for this text.
func (s *scanner) numericOrder() (DateOrder, bool) {
	if s.r.Order == OrderDMY || s.r.Order == OrderMDY {
		return s.r.Order, true
	}
	dmy, mdy := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tokNum || strings.Count(t.text, "/")+strings.Count(t.text, "-") != 2 {
			continue
		}
		f := strings.FieldsFunc(t.text, func(r rune) bool { return r == '/' || r == '-' })
		if len(f) != 3 || len(f[0]) > 2 || len(f[1]) > 2 {
			continue
		}
		a, _ := strconv.Atoi(f[0])
		b, _ := strconv.Atoi(f[1])
		dmy = dmy || (a > 12 && a <= 31 && b <= 12)
		mdy = mdy || (b > 12 && b <= 31 && a <= 12)
	}
	switch {
	case dmy && !mdy:
		return OrderDMY, true
	case mdy && !dmy:
		return OrderMDY, true
	}
	return OrderMDY, false
}

// clockDate: "11:15 08.01.2026", a dateline's time before its date.
func (s *scanner) clockDate(i int) (match, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum || strings.Count(t.text, ":") != 1 || strings.ContainsAny(t.text, ".,/-") {
		return match{}, false
	}
	hh, mm, ok := s.clockOf(t.text)
	if !ok {
		return match{}, false
	}
	for _, rule := range []func(*scanner, int) (match, bool){(*scanner).numeric, (*scanner).monthFirst, (*scanner).dayFirst, (*scanner).weekdayDate} {
		if m, ok := rule(s, i+1); ok && m.sp.kind == specAbs && m.sp.d > 0 && !m.sp.clock {
			m.i = i
			m.sp.hh, m.sp.mm, m.sp.clock = hh, mm, true
			return m, true
		}
	}
	return match{}, false
}

// clockOf reads a clock time with the `when` rules.
func (s *scanner) clockOf(text string) (hh, mm int, ok bool) {
	res, err := s.r.clock.Parse(text, time.Time{})
	if err != nil || res == nil || res.Index != 0 || res.Text != text {
		return 0, 0, false
	}
	return res.Time.Hour(), res.Time.Minute(), true
}

// withClock extends a full date with a clock time right after it:
// "Feb 20, 2011 6:47 pm EST", "January 8, 2026 at 11:15", "..., at noon".
func (s *scanner) withClock(m match) match {
	if m.sp.y == 0 || m.sp.d == 0 {
		return m
	}
	k := m.j
	if s.is(k, ",") {
		k++
	}
	if s.is(k, "at") {
		k++
	}
	if t := s.tok(k); t == nil || t.nl {
		return m
	}
	hh, mm, end, _, ok := s.clockAt(k)
	if !ok {
		return m
	}
	m.j = end
	m.sp.hh, m.sp.mm, m.sp.clock = hh, mm, true
	return m
}

// isZone recognises time zone abbreviations such as EST, GMT, CET.
func isZone(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return w == "UTC" || w == "GMT" || strings.HasSuffix(w, "T")
}

// relDay: today, yesterday, tomorrow, tonight.
func (s *scanner) relDay(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	switch t.kw {
	case kwRelDay:
		return match{i, i + 1, spec{kind: specRelDay, n: t.kv}}, true
	case kwTonight:
		return match{i, i + 1, spec{kind: specRelDay, tonight: true}}, true
	}
	return match{}, false
}

// shift: "last week", "this year", "next month", "last Tuesday", "last December", "this summer".
func (s *scanner) shift(i int) (match, bool) {
	t := s.tok(i)
	if t == nil {
		return match{}, false
	}
	start, off := i, t.kv
	switch {
	case t.kw == kwShift:
	case t.lower == "the" && s.is(i+1, "current"):
		// "the current year", "the current quarter": this one.
		i, off = i+1, 0
		if u := s.tok(i + 1); u == nil || u.kw != kwUnit || u.kv == unitDay {
			return match{}, false
		}
	case t.lower == "the" && s.is(i+1, "full") && s.is(i+2, "year"):
		// "the full year": the year the results are for, the anchor's.
		return match{start, i + 3, spec{kind: specShift, unit: unitYear}}, true
	case t.lower == "the" && s.is(i+1, "fiscal") && s.is(i+2, "year"):
		return match{start, i + 3, spec{kind: specDuration, n: 1, unit: unitYear, val: "P1Y"}}, true
	case t.lower == "year" && (s.is(i+1, "end") || s.is(i+1, "-") && s.adjacent(i+1) && s.is(i+2, "end")):
		// "year-end", "year end": the last day of the anchor's year.
		j := i + 2
		if s.is(i+1, "-") {
			j++
		}
		return match{start, j, spec{kind: specShift, unit: unitYear, mod: "END", yearEnd: true}}, true
	case t.lower == "the" && s.is(i+1, "weekend") || t.lower == "weekend" && s.is(i-1, "this"):
		// "the weekend": the nearest, by tense.
		return match{start, i + 2, spec{kind: specShift, unit: unitWeekend, n: 0, anaphor: true}}, true
	case (t.lower == "the" || t.lower == "in") && s.seasonAt(i+1) && !s.is(i+2, "of") && !s.isYear(i+2):
		// "the summer", "in spring": the nearest such season.
		return match{start + boolInt(t.lower == "in"), i + 2, spec{kind: specSeason, season: s.toks[i+1].kv, n: 0, nearest: true}}, true
	default:
		return match{}, false
	}
	n := s.tok(i + 1)
	if n == nil {
		return match{}, false
	}
	if t.lower == "this" && s.is(i+1, "past") && s.seasonAt(i+2) {
		// "this past spring"
		return match{start, i + 3, spec{kind: specSeason, season: s.toks[i+2].kv, n: -1}}, true
	}
	i = start + (i - start)
	t = &token{kv: off}
	switch n.kw {
	case kwUnit:
		if n.kv == unitDay || n.kv == unitDecade || strings.HasSuffix(n.lower, "s") {
			return match{}, false // "this day", "last years" are not calendar shifts
		}
		return match{start, i + 2, spec{kind: specShift, unit: n.kv, n: t.kv}}, true
	case kwWeekday:
		dir := t.kv
		if dir == 0 {
			dir = 2
		}
		return match{i, i + 2, spec{kind: specWeekday, wd: n.kv, dir: dir}}, true
	case kwMonth:
		if n.upper {
			return match{i, i + 2, spec{kind: specAbs, m: n.kv, n: t.kv, shiftMon: true}}, true
		}
	case kwSeason:
		return match{i, i + 2, spec{kind: specSeason, season: n.kv, n: t.kv}}, true
	}
	return match{}, false
}

func (s *scanner) isYear(k int) bool { _, ok := s.yearAt(k); return ok }

// seasonAt reports whether token k names a season (not "fall" the verb).
func (s *scanner) seasonAt(k int) bool {
	t := s.tok(k)
	return t != nil && t.kw == kwSeason && t.lower != "fall"
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
	if n := s.tok(i + 1); n != nil && n.kind == tokWord && n.upper && n.kw == kwNone && !n.nl {
		p := s.tok(i - 1)
		if p == nil || p.lower == "the" || !dayPrepositions[p.lower] {
			return match{}, false
		}
	}
	return match{i, i + 1, spec{kind: specWeekday, wd: t.kv}}, true
}

// year: "in 2019", "since 1998", "2019's", "fiscal 1998".
func (s *scanner) year(i int) (match, bool) {
	start := i
	if s.is(i, "fiscal") {
		i++
	}
	y, ok := s.yearAt(i)
	if !ok {
		return match{}, false
	}
	if start < i {
		return match{start, i + 1, spec{kind: specAbs, y: y, how: "fiscal year"}}, true
	}
	if (s.is(i+1, "'") || s.is(i+1, "’")) && s.adjacent(i+1) && s.is(i+2, "s") {
		return match{i, i + 1, spec{kind: specAbs, y: y}}, true
	}
	p := s.tok(i - 1)
	if p == nil {
		return match{}, false
	}
	w := p.lower
	if p.kind == tokPunct {
		w = p.text
	}
	switch w {
	case "in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after",
		"early", "late", "mid", "year", "between", "and", "or", "to", "for", "around", "circa", "spring",
		"summer", "autumn", "fall", "winter", "into", "due", "both", "post", "pre", "throughout",
		// determiners: "the 1996 campaign", "its 1990 invasion", "company's 1989 results"
		"the", "a", "an", "its", "his", "her", "their", "our", "that", "this", "s":
	case "-":
		if !s.is(i-2, "mid") && !s.is(i-2, "post") && !s.is(i-2, "pre") {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if w == "s" && !(s.is(i-2, "'") || s.is(i-2, "’")) {
		return match{}, false
	}
	if y < 1800 {
		return match{}, false
	}
	// "in 2000 troops": a count, not a year.
	if n := s.tok(i + 1); n != nil && n.kind == tokWord && !n.upper && n.kw == kwNone && strings.HasSuffix(n.lower, "s") {
		return match{}, false
	}
	return match{i, i + 1, spec{kind: specAbs, y: y}}, true
}

// decade: "the 1990s", "1990s", "the '90s".
func (s *scanner) decade(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if s.is(k, "'") || s.is(k, "’") {
		v, ok := s.plainNum(k+1, 2)
		if ok && len(s.tok(k+1).text) == 2 && v%10 == 0 && s.adjacent(k+1) && s.is(k+2, "s") && s.adjacent(k+2) {
			return match{i, k + 3, spec{kind: specDecade, y: 1900 + v}}, true
		}
		return match{}, false
	}
	y, ok := s.plainNum(k, 4)
	if !ok || len(s.tok(k).text) != 4 || y%10 != 0 || y < 1000 {
		return match{}, false
	}
	if s.is(k+1, "s") && s.adjacent(k+1) {
		return match{i, k + 2, spec{kind: specDecade, y: y}}, true
	}
	return match{}, false
}

// seasonYear: "summer 2025", "the winter of 2024".
func (s *scanner) seasonYear(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	t := s.tok(k)
	if t == nil || t.kw != kwSeason {
		return match{}, false
	}
	c := k + 1
	if s.is(c, "of") {
		c++
	}
	if y, ok := s.yearAt(c); ok {
		return match{i, c + 1, spec{kind: specSeason, season: t.kv, y: y}}, true
	}
	return match{}, false
}

// digits parses a string of ASCII digits without allocating, unlike
// strconv.Atoi, whose error for "5.93" allocates on the hot path.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// dayPrepositions are words that make the next weekday a day.
var dayPrepositions = map[string]bool{
	"on": true, "by": true, "until": true, "till": true, "since": true, "from": true, "before": true,
	"after": true, "last": true, "next": true, "this": true, "that": true, "late": true, "early": true,
	"through": true, "to": true, "and": true, "or": true, "said": true, "say": true, "says": true,
}

// title reports whether a match is part of a name or title rather than a
// date: "This Week" in quotes, "60 Minutes", "High Noon": every word
// capitalised, not at a sentence start, and a quotation mark, a number or
// another capitalised word before it.
func (s *scanner) title(m match) bool {
	if m.sp.kind == specAbs && m.sp.y > 0 {
		return false // a stated year is a date even in a title
	}
	words := 0
	for k := m.i; k < m.j; k++ {
		t := &s.toks[k]
		if t.kind == tokWord {
			if !t.upper {
				return false
			}
			words++
		}
	}
	if words == 0 || m.i == 0 || s.toks[m.i].nl {
		return false
	}
	p := &s.toks[m.i-1]
	switch {
	case (p.text == "\"" || p.text == "“" || p.text == "`" || p.text == "'" && s.is(m.i-2, "'")) && words >= 2:
		return true // "This Week": a quoted title; a quote opening on "Today" is speech
	case m.sp.kind == specDuration && words == 1 && s.toks[m.i].kind == tokNum:
		return true // "60 Minutes": a capitalised unit after a number is a name
	case p.kind == tokWord && p.upper && p.kw == kwNone && words == 1 && m.j-m.i == 1:
		// "High Noon", "VOA Today": a one-word date after a capitalised word
		return s.toks[m.i].kw == kwRelDay || s.toks[m.i].lower == "noon" || s.toks[m.i].lower == "midnight"
	}
	return false
}
