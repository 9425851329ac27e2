package chrono

import (
	"fmt"
	"slices"
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
	Order DateOrder
	// clock reads "6:47 pm", "10:35"; hour reads "11 a.m.". Apart, for
	// together the hour rule overrides the minutes: "9:05 a.m." gave 5:00.
	clock, hour *when.Parser
	scanners    sync.Pool // *scanner, whose buffers are reused across texts
}

// NewRecognizer returns a recognizer with the given numeric date order.
func NewRecognizer(order DateOrder) *Recognizer {
	if order == "" {
		order = OrderAuto
	}
	clock := when.New(&rules.Options{Distance: 1, MatchByOrder: true})
	clock.Add(en.HourMinute(rules.Override))
	hour := when.New(&rules.Options{Distance: 1, MatchByOrder: true})
	hour.Add(en.Hour(rules.Override))
	return &Recognizer{Order: order, clock: clock, hour: hour}
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
	specEvent                        // counted from an event dated earlier: event
)

// spec is what a rule read from the text, before resolution.
type spec struct {
	kind      specKind
	y, m, d   int
	hh, mm    int
	clock     bool
	n, unit   int
	wd, dir   int
	dow       int // a day's stated weekday, plus one: "Friday 8 May"; 0 when none
	season    int
	shiftMon  bool // "last December": a month with a shift
	tonight   bool
	earlier   bool   // "a year earlier": relative, but not "ago"
	val       string // the value of durations, sets and references
	anaphor   bool   // "the quarter": the one the text is about
	mod       string // TIMEX3 mod: START, MID, END, APPROX
	tod       string // part of day: MO, AF, EV, NI
	timeOfDay bool   // a TIME even on a weekday: "mid-afternoon Friday"
	weekOf    bool   // the week the day falls in: "the week of March 6", "Easter week"
	weekendOf bool   // the weekend of the day's week: "the weekend of Aug. 16"
	weekOn    bool   // a week after the coming weekday: "Monday week"
	period    bool   // "the same period": a quarter only where one was named
	monthAgo  bool   // "the year-ago month": the month named before, a year back
	relYear   bool   // "January this year": the month in the year n from the anchor
	ofYear    bool   // "the second half of the year": of the year in question
	d2        int    // a day range's last day ("January 6-8")
	sameMonth bool   // "26" in "April 12 and 26": the month and year of the day before
	thatYear  bool   // "that September": y is the year of the date named before
	midEnd    bool   // "mid-year", "end-year": this year's, or last year's in a past-tense sentence
	dayOnly   bool   // "on the 28th": d of this month, the last or the next
	y2        int    // a year range's last year ("2014-2022")
	split     int    // byte offset where a day range's first end stops
	toStart   int    // byte offset where its second end starts
	holiday   *holiday
	nearest   bool       // a season with no year or shift: the nearest by tense
	latest    bool       // "the latest quarter": the last complete one
	yearEnd   bool       // "year-end": the last day of the year
	yearBack  bool       // "the same month last year": the anaphor's date a year before
	ambiguous bool       // numeric day/month order not decided by the text
	named     bool       // "9/11": a day that names an event, without "the ... attacks"
	onDay     bool       // "a year ago today": the day, not the unit, counted back
	weekOfMon int        // "the third week of March": 3; the last week, -1; the week, not the month
	dayShift  int        // "the day before last Tuesday": days off the date read
	event     *eventDate // "ten days before the murder": the date it came to
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
	// "a year earlier" in earnings reports refer to it; lastQuarterTok is
	// the token after it.
	lastQuarter    Date
	lastQuarterTok int
	// lastReported: lastQuarter has ended, or the text reports it in the
	// past tense ("reported fourth-quarter earnings"), rather than
	// expecting it.
	lastReported bool
	// reportedQ is the latest quarter reported, as lastReported tells:
	// "earned $46.9 million. In the year-ago period" compares with it
	// even after a forecast names "the third quarter of 1990".
	reportedQ Date
	// last is the latest date the text named, for "the next day", and
	// lastTok the token after it.
	last Date
	// lastFirm is the latest such date neither counted from another nor
	// compared with ("from 489,000 in January 1986"): what "the same week a
	// year ago" or "12 months earlier" count from. lastAnaphor: last was
	// counted from another.
	lastFirm    Date
	lastAnaphor bool
	// stated are the days the text gave with their year, in order, and
	// statedTok the token after the last.
	stated    []Date
	statedTok int
	// statedMonths are the months the text gave with their year.
	statedMonths []Date
	// backed: the mention just resolved is the period compared with,
	// a year back ("rose 4% from a year earlier"): it moves no story on.
	backed bool
	// lastNamed: last was stated as a calendar date ("February", "Aug.
	// 12", "2012"), not counted from publication like "Tuesday".
	lastNamed bool
	lastTok   int
	// lastYear is the year of the latest date stated with its year, and
	// lastYearTok the token after it: "April 1989, with others in May and
	// June" puts May and June in 1989.
	lastYear, lastYearTok int
	// lowerText: the text is written in lower case, so sentences start
	// with lower-case words.
	lowerText bool
	// monthsTok is the token after the latest span of months from the
	// year's start ("the first nine months"): "a year earlier" after it
	// compares years, not quarters.
	monthsTok int
	// prevQ is the latest quarter mention of any kind and prevQTok the
	// token after it: "the year-ago quarter, the second quarter ended
	// Oct. 31" is one quarter named three ways.
	prevQ      Date
	prevQTok   int
	prevQByEnd bool // prevQ was read off the end date after it
	// storyDay is the day an anniversary story is about: "Thirty-five years
	// ago tonight", "On this day in 1969". "That night" and "four days
	// later" count from it where the date named last is no day.
	storyDay Date
	// lastHalf is the latest half year a text reports as "the six months
	// to Dec. 31", and lastHalfTok the token after it.
	lastHalf    Date
	lastHalfTok int
	// anchorISO is the anchor's day written out, for the reasons of the
	// text's many mentions.
	anchorISO string
	anchorDay time.Time // the anchor's day, for rules that weigh recency
	// seen are the dates named so far, for "ten days before the murder".
	seen []seenDate
	// offsets are the minutes "19 minutes later" and "two hours earlier"
	// count, by the byte offset of their mention: clockOffsets counts them
	// from the clock time before, once clock times have their days.
	offsets []clockOffset
	// tenses memoises tokTense by token, offset by 2 so that 0 is unknown:
	// the tense rules read the same words around each mention many times.
	tenses []int8
	// men holds the mentions found, reused from text to text.
	men []Mention
}

// clockOffset is a count of minutes from the time named before, for the
// mention starting at byte start.
type clockOffset struct{ start, minutes int }

// Recognize finds every date expression in text and resolves it against
// the anchor. Mentions come in text order and never overlap.
func (r *Recognizer) Recognize(text string, a Anchor) []Mention {
	s, _ := r.scanners.Get().(*scanner)
	if s == nil {
		s = new(scanner)
	}
	defer func() {
		clear(s.toks) // drop references to text before pooling
		clear(s.seen)
		clear(s.men)
		*s = scanner{toks: s.toks[:0], seen: s.seen[:0], stated: s.stated[:0], statedMonths: s.statedMonths[:0], offsets: s.offsets[:0], tenses: s.tenses[:0], men: s.men[:0]}
		r.scanners.Put(s)
	}()
	*s = scanner{r: r, text: text, toks: lex(text, s.toks[:0]), seen: s.seen[:0], stated: s.stated[:0], statedMonths: s.statedMonths[:0], offsets: s.offsets[:0], anchorISO: ISO(Truncate(a.Day)), anchorDay: Truncate(a.Day), tenses: s.tenses[:0], men: s.men[:0]}
	s.tenses = append(s.tenses, make([]int8, len(s.toks))...)
	if s.lowerText = lowerCase(s.toks); s.lowerText {
		capitaliseNames(s.toks)
	}
	for k := range s.toks {
		s.toks[k].bits = triggers(&s.toks[k])
	}
	s.order, s.decided = s.numericOrder()
	out := s.men[:0] // the scanner's own, pooled: Recognize returns a copy of just the right size
	for i := 0; i < len(s.toks); {
		if s.toks[i].bits&^bHead == 0 {
			i++
			continue
		}
		m, ok := s.best(i)
		if !ok {
			i++
			continue
		}
		// A rule may read what is no date ("the 31st of February"): drop it.
		if s.title(m) || impossible(m.sp) {
			i = m.j
			continue
		}
		if s.quotedTitle(m) || s.holidayThing(m) || s.gamePeriod(m) {
			i = m.j
			continue
		}
		m = s.ofThatYear(m)
		if (m.sp.kind == specHoliday && !m.sp.weekOf || m.sp.kind == specAbs && m.sp.d > 0 && m.sp.d2 == 0 && !m.sp.clock) && s.is(m.j, "weekend") {
			m.j, m.sp.weekendOf = m.j+1, true // "the Fourth of July weekend", "Labor Day weekend"
			if s.is(m.i-1, "the") {
				m.i--
			}
		}
		s.backed = false
		if men := s.resolve(m, a); men.Date.Value != "" && (len(out) == 0 || out[len(out)-1].End <= men.Start) {
			// (a rule that reaches back, "twice daily", takes nothing
			// from the mention before)
			out = append(out, men)
			if !men.Date.Start.IsZero() && men.Date.Grain.Rank() <= GrainYear.Rank() && m.sp.kind != specRef && !m.sp.yearBack && !s.backed &&
				!(s.reportingDate(m) && !s.last.IsZero() && s.sentencesBetween(s.lastTok, m.i) <= 1) {
				// and the day a witness "testified yesterday that ..." is not
				// when what they told happened: the story's date stays
				// a comparison a year back ("the same week last year") moves no story on
				s.last, s.lastTok = men.Date, m.j
				s.lastAnaphor = m.sp.kind == specAnaphor
				s.lastNamed = (m.sp.kind == specAbs || m.sp.kind == specHalf && m.sp.y > 0) && !m.sp.clock && !s.compared(m.i) && !s.rangeEnd(m.i) && !(s.is(m.i-1, "since") && !(s.is(m.j, ",") && s.is(m.j+1, "when"))) // "the first rise since October 1985" is a record's; "since June 1986, when they rose" is not
				if m.sp.kind != specAnaphor && !s.compared(m.i) {
					s.lastFirm = men.Date
				}
			}
			if m.sp.kind == specAbs && m.sp.y > 0 && m.sp.d > 0 && m.sp.d2 == 0 && (men.Date.Grain == GrainDay || men.Date.Grain == GrainMinute) {
				s.stated = append(s.stated, men.Date) // "Oct. 7, 2023", for "the Oct. 7 attack" after it
				s.statedTok = m.j
			}
			if m.sp.kind == specAbs && m.sp.y > 0 && m.sp.m > 0 && m.sp.d == 0 && men.Date.Grain == GrainMonth {
				s.statedMonths = append(s.statedMonths, men.Date) // "November 2021", for "the November vote" after it
			}
			if m.sp.kind == specDuration && (m.sp.val == "P9M" || m.sp.val == "P6M") {
				s.monthsTok = m.j
			}
			if h, ok := s.sixMonthsTo(m, men.Date); ok {
				s.lastHalf, s.lastHalfTok = h, m.j // "the six months to Dec. 31 ... a year earlier"
			}
			if q, ok := s.threeMonthsTo(m, men.Date); ok {
				// "in the three months to June 30": the quarter the text
				// reports, which "a year earlier" compares with
				s.lastQuarter, s.lastQuarterTok, s.lastReported = q, m.j, true
			}
			if (m.sp.kind == specAbs && m.sp.m > 0 && !m.sp.sameMonth || m.sp.kind == specSeason) && m.sp.y > 0 && !s.comparedIn(m.i) {
				// and "in the summer of 1969, going on in the rain on Aug. 16"
				// but "from 100,000 in January 2021 to 3,500 in the week of
				// April 24": the date compared with lends no year
				s.lastYear, s.lastYearTok = m.sp.y, m.j // a year the text states
			}
			if m.sp.kind == specShift && m.sp.unit == unitYear && m.sp.n != 0 && men.Date.Grain == GrainYear && s.is(m.j, ",") && (m.i == 0 || s.boundary(m.i-1)) {
				// "Last year, it flew 118,000 passengers between Dec. 19 and
				// Jan. 4": a sentence that opens on the year sets it
				s.lastYear, s.lastYearTok = men.Date.Start.Year(), m.j
			}
			if !men.Date.Start.IsZero() && men.Range == nil && (men.Type == TypeDate || men.Type == TypeTime) && m.sp.kind != specEvent && !s.reportingDate(m) {
				// an event's date, but not one counted from another, nor the
				// day something was said
				s.seen = append(s.seen, seenDate{m.i, m.j, men.Date, m.sp.kind == specAnaphor})
			}
		}
		i = m.j
	}
	out = s.monthLists(s.joinRanges(s.quarterAppositions(s.joinClocks(s.clockOffsets(s.clockDays(s.partOfDayOf(out)))))), Truncate(a.Day))
	s.men = out
	return slices.Clone(out)
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
	bUnit                       // a unit of time: day, weeks

	// Not triggers but cues for the gate in best: bWeak marks a common
	// word that starts rules ("the", "in", "a") but is almost never a date's
	// first word; bHead marks a word that may follow one in a date and has
	// no trigger of its own ("the end of", "the present", "the near term").
	bWeak
	bHead
)

// weakWords and headWords: see bWeak and bHead.
var (
	weakWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "its": true, "that": true, "for": true, "these": true, "within": true, "new": true}
	headWords = map[string]bool{
		"beginning": true, "start": true, "end": true, "middle": true, "close": true, "turn": true, // partMods
		"latter": true, "half": true, // "the latter half of 1987"
		"present": true, "near": true, "immediate": true, "distant": true, "short": true, "long": true, "medium": true, "term": true,
		"morning": true, "afternoon": true, "evening": true, "night": true, // "that night"
	}
)

// triggers computes a token's trigger bits. A word's come from its
// keyword entry, which lex put in t.bits.
// reportingDate reports a relative day that dates a reporting verb before
// a "that" clause: "testified yesterday that", "said on Tuesday that".
func (s *scanner) reportingDate(m match) bool {
	if m.sp.kind != specRelDay && m.sp.kind != specWeekday || !s.is(m.j, "that") && !(s.is(m.j, ".") && s.boundaryAfter(m.j)) {
		return false // "said Tuesday that ...", "..., the agency said on Tuesday."
	}
	k := m.i - 1
	if s.is(k, "on") {
		k--
	}
	t := s.tok(k)
	return t != nil && (reportingVerbs[t.lower] || t.lower == "testified" || t.lower == "wrote")
}

// quotedTitle reports a day word quoted alone inside a sentence: a title
// ("the second season of \"Wednesday\"", "the \"Today\" show"), not a date.
func (s *scanner) quotedTitle(m match) bool {
	switch m.sp.kind {
	case specWeekday, specRelDay, specHoliday:
	default:
		return false
	}
	q := m.i // the title's first word: "\"The Long Tuesday,\" a novel"
	for q > m.i-4 && q > 0 && s.toks[q-1].kind == tokWord && s.toks[q-1].upper && s.toks[q-1].kw == kwNone && !prepositions[s.toks[q-1].lower] {
		q--
	}
	o, c := s.tok(q-1), s.tok(m.j)
	if o == nil || c == nil || o.text != "\"" && o.text != "“" || !s.adjacent(q) || !s.toks[m.i].upper {
		return false
	}
	k := m.j
	if c.text == "," && s.adjacent(m.j) {
		k++
		c = s.tok(k)
	}
	if c == nil || c.text != "\"" && c.text != "”" || !s.adjacent(k) {
		return false
	}
	if q < 2 || s.boundary(q-2) {
		// opening its sentence, a title only before a noun: "\"Wednesday\"
		// star Jenna Ortega"; not "\"Tomorrow,\" he said"
		n := s.tok(k + 1)
		return n != nil && n.kind == tokWord && !n.upper && !subjectPronouns[n.lower] && !reportingVerbs[n.lower] && s.tokTense(k+1) == 0
	}
	return true
}

// threeMonthsTo reports the calendar quarter that "the three months to
// June 30" or "the three months ended Sept. 30" name by its last day d.
func (s *scanner) threeMonthsTo(m match, d Date) (Date, bool) {
	if n, ok := s.monthsTo(m, d); ok && n == 3 {
		return QuarterDate(d.Start.Year(), int(d.Start.Month())/3), true
	}
	return Date{}, false
}

// sixMonthsTo reads "the six months to Dec. 31" as the half year it
// closes, which "a year earlier" compares with.
func (s *scanner) sixMonthsTo(m match, d Date) (Date, bool) {
	if n, ok := s.monthsTo(m, d); ok && n == 6 && int(d.Start.Month())%6 == 0 {
		return HalfDate(d.Start.Year(), int(d.Start.Month())/6), true
	}
	return Date{}, false
}

// monthsTo reads the count of months before "to", "ended" or "ending" and
// a quarter's last day: "the three months to June 30" is 3.
func (s *scanner) monthsTo(m match, d Date) (int, bool) {
	if m.sp.kind != specAbs || d.Grain != GrainDay || int(d.Start.Month())%3 != 0 || d.Start.AddDate(0, 0, 1).Day() != 1 {
		return 0, false
	}
	k := m.i - 1
	if !s.is(k, "to") && !s.is(k, "ended") && !s.is(k, "ending") || !s.is(k-1, "months") {
		return 0, false
	}
	switch {
	case s.is(k-2, "three"):
		return 3, true
	case s.is(k-2, "six"):
		return 6, true
	}
	return 0, false
}

// gamePeriod reports a quarter or half that is a game's or part of a
// compound word, not a year's: "tore a hamstring in the first quarter
// Sunday", "scored in the second half", "the second half of the match",
// "the quarter-finals".
func (s *scanner) gamePeriod(m match) bool {
	if (m.sp.kind == specQuarter || m.sp.kind == specHalf) && s.is(m.j, "-") && s.adjacent(m.j) && s.adjacent(m.j+1) && s.tok(m.j+1).kind == tokWord {
		return true // "the quarter-finals", "a quarter-point cut": a compound, no period
	}
	if m.sp.kind != specQuarter && m.sp.kind != specHalf || m.sp.y > 0 || m.sp.n == 0 {
		return false
	}
	k := m.j
	if s.is(k, "on") {
		k++
	}
	if t := s.tok(k); t != nil && t.kw == kwWeekday && t.upper && !s.is(m.i-1, "of") && !s.is(m.i-2, "of") && m.sp.mod == "" {
		return true // a calendar quarter has no day; but "the end of their first quarter Tuesday"
	}
	if s.is(m.j, "of") {
		// "the second half of the match", "of their final preseason game"
		for k := m.j + 1; k <= m.j+4 && !s.boundary(k); k++ {
			if gameNouns[s.toklower(k)] {
				return true
			}
			if t := s.tok(k); t == nil || t.kind != tokWord || t.kw != kwNone && !s.is(k, "final") {
				break
			}
		}
	}
	lo, hi := s.clause(m.i, m.j, 20)
	for k := lo; k < hi; k++ {
		if sportsWords[s.toks[k].lower] || s.score(k) {
			return true
		}
	}
	return false
}

// score reports a game's score at token k: "led 14-7"; not "1-1/2".
func (s *scanner) score(k int) bool {
	t := &s.toks[k]
	a, b, ok := strings.Cut(t.text, "-")
	if t.kind != tokNum || !ok || s.is(k+1, "/") || amountWords[s.toklower(k+1)] || rangeUnits[s.toklower(k+1)] {
		return false // not "a loss of 55-65 mln dlrs"
	}
	x, okA := digits(a)
	y, okB := digits(b)
	return okA && okB && x < 200 && y < 200
}

// rangeUnits after a span of numbers make it a range of amounts, with
// amountWords: "19-24 cts a share".
var rangeUnits = map[string]bool{"cts": true, "per": true, "a": true, "an": true, "shares": true, "points": true, "pts": true,
	"days": true, "weeks": true, "months": true, "years": true, "degrees": true, "pounds": true, "yen": true, "marks": true, "francs": true}

// gameNouns are what a half or quarter of play belongs to.
var gameNouns = map[string]bool{"game": true, "match": true, "contest": true, "final": true, "opener": true, "derby": true, "tie": true, "race": true}

// sportsWords in a clause make its quarters and halves a game's; not
// "rushing" or "sacked", which news uses of shipments and managers.
var sportsWords = map[string]bool{"scored": true, "touchdown": true, "touchdowns": true, "interception": true, "halftime": true,
	"rebounds": true, "kickoff": true, "fumble": true, "equaliser": true, "equalizer": true, "quarterback": true, "striker": true,
	"inning": true, "innings": true, "three-pointer": true, "layup": true, "dunk": true, "intercepted": true, "yards": true}

// holidayThing reports a holiday's name used for a kind of thing: "a
// Christmas action-comedy", "Christmas trees".
func (s *scanner) holidayThing(m match) bool {
	if m.sp.kind != specHoliday || m.sp.y > 0 {
		return false
	}
	if s.is(m.i-1, "a") || s.is(m.i-1, "an") {
		return true
	}
	return holidayThings[s.toklower(m.j)]
}

var holidayThings = map[string]bool{"tree": true, "trees": true, "card": true, "cards": true, "movie": true, "movies": true,
	"film": true, "films": true, "song": true, "songs": true, "carol": true, "carols": true, "decorations": true, "lights": true,
	"music": true, "special": true, "album": true, "sweater": true, "sweaters": true, "cake": true, "candy": true, "costume": true, "costumes": true}

// ofThatYear takes "of that year" or "of the same year" after a year-less
// month or day into it, in the year of the date named before: "The storm
// of 1993 hit on March 13 of that year".
func (s *scanner) ofThatYear(m match) match {
	if m.sp.kind != specAbs || m.sp.y != 0 || m.sp.m == 0 || !s.is(m.j, "of") || s.last.IsZero() || s.last.Grain.Rank() > GrainYear.Rank() {
		return m
	}
	j := m.j + 1
	switch {
	case s.is(j, "that") && s.is(j+1, "year"):
		j += 2
	case s.is(j, "the") && s.is(j+1, "same") && s.is(j+2, "year"):
		j += 3
	default:
		return m
	}
	m.j, m.sp.y, m.sp.thatYear = j, s.last.Start.Year(), true
	return m
}

// rangeEnd reports whether the date at token i closes a range, "April-June",
// "January/March", "from May to June": the range, not its end, is what a
// comparison after it refers to.
func (s *scanner) rangeEnd(i int) bool {
	for _, w := range [...]string{"-", "/", "–", "to", "through", "until", "and"} {
		if s.is(i-1, w) {
			return true
		}
	}
	return false
}

// lowerCase reports whether a text is written in lower case, as some
// feeds and transcripts are: among ten words or more, under one in 25
// capitalised (sentence starts alone make more in ordinary prose).
func lowerCase(toks []token) bool {
	words, upper := 0, 0
	for k := range toks {
		if toks[k].kind == tokWord {
			words++
			if toks[k].upper {
				if upper++; upper*25 >= len(toks) {
					return false // ordinary prose, known after a few sentences
				}
			}
		}
	}
	return words >= 10 && upper*25 < words
}

// capitaliseNames reads the month and weekday names and the holidays of a
// lower-case text as names ("in february", "on tuesday", "labor day"), but
// not "may" or "march", which are words too, nor abbreviations ("aug 724
// 734" in a price table).
func capitaliseNames(toks []token) {
	for k := range toks {
		if t := &toks[k]; (t.kw == kwMonth || t.kw == kwWeekday) && t.lower != "may" && t.lower != "march" {
			t.upper = true
		}
		// and the holidays of two words or more: "labor day", "election
		// day"; not "a good friday for us"
		for h := range holidays {
			w := holidays[h].words
			if len(w) < 2 || k+len(w) > len(toks) || toks[k].lower != w[0] || w[0] == "good" {
				continue
			}
			n := 0
			for n < len(w) && toks[k+n].lower == w[n] {
				n++
			}
			if n == len(w) {
				for n = range w {
					if toks[k+n].kind == tokWord {
						toks[k+n].upper = true
					}
				}
			}
		}
	}
}

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
	b := t.bits
	if !t.upper {
		b &^= bMonth | bWeekday // "may", "march", "sun": only names
	}
	if l := t.lower; t.upper && len(l) >= 2 && ((l[0] == 'q' || l[0] == 'h') && isDigit(l[1]) || l[0] == 'f' && l[1] == 'y' && (len(l) == 2 || isDigit(l[2]))) {
		b |= bMisc // Q3, H1, FY2026, FY; not "He", "House", "Fyodor"
	}
	return b
}

// wordBits computes the trigger bits of a keyword, as if capitalised; it
// runs once per keyword, when the table is built.
func wordBits(w string, c kwClass) uint32 {
	var b uint32
	switch c {
	case kwMonth, kwMonthAbbr:
		b |= bMonth
	case kwWeekday, kwWeekdayAbbr:
		b |= bWeekday
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
	case kwUnit:
		b |= bUnit
		if w[len(w)-1] == 's' {
			b |= bRef // "months ago"
		}
	case kwName:
		b |= bMisc
	}
	b |= wordTriggers[w]
	if weakWords[w] {
		b |= bWeak
	} else if headWords[w] {
		b |= bHead
	} else if decadeWords[w] != 0 {
		b |= bHead | bMisc // "Nineties nostalgia"
	}
	return b
}

// wordTriggers are bits that words have on top of their keyword class's
// ("the", "past", "early"); each of them gets a keyword entry.
var wordTriggers = map[string]uint32{
	"the":  bThe,
	"past": bLead | bRef, "coming": bLead | bRef, "upcoming": bLead | bRef, "previous": bLead | bRef,
	"following": bLead | bRef, "final": bLead | bRef,
	"latest":  bLead | bRef | bMisc,
	"midyear": bMod,
	"early":   bMod, "earlier": bMod, "late": bMod, "later": bMod, "mid": bMod, "end": bMod | bHead, "around": bMod, "sometime": bMod,
	"noon": bClock, "midday": bClock, "midnight": bClock, "half": bClock,
	"these": bRef, "for": bRef, "within": bRef,
	"every": bSet, "each": bSet, "per": bSet, "weekends": bSet,
	"another":  bNumber,
	"hourlong": bUnit, "daylong": bUnit, "weeklong": bUnit, "monthlong": bUnit, "yearlong": bUnit, "decadelong": bUnit,
	"that": bMisc, "in": bMisc, "its": bMisc, "fiscal": bMisc, "calendar": bMisc, "current": bMisc, "same": bMisc,
	"comparable": bMisc, "corresponding": bMisc, "year": bMisc, "weekend": bMisc,
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
	if bits&bWeak != 0 && !s.cueAhead(i) {
		// Nine in ten rule calls start on "the", "in" or "a"; a date that
		// starts there has a cue within the next three words.
		return best, false
	}
	if s.toks[i].kind == tokNum && !s.numberMayDate(i) {
		return best, false
	}
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

// cueAhead reports whether one of the three tokens after i may belong to a
// date: a trigger other than a weak word, or a head word.
func (s *scanner) cueAhead(i int) bool {
	for k := i + 1; k <= i+3 && k < len(s.toks); k++ {
		if b := s.toks[k].bits; b&bHead != 0 || b&bWeak == 0 && b != 0 {
			return true
		}
	}
	return false
}

// countedUnit reports a unit of time written out and in the plural at
// token k, which an amount before it counts: "10,000 years", not "78,000
// qtr".
func (s *scanner) countedUnit(k int) bool {
	switch s.toklower(k) {
	case "years", "months", "weeks", "days", "hours", "minutes", "seconds":
		return true
	}
	return false
}

// numberMayDate reports whether the number at token i may start a date. A
// grouped amount ("1,500") or a decimal that is no clock time ("2.5",
// "10.75", but not "11.30") starts none, unless a unit of time follows
// ("2.5 years"). A third of the numbers in wire copy are such.
func (s *scanner) numberMayDate(i int) bool {
	txt := s.toks[i].text
	dot, grouped := -1, false
	for k := 0; k < len(txt); k++ {
		switch txt[k] {
		case ',':
			grouped = true
		case '.':
			if dot >= 0 {
				return true // "08.01.2026"
			}
			dot = k
		case '/', ':', '-':
			return true
		}
	}
	_, _, clock := dottedClock(txt)
	if s.countedUnit(i+1) || (s.is(i+1, "million") || s.is(i+1, "billion")) && s.countedUnit(i+2) {
		return true // "2.5 years", "10,000 years ago", "3.2 million years ago": a count of units
	}
	return !grouped && (dot < 0 || clock)
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
		{(*scanner).decadeWord, bThe | bMisc},
		{(*scanner).eventOffset, bThe | bNum | bNumber}, // before quantity: "ten days" before the murder
		{(*scanner).quantity, bThe | bNum | bNumber | bLead | bShift},
		{(*scanner).bareAgo, bUnit},
		{(*scanner).quarter, bThe | bMisc | bOrdinal | bShift | bNum | bUnit},
		{(*scanner).monthQuarter, bThe},
		{(*scanner).modified, bMod | bThe},
		{(*scanner).thisPart, bShift},
		{(*scanner).clock, bNum | bClock | bNumber | bUnit},
		{(*scanner).ref, bThe | bRef},
		{(*scanner).set, bSet},
		{(*scanner).unitLong, bUnit},
		{(*scanner).theUnits, bThe},
		{(*scanner).midPart, bMod},
		{(*scanner).weekOf, bThe},
		{(*scanner).weekday, bWeekday},
		{(*scanner).dayHoliday, bUnit},
		{(*scanner).year, bNum | bMisc},
		{(*scanner).yearSpan, bNum},
		{(*scanner).decade, bThe | bApos | bNum},
		{(*scanner).shorthand, bNum | bMisc},
		{(*scanner).andDay, bNum},
		{(*scanner).seasonYear, bThe | bSeason},
		{(*scanner).bareSeason, bSeason},
		{(*scanner).dayOrdinal, bThe},
		{(*scanner).newYear, bMisc},
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

func (s *scanner) isYear(k int) bool { _, ok := s.yearAt(k); return ok }

// impossible reports whether an absolute date names a day its month does
// not have: "February 30, 2026", "31 April", "June 28-31". Rolled over by
// time.Date they would be bogus dates in March, May and July.
func impossible(sp spec) bool {
	if sp.kind != specAbs || sp.m < 1 || sp.m > 12 || sp.d == 0 {
		return false
	}
	most := daysIn(2000, time.Month(sp.m)) // a leap year: 29 February may be
	if sp.y > 0 {
		most = daysIn(sp.y, time.Month(sp.m))
	}
	return sp.d > most || sp.d2 > most
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
// nameHeads end a name that a capitalised date or length begins.
var nameHeads = map[string]bool{"war": true, "wars": true, "agreement": true, "accord": true, "accords": true,
	"show": true, "offensive": true, "revolution": true, "uprising": true, "massacre": true, "treaty": true}

func (s *scanner) title(m match) bool {
	if m.sp.kind == specAbs && m.sp.y > 0 {
		return false // a stated year is a date even in a title
	}
	words := 0
	for k := m.i; k < m.j; k++ {
		t := &s.toks[k]
		if t.kind == tokWord {
			if !t.upper && !(k == m.i && t.lower == "the") {
				return false
			}
			words++
		}
	}
	if words == 0 {
		return false
	}
	k := m.j
	if s.is(k, "'") || s.is(k, "’") {
		k++ // "The Seven Years' War"
	}
	if n := s.tok(k); n != nil && n.upper && nameHeads[n.lower] && (s.is(m.i, "the") || s.is(m.i-1, "the")) {
		return true // "the Six-Day War", "the Good Friday Agreement", "The Tonight Show"; not a headline's "Sign Two-Year Agreement"
	}
	if m.i == 0 || s.toks[m.i].nl {
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
