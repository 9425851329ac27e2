package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
)

var (
	dated = &chrono.Document{
		ID:              1,
		Title:           "US declines security guarantees",
		Path:            "seeds/caliber.txt",
		Byline:          "Jane Roe",
		Site:            "Caliber",
		URL:             "https://caliber.example/news/1",
		Published:       chrono.MinuteDate(2026, time.January, 8, 11, 15),
		PublishedOrigin: chrono.OriginDateline,
		Reference:       chrono.Day(2026, time.January, 8),
		IngestedAt:      time.Date(2026, time.January, 9, 14, 30, 0, 0, time.FixedZone("CET", 3600)),
	}
	undated = &chrono.Document{
		ID:              2,
		Title:           "Witkoff dodges commitment",
		Path:            "seeds/intl.txt",
		URL:             "javascript:alert(1)", // never a link
		PublishedOrigin: chrono.OriginNone,
		Reference:       chrono.Day(2026, time.January, 7),
		RefOrigin:       "other articles",
	}
	docs = []*chrono.Document{dated, undated}
)

func row(d chrono.Date, res chrono.Resolution, sentence, expr string, src *chrono.Document) chrono.Row {
	return chrono.Row{
		Event:  chrono.Event{DocumentID: src.ID, Sentence: sentence, Mention: chrono.Mention{Text: expr, Type: chrono.TypeDate, Date: d, Resolution: res}},
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

// conflict is an entry whose two sources give different days, corrected
// by an analyst.
func conflict() chrono.Entry {
	jan6, jan8 := chrono.DayDate(2026, time.January, 6), chrono.DayDate(2026, time.January, 8)
	return chrono.Entry{Key: "426078cdd0043af563a7", Date: jan6, Resolution: chrono.YearInferred, Confidence: 0.5175,
		Sources: 2, Conflict: true, Text: "Leaders unveiled a plan in Paris on January 6.", Headline: "Leaders unveiled a plan",
		Dates:    []chrono.DateSupport{{Date: jan6, Documents: []int64{1}}, {Date: jan8, Documents: []int64{2}}},
		Actors:   []chrono.Actor{{Name: "Paris", Kind: chrono.Place}},
		Mentions: []chrono.Row{row(jan6, chrono.YearInferred, "Leaders unveiled a plan in Paris on January 6.", "January 6", dated), inferred(row(jan8, chrono.RelativeToReference, "Leaders met today.", "today", undated))},
	}
}

func build(t testing.TB, o Options, es []chrono.Entry, ds []*chrono.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := o.Write(&buf, es, ds); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

func open(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("OpenReader: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func openRows(t *testing.T, rows []chrono.Row) *excelize.File {
	return open(t, build(t, Options{}, entries(rows), docs))
}

func TestSheets(t *testing.T) {
	f := openRows(t, testRows)
	if got, want := f.GetSheetList(), []string{"Chronology", "Review", "Sources", "Summary", "About"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	if got := f.GetActiveSheetIndex(); got != 0 {
		t.Errorf("active sheet = %d, want 0", got)
	}
}

func TestHeaders(t *testing.T) {
	f := openRows(t, testRows)
	tests := []struct {
		sheet string
		want  []string
	}{
		{SheetChronology, []string{"Date", "Sort key", "Headline", "Event", "Source", "Sources", "Confidence", "Precision", "Check", "Note",
			"Analyst", "Computed", "Actors", "Value", "Start", "End", "Resolution", "Expression", "Stated", "Inferred", "Ambiguous",
			"Conflict", "Dates", "All sources", "Outlets", "URLs", "Published", "Published from", "Paths", "Mentions", "Entry"}},
		{SheetReview, []string{"Entry", "Check", "Entry date", "Headline", "Dates", "Mention date", "Value", "Resolution", "Expression",
			"Source", "Published", "Sentence", "Why"}},
		{SheetSources, []string{"Title", "Outlet", "URL", "Published", "Published as", "Published from", "Reference", "Byline", "Path", "Ingested", "Entries"}},
		{SheetSummary, []string{"Month", "Entries", "Two or more sources", "Conflicts", "Inferred", "First day"}},
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
	for i, got := range [][]string{ChronologyHeader(), ReviewHeader(), SourcesHeader(), SummaryHeader()} {
		if want := tests[i].want; !reflect.DeepEqual(got, want) {
			t.Errorf("%s header function = %q, want %q", tests[i].sheet, got, want)
		}
	}
}

// TestTables: each streamed sheet is one Excel table over its rows, whose
// autoFilter gives the filter buttons.
func TestTables(t *testing.T) {
	tests := []struct {
		name    string
		entries []chrono.Entry
		want    map[string]string // sheet: table range
	}{
		{"rows", append(entries(testRows), conflict()), map[string]string{
			SheetChronology: "A1:AE6", SheetReview: "A1:M4", SheetSources: "A1:K3"}},
		// An empty table keeps one blank row: Excel wants two lines.
		{"empty", nil, map[string]string{SheetChronology: "A1:AE2", SheetReview: "A1:M2", SheetSources: "A1:K2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := docs
			if tt.entries == nil {
				ds = nil
			}
			b := build(t, Options{}, tt.entries, ds)
			f := open(t, b)
			for sheet, ref := range tt.want {
				tables, err := f.GetTables(sheet)
				if err != nil {
					t.Fatal(err)
				}
				if len(tables) != 1 || tables[0].Range != ref || tables[0].Name != sheet+"Table" {
					t.Errorf("%s tables = %+v, want one %sTable over %s", sheet, tables, sheet, ref)
				}
			}
			parts := unzip(t, b)
			var filters []string
			for name, body := range parts {
				if strings.HasPrefix(name, "xl/tables/") {
					i := strings.Index(body, "<autoFilter ref=\"")
					if i < 0 {
						t.Errorf("%s has no autoFilter: %s", name, body)
						continue
					}
					filters = append(filters, strings.SplitN(body[i+len("<autoFilter ref=\""):], "\"", 2)[0])
				}
			}
			sort.Strings(filters)
			var want []string
			for _, ref := range tt.want {
				want = append(want, ref)
			}
			sort.Strings(want)
			if !reflect.DeepEqual(filters, want) {
				t.Errorf("table filters over %q, want %q", filters, want)
			}
		})
	}
}

func TestDateCells(t *testing.T) {
	f := openRows(t, testRows)
	tests := []struct {
		cell   string
		serial float64
		format string
	}{
		{"A2", 46028, "yyyy-mm-dd"}, // 2026-01-06, day
		{"O2", 46028, "yyyy-mm-dd"}, // start
		{"P2", 46028, "yyyy-mm-dd"}, // end
		{"A3", 45992, "mmm yyyy"},   // 2025-12, month: its first day
		{"O3", 45992, "yyyy-mm-dd"},
		{"P3", 46022, "yyyy-mm-dd"}, // 2025-12-31
		{"A4", 45658, "yyyy"},       // 2025, year
		{"P4", 46022, "yyyy-mm-dd"},
		{"G2", 0.9, "0.00"}, // confidence
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			if got := numeric(t, f, SheetChronology, tt.cell); got != tt.serial {
				t.Errorf("%s = %v, want %v", tt.cell, got, tt.serial)
			}
			if got := numFmt(t, f, SheetChronology, tt.cell); got != tt.format {
				t.Errorf("%s number format = %q, want %q", tt.cell, got, tt.format)
			}
		})
	}
	// Shown through the date format, the serials read as dates.
	for cell, want := range map[string]string{"A2": "2026-01-06", "A3": "Dec 2025", "A4": "2025", "P3": "2025-12-31"} {
		if got, err := f.GetCellValue(SheetChronology, cell); err != nil || got != want {
			t.Errorf("formatted %s = %q, %v; want %q", cell, got, err, want)
		}
	}
}

func TestChronologyRows(t *testing.T) {
	es := append(entries(testRows), conflict())
	es[4].Analyst, es[4].Computed, es[4].Note = true, chrono.DayDate(2026, time.January, 8), "Elysée readout"
	f := open(t, build(t, Options{}, es, docs))
	rows, err := f.GetRows(SheetChronology)
	if err != nil {
		t.Fatal(err)
	}
	// Date, Sort key, Headline, Event, Source, Sources, Confidence, Precision, Check, Note, Analyst, Computed, Actors,
	// Value, Start, End, Resolution, Expression, Stated, Inferred, Ambiguous, Conflict, Dates, All sources, Outlets,
	// URLs, Published, Published from, Paths, Mentions, Entry
	want := [][]string{
		{"2026-01-06", "2026-01-06/2026-01-06", "", "Talks opened on January 6, 2026.", dated.Title, "1", "0.90", "day", "", "", "", "", "",
			"2026-01-06", "2026-01-06", "2026-01-06", "explicit", "January 6, 2026", "", "", "", "", "", dated.Title, "Caliber",
			dated.URL, "2026-01-08T11:15", "dateline", dated.Path, "1", es[0].Key},
		// The undated source's URL is not http: no link, the title as text.
		{"Dec 2025", "2025-12-01/2025-12-31", "", "Last month the plan stalled.", undated.Title, "1", "0.90", "month", "inferred reference", "", "", "", "",
			"2025-12", "2025-12-01", "2025-12-31", "relative-to-reference", "Last month", "", "yes", "", "", "", undated.Title, "",
			undated.URL, "", "none", undated.Path, "1", es[1].Key},
		{"2025", "2025-01-01/2025-12-31", "", "In 2025 nothing moved.", dated.Title, "1", "0.90", "year", "", "", "", "", "",
			"2025", "2025-01-01", "2025-12-31", "explicit", "2025", "", "", "", "", "", dated.Title, "Caliber",
			dated.URL, "2026-01-08T11:15", "dateline", dated.Path, "1", es[2].Key},
		// Before 1900 Excel has no dates: ISO text instead.
		{"1800-01-01", "1800-01-01/1899-12-31", "", "In the 19th century it began.", dated.Title, "1", "0.90", "century", "", "", "", "", "",
			"18", "1800-01-01", "1899-12-31", "explicit", "the 19th century", "", "", "", "", "", dated.Title, "Caliber",
			dated.URL, "2026-01-08T11:15", "dateline", dated.Path, "1", es[3].Key},
		{"2026-01-06", "2026-01-06/2026-01-06", "Leaders unveiled a plan", "Leaders unveiled a plan in Paris on January 6.", dated.Title, "2", "0.52", "day",
			"analyst's date (chrono: 2026-01-08); conflict: 2026-01-06 (1) vs 2026-01-08 (1); inferred reference", "Elysée readout", "yes", "2026-01-08", "Paris (place)",
			"2026-01-06", "2026-01-06", "2026-01-06", "year-inferred", "January 6; today", "", "yes", "", "yes", "2026-01-06 (1 source); 2026-01-08 (1 source)",
			dated.Title + "; " + undated.Title, "Caliber", dated.URL + "; " + undated.URL, "2026-01-08T11:15; undated", "dateline; none", dated.Path + "; " + undated.Path, "2", es[4].Key},
	}
	if got := rows[1:]; !reflect.DeepEqual(got, want) {
		for i := range want {
			if i < len(got) && !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("row %d:\ngot  %q\nwant %q", i+2, got[i], want[i])
			}
		}
		if len(got) != len(want) {
			t.Errorf("%d rows, want %d", len(got), len(want))
		}
	}
	// Counts are numbers; TIMEX3 values stay text even when they look like numbers.
	for _, ref := range []string{"F2", "AD2"} {
		numeric(t, f, SheetChronology, ref)
	}
	if typ, err := f.GetCellType(SheetChronology, "N4"); err != nil || typ != excelize.CellTypeInlineString {
		t.Errorf("N4 type = %v, %v; want a string", typ, err)
	}
	if s := cellStyle(t, f, SheetChronology, "D2"); s.Alignment == nil || !s.Alignment.WrapText || s.Alignment.Vertical != "top" {
		t.Errorf("Event style %+v, want wrapped and top-aligned", s.Alignment)
	}
	for col, want := range map[string]float64{"A": 12, "B": 22, "D": 60, "AE": 22} {
		if w, err := f.GetColWidth(SheetChronology, col); err != nil || w != want {
			t.Errorf("column %s width = %v, %v; want %v", col, w, err, want)
		}
	}
	// Rows grow to show their wrapped text.
	if h, err := f.GetRowHeight(SheetChronology, 6); err != nil || h < 3*lineHeight {
		t.Errorf("row 6 height = %v, %v; want room for its three-line Check", h, err)
	}
}

// TestLinks: sources are HYPERLINK formulas where an http(s) URL is known.
func TestLinks(t *testing.T) {
	quoted := &chrono.Document{ID: 3, Title: `He said "no"`, URL: "https://example.com/a?q=\"x\"", Path: "q.txt"}
	long := &chrono.Document{ID: 4, Title: "Long", URL: "https://example.com/" + strings.Repeat("a", 300), Path: "l.txt"}
	es := append(entries(testRows[:2]), entries([]chrono.Row{
		row(chrono.DayDate(2026, 1, 7), chrono.Explicit, "Quoted.", "7 January 2026", quoted),
		row(chrono.DayDate(2026, 1, 9), chrono.Explicit, "Long.", "9 January 2026", long),
	})...)
	f := open(t, build(t, Options{}, es, []*chrono.Document{dated, undated, quoted, long}))
	tests := []struct {
		sheet, cell, formula, value string
	}{
		{SheetChronology, "E2", `HYPERLINK("https://caliber.example/news/1","US declines security guarantees")`, dated.Title},
		{SheetChronology, "E3", "", undated.Title}, // javascript: is not linked
		{SheetChronology, "E4", `HYPERLINK("https://example.com/a?q=""x""","He said ""no""")`, quoted.Title},
		{SheetChronology, "E5", "", "Long"}, // too long for a formula: text
		{SheetSources, "A2", `HYPERLINK("https://caliber.example/news/1","US declines security guarantees")`, dated.Title},
		{SheetSources, "A3", "", undated.Title},
	}
	for _, tt := range tests {
		got, err := f.GetCellFormula(tt.sheet, tt.cell)
		if err != nil || got != tt.formula {
			t.Errorf("%s!%s formula = %q, %v; want %q", tt.sheet, tt.cell, got, err, tt.formula)
		}
		if v, _ := f.GetCellValue(tt.sheet, tt.cell); v != tt.value {
			t.Errorf("%s!%s value = %q, want %q", tt.sheet, tt.cell, v, tt.value)
		}
		if tt.formula != "" {
			if s := cellStyle(t, f, tt.sheet, tt.cell); s.Font == nil || s.Font.Underline != "single" {
				t.Errorf("%s!%s style %+v, want an underlined link", tt.sheet, tt.cell, s.Font)
			}
		}
	}
}

// TestHostile: text from articles never becomes a formula, and the
// workbook opens whatever the text holds.
func TestHostile(t *testing.T) {
	evil := &chrono.Document{ID: 5, Title: "=HYPERLINK(\"http://evil.example\",\"Click\")", Path: "@evil.txt",
		URL: "https://evil.example/x", Site: "+cmd|' /C calc'!A0"}
	r := row(chrono.DayDate(2026, 1, 6), chrono.Explicit, "-2+3 said the bot\x01\x02 on 6 January 2026.", "6 January 2026", evil)
	e := entries([]chrono.Row{r})[0]
	e.Headline = "=1+1"
	e.Text = "-2+3 said the bot\x01\x02 on 6 January 2026. " + strings.Repeat("x", 40000)
	tests := []struct {
		name string
		raw  bool
		want map[string]string // Chronology cell: value
	}{
		{"neutralised", false, map[string]string{"C2": "'=1+1", "Y2": "'+cmd|' /C calc'!A0", "AC2": "'@evil.txt", "X2": "'" + evil.Title}},
		{"raw", true, map[string]string{"C2": "=1+1", "Y2": "+cmd|' /C calc'!A0", "AC2": "@evil.txt", "X2": evil.Title}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := open(t, build(t, Options{Raw: tt.raw}, []chrono.Entry{e}, []*chrono.Document{evil}))
			for cell, want := range tt.want {
				if got, _ := f.GetCellValue(SheetChronology, cell); got != want {
					t.Errorf("%s = %q, want %q", cell, got, want)
				}
				// Raw or not, article text is a string cell, never a formula.
				if fo, _ := f.GetCellFormula(SheetChronology, cell); fo != "" {
					t.Errorf("%s is a formula: %q", cell, fo)
				}
			}
			// The source link's shown title is neutralised too.
			fo, _ := f.GetCellFormula(SheetChronology, "E2")
			if wantTitle := tt.want["X2"]; !strings.HasSuffix(fo, ","+quote(wantTitle)+")") {
				t.Errorf("E2 formula = %q, want the title %q", fo, wantTitle)
			}
			event, _ := f.GetCellValue(SheetChronology, "D2")
			if strings.ContainsAny(event, "\x01\x02") || !strings.Contains(event, "bot\uFFFD\uFFFD on") {
				t.Errorf("control characters not replaced: %q", event[:40])
			}
			if n := len([]rune(event)); n > 32767 {
				t.Errorf("Event holds %d characters, more than a cell can", n)
			}
		})
	}
}

func TestReview(t *testing.T) {
	f := open(t, build(t, Options{}, append(entries(testRows), conflict()), docs))
	rows, err := f.GetRows(SheetReview)
	if err != nil {
		t.Fatal(err)
	}
	c := conflict()
	want := [][]string{
		// The conflict first, one row per mention; then the inferred month.
		{c.Key, "date conflict", "2026-01-06", "Leaders unveiled a plan", "2026-01-06 (1 source); 2026-01-08 (1 source)", "2026-01-06", "2026-01-06",
			"year-inferred", "January 6", dated.Title, "2026-01-08T11:15", "Leaders unveiled a plan in Paris on January 6."},
		{c.Key, "date conflict", "2026-01-06", "Leaders unveiled a plan", "2026-01-06 (1 source); 2026-01-08 (1 source)", "2026-01-08", "2026-01-08",
			"relative-to-reference", "today", undated.Title, "", "Leaders met today."},
		{entries(testRows)[1].Key, "inferred reference", "Dec 2025", "", "", "Dec 2025", "2025-12", "relative-to-reference", "Last month", undated.Title, "", "Last month the plan stalled."},
	}
	if got := rows[1:]; !reflect.DeepEqual(got, want) {
		t.Errorf("Review rows:\ngot  %q\nwant %q", got, want)
	}
	if got := numFmt(t, f, SheetReview, "C4"); got != fmtMonth {
		t.Errorf("Review C4 format = %q, want %q", got, fmtMonth)
	}
}

func TestSources(t *testing.T) {
	f := openRows(t, testRows)
	rows, err := f.GetRows(SheetSources)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		// The reference is shown only for undated documents; ingestion time is UTC.
		{dated.Title, "Caliber", dated.URL, "2026-01-08 11:15", "2026-01-08T11:15", "dateline", "", "Jane Roe", dated.Path, "2026-01-09 13:30", "3"},
		{undated.Title, "", undated.URL, "", "", "none", "2026-01-07", "", undated.Path, "", "1"},
	}
	if got := rows[1:]; !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\ngot  %q\nwant %q", got, want)
	}
	if got, want := numeric(t, f, SheetSources, "J2"), 46031+13.5/24; got != want {
		t.Errorf("Ingested = %v, want serial %v", got, want)
	}
	if got, want := numeric(t, f, SheetSources, "D2"), 46030+11.25/24; got != want {
		t.Errorf("Published = %v, want serial %v", got, want)
	}
	for _, cell := range []string{"D2", "G3", "J2"} {
		if got := numFmt(t, f, SheetSources, cell); !strings.HasPrefix(got, "yyyy-mm-dd") {
			t.Errorf("%s number format = %q, want a date format", cell, got)
		}
	}
}

func TestSummary(t *testing.T) {
	es := append(entries(testRows), conflict())
	es = append(es, entries([]chrono.Row{row(chrono.DayDate(2025, time.October, 2), chrono.Explicit, "October.", "2 October 2025", dated)})...)
	b := build(t, Options{}, es, docs)
	f := open(t, b)
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Month", "Entries", "Two or more sources", "Conflicts", "Inferred", "First day"},
		{"Oct 2025", "1", "0", "0", "0", "Oct 2025"},
		{"Nov 2025", "0", "0", "0", "0", "Nov 2025"}, // empty months keep the axis to scale
		{"Dec 2025", "1", "0", "0", "1", "Dec 2025"},
		{"Jan 2026", "2", "1", "1", "0", "Jan 2026"},
		nil,
		{"Entries by the month they start in; a week counts in the month of its Monday. 2 dated only to a quarter, a season, a year or coarser are not counted."},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("Summary:\ngot  %q\nwant %q", rows, want)
	}
	if got := numeric(t, f, SheetSummary, "F2"); got != 45931 {
		t.Errorf("F2 = %v, want the serial of 2025-10-01", got)
	}
	chart, ok := unzip(t, b)["xl/charts/chart1.xml"]
	if !ok || !strings.Contains(chart, "<barChart>") || !strings.Contains(chart, "Summary&#39;!$B$2:$B$5") {
		t.Errorf("no column chart of entries per month: %s", chart)
	}
}

func TestAbout(t *testing.T) {
	o := Options{Built: time.Date(2026, 11, 22, 10, 30, 0, 0, time.FixedZone("CET", 3600)), Version: "v1.2.3",
		Database: "news.db", Filters: "--from 2026-01 --source politico", Articles: 7}
	f := open(t, build(t, o, append(entries(testRows), conflict()), docs))
	rows, err := f.GetRows(SheetAbout)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		if len(r) == 2 {
			got[r[0]] = r[1]
		}
	}
	for label, want := range map[string]string{
		"Built":             "2026-11-22 09:30",
		"chrono version":    "v1.2.3",
		"Database":          "news.db",
		"Filters":           "--from 2026-01 --source politico",
		"Entries":           "5",
		"First date":        "1800-01-01",
		"Last date":         "2026-01-06",
		"Entries to review": "2 (3 mentions on the Review sheet)",
		"Articles cited":    "2 of the 7 in the database",
	} {
		if got[label] != want {
			t.Errorf("About %s = %q, want %q", label, got[label], want)
		}
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2026-11-22T09:30:00Z" || props.Modified != props.Created || props.Creator != "chrono v1.2.3" {
		t.Errorf("document properties %+v, want created and modified at the build time, by chrono v1.2.3", props)
	}
}

// TestDeterministic: the same input gives the same bytes; another build
// time changes only the About sheet and the document properties.
func TestDeterministic(t *testing.T) {
	o := Options{Built: time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC), Version: "dev"}
	es := append(entries(testRows), conflict())
	a, b := build(t, o, es, docs), build(t, o, es, docs)
	if !bytes.Equal(a, b) {
		pa, pb := unzip(t, a), unzip(t, b)
		for name := range pa {
			if pa[name] != pb[name] {
				t.Errorf("two writes of the same entries differ in %s:\n%s\n%s", name, pa[name], pb[name])
			}
		}
	}
	o.Built = o.Built.Add(time.Hour)
	c := build(t, o, es, docs)
	pa, pc := unzip(t, a), unzip(t, c)
	var differ []string
	for name := range pa {
		if pa[name] != pc[name] {
			differ = append(differ, name)
		}
	}
	sort.Strings(differ)
	if want := []string{"docProps/core.xml", "xl/worksheets/sheet5.xml"}; !reflect.DeepEqual(differ, want) {
		t.Errorf("builds an hour apart differ in %q, want only %q", differ, want)
	}
	if len(pa) != len(pc) {
		t.Errorf("builds have %d and %d parts", len(pa), len(pc))
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

// unzip returns the parts of a workbook by name.
func unzip(t *testing.T, b []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(body)
	}
	return parts
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
