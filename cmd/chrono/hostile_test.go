package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// snapshot lists the files below dir with their size and modification
// time.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if fi, err := d.Info(); err == nil {
			out[p] = fmt.Sprint(fi.Size(), fi.ModTime().UnixNano(), fi.Mode())
		}
		return nil
	})
	return out
}

// TestHostilePaths: nothing an ingested file says (a feed record's id,
// path or file: URL, a page's links, images, frames, base URL or canonical
// link) makes chrono read or write any file but its inputs and its
// database: the secret next door is never stored, and no file appears,
// changes or goes outside the database.
func TestHostilePaths(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret", "passwd.txt")
	writeFile(t, secret, "Secret\nJanuary 8, 2026\nSECRET-MARKER-7731 met on January 6.")
	in := filepath.Join(dir, "inbox")
	rel := "../secret/passwd.txt"
	writeFile(t, filepath.Join(in, "feed.jsonl"), strings.Join([]string{
		`{"id": "` + rel + `", "text": "Talks resumed on January 6, 2026."}`,
		`{"id": "` + secret + `", "text": "Talks stalled on January 7, 2026."}`,
		`{"url": "file://` + secret + `", "path": "` + secret + `", "text": "Talks ended on January 8, 2026."}`,
		`{"id": "x#../../../secret/passwd.txt", "url": "file:///etc/passwd", "text": "Talks failed on January 9, 2026."}`,
	}, "\n"))
	var page strings.Builder
	page.WriteString(`<html><head><title>Links everywhere</title><base href="file://` + filepath.Dir(secret) + `/">` +
		`<link rel="canonical" href="file://` + secret + `"><link rel="stylesheet" href="` + rel + `">` +
		`<meta property="og:url" content="file://` + secret + `"></head><body><article><h1>Links everywhere</h1>`)
	for k := 0; k < 6; k++ {
		fmt.Fprintf(&page, `<p>The envoys met on January 6, 2026 <a href="%s">in Paris</a>, as <a href="file://%s">the record</a> shows, paragraph %d.</p>`+
			`<img src="%s"><iframe src="file://%s"></iframe><object data="%s"></object>`, rel, secret, k, rel, secret, rel)
	}
	page.WriteString(`</article></body></html>`)
	writeFile(t, filepath.Join(in, "page.html"), page.String())

	db := filepath.Join(dir, "db", "chrono.db")
	os.MkdirAll(filepath.Dir(db), 0o755)
	before := snapshot(t, dir)
	code, stdout, stderr := run(t, "", "--db", db, "ingest", "--prune", in)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, stdout, stderr)
	}
	time.Sleep(10 * time.Millisecond)
	after := snapshot(t, dir)
	for p, s := range before {
		if after[p] != s {
			t.Errorf("%s changed: %s, was %s", p, after[p], s)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok && !strings.HasPrefix(p, db) {
			t.Errorf("%s appeared", p)
		}
	}
	docs, _ := stored(t, db)
	if len(docs) != 5 {
		t.Errorf("%d documents, want the 4 records and the page: %v", len(docs), docs)
	}
	var leaks int
	query(t, db).QueryRow(`SELECT (SELECT count(*) FROM documents WHERE text LIKE '%SECRET-MARKER%' OR title = 'Secret')
		+ (SELECT count(*) FROM events WHERE sentence LIKE '%SECRET-MARKER%')`).Scan(&leaks)
	if leaks != 0 {
		t.Errorf("the secret file was read: %d rows hold it", leaks)
	}
	// Nor does a second run with --prune remove or move anything: the
	// records' odd ids are records of the feed, not files.
	code, stdout, _ = run(t, "", "--db", db, "ingest", "--prune", in)
	if code != 0 || !strings.Contains(stdout, "5 unchanged") || strings.Contains(stdout, "pruned") {
		t.Errorf("second run: exit %d\n%s", code, stdout)
	}
	if _, err := os.Stat(secret); err != nil {
		t.Errorf("the secret file: %v", err)
	}
}
