package main

import (
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono/sqlite"
)

// entriesDB makes a chrono database of n entries over n/10 articles, as
// the XLSX benchmark's synthetic entries are: one to three mentions each
// (an event and its date expression, in articles a week apart), a
// sentence of about 200 characters, three actors, one entry in 30 a
// conflict (with its two dates) and one in ten inferred, dated over ten
// years, a quarter of them to a month. Built in SQL, in a few seconds.
func entriesDB(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "big.db")
	db, err := sqlite.Open(path) // the schema, by the migrations
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		b.Fatal(err)
	}
	defer raw.Close()
	docs := n/10 + 1
	steps := []string{
		`CREATE TEMP TABLE n AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < :n) SELECT i FROM n`,
		`CREATE TEMP TABLE e AS SELECT i, CASE WHEN i % 4 = 0 THEN 'month' ELSE 'day' END AS grain,
			CASE WHEN i % 4 = 0 THEN printf('%04d-%02d-01', 2016 + i * 10 / :n, 1 + i % 12)
				ELSE date('2016-01-01', '+' || (i * 3650 / :n) || ' days') END AS start FROM n`,
		`INSERT INTO documents (id, path, hash, title, site, url, published_value, published_grain, published_start,
			published_end, published_origin, ingested_at)
		SELECT i + 1, printf('wire/%06d.txt', i), printf('%016x', i), 'Ministers meet over the budget, report ' || i,
			'Wire', 'https://wire.example/' || i, d, 'day', d, d, 'metadata', '2026-01-09T12:00:00Z'
		FROM (SELECT i, date('2020-01-01', '+' || (i % 3000) || ' days') AS d FROM n WHERE i < :docs)`,
		`INSERT INTO entries (id, key, value, grain, grain_rank, start_date, end_date, resolution, confidence,
			sources, mentions, conflict, text, headline, actors, source_titles, first_ingested, last_ingested)
		SELECT i + 1, printf('%020x', i), CASE grain WHEN 'month' THEN substr(start, 1, 7) ELSE start END, grain,
			CASE grain WHEN 'month' THEN 3 ELSE 1 END, start,
			CASE grain WHEN 'month' THEN date(start, '+1 month', '-1 day') ELSE start END,
			'explicit', 0.9, 1 + i % 3, 1 + i % 3, i % 30 = 0,
			printf('Finance ministers from the euro zone agreed on %s to extend the emergency budget by %d billion euros, officials said, after talks in Brussels that ran late into the night.', start, i % 90),
			'Ministers agreed budget ' || i, 'Brussels; European Commission; Jane Roe', 'Ministers meet over the budget',
			'2026-01-09T12:00:00Z', '2026-01-09T12:00:00Z'
		FROM e`,
		`CREATE TEMP TABLE m AS SELECT e.i, k.k, e.i * 3 + k.k + 1 AS id, (e.i + k.k * 7) % :docs + 1 AS doc,
			CASE grain WHEN 'month' THEN substr(start, 1, 7) ELSE start END AS value, grain, start,
			CASE grain WHEN 'month' THEN date(start, '+1 month', '-1 day') ELSE start END AS "end"
		FROM e JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) k ON k.k <= e.i % 3`,
		`INSERT INTO timexes (id, document_id, byte_start, byte_end, char_start, char_end, text, type, value, grain,
			grain_rank, start_date, end_date, resolution, confidence, inferred, stated, why)
		SELECT id, doc, 40, 50, 40, 50, value, 'DATE', value, grain, CASE grain WHEN 'month' THEN 3 ELSE 1 END,
			start, "end", 'explicit', 0.9, i % 10 = 0, value, 'stated in full' FROM m`,
		`INSERT INTO events (id, document_id, mention_id, sentence, sentence_start, sentence_end, char_start, char_end)
		SELECT m.id, m.doc, m.id, en.text, 0, 200, 0, 200 FROM m JOIN entries en ON en.id = m.i + 1`,
		`INSERT INTO entry_mentions (entry_id, event_id, event_key) SELECT i + 1, id, printf('%020x', id) FROM m`,
		`INSERT INTO entry_actors (entry_id, rank, name, kind)
		SELECT e.i + 1, a.rank, a.name, a.kind FROM e, (SELECT 0 AS rank, 'Brussels' AS name, 'place' AS kind
			UNION ALL SELECT 1, 'European Commission', 'org' UNION ALL SELECT 2, 'Jane Roe', 'person') a`,
		`INSERT INTO entry_dates (entry_id, rank, value, grain, start_date, end_date, resolution, documents)
		SELECT en.id, r.rank, en.value, en.grain, en.start_date, en.end_date, 'explicit', '1'
		FROM entries en, (SELECT 0 AS rank UNION ALL SELECT 1) r WHERE en.conflict`,
	}
	args := []any{sql.Named("n", n), sql.Named("docs", docs)}
	for _, q := range steps {
		// Each step names only some of the parameters.
		var use []any
		for _, a := range args {
			if strings.Contains(q, ":"+a.(sql.NamedArg).Name) {
				use = append(use, a)
			}
		}
		if _, err := raw.Exec(q, use...); err != nil {
			b.Fatalf("%v\n%s", err, q)
		}
	}
	return path
}

// BenchmarkExportXLSX100k runs 'chrono export' of 100,000 entries from a
// database to a workbook, as the command line does: the entries stream
// from the database to the writer. peak-MB and live-MB are the most heap
// seen while exporting (see BenchmarkXLSX100k in reports/xlsx; SQLite's
// own memory is outside the Go heap); file-MB the workbook's size.
func BenchmarkExportXLSX100k(b *testing.B) {
	db := entriesDB(b, 100_000)
	out := filepath.Join(b.TempDir(), "chronology.xlsx")
	e := &env{now: time.Now, stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	stop := sampleHeap(b)
	for b.Loop() {
		if code := e.run(context.Background(), []string{"chrono", "--db", db, "export", "-o", out}); code != 0 {
			b.Fatalf("export: exit %d", code)
		}
	}
	stop()
	fi, err := os.Stat(out)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(fi.Size())/1e6, "file-MB")
}

// sampleHeap samples the heap every 2 ms from now; the function it returns
// stops and reports the most seen, as peak-MB (heap objects, live or not
// yet swept) and live-MB (the heap the last GC marked live).
func sampleHeap(b *testing.B) func() {
	runtime.GC()
	var peak, live atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
		for {
			metrics.Read(s)
			if h := s[0].Value.Uint64(); h > peak.Load() {
				peak.Store(h)
			}
			if l := s[1].Value.Uint64(); l > live.Load() {
				live.Store(l)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	})
	return func() {
		b.StopTimer()
		close(stop)
		wg.Wait()
		b.ReportMetric(float64(peak.Load())/1e6, "peak-MB")
		b.ReportMetric(float64(live.Load())/1e6, "live-MB")
	}
}

// BenchmarkEachEntry100k reads the 100,000 entries of the export benchmark
// from the database, with their mentions, dates and actors, and nothing
// else: the database's share of an export.
func BenchmarkEachEntry100k(b *testing.B) {
	path := entriesDB(b, 100_000)
	db, err := sqlite.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	stop := sampleHeap(b)
	for b.Loop() {
		n := 0
		for _, err := range db.EachEntry(context.Background()) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 100_000 {
			b.Fatalf("%d entries, want 100,000", n)
		}
	}
	stop()
}
