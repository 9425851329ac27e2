package chrono

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Errors for input that is not an article.
var (
	ErrEmpty   = errors.New("empty file")
	ErrBinary  = errors.New("binary file, not text")
	ErrEncoded = errors.New("invalid UTF-8")
)

// datelineLines is how many non-empty lines after the title may hold the dateline.
const datelineLines = 5

// ParseDocument reads an article: checks that it is text, and finds its
// title, byline and publication date. published, when not zero, overrides
// what the text and file name say (the --published flag).
func ParseDocument(path string, raw []byte, published Date, r *Recognizer) (*Document, error) {
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return nil, ErrBinary
	}
	if !utf8.Valid(raw) {
		n := 0
		for n < len(raw) {
			c, size := utf8.DecodeRune(raw[n:])
			if c == utf8.RuneError && size <= 1 {
				break
			}
			n += size
		}
		return nil, fmt.Errorf("%w at byte %d", ErrEncoded, n)
	}
	text := strings.ReplaceAll(string(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))), "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	sum := sha256.Sum256(raw)
	doc := &Document{Path: path, Hash: hex.EncodeToString(sum[:]), Text: text, PublishedOrigin: OriginNone}
	doc.Title = firstLine(text)
	doc.Byline = byline(text)

	switch {
	case !published.IsZero():
		doc.Published, doc.PublishedOrigin = published, OriginFlag
		if sp, _, ok := findDateline(text, r); ok {
			doc.Dateline = &sp // still a dateline, still not an event
		}
	default:
		if sp, d, ok := findDateline(text, r); ok {
			doc.Published, doc.PublishedOrigin, doc.Dateline = d, OriginDateline, &sp
		} else if d, ok := filenameDate(path); ok {
			doc.Published, doc.PublishedOrigin = d, OriginFilename
		}
	}
	return doc, nil
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
func findDateline(text string, r *Recognizer) (Span, Date, bool) {
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
			if seen > 0 { // the first non-empty line is the title
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
