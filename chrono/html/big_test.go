package html_test

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// peakHeap runs f and returns the most heap its objects took meanwhile,
// sampled every millisecond, above what was live before.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > base && v-base > peak {
				peak = v - base
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	wg.Wait()
	return peak
}

// TestBigPages: a page nested 100,000 elements deep is refused in one
// line, and a 10 MB page is read, each within a bounded heap and time.
func TestBigPages(t *testing.T) {
	const depth = 100_000
	deep := "<html><head><title>Deep</title></head><body>" + strings.Repeat("<div>", depth) +
		"<p>" + strings.Repeat("The ministers met on January 6, 2026 in Paris. ", 5) + "</p>" + strings.Repeat("</div>", depth) + "</body></html>"
	var huge strings.Builder
	huge.WriteString("<html><head><title>Huge page</title><script>" + strings.Repeat("var x = 1; ", 10_000) + "</script></head><body><article><h1>Huge page</h1>")
	for k := 0; huge.Len() < 10<<20; k++ {
		fmt.Fprintf(&huge, `<div class="row"><p>Paragraph %d of the budget debate, where the council heard from residents and staff.</p>`, k)
		if k%100 == 0 {
			fmt.Fprintf(&huge, "<p>The council met on January %d, 2026.</p>", 1+k/100%28)
		}
		huge.WriteString("</div>")
	}
	huge.WriteString("</article></body></html>")

	r := chrono.NewRecognizer("")
	tests := []struct {
		name     string
		raw      string
		msg      string // refused with this message
		maxHeap  uint64
		maxTime  time.Duration
		wantText string
	}{
		{"100,000 nested divs", deep, "parse page: html: open stack of elements exceeds 512 nodes", 64 << 20, 5 * time.Second, ""},
		{"10 MB page", huge.String(), "", 512 << 20, 20 * time.Second, "The council met on January 28, 2026."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc *chrono.Document
			var err error
			start := time.Now()
			peak := peakHeap(func() {
				doc, err = chrono.ReadInput(chrono.Input{Path: "big.html", Data: []byte(tt.raw), Format: chrono.FormatHTML}, chrono.Date{}, r, reader())
			})
			took := time.Since(start)
			t.Logf("%s: %.1f MB of HTML, peak heap %d MB, %v", tt.name, float64(len(tt.raw))/(1<<20), peak>>20, took.Round(time.Millisecond))
			if peak > tt.maxHeap || took > tt.maxTime {
				t.Errorf("peak heap %d MB in %v, want under %d MB and %v", peak>>20, took, tt.maxHeap>>20, tt.maxTime)
			}
			if tt.msg != "" {
				if err == nil || err.Error() != tt.msg {
					t.Errorf("got %v, want %q", err, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != "Huge page" || !strings.Contains(doc.Text, tt.wantText) || strings.Contains(doc.Text, "var x") {
				t.Errorf("title %q, text of %d bytes with %q: %v, script: %v", doc.Title, len(doc.Text), tt.wantText,
					strings.Contains(doc.Text, tt.wantText), strings.Contains(doc.Text, "var x"))
			}
		})
	}
}
