package chrono

import (
	"fmt"
	"strings"
	"time"
)

// Dates counted from an event that the text dates elsewhere: "ten days
// before the murder", "the day after his death", "in the weeks before the
// shooting". The event's date is that of an earlier sentence naming the
// event by the same noun or by its verb ("Slepian was shot to death on the
// night of Oct. 23"). Where no sentence does, the phrase is left to the
// other rules: "ten days" is then a length of time.

// seenDate is a date the text named, kept for the events that count from it.
type seenDate struct {
	i, j    int // its tokens
	d       Date
	anaphor bool // counted from another date: "the previous week"
}

// eventDate is what eventOffset read: the date it came to, and why.
type eventDate struct {
	d, base Date
	why     string
}

// eventOffset: "[the] ten days before the murder", "the day after his
// death", "the weeks before the shooting", "a week after Smith's arrest".
func (s *scanner) eventOffset(i int) (match, bool) {
	k := i
	n := 0 // -1: some ("the days before")
	switch c, next, ok := s.numberAt(k); {
	case s.is(k, "the"):
		k++
		n = 1 // "the day before", or "the days before" below
	case ok && c != 0:
		n, k = c, next
	default:
		return match{}, false
	}
	u := s.tok(k)
	if u == nil || u.kw != kwUnit || u.kv != unitDay && u.kv != unitWeek && u.kv != unitMonth && u.kv != unitYear {
		return match{}, false
	}
	unitTok := k
	plural := strings.HasSuffix(u.lower, "s")
	switch {
	case s.is(i, "the") && plural:
		n = -1
	case s.is(i, "the") && n == 1:
	case plural != (n != 1):
		return match{}, false // "one days", "two day"
	}
	k++
	dir := 0
	switch {
	case s.is(k, "before") || s.is(k, "preceding"):
		dir, k = -1, k+1
	case s.is(k, "prior") && s.is(k+1, "to"), s.is(k, "ahead") && s.is(k+1, "of"):
		dir, k = -1, k+2
	case s.is(k, "after") || s.is(k, "following"):
		dir, k = 1, k+1
	default:
		return match{}, false
	}
	noun, ok := s.eventNoun(k)
	if !ok {
		return match{}, false
	}
	base, ok := s.eventBase(i, noun, n > 0)
	if !ok {
		return match{}, false
	}
	d, why := offsetFrom(base, n, u.kv, dir, s.is(i, "the"))
	if d.IsZero() {
		return match{}, false
	}
	why = fmt.Sprintf("%s the %s, dated %s in an earlier sentence that names it", why, noun, base.Value)
	// The expression ends at its unit, as in TimeML: "before" is a signal
	// and "the murder" an event. The reason names them.
	return match{i, unitTok + 1, spec{kind: specEvent, event: &eventDate{d: d, base: base, why: why}}}, true
}

// eventNoun reads "the murder", "his death", "Slepian's arrest", "the
// fatal shooting" at token k and returns the noun.
func (s *scanner) eventNoun(k int) (noun string, ok bool) {
	switch t := s.tok(k); {
	case t == nil:
		return "", false
	case t.lower == "the" || t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "its":
		k++
	case t.kind == tokWord && t.upper && (s.is(k+1, "'") || s.is(k+1, "’")) && s.is(k+2, "s"):
		k += 3 // "Slepian's death"
	default:
		return "", false
	}
	w := s.tok(k)
	if !eventWord(w) {
		return "", false
	}
	// "the fatal shooting", "the central bank": an adjective, then the
	// noun; but "the trial began" ends at "trial", before its verb
	if n := s.tok(k + 1); eventWord(n) && adjective(w.lower) && verbTense(n.lower) == 0 {
		w, k = n, k+1
	}
	if !eventive(w.lower) {
		return "", false
	}
	return w.lower, true
}

// adjective guesses from its ending that w qualifies the noun after it.
func adjective(w string) bool {
	for _, suf := range []string{"al", "ful", "ous", "ive", "ic", "ed", "less", "ly"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// eventWord: a lower-case word that may name an event; of the keywords,
// only the first words of holidays' names ("election").
func eventWord(t *token) bool {
	return t != nil && t.kind == tokWord && !t.upper && (t.kw == kwNone || t.kw == kwName) && len(t.lower) >= 3 && !prepositions[t.lower]
}

// eventive reports whether a noun names a happening rather than a thing
// ("his team was blocked" counts from no event the noun names).
func eventive(noun string) bool {
	if eventVerbs[noun] != nil || eventNouns[noun] {
		return true
	}
	for _, suf := range []string{"tion", "sion", "ing", "ment", "al", "ure"} {
		if strings.HasSuffix(noun, suf) && len(noun) > len(suf)+2 {
			return true
		}
	}
	return false
}

// eventNouns are happenings with none of the endings eventive knows.
var eventNouns = setOf(`attack raid strike coup riot storm quake hurricane flood war trial verdict summit talks deal ceasefire truce launch visit speech debate poll referendum merger takeover rally protest fall win defeat victory crisis outbreak`)

// eventBase finds the date of the event the noun names: the nearest date
// in an earlier sentence that also has the noun or one of its verbs, and
// is not the date of a report ("police said Friday"). A date in the
// phrase's own sentence dates another happening: "Smith was shot dead on
// Oct. 23, ten days after the murder of his brother". A count of days
// needs a day ("10 days before"); "the weeks before" does with a month.
func (s *scanner) eventBase(i int, noun string, needDay bool) (Date, bool) {
	forms := eventForms(noun)
	start, _ := s.clause(i, i+1, len(s.toks))
	tried := 0
	for x := len(s.seen) - 1; x >= 0 && tried < 40; x-- {
		sd := s.seen[x]
		if sd.j > start {
			continue
		}
		tried++
		if sd.d.Grain != GrainDay && sd.d.Grain != GrainMinute && (needDay || sd.d.Grain != GrainMonth) || s.reportDate(sd.i, sd.j) {
			continue
		}
		// The event's word near the date, in its sentence: "was shot to
		// death on the night of Oct. 23", "the Oct. 23 slaying"; not "on
		// April 8, investigators [...] searched the site of the shooting".
		lo, hi := s.clause(sd.i, sd.j, eventReach)
		for k := lo; k < hi; k++ {
			if k >= sd.i && k < sd.j {
				continue
			}
			if forms.has(s.toks[k].lower) {
				d := sd.d
				if d.Grain == GrainMinute {
					d = DayDate(d.Start.Year(), d.Start.Month(), d.Start.Day())
				}
				return d, true
			}
		}
	}
	return Date{}, false
}

// eventReach is how many tokens from its date an event's word may be.
const eventReach = 8

// reportDate reports whether the date at tokens [i, j) dates a report
// rather than what it reports: "said Friday", "Friday, police said".
func (s *scanner) reportDate(i, j int) bool {
	for _, k := range []int{i - 1, i - 2, j, j + 1} {
		switch s.toklower(k) {
		case "said", "says", "told", "reported", "announced", "confirmed", "added":
			return true
		}
	}
	return false
}

// offsetFrom counts n units in direction dir from base. n -1 is "some"
// ("the days before"), which keeps only the base's month; "the week
// after" (the) is that week, where "a week after" is a day.
func offsetFrom(base Date, n, unit, dir int, the bool) (Date, string) {
	word := "after"
	if dir < 0 {
		word = "before"
	}
	name := unitNames[unit]
	if n < 0 {
		if unit != unitDay && unit != unitWeek {
			return Date{}, ""
		}
		return MonthDate(base.Start.Year(), base.Start.Month()), fmt.Sprintf("some %ss %s: the month of", name, word)
	}
	if base.Grain != GrainDay {
		return Date{}, ""
	}
	count := fmt.Sprintf("%d %ss %s", n, name, word)
	if n == 1 {
		count = fmt.Sprintf("a %s %s", name, word)
	}
	t := base.Start
	switch unit {
	case unitDay:
		t = t.AddDate(0, 0, dir*n)
	case unitWeek:
		t = t.AddDate(0, 0, 7*dir*n)
		if the {
			return WeekDate(t), fmt.Sprintf("the week %s", word)
		}
	case unitMonth:
		// on months alone: a month after March 31 is April, not May 1
		m := int(t.Month()) - 1 + dir*n
		y := t.Year() + floorDiv(m, 12)
		return MonthDate(y, time.Month(m-12*floorDiv(m, 12)+1)), count
	case unitYear:
		return YearDate(t.Year() + dir*n), count
	}
	return DayDate(t.Year(), t.Month(), t.Day()), count
}

var unitNames = map[int]string{unitDay: "day", unitWeek: "week", unitMonth: "month", unitYear: "year"}

// formSet is the words that name an event in the sentence that dates it.
type formSet struct {
	words map[string]bool
	stem  string // "arrest" in "arrested", "meet" in "meeting"
}

func (f formSet) has(w string) bool {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !f.words[w] {
		return false // "sniper shootings": other events
	}
	return f.words[w] || f.stem != "" && strings.HasPrefix(w, f.stem)
}

// eventForms are the noun itself, its stem ("resign" of "resignation")
// and, for the events news dates most, their verbs.
func eventForms(noun string) formSet {
	f := formSet{words: map[string]bool{noun: true}}
	for _, w := range eventVerbs[noun] {
		f.words[w] = true
	}
	stem := noun
	for _, suf := range []string{"ation", "ing", "ion", "ment", "al", "s"} {
		if strings.HasSuffix(stem, suf) && len(stem)-len(suf) >= 4 {
			stem = stem[:len(stem)-len(suf)]
			break
		}
	}
	if len(stem) >= 4 {
		f.stem = stem
	}
	return f
}

// eventVerbs name, by their verbs, the events whose nouns share no stem
// with them.
var eventVerbs = map[string][]string{
	"death":         {"died", "dies", "dead", "killed", "shot", "slain", "murdered"},
	"murder":        {"murdered", "killed", "shot", "slain", "slaying", "killing", "shooting"},
	"slaying":       {"slain", "killed", "shot", "murdered", "murder", "killing", "shooting"},
	"killing":       {"killed", "slain", "shot", "murdered", "murder", "slaying", "shooting"},
	"shooting":      {"shot", "gunned", "slaying", "killing", "murder"},
	"assassination": {"assassinated", "killed", "shot"},
	"bombing":       {"bombed", "blast", "exploded"},
	"blast":         {"exploded", "explosion", "bomb", "bombing"},
	"explosion":     {"exploded", "blast"},
	"election":      {"elected", "vote", "voted", "polls"},
	"vote":          {"voted", "election", "referendum"},
	"crash":         {"crashed"},
	"resignation":   {"resigned", "quit"},
	"departure":     {"left", "departed", "resigned"},
	"arrival":       {"arrived"},
	"invasion":      {"invaded"},
	"collapse":      {"collapsed"},
	"earthquake":    {"quake", "struck"},
	"fire":          {"blaze", "burned"},
}
