package html

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/chrono-news/chrono/chrono"
)

// Reader reads saved web pages. It implements chrono.PageReader and is
// safe for concurrent use.
type Reader struct {
	// Now is the clock: a page dated more than a year after it is not
	// believed. Nil is time.Now.
	Now func() time.Time
}

var _ chrono.PageReader = (*Reader)(nil)

// ReadPage extracts the main text of a page, without navigation, ads and
// comments (go-trafilatura), and its metadata: title, author, site name and
// canonical URL (go-trafilatura, from meta tags and JSON-LD), and the
// publication date (go-htmldate, from the URL, meta tags, JSON-LD, <abbr>
// and <time> elements and date-like markup, preferring the original date to
// the last update). The page's declared charset is honoured.
func (r *Reader) ReadPage(raw []byte, path string) (chrono.Page, error) {
	utf8, err := charset.NewReader(bytes.NewReader(raw), "text/html")
	if err != nil {
		return chrono.Page{}, fmt.Errorf("page charset: %w", err)
	}
	doc, err := xhtml.Parse(utf8)
	if err != nil {
		return chrono.Page{}, fmt.Errorf("parse page: %w", err)
	}
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	// htmldate works on its own copy; trafilatura prunes the tree it reads.
	date, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: true, // the slow free-text search is the dateline's job
		MaxDate:             now().AddDate(1, 0, 0),
	})
	if err != nil {
		date = htmldate.Result{}
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		HtmlDateMode:    trafilatura.Disabled, // done above
		ExcludeComments: true,
		Deduplicate:     true,
	})
	if err != nil {
		// trafilatura fails a page whose main text is too short to be an article.
		return chrono.Page{}, fmt.Errorf("%w found in the page (trafilatura: %v)", chrono.ErrNoText, err)
	}
	m := res.Metadata
	page := chrono.Page{
		Text: paragraphs(res.ContentNode),
		Meta: chrono.Meta{Title: m.Title, Author: m.Author, Site: m.Sitename, URL: m.URL},
	}
	if t := date.DateTime; !t.IsZero() {
		if date.HasTime {
			page.Meta.Published = chrono.MinuteDate(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute())
		} else {
			page.Meta.Published = chrono.DayDate(t.Year(), t.Month(), t.Day())
		}
	}
	return page, nil
}

// blocks are the elements of trafilatura's cleaned tree that start a line.
var blocks = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true,
	"dd": true, "blockquote": true, "pre": true, "table": true, "tr": true, "br": true, "hr": true,
	"figure": true, "figcaption": true,
}

// paragraphs lays out the text trafilatura kept one paragraph a line, as
// chrono reads plain text: its ContentText joins everything on one line,
// which would hide datelines and paragraph ends.
func paragraphs(n *xhtml.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		switch {
		case n.Type == xhtml.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == xhtml.ElementNode && blocks[n.Data]:
			b.WriteByte('\n')
			defer b.WriteByte('\n')
		case n.Type == xhtml.ElementNode && n.Data == "td":
			defer b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
