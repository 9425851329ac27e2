package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	_ "modernc.org/sqlite" // the driver chrono/sqlite uses
)

// query opens a database read-only, outside chrono, as another tool would.
func query(t *testing.T, db string) *sql.DB {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// stored lists the documents of a database and counts their events.
func stored(t *testing.T, db string) (docs map[string]bool, events map[string]int) {
	t.Helper()
	rows, err := query(t, db).Query(`SELECT d.path, count(e.id) FROM documents d LEFT JOIN events e ON e.document_id = d.id GROUP BY d.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	docs, events = map[string]bool{}, map[string]int{}
	for rows.Next() {
		var p string
		var n int
		if err := rows.Scan(&p, &n); err != nil {
			t.Fatal(err)
		}
		docs[p], events[p] = true, n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return docs, events
}

func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// TestBadInputMatrix ingests, into a database that already holds the seeds,
// one folder with every kind of bad input beside good articles: each bad
// one is one line on stderr naming the file (and the line of a feed), the
// repaired ones are ingested with a warning, the good ones are ingested,
// no bogus date is stored and nothing stored before is lost.
func TestBadInputMatrix(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	if code, _, stderr := run(t, "", "--db", db, "ingest", "../../seeds"); code != 0 {
		t.Fatal(stderr)
	}
	seedDocs, seedEvents := stored(t, db)

	in := filepath.Join(dir, "in")
	article := "Ministers meet in Paris\nJanuary 8, 2026\nThe ministers met yesterday in Paris."
	// A megabyte on one line: news sentences, no line break.
	var line strings.Builder
	for k := 0; line.Len() < 1<<20; k++ {
		fmt.Fprintf(&line, "Delegates discussed point %d of the plan at length, and the chair summed up the debate for the press. ", k%90+10)
		if k%10 == 0 {
			line.WriteString("Talks resumed on January 6 in Paris, officials said. ")
		}
	}
	var scripts strings.Builder
	scripts.WriteString("<html><head><title>Port strike ends</title>")
	for k := 0; k < 200; k++ {
		fmt.Fprintf(&scripts, `<script>document.write("Riot on March 3, 1999 number %d"); fetch("file:///etc/passwd")</script>`, k)
	}
	scripts.WriteString(`</head><body onload="alert('May 1, 1998')"><article><h1>Port strike ends</h1>`)
	for k := 0; k < 8; k++ {
		fmt.Fprintf(&scripts, "<p>The dockers went back to work on January 7, 2026 after nine days, the union said in paragraph %d of its statement.</p>"+
			`<script>var d = "June 5, 1997";</script><noscript>Enable JavaScript since April 4, 1996</noscript>`, k)
	}
	scripts.WriteString("</article></body></html>")
	files := map[string][]byte{
		"empty.txt":      nil,
		"nul.txt":        []byte("Title\nJanuary 8, 2026\x00\x00\x01"),
		"scan.txt":       []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj"),
		"photo.txt":      []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
		"report.pdf":     []byte("%PDF-1.7"), // not an article extension: not read
		"latin1.txt":     []byte("Caf\xe9 du Monde reopens\nJanuary 8, 2026\nThe caf\xe9 reopened yesterday."),
		"utf16.txt":      utf16LE("Ministers meet in Kyiv\r\nJanuary 9, 2026\r\nThe ministers met yesterday in Kyiv."),
		"crlf.txt":       []byte(strings.ReplaceAll(strings.ReplaceAll(article, "Paris", "Rome"), "\n", "\r\n")),
		"mac.txt":        []byte(strings.ReplaceAll(strings.ReplaceAll(article, "Paris", "Oslo"), "\n", "\r")),
		"oneline.txt":    []byte("One line\n" + line.String()),
		"huge.txt":       []byte("Huge\n" + strings.Repeat("It rained on January 6. ", 100_000)), // 2.4 MB
		"scripts.html":   []byte(scripts.String()),
		"impossible.txt": []byte("Impossible dates\nJanuary 8, 2026\nThe deal was signed on February 30, 2026. The 45th of May was sunny. It closed on 31 April 2025. In the year 99999 nothing."),
		"feed.jsonl": []byte(`{"id": "a", "title": "Good record", "published": "2026-01-08", "text": "The council met yesterday."}
{"id": "b", "text": "truncated
not json at all

{"id": "c", "text": 42.5e}
{"id": "d", "published": "February 30, 2026", "text": "Bad date."}
{"id": "e", "title": "Another good record", "published": "2026-01-09", "text": "The council voted yesterday."}
`),
	}
	for name, b := range files {
		writeFile(t, filepath.Join(in, name), string(b))
	}
	// A symlink loop in the folder, and one named on the command line.
	if err := os.Symlink(".", filepath.Join(in, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("self.txt", filepath.Join(in, "self.txt")); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.txt")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	code, stdout, stderr := run(t, "", "--db", db, "ingest", "--max-bytes", "2MB", "--json", in, missing, loop)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	p := func(name string) string { return filepath.Join(in, name) }
	wantErrs := []string{
		"chrono: ingest " + missing + ": no such file or directory",
		"chrono: ingest " + loop + ": too many levels of symbolic links",
		"chrono: ingest " + p("empty.txt") + ": empty file",
		"chrono: ingest " + p("feed.jsonl") + ":2: invalid JSON: unexpected end of JSON input",
		"chrono: ingest " + p("feed.jsonl") + ":3: invalid JSON: invalid character 'o' in literal null (expecting 'u')",
		"chrono: ingest " + p("feed.jsonl") + ":5: invalid JSON: invalid character '}' in exponent of numeric literal",
		"chrono: ingest " + p("feed.jsonl") + ":6: published: \"February 30, 2026\" is not a date: want 2026-01-08, 2026-01-08T11:15:00Z or January 8, 2026",
		"chrono: ingest " + p("huge.txt") + ": too large: 2.4 MB, over the 2.0 MB limit (--max-bytes): skipped",
		"chrono: ingest " + p("nul.txt") + ": binary file, not text",
		"chrono: ingest " + p("photo.txt") + ": binary file, not text: PNG",
		"chrono: ingest " + p("scan.txt") + ": binary file, not text: PDF",
		"chrono: ingest " + p("self.txt") + ": too many levels of symbolic links",
		"chrono: ingest " + p("latin1.txt") + ": warning: invalid UTF-8 at byte 3 (2 places), replaced with U+FFFD (is it Latin-1 or Windows-1252? convert it to UTF-8)",
	}
	got := strings.Split(strings.TrimSpace(stderr), "\n")
	sort.Strings(got)
	sort.Strings(wantErrs)
	if strings.Join(got, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("stderr:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(wantErrs, "\n     "))
	}
	s := decode(t, stdout)
	if s.New != 9 || s.Failed != 12 || len(s.Warnings) != 1 {
		t.Errorf("summary: %d new, %d failed, %d warnings; want 9, 12, 1: %+v", s.New, s.Failed, len(s.Warnings), s)
	}

	docs, events := stored(t, db)
	for path := range seedDocs {
		if !docs[path] || events[path] != seedEvents[path] {
			t.Errorf("seed %s: stored %v with %d events, want its %d events kept", path, docs[path], events[path], seedEvents[path])
		}
	}
	for _, name := range []string{"latin1.txt", "utf16.txt", "crlf.txt", "mac.txt", "oneline.txt", "scripts.html", "impossible.txt", "feed.jsonl#a", "feed.jsonl#e"} {
		if !docs[p(name)] {
			t.Errorf("%s not stored", name)
		}
	}
	if len(docs) != len(seedDocs)+9 {
		t.Errorf("%d documents stored, want %d", len(docs), len(seedDocs)+9)
	}

	// Every repaired article has its date from its dateline; no date comes
	// from a script or an impossible date.
	rows := entryRows(t, db, "--mentions")
	for _, r := range rows {
		switch r["path"] {
		case p("latin1.txt"), p("crlf.txt"), p("mac.txt"), p("impossible.txt"):
			if r["published"] != "2026-01-08" || r["published_origin"] != "dateline" {
				t.Errorf("%s: published %s from %s, want 2026-01-08 from its dateline", r["path"], r["published"], r["published_origin"])
			}
		case p("utf16.txt"):
			if r["published"] != "2026-01-09" {
				t.Errorf("utf16.txt: published %s, want 2026-01-09", r["published"])
			}
		}
		if r["path"] == p("impossible.txt") {
			t.Errorf("impossible.txt: a date from %q: %s", r["expression"], r["date"])
		}
		for _, y := range []string{"1996", "1997", "1998", "1999", "03-02", "05-01"} {
			if strings.Contains(r["date"], y) {
				t.Errorf("bogus date %s from %q in %s", r["date"], r["expression"], r["path"])
			}
		}
		if strings.Contains(r["event"], "document.write") || strings.Contains(r["event"], "JavaScript") {
			t.Errorf("script text in an event: %q", r["event"])
		}
	}
	if events[p("scripts.html")] == 0 || events[p("oneline.txt")] == 0 {
		t.Errorf("events: scripts.html %d, oneline.txt %d; want some", events[p("scripts.html")], events[p("oneline.txt")])
	}
}

// TestUpgradeAndNewerDatabase: a database of the first schema is migrated
// by the first command that writes, and keeps its articles beside the new
// ones; one from a newer chrono is refused by every command, in one line,
// and left byte for byte as it was.
func TestUpgradeAndNewerDatabase(t *testing.T) {
	dir := t.TempDir()
	v1, err := os.ReadFile("../../chrono/sqlite/testdata/v1.db")
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "v1.db")
	if err := os.WriteFile(db, v1, 0o644); err != nil {
		t.Fatal(err)
	}
	migrations, err := os.ReadDir(filepath.Join("..", "..", "chrono", "sqlite", "migrations"))
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "", "--db", db, "timeline")
	if code != 1 || stderr != fmt.Sprintf("chrono: open %s: database schema version 1 is older than %d: open it for writing once to migrate it\n", db, len(migrations)) {
		t.Errorf("timeline of a first-schema database: exit %d, %q", code, stderr)
	}
	mustRun(t, "--db", db, "ingest", "../../seeds")
	docs, events := stored(t, db)
	if !docs["articles/kyiv.txt"] || events["articles/kyiv.txt"] != 2 || events["articles/undated.txt"] != 1 || len(docs) != 4 {
		t.Errorf("after migrating: documents %v, events %v", docs, events)
	}
	if out := mustRun(t, "--db", db, "timeline", "--source", "kyiv"); !strings.Contains(out, "2026-01-06") || !strings.Contains(out, "2025-12") {
		t.Errorf("timeline lacks the first schema's events:\n%s", out)
	}

	newer := filepath.Join(dir, "newer.db")
	if err := os.WriteFile(newer, v1, 0o644); err != nil {
		t.Fatal(err)
	}
	q, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Exec(`PRAGMA user_version = 42`); err != nil {
		t.Fatal(err)
	}
	q.Close()
	before, _ := os.ReadFile(newer)
	want := fmt.Sprintf("chrono: open %s: database schema version 42 is newer than this chrono knows (%d): upgrade chrono\n", newer, len(migrations))
	for _, args := range [][]string{{"ingest", "../../seeds"}, {"timeline"}, {"export", "-o", "-", "--format", "csv"}, {"rebuild"}, {"corrections", "export", filepath.Join(dir, "c.json")}} {
		code, _, stderr := run(t, "", append([]string{"--db", newer}, args...)...)
		if code != 1 || stderr != want {
			t.Errorf("%v: exit %d, stderr %q; want 1, %q", args, code, stderr, want)
		}
	}
	if after, _ := os.ReadFile(newer); !bytes.Equal(before, after) {
		t.Error("the newer database changed")
	}
}
