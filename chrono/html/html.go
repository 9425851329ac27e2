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
	if paragraphBytes(doc) > bigText {
		return r.bigPage(doc, date), nil
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
	page.Meta.Published = published(date)
	return page, nil
}

func published(date htmldate.Result) chrono.Date {
	t := date.DateTime
	switch {
	case t.IsZero():
		return chrono.Date{}
	case date.HasTime:
		return chrono.MinuteDate(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute())
	}
	return chrono.DayDate(t.Year(), t.Month(), t.Day())
}

// bigText is the text in <p> elements above which a page is read without
// trafilatura: its check for enough paragraph text concatenates the text
// once per paragraph, quadratic in the page (1 MB of text takes 3 s, 15 MB
// would take an hour). No news article comes near it.
const bigText = 512 << 10

// paragraphBytes counts the bytes of text inside <p> elements.
func paragraphBytes(n *xhtml.Node) int {
	total := 0
	var walk func(n *xhtml.Node, inP bool)
	walk = func(n *xhtml.Node, inP bool) {
		if n.Type == xhtml.TextNode && inP {
			total += len(n.Data)
		}
		inP = inP || n.Type == xhtml.ElementNode && n.Data == "p"
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP)
		}
	}
	walk(n, false)
	return total
}

// bigPage reads a page too big for trafilatura: its title, and the text of
// its body one block a line, without scripts, styles, navigation, headers,
// footers and asides.
func (r *Reader) bigPage(doc *xhtml.Node, date htmldate.Result) chrono.Page {
	var title string
	var body *xhtml.Node
	var find func(n *xhtml.Node)
	find = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch {
			case n.Data == "title" && title == "" && n.FirstChild != nil:
				title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
			case n.Data == "body" && body == nil:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if body == nil {
		body = doc
	}
	return chrono.Page{Text: paragraphs(body), Meta: chrono.Meta{Title: title, Published: published(date)}}
}

// hidden are the elements whose text is not the article's.
var hidden = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true, "iframe": true,
	"svg": true, "nav": true, "header": true, "footer": true, "aside": true, "form": true, "button": true,
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
		case n.Type == xhtml.ElementNode && hidden[n.Data]:
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
