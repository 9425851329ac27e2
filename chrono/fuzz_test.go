package chrono_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// fuzzSeeds are inputs where the lexer and the rules have edges: dates in
// every form, numbers that are not dates, "may" the verb, clock times,
// non-ASCII letters, digits and spaces, long digit runs and bytes that are
// not UTF-8. They run as a plain test in `go test`; `go test -fuzz
// FuzzRecognize` mutates them.
var fuzzSeeds = []string{
	"",
	" ",
	"\n\n\n",
	"Leaders met on January 6 in Paris.",
	"It was signed on January 6, 2025, and ratified Jan. 6th, 2026.",
	"11:15 08.01.2026 •\nThe leaders announced today that they signed it.",
	"11:15 08.01.2026",
	"99:99 08.01.2026 and 24:00 08.01.2026 and 12:60 31.12.2025",
	"Sun Feb 20, 2011 6:47 pm EST",
	"26-FEB-1987 15:01:01.79",
	"January 8, 2026 at 11:15 a.m. and January 9, 2026, 6 pm GMT",
	"Tuesday, January 6, 2026; Tue. 6 Jan 2026; Thurs, 2026-01-08",
	"It may rain in May. March on, said the March 3 memo; may 5 or MAY 5?",
	"may", "May", "March", "in May", "mid-May", "mid-2025",
	"2026-01-08", "08.01.2026", "1/8/2026", "13/04/26", "03/04/2026", "04/13/2026 and 13/04/2026",
	"31/02/2026 2026-02-30 30.02.2026 00.00.0000 0000-01-01 2199-12-31 1000-01-01",
	"February 29 was a Sunday; February 29, 2024; Feb 29, 2025; 29 February",
	"3-10 2,000 1,500 troops 3.14 in 2000 troops 1.000.000 12:30:45 1-2-3-4",
	"the 1990s, the '90s, the ’80s, 1990s, fiscal 1998, 2026-year-old, 2026s",
	"summer 2025, the winter of 2024, this summer, last winter, next spring, in fall 2023",
	"three days ago, a year ago, 2 weeks ago, a decade ago, 999 years ago, 999 decades ago, 0 days ago",
	"last week, this weekend, next month, last quarter, next year, this decade, last days",
	"last Tuesday, next Friday, this Sunday, on Monday, last December, next March",
	"tonight yesterday tomorrow today Today TODAY",
	"March 3-10, March 3/10, the 6th of January, the 31st of February",
	"in 2019 since 1998 by 2030 until 1799 from 1800 through 2199 during 2200",
	strings.Repeat("9", 200),
	strings.Repeat("1", 4) + "-" + strings.Repeat("2", 40) + "-01",
	"12345678901234567890-12-01 2026-01-0812345 99999999/99/99",
	strings.Repeat("2026-01-08 ", 50),
	strings.Repeat("January ", 30) + "6",
	"Le 6 janvier 2026 à Paris — “January 6” et ’90s",
	"Ｊａｎｕａｒｙ ６, ２０２６ and ١٢/٠٤/٢٠٢٦ and 2026‐01‐08",
	"January\u00a06,\u20032026 and January\u2028 7",
	"İstanbul, January 6; Ja\u0301nuary 7; Ärger am 8. Januar",
	"January 6\xff2026",
	"\xffJanuary 6",
	"\xe2\x80",
	"January\xc0 6, 2026",
	"6\x80 January 2026",
	"today\xed\xa0\x80yesterday",
	"’", "'", "the", "fiscal", "'90", "’90s", "the '9",
	"3Q25 and 1H 2025, FY26, FY 2026, H2 2026, 9Q99, 0H00, FY, H1",
	"the day before last Tuesday, the day after 11.30am, 24.59 pm",
	"He was shot on Oct. 23. At 6 a.m. ten days before the shooting, the weeks after his death, a day after Smith's arrest",
	"6-8 January, 6th–8th March 2026, between 3 and 5 December, 31-1 May, 6 to 99 June, since March, this past weekend",
	"at 7:30 in the evening, 8 o'clock tonight, a quarter past nine, 5:30 every morning, from 6:00 to 9:00 p.m. on Jan. 20, a half hour, every summer, on weekends, a year ago today",
}

// The reference day of the fuzz checks: a Thursday.
var fuzzDay = chrono.Day(2026, 1, 8)

// The value regexps accept TIMEX3 values: calendar dates at any granularity with
// optional X placeholders (2026, 2026-01, 2026-01-06, 2026-W02, 2026-W02-WE,
// 2025-Q3, 2025-H1, 2025-SU, 199, 19, XXXX-WXX-2), an optional time or part of
// day (T11:15, TNI), the reference values, and durations (P3D, PT5H, PXY).
var (
	datePart = `(?:\d{2}|\d{3}|[\dX]{4}(?:-(?:` +
		`(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?` + // month, day
		`|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:WE|[1-7X]))?` + // week, weekend or weekday
		`|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)`
	timePart = `T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?|MO|MI|AF|EV|NI|DT)`
	refValue = `PRESENT_REF|PAST_REF|FUTURE_REF`

	pointRe    = regexp.MustCompile(`^(?:` + refValue + `|` + datePart + `(?:` + timePart + `)?)$`)
	timeRe     = regexp.MustCompile(`^` + datePart + timePart + `$`)
	durationRe = regexp.MustCompile(`^P(?:T?(?:\d+(?:\.\d+)?|X+)(?:CE|DE|ML|[YMWDQHS]))+$`)
)

// validValue reports whether v is a well-formed TIMEX3 value for type typ.
func validValue(typ, v string) bool {
	switch typ {
	case chrono.TypeDate:
		return pointRe.MatchString(v)
	case chrono.TypeTime:
		return timeRe.MatchString(v) || pointRe.MatchString(v) && strings.HasSuffix(v, "_REF")
	case chrono.TypeDuration:
		return durationRe.MatchString(v)
	case chrono.TypeSet:
		return pointRe.MatchString(v) || durationRe.MatchString(v)
	}
	return false
}

func TestValueRegexp(t *testing.T) {
	good := map[string][]string{
		chrono.TypeDate: {"2026", "2026-01", "2026-01-06", "2026-W02", "2026-W02-WE", "2025-Q3", "2025-H1",
			"2025-SU", "2025-WI", "199", "19", "XXXX-01-06", "19XX", "2026-01-XX", "PRESENT_REF", "PAST_REF", "FUTURE_REF"},
		chrono.TypeTime:     {"2026-01-08T11:15", "2026-01-08TNI", "2026-01-08TMO", "2026-01-08TAF", "2026-01-08TEV", "2026-01-08T11:15:30", "XXXX-XX-XXT09:00"},
		chrono.TypeDuration: {"P3D", "P2Y", "PT5H", "PXY", "P1M30S", "P1DT5H", "P2W", "P1.5Y", "P1DE", "PXD"},
		chrono.TypeSet:      {"XXXX-WXX-2", "P1W", "XXXX-XX-XX", "XXXX-XX-XXTNI"},
	}
	bad := map[string][]string{
		chrono.TypeDate:     {"", "-001", "-797", "2026-13", "2026-00", "2026-01-32", "2026-W54", "2026-Q5", "2026-H3", "20261", "2026-01-08x", "P3D", "2026-1-6", "today", "0001-01-01T"},
		chrono.TypeTime:     {"", "2026-01-08", "2026-01-08T25:00", "2026-01-08T11:60", "T11:15", "2026-01-08TXX"},
		chrono.TypeDuration: {"", "P", "PT", "P3", "3D", "P-3D", "2026"},
		chrono.TypeSet:      {"", "XXXX-WXX-8", "every week"},
		"EVENT":             {"2026"},
	}
	for typ, vs := range good {
		for _, v := range vs {
			if !validValue(typ, v) {
				t.Errorf("%s %q rejected", typ, v)
			}
		}
	}
	for typ, vs := range bad {
		for _, v := range vs {
			if validValue(typ, v) {
				t.Errorf("%s %q accepted", typ, v)
			}
		}
	}
}

// FuzzRecognize checks, for any text, the invariants of the public API:
// Recognize and Tag never panic; mentions lie inside the text on rune
// boundaries, in order and apart, with their own text, a TIMEX3 type and a
// well-formed value, and an interval that does not end before it starts;
// Tag reports the same mentions at code-point offsets.
func FuzzRecognize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	r := chrono.NewRecognizer("")
	f.Fuzz(func(t *testing.T, text string) {
		// Rune boundaries as utf8.RuneCountInString counts them: an invalid
		// byte is one rune of its own.
		boundary := make(map[int]int, len(text)+1) // byte offset -> code-point offset
		n := 0
		for i := range text {
			boundary[i] = n
			n++
		}
		boundary[len(text)] = n

		for _, a := range []chrono.Anchor{{Day: fuzzDay, Published: true}, {Day: fuzzDay}} {
			// A range is checked as the parts Tag reports: its two ends, or a
			// split year whole.
			var ms []chrono.Mention
			for _, m := range r.Recognize(text, a) {
				if m.Range == nil {
					ms = append(ms, m)
					continue
				}
				if want := m.Range.From.Date.Value + "/" + m.Range.To.Date.Value; m.Date.Value != want {
					t.Errorf("range %q has value %q, want %q", m.Text, m.Date.Value, want)
				}
				if m.Start != m.Range.From.Start || m.End != m.Range.To.End || m.Date.Start != m.Range.From.Date.Start || m.Date.End != m.Range.To.Date.End {
					t.Errorf("range %q [%d,%d) does not span its ends", m.Text, m.Start, m.End)
				}
				ms = append(ms, m.Parts()...)
			}
			for k, m := range ms {
				checkMention(t, text, boundary, m)
				if k > 0 && m.Start < ms[k-1].End {
					t.Errorf("mention %d %q [%d,%d) overlaps or precedes mention %d %q [%d,%d)",
						k, m.Text, m.Start, m.End, k-1, ms[k-1].Text, ms[k-1].Start, ms[k-1].End)
				}
			}
			if !a.Published {
				continue
			}
			// Tag with the same day as dct must report the same mentions.
			tags := r.Tag(text, fuzzDay)
			if len(tags) != len(ms) {
				t.Fatalf("Tag found %d timexes, Recognize %d mentions", len(tags), len(ms))
			}
			for k, tm := range tags {
				m := ms[k]
				if tm.Start != boundary[m.Start] || tm.End != boundary[m.End] {
					t.Errorf("timex %d %q at code points [%d,%d), want [%d,%d) (bytes [%d,%d))",
						k, tm.Text, tm.Start, tm.End, boundary[m.Start], boundary[m.End], m.Start, m.End)
				}
				if tm.Text != m.Text || tm.Type != m.Type || tm.Value != m.Date.Value {
					t.Errorf("timex %d is %q %s %q, mention %q %s %q", k, tm.Text, tm.Type, tm.Value, m.Text, m.Type, m.Date.Value)
				}
			}
		}

		// Tag without a publication date.
		runeStart := make([]int, 0, n+1) // code-point offset -> byte offset
		for i := range text {
			runeStart = append(runeStart, i)
		}
		runeStart = append(runeStart, len(text))
		prevEnd := 0
		for k, tm := range r.Tag(text, time.Time{}) {
			if tm.Start < prevEnd || tm.End <= tm.Start || tm.End > n {
				t.Fatalf("undated timex %d %q at code points [%d,%d): outside [%d,%d] or empty", k, tm.Text, tm.Start, tm.End, prevEnd, n)
			}
			prevEnd = tm.End
			if got := text[runeStart[tm.Start]:runeStart[tm.End]]; got != tm.Text {
				t.Errorf("undated timex %d at code points [%d,%d) has text %q, the text there is %q", k, tm.Start, tm.End, tm.Text, got)
			}
			if !validValue(tm.Type, tm.Value) {
				t.Errorf("undated timex %d %q: type %q value %q is not TIMEX3", k, tm.Text, tm.Type, tm.Value)
			}
		}
	})
}

// checkMention checks one mention against its text.
func checkMention(t *testing.T, text string, boundary map[int]int, m chrono.Mention) {
	t.Helper()
	if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
		t.Fatalf("mention %q at bytes [%d,%d) of %d", m.Text, m.Start, m.End, len(text))
	}
	if _, ok := boundary[m.Start]; !ok {
		t.Errorf("mention %q starts at byte %d, inside a rune", m.Text, m.Start)
	}
	if _, ok := boundary[m.End]; !ok {
		t.Errorf("mention %q ends at byte %d, inside a rune", m.Text, m.End)
	}
	if m.Text != text[m.Start:m.End] {
		t.Errorf("mention text %q, the text at [%d,%d) is %q", m.Text, m.Start, m.End, text[m.Start:m.End])
	}
	if !validValue(m.Type, m.Date.Value) {
		t.Errorf("mention %q: type %q value %q is not TIMEX3", m.Text, m.Type, m.Date.Value)
	}
	// What the text stated is a value too, X for what it did not state.
	if !validValue(m.Type, m.Stated) {
		t.Errorf("mention %q %s: stated %q is not TIMEX3", m.Text, m.Date.Value, m.Stated)
	}
	if m.Date.Value != "" && m.Date.End.Before(m.Date.Start) {
		t.Errorf("mention %q %s: interval %s..%s ends before it starts", m.Text, m.Date.Value, chrono.ISO(m.Date.Start), chrono.ISO(m.Date.End))
	}
	if m.Confidence < 0 || m.Confidence > 1 {
		t.Errorf("mention %q: confidence %v outside 0..1", m.Text, m.Confidence)
	}
	// A value chrono can parse back must mean the interval the mention has;
	// a clock time with no day ("at 11:15") carries the anchor's day in its
	// value but no interval, since it dates nothing in a chronology.
	if d, err := chrono.ParseValue(m.Date.Value); err == nil && !(m.Type == chrono.TypeTime && m.Date.Start.IsZero()) &&
		(!d.Start.Equal(m.Date.Start) || !d.End.Equal(m.Date.End)) {
		t.Errorf("mention %q %s: interval %s..%s, the value means %s..%s", m.Text, m.Date.Value,
			chrono.ISO(m.Date.Start), chrono.ISO(m.Date.End), chrono.ISO(d.Start), chrono.ISO(d.End))
	}
}
