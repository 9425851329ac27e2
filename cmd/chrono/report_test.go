package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/golden"
	"github.com/chrono-news/chrono/chrono/sqlite"
)

// fixture builds the report fixture: the seeds and the constructed stories,
// with a correction, ingested at the test clock's time.
func fixture(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "fixture.db")
	mustRun(t, "--db", db, "ingest", "../../seeds", stories)
	gas := entryWith(t, entryRows(t, db), "European Union")
	mustRun(t, "--db", db, "correct", gas["entry"][:8], "--date", "2026-03-04", "--note", "council minutes")
	return db
}

// Every built-in report on the fixture, as CSV, against its golden file.
func TestReports(t *testing.T) {
	db := fixture(t)
	tests := []struct {
		name   string
		params []string
	}{
		{"by-month", nil},
		{"by-month", []string{"from=2026-01", "to=2026-01"}},
		{"per-source", nil},
		{"gaps", nil},
		{"gaps", []string{"from=2026-01-01", "to=2026-03-31", "limit=2"}},
		{"actors", []string{"kind=place", "limit=5"}},
		{"conflicts", nil},
		{"new-since", []string{"since=2026-11-22"}},
		{"new-since", []string{"since=2026-11-23"}},
		{"undated-sources", nil},
	}
	for _, tt := range tests {
		name := tt.name
		if len(tt.params) > 0 {
			name += "_" + strings.NewReplacer("=", "-", ":", "").Replace(strings.Join(tt.params, "_"))
		}
		t.Run(name, func(t *testing.T) {
			args := []string{"--db", db, "report", "run", tt.name, "--format", "csv"}
			for _, p := range tt.params {
				args = append(args, "--param", p)
			}
			golden.Compare(t, filepath.Join("reports", name+".csv"), []byte(mustRun(t, args...)))
		})
	}
}

func TestReportFormats(t *testing.T) {
	db := fixture(t)
	out := mustRun(t, "--db", db, "report", "run", "by-month", "--format", "json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 3 || rows[0]["month"] != "2025-12" || rows[0]["entries"] != 1.0 {
		t.Errorf("json: %v\n%s", err, out)
	}
	if !strings.HasPrefix(out, "[\n  {\"month\":") {
		t.Errorf("json keys not in column order:\n%s", out)
	}
	out = mustRun(t, "--db", db, "report", "run", "by-month", "--format", "jsonl")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 3 || !strings.HasPrefix(lines[2], `{"month":"2026-03","entries":4,`) {
		t.Errorf("jsonl:\n%s", out)
	}
	out = mustRun(t, "--db", db, "report", "run", "by-month")
	if !strings.Contains(out, "│ MONTH   │ ENTRIES │") || !strings.Contains(out, "│ 2026-03 │       4 │") {
		t.Errorf("table:\n%s", out)
	}
	xlsx := filepath.Join(t.TempDir(), "conflicts.xlsx")
	mustRun(t, "--db", db, "report", "run", "conflicts", "--output", xlsx)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "conflicts" {
		t.Errorf("sheets %v, want [conflicts]", got)
	}
	// column D holds the dates: numbers with a date format
	if typ, _ := f.GetCellType("conflicts", "D2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("D2 type %v, want a date cell", typ)
	}
	if v, _ := f.GetCellValue("conflicts", "D2"); v != "2026-01-06" {
		t.Errorf("D2 shows %q, want 2026-01-06", v)
	}
	if code, _, stderr := run(t, "", "--db", db, "report", "run", "by-month", "--format", "xlsx"); code != 2 || !strings.Contains(stderr, "needs an --output file") {
		t.Errorf("xlsx to stdout: exit %d %s", code, stderr)
	}
}

func TestUserReports(t *testing.T) {
	db := fixture(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "places.sql"), []byte(`-- name: places
-- description: Places by entries.
-- param: min  fewest entries; default: 2
SELECT name, count(*) AS entries FROM actors WHERE kind = 'place' GROUP BY name HAVING count(*) >= CAST(:min AS INTEGER) ORDER BY entries DESC, name
`), 0o644)
	out := mustRun(t, "--db", db, "report", "list", "--reports-dir", dir)
	if !strings.Contains(out, "places") || !strings.Contains(out, filepath.Join(dir, "places.sql")) || !strings.Contains(out, "by-month") {
		t.Errorf("list:\n%s", out)
	}
	out = mustRun(t, "--db", db, "report", "run", "places", "--reports-dir", dir, "--format", "csv")
	if out != "name,entries\nBrussels,2\nRussia,2\nUkraine,2\n" {
		t.Errorf("run places:\n%s", out)
	}
	t.Setenv("CHRONO_REPORTS", dir)
	out = mustRun(t, "--db", db, "report", "run", "places", "--param", "min=3", "--format", "csv")
	if out != "name,entries\n" {
		t.Errorf("places from $CHRONO_REPORTS with min=3:\n%s", out)
	}
	os.WriteFile(filepath.Join(dir, "broken.sql"), []byte("SELECT 1"), 0o644)
	code, _, stderr := run(t, "", "--db", db, "report", "list")
	if code != 1 || !strings.Contains(stderr, filepath.Join(dir, "broken.sql")) || !strings.Contains(stderr, `no "-- name:" line`) {
		t.Errorf("a broken report file: exit %d, %q", code, stderr)
	}
}

func TestReportErrors(t *testing.T) {
	db := fixture(t)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"report", "run", "nope"}, 2, `no report "nope" (there are: actors, by-month`},
		{[]string{"report", "run", "gaps", "--param", "form=2026-01-01"}, 2, `report gaps has no parameter "form"`},
		{[]string{"report", "run", "gaps", "--param", "from"}, 2, `--param "from": want KEY=VALUE`},
		{[]string{"report", "run", "gaps", "--format", "pdf"}, 2, `unknown format "pdf"`},
		{[]string{"report", "run"}, 2, "want one report NAME"},
		{[]string{"sql", "SELECT * FROM nowhere"}, 1, "no such table: nowhere"},
		{[]string{"sql", "SELECT :x"}, 1, `missing named argument "x"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := run(t, "", append([]string{"--db", db}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, %q; want exit %d with %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
}

// chrono sql reads: each write attempt fails with a clear message, and the
// database file is byte-identical afterwards.
func TestSQLReadOnly(t *testing.T) {
	db := fixture(t)
	before := fileSum(t, db)
	dir := t.TempDir()
	writes := []struct{ query, msg string }{
		{"INSERT INTO corrections (kind, entry_key, keys, at) VALUES ('note', 'x', '[]', 't')", "INSERT is not allowed"},
		{"DELETE FROM entries", "DELETE is not allowed"},
		{"UPDATE entries SET note = 'x'", "UPDATE is not allowed"},
		{"DROP TABLE entries", "DROP is not allowed"},
		{"CREATE TABLE t (x)", "CREATE is not allowed"},
		{"ATTACH DATABASE '" + filepath.Join(dir, "evil.db") + "' AS evil", "ATTACH is not allowed"},
		{"VACUUM INTO '" + filepath.Join(dir, "copy.db") + "'", "VACUUM is not allowed"},
		{"PRAGMA user_version = 99", "only reading pragmas"},
		{"PRAGMA journal_mode(DELETE)", "only reading pragmas"},
		{"SELECT 1; DELETE FROM entries", "one statement at a time"},
		{"WITH x AS (SELECT 1) INSERT INTO corrections (kind, entry_key, keys, at) SELECT 'note', 'x', '[]', 't' FROM x", "cannot be changed"},
		{"/* sneaky */ DELETE FROM entries", "DELETE is not allowed"},
	}
	for _, w := range writes {
		t.Run(w.query, func(t *testing.T) {
			code, _, stderr := run(t, "", "--db", db, "sql", w.query)
			if code != 1 || !strings.Contains(stderr, w.msg) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("exit %d, %q; want exit 1, one line with %q", code, stderr, w.msg)
			}
		})
	}
	if after := fileSum(t, db); !bytes.Equal(before, after) {
		t.Error("the database changed")
	}
	for _, f := range []string{"evil.db", "copy.db"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("%s was created", f)
		}
	}
	// Reading works, parameters bound.
	out := mustRun(t, "--db", db, "sql", "SELECT count(*) AS n FROM chronology WHERE start >= :from", "--param", "from=2026-03-01", "--format", "csv")
	if out != "n\n4\n" {
		t.Errorf("read with a parameter:\n%s", out)
	}
	out = mustRun(t, "--db", db, "sql", "PRAGMA table_info(conflicts)", "--format", "csv")
	if !strings.Contains(out, ",entry,") {
		t.Errorf("PRAGMA table_info:\n%s", out)
	}
	// The parameter is bound, not pasted: a quote in it is data.
	out = mustRun(t, "--db", db, "sql", "SELECT :x AS x", "--param", "x=1'); DROP TABLE entries; --", "--format", "csv")
	if out != "x\n1'); DROP TABLE entries; --\n" {
		t.Errorf("bound parameter:\n%s", out)
	}
}

func fileSum(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return s[:]
}

// --search goes through the FTS5 index and means what FilterEntries means:
// the same entries, for words, prefixes, accents and dotted names.
func TestSearchFTS(t *testing.T) {
	db := fixture(t)
	ro, err := sqlite.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	entries, err := ro.Entries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"security guarantees", "Rotterdam", "strik*", "U.S. kyiv", "ELYSÉE", "brussels winter", "nothing-here", "witkoff"} {
		t.Run(q, func(t *testing.T) {
			var want []string
			for _, e := range chrono.FilterEntries(entries, chrono.Filter{Search: q}) {
				want = append(want, e.Key)
			}
			rows := entryRows(t, db, "--search", q)
			var got []string
			for _, r := range rows {
				got = append(got, r["entry"])
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("index gives %q, FilterEntries %q", got, want)
			}
		})
	}
	out := mustRun(t, "--db", db, "timeline", "--search", "security guarantees")
	if !strings.Contains(out, "426078cd") || strings.Contains(out, "9c1e1fd0") {
		t.Errorf("timeline --search \"security guarantees\":\n%s", out)
	}
	out = mustRun(t, "--db", db, "sql", `SELECT c.date FROM chronology c WHERE c.entry IN (SELECT key FROM entries_fts WHERE entries_fts MATCH '"security guarantees"')`, "--format", "csv")
	if out != "date\n2026-01-06\n" {
		t.Errorf("FTS from SQL:\n%s", out)
	}
}
