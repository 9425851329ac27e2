// Package csv writes chronology rows as RFC 4180 CSV: UTF-8, a header row,
// "\n" line ends, one line per event in the order given.
package csv

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/chrono-news/chrono/chrono"
)

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

// Write writes the header and one record per row to w, in the order given.
// The same rows always give the same bytes.
func Write(w io.Writer, rows []chrono.Row) error {
	cw := csv.NewWriter(w) // UseCRLF stays false: "\n" line ends
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("csv: header: %w", err)
	}
	for i, r := range rows {
		if err := cw.Write(Record(r)); err != nil {
			return fmt.Errorf("csv: row %d: %w", i+1, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
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
