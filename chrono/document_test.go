package chrono_test

import (
	"errors"
	"strings"
	"testing"

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

func TestParseDocumentBadInput(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want error
		msg  string
	}{
		{"empty", nil, chrono.ErrEmpty, "empty file"},
		{"blank", []byte(" \n\t\n"), chrono.ErrEmpty, "empty file"},
		{"binary", []byte("PK\x03\x04\x00\x00zip"), chrono.ErrBinary, "binary file, not text"},
		{"invalid UTF-8", []byte("Title\nabc\xff\xfe"), chrono.ErrEncoded, "invalid UTF-8 at byte 9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := chrono.ParseDocument("x.txt", tt.raw, chrono.Date{}, chrono.NewRecognizer(""))
			if !errors.Is(err, tt.want) || err.Error() != tt.msg {
				t.Errorf("got %v, want %q", err, tt.msg)
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
