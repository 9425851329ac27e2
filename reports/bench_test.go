package reports_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/chrono-news/chrono/chrono/sqlite"
	"github.com/chrono-news/chrono/reports"
)

// millionEntries makes a chrono database holding n entries spread over 20
// years, a tenth dated by month, one in a hundred in conflict, and returns
// it opened read-only as the CLI opens it for reports.
func millionEntries(b *testing.B, n int) *sqlite.DB {
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
	_, err = raw.Exec(`
		WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
		INSERT INTO entries (key, value, grain, grain_rank, start_date, end_date, resolution, confidence,
			sources, mentions, conflict, text, headline, actors, source_titles, first_ingested, last_ingested)
		SELECT printf('%020x', i),
			CASE WHEN i % 10 = 0 THEN strftime('%Y-%m', d) ELSE d END,
			CASE WHEN i % 10 = 0 THEN 'month' ELSE 'day' END,
			CASE WHEN i % 10 = 0 THEN 4 ELSE 2 END,
			CASE WHEN i % 10 = 0 THEN strftime('%Y-%m-01', d) ELSE d END,
			CASE WHEN i % 10 = 0 THEN date(d, 'start of month', '+1 month', '-1 day') ELSE d END,
			'explicit', 0.9, 1 + i % 3, 1 + i % 5, i % 100 = 0,
			'Event number ' || i, 'Headline ' || i, 'Actor ' || (i % 1000), 'Source ' || (i % 5000),
			'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
		FROM (SELECT i, date('2006-01-01', '+' || (i * 7305 / ?) || ' days') AS d FROM n)`, n, n)
	if err != nil {
		b.Fatal(err)
	}
	ro, err := sqlite.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ro.Close() })
	return ro
}

// BenchmarkChronologyRange: a month of the chronology view out of a
// million entries (about 4,200 rows). Target: well under a second.
func BenchmarkChronologyRange(b *testing.B) {
	db := millionEntries(b, 1_000_000)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := reports.Query(ctx, db, "range", `SELECT * FROM chronology WHERE start >= :from AND start <= :to`,
			sql.Named("from", "2016-03-01"), sql.Named("to", "2016-03-31"))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(res.Rows)), "rows")
	}
}

// BenchmarkByMonth: the by-month report over a million entries (240
// months). Target: under a second.
func BenchmarkByMonth(b *testing.B) {
	db := millionEntries(b, 1_000_000)
	all, err := reports.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	r, err := reports.Find(all, "by-month")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := reports.Run(ctx, db, r, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(res.Rows)), "months")
	}
}
