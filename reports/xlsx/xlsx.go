// Package xlsx writes chronology entries and their sources as an Excel
// workbook. Dates are real date cells (numeric serials with a date number
// format), so they sort, filter and compute in Excel and LibreOffice.
package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
)

// Sheet names, in workbook order.
const (
	SheetChronology = "Chronology"
	SheetSources    = "Sources"
)

// Number formats of the date cells.
const (
	fmtDay       = "yyyy-mm-dd"
	fmtMonth     = "mmm yyyy"
	fmtYear      = "yyyy"
	fmtTimestamp = "yyyy-mm-dd hh:mm"
)

// column is one column of a sheet: its header and its width in characters.
type column struct {
	title string
	width float64
}

var chronologyColumns = []column{
	{"Date", 12},  // serial of Date.Start, formatted by granularity
	{"Value", 18}, // TIMEX3 value as stated
	{"Start", 12}, // date cell
	{"End", 12},   // date cell
	{"Granularity", 12},
	{"Resolution", 24},
	{"Event", eventWidth}, // wrapped
	{"Expression", 24},
	{"Source", 40},    // document title
	{"Published", 18}, // TIMEX3 value of the publication date
	{"Path", 40},
	{"Inferred", 9},   // "yes": dated against a guessed reference
	{"Ambiguous", 10}, // "yes": numeric day/month order left open
	{"Stated", 14},    // the value as stated, X where inferred
	{"Entry", 22},     // the entry's key, as 'chrono timeline' shows it
	{"Headline", 40},
	{"Sources", 8},     // number
	{"Mentions", 9},    // number
	{"Conflict", 9},    // "yes": the sources give different days
	{"Dates", 30},      // in a conflict, each date and its sources
	{"Confidence", 11}, // number 0..1
	{"Actors", 40},
	{"Analyst", 8},   // "yes": the date is an analyst's correction
	{"Computed", 14}, // chrono's own date when corrected
	{"Note", 40},
}

var sourceColumns = []column{
	{"Title", 50},
	{"Path", 40},
	{"Published", 18},      // TIMEX3 value
	{"Published from", 15}, // origin: flag, dateline, filename, none
	{"Reference", 12},      // ISO day relative dates used, for undated documents
	{"Byline", 24},
	{"Ingested", 17}, // date cell, UTC
	{"Site", 20},     // site name or outlet, from the page or feed
	{"URL", 40},      // canonical URL
}

// ChronologyHeader returns the column titles of the Chronology sheet.
func ChronologyHeader() []string { return titles(chronologyColumns) }

// SourcesHeader returns the column titles of the Sources sheet.
func SourcesHeader() []string { return titles(sourceColumns) }

func titles(cols []column) []string {
	t := make([]string, len(cols))
	for i, c := range cols {
		t[i] = c.title
	}
	return t
}

// Write writes a workbook with a Chronology sheet holding entries in the
// order given and a Sources sheet holding docs, and copies it to w.
func Write(w io.Writer, entries []chrono.Entry, docs []*chrono.Document) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := build(f, entries, docs); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	return nil
}

func build(f *excelize.File, entries []chrono.Entry, docs []*chrono.Document) error {
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	// Renaming the default sheet keeps Chronology first and active.
	if err := f.SetSheetName("Sheet1", SheetChronology); err != nil {
		return err
	}
	if _, err := f.NewSheet(SheetSources); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	b := &book{f: f, st: st}
	if err := b.chronology(entries); err != nil {
		return fmt.Errorf("%s: %w", SheetChronology, err)
	}
	if err := b.sources(docs); err != nil {
		return fmt.Errorf("%s: %w", SheetSources, err)
	}
	return nil
}

// book writes cells of one workbook with a shared set of styles.
type book struct {
	f  *excelize.File
	st *styles
}

func (b *book) chronology(entries []chrono.Entry) error {
	const sheet = SheetChronology
	if err := b.layout(sheet, chronologyColumns, len(entries)); err != nil {
		return err
	}
	for i := range entries {
		if err := b.chronologyRow(i+2, &entries[i]); err != nil {
			return fmt.Errorf("row %d: %w", i+1, err)
		}
	}
	return nil
}

// eventWidth is the Event column's width in characters.
const eventWidth = 80

// rowHeight is the height in points that shows text wrapped in the Event
// column: spreadsheet programs do not all grow rows to fit wrapped text.
func rowHeight(text string) float64 {
	lines := (utf8.RuneCountInString(text)*11/10)/eventWidth + 1
	return float64(lines) * 15
}

func (b *book) chronologyRow(n int, e *chrono.Entry) error {
	d := e.Date
	f := e.Flatten()
	st := b.st
	if err := b.f.SetRowHeight(SheetChronology, n, rowHeight(oneLine(e.Text))); err != nil {
		return err
	}
	return b.row(SheetChronology, n, []cell{
		{d.Start, st.date(d.Grain)},
		{d.Value, st.text},
		{d.Start, st.day},
		{d.End, st.day},
		{string(d.Grain), st.text},
		{string(e.Resolution), st.text},
		{oneLine(e.Text), st.wrap},
		{f.Expressions, st.text},
		{f.Titles, st.text},
		{f.Published, st.text},
		{f.Paths, st.text},
		{yes(f.Inferred), st.text},
		{yes(f.Ambiguous), st.text},
		{f.Stated, st.text},
		{e.Key, st.text},
		{e.Headline, st.text},
		{float64(e.Sources), st.text},
		{float64(len(e.Mentions)), st.text},
		{yes(e.Conflict), st.text},
		{f.Dates, st.text},
		{e.Confidence, st.text},
		{f.Actors, st.text},
		{yes(e.Analyst), st.text},
		{e.Computed.Value, st.text},
		{oneLine(e.Note), st.wrap},
	})
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

func (b *book) sources(docs []*chrono.Document) error {
	const sheet = SheetSources
	if err := b.layout(sheet, sourceColumns, len(docs)); err != nil {
		return err
	}
	for i, d := range docs {
		if err := b.sourceRow(i+2, source(d)); err != nil {
			return fmt.Errorf("row %d: %w", i+1, err)
		}
	}
	return nil
}

func (b *book) sourceRow(n int, d chrono.Document) error {
	var ref string
	if d.Published.IsZero() { // the reference only matters for undated documents
		ref = chrono.ISO(d.Reference)
	}
	st := b.st
	return b.row(SheetSources, n, []cell{
		{d.Title, st.text},
		{d.Path, st.text},
		{d.Published.Value, st.text},
		{string(d.PublishedOrigin), st.text},
		{ref, st.text},
		{d.Byline, st.text},
		{d.IngestedAt.UTC(), st.timestamp}, // Excel has no time zones: store UTC
		{d.Site, st.text},
		{d.URL, st.text},
	})
}

// layout writes the bold header, freezes it, sets the column widths and puts
// filter buttons on it over the header and the rows data rows below.
func (b *book) layout(sheet string, cols []column, rows int) error {
	for i, c := range cols {
		if err := b.put(sheet, i+1, 1, cell{c.title, b.st.header}); err != nil {
			return err
		}
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := b.f.SetColWidth(sheet, name, name, c.width); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(cols), rows+1)
	if err != nil {
		return err
	}
	used := "A1:" + last
	// excelize leaves the dimension at A1; readers that trust it would
	// see an empty sheet.
	if err := b.f.SetSheetDimension(sheet, used); err != nil {
		return err
	}
	if err := b.f.AutoFilter(sheet, used, nil); err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	if err := b.printLayout(sheet); err != nil {
		return fmt.Errorf("page layout: %w", err)
	}
	return b.f.SetPanes(sheet, &excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

// printLayout prints a sheet landscape, one page wide, with the header
// row repeated on every page, so that a printed briefing stays readable.
func (b *book) printLayout(sheet string) error {
	landscape, wide, tall, fit := "landscape", 1, 0, true
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet})
}

// cell is one value to write with its style: a string, a number, or a
// time.Time written as a date cell.
type cell struct {
	value any
	style int
}

// row writes cells into row n from column A on.
func (b *book) row(sheet string, n int, cells []cell) error {
	for i, c := range cells {
		if err := b.put(sheet, i+1, n, c); err != nil {
			return err
		}
	}
	return nil
}

// put writes one cell and applies its style.
func (b *book) put(sheet string, col, row int, c cell) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	switch v := c.value.(type) {
	case string:
		err = b.text(sheet, ref, v)
	case time.Time:
		err = b.date(sheet, ref, v)
	case float64:
		err = b.f.SetCellFloat(sheet, ref, v, -1, 64)
	default:
		err = fmt.Errorf("%s: unsupported value %T", ref, v)
	}
	if err != nil {
		return err
	}
	return b.f.SetCellStyle(sheet, ref, ref, c.style)
}

// text writes a string cell; strings stay strings even when they look like
// numbers ("2026" as a TIMEX3 value is text, not a number).
func (b *book) text(sheet, ref, s string) error {
	if s == "" {
		return nil
	}
	return b.f.SetCellStr(sheet, ref, s)
}

// date writes t as a numeric serial, to be shown through a date style. Days
// Excel cannot hold (before 1900 or after 9999) fall back to ISO text; the
// zero time leaves the cell empty.
func (b *book) date(sheet, ref string, t time.Time) error {
	if v, ok := serial(t); ok {
		return b.f.SetCellFloat(sheet, ref, v, -1, 64)
	}
	if t.IsZero() {
		return nil
	}
	return b.f.SetCellStr(sheet, ref, chrono.ISO(t))
}

var (
	excelEpoch = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)
	excelFirst = chrono.Day(1900, time.January, 1)
	excelLeap  = chrono.Day(1900, time.March, 1)
	excelEnd   = chrono.Day(10000, time.January, 1)
)

// serial returns the 1900-system Excel serial of t's wall clock. Unix
// seconds are used because time.Duration cannot span 8000 years.
func serial(t time.Time) (float64, bool) {
	wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	if wall.Before(excelFirst) || !wall.Before(excelEnd) {
		return 0, false
	}
	days := float64(wall.Unix()-excelEpoch.Unix()) / 86400
	if wall.Before(excelLeap) {
		days-- // Excel counts a 29 February 1900 that never was
	}
	return days, true
}

// styles are the cell style ids of one workbook.
type styles struct {
	header, text, wrap int
	day, month, year   int // date cells by display precision
	timestamp          int
}

// date returns the Date-column style for a granularity: as precise as the
// text was, so that "December 2025" does not show as 2025-12-01.
func (s *styles) date(g chrono.Grain) int {
	switch g {
	case chrono.GrainMonth:
		return s.month
	case chrono.GrainQuarter, chrono.GrainSeason, chrono.GrainHalf,
		chrono.GrainYear, chrono.GrainDecade, chrono.GrainCentury:
		return s.year
	}
	return s.day // day, minute, week and anything unknown
}

func newStyles(f *excelize.File) (*styles, error) {
	top := &excelize.Alignment{Vertical: "top"}
	var s styles
	for _, d := range []struct {
		id    *int
		style excelize.Style
	}{
		{&s.header, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top}},
		{&s.text, excelize.Style{Alignment: top}},
		{&s.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.day, dateStyle(fmtDay)},
		{&s.month, dateStyle(fmtMonth)},
		{&s.year, dateStyle(fmtYear)},
		{&s.timestamp, dateStyle(fmtTimestamp)},
	} {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return nil, fmt.Errorf("style: %w", err)
		}
		*d.id = id
	}
	return &s, nil
}

func dateStyle(format string) excelize.Style {
	return excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}}
}

// source dereferences a row's document; a missing one gives empty cells.
func source(d *chrono.Document) chrono.Document {
	if d == nil {
		return chrono.Document{}
	}
	return *d
}

// oneLine collapses newlines and runs of spaces, as the CSV export does.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
