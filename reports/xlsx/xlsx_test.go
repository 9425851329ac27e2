package xlsx

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
)

var (
	dated = &chrono.Document{
		Title:           "US declines security guarantees",
		Path:            "seeds/caliber.txt",
		Byline:          "Jane Roe",
		Site:            "Caliber",
		URL:             "https://caliber.example/news/1",
		Published:       chrono.DayDate(2026, time.January, 8),
		PublishedOrigin: chrono.OriginDateline,
		Reference:       chrono.Day(2026, time.January, 8),
		IngestedAt:      time.Date(2026, time.January, 9, 14, 30, 0, 0, time.FixedZone("CET", 3600)),
	}
	undated = &chrono.Document{
		Title:           "Witkoff dodges commitment",
		Path:            "seeds/intl.txt",
		PublishedOrigin: chrono.OriginNone,
		Reference:       chrono.Day(2026, time.January, 7),
		RefOrigin:       "other articles",
	}
)

func row(d chrono.Date, res chrono.Resolution, sentence, expr string, src *chrono.Document) chrono.Row {
	return chrono.Row{
		Event:  chrono.Event{Sentence: sentence, Mention: chrono.Mention{Text: expr, Type: chrono.TypeDate, Date: d, Resolution: res}},
		Source: src,
	}
}

func inferred(r chrono.Row) chrono.Row {
	r.Mention.Inferred = true
	return r
}

// testRows: row 2 is a day, row 3 a month, row 4 a year, row 5 a century
// Excel cannot hold as a date.
var testRows = []chrono.Row{
	row(chrono.DayDate(2026, time.January, 6), chrono.Explicit, "Talks opened on\n January 6, 2026.", "January 6, 2026", dated),
	inferred(row(chrono.MonthDate(2025, time.December), chrono.RelativeToReference, "Last month the plan stalled.", "Last month", undated)),
	row(chrono.YearDate(2025), chrono.Explicit, "In 2025 nothing moved.", "2025", dated),
	row(chrono.CenturyDate(18), chrono.Explicit, "In the 19th century it began.", "the 19th century", dated),
}

// entries makes each row an entry of its own, as a chronology of
// unrelated events has them.
func entries(rows []chrono.Row) []chrono.Entry {
	out := make([]chrono.Entry, len(rows))
	for i, r := range rows {
		out[i] = chrono.Entry{Key: r.Key(), Date: r.Mention.Date, Resolution: r.Mention.Resolution, Confidence: 0.9,
			Sources: 1, Text: strings.Join(strings.Fields(r.Sentence), " "), Mentions: []chrono.Row{r}}
	}
	return out
}

func open(t *testing.T, rows []chrono.Row, docs []*chrono.Document) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, entries(rows), docs); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("OpenReader: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestSheets(t *testing.T) {
	f := open(t, testRows, []*chrono.Document{dated, undated})
	if got, want := f.GetSheetList(), []string{SheetChronology, SheetSources}; !reflect.DeepEqual(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	if got := f.GetActiveSheetIndex(); got != 0 {
		t.Errorf("active sheet = %d, want 0", got)
	}
}

func TestHeaders(t *testing.T) {
	f := open(t, testRows, []*chrono.Document{dated, undated})
	tests := []struct {
		sheet string
		want  []string
	}{
		{SheetChronology, []string{"Date", "Value", "Start", "End", "Granularity", "Resolution", "Event", "Expression", "Source", "Published", "Path", "Inferred", "Ambiguous", "Stated",
			"Entry", "Headline", "Sources", "Mentions", "Conflict", "Dates", "Confidence", "Actors", "Analyst", "Computed", "Note"}},
		{SheetSources, []string{"Title", "Path", "Published", "Published from", "Reference", "Byline", "Ingested", "Site", "URL"}},
	}
	for _, tt := range tests {
		t.Run(tt.sheet, func(t *testing.T) {
			rows, err := f.GetRows(tt.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if got := rows[0]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("header = %q, want %q", got, tt.want)
			}
			style := cellStyle(t, f, tt.sheet, "A1")
			if style.Font == nil || !style.Font.Bold {
				t.Errorf("header style %+v is not bold", style)
			}
			panes, err := f.GetPanes(tt.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 || panes.TopLeftCell != "A2" {
				t.Errorf("panes = %+v, want header row frozen", panes)
			}
		})
	}
	if got, want := ChronologyHeader(), tests[0].want; !reflect.DeepEqual(got, want) {
		t.Errorf("ChronologyHeader() = %q, want %q", got, want)
	}
	if got, want := SourcesHeader(), tests[1].want; !reflect.DeepEqual(got, want) {
		t.Errorf("SourcesHeader() = %q, want %q", got, want)
	}
}

func TestFilter(t *testing.T) {
	tests := []struct {
		name string
		rows []chrono.Row
		want string
		dim  string
	}{
		{"rows", testRows, "'Chronology'!$A$1:$Y$5", "A1:Y5"},
		{"empty", nil, "'Chronology'!$A$1:$Y$1", "A1:Y1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := open(t, tt.rows, nil)
			var got string
			for _, d := range f.GetDefinedName() {
				if d.Name == "_xlnm._FilterDatabase" && d.Scope == SheetChronology {
					got = d.RefersTo
				}
			}
			if got != tt.want {
				t.Errorf("filter range = %q, want %q (defined names %+v)", got, tt.want, f.GetDefinedName())
			}
			if got, err := f.GetSheetDimension(SheetChronology); err != nil || got != tt.dim {
				t.Errorf("dimension = %q, %v; want %q", got, err, tt.dim)
			}
		})
	}
}

func TestDateCells(t *testing.T) {
	f := open(t, testRows, nil)
	tests := []struct {
		cell   string
		serial float64
		format string
	}{
		{"A2", 46028, "yyyy-mm-dd"}, // 2026-01-06, day
		{"C2", 46028, "yyyy-mm-dd"}, // start
		{"D2", 46028, "yyyy-mm-dd"}, // end
		{"A3", 45992, "mmm yyyy"},   // 2025-12, month: its first day
		{"C3", 45992, "yyyy-mm-dd"},
		{"D3", 46022, "yyyy-mm-dd"}, // 2025-12-31
		{"A4", 45658, "yyyy"},       // 2025, year
		{"D4", 46022, "yyyy-mm-dd"},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			if got := numeric(t, f, SheetChronology, tt.cell); got != tt.serial {
				t.Errorf("%s = %v, want serial %v", tt.cell, got, tt.serial)
			}
			if got := numFmt(t, f, SheetChronology, tt.cell); got != tt.format {
				t.Errorf("%s number format = %q, want %q", tt.cell, got, tt.format)
			}
		})
	}
	// Shown through the date format, the serials read as dates.
	for cell, want := range map[string]string{"A2": "2026-01-06", "A3": "Dec 2025", "A4": "2025", "D3": "2025-12-31"} {
		if got, err := f.GetCellValue(SheetChronology, cell); err != nil || got != want {
			t.Errorf("formatted %s = %q, %v; want %q", cell, got, err, want)
		}
	}
}

func TestChronologyRows(t *testing.T) {
	f := open(t, testRows, nil)
	rows, err := f.GetRows(SheetChronology)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"2026-01-06", "2026-01-06", "2026-01-06", "2026-01-06", "day", "explicit", "Talks opened on January 6, 2026.", "January 6, 2026", dated.Title, "2026-01-08", dated.Path},
		{"Dec 2025", "2025-12", "2025-12-01", "2025-12-31", "month", "relative-to-reference", "Last month the plan stalled.", "Last month", undated.Title, "", undated.Path, "yes"},
		{"2025", "2025", "2025-01-01", "2025-12-31", "year", "explicit", "In 2025 nothing moved.", "2025", dated.Title, "2026-01-08", dated.Path},
		// Before 1900 Excel has no dates: ISO text instead.
		{"1800-01-01", "18", "1800-01-01", "1899-12-31", "century", "explicit", "In the 19th century it began.", "the 19th century", dated.Title, "2026-01-08", dated.Path},
	}
	for i, e := range entries(testRows) {
		for len(want[i]) < 14 {
			want[i] = append(want[i], "")
		}
		// the entry's key, no headline, 1 source, 1 mention, no conflict or dates, confidence
		want[i] = append(want[i], e.Key, "", "1", "1", "", "", "0.9")
	}
	if got := rows[1:]; !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\ngot  %q\nwant %q", got, want)
	}
	// Counts and confidence are numbers.
	for _, ref := range []string{"Q2", "R2", "U2"} {
		if typ, err := f.GetCellType(SheetChronology, ref); err != nil || typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s type = %v, %v; want a number", ref, typ, err)
		}
	}
	// TIMEX3 values stay text even when they look like numbers.
	if typ, err := f.GetCellType(SheetChronology, "B4"); err != nil || typ != excelize.CellTypeSharedString {
		t.Errorf("B4 type = %v, %v; want shared string", typ, err)
	}
	if s := cellStyle(t, f, SheetChronology, "G2"); s.Alignment == nil || !s.Alignment.WrapText || s.Alignment.Vertical != "top" {
		t.Errorf("Event style %+v, want wrapped and top-aligned", s.Alignment)
	}
	if s := cellStyle(t, f, SheetChronology, "B2"); s.Alignment == nil || s.Alignment.Vertical != "top" {
		t.Errorf("Value style %+v, want top-aligned", s.Alignment)
	}
	if w, err := f.GetColWidth(SheetChronology, "G"); err != nil || w != 80 {
		t.Errorf("Event width = %v, %v; want 80", w, err)
	}
}

func TestSources(t *testing.T) {
	f := open(t, testRows, []*chrono.Document{dated, undated})
	rows, err := f.GetRows(SheetSources)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		// The reference is shown only for undated documents; ingestion time is UTC.
		{dated.Title, dated.Path, "2026-01-08", "dateline", "", "Jane Roe", "2026-01-09 13:30", "Caliber", "https://caliber.example/news/1"},
		{undated.Title, undated.Path, "", "none", "2026-01-07"},
	}
	if got := rows[1:]; !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\ngot  %q\nwant %q", got, want)
	}
	if got, want := numeric(t, f, SheetSources, "G2"), 46031+13.5/24; got != want {
		t.Errorf("Ingested = %v, want serial %v", got, want)
	}
	if got := numFmt(t, f, SheetSources, "G2"); !strings.HasPrefix(got, "yyyy-mm-dd") {
		t.Errorf("Ingested number format = %q, want a date format", got)
	}
}

func TestDeterministic(t *testing.T) {
	docs := []*chrono.Document{dated, undated}
	var a, b bytes.Buffer
	if err := Write(&a, entries(testRows), docs); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, entries(testRows), docs); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same rows differ")
	}
}

func TestSerial(t *testing.T) {
	tests := []struct {
		t    time.Time
		want float64
		ok   bool
	}{
		{chrono.Day(1900, time.January, 1), 1, true},
		{chrono.Day(1900, time.February, 28), 59, true},
		{chrono.Day(1900, time.March, 1), 61, true}, // Excel's phantom 29 February 1900 is 60
		{chrono.Day(2026, time.January, 6), 46028, true},
		{time.Date(2026, time.January, 6, 18, 0, 0, 0, time.UTC), 46028.75, true},
		{chrono.Day(9999, time.December, 31), 2958465, true},
		{chrono.Day(1899, time.December, 31), 0, false},
		{chrono.Day(10000, time.January, 1), 0, false},
		{time.Time{}, 0, false},
	}
	for _, tt := range tests {
		got, ok := serial(tt.t)
		if got != tt.want || ok != tt.ok {
			t.Errorf("serial(%v) = %v, %v; want %v, %v", tt.t, got, ok, tt.want, tt.ok)
		}
	}
}

// numeric returns the raw value of a cell, failing unless it is a number.
func numeric(t *testing.T, f *excelize.File, sheet, cell string) float64 {
	t.Helper()
	typ, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Fatalf("%s!%s has type %v, want a number", sheet, cell, typ)
	}
	raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Fatalf("%s!%s = %q, not a number: %v", sheet, cell, raw, err)
	}
	return v
}

// numFmt returns the custom number format of a cell's style.
func numFmt(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	s := cellStyle(t, f, sheet, cell)
	if s.CustomNumFmt == nil {
		t.Fatalf("%s!%s has no custom number format (NumFmt %d)", sheet, cell, s.NumFmt)
	}
	return *s.CustomNumFmt
}

func cellStyle(t *testing.T, f *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
