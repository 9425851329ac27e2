package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// reutersPath is the Reuters-21578 feed beside the project (research-only
// data, read in place, never copied); the benchmarks skip without it.
var reutersPath = filepath.Join("..", "..", "..", "shared", "corpus", "reuters.jsonl")

const reutersArticles = 19779

// ingestReuters runs `chrono ingest --json` on the Reuters feed into db.
func ingestReuters(b *testing.B, db string) {
	b.Helper()
	e := &env{now: time.Now, stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	if code := e.run(context.Background(), []string{"chrono", "--db", db, "ingest", "--json", "--field", "published=dct", reutersPath}); code != 0 {
		b.Fatalf("ingest: exit %d", code)
	}
}

func reutersSize(b *testing.B) int64 {
	fi, err := os.Stat(reutersPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	return fi.Size()
}

// BenchmarkIngestReuters ingests the whole Reuters feed, end to end (read,
// analyse on every core, store in batches), into a fresh database.
func BenchmarkIngestReuters(b *testing.B) {
	b.SetBytes(reutersSize(b))
	start := time.Now()
	for i := 0; i < b.N; i++ {
		ingestReuters(b, filepath.Join(b.TempDir(), "chrono.db"))
	}
	b.ReportMetric(float64(reutersArticles*b.N)/time.Since(start).Seconds(), "articles/s")
}

// BenchmarkIngestReutersUnchanged ingests the Reuters feed again into a
// database that holds it: nothing changed, nothing analysed.
func BenchmarkIngestReutersUnchanged(b *testing.B) {
	b.SetBytes(reutersSize(b))
	db := filepath.Join(b.TempDir(), "chrono.db")
	ingestReuters(b, db)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		ingestReuters(b, db)
	}
	b.ReportMetric(float64(reutersArticles*b.N)/time.Since(start).Seconds(), "articles/s")
}
