package chrono

import (
	"fmt"
	"strings"
	"time"
)

// Why an analyst should check an entry's date (see Entry.ReviewReason).
const (
	ReviewConflict  = "date conflict"          // its sources give different days
	ReviewInferred  = "inferred reference"     // dated against a guessed reference
	ReviewAmbiguous = "ambiguous numeric date" // day/month order left open
)

// ReviewReason says why an analyst should check the entry's date: a
// conflict first, then an inferred or ambiguous mention; "" when there is
// nothing to check or an analyst has set the date.
func (e *Entry) ReviewReason() string {
	if e.Analyst {
		return ""
	}
	if e.Conflict {
		return ReviewConflict
	}
	inferred, ambiguous := e.flags()
	switch {
	case inferred:
		return ReviewInferred
	case ambiguous:
		return ReviewAmbiguous
	}
	return ""
}

// flags reports whether any mention is inferred, or ambiguous.
func (e *Entry) flags() (inferred, ambiguous bool) {
	for i := range e.Mentions {
		inferred = inferred || e.Mentions[i].Mention.Inferred
		ambiguous = ambiguous || e.Mentions[i].Mention.Ambiguous
	}
	return inferred, ambiguous
}

// Checks lists what a reader should know about the entry's date, in a few
// words each: the analyst's correction, a conflict with its dates, an
// inferred or ambiguous mention, an exclusion.
func (e *Entry) Checks() []string {
	var notes []string
	if e.Analyst {
		notes = append(notes, "analyst's date (chrono: "+e.Computed.Value+")")
	}
	if e.Conflict {
		var ds []string
		for _, d := range e.Dates {
			ds = append(ds, fmt.Sprintf("%s (%d)", d.Date.Value, len(d.Documents)))
		}
		notes = append(notes, "conflict: "+strings.Join(ds, " vs "))
	}
	inferred, ambiguous := e.flags()
	if inferred {
		notes = append(notes, ReviewInferred)
	}
	if ambiguous {
		notes = append(notes, ReviewAmbiguous)
	}
	if e.Excluded {
		notes = append(notes, "excluded")
	}
	return notes
}

// CitedDocuments returns the documents of docs that entries cite, in the
// order of docs: the sources of an export.
func CitedDocuments(entries []Entry, docs []*Document) []*Document {
	cited := map[int64]bool{}
	for i := range entries {
		for _, m := range entries[i].Mentions {
			if m.Source != nil {
				cited[m.Source.ID] = true
			}
		}
	}
	var out []*Document
	for _, d := range docs {
		if cited[d.ID] {
			out = append(out, d)
		}
	}
	return out
}

// Display writes d for readers, as precise as it is: "6 January 2026",
// "December 2025", "2025", "Q3 2025", "summer 2025", "the 2010s", "the
// 19th century", "week of 5 January 2026", "6 January 2026, 11:15"; a
// range gives both ends, "6–8 January 2026".
func (d Date) Display() string {
	if d.IsZero() {
		return ""
	}
	day := func(t time.Time) string { return fmt.Sprintf("%d %s %d", t.Day(), t.Month(), t.Year()) }
	if from, to, ok := strings.Cut(d.Value, "/"); ok { // a range: each end at its own grain
		a, b := d.Start, d.End
		if d.Grain == GrainDay && a.Year() == b.Year() && a.Month() == b.Month() {
			return fmt.Sprintf("%d–%s", a.Day(), day(b))
		}
		fd, errA := ParseValue(from)
		td, errB := ParseValue(to)
		if errA != nil || errB != nil {
			return d.Value
		}
		return fd.Display() + " – " + td.Display()
	}
	s := d.Start
	switch d.Grain {
	case GrainMinute:
		if i := strings.IndexByte(d.Value, 'T'); i > 0 {
			return day(s) + ", " + d.Value[i+1:]
		}
		return day(s)
	case GrainDay:
		return day(s)
	case GrainWeek:
		return "week of " + day(s)
	case GrainMonth:
		return fmt.Sprintf("%s %d", s.Month(), s.Year())
	case GrainQuarter:
		return fmt.Sprintf("Q%d %d", (int(s.Month())-1)/3+1, s.Year())
	case GrainHalf:
		return fmt.Sprintf("H%d %d", (int(s.Month())-1)/6+1, s.Year())
	case GrainSeason:
		return fmt.Sprintf("%s %d", season(d.Value), s.Year())
	case GrainYear:
		return fmt.Sprintf("%d", s.Year())
	case GrainDecade:
		return fmt.Sprintf("the %ds", s.Year())
	case GrainCentury:
		return "the " + ordinal(s.Year()/100+1) + " century"
	}
	return d.Value
}

// season names the season of a TIMEX3 value such as 2025-SU.
func season(value string) string {
	switch {
	case strings.HasSuffix(value, "SP"):
		return "spring"
	case strings.HasSuffix(value, "SU"):
		return "summer"
	case strings.HasSuffix(value, "FA"):
		return "autumn"
	case strings.HasSuffix(value, "WI"):
		return "winter"
	}
	return "season"
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
