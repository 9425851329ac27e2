package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Text a spreadsheet would run, coming from articles and analysts, is
// neutralised in every spreadsheet export: CSV (by entry and by mention),
// TimelineJS CSV, XLSX, and report and SQL output.
func TestHostileExports(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.jsonl")
	os.WriteFile(feed, []byte(strings.Join([]string{
		`{"id":"a","url":"https://example.com/a","title":"=HYPERLINK(\"http://evil.example\",\"click\")","published":"2026-03-10","text":"=1+1 said the minister on Monday.\n+cmd|' /C calc'!A0 happened on March 3."}`,
		`{"id":"b","url":"javascript:alert(1)","title":"@SUM(1+1)","published":"2026-03-11","text":"-2+3 rose on Tuesday, officials said."}`,
	}, "\n")+"\n"), 0o644)
	db := filepath.Join(dir, "h.db")
	mustRun(t, "--db", db, "ingest", feed)
	key := entryWith(t, entryRows(t, db, "--raw"), "=1+1")["entry"]
	mustRun(t, "--db", db, "note", key[:8], "=1+1 check this")

	risky := func(s string) bool { return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) }
	checkCSV := func(t *testing.T, name, out string) {
		t.Helper()
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		seen := false
		for _, r := range recs {
			for _, c := range r {
				if risky(c) {
					t.Errorf("%s: cell %q would run as a formula", name, c)
				}
				if strings.HasPrefix(c, "'=") || strings.HasPrefix(c, "'+") || strings.HasPrefix(c, "'@") || strings.HasPrefix(c, "'-") {
					seen = true
				}
			}
		}
		if !seen {
			t.Errorf("%s: no neutralised cell at all:\n%s", name, out)
		}
	}
	checkCSV(t, "csv", mustRun(t, "--db", db, "export", "-o", "-", "--format", "csv"))
	checkCSV(t, "csv --mentions", mustRun(t, "--db", db, "export", "-o", "-", "--format", "csv", "--mentions"))
	checkCSV(t, "timelinejs-csv", mustRun(t, "--db", db, "export", "-o", "-", "--format", "timelinejs-csv"))
	checkCSV(t, "report", mustRun(t, "--db", db, "report", "run", "per-source", "--format", "csv"))
	checkCSV(t, "sql", mustRun(t, "--db", db, "sql", "SELECT headline, event, note, source_titles FROM chronology", "--format", "csv"))
	// --raw leaves them as they are, for scripts.
	if raw := mustRun(t, "--db", db, "export", "-o", "-", "--format", "csv", "--raw"); !strings.Contains(raw, "\n=1+1") && !strings.Contains(raw, ",=1+1") && !strings.Contains(raw, `"=1+1`) {
		t.Errorf("--raw changed the text:\n%s", raw)
	}

	for _, out := range []string{filepath.Join(dir, "brief.xlsx"), filepath.Join(dir, "report.xlsx")} {
		if strings.HasSuffix(out, "brief.xlsx") {
			mustRun(t, "--db", db, "export", "-o", out)
		} else {
			mustRun(t, "--db", db, "report", "run", "per-source", "-o", out)
		}
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range f.GetSheetList() {
			rows, _ := f.GetRows(sheet)
			for r, row := range rows {
				for c, v := range row {
					ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
					formula, _ := f.GetCellFormula(sheet, ref)
					switch {
					case formula != "" && !strings.HasPrefix(formula, "HYPERLINK(\"https://example.com/a\""):
						t.Errorf("%s %s!%s holds the formula %q", filepath.Base(out), sheet, ref, formula)
					case formula == "" && risky(v):
						t.Errorf("%s %s!%s = %q would run as a formula", filepath.Base(out), sheet, ref, v)
					}
				}
			}
		}
		f.Close()
	}
}

// chrono sql cannot load code or write files through functions either.
func TestSQLFunctionsCannotWrite(t *testing.T) {
	db := fixture(t)
	before := fileSum(t, db)
	dir := t.TempDir()
	for _, q := range []string{
		"SELECT load_extension('" + filepath.Join(dir, "x.so") + "')",
		"SELECT writefile('" + filepath.Join(dir, "x.txt") + "', 'data')",
		"SELECT readfile('/etc/passwd')",
	} {
		code, _, stderr := run(t, "", "--db", db, "sql", q)
		if code != 1 || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("%s: exit %d, %q; want exit 1 and one line", q, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files created: %v", entries)
	}
	if after := fileSum(t, db); string(before) != string(after) {
		t.Error("the database changed")
	}
}
