package xlsx

import (
	"fmt"
	"io"
	"iter"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// synthetic yields n entries over n/10 documents, made one at a time as
// they are asked for: one to three mentions each, a sentence of about 200
// characters, three actors, one entry in 30 a conflict and one in ten
// inferred (a little more than the Reuters corpus gives), dated over ten
// years.
func synthetic(n int) (iter.Seq2[*chrono.Entry, error], []*chrono.Document) {
	docs := make([]*chrono.Document, n/10+1)
	for i := range docs {
		docs[i] = &chrono.Document{ID: int64(i + 1), Title: fmt.Sprintf("Ministers meet over the budget, report %d", i),
			Path: fmt.Sprintf("wire/%06d.txt", i), Site: "Wire", URL: fmt.Sprintf("https://wire.example/%d", i),
			Published: chrono.DayDate(2020, 1, 1+i%3000), PublishedOrigin: chrono.OriginMetadata, IngestedAt: time.Date(2026, 1, 9, 12, 0, 0, 0, time.UTC)}
	}
	seq := func(yield func(*chrono.Entry, error) bool) {
		for i := 0; i < n; i++ {
			if !yield(syntheticEntry(i, n, docs), nil) {
				return
			}
		}
	}
	return seq, docs
}

// syntheticEntry is the entry i of n that synthetic yields.
func syntheticEntry(i, n int, docs []*chrono.Document) *chrono.Entry {
	d := chrono.DayDate(2016, 1, 1+i*3650/n)
	if i%4 == 0 {
		d = chrono.MonthDate(2016+i*10/n, time.Month(1+i%12))
	}
	e := &chrono.Entry{Key: fmt.Sprintf("%020x", i), Date: d, Resolution: chrono.Explicit, Confidence: 0.9,
		Conflict: i%30 == 0, Headline: fmt.Sprintf("Ministers agreed budget %d", i),
		Text:   fmt.Sprintf("Finance ministers from the euro zone agreed on %s to extend the emergency budget by %d billion euros, officials said, after talks in Brussels that ran late into the night.", d.Value, i%90),
		Actors: []chrono.Actor{{Name: "Brussels", Kind: chrono.Place}, {Name: "European Commission", Kind: chrono.Org}, {Name: "Jane Roe", Kind: chrono.Person}}}
	for k := 0; k <= i%3; k++ {
		m := chrono.Row{Event: chrono.Event{DocumentID: int64((i + k*7) % len(docs)), Sentence: e.Text,
			Mention: chrono.Mention{Text: d.Value, Type: chrono.TypeDate, Date: d, Resolution: chrono.Explicit, Inferred: i%10 == 0}},
			Source: docs[(i+k*7)%len(docs)]}
		e.Mentions = append(e.Mentions, m)
	}
	e.Sources = len(e.Mentions)
	return e
}

// BenchmarkXLSX100k streams the workbook of 100,000 entries, made one at
// a time as the writer asks for them, as a database read gives them.
// Targets: under 5 s and 200 MB of peak heap. peak-MB is the heap's
// objects, live or not yet swept, and live-MB the heap the GC last found
// live, both the most seen while writing (sampled every 2 ms); file-MB
// is the workbook's size.
func BenchmarkXLSX100k(b *testing.B) {
	seq, docs := synthetic(100_000)
	o := Options{Built: time.Date(2026, 1, 9, 12, 0, 0, 0, time.UTC), Version: "bench"}
	peak := sampleHeap(b)
	for b.Loop() {
		var n countWriter
		if err := o.Stream(&n, seq, docs); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/1e6, "file-MB")
	}
	peak()
}

// sampleHeap samples the heap every 2 ms from now; the function it returns
// stops and reports the most seen, as peak-MB and live-MB.
func sampleHeap(b *testing.B) func() {
	runtime.GC()
	var peak, live atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			h, l := heap()
			if h > peak.Load() {
				peak.Store(h)
			}
			if l > live.Load() {
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

// heap returns the bytes of heap objects, live or not yet swept (what
// HeapAlloc counts), and the live heap as the last GC marked it, read
// without stopping the world.
func heap() (objects, live uint64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}

// countWriter counts the bytes written to it.
type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

var _ io.Writer = (*countWriter)(nil)
