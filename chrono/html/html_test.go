package html_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/golden"
	"github.com/chrono-news/chrono/chrono/html"
)

func reader() *html.Reader {
	return &html.Reader{Now: func() time.Time { return time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC) }}
}

// TestReadPage checks the metadata of each test page and keeps what was
// extracted, text included, in a golden file.
func TestReadPage(t *testing.T) {
	tests := []struct {
		file                     string
		title, author, site, url string
		published                string
	}{
		{"meta.html", "Port strike ends after nine days", "Maria Lopes", "Harbour Gazette", "https://harbour-gazette.example/business/port-strike-ends", "2025-11-03"},
		{"jsonld.html", "Council approves river bridge", "Jonas Berg", "Valley Courier", "", "2025-09-18"},
		{"time.html", "Library reopens after flood repairs", "", "", "", "2025-10-14"},
		{"none.html", "How the city's tram network grew", "", "", "", ""},
		{"dateline.html", "Ceasefire talks resume in Geneva", "", "", "", ""}, // the date is in the text only
	}
	var pages bytes.Buffer
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		p, err := reader().ReadPage(raw, tt.file)
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		m := p.Meta
		if m.Title != tt.title || m.Author != tt.author || m.Site != tt.site || m.URL != tt.url || m.Published.Value != tt.published {
			t.Errorf("%s:\n got title %q, author %q, site %q, url %q, published %q\nwant title %q, author %q, site %q, url %q, published %q",
				tt.file, m.Title, m.Author, m.Site, m.URL, m.Published.Value, tt.title, tt.author, tt.site, tt.url, tt.published)
		}
		for _, boiler := range []string{"Subscribe", "Home", "Most read", "rights reserved", "Copyright", "Contact"} {
			if strings.Contains(p.Text, boiler) {
				t.Errorf("%s: boilerplate %q in the text:\n%s", tt.file, boiler, p.Text)
			}
		}
		if strings.Count(p.Text, "\n") < 3 {
			t.Errorf("%s: want one paragraph a line, got:\n%s", tt.file, p.Text)
		}
		b, _ := json.MarshalIndent(struct {
			File, Title, Author, Site, URL, Published, Text string
		}{tt.file, m.Title, m.Author, m.Site, m.URL, m.Published.Value, p.Text}, "", "  ")
		pages.Write(append(b, '\n'))
	}
	golden.Compare(t, "pages.golden.json", pages.Bytes())
}

// TestPublishedOrigin runs the pages through chrono.ReadInput: the page's
// metadata beats the dateline, which beats the file name.
func TestPublishedOrigin(t *testing.T) {
	r := chrono.NewRecognizer("")
	tests := []struct {
		file, name string // name: the path the page is ingested as
		flag       string
		want       string
		origin     chrono.Origin
	}{
		{"meta.html", "2024-05-01-meta.html", "", "2025-11-03", chrono.OriginMetadata},
		{"meta.html", "meta.html", "2026-01-02", "2026-01-02", chrono.OriginFlag},
		{"jsonld.html", "jsonld.html", "", "2025-09-18", chrono.OriginMetadata},
		{"time.html", "time.html", "", "2025-10-14", chrono.OriginMetadata},
		{"dateline.html", "2024-05-01-dateline.html", "", "2026-01-08", chrono.OriginDateline},
		{"none.html", "2024-05-01-none.html", "", "2024-05-01", chrono.OriginFilename},
		{"none.html", "none.html", "", "", chrono.OriginNone},
	}
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		var flag chrono.Date
		if tt.flag != "" {
			flag, _ = chrono.ParseValue(tt.flag)
		}
		doc, err := chrono.ReadInput(chrono.Input{Path: tt.name, Data: raw}, flag, r, reader())
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if doc.Published.Value != tt.want || doc.PublishedOrigin != tt.origin {
			t.Errorf("%s (--published %q): got %q from %s, want %q from %s", tt.name, tt.flag, doc.Published.Value, doc.PublishedOrigin, tt.want, tt.origin)
		}
	}
}

func TestReadPageBad(t *testing.T) {
	r := chrono.NewRecognizer("")
	for _, tt := range []struct {
		name string
		raw  string
		want string
	}{
		{"empty.html", "  \n", "empty file"},
		{"binary.html", "<html>\x00\x01", "binary file"},
		{"script.html", "<html><head><script>var x = 1;</script></head><body><div></div></body></html>", "no article text"},
	} {
		_, err := chrono.ReadInput(chrono.Input{Path: tt.name, Data: []byte(tt.raw)}, chrono.Date{}, r, reader())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error containing %q", tt.name, err, tt.want)
		}
	}
}
