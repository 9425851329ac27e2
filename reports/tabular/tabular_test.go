package tabular

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/reports"
)

var res = &reports.Result{
	Name:    "by-month",
	Columns: []string{"month", "day", "n", "share", "note"},
	Rows: [][]any{
		{"2025-12", "2025-12-01", int64(3), 0.5, nil},
		{"2026-01", "2026-01-08", int64(12), 1.25, `says "hi", then, left`},
	},
}

func TestWrite(t *testing.T) {
	tests := []struct{ format, want string }{
		{"csv", "month,day,n,share,note\n2025-12,2025-12-01,3,0.5,\n2026-01,2026-01-08,12,1.25,\"says \"\"hi\"\", then, left\"\n"},
		{"jsonl", `{"month":"2025-12","day":"2025-12-01","n":3,"share":0.5,"note":null}` + "\n" +
			`{"month":"2026-01","day":"2026-01-08","n":12,"share":1.25,"note":"says \"hi\", then, left"}` + "\n"},
		{"json", "[\n  " + `{"month":"2025-12","day":"2025-12-01","n":3,"share":0.5,"note":null}` + ",\n  " +
			`{"month":"2026-01","day":"2026-01-08","n":12,"share":1.25,"note":"says \"hi\", then, left"}` + "\n]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tt.format, Options{}, res); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
	var b bytes.Buffer
	if err := Write(&b, "json", Options{}, &reports.Result{Name: "empty", Columns: []string{"a"}}); err != nil || b.String() != "[]\n" {
		t.Errorf("empty json: %q %v", b.String(), err)
	}
	b.Reset()
	if err := Write(&b, "table", Options{}, res); err != nil || !strings.Contains(b.String(), "│ 2026-01 │ 2026-01-08 │ 12 │  1.25 │") {
		t.Errorf("table: %v\n%s", err, b.String())
	}
	if err := Write(&b, "pdf", Options{}, res); err == nil || !strings.Contains(err.Error(), `unknown format "pdf"`) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestWriteXLSX(t *testing.T) {
	var b bytes.Buffer
	other := &reports.Result{Name: "by-month", Columns: []string{"x"}, Rows: [][]any{{"2026-01-08T11:15:00Z"}}}
	if err := WriteXLSX(&b, Options{}, res, other); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "by-month" || got[1] != "by-month 2" {
		t.Errorf("sheets %q", got)
	}
	tests := []struct{ sheet, cell, shows string }{
		{"by-month", "A2", "2025-12"},    // a month stays text
		{"by-month", "B2", "2025-12-01"}, // a day is a date cell, shown as a day
		{"by-month", "C3", "12"},         // a number
		{"by-month 2", "A2", "2026-01-08 11:15"},
	}
	for _, tt := range tests {
		if got, _ := f.GetCellValue(tt.sheet, tt.cell); got != tt.shows {
			t.Errorf("%s!%s shows %q, want %q", tt.sheet, tt.cell, got, tt.shows)
		}
	}
	for _, c := range []string{"B2", "C3"} {
		if typ, _ := f.GetCellType("by-month", c); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s is text, want a number or date", c)
		}
	}
	if typ, _ := f.GetCellType("by-month", "A2"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("A2 type %v, want text", typ)
	}
}

// Text a spreadsheet would run is neutralised in CSV and XLSX, unless Raw.
func TestNeutralise(t *testing.T) {
	hostile := &reports.Result{Name: "h", Columns: []string{"headline", "n"}, Rows: [][]any{{"=HYPERLINK(\"http://evil\")", int64(-3)}}}
	var b bytes.Buffer
	if err := Write(&b, "csv", Options{}, hostile); err != nil || b.String() != "headline,n\n\"'=HYPERLINK(\"\"http://evil\"\")\",-3\n" {
		t.Errorf("csv: %v %q", err, b.String())
	}
	b.Reset()
	if err := Write(&b, "csv", Options{Raw: true}, hostile); err != nil || !strings.HasPrefix(b.String(), "headline,n\n\"=HYPERLINK") {
		t.Errorf("csv raw: %v %q", err, b.String())
	}
	b.Reset()
	if err := WriteXLSX(&b, Options{}, hostile); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("h", "A2"); v != "'=HYPERLINK(\"http://evil\")" {
		t.Errorf("xlsx A2 = %q", v)
	}
	if fm, _ := f.GetCellFormula("h", "A2"); fm != "" {
		t.Errorf("xlsx A2 holds a formula %q", fm)
	}
}
