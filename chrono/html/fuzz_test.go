package html_test

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chrono-news/chrono/chrono"
)

// pageSeeds are pages with scripts, links, nesting, odd charsets and
// broken markup.
var pageSeeds = []string{
	"",
	"<p>x",
	`<html><head><title>T</title><meta property="article:published_time" content="2026-01-08T11:15:00Z"></head>` +
		`<body><article><h1>T</h1><p>` + strings.Repeat("The ministers met on January 6 in Paris. ", 20) + `</p></article></body></html>`,
	`<html><body><script>document.write("<p>January 6</p>")</script><a href="file:///etc/passwd">x</a>` +
		`<img src="../../etc/passwd"><iframe src="/etc/shadow"></iframe><p>` + strings.Repeat("Talks resumed. ", 30) + `</p></body></html>`,
	`<meta charset="windows-1252"><p>Caf` + "\xe9" + ` opened on January 6, 2026.</p>`,
	"\xff\xfe<\x00p\x00>\x00",
	strings.Repeat("<div>", 2000) + "deep" + strings.Repeat("</div>", 2000),
	`<time datetime="99999-02-30">then</time><p>February 30</p>`,
	`<script type="application/ld+json">{"datePublished": "2026-02-30", "headline": [1,2]}</script><p>t</p>`,
	"<html><body><table><tr><td><p>cell</td></p></tr></table></form></body>",
}

// hangLimit is how long a fuzzed page may take: the seeds take
// milliseconds.
const hangLimit = 20 * time.Second

// FuzzPage reads any bytes as a saved web page, through the page reader and
// then as an article: no panic; what is read is UTF-8 text and a date that
// is real and not past the reader's clock by over a year.
func FuzzPage(f *testing.F) {
	for _, s := range pageSeeds {
		f.Add([]byte(s))
	}
	pages := reader()
	now := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	r := chrono.NewRecognizer("")
	f.Fuzz(func(t *testing.T, raw []byte) {
		// A page that hangs the reader fails with every goroutine's stack:
		// the fuzzer keeps the input.
		hung := time.AfterFunc(hangLimit, func() {
			buf := make([]byte, 1<<20)
			fmt.Fprintf(os.Stderr, "page of %d bytes read for over %v:\n%s\n", len(raw), hangLimit, buf[:runtime.Stack(buf, true)])
			panic("page reader hung")
		})
		defer hung.Stop()
		p, err := pages.ReadPage(raw, "fuzz.html")
		if err == nil {
			for what, s := range map[string]string{"title": p.Meta.Title, "author": p.Meta.Author, "site": p.Meta.Site, "url": p.Meta.URL} {
				if !utf8.ValidString(s) {
					t.Errorf("%s %q is not UTF-8", what, s)
				}
			}
			if d := p.Meta.Published; !d.IsZero() {
				if _, err := chrono.ParseValue(d.Value); err != nil || d.End.Before(d.Start) {
					t.Errorf("published %q: %v", d.Value, err)
				}
				if d.Start.After(now.AddDate(1, 0, 0)) {
					t.Errorf("published %s, over a year after the clock", d.Value)
				}
			}
		}
		doc, err := chrono.ReadInput(chrono.Input{Path: "fuzz.html", Data: raw, Format: chrono.FormatHTML}, chrono.Date{}, r, pages)
		if err != nil {
			// Reported as one line naming the file, whatever the error.
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q spans lines", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) || strings.ContainsRune(doc.Text, '\r') {
			t.Errorf("text %q: want UTF-8 with LF line ends", doc.Text)
		}
	})
}
