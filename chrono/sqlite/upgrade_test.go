package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/sqlite"
)

var update = flag.Bool("update", false, "rewrite testdata/v1.db from migration 0001")

// v1 is a database written by the first released schema (migration 0001
// only), with two articles, their mentions and events: what a user of the
// first chrono has on disk. `go test -update` writes it again.
const v1 = "testdata/v1.db"

// v1Rows are the rows of testdata/v1.db, in the first schema's columns.
var v1Rows = []string{
	`INSERT INTO documents (id, path, hash, title, byline, text, published_value, published_grain, published_start, published_end, published_origin, dateline_start, dateline_end, ingested_at)
	 VALUES (1, 'articles/kyiv.txt', 'aa11', 'Talks fail in Kyiv', 'Olena Shevchenko', 'Talks fail in Kyiv' || char(10) || '11:15 08.01.2026' || char(10) || 'The minister said on January 6, 2026 that talks had failed. Last month they had gone well.',
	         '2026-01-08T11:15', 'minute', '2026-01-08', '2026-01-08', 'dateline', 19, 35, '2026-01-09T10:00:00Z')`,
	`INSERT INTO documents (id, path, hash, title, text, published_value, published_grain, published_start, published_end, published_origin, reference_date, ref_origin, ingested_at)
	 VALUES (2, 'articles/undated.txt', 'bb22', 'Geneva round ends', 'Geneva round ends' || char(10) || 'The Geneva round ended yesterday.', '', '', NULL, NULL, 'none', '2026-01-08', 'median publication date of the other articles', '2026-01-09T10:00:00Z')`,
	`INSERT INTO mentions (id, document_id, byte_start, byte_end, char_start, char_end, text, type, value, grain, grain_rank, start_date, end_date, resolution, anchor_date, confidence, ambiguous, inferred, mod, stated, why)
	 VALUES (1, 1, 57, 72, 57, 72, 'January 6, 2026', 'DATE', '2026-01-06', 'day', 2, '2026-01-06', '2026-01-06', 'explicit', NULL, 0.95, 0, 0, '', '2026-01-06', 'stated in full')`,
	`INSERT INTO mentions (id, document_id, byte_start, byte_end, char_start, char_end, text, type, value, grain, grain_rank, start_date, end_date, resolution, anchor_date, confidence, ambiguous, inferred, mod, stated, why)
	 VALUES (2, 1, 97, 107, 97, 107, 'Last month', 'DATE', '2025-12', 'month', 4, '2025-12-01', '2025-12-31', 'relative-to-publication', '2026-01-08', 0.8, 0, 0, '', '', '"last month" from publication date 2026-01-08')`,
	`INSERT INTO mentions (id, document_id, byte_start, byte_end, char_start, char_end, text, type, value, grain, grain_rank, start_date, end_date, resolution, anchor_date, confidence, ambiguous, inferred, mod, stated, why)
	 VALUES (3, 2, 43, 52, 43, 52, 'yesterday', 'DATE', '2026-01-07', 'day', 2, '2026-01-07', '2026-01-07', 'relative-to-reference', '2026-01-08', 0.35, 0, 1, '', '', '"yesterday": -1 days from reference 2026-01-08')`,
	`INSERT INTO events (id, document_id, mention_id, sentence, sentence_start, sentence_end, char_start, char_end)
	 VALUES (1, 1, 1, 'The minister said on January 6, 2026 that talks had failed.', 36, 96, 36, 96)`,
	`INSERT INTO events (id, document_id, mention_id, sentence, sentence_start, sentence_end, char_start, char_end)
	 VALUES (2, 1, 2, 'Last month they had gone well.', 97, 127, 97, 127)`,
	`INSERT INTO events (id, document_id, mention_id, sentence, sentence_start, sentence_end, char_start, char_end)
	 VALUES (3, 2, 3, 'The Geneva round ended yesterday.', 18, 51, 18, 51)`,
}

// writeV1 writes testdata/v1.db: migration 0001, user_version 1, the rows.
func writeV1(t *testing.T) {
	t.Helper()
	init, err := os.ReadFile(filepath.Join("migrations", "0001_init.sql"))
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(v1)
	os.MkdirAll("testdata", 0o755)
	raw, err := sql.Open("sqlite", v1)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range append([]string{`PRAGMA journal_mode = DELETE`, string(init), `PRAGMA user_version = 1`}, v1Rows...) {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// copyV1 copies testdata/v1.db into a temporary folder.
func copyV1(t *testing.T) string {
	t.Helper()
	if *update {
		writeV1(t)
	}
	b, err := os.ReadFile(v1)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "v1.db")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestUpgradeFirstSchema opens a database of the first schema with today's
// chrono: it is migrated in place to the latest version, and keeps its
// documents, mentions and events, which read back as they were written.
func TestUpgradeFirstSchema(t *testing.T) {
	ctx := context.Background()
	path := copyV1(t)
	db := open(t, path)
	files, _ := os.ReadDir("migrations")
	if v := userVersion(t, db); v != len(files) {
		t.Errorf("version %d after opening, want %d", v, len(files))
	}
	for table, want := range map[string]int{"documents": 2, "timexes": 3, "events": 3, "entries": 0, "corrections": 0} {
		if got := count(t, db, table); got != want {
			t.Errorf("%s: %d rows, want %d", table, got, want)
		}
	}
	docs, err := db.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Path+" "+d.Title+" "+d.Published.Value+" "+string(d.PublishedOrigin)+" site="+d.Site+" settings="+d.Settings)
	}
	want := []string{
		"articles/kyiv.txt Talks fail in Kyiv 2026-01-08T11:15 dateline site= settings=",
		"articles/undated.txt Geneva round ends  none site= settings=",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("documents:\n got %q\nwant %q", got, want)
	}
	rows, err := db.Timeline(ctx, chrono.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, r := range rows {
		got = append(got, r.Mention.Date.Value+" "+r.Mention.Text+" "+r.Source.Path)
	}
	want = []string{"2025-12 Last month articles/kyiv.txt", "2026-01-06 January 6, 2026 articles/kyiv.txt", "2026-01-07 yesterday articles/undated.txt"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n got %q\nwant %q", got, want)
	}

	// The migrated database takes entries and corrections, which survive
	// closing and opening it again.
	entries := chrono.BuildEntries(rows, nil, chrono.DefaultEntryOptions)
	if err := db.SaveEntries(ctx, entries); err != nil {
		t.Fatal(err)
	}
	corr := chrono.Correction{Kind: chrono.CorrectDate, Entry: entries[0].Key, Keys: []string{rows[0].Key()}, Value: "2025-11", Note: "archive", At: time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)}
	if _, err := db.AddCorrection(ctx, corr); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = open(t, path)
	cs, err := db.Corrections(ctx)
	if err != nil || len(cs) != 1 || cs[0].Value != "2025-11" || cs[0].Note != "archive" || cs[0].Keys[0] != rows[0].Key() {
		t.Errorf("corrections after reopening: %+v, %v", cs, err)
	}
	if n := count(t, db, "entries"); n != len(entries) {
		t.Errorf("%d entries after reopening, want %d", n, len(entries))
	}
}

// TestUpgradeFailsWhole: a migration that fails leaves the database at the
// version before it, with nothing of the failed migration applied, and
// the data intact.
func TestUpgradeFailsWhole(t *testing.T) {
	path := copyV1(t)
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	// Migration 0002 creates entries: a table of that name already there
	// makes it fail half-way, after entries and before corrections.
	if _, err := raw.Exec(`CREATE TABLE entry_actors (x)`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if db, err := sqlite.Open(path); err == nil {
		db.Close()
		t.Fatal("Open migrated over a conflicting table")
	} else if !strings.Contains(err.Error(), "migration 0002_entries.sql") {
		t.Errorf("error %q does not name the migration", err)
	}
	raw, err = sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var v, entries, docs int
	raw.QueryRow(`PRAGMA user_version`).Scan(&v)
	raw.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'entries'`).Scan(&entries)
	raw.QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
	if v != 1 || entries != 0 || docs != 2 {
		t.Errorf("after the failed migration: version %d, entries table %d, %d documents; want 1, 0, 2", v, entries, docs)
	}
}

// TestNewerSchemaRefused: a database written by a newer chrono is refused
// by Open and OpenReadOnly with a message that says so, and its file is
// left byte for byte as it was.
func TestNewerSchemaRefused(t *testing.T) {
	path := copyV1(t)
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir("migrations")
	for name, open := range map[string]func(string) (*sqlite.DB, error){"Open": sqlite.Open, "OpenReadOnly": sqlite.OpenReadOnly} {
		db, err := open(path)
		if err == nil {
			db.Close()
			t.Errorf("%s of a newer database succeeded", name)
			continue
		}
		want := "open " + path + ": database schema version 99 is newer than this chrono knows (" + string(rune('0'+len(files))) + "): upgrade chrono"
		if err.Error() != want {
			t.Errorf("%s: %q, want %q", name, err, want)
		}
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the refused database file changed")
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("refusing the database left %s%s", path, suffix)
		}
	}
}
