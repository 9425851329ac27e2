package tabular

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/reports"
	"github.com/chrono-news/chrono/reports/formula"
)

// Formats are the output formats, in the order help lists them.
var Formats = []string{"table", "csv", "json", "jsonl", "xlsx"}

// Options change how results are written.
type Options struct {
	// Raw leaves text that a spreadsheet would run as a formula ("=…",
	// "+…", "-…", "@…") as it is; by default CSV and XLSX cells get a
	// leading apostrophe (OWASP CSV injection), as every chrono export.
	Raw bool
}

// Write writes results in format: table, csv, json or jsonl (one result
// after another), or xlsx (a sheet each).
func Write(w io.Writer, format string, opt Options, results ...*reports.Result) error {
	if format == "xlsx" {
		return WriteXLSX(w, opt, results...)
	}
	for i, r := range results {
		var err error
		switch format {
		case "table":
			if i > 0 {
				fmt.Fprintln(w)
			}
			err = writeTable(w, r)
		case "csv":
			err = writeCSV(w, r, opt)
		case "json":
			err = writeJSON(w, r)
		case "jsonl":
			err = writeJSONL(w, r)
		default:
			return fmt.Errorf("unknown format %q: want %s", format, strings.Join(Formats, ", "))
		}
		if err != nil {
			return fmt.Errorf("%s: %w", r.Name, err)
		}
	}
	return nil
}

// cell renders a value for text formats: NULL is empty.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case time.Time:
		return x.UTC().Format(time.RFC3339)
	}
	return fmt.Sprint(v)
}

func writeTable(w io.Writer, r *reports.Result) error {
	if len(r.Rows) == 0 {
		fmt.Fprintf(w, "%s: no rows\n", r.Name)
		return nil
	}
	t := table.NewWriter()
	t.SetOutputMirror(w)
	t.SetStyle(table.StyleLight)
	header := make(table.Row, len(r.Columns))
	for i, c := range r.Columns {
		header[i] = c
	}
	t.AppendHeader(header)
	var cfg []table.ColumnConfig
	for i := range r.Columns {
		cfg = append(cfg, table.ColumnConfig{Number: i + 1, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft})
	}
	t.SetColumnConfigs(cfg)
	for _, row := range r.Rows {
		out := make(table.Row, len(row))
		for i, v := range row {
			switch v.(type) {
			case int64, float64:
				out[i] = v
			default:
				out[i] = cell(v)
			}
		}
		t.AppendRow(out)
	}
	t.Render()
	return nil
}

func writeCSV(w io.Writer, r *reports.Result, opt Options) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(r.Columns); err != nil {
		return err
	}
	rec := make([]string, len(r.Columns))
	for _, row := range r.Rows {
		for i, v := range row {
			rec[i] = cell(v)
			if _, text := v.(string); text && !opt.Raw {
				rec[i] = formula.Neutralise(rec[i])
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// object writes one row as a JSON object, keys in column order.
func object(r *reports.Result, row []any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, c := range r.Columns {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(c)
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(row[i])
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeJSON(w io.Writer, r *reports.Result) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, row := range r.Rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n  ")
		o, err := object(r, row)
		if err != nil {
			return err
		}
		b.Write(o)
	}
	if len(r.Rows) > 0 {
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeJSONL(w io.Writer, r *reports.Result) error {
	for _, row := range r.Rows {
		o, err := object(r, row)
		if err != nil {
			return err
		}
		if _, err := w.Write(append(o, '\n')); err != nil {
			return err
		}
	}
	return nil
}

var (
	isoDay  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	isoTime = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$`)
)

// WriteXLSX writes one sheet per result, named after it: ISO days and
// RFC 3339 times become date cells, numbers stay numbers, the header is
// bold and frozen.
func WriteXLSX(w io.Writer, opt Options, results ...*reports.Result) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	dayFmt, timeFmt := "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
	day, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dayFmt})
	if err != nil {
		return err
	}
	stamp, err := f.NewStyle(&excelize.Style{CustomNumFmt: &timeFmt})
	if err != nil {
		return err
	}
	used := map[string]bool{}
	for i, r := range results {
		name := sheetName(r.Name, used)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return err
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		head := make([]any, len(r.Columns))
		for k, c := range r.Columns {
			head[k] = excelize.Cell{StyleID: bold, Value: c}
		}
		if err := sw.SetRow("A1", head); err != nil {
			return err
		}
		for n, row := range r.Rows {
			cells := make([]any, len(row))
			for k, v := range row {
				cells[k] = xlsxCell(v, day, stamp, opt)
			}
			ref, _ := excelize.CoordinatesToCellName(1, n+2)
			if err := sw.SetRow(ref, cells); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	return f.Write(w)
}

func xlsxCell(v any, day, stamp int, opt Options) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	if !opt.Raw {
		s = formula.Neutralise(s)
	}
	switch {
	case isoDay.MatchString(s):
		if t, err := time.Parse("2006-01-02", s); err == nil && t.Year() >= 1900 {
			return excelize.Cell{StyleID: day, Value: t}
		}
	case isoTime.MatchString(s):
		if t, err := time.Parse(time.RFC3339, s); err == nil && t.Year() >= 1900 {
			return excelize.Cell{StyleID: stamp, Value: t.UTC()}
		}
	}
	return s
}

// sheetName makes a valid, unique sheet name: at most 31 characters,
// none of []:*?/\.
func sheetName(name string, used map[string]bool) string {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, name)
	if clean == "" {
		clean = "result"
	}
	if len(clean) > 31 {
		clean = clean[:31]
	}
	out := clean
	for n := 2; used[strings.ToLower(out)]; n++ {
		suffix := fmt.Sprintf(" %d", n)
		out = clean[:min(len(clean), 31-len(suffix))] + suffix
	}
	used[strings.ToLower(out)] = true
	return out
}
