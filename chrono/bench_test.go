package chrono_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chrono-news/chrono/chrono"
)

// reutersPath is the Reuters-21578 corpus beside the project; benchmarks
// that need it skip when it is absent. It is research-only data and is
// read in place, never copied.
var reutersPath = filepath.Join("..", "..", "shared", "corpus", "reuters.jsonl")

func loadReuters(b *testing.B, max int) []string {
	b.Helper()
	f, err := os.Open(reutersPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() && len(texts) < max {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, doc.Text)
	}
	return texts
}

func benchRecognize(b *testing.B, texts []string) {
	r := chrono.NewRecognizer("")
	a := chrono.Anchor{Day: chrono.Day(1987, 3, 1), Published: true}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			r.Recognize(t, a)
		}
	}
}

// BenchmarkRecognizeReuters measures date recognition and resolution alone
// on the first 2,000 Reuters articles (about 1.7 MB).
func BenchmarkRecognizeReuters(b *testing.B) { benchRecognize(b, loadReuters(b, 2000)) }

func BenchmarkRecognizeSeeds(b *testing.B) {
	var texts []string
	for _, in := range seedInputs(b) {
		texts = append(texts, string(in.Data))
	}
	benchRecognize(b, texts)
}

// BenchmarkAnalyzeReuters adds sentence splitting and event anchoring:
// everything ingest does but storage.
func BenchmarkAnalyzeReuters(b *testing.B) {
	texts := loadReuters(b, 500)
	r := chrono.NewRecognizer("")
	sp, err := chrono.NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*chrono.Document, len(texts))
	n := 0
	for i, t := range texts {
		docs[i], err = chrono.ParseDocument("r.txt", []byte("title\n"+t), chrono.DayDate(1987, 3, 1), r)
		if err != nil {
			b.Fatal(err)
		}
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			chrono.Analyze(d, r, sp)
		}
	}
}

// sizedText concatenates texts, a blank line between them and repeating
// them when they run out, and cuts the result to size bytes (at a rune
// boundary, so a little less when a rune straddles the cut).
func sizedText(texts []string, size int) string {
	var sb strings.Builder
	sb.Grow(size + 1<<16)
	for sb.Len() < size {
		for _, t := range texts {
			sb.WriteString(t)
			sb.WriteString("\n\n")
			if sb.Len() >= size {
				break
			}
		}
	}
	s := sb.String()
	n := size
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tagTexts is the material of BenchmarkTagSizes: the Reuters articles, or
// the seed articles when the corpus is absent, so that the benchmark always
// runs.
func tagTexts(b *testing.B) (texts []string, source string) {
	b.Helper()
	if _, err := os.Stat(reutersPath); err == nil {
		return loadReuters(b, 1<<30), "reuters"
	}
	paths, err := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus and no seed articles: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts, "seeds"
}

// BenchmarkTagSizes tags one text of 1 KB, 100 KB and 10 MB: the cost of
// recognition should grow linearly with the text, so MB/s should stay
// about the same across the sizes.
func BenchmarkTagSizes(b *testing.B) {
	texts, source := tagTexts(b)
	r := chrono.NewRecognizer("")
	dct := chrono.Day(1987, 3, 1)
	for _, size := range []struct {
		name  string
		bytes int
	}{{"1KB", 1 << 10}, {"100KB", 100 << 10}, {"10MB", 10 << 20}} {
		text := sizedText(texts, size.bytes)
		b.Run(fmt.Sprintf("%s/%s", source, size.name), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				r.Tag(text, dct)
			}
		})
	}
}

// BenchmarkTagReuters runs `chrono tag` on the whole Reuters corpus
// (19,779 articles, 19 MB of JSONL): JSON decoding, recognition and
// encoding. Throughput is of the JSONL bytes.
func BenchmarkTagReuters(b *testing.B) {
	data, err := os.ReadFile(reutersPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	r := chrono.NewRecognizer("")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := r.TagJSONL(bytes.NewReader(data), io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// reutersRows analyses the first max Reuters articles as ingest does, each
// dated by its own dct, and returns their events as chronology rows.
func reutersRows(b *testing.B, max int) []chrono.Row {
	b.Helper()
	f, err := os.Open(reutersPath)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	r := chrono.NewRecognizer("")
	sp, err := chrono.NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	var rows []chrono.Row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var id int64
	for sc.Scan() && int(id) < max {
		var in struct{ ID, DCT, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			b.Fatal(err)
		}
		id++
		pub, err := chrono.ParseValue(in.DCT)
		if err != nil {
			continue
		}
		doc := &chrono.Document{ID: id, Path: in.ID, Title: in.Title, Text: in.Text, Hash: in.ID, Published: pub}
		_, events := chrono.Analyze(doc, r, sp)
		for k, e := range events {
			e.ID, e.DocumentID = id*1000+int64(k), id
			rows = append(rows, chrono.Row{Event: e, Source: doc})
		}
	}
	return rows
}

// BenchmarkEntriesReuters groups the events of the whole Reuters corpus
// (19,779 articles) into chronology entries: the clustering alone, which
// must stay near-linear. It reports the entries with two or more sources.
func BenchmarkEntriesReuters(b *testing.B) {
	rows := reutersRows(b, 20000)
	b.ResetTimer()
	var entries []chrono.Entry
	for i := 0; i < b.N; i++ {
		entries = chrono.BuildEntries(rows, nil, chrono.DefaultEntryOptions)
	}
	b.StopTimer()
	multi, conflicts := 0, 0
	for _, e := range entries {
		if e.Sources > 1 {
			multi++
		}
		if e.Conflict {
			conflicts++
		}
	}
	b.ReportMetric(float64(len(rows)), "events")
	b.ReportMetric(float64(len(entries)), "entries")
	b.ReportMetric(float64(multi), "multi-source")
	b.ReportMetric(float64(conflicts), "conflicts")
}
