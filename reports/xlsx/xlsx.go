package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/reports/formula"
)

// Sheet names, in workbook order.
const (
	SheetChronology = "Chronology"
	SheetReview     = "Review"
	SheetSources    = "Sources"
	SheetSummary    = "Summary"
	SheetAbout      = "About"
)

// Sheets returns the sheet names in workbook order.
func Sheets() []string {
	return []string{SheetChronology, SheetReview, SheetSources, SheetSummary, SheetAbout}
}

// Options describe how a workbook was built, for its About sheet and
// document properties. The zero value leaves those out.
type Options struct {
	Built    time.Time // when; About and the document properties show it, in UTC
	Version  string    // chrono's version
	Database string    // the database the entries came from
	Filters  string    // the filters as given on the command line; "" for none
	Articles int       // articles in the database (Sources lists those cited)
	// Raw keeps text that begins like a formula as it is; by default it
	// gets a leading apostrophe (see package formula).
	Raw bool
}

// Write writes a workbook of entries and docs with the zero Options.
func Write(w io.Writer, entries []chrono.Entry, docs []*chrono.Document) error {
	return Options{}.Write(w, entries, docs)
}

// Write writes the workbook: Chronology holds entries in the order given,
// Review those to check, Sources docs in the order given, Summary the
// entries per month and About o. The same input gives the same bytes.
func (o Options) Write(w io.Writer, entries []chrono.Entry, docs []*chrono.Document) error {
	return o.write(w, chrono.EntrySeq(entries), docs, false)
}

// Stream writes the workbook of the entries seq yields, one at a time, as
// Write does, except that Sources lists only the documents of docs that
// the entries cite (in the order of docs), which it learns as they come:
// give it every document. Chronology is written as the entries come;
// Review's rows wait in a temporary file, and the zip is assembled in
// another, so memory does not grow with the number of entries: what stays
// is counts and the documents. The same entries give the same bytes as
// Write given the cited documents (see chrono.CitedDocuments).
func (o Options) Stream(w io.Writer, seq iter.Seq2[*chrono.Entry, error], docs []*chrono.Document) error {
	return o.write(w, seq, docs, true)
}

func (o Options) write(w io.Writer, seq iter.Seq2[*chrono.Entry, error], docs []*chrono.Document, citedOnly bool) error {
	f, err := newFile()
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	defer f.Close() // removes the stream writers' temporary files
	b, err := o.build(f, seq, docs, citedOnly)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	// excelize builds the whole zip before writing it: it goes to a
	// temporary file rather than memory, then is copied to w in order.
	tmp, err := os.CreateTemp("", "chrono-*.xlsx")
	if err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newPartWriter(tmp, b.patches) })
	if _, err := f.WriteToBuffer(); err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	size, err := tmp.Seek(0, io.SeekEnd)
	if err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	if err := canonical(tmp, size, w); err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	return nil
}

// imageTypes are the image content types excelize declares when a chart is
// drawn, in a fixed order.
var imageTypes = []string{"bmp", "emf", "emz", "gif", "ico", "jpeg", "png", "svg", "tiff", "wmf", "wmz"}

// newFile returns an empty workbook whose content types already declare
// the image types: excelize adds them from a map when a chart is drawn, in
// a random order that would make two builds of one chronology differ.
func newFile() (*excelize.File, error) {
	var empty, out bytes.Buffer
	if err := excelize.NewFile().Write(&empty); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(empty.Bytes()), int64(empty.Len()))
	if err != nil {
		return nil, err
	}
	zw := zip.NewWriter(&out)
	for _, part := range zr.File {
		if part.Name != "[Content_Types].xml" {
			if err := zw.Copy(part); err != nil {
				return nil, err
			}
			continue
		}
		r, err := part.Open()
		if err != nil {
			return nil, err
		}
		types, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, err
		}
		var defaults strings.Builder
		for _, ext := range imageTypes {
			prefix := "image/"
			if strings.HasPrefix(ext, "em") || strings.HasPrefix(ext, "wm") || ext == "ico" {
				prefix = "image/x-"
			}
			fmt.Fprintf(&defaults, `<Default Extension="%s" ContentType="%s%s"/>`, ext, prefix, ext)
		}
		i := bytes.Index(types, []byte("<Override"))
		if i < 0 {
			return nil, fmt.Errorf("content types without parts: %s", types)
		}
		w, err := zw.Create(part.Name)
		if err != nil {
			return nil, err
		}
		if _, err := fmt.Fprintf(w, "%s%s%s", types[:i], defaults.String(), types[i:]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return excelize.OpenReader(&out)
}

func (o Options) build(f *excelize.File, seq iter.Seq2[*chrono.Entry, error], docs []*chrono.Document, citedOnly bool) (*book, error) {
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	// Renaming the default sheet keeps Chronology first and active.
	if err := f.SetSheetName("Sheet1", SheetChronology); err != nil {
		return nil, err
	}
	for _, s := range Sheets()[1:] {
		if _, err := f.NewSheet(s); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	b := &book{f: f, st: st, raw: o.Raw}
	// Chronology streams the entries and gathers what the other sheets
	// need; those are written after it, in workbook order.
	var g gathered
	defer g.close()
	if err := b.chronology(seq, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", SheetChronology, err)
	}
	if citedOnly {
		docs = g.cited(docs)
	}
	for _, s := range []struct {
		name string
		fill func() error
	}{
		{SheetReview, func() error { return b.review(&g) }},
		{SheetSources, func() error { return b.sources(docs, g.cites) }},
		{SheetSummary, func() error { return b.summary(&g.months) }},
		{SheetAbout, func() error { return b.about(o, &g, len(docs)) }},
	} {
		if err := s.fill(); err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return b, o.properties(f)
}

// gathered is what the sheets after Chronology need of the entries, taken
// as they stream past: counts, the documents cited and the rows of Review,
// which wait in temporary files. Its memory does not grow with the number
// of entries.
type gathered struct {
	entries, toReview int
	first, last       time.Time     // the earliest start, the latest end
	cites             map[int64]int // entries citing each document, by ID
	months            months
	conflicts, others spool // Review's rows: conflicts come first
}

func (g *gathered) add(e *chrono.Entry) error {
	g.entries++
	if g.first.IsZero() || e.Date.Start.Before(g.first) {
		g.first = e.Date.Start
	}
	if e.Date.End.After(g.last) {
		g.last = e.Date.End
	}
	if g.cites == nil {
		g.cites = map[int64]int{}
	}
	for i, m := range e.Mentions {
		if m.Source != nil && !citedBefore(e.Mentions[:i], m.Source.ID) {
			g.cites[m.Source.ID]++
		}
	}
	g.months.add(e)
	reason := e.ReviewReason()
	if reason == "" {
		return nil
	}
	g.toReview++
	s := &g.others
	if reason == chrono.ReviewConflict {
		s = &g.conflicts
	}
	for _, r := range reviewLines(e, reason) {
		if err := s.add(&r); err != nil {
			return fmt.Errorf("%s: %w", SheetReview, err)
		}
	}
	return nil
}

func (g *gathered) close() {
	g.conflicts.close()
	g.others.close()
}

// citedBefore reports whether one of ms cites document id: an entry
// counts once per document however many of its mentions cite it.
func citedBefore(ms []chrono.Row, id int64) bool {
	for _, m := range ms {
		if m.Source != nil && m.Source.ID == id {
			return true
		}
	}
	return false
}

// cited returns the documents of docs the entries cite, in docs' order.
func (g *gathered) cited(docs []*chrono.Document) []*chrono.Document {
	var out []*chrono.Document
	for _, d := range docs {
		if d != nil && g.cites[d.ID] > 0 {
			out = append(out, d)
		}
	}
	return out
}

// properties sets the document properties: creator, title and, when the
// build time is known, created and modified.
func (o Options) properties(f *excelize.File) error {
	p := &excelize.DocProperties{
		Creator:     strings.TrimSpace("chrono " + o.Version),
		Title:       "Chronology",
		Description: "Chronology entries built by chrono from news articles",
		// excelize's template dates its documents 2006-09-16: keep a
		// fixed date rather than that when no build time is given.
		Created:  "2006-09-16T00:00:00Z",
		Modified: "2006-09-16T00:00:00Z",
	}
	if !o.Built.IsZero() {
		p.Created = o.Built.UTC().Format(time.RFC3339)
		p.Modified = p.Created
	}
	if err := f.SetDocProps(p); err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	return nil
}

// book writes the cells of one workbook with a shared set of styles.
type book struct {
	f       *excelize.File
	st      *styles
	raw     bool    // keep formula-like text
	patches []patch // sheet dimensions known only once their rows are written
}

// column is one column of a sheet: its header, its width in characters
// and whether it wraps (rows grow to show wrapped text).
type column struct {
	title string
	width float64
	wrap  bool
}

func titles(cols []column) []string {
	t := make([]string, len(cols))
	for i, c := range cols {
		t[i] = c.title
	}
	return t
}

// table describes a streamed sheet written as one Excel table.
type table struct {
	sheet, name string
	cols        []column
	print       int // columns printed, from A; 0 for all
}

// tableWriter streams the rows of one table sheet through excelize's
// stream writer, which keeps memory flat for large exports: the header,
// then each row as it comes, as an Excel table (filter buttons, banded
// rows) with the header frozen and printed on every page. On a streamed
// sheet, AutoFilter and SetCellHyperLink after Flush do nothing: the
// table gives the filter buttons, HYPERLINK formulas the links.
type tableWriter struct {
	b      *book
	t      table
	sw     *excelize.StreamWriter
	mark   int             // the placeholder's row in the sheet's dimension
	rows   int             // data rows written
	cells  []excelize.Cell // one row's cells, reused: the stream writer takes pointers to them
	values []any
}

// lastRow is Excel's last row. A streamed sheet's dimension (its used
// range) is written before its first row, when the number of rows is not
// known yet: it names a placeholder row, one of the last few that Excel
// allows, each sheet its own, and the zip writer puts the real last row
// in its place (see partWriter).
const lastRow = 1048576

// startTable begins the streamed sheet t.
func (b *book) startTable(t table) (*tableWriter, error) {
	// Whatever sits outside the sheet data is set before streaming starts:
	// the stream writer writes it when it begins or when it is flushed.
	mark := lastRow - len(b.patches)
	last, err := excelize.CoordinatesToCellName(len(t.cols), mark)
	if err != nil {
		return nil, err
	}
	if err := b.f.SetSheetDimension(t.sheet, "A1:"+last); err != nil {
		return nil, err
	}
	if err := b.printLayout(t.sheet); err != nil {
		return nil, fmt.Errorf("page layout: %w", err)
	}
	sw, err := b.f.NewStreamWriter(t.sheet)
	if err != nil {
		return nil, err
	}
	for i, c := range t.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return nil, err
	}
	head := make([]any, len(t.cols))
	for i, c := range t.cols {
		head[i] = excelize.Cell{StyleID: b.st.header, Value: c.title}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: headerHeight(t.cols)}); err != nil {
		return nil, err
	}
	b.patches = append(b.patches, patch{old: dimension(last)})
	tw := &tableWriter{b: b, t: t, sw: sw, mark: mark, cells: make([]excelize.Cell, len(t.cols)), values: make([]any, len(t.cols))}
	for i := range tw.cells {
		tw.values[i] = &tw.cells[i]
	}
	return tw, nil
}

// dimension is the start of a sheet's dimension element ending at cell
// last, as excelize writes it.
func dimension(last string) string { return `<dimension ref="A1:` + last + `">` }

// row writes the next data row, whose cells fill sets.
func (tw *tableWriter) row(fill func(cells []excelize.Cell)) error {
	clear(tw.cells)
	fill(tw.cells)
	tw.rows++
	ref, _ := excelize.CoordinatesToCellName(1, tw.rows+1)
	if err := tw.sw.SetRow(ref, tw.values, excelize.RowOpts{Height: rowHeight(tw.t.cols, tw.cells)}); err != nil {
		return fmt.Errorf("row %d: %w", tw.rows, err)
	}
	return nil
}

// end closes the table over the rows written and finishes the sheet.
func (tw *tableWriter) end() error {
	t, b := tw.t, tw.b
	last, err := excelize.CoordinatesToCellName(len(t.cols), tw.rows+1)
	if err != nil {
		return err
	}
	b.patches[lastRow-tw.mark].new = dimension(last)
	if err := b.printArea(t.sheet, len(t.cols), t.print, tw.rows); err != nil {
		return fmt.Errorf("page layout: %w", err)
	}
	stripes := true
	if err := tw.sw.AddTable(&excelize.Table{
		Range:          "A1:" + last,
		Name:           t.name,
		StyleName:      "TableStyleLight1",
		ShowRowStripes: &stripes,
	}); err != nil {
		return fmt.Errorf("table: %w", err)
	}
	return tw.sw.Flush()
}

// printLayout prints a sheet landscape, one page wide, with the header
// row on every page.
func (b *book) printLayout(sheet string) error {
	if err := b.fitWidth(sheet, "landscape"); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet})
}

// printArea prints only the first print of cols columns, when print > 0,
// so that a briefing stays legible on paper.
func (b *book) printArea(sheet string, cols, print, rows int) error {
	if print <= 0 || print >= cols {
		return nil
	}
	col, err := excelize.ColumnNumberToName(print)
	if err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("'%s'!$A$1:$%s$%d", sheet, col, rows+1), Scope: sheet,
	})
}

// fitWidth prints a sheet on A4 in orientation, scaled to one page wide.
func (b *book) fitWidth(sheet, orientation string) error {
	wide, tall, fit, paper := 1, 0, true, 9 // 9 is A4
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &paper, Orientation: &orientation, FitToWidth: &wide, FitToHeight: &tall})
}

// lineHeight is the height in points of one line of text.
const lineHeight = 15

// rowHeight is the height that shows the row's wrapped cells whole:
// spreadsheet programs do not all grow rows to fit wrapped text.
func rowHeight(cols []column, cells []excelize.Cell) float64 {
	lines := 1
	for i, c := range cols {
		if !c.wrap || i >= len(cells) {
			continue
		}
		s, _ := cells[i].Value.(string)
		if n := linesOf(s, c.width); n > lines {
			lines = n
		}
	}
	return min(float64(lines*lineHeight), maxRowHeight)
}

// maxRowHeight is the tallest row Excel allows, in points.
const maxRowHeight = 409

func headerHeight(cols []column) float64 {
	lines := 1
	for _, c := range cols {
		if n := linesOf(c.title, c.width); n > lines {
			lines = n
		}
	}
	return float64(lines * lineHeight)
}

// linesOf estimates how many lines text takes in a column width
// characters wide, allowing a tenth for proportional glyphs.
func linesOf(text string, width float64) int {
	n := utf8.RuneCountInString(text)
	if n == 0 || width <= 0 {
		return 1
	}
	return int(float64(n)*1.1/width) + 1
}

// text is a string cell; the empty string gives a styled empty cell.
// Text that begins like a formula is neutralised unless raw.
func (b *book) text(s string, style int) excelize.Cell {
	if s == "" {
		return excelize.Cell{StyleID: style}
	}
	if !b.raw {
		s = formula.Neutralise(s)
	}
	return excelize.Cell{StyleID: style, Value: s}
}

// number is a numeric cell.
func number(v float64, style int) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }

// date is t as a date cell: a numeric serial shown through style. Days
// Excel cannot hold (before 1900 or after 9999) fall back to ISO text; the
// zero time leaves the cell empty.
func (b *book) date(t time.Time, style int) excelize.Cell {
	if v, ok := serial(t); ok {
		return excelize.Cell{StyleID: style, Value: v}
	}
	if t.IsZero() {
		return excelize.Cell{StyleID: style}
	}
	return excelize.Cell{StyleID: b.st.text, Value: chrono.ISO(t)}
}

// maxFormulaText is the longest string Excel accepts inside a formula.
const maxFormulaText = 255

// link is a cell showing title that opens url: a HYPERLINK formula, since
// hyperlinks cannot be added to streamed sheets, with title as its cached
// value. Only http and https URLs short enough for a formula are linked;
// others leave title as text (the URL column still shows them).
func (b *book) link(url, title string) excelize.Cell {
	if title == "" {
		title = url
	}
	if !linkable(url) {
		return b.text(title, b.st.wrap)
	}
	if !b.raw {
		title = formula.Neutralise(title)
	}
	title = clip(title, maxFormulaText)
	return excelize.Cell{
		StyleID: b.st.link,
		Formula: fmt.Sprintf("HYPERLINK(%s,%s)", quote(url), quote(title)),
		Value:   title,
	}
}

func linkable(url string) bool {
	lower := strings.ToLower(url)
	return (strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")) &&
		utf8.RuneCountInString(url) <= maxFormulaText && !strings.ContainsAny(url, "\r\n\t")
}

// quote writes s as a formula string literal.
func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// clip cuts s to at most n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

// oneLine collapses newlines and runs of spaces, as the CSV export does.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

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
