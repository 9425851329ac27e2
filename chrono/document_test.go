package chrono_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chrono-news/chrono/chrono"
)

func TestParseDocument(t *testing.T) {
	flag := chrono.DayDate(2026, 2, 1)
	tests := []struct {
		name      string
		path      string
		text      string
		published chrono.Date
		title     string
		byline    string
		value     string
		origin    chrono.Origin
		dateline  string // text of the dateline span, "" for none
	}{
		{"dotted dateline", "a.txt", "Title here\n\n11:15 08.01.2026 •\n\nBody text.", chrono.Date{},
			"Title here", "", "2026-01-08T11:15", chrono.OriginDateline, "11:15 08.01.2026"},
		{"month-name dateline", "a.txt", "Title\nJanuary 8, 2026\nBody.", chrono.Date{},
			"Title", "", "2026-01-08", chrono.OriginDateline, "January 8, 2026"},
		{"day-first dateline", "a.txt", "Title\nPublished 8 Jan 2026\nBody.", chrono.Date{},
			"Title", "", "2026-01-08", chrono.OriginDateline, "8 Jan 2026"},
		{"ISO dateline", "a.txt", "Title\n2026-01-08\nBody.", chrono.Date{},
			"Title", "", "2026-01-08", chrono.OriginDateline, "2026-01-08"},
		{"wire dateline", "a.txt", "Title\nSun Feb 20, 2011 6:47 pm EST\nBody.", chrono.Date{},
			"Title", "", "2011-02-20T18:47", chrono.OriginDateline, "Sun Feb 20, 2011 6:47 pm EST"},
		{"file name date", "news/2026-01-08-paris.txt", "Title\nNo date here at all.", chrono.Date{},
			"Title", "", "2026-01-08", chrono.OriginFilename, ""},
		{"dateline beats file name", "2025-05-05-x.txt", "Title\nJanuary 8, 2026\nBody.", chrono.Date{},
			"Title", "", "2026-01-08", chrono.OriginDateline, "January 8, 2026"},
		{"flag beats dateline", "a.txt", "Title\nJanuary 8, 2026\nBody.", flag,
			"Title", "", "2026-02-01", chrono.OriginFlag, "January 8, 2026"},
		{"none, and a date in a long line is not a dateline", "a.txt", "Title\nThe summit on January 8, 2026 in Paris brought leaders of many countries together.\n", chrono.Date{},
			"Title", "", "", chrono.OriginNone, ""},
		{"byline at the end", "a.txt", "\n\n  Title first\nBody.\nBy Aghakazim Guliyev\n", chrono.Date{},
			"Title first", "Aghakazim Guliyev", "", chrono.OriginNone, ""},
		{"BOM and CRLF", "a.txt", "\ufeffTitle\r\nJanuary 8, 2026\r\nBody.", chrono.Date{},
			"Title", "", "2026-01-08", chrono.OriginDateline, "January 8, 2026"},
	}
	r := chrono.NewRecognizer("")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := chrono.ParseDocument(tt.path, []byte(tt.text), tt.published, r)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Byline != tt.byline {
				t.Errorf("title, byline: got %q, %q, want %q, %q", doc.Title, doc.Byline, tt.title, tt.byline)
			}
			if doc.Published.Value != tt.value || doc.PublishedOrigin != tt.origin {
				t.Errorf("published: got %q from %s, want %q from %s", doc.Published.Value, doc.PublishedOrigin, tt.value, tt.origin)
			}
			got := ""
			if doc.Dateline != nil {
				got = doc.Text[doc.Dateline.Start:doc.Dateline.End]
			}
			if got != tt.dateline {
				t.Errorf("dateline: got %q, want %q", got, tt.dateline)
			}
			if strings.Contains(doc.Text, "\r") || strings.HasPrefix(doc.Text, "\ufeff") {
				t.Errorf("text keeps CR or BOM: %q", doc.Text)
			}
			if len(doc.Hash) != 64 {
				t.Errorf("hash %q: want sha256 hex", doc.Hash)
			}
		})
	}
}

// utf16Bytes encodes s as UTF-16 with a byte order mark, little- or big-endian.
func utf16Bytes(s string, big bool) []byte {
	b := []byte{0xff, 0xfe}
	if big {
		b = []byte{0xfe, 0xff}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// TestParseDocumentBadInput is the bad-input matrix at the level of one
// file: what is refused says why in one line; what is read has its title,
// its dateline and clean text, with a warning for what was repaired.
func TestParseDocumentBadInput(t *testing.T) {
	article := "Ministers meet in Paris\nJanuary 8, 2026\nThe ministers met yesterday."
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(0x80 + i*7%0x7f) // no NUL, no valid UTF-8
	}
	tests := []struct {
		name      string
		raw       []byte
		err       error  // refused with this error…
		msg       string // …and this message
		title     string // else read with this title,
		published string // this publication date
		warning   string // and this warning
		text      string // a part of the text
	}{
		{"empty", nil, chrono.ErrEmpty, "empty file", "", "", "", ""},
		{"blank", []byte(" \n\t\r\n"), chrono.ErrEmpty, "empty file", "", "", "", ""},
		{"NUL bytes", []byte("Title\n\x00\x01\x02"), chrono.ErrBinary, "binary file, not text", "", "", "", ""},
		{"zip", []byte("PK\x03\x04\x00\x00zip"), chrono.ErrBinary, "binary file, not text: ZIP (or DOCX, XLSX, EPUB)", "", "", "", ""},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>"), chrono.ErrBinary, "binary file, not text: PDF", "", "", "", ""},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), chrono.ErrBinary, "binary file, not text: PNG", "", "", "", ""},
		{"binary without NUL", binary, chrono.ErrBinary, "binary file, not text", "", "", "", ""},
		{"UTF-16 of an odd length", []byte("\xff\xfeT\x00i"), chrono.ErrEncoded, "invalid encoding: UTF-16 (byte order mark) of an odd length, 5 bytes", "", "", "", ""},
		{"invalid UTF-8", []byte("Caf\xe9 du Monde\nJanuary 8, 2026\nIt re-opened on a na\xefve note yesterday."), nil, "",
			"Caf\uFFFD du Monde", "2026-01-08", "invalid UTF-8 at byte 3 (2 places), replaced with U+FFFD (is it Latin-1 or Windows-1252? convert it to UTF-8)", "na\uFFFDve"},
		{"UTF-8 BOM", []byte("\xef\xbb\xbf" + article), nil, "", "Ministers meet in Paris", "2026-01-08", "", "met yesterday"},
		{"UTF-16LE BOM", utf16Bytes(article+" Café.", false), nil, "", "Ministers meet in Paris", "2026-01-08", "", "yesterday. Café."},
		{"UTF-16BE BOM", utf16Bytes(article, true), nil, "", "Ministers meet in Paris", "2026-01-08", "", "met yesterday"},
		{"CRLF", []byte(strings.ReplaceAll(article, "\n", "\r\n")), nil, "", "Ministers meet in Paris", "2026-01-08", "", "2026\nThe"},
		{"old Mac CR", []byte(strings.ReplaceAll(article, "\n", "\r")), nil, "", "Ministers meet in Paris", "2026-01-08", "", "2026\nThe"},
		{"mixed line ends", []byte("Ministers meet in Paris\r\nJanuary 8, 2026\rThe ministers\nmet yesterday."), nil, "", "Ministers meet in Paris", "2026-01-08", "", "2026\nThe ministers\nmet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := chrono.ParseDocument("x.txt", tt.raw, chrono.Date{}, chrono.NewRecognizer(""))
			if tt.err != nil {
				if !errors.Is(err, tt.err) || err.Error() != tt.msg {
					t.Errorf("got %v, want %q", err, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var warning string
			if len(doc.Warnings) > 0 {
				warning = strings.Join(doc.Warnings, "; ")
			}
			if doc.Title != tt.title || doc.Published.Value != tt.published || warning != tt.warning || !strings.Contains(doc.Text, tt.text) {
				t.Errorf("got title %q, published %q, warning %q, text %q\nwant title %q, published %q, warning %q, text with %q",
					doc.Title, doc.Published.Value, warning, doc.Text, tt.title, tt.published, tt.warning, tt.text)
			}
			if strings.ContainsRune(doc.Text, '\r') || !utf8.ValidString(doc.Text) {
				t.Errorf("text %q: want UTF-8 with LF line ends", doc.Text)
			}
		})
	}
}

func TestSplitter(t *testing.T) {
	sp, err := chrono.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"The U.S. envoy met Mr. Macron on Jan. 6 in Paris. Talks failed.",
			[]string{"The U.S. envoy met Mr. Macron on Jan. 6 in Paris.", "Talks failed."}},
		{"Title line\n\n11:15 08.01.2026 •\n\nFirst para. Second sentence.\nNext para.",
			[]string{"Title line", "11:15 08.01.2026 •", "First para.", "Second sentence.", "Next para."}},
		{"SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, said the review.\n    The dry period means a late crop.",
			[]string{"SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, said the review.", "The dry period means a late crop."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range sp.Split(tt.text) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Split(%q):\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
