package chrono_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

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
	for _, in := range seedInputs(&testing.T{}) {
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
