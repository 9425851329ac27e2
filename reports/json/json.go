package json

import (
	"bufio"
	stdjson "encoding/json"
	"fmt"
	"io"
	"iter"

	"github.com/chrono-news/chrono/chrono"
)

// Entry is one chronology entry.
type Entry struct {
	Key        string  `json:"key"`
	Date       Date    `json:"date"`
	Resolution string  `json:"resolution"` // how the date was obtained
	Confidence float64 `json:"confidence"` // 0..1
	Sources    int     `json:"sources"`    // distinct documents
	Conflict   bool    `json:"conflict"`
	// Dates are, in a conflict, each date the sources give, strongest first.
	Dates    []Support `json:"dates,omitempty"`
	Headline string    `json:"headline"`
	Text     string    `json:"text"`
	Actors   []Actor   `json:"actors"`
	Inferred bool      `json:"inferred"`         // the date rests only on inferred mentions
	Review   string    `json:"review,omitempty"` // why an analyst should check it
	Analyst  bool      `json:"analyst"`          // the date is an analyst's correction
	Computed *Date     `json:"computed,omitempty"`
	Note     string    `json:"note,omitempty"`
	Excluded bool      `json:"excluded,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Date is a calendar interval with its granularity and TIMEX3 value.
type Date struct {
	Value   string `json:"value"`   // TIMEX3: 2026-01-06, 2025-12, 2025-Q3
	Grain   string `json:"grain"`   // day, month, year…
	Start   string `json:"start"`   // first day, YYYY-MM-DD
	End     string `json:"end"`     // last day, YYYY-MM-DD
	Display string `json:"display"` // for readers: "6 January 2026"
}

// Support is one date of a conflict with the documents that give it.
type Support struct {
	Date       Date     `json:"date"`
	Resolution string   `json:"resolution"`
	Sources    []string `json:"sources"` // document paths
}

// Actor is a person, organisation or place the entry names.
type Actor struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
}

// Mention is one date expression in one source that dates the entry.
type Mention struct {
	Key        string  `json:"key"`
	Expression string  `json:"expression"`
	Type       string  `json:"type"`   // TIMEX3 type
	Stated     string  `json:"stated"` // the value as stated, X where inferred
	Mod        string  `json:"mod,omitempty"`
	Date       Date    `json:"date"`
	Resolution string  `json:"resolution"`
	Confidence float64 `json:"confidence"`
	Inferred   bool    `json:"inferred"`
	Ambiguous  bool    `json:"ambiguous"`
	Why        string  `json:"why"`
	Sentence   string  `json:"sentence"`
	Source     *Source `json:"source"`
}

// Source is the document a mention comes from.
type Source struct {
	Path            string `json:"path"`
	Title           string `json:"title"`
	Site            string `json:"site,omitempty"`
	URL             string `json:"url,omitempty"`
	Byline          string `json:"byline,omitempty"`
	Published       string `json:"published,omitempty"` // TIMEX3 value
	PublishedOrigin string `json:"published_origin"`
}

// Entries converts chronology entries to the JSON model.
func Entries(entries []chrono.Entry) []Entry {
	out := make([]Entry, len(entries))
	for i := range entries {
		out[i] = convert(&entries[i])
	}
	return out
}

func convert(e *chrono.Entry) Entry {
	paths := map[int64]string{}
	for _, m := range e.Mentions {
		if m.Source != nil {
			paths[m.DocumentID] = m.Source.Path
		}
	}
	j := Entry{
		Key: e.Key, Date: date(e.Date), Resolution: string(e.Resolution), Confidence: e.Confidence,
		Sources: e.Sources, Conflict: e.Conflict, Headline: e.Headline, Text: e.Text, Actors: []Actor{},
		Inferred: e.DateInferred(), Review: e.ReviewReason(), Analyst: e.Analyst, Note: e.Note, Excluded: e.Excluded,
		Mentions: make([]Mention, 0, len(e.Mentions)),
	}
	if e.Conflict {
		for _, d := range e.Dates {
			s := Support{Date: date(d.Date), Resolution: string(d.Resolution), Sources: []string{}}
			for _, id := range d.Documents {
				s.Sources = append(s.Sources, paths[id])
			}
			j.Dates = append(j.Dates, s)
		}
	}
	if e.Analyst {
		c := date(e.Computed)
		j.Computed = &c
	}
	for _, a := range e.Actors {
		j.Actors = append(j.Actors, Actor{Name: a.Name, Kind: string(a.Kind)})
	}
	for _, r := range e.Mentions {
		m := r.Mention
		jm := Mention{
			Key: r.Key(), Expression: m.Text, Type: m.Type, Stated: m.Stated, Mod: m.Mod, Date: date(m.Date),
			Resolution: string(m.Resolution), Confidence: m.Confidence, Inferred: m.Inferred, Ambiguous: m.Ambiguous,
			Why: m.Why, Sentence: r.Sentence,
		}
		if d := r.Source; d != nil {
			jm.Source = &Source{Path: d.Path, Title: d.Title, Site: d.Site, URL: d.URL, Byline: d.Byline,
				Published: d.Published.Value, PublishedOrigin: string(d.PublishedOrigin)}
		}
		j.Mentions = append(j.Mentions, jm)
	}
	return j
}

func date(d chrono.Date) Date {
	return Date{Value: d.Value, Grain: string(d.Grain), Start: chrono.ISO(d.Start), End: chrono.ISO(d.End), Display: d.Display()}
}

// Write writes entries as one indented JSON array, an entry at a time.
func Write(w io.Writer, entries []chrono.Entry) error { return Stream(w, chrono.EntrySeq(entries)) }

// Stream writes the entries of seq as one indented JSON array, each as it
// comes.
func Stream(w io.Writer, seq iter.Seq2[*chrono.Entry, error]) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("[")
	n := 0
	for e, err := range seq {
		if err != nil {
			return fmt.Errorf("json: %w", err)
		}
		if n > 0 {
			bw.WriteString(",")
		}
		n++
		b, err := stdjson.MarshalIndent(convert(e), "  ", "  ")
		if err != nil {
			return fmt.Errorf("json: entry %s: %w", e.Key, err)
		}
		bw.WriteString("\n  ")
		bw.Write(b)
	}
	if n > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("json: %w", err)
	}
	return nil
}

// WriteLines writes entries as JSON Lines: one compact entry a line.
func WriteLines(w io.Writer, entries []chrono.Entry) error {
	return StreamLines(w, chrono.EntrySeq(entries))
}

// StreamLines writes the entries of seq as JSON Lines, each as it comes.
func StreamLines(w io.Writer, seq iter.Seq2[*chrono.Entry, error]) error {
	bw := bufio.NewWriter(w)
	enc := stdjson.NewEncoder(bw)
	for e, err := range seq {
		if err != nil {
			return fmt.Errorf("jsonl: %w", err)
		}
		if err := enc.Encode(convert(e)); err != nil {
			return fmt.Errorf("jsonl: entry %s: %w", e.Key, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("jsonl: %w", err)
	}
	return nil
}
