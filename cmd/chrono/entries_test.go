package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const stories = "../../chrono/testdata/stories"

// entryRows exports the chronology of db as CSV and returns its records
// as column→value maps.
func entryRows(t *testing.T, db string, extra ...string) []map[string]string {
	t.Helper()
	code, stdout, stderr := run(t, "", append([]string{"--db", db, "export", "-o", "-", "--format", "csv"}, extra...)...)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// entryWith returns the exported entry whose event text contains text.
func entryWith(t *testing.T, rows []map[string]string, text string) map[string]string {
	t.Helper()
	for _, r := range rows {
		if strings.Contains(r["event"], text) {
			return r
		}
	}
	t.Fatalf("no entry with %q", text)
	return nil
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, stdout, stderr := run(t, "", args...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s%s", args, code, stdout, stderr)
	}
	return stdout
}

// A correction made once holds through new articles, a rebuild, and a
// fresh database built from the same articles with the corrections imported.
func TestCorrectionsSurvive(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	mustRun(t, "--db", db, "ingest", stories)
	gas := entryWith(t, entryRows(t, db), "European Union")
	if gas["conflict"] != "yes" || gas["sources"] != "2" {
		t.Fatalf("gas meeting: conflict %q, sources %q; want a conflict of two sources", gas["conflict"], gas["sources"])
	}
	review := mustRun(t, "--db", db, "review")
	if !strings.Contains(review, "Date conflicts (1)") || !strings.Contains(review, gas["entry"][:8]) {
		t.Errorf("review lacks the conflict %s:\n%s", gas["entry"][:8], review)
	}

	out := mustRun(t, "--db", db, "correct", gas["entry"][:8], "--date", "2026-03-04", "--note", "council minutes")
	if !strings.Contains(out, "correct "+gas["entry"][:8]) {
		t.Errorf("correct output:\n%s", out)
	}
	check := func(t *testing.T, db, when string) {
		t.Helper()
		got := entryWith(t, entryRows(t, db), "European Union")
		if got["date"] != "2026-03-04" || got["analyst"] != "yes" || got["computed"] != "2026-03-03" || got["note"] != "council minutes" {
			t.Errorf("%s: date %q analyst %q computed %q note %q; want 2026-03-04, yes, 2026-03-03, council minutes",
				when, got["date"], got["analyst"], got["computed"], got["note"])
		}
	}
	check(t, db, "after correct")
	if review := mustRun(t, "--db", db, "review"); strings.Contains(review, "Date conflicts") {
		t.Errorf("a corrected conflict is still to review:\n%s", review)
	}

	mustRun(t, "--db", db, "ingest", "../../seeds")
	check(t, db, "after a new ingest")
	mustRun(t, "--db", db, "rebuild")
	check(t, db, "after rebuild")

	corrections := filepath.Join(dir, "corrections.json")
	mustRun(t, "--db", db, "corrections", "export", corrections)
	fresh := filepath.Join(dir, "fresh.db")
	mustRun(t, "--db", fresh, "ingest", "../../seeds", stories)
	out = mustRun(t, "--db", fresh, "corrections", "import", corrections)
	if !strings.Contains(out, "imported 1 of 1 correction") {
		t.Errorf("import output:\n%s", out)
	}
	check(t, fresh, "in a fresh database")
	if out := mustRun(t, "--db", fresh, "corrections", "import", corrections); !strings.Contains(out, "imported 0 of 1 correction") {
		t.Errorf("importing twice:\n%s", out)
	}
}

func TestExcludeNoteMergeSplit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	mustRun(t, "--db", db, "ingest", stories)
	rows := entryRows(t, db)
	quake, strike := entryWith(t, rows, "earthquake"), entryWith(t, rows, "Rotterdam")
	if strike["sources"] != "3" || quake["entry"] == strike["entry"] {
		t.Fatalf("strike: %s sources; want 3, apart from the quake", strike["sources"])
	}

	mustRun(t, "--db", db, "note", strike["entry"][:8], "union", "figures")
	if got := entryWith(t, entryRows(t, db), "Rotterdam")["note"]; got != "union figures" {
		t.Errorf("note %q", got)
	}

	mustRun(t, "--db", db, "split", strike["entry"][:8])
	n := 0
	for _, r := range entryRows(t, db) {
		if strings.Contains(r["event"], "Rotterdam") {
			n++
		}
	}
	if n != 3 {
		t.Errorf("after split: %d strike entries, want 3", n)
	}

	rows = entryRows(t, db)
	a, b := entryWith(t, rows, "walked off the job"), entryWith(t, rows, "went on strike today")
	mustRun(t, "--db", db, "merge", a["entry"][:8], b["entry"][:8])
	mentions := entryRows(t, db, "--mentions")
	if a, b := entryWith(t, mentions, "walked off the job"), entryWith(t, mentions, "went on strike today"); a["entry"] != b["entry"] {
		t.Errorf("after merge the two reports are in entries %s and %s", a["entry"], b["entry"])
	}
	if c := entryWith(t, mentions, "that began on March 9"); c["entry"] == a["entry"] {
		t.Error("merge also took the report split off before")
	}

	mustRun(t, "--db", db, "exclude", quake["entry"][:8], "--note", "off topic")
	if tl := mustRun(t, "--db", db, "timeline"); strings.Contains(tl, "earthquake") {
		t.Errorf("excluded entry in the timeline:\n%s", tl)
	}
	if tl := mustRun(t, "--db", db, "timeline", "--all"); !strings.Contains(tl, "earthquake") || !strings.Contains(tl, "excluded") {
		t.Errorf("--all lacks the excluded entry, marked:\n%s", tl)
	}
	if rows := entryRows(t, db); len(rows) == 0 {
		t.Error("export lost everything")
	} else {
		for _, r := range rows {
			if strings.Contains(r["event"], "earthquake") {
				t.Error("excluded entry exported")
			}
		}
	}
}

func TestCorrectionErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	mustRun(t, "--db", db, "ingest", stories)
	key := entryWith(t, entryRows(t, db), "earthquake")["entry"][:8]
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`[{"kind":"date","entry":"abcd","keys":["abcd"],"value":"2026-02-30"}]`), 0o644)
	garbled := filepath.Join(dir, "garbled.json")
	os.WriteFile(garbled, []byte(`[{"kind":`), 0o644)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"correct", "ffffffff", "--date", "2026-03-04"}, 1, `entry "ffffffff": no such entry`},
		{[]string{"correct", "ab", "--date", "2026-03-04"}, 1, "at least 4 characters"},
		{[]string{"correct", key, "--date", "sometime"}, 2, `invalid date "sometime"`},
		{[]string{"correct", key}, 2, `Required flag "date" not set`},
		{[]string{"correct", "--date", "2026-03-04"}, 2, "no ENTRY given"},
		{[]string{"note", key}, 2, "no TEXT given"},
		{[]string{"merge", key}, 2, "want two ENTRY keys"},
		{[]string{"merge", key, key}, 2, "the same entry"},
		{[]string{"split", key}, 2, "one mention only"},
		{[]string{"corrections", "import", bad}, 1, "correction 1: entry abcd"},
		{[]string{"corrections", "import", garbled}, 1, "corrections import " + garbled},
		{[]string{"corrections", "import", filepath.Join(dir, "missing.json")}, 1, "no such file"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := run(t, "", append([]string{"--db", db}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("exit %d, stderr %q; want exit %d and one line with %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
	// Nothing was stored by the failed commands.
	if out := mustRun(t, "--db", db, "corrections", "export", "-"); strings.TrimSpace(out) != "[]" {
		t.Errorf("corrections after failed commands: %s", out)
	}
}
