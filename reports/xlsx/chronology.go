package xlsx

import (
	"iter"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
)

// chronologyColumns: what a briefing reads first, then the evidence.
var chronologyColumns = []column{
	{"Date", 12, false},     // Date.Start as a date cell, formatted by granularity
	{"Sort key", 22, false}, // ISO interval start/end: sorts as the chronology does
	{"Headline", 30, true},
	{"Event", 60, true},       // the clearest sentence
	{"Source", 30, true},      // the first source with a URL, linked; else the first source
	{"Sources", 8, false},     // number of distinct documents
	{"Confidence", 11, false}, // number 0..1
	{"Precision", 10, false},  // granularity
	{"Check", 28, true},       // analyst's date, conflict, inferred or ambiguous, excluded
	{"Note", 28, true},        // the analyst's note
	{"Analyst", 8, false},     // "yes": the date is an analyst's correction
	{"Computed", 12, false},   // chrono's own date when corrected
	{"Actors", 36, true},
	{"Value", 16, false}, // TIMEX3 value
	{"Start", 12, false}, // date cell
	{"End", 12, false},   // date cell
	{"Resolution", 22, false},
	{"Expression", 20, false},
	{"Stated", 14, false},    // the value as stated, X where inferred
	{"Inferred", 9, false},   // "yes": a mention dated against a guessed reference
	{"Ambiguous", 10, false}, // "yes": numeric day/month order left open
	{"Conflict", 9, false},   // "yes": the sources give different days
	{"Dates", 30, false},     // in a conflict, each date and its sources
	{"All sources", 40, false},
	{"Outlets", 20, false},
	{"URLs", 40, false},
	{"Published", 18, false}, // TIMEX3 values of the publication dates
	{"Published from", 15, false},
	{"Paths", 40, false},
	{"Mentions", 9, false}, // events merged into the entry
	{"Entry", 22, false},   // the entry's key, as 'chrono timeline' shows it
}

// chronologyPrinted is how many columns print: Date to Check.
const chronologyPrinted = 9

// ChronologyHeader returns the column titles of the Chronology sheet.
func ChronologyHeader() []string { return titles(chronologyColumns) }

// chronology streams the entries of seq, a row each, into g as well.
func (b *book) chronology(seq iter.Seq2[*chrono.Entry, error], g *gathered) error {
	tw, err := b.startTable(table{sheet: SheetChronology, name: "ChronologyTable", cols: chronologyColumns, print: chronologyPrinted})
	if err != nil {
		return err
	}
	for e, err := range seq {
		if err != nil {
			return err
		}
		if err := tw.row(func(cells []excelize.Cell) { b.chronologyRow(e, cells) }); err != nil {
			return err
		}
		if err := g.add(e); err != nil {
			return err
		}
	}
	return tw.end()
}

func (b *book) chronologyRow(e *chrono.Entry, cells []excelize.Cell) {
	d := e.Date
	f := e.Flatten()
	st := b.st
	copy(cells, []excelize.Cell{
		b.date(d.Start, st.date(d.Grain)),
		b.text(chrono.ISO(d.Start)+"/"+chrono.ISO(d.End), st.text),
		b.text(e.Headline, st.wrap),
		b.text(oneLine(e.Text), st.wrap),
		b.source(e),
		number(float64(e.Sources), st.text),
		number(e.Confidence, st.score),
		b.text(string(d.Grain), st.text),
		b.text(strings.Join(e.Checks(), "; "), st.wrap),
		b.text(oneLine(e.Note), st.wrap),
		b.text(yes(e.Analyst), st.text),
		b.text(e.Computed.Value, st.text),
		b.text(f.Actors, st.wrap),
		b.text(d.Value, st.text),
		b.date(d.Start, st.day),
		b.date(d.End, st.day),
		b.text(string(e.Resolution), st.text),
		b.text(f.Expressions, st.text),
		b.text(f.Stated, st.text),
		b.text(yes(f.Inferred), st.text),
		b.text(yes(f.Ambiguous), st.text),
		b.text(yes(e.Conflict), st.text),
		b.text(f.Dates, st.text),
		b.text(f.Titles, st.text),
		b.text(f.Sites, st.text),
		b.text(f.URLs, st.text),
		b.text(f.Published, st.text),
		b.text(f.Origins, st.text),
		b.text(f.Paths, st.text),
		number(float64(len(e.Mentions)), st.text),
		b.text(e.Key, st.text),
	})
}

// source is the entry's source cell: the first source with a URL, linked
// to it, else the first source's title.
func (b *book) source(e *chrono.Entry) excelize.Cell {
	var first *chrono.Document
	for _, m := range e.Mentions {
		if m.Source == nil {
			continue
		}
		if first == nil {
			first = m.Source
		}
		if linkable(m.Source.URL) {
			return b.link(m.Source.URL, m.Source.Title)
		}
	}
	if first == nil {
		return b.text("", b.st.wrap)
	}
	return b.text(first.Title, b.st.wrap)
}

// reviewColumns: one row per mention of each entry to check.
var reviewColumns = []column{
	{"Entry", 22, false},
	{"Check", 22, false}, // why: date conflict, inferred reference, ambiguous numeric date
	{"Entry date", 12, false},
	{"Headline", 30, true},
	{"Dates", 28, true}, // in a conflict, each date and its sources
	{"Mention date", 12, false},
	{"Value", 16, false},
	{"Resolution", 24, false},
	{"Expression", 16, false},
	{"Source", 30, true},
	{"Published", 16, false},
	{"Sentence", 60, true},
	{"Why", 40, true}, // how chrono dated the mention
}

// ReviewHeader returns the column titles of the Review sheet.
func ReviewHeader() []string { return titles(reviewColumns) }

// reviewLine is one row of Review, one mention of an entry to check, as
// the sheet shows it: what a spool keeps of the entry (see spool).
type reviewLine struct {
	Entry, Reason, Headline, Dates string
	Start, MentionStart            time.Time
	Grain, MentionGrain            chrono.Grain
	Value, Resolution, Expression  string
	URL, Title, Published          string
	Sentence, Why                  string
}

// reviewLines returns the rows of Review for e, an entry to check for
// reason.
func reviewLines(e *chrono.Entry, reason string) []reviewLine {
	dates := e.Flatten().Dates
	out := make([]reviewLine, len(e.Mentions))
	for i, r := range e.Mentions {
		m := r.Mention
		res := string(m.Resolution)
		if m.Inferred && m.Resolution != chrono.RelativeToReference {
			res += " (from reference)"
		}
		if m.Ambiguous {
			res += " (ambiguous)"
		}
		var src chrono.Document
		if r.Source != nil {
			src = *r.Source
		}
		out[i] = reviewLine{
			Entry: e.Key, Reason: reason, Headline: e.Headline, Dates: dates,
			Start: e.Date.Start, Grain: e.Date.Grain, MentionStart: m.Date.Start, MentionGrain: m.Date.Grain,
			Value: m.Date.Value, Resolution: res, Expression: m.Text,
			URL: src.URL, Title: src.Title, Published: src.Published.Value,
			Sentence: oneLine(r.Sentence), Why: m.Why,
		}
	}
	return out
}

// review writes the mentions of the entries an analyst should check, as
// 'chrono review' lists them: conflicts first, then inferred and ambiguous
// dates.
func (b *book) review(g *gathered) error {
	tw, err := b.startTable(table{sheet: SheetReview, name: "ReviewTable", cols: reviewColumns})
	if err != nil {
		return err
	}
	for _, s := range []*spool{&g.conflicts, &g.others} {
		err := s.each(func(r *reviewLine) error {
			return tw.row(func(cells []excelize.Cell) { b.reviewRow(r, cells) })
		})
		if err != nil {
			return err
		}
	}
	return tw.end()
}

func (b *book) reviewRow(r *reviewLine, cells []excelize.Cell) {
	st := b.st
	copy(cells, []excelize.Cell{
		b.text(r.Entry, st.text),
		b.text(r.Reason, st.text),
		b.date(r.Start, st.date(r.Grain)),
		b.text(r.Headline, st.wrap),
		b.text(r.Dates, st.wrap),
		b.date(r.MentionStart, st.date(r.MentionGrain)),
		b.text(r.Value, st.text),
		b.text(r.Resolution, st.text),
		b.text(r.Expression, st.text),
		b.link(r.URL, r.Title),
		b.text(r.Published, st.text),
		b.text(r.Sentence, st.wrap),
		b.text(r.Why, st.wrap),
	})
}
