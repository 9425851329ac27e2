package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// decode reads ingest --json output.
func decode(t *testing.T, stdout string) summary {
	t.Helper()
	var s summary
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("--json output: %v:\n%s", err, stdout)
	}
	return s
}

func TestIngestFeed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	feed := filepath.Join(dir, "feed.jsonl")
	writeFile(t, feed, `{"id": "r1", "date": "2026-01-08", "headline": "Talks", "body": "The envoys met yesterday.", "url": "https://wire.example/r1"}
{"id": "r2", "date": "2026-01-09", "headline": "Vote", "body": "The vote is due tomorrow."
{"id": "r3", "date": null, "headline": "Undated", "body": "Prices rose last month."}
`)
	code, stdout, stderr := run(t, "", "--db", db, "ingest", feed, "--json", "--field", "text=body", "--field", "published=date", "--field", "title=headline")
	if code != 1 {
		t.Errorf("exit %d, want 1 (a line failed)", code)
	}
	if want := "chrono: ingest " + feed + ":2: invalid JSON: unexpected end of JSON input\n"; stderr != want {
		t.Errorf("stderr:\n got %q\nwant %q", stderr, want)
	}
	s := decode(t, stdout)
	want := summary{Seen: 3, New: 2, Failed: 1, Failures: []failure{{Path: feed, Line: 2, Error: "invalid JSON: unexpected end of JSON input"}}}
	if fmt.Sprint(s) != fmt.Sprint(want) || len(s.Failures) != 1 || s.Failures[0] != want.Failures[0] {
		t.Errorf("summary:\n got %+v\nwant %+v", s, want)
	}
	rows := entryRows(t, db)
	var got []string
	for _, r := range rows {
		got = append(got, r["date"]+" "+r["source"]+" "+r["published"]+" "+r["published_origin"]+" "+r["path"])
	}
	// r3 has no date: "last month" is from the median of the others, 2026-01-08.
	wantRows := []string{
		"2025-12 Undated  none " + feed + "#r3",
		"2026-01-07 Talks 2026-01-08 metadata " + feed + "#r1",
	}
	if strings.Join(got, "\n") != strings.Join(wantRows, "\n") {
		t.Errorf("exported:\n got %q\nwant %q", got, wantRows)
	}

	// The fixed line is new; the others are unchanged.
	writeFile(t, feed, strings.Replace(mustRead(t, feed), `tomorrow."`, `tomorrow."}`, 1))
	code, stdout, stderr = run(t, "", "--db", db, "ingest", feed, "--json", "--field", "text=body", "--field", "published=date", "--field", "title=headline")
	if s := decode(t, stdout); code != 0 || s.New != 1 || s.Unchanged != 2 || s.Failed != 0 {
		t.Errorf("fixed feed: exit %d, %+v, %s", code, s, stderr)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestIngestHTML ingests the test pages of chrono/html: the date comes
// from the page's metadata, its text, its file name or nowhere.
func TestIngestHTML(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"meta.html", "jsonld.html", "time.html", "none.html", "dateline.html"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "chrono", "html", "testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		if n == "none.html" {
			n = "2025-08-30-none.html"
		}
		writeFile(t, filepath.Join(dir, "pages", n), string(b))
	}
	db := filepath.Join(dir, "test.db")
	code, stdout, stderr := run(t, "", "--db", db, "ingest", filepath.Join(dir, "pages"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"added     " + filepath.Join(dir, "pages", "meta.html") + "  published 2025-11-03 (metadata)",
		"added     " + filepath.Join(dir, "pages", "jsonld.html") + "  published 2025-09-18 (metadata)",
		"added     " + filepath.Join(dir, "pages", "time.html") + "  published 2025-10-14 (metadata)",
		"added     " + filepath.Join(dir, "pages", "dateline.html") + "  published 2026-01-08 (dateline)",
		"added     " + filepath.Join(dir, "pages", "2025-08-30-none.html") + "  published 2025-08-30 (filename)",
		"5 articles: 5 added, 0 replaced, 0 unchanged, 0 failed",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	// "on Monday" in a page published on Monday 3 November 2025.
	monday := 0
	for _, r := range entryRows(t, db, "--source", "port strike") {
		if r["expression"] == "Monday" && r["date"] == "2025-11-03" && r["published_origin"] == "metadata" {
			monday++
		}
	}
	if monday != 1 {
		t.Errorf("port strike: %d events on Monday 2025-11-03 from the page's metadata, want 1", monday)
	}
	xlsxPath := filepath.Join(dir, "pages.xlsx")
	if code, _, stderr := run(t, "", "--db", db, "export", "-o", xlsxPath); code != 0 {
		t.Fatal(stderr)
	}
}

// TestIngestTenThousand ingests a folder of 10,000 generated articles, then
// again with a few changed, added and deleted, pruning.
func TestIngestTenThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 files")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "news")
	article := func(i int, extra string) string {
		return fmt.Sprintf("Report %d\nJanuary %d, 2026\nThe committee met on Tuesday to review case %d.%s\n", i, i%28+1, i, extra)
	}
	const n = 10000
	for d := range 100 {
		if err := os.MkdirAll(filepath.Join(src, fmt.Sprintf("d%02d", d)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	// Written from several goroutines: file creation is latency-bound.
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 8 {
				errs <- os.WriteFile(filepath.Join(src, fmt.Sprintf("d%02d", i%100), fmt.Sprintf("%05d.txt", i)), []byte(article(i, "")), 0o644)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("writing %d files: %v", n, time.Since(start))
	db := filepath.Join(dir, "test.db")
	start = time.Now()
	code, stdout, stderr := run(t, "", "--db", db, "ingest", "--json", src)
	t.Logf("fresh ingest of %d files: %v", n, time.Since(start))
	if s := decode(t, stdout); code != 0 || s.Seen != n || s.New != n {
		t.Fatalf("first ingest: exit %d, %+v: %s", code, s, stderr)
	}

	for i := 0; i < 10; i++ { // changed
		writeFile(t, filepath.Join(src, fmt.Sprintf("d%02d", i%100), fmt.Sprintf("%05d.txt", i)), article(i, " It ends next week."))
	}
	for i := n; i < n+3; i++ { // added
		writeFile(t, filepath.Join(src, "new", fmt.Sprintf("%05d.txt", i)), article(i, ""))
	}
	for i := 100; i < 105; i++ { // deleted
		os.Remove(filepath.Join(src, fmt.Sprintf("d%02d", i%100), fmt.Sprintf("%05d.txt", i)))
	}
	start = time.Now()
	code, stdout, stderr = run(t, "", "--db", db, "ingest", "--json", "--prune", src)
	t.Logf("re-run with 18 changes: %v", time.Since(start))
	want := summary{Seen: n - 5 + 3, New: 3, Changed: 10, Unchanged: n - 5 - 10, Pruned: 5, Failures: []failure{}}
	if s := decode(t, stdout); code != 0 || fmt.Sprint(s) != fmt.Sprint(want) {
		t.Fatalf("second ingest: exit %d\n got %+v\nwant %+v\n%s", code, s, want, stderr)
	}
	rows := entryRows(t, db, "--source", "Report 3 ")
	if len(rows) != 0 {
		t.Errorf("the source filter should not match 'Report 3 ': %v", rows)
	}
	if rows := entryRows(t, db, "--source", "d01/00001.txt"); len(rows) != 2 {
		t.Errorf("changed article: %d events, want 2 (Tuesday, next week)", len(rows))
	}
}

// TestWatch starts watch, adds a file after it started and checks that the
// export picks it up. The ticker is the test's: each send returns once
// watch is waiting for it, so after two sends the batch between them is
// done, without sleeping.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	inbox := filepath.Join(dir, "inbox")
	writeFile(t, filepath.Join(inbox, "a.txt"), "Alpha\nJanuary 8, 2026\nThe envoys met yesterday.")
	db := filepath.Join(dir, "test.db")
	out := filepath.Join(dir, "brief.csv")
	xlsxOut := filepath.Join(dir, "brief.xlsx")

	tick := make(chan time.Time)
	var interval time.Duration
	var stdout, stderr bytes.Buffer
	e := &env{
		now:    func() time.Time { return time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC) },
		stdin:  strings.NewReader(""),
		stdout: &stdout, stderr: &stderr,
		ticker: func(d time.Duration) (<-chan time.Time, func()) { interval = d; return tick, func() {} },
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		done <- e.run(ctx, []string{"chrono", "--db", db, "watch", inbox, "--interval", "20ms", "--export", out, "--export", xlsxOut, "--prune"})
	}()
	step := func() { // one whole batch
		t.Helper()
		select {
		case tick <- time.Now():
		case code := <-done:
			t.Fatalf("watch ended: exit %d: %s", code, stderr.String())
		}
	}
	step()
	if got := mustRead(t, out); !strings.Contains(got, "The envoys met yesterday.") {
		t.Errorf("first export lacks a.txt:\n%s", got)
	}
	writeFile(t, filepath.Join(inbox, "sub", "b.txt"), "Bravo\nJanuary 9, 2026\nThe vote is due tomorrow.")
	writeFile(t, filepath.Join(inbox, "bad.txt"), "")
	step()
	step()
	got := mustRead(t, out)
	if !strings.Contains(got, "The vote is due tomorrow.") || !strings.Contains(got, "2026-01-10") {
		t.Errorf("export after b.txt arrived lacks it:\n%s", got)
	}
	os.Remove(filepath.Join(inbox, "a.txt"))
	step()
	step()
	if got := mustRead(t, out); strings.Contains(got, "The envoys met yesterday.") {
		t.Errorf("export still has the deleted a.txt:\n%s", got)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d after cancel, want 0: %s", code, stderr.String())
	}
	if interval != 20*time.Millisecond {
		t.Errorf("interval %v, want 20ms", interval)
	}
	// The bad file is reported once, not at every tick.
	if n := strings.Count(stderr.String(), "bad.txt: empty file"); n != 1 {
		t.Errorf("bad.txt reported %d times, want once:\n%s", n, stderr.String())
	}
	for _, want := range []string{"added     " + filepath.Join(inbox, "sub", "b.txt"), "pruned    " + filepath.Join(inbox, "a.txt"), "wrote 1 entry to " + out} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("watch output lacks %q:\n%s", want, stdout.String())
		}
	}
	checkWorkbook(t, xlsxOut, 2)
}

func TestProgressBar(t *testing.T) {
	dir := t.TempDir()
	for i := range progressMin {
		writeFile(t, filepath.Join(dir, "in", fmt.Sprintf("%03d.txt", i)), fmt.Sprintf("T%d\nJanuary 8, 2026\nIt rained.", i))
	}
	for _, terminal := range []bool{false, true} {
		var stdout, stderr bytes.Buffer
		e := &env{now: time.Now, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, terminal: terminal}
		db := filepath.Join(dir, fmt.Sprintf("%v.db", terminal))
		if code := e.run(context.Background(), []string{"chrono", "--db", db, "ingest", filepath.Join(dir, "in")}); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		bar := strings.Contains(stderr.String(), fmt.Sprintf("/%d, ", progressMin)) && strings.Contains(stderr.String(), "ingest")
		if bar != terminal {
			t.Errorf("terminal %v: progress bar %v, want %v; stderr %q", terminal, bar, terminal, stderr.String())
		}
	}
}

func TestIngestUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "--max-bytes", "lots", "x.txt"}, `--max-bytes: invalid size "lots"`},
		{[]string{"ingest", "--field", "body", "x.txt"}, `--field: invalid field mapping "body"`},
		{[]string{"ingest", "--field", "words=body", "x.txt"}, `unknown field "words"`},
		{[]string{"ingest", "--include", "[a-", "x"}, `invalid glob "[a-"`},
		{[]string{"ingest", "--format", "pdf", "-"}, `--format: invalid format "pdf"`},
		{[]string{"watch"}, "watch: no DIR given"},
		{[]string{"watch", "x", "--export", "x.pdf"}, "want a .csv, .xlsx, .json, .jsonl or .md file"},
		{[]string{"watch", "x", "--interval", "0s"}, "--interval must be positive"},
		{[]string{"watch", "-"}, "stdin cannot be watched"},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}

func TestIngestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "in", "big.txt"), "Big\nJanuary 8, 2026\n"+strings.Repeat("It rained. ", 200))
	writeFile(t, filepath.Join(dir, "in", "small.txt"), "Small\nJanuary 8, 2026\nIt rained.")
	code, stdout, stderr := run(t, "", "--db", filepath.Join(dir, "t.db"), "ingest", "--max-bytes", "1KB", filepath.Join(dir, "in"))
	if code != 1 || !strings.Contains(stderr, "big.txt: too large: 2.2 KB, over the 1.0 KB limit (--max-bytes): skipped") || !strings.Contains(stdout, "1 added") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
}
