package main

import (
	"bytes"
	"context"
	encsv "encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/golden"
)

// seedDB ingests the seed articles into a new database and returns its path.
func seedDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "seeds.db")
	if code, _, stderr := run(t, "", "--db", db, "ingest", "../../seeds"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	return db
}

// TestExportFormats: every format, to stdout and by extension, twice
// from one database gives the same bytes.
func TestExportFormats(t *testing.T) {
	db := seedDB(t)
	tests := []struct {
		args  []string
		check func(t *testing.T, out string)
	}{
		{[]string{"--format", "csv"}, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "date,start,end,") || strings.Contains(out, "\r\n") {
				t.Errorf("csv: %.80q", out)
			}
		}},
		{[]string{"--format", "csv", "--excel"}, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "\ufeffdate,start,end,") || strings.Count(out, "\r\n") != 3 {
				t.Errorf("csv --excel: want a BOM and 3 CRLF lines: %.80q", out)
			}
		}},
		{[]string{"--format", "csv", "--mentions"}, func(t *testing.T, out string) {
			if n := strings.Count(out, "\n"); n != 5 { // header and 4 mentions
				t.Errorf("csv --mentions: %d lines, want 5", n)
			}
		}},
		{[]string{"--format", "json"}, func(t *testing.T, out string) {
			var v []map[string]any
			if err := json.Unmarshal([]byte(out), &v); err != nil || len(v) != 2 || v[1]["conflict"] != true {
				t.Errorf("json: %v, %d entries: %.200s", err, len(v), out)
			}
		}},
		{[]string{"--format", "jsonl"}, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			for _, l := range lines {
				var v map[string]any
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Errorf("jsonl line: %v", err)
				}
			}
			if len(lines) != 2 {
				t.Errorf("jsonl: %d lines, want 2", len(lines))
			}
		}},
		{[]string{"--format", "md"}, func(t *testing.T, out string) {
			for _, w := range []string{"# Chronology\n", "\n## December 2025\n", "\n## 6 January 2026\n", "*Check:* conflict: 2026-01-06 (1) vs 2026-01-08 (1)"} {
				if !strings.Contains(out, w) {
					t.Errorf("markdown lacks %q:\n%s", w, out)
				}
			}
		}},
		{[]string{"--format", "timelinejs-json"}, func(t *testing.T, out string) {
			var v struct {
				Events []struct {
					StartDate map[string]int `json:"start_date"`
				} `json:"events"`
			}
			if err := json.Unmarshal([]byte(out), &v); err != nil || len(v.Events) != 2 {
				t.Fatalf("timelinejs-json: %v: %.200s", err, out)
			}
			// The month entry has no day.
			if _, ok := v.Events[0].StartDate["day"]; ok || v.Events[0].StartDate["month"] != 12 {
				t.Errorf("month entry start %v", v.Events[0].StartDate)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			args := append([]string{"--db", db, "export", "-o", "-"}, tt.args...)
			code, out, stderr := run(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			tt.check(t, out)
			if _, again, _ := run(t, "", args...); again != out {
				t.Error("two exports of one database differ")
			}
		})
	}
	// By extension, to a file.
	dir := t.TempDir()
	for _, name := range []string{"a.csv", "a.json", "a.jsonl", "a.ndjson", "a.md", "a.markdown", "a.xlsx"} {
		p := filepath.Join(dir, name)
		if code, _, stderr := run(t, "", "--db", db, "export", "-o", p); code != 0 || !strings.Contains(stderr, "wrote 2 entries to "+p) {
			t.Errorf("%s: exit %d: %s", name, code, stderr)
		}
	}
}

// TestTimelineJSSeeds: the TimelineJS CSV of the seeds, whose header is
// the template's exactly.
func TestTimelineJSSeeds(t *testing.T) {
	db := seedDB(t)
	code, out, stderr := run(t, "", "--db", db, "export", "-o", "-", "--format", "timelinejs-csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden.Compare(t, "seeds.timelinejs.csv", []byte(out))
	recs, err := encsv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	const template = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
	if got := strings.Join(recs[0], ","); got != template {
		t.Errorf("header:\ngot  %s\nwant %s", got, template)
	}
	// Last month (2025-12) has a Year and a Month, no Day.
	if got := recs[1][:3]; got[0] != "2025" || got[1] != "12" || got[2] != "" {
		t.Errorf("month entry: Year, Month, Day = %q", got)
	}
	if got := recs[2][:3]; got[0] != "2026" || got[1] != "1" || got[2] != "6" {
		t.Errorf("day entry: Year, Month, Day = %q", got)
	}
}

func TestExportFilters(t *testing.T) {
	db := seedDB(t)
	tests := []struct {
		name string
		args []string
		want int // entries
	}{
		{"none", nil, 2},
		{"search", []string{"--search", "peskov discussion"}, 1},
		{"search title words", []string{"--search", "WITKOFF"}, 2},
		{"search nothing", []string{"--search", "moscow"}, 0},
		{"min confidence", []string{"--min-confidence", "0.6"}, 1},
		{"min confidence as shown", []string{"--min-confidence", "0.52"}, 2},
		// January 6 comes only from the undated article (the dated one says the 8th).
		{"exclude inferred", []string{"--exclude-inferred"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := run(t, "", append([]string{"--db", db, "export", "-o", "-", "--format", "jsonl"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := strings.Count(out, "\n"); got != tt.want {
				t.Errorf("%d entries, want %d:\n%s", got, tt.want, out)
			}
		})
	}
	// The workbook says which filters made it, and when.
	p := filepath.Join(t.TempDir(), "f.xlsx")
	if code, _, stderr := run(t, "", "--db", db, "export", "-o", p, "--search", "peskov discussion", "--min-confidence", "0.5", "--exclude-inferred"); code != 0 {
		t.Fatal(stderr)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("About")
	about := map[string]string{}
	for _, r := range rows {
		if len(r) == 2 {
			about[r[0]] = r[1]
		}
	}
	for k, want := range map[string]string{
		"Filters":        `--search "peskov discussion" --min-confidence 0.5 --exclude-inferred`,
		"Built":          "2026-11-22 09:30",
		"chrono version": "dev",
		"Entries":        "1",
		"Articles cited": "1 of the 2 in the database",
	} {
		if about[k] != want {
			t.Errorf("About %s = %q, want %q", k, about[k], want)
		}
	}
	// An exclusion by inference: an undated article alone.
	code, out, _ := run(t, "Note\nThe envoy left yesterday.", "--db", db, "ingest", "--ref", "2026-01-09", "-")
	if code != 0 {
		t.Fatal(out)
	}
	_, all, _ := run(t, "", "--db", db, "timeline")
	_, kept, _ := run(t, "", "--db", db, "timeline", "--exclude-inferred")
	if !strings.Contains(all, "2026-01-08") || strings.Contains(kept, "The envoy left") {
		t.Errorf("--exclude-inferred kept the undated note's entry:\n%s", kept)
	}
}

// TestLibreOfficeDates converts an export to CSV with LibreOffice, as a
// user opening it would read it, and checks that the dates come out as
// dates formatted by granularity, not serial numbers.
func TestLibreOfficeDates(t *testing.T) {
	soffice := ""
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			soffice = p
			break
		}
	}
	if soffice == "" {
		t.Skip("LibreOffice (soffice) not installed")
	}
	db := seedDB(t)
	dir := t.TempDir()
	book := filepath.Join(dir, "brief.xlsx")
	if code, _, stderr := run(t, "", "--db", db, "export", "-o", book); code != 0 {
		t.Fatal(stderr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// A profile of its own: a LibreOffice already running elsewhere would
	// otherwise take the job and this one would return at once.
	cmd := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir, book)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out.String())
	}
	b, err := os.ReadFile(filepath.Join(dir, "brief.csv"))
	if err != nil {
		t.Fatalf("no CSV from LibreOffice: %v\n%s", err, out.String())
	}
	recs, err := encsv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Chronology: Date (by granularity), Sort key; Start and End are columns 15 and 16.
	want := [][]string{{"Dec 2025", "2025-12-01/2025-12-31"}, {"2026-01-06", "2026-01-06/2026-01-06"}}
	if len(recs) != 3 {
		t.Fatalf("LibreOffice CSV has %d rows, want 3:\n%s", len(recs), b)
	}
	for i, w := range want {
		r := recs[i+1]
		if r[0] != w[0] || r[1] != w[1] {
			t.Errorf("row %d: Date, Sort key = %q, %q; want %q, %q", i+2, r[0], r[1], w[0], w[1])
		}
	}
	if got := recs[1][14:16]; got[0] != "2025-12-01" || got[1] != "2025-12-31" {
		t.Errorf("Start, End = %q, want 2025-12-01, 2025-12-31", got)
	}
	if !strings.HasPrefix(recs[2][4], "US offers support") {
		t.Errorf("Source (a formula) reads %q, want the title", recs[2][4])
	}
}

// TestExportReadError: an error reading the entries partway through an
// export fails it, whatever the format, and leaves no half-written file.
func TestExportReadError(t *testing.T) {
	broken := errors.New("disk on fire")
	// One entry, then the error, as a database read failing on its second page.
	seq := func(yield func(*chrono.Entry, error) bool) {
		en := &chrono.Entry{Key: "426078cdd0043af563a7", Date: chrono.DayDate(2026, 1, 6), Text: "Leaders met."}
		if yield(en, nil) {
			yield(nil, broken)
		}
	}
	e := &env{now: time.Now, stdout: io.Discard, stderr: io.Discard}
	dir := t.TempDir()
	for _, format := range append(formats, "mentions") {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, "export."+format)
			err := e.write(out, format, seq, nil, exportOptions{})
			if !errors.Is(err, broken) {
				t.Errorf("write = %v, want %v", err, broken)
			}
			if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("%s left behind: %v", out, err)
			}
		})
	}
}
