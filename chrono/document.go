package chrono

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Errors for input that is not an article.
var (
	ErrEmpty  = errors.New("empty file")
	ErrBinary = errors.New("binary file, not text")
)

// datelineLines is how many non-empty lines after the title may hold the dateline.
const datelineLines = 5

// PageReader reads a saved web page: its main text, without menus, ads and
// comments, and what its markup says about it. chrono/html implements it.
type PageReader interface {
	ReadPage(raw []byte, path string) (Page, error)
}

// Page is what a PageReader found in a web page.
type Page struct {
	Text string
	Meta Meta
}

// Meta is what a page or a feed record says about an article besides its
// text. Zero fields are unknown.
type Meta struct {
	Title, Author, Site, URL string
	Published                Date
}

// ErrNoText is a page or record with no article text.
var ErrNoText = errors.New("no article text")

// ParseDocument reads a plain-text article: checks that it is text, and
// finds its title, byline and publication date. published, when not zero,
// overrides what the text and file name say (the --published flag).
func ParseDocument(path string, raw []byte, published Date, r *Recognizer) (*Document, error) {
	return ReadInput(Input{Path: path, Data: raw, Format: FormatText}, published, r, nil)
}

// ReadInput reads an article in any format: plain text and Markdown as
// they are, HTML through pages, feed records from their fields. The
// publication date is, in this order: published (the --published flag);
// the page's or record's metadata; a dateline in the first lines of the
// text; a date in the file name; none.
func ReadInput(in Input, published Date, r *Recognizer, pages PageReader) (*Document, error) {
	var (
		text     string
		meta     Meta
		err      error
		warnings []string
	)
	switch in.format() {
	case FormatJSONL:
		if in.Record == nil {
			return nil, errors.New("a feed must be collected into records first")
		}
		rec := in.Record
		meta = Meta{Title: rec.Title, Author: rec.Author, Site: rec.Site, URL: rec.URL}
		if meta.Published, err = ParsePublished(rec.Published, r); err != nil {
			return nil, fmt.Errorf("published: %w", err)
		}
		if text, warnings, err = decodeText([]byte(rec.Text)); err != nil {
			return nil, err
		}
	case FormatHTML:
		if pages == nil {
			return nil, errors.New("HTML needs a page reader")
		}
		if len(bytes.TrimSpace(in.Data)) == 0 {
			return nil, ErrEmpty
		}
		// UTF-16 pages are the page reader's to decode (their BOM says so).
		if !bytes.HasPrefix(in.Data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(in.Data, []byte{0xfe, 0xff}) {
			if err := sniffBinary(in.Data); err != nil {
				return nil, err
			}
		}
		page, err := pages.ReadPage(in.Data, in.Path)
		if err != nil {
			return nil, err
		}
		meta = page.Meta
		if text, warnings, err = decodeText([]byte(page.Text)); err != nil {
			if errors.Is(err, ErrEmpty) {
				err = fmt.Errorf("%w found in the page", ErrNoText)
			}
			return nil, err
		}
	default:
		if text, warnings, err = decodeText(in.Data); err != nil {
			return nil, err
		}
		if in.format() == FormatMarkdown {
			meta.Title = strings.TrimSpace(strings.TrimLeft(firstLine(text), "#"))
		}
	}
	doc := newDocument(in, text, meta, published, r)
	doc.Warnings = warnings
	return doc, nil
}

func newDocument(in Input, text string, meta Meta, published Date, r *Recognizer) *Document {
	doc := &Document{Path: in.Path, Hash: in.Hash(), Text: text, PublishedOrigin: OriginNone,
		Title: meta.Title, Byline: meta.Author, Site: meta.Site, URL: meta.URL}
	// Without a title of its own, the first line is the title, and the
	// dateline comes after it.
	afterTitle := doc.Title == ""
	if doc.Title == "" {
		doc.Title = firstLine(text)
	}
	if doc.Byline == "" {
		doc.Byline = byline(text)
	}
	sp, d, dated := findDateline(text, r, afterTitle)
	if dated {
		doc.Dateline = &sp // a dateline dates the article and is not an event, whatever date wins
	}
	switch {
	case !published.IsZero():
		doc.Published, doc.PublishedOrigin = published, OriginFlag
	case !meta.Published.IsZero():
		doc.Published, doc.PublishedOrigin = meta.Published, OriginMetadata
	case dated:
		doc.Published, doc.PublishedOrigin = d, OriginDateline
	default:
		name := in.Path
		if in.Record != nil {
			name, _, _ = strings.Cut(name, "#")
		}
		if d, ok := filenameDate(name); ok {
			doc.Published, doc.PublishedOrigin = d, OriginFilename
		}
	}
	return doc
}

// ParsePublished reads a publication date as feeds write it: a TIMEX3 value
// (2026-01-08, 2026-01-08T11:15), RFC 3339 and its kin (2026-01-08T11:15:00Z,
// 2026-01-08 11:15:00), RFC 1123 (Thu, 08 Jan 2026 11:15:00 GMT), or a full
// date in words (January 8, 2026). The clock time is kept as written, in
// the writer's zone, as a dateline gives it; midnight is a day. "" is no
// date.
func ParsePublished(s string, r *Recognizer) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if d, err := ParseValue(s); err == nil {
		switch {
		case d.Grain != GrainDay && d.Grain != GrainMinute:
			// "10" is a century, "2026-W02" a week: no day to date by.
			return Date{}, fmt.Errorf("%q is not a publication date: a %s, want a day such as 2026-01-08", s, d.Grain)
		case d.Start.Year() < 1000:
			// "0001-01-01" (a zero time written out): no news date.
			return Date{}, fmt.Errorf("%q is not a publication date: year %d", s, d.Start.Year())
		}
		return d, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04Z07:00",
		"2006-01-02 15:04:05Z07:00", time.RFC1123, time.RFC1123Z, time.RFC850, time.RFC822, time.RFC822Z} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1000 {
			return Date{}, fmt.Errorf("%q is not a publication date: year %d", s, t.Year())
		}
		if t.Hour() == 0 && t.Minute() == 0 {
			return DayDate(t.Year(), t.Month(), t.Day()), nil
		}
		return MinuteDate(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute()), nil
	}
	ms := r.Recognize(s, Anchor{})
	if len(ms) > 0 && ms[0].Resolution == Explicit && (ms[0].Date.Grain == GrainDay || ms[0].Date.Grain == GrainMinute) &&
		len(strings.Fields(s[:ms[0].Start]+s[ms[0].End:])) <= 2 {
		return ms[0].Date, nil
	}
	return Date{}, fmt.Errorf("%q is not a date: want 2026-01-08, 2026-01-08T11:15:00Z or January 8, 2026", s)
}

func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

var bylineRE = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin)){0,4})\s*$`)

// byline finds a "By NAME" line anywhere in the article.
func byline(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if m := bylineRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return m[1]
		}
	}
	return ""
}

// findDateline looks in the first lines after the title for a line that is
// little more than a full date: "11:15 08.01.2026 •", "January 8, 2026",
// "Sun Feb 20, 2011 6:47 pm EST", "26-FEB-1987 15:01:01.79".
func findDateline(text string, r *Recognizer, afterTitle bool) (Span, Date, bool) {
	seen := 0
	for off := 0; off < len(text) && seen <= datelineLines; {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if strings.TrimSpace(line) != "" {
			if seen > 0 || !afterTitle { // the first non-empty line may be the title
				if sp, d, ok := datelineIn(line, r); ok {
					return Span{off + sp.Start, off + sp.End}, d, true
				}
			}
			seen++
		}
		off = end + 1
	}
	return Span{}, Date{}, false
}

func datelineIn(line string, r *Recognizer) (Span, Date, bool) {
	if len(line) > 80 {
		return Span{}, Date{}, false
	}
	for _, m := range r.Recognize(line, Anchor{}) {
		if m.Resolution != Explicit || (m.Date.Grain != GrainDay && m.Date.Grain != GrainMinute) {
			continue
		}
		rest := line[:m.Start] + " " + line[m.End:]
		words := 0
		for _, f := range strings.Fields(rest) {
			if strings.IndexFunc(f, func(c rune) bool { return c > '9' }) >= 0 {
				words++
			}
		}
		if words <= 4 {
			return Span{m.Start, m.End}, m.Date, true
		}
	}
	return Span{}, Date{}, false
}

var filenameRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?:[^0-9]|$)`)

// filenameDate reads a date such as 2026-01-08 or 20260108 in a file name.
func filenameDate(path string) (Date, bool) {
	m := filenameRE.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return Date{}, false
	}
	d, err := ParseValue(m[1] + "-" + m[2] + "-" + m[3])
	return d, err == nil
}
