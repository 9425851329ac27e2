package chrono_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chrono-news/chrono/chrono"
)

// documentSeeds are articles whose first lines hold datelines, near
// datelines and bytes that are not text.
var documentSeeds = []string{
	"",
	"Title\n11:15 08.01.2026 •\nThe leaders met today.",
	"Title\nJanuary 8, 2026\nThey met yesterday.",
	"Title\r\nSun Feb 20, 2011 6:47 pm EST\r\nRain fell.",
	"Title\r26-FEB-1987 15:01:01.79\rOld Mac line ends.",
	"\xff\xfeT\x00i\x00t\x00l\x00e\x00\n\x00",
	"\xfe\xff\x00T\x00i",
	"\xef\xbb\xbfTitle\n8 Jan 2026\nText.",
	"Caf\xe9\n2026-01-08\nLatin-1 text.",
	"%PDF-1.4\n%\xe2\xe3\xcf\xd3",
	"\x89PNG\r\n\x1a\n\x00\x00",
	"Title\nFebruary 30, 2026\nThe 45th of May, year 99999.",
	"\n\n\n\n\n\nJanuary 8, 2026",
	"Title\n" + strings.Repeat("January 8, 2026 ", 6),
	"Title\n\u2028January 8, 2026\u2029\nText.",
}

// FuzzDocument reads any bytes as a plain-text article, which runs the
// dateline detector over its first lines, and reads the first line as a
// feed's publication date: no panic; the text is UTF-8 with LF line ends;
// a dateline lies in the text on rune boundaries and dates the article
// with a well-formed day or minute; refusals are the documented errors.
func FuzzDocument(f *testing.F) {
	for _, s := range documentSeeds {
		f.Add([]byte(s))
	}
	r := chrono.NewRecognizer("")
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := chrono.ReadInput(chrono.Input{Path: "fuzz-2026-01-08.txt", Data: raw, Format: chrono.FormatText}, chrono.Date{}, r, nil)
		if err != nil {
			if !errors.Is(err, chrono.ErrEmpty) && !errors.Is(err, chrono.ErrBinary) && !errors.Is(err, chrono.ErrEncoded) {
				t.Fatalf("unexpected error %v", err)
			}
		} else {
			checkDocument(t, doc)
		}

		line, _, _ := bytes.Cut(raw, []byte("\n"))
		d, err := chrono.ParsePublished(string(line), r)
		if err == nil && !d.IsZero() {
			checkDate(t, "published", d)
		}
	})
}

// checkDocument checks what any read article must hold.
func checkDocument(t *testing.T, doc *chrono.Document) {
	t.Helper()
	if !utf8.ValidString(doc.Text) || strings.ContainsRune(doc.Text, '\r') || strings.TrimSpace(doc.Text) == "" {
		t.Fatalf("text %q: want non-blank UTF-8 with LF line ends", doc.Text)
	}
	if !utf8.ValidString(doc.Title) || !utf8.ValidString(doc.Byline) {
		t.Errorf("title %q or byline %q not UTF-8", doc.Title, doc.Byline)
	}
	if sp := doc.Dateline; sp != nil {
		if sp.Start < 0 || sp.Start >= sp.End || sp.End > len(doc.Text) ||
			!utf8.RuneStart(doc.Text[sp.Start]) || sp.End < len(doc.Text) && !utf8.RuneStart(doc.Text[sp.End]) {
			t.Fatalf("dateline [%d,%d) outside %d bytes or inside a rune", sp.Start, sp.End, len(doc.Text))
		}
		if strings.Contains(doc.Text[sp.Start:sp.End], "\n") {
			t.Errorf("dateline %q spans lines", doc.Text[sp.Start:sp.End])
		}
	}
	switch doc.PublishedOrigin {
	case chrono.OriginDateline:
		if doc.Dateline == nil {
			t.Errorf("published from a dateline, but no dateline")
		}
		fallthrough
	case chrono.OriginFilename, chrono.OriginMetadata, chrono.OriginFlag:
		checkDate(t, "published", doc.Published)
		if g := doc.Published.Grain; g != chrono.GrainDay && g != chrono.GrainMinute {
			t.Errorf("published %s at grain %s, want a day or a minute", doc.Published.Value, g)
		}
	case chrono.OriginNone:
		if !doc.Published.IsZero() {
			t.Errorf("published %s with no origin", doc.Published.Value)
		}
	default:
		t.Errorf("unknown origin %q", doc.PublishedOrigin)
	}
}

// checkDate checks that d is a real, well-formed date: its value parses
// back to its interval, which does not end before it starts, within years
// 1..9999.
func checkDate(t *testing.T, what string, d chrono.Date) {
	t.Helper()
	back, err := chrono.ParseValue(d.Value)
	if err != nil {
		t.Fatalf("%s %q: %v", what, d.Value, err)
	}
	if !back.Start.Equal(d.Start) || !back.End.Equal(d.End) || d.End.Before(d.Start) {
		t.Errorf("%s %s: interval %s..%s, the value means %s..%s", what, d.Value, chrono.ISO(d.Start), chrono.ISO(d.End), chrono.ISO(back.Start), chrono.ISO(back.End))
	}
	if y := d.Start.Year(); y < 1 || y > 9999 {
		t.Errorf("%s %s: year %d", what, d.Value, y)
	}
}

// feedSeeds are feeds with good, bad, repeated and oversized lines.
var feedSeeds = []string{
	`{"id": "1", "title": "T", "published": "2026-01-08", "text": "Met on January 6."}`,
	"{\"id\": 1, \"text\": \"a\"}\n{\"id\": 1, \"text\": \"b\"}\n\n{bad\n{\"text\": null}\n",
	"{\"url\": \"file:///etc/passwd\", \"text\": \"x\"}\r\n{\"id\": \"../../etc/passwd\", \"text\": \"y\"}",
	`{"text": "\ud800 lone surrogate", "published": "February 30, 2026"}`,
	`{"text": ["not", "a", "string"]}`,
	`{"text": "a", "published": "99999-01-01"}` + "\n" + `{"text": "b", "published": "Thu, 08 Jan 2026 11:15:00 GMT"}`,
	"\xef\xbb\xbf{\"text\": \"BOM\"}",
	`{"text": "` + strings.Repeat("x", 300) + `"}`,
	"{\"text\": \"Caf\xe9\"}",
}

// FuzzFeed reads any bytes as a JSONL feed, with a small line limit: no
// panic; every record has text, a line of the feed and a unique path in
// the feed; every failure names the feed and a line; nothing is both; and
// each record reads as an article or fails with an error.
func FuzzFeed(f *testing.F) {
	for _, s := range feedSeeds {
		f.Add([]byte(s))
	}
	r := chrono.NewRecognizer("")
	f.Fuzz(func(t *testing.T, raw []byte) {
		c := &chrono.Collector{MaxBytes: 256, Stdin: chrono.FormatJSONL}
		col := c.Collect([]string{"-"}, bytes.NewReader(raw))
		lines := bytes.Count(raw, []byte("\n")) + 1
		if len(col.Inputs)+len(col.Errs) > lines {
			t.Errorf("%d records and %d failures from %d lines", len(col.Inputs), len(col.Errs), lines)
		}
		used := map[int]bool{}
		paths := map[string]bool{}
		for _, in := range col.Inputs {
			if in.Record == nil || in.Record.Text == "" || in.Line < 1 || in.Line > lines {
				t.Fatalf("record %q at line %d of %d: %+v", in.Path, in.Line, lines, in.Record)
			}
			if !strings.HasPrefix(in.Path, "stdin#") || paths[in.Path] {
				t.Errorf("record path %q: want stdin#KEY, once", in.Path)
			}
			paths[in.Path], used[in.Line] = true, true
			if int64(len(in.Data)) > c.MaxBytes {
				t.Errorf("line %d of %d bytes over the limit was read", in.Line, len(in.Data))
			}
			doc, err := chrono.ReadInput(in, chrono.Date{}, r, nil)
			if err == nil {
				checkDocument(t, doc)
			}
		}
		for _, e := range col.Errs {
			var ie *chrono.InputError
			if !errors.As(e, &ie) || ie.Path != "stdin" || ie.Line < 1 || ie.Line > lines || used[ie.Line] {
				t.Errorf("failure %v: want stdin and a line of its own", e)
			}
			if strings.Contains(e.Error(), "\n") {
				t.Errorf("failure %q spans lines", e)
			}
		}
	})
}
