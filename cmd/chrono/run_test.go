package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono/golden"
	"github.com/xuri/excelize/v2"
)

// run runs the CLI in process with a fixed clock.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{
		now:    func() time.Time { return time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC) },
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errOut,
	}
	code = e.run(context.Background(), append([]string{"chrono"}, args...))
	return code, out.String(), errOut.String()
}

func TestDemo(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := run(t, "", "demo", "--out", out)
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"2 articles: 2 added",
		"2 chronology entries: 1 from two or more sources, 1 date conflict to review",
		"2025-12", "Peskov", "Dmitry Peskov",
		"2026-01-06", "unveiled", "January 6",
		"conflict: 2026-01-06 (1) vs", "2026-01-08 (1)",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
	csvBytes, err := os.ReadFile(filepath.Join(out, "chronology.csv"))
	if err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, "demo.csv", csvBytes)
	if bytes.Contains(csvBytes, []byte(",11:15 08.01.2026")) {
		t.Error("the dateline became an event")
	}

	// The same seeds give byte-identical CSV.
	out2 := t.TempDir()
	if code, _, stderr := run(t, "", "demo", "--out", out2); code != 0 {
		t.Fatal(stderr)
	}
	again, _ := os.ReadFile(filepath.Join(out2, "chronology.csv"))
	if !bytes.Equal(csvBytes, again) {
		t.Error("two demo runs gave different CSV")
	}
	checkWorkbook(t, filepath.Join(out, "chronology.xlsx"), 3)
}

// checkWorkbook reopens an export and checks that its date cells are numbers
// with a date format.
func checkWorkbook(t *testing.T, path string, wantRows int) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"Chronology", "Review", "Sources", "Summary", "About"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets: got %v, want %v", got, want)
	}
	rows, err := f.GetRows("Chronology")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != wantRows {
		t.Errorf("Chronology has %d rows, want %d", len(rows), wantRows)
	}
	for r := 2; r <= len(rows); r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r)
		typ, err := f.GetCellType("Chronology", cell)
		if err != nil {
			t.Fatal(err)
		}
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s: cell type %v, want a number", cell, typ)
		}
		style, _ := f.GetCellStyle("Chronology", cell)
		st, err := f.GetStyle(style)
		if err != nil {
			t.Fatal(err)
		}
		if st.CustomNumFmt == nil || !strings.Contains(*st.CustomNumFmt, "yy") {
			t.Errorf("%s: number format %v, want a date format", cell, st.CustomNumFmt)
		}
	}
}

func TestIngestTimelineExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	code, stdout, stderr := run(t, "", "--db", db, "ingest", "../../seeds")
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "2 articles: 2 added, 0 replaced, 0 unchanged, 0 failed") {
		t.Errorf("ingest output:\n%s", stdout)
	}
	code, stdout, _ = run(t, "", "--db", db, "ingest", "../../seeds")
	if code != 0 || !strings.Contains(stdout, "2 unchanged") {
		t.Errorf("re-ingest: exit %d:\n%s", code, stdout)
	}

	// A changed file replaces its events; stdin articles are kept apart.
	art := filepath.Join(dir, "note.txt")
	os.WriteFile(art, []byte("Note\nJanuary 9, 2026\nThe envoy left yesterday."), 0o644)
	if code, stdout, stderr := run(t, "", "--db", db, "ingest", art); code != 0 || !strings.Contains(stdout, "1 added") {
		t.Fatalf("ingest note: exit %d: %s%s", code, stdout, stderr)
	}
	os.WriteFile(art, []byte("Note\nJanuary 9, 2026\nThe envoy left on Tuesday."), 0o644)
	if code, stdout, stderr := run(t, "", "--db", db, "ingest", art); code != 0 || !strings.Contains(stdout, "1 replaced") {
		t.Fatalf("re-ingest changed note: exit %d: %s%s", code, stdout, stderr)
	}
	_, stdout, _ = run(t, "", "--db", db, "timeline", "--source", "note")
	if !strings.Contains(stdout, "2026-01-06") || strings.Contains(stdout, "2026-01-08") {
		t.Errorf("changed note: want only the new event (2026-01-06):\n%s", stdout)
	}
	for _, text := range []string{"One\nIt rained yesterday.", "Two\nIt snowed yesterday."} {
		if code, stdout, stderr := run(t, text, "--db", db, "ingest", "--published", "2026-01-05", "-"); code != 0 || !strings.Contains(stdout, "1 added") {
			t.Fatalf("ingest stdin: exit %d: %s%s", code, stdout, stderr)
		}
	}
	_, stdout, _ = run(t, "", "--db", db, "timeline", "--source", "stdin")
	if !strings.Contains(stdout, "It rained") || !strings.Contains(stdout, "It snowed") || !strings.Contains(stdout, "2026-01-04") {
		t.Errorf("two stdin articles: want both, dated 2026-01-04:\n%s", stdout)
	}
	os.Remove(art)
	code, stdout, stderr = run(t, "", "--db", db, "ingest", "../../seeds")
	if code != 0 {
		t.Fatal(stderr)
	}

	tests := []struct {
		name    string
		args    []string
		want    []string
		notWant []string
	}{
		{"all", []string{"timeline"}, []string{"2025-12", "2026-01-06", "2026-01-08"}, nil},
		{"from", []string{"timeline", "--from", "2026-01"}, []string{"2026-01-06", "2026-01-08"}, []string{"2025-12 "}},
		{"to month", []string{"timeline", "--to", "2025-12"}, []string{"2025-12"}, []string{"2026-01-06"}},
		{"from words", []string{"timeline", "--from", "January 5, 2026"}, []string{"2026-01-06"}, []string{"2025-12", "2026-01-04"}},
		{"source", []string{"timeline", "--source", "CALIBER"}, []string{"2026-01-06", "conflict: 2026-01-06 (1) vs"}, []string{"2025-12"}},
		{"actor", []string{"timeline", "--actor", "peskov"}, []string{"2025-12", "Dmitry Peskov"}, []string{"2026-01-06"}},
		{"actor from the title", []string{"timeline", "--actor", "Witkoff"}, []string{"2026-01-06", "426078cd"}, []string{"2025-12"}},
		{"top", []string{"timeline", "--top", "1"}, []string{"2026-01-06"}, []string{"2025-12", "2026-01-04"}},
		{"mentions", []string{"timeline", "--mentions", "--source", "CALIBER"}, []string{"XXXX-01-06", "announced today", "year-inferred (from reference)", "426078cd"}, []string{"2025-12"}},
		{"nothing", []string{"timeline", "--from", "2030"}, []string{"no dated events"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, "", append([]string{"--db", db}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(stdout, w) {
					t.Errorf("output has %q:\n%s", w, stdout)
				}
			}
		})
	}

	// CSV to stdout, filtered; flags after the command work in any order.
	code, stdout, stderr = run(t, "", "export", "--output", "-", "--format", "csv", "--db-ignored-by-reorder-test")
	if code != 2 {
		t.Errorf("unknown flag: exit %d, want 2 (%s)", code, stderr)
	}
	code, stdout, stderr = run(t, "", "--db", db, "export", "-o", "-", "--format", "csv", "--source", "intl-affairs")
	if code != 0 {
		t.Fatalf("export csv: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "date,start,end,granularity,resolution,event,source,published,path,expression") {
		t.Errorf("export csv: got %d lines:\n%s", len(lines), stdout)
	}
	xlsxPath := filepath.Join(dir, "brief.xlsx")
	if code, _, stderr := run(t, "", "--db", db, "export", "--output", xlsxPath); code != 0 {
		t.Fatalf("export xlsx: exit %d: %s", code, stderr)
	}
	checkWorkbook(t, xlsxPath, 6) // header, 2 seed entries, the note, two stdin articles
}

func TestUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	tests := []struct {
		args []string
		code int
		want string // in stdout for 0, stderr otherwise
	}{
		{[]string{"--version"}, 0, "chrono version dev"},
		{[]string{"ingest"}, 2, "chrono: ingest: no PATH given"},
		{[]string{"ingest", "--date-order", "ymd", "x.txt"}, 2, `chrono: invalid date order "ymd"`},
		{[]string{"ingest", "--published", "someday", "x.txt"}, 2, `chrono: --published: invalid date "someday"`},
		{[]string{"timeline", "--bogus"}, 2, "flag provided but not defined: -bogus"},
		{[]string{"--db", db, "timeline"}, 1, "run 'chrono ingest' first"},
		{[]string{"export", "--output", "x.pdf"}, 2, `cannot tell the format of "x.pdf"`},
		{[]string{"export", "--output", "x.txt", "--format", "pdf"}, 2, `unknown format "pdf": want csv, xlsx, json, jsonl, markdown, timelinejs-csv, timelinejs-json`},
		{[]string{"export", "--output", "-", "--format", "xlsx"}, 2, "xlsx needs an --output file"},
		{[]string{"export", "--output", "x.json", "--mentions"}, 2, "--mentions is for csv"},
		{[]string{"export", "--output", "x.md", "--excel"}, 2, "--excel is for csv and timelinejs-csv"},
		{[]string{"timeline", "--min-confidence", "1.5"}, 2, "--min-confidence: want a number from 0 to 1, not 1.5"},
		{[]string{"timeline", "--search", " ,; "}, 2, `--search: no words in " ,; "`},
		{[]string{"export"}, 2, `Required flag "output" not set`},
		{[]string{"parse"}, 2, "parse: no TEXT given"},
		{[]string{"nosuch"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stdout %q, stderr %q)", code, tt.code, stdout, stderr)
			}
			got := stderr
			if tt.code == 0 {
				got = stdout
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, cmd := range []string{"demo", "ingest", "watch", "timeline", "export", "review", "correct", "exclude", "note", "merge", "split", "corrections", "rebuild", "report", "sql", "parse", "tag"} {
		code, stdout, _ := run(t, "", cmd, "--help")
		if code != 0 || !strings.Contains(stdout, "Example:") || !strings.Contains(stdout, "chrono "+cmd) {
			t.Errorf("%s --help: exit %d, no example:\n%s", cmd, code, stdout)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"parse", "--ref", "2026-01-08", "Peskov said last month that talks on January 6 went well"},
			[]string{"12-22", "last month", "2025-12", "month", "2025-12-01..2025-12-31", "relative-to-publication",
				"37-46", "January 6", "2026-01-06", "year-inferred"}},
		// Flags after the text work too.
		{[]string{"parse", "Filed 03/04/2026.", "--date-order", "dmy", "--ref", "2026-01-08"},
			[]string{"2026-04-03", "explicit"}},
		{[]string{"parse", "Filed 03/04/2026."}, []string{"2026-03-04", "explicit (ambiguous)"}},
		{[]string{"parse", "on January 6"}, []string{"2027-01-06", "year-inferred (from reference)"}},
		{[]string{"parse", "It may rain."}, []string{"no date expressions"}},
		{[]string{"parse", "yesterday"}, []string{"2026-11-21", "relative-to-reference"}},
	}
	for _, tt := range tests {
		code, stdout, stderr := run(t, "", tt.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, code, stderr)
		}
		for _, w := range tt.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("%v: output lacks %q:\n%s", tt.args, w, stdout)
			}
		}
	}
	code, stdout, _ := run(t, "It happened on 2026-01-08.", "parse", "-")
	if code != 0 || !strings.Contains(stdout, "2026-01-08") {
		t.Errorf("parse -: exit %d:\n%s", code, stdout)
	}
}

func TestReorder(t *testing.T) {
	app := (&env{}).app()
	tests := []struct{ in, want string }{
		{"chrono parse text --ref 2026-01-08", "chrono parse --ref 2026-01-08 -- text"},
		{"chrono --db x.db ingest a b --published 2026-01-08", "chrono --db x.db ingest --published 2026-01-08 -- a b"},
		{"chrono ingest - --date-order=dmy", "chrono ingest --date-order=dmy -- -"},
		{"chrono timeline", "chrono timeline"},
		{"chrono parse -- --ref", "chrono parse -- --ref"},
	}
	for _, tt := range tests {
		if got := strings.Join(reorder(app, strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("reorder(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTag(t *testing.T) {
	in := `{"id": "a", "dct": "2026-01-08", "text": "Kyiv — talks on January 6 failed; they resume next week.", "title": "ignored"}
{"id": "b", "dct": null, "text": "Zelenskyy met Macron on January 6."}

{"id": "c", "dct": "2026-01-08T11:15:00", "text": "No dates here."}
`
	code, stdout, stderr := run(t, in, "tag", "-")
	if code != 0 {
		t.Fatalf("tag: exit %d: %s", code, stderr)
	}
	want := `{"id":"a","timexes":[{"start":16,"end":25,"text":"January 6","type":"DATE","value":"2026-01-06"},{"start":46,"end":55,"text":"next week","type":"DATE","value":"2026-W03"}]}
{"id":"b","timexes":[{"start":24,"end":33,"text":"January 6","type":"DATE","value":"XXXX-01-06"}]}
{"id":"c","timexes":[]}
`
	if stdout != want {
		t.Errorf("tag output:\n got %s\nwant %s", stdout, want)
	}

	// Bad lines are named, one error each, and the others still tagged.
	code, stdout, stderr = run(t, "{\"id\": \"a\", \"text\": \"x\"}\nnot json\n{\"id\": \"c\", \"dct\": \"junk\", \"text\": \"x\"}\n{\"id\": \"d\", \"text\": \"x\"}\n", "tag")
	if code != 1 || !strings.Contains(stderr, "chrono: tag stdin: line 2:") || !strings.Contains(stderr, `chrono: tag stdin: line 3 ("c"): dct:`) {
		t.Errorf("bad lines: exit %d, stderr %q; want exit 1 naming lines 2 and 3", code, stderr)
	}
	if want := "{\"id\":\"a\",\"timexes\":[]}\n{\"id\":\"d\",\"timexes\":[]}\n"; stdout != want {
		t.Errorf("bad lines: stdout %q, want the good lines tagged: %q", stdout, want)
	}
	code, _, stderr = run(t, "", "tag", "missing.jsonl")
	if code != 1 || !strings.Contains(stderr, "missing.jsonl") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}
