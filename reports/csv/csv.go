package csv

import (
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/reports/formula"
)

// Options say how to write CSV; the zero value is plain UTF-8 with "\n"
// line ends, formulas neutralised.
type Options struct {
	Excel bool // a UTF-8 byte order mark and "\r\n" line ends
	Raw   bool // keep fields that begin like a formula as they are
}

// bom is the UTF-8 byte order mark, by which Excel recognises UTF-8 CSV.
const bom = "\ufeff"

// header is the column list; Header hands out copies so callers cannot
// change what Write emits.
var header = []string{
	"date",             // Mention.Date.Value: the TIMEX3 value as stated
	"start",            // Date.Start, YYYY-MM-DD
	"end",              // Date.End, YYYY-MM-DD
	"granularity",      // Date.Grain
	"resolution",       // Mention.Resolution
	"event",            // Event.Sentence on one line
	"source",           // Source.Title
	"published",        // Source.Published.Value; empty when undated
	"path",             // Source.Path
	"expression",       // Mention.Text
	"inferred",         // "yes" when dated against a guessed reference, not the article's own date
	"ambiguous",        // "yes" for a numeric date whose day/month order the text left open
	"stated",           // Mention.Stated: the value as stated, X where inferred (XXXX-01-06)
	"published_origin", // Source.PublishedOrigin: flag, metadata, dateline, filename, none
}

// Header returns the CSV column names in order.
func Header() []string { return append([]string(nil), header...) }

// Write writes the header and one record per row to w, in the order given,
// with the zero Options. The same rows always give the same bytes.
func Write(w io.Writer, rows []chrono.Row) error { return Options{}.Write(w, rows) }

// Write writes the header and one record per row to w, in the order given.
func (o Options) Write(w io.Writer, rows []chrono.Row) error {
	return o.write(w, header, func(yield func([]string, error) bool) {
		for _, r := range rows {
			if !yield(Record(r), nil) {
				return
			}
		}
	})
}

// Record returns the fields of r in Header order.
func Record(r chrono.Row) []string {
	m := r.Mention
	var src chrono.Document
	if r.Source != nil {
		src = *r.Source
	}
	return []string{
		m.Date.Value,
		chrono.ISO(m.Date.Start),
		chrono.ISO(m.Date.End),
		string(m.Date.Grain),
		string(m.Resolution),
		oneLine(r.Sentence),
		src.Title,
		src.Published.Value,
		src.Path,
		m.Text,
		yes(m.Inferred),
		yes(m.Ambiguous),
		m.Stated,
		string(src.PublishedOrigin),
	}
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

// oneLine collapses newlines and runs of spaces so that each event stays on
// one line for grep and spreadsheet users alike.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// entryHeader is the column list of WriteEntries: the columns of Write,
// filled from the entry (lists of every source joined with "; "), then the
// entry's own.
var entryHeader = append(Header(),
	"entry",      // Entry.Key, shown by 'chrono timeline'
	"headline",   // a few words for timeline tools
	"sources",    // distinct documents
	"mentions",   // events merged into the entry
	"conflict",   // "yes" when the sources give different days
	"dates",      // in a conflict, each date and how many sources give it
	"confidence", // 0..1
	"actors",     // "Name (kind); …"
	"analyst",    // "yes" when date is an analyst's correction
	"computed",   // chrono's own date, when an analyst corrected it
	"note",       // the analyst's note
	"sites",      // the sources' sites or outlets
	"urls",       // the sources' URLs
)

// EntryHeader returns the column names of WriteEntries.
func EntryHeader() []string { return append([]string(nil), entryHeader...) }

// WriteEntries writes the header and one record per entry, in the order
// given, with the zero Options.
func WriteEntries(w io.Writer, entries []chrono.Entry) error {
	return Options{}.WriteEntries(w, entries)
}

// WriteEntries writes the header and one record per entry, in the order given.
func (o Options) WriteEntries(w io.Writer, entries []chrono.Entry) error {
	return o.StreamEntries(w, chrono.EntrySeq(entries))
}

// StreamEntries writes the header and one record per entry of seq, as
// each comes.
func (o Options) StreamEntries(w io.Writer, seq iter.Seq2[*chrono.Entry, error]) error {
	return o.write(w, entryHeader, func(yield func([]string, error) bool) {
		for e, err := range seq {
			if err != nil {
				yield(nil, err)
				return
			}
			if !yield(EntryRecord(e), nil) {
				return
			}
		}
	})
}

// EntryRecord returns the fields of e in EntryHeader order.
func EntryRecord(e *chrono.Entry) []string {
	f := e.Flatten()
	d := e.Date
	return []string{
		d.Value, chrono.ISO(d.Start), chrono.ISO(d.End), string(d.Grain), string(e.Resolution),
		oneLine(e.Text), f.Titles, f.Published, f.Paths, f.Expressions, yes(f.Inferred), yes(f.Ambiguous), f.Stated, f.Origins,
		e.Key, e.Headline, strconv.Itoa(e.Sources), strconv.Itoa(len(e.Mentions)), yes(e.Conflict), f.Dates,
		strconv.FormatFloat(e.Confidence, 'f', 2, 64), f.Actors, yes(e.Analyst), e.Computed.Value, oneLine(e.Note),
		f.Sites, f.URLs,
	}
}

// WriteMentions writes one record per mention of each entry, with the zero
// Options: the columns of Write and the entry's key.
func WriteMentions(w io.Writer, entries []chrono.Entry) error {
	return Options{}.WriteMentions(w, entries)
}

// WriteMentions writes one record per mention of each entry: the columns
// of Write and the entry's key.
func (o Options) WriteMentions(w io.Writer, entries []chrono.Entry) error {
	return o.StreamMentions(w, chrono.EntrySeq(entries))
}

// StreamMentions writes one record per mention of each entry of seq, as
// each comes: the columns of Write and the entry's key.
func (o Options) StreamMentions(w io.Writer, seq iter.Seq2[*chrono.Entry, error]) error {
	return o.write(w, append(Header(), "entry"), func(yield func([]string, error) bool) {
		for e, err := range seq {
			if err != nil {
				yield(nil, err)
				return
			}
			for _, m := range e.Mentions {
				if !yield(append(Record(m), e.Key), nil) {
					return
				}
			}
		}
	})
}

// WriteTable writes header and records as they are, with o's line ends and
// neutralising: for other exports in CSV form (TimelineJS).
func (o Options) WriteTable(w io.Writer, header []string, records [][]string) error {
	return o.write(w, header, func(yield func([]string, error) bool) {
		for _, r := range records {
			if !yield(r, nil) {
				return
			}
		}
	})
}

// write writes header and the records, as they come; an error from them
// ends the output.
func (o Options) write(w io.Writer, header []string, records iter.Seq2[[]string, error]) error {
	if o.Excel {
		if _, err := io.WriteString(w, bom); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = o.Excel
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("csv: header: %w", err)
	}
	i := 0
	for rec, err := range records {
		if err != nil {
			return fmt.Errorf("csv: %w", err)
		}
		if !o.Raw {
			safe := make([]string, len(rec)) // the caller's records stay as given
			for k, f := range rec {
				safe[k] = formula.Neutralise(f)
			}
			rec = safe
		}
		i++
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("csv: row %d: %w", i, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}
