package chrono

import (
	"strings"
	"unicode/utf8"
)

// Analyze finds the date mentions of doc, resolved against its publication
// date or, without one, its reference, and anchors events: one per
// (sentence, dated mention), leaving out the dateline, which dates the
// article itself.
func Analyze(doc *Document, r *Recognizer, sp *Splitter) ([]Mention, []Event) {
	day, published := doc.Anchor()
	mentions := r.Recognize(doc.Text, Anchor{Day: day, Published: published})
	k := 0
	sentences := sp.SplitWhere(doc.Text, func(p Span) bool {
		for k < len(mentions) && mentions[k].End <= p.Start {
			k++
		}
		return k < len(mentions) && mentions[k].Start < p.End
	})
	var events []Event
	k = 0
	for _, m := range mentions {
		if m.Date.Start.IsZero() || doc.Dateline != nil && m.Start < doc.Dateline.End && m.End > doc.Dateline.Start {
			continue
		}
		for k < len(sentences) && sentences[k].End <= m.Start {
			k++
		}
		if k == len(sentences) {
			break
		}
		s := sentences[k]
		if m.Start < s.Start {
			continue // in white space between sentences: cannot happen with trimmed spans
		}
		s = clip(doc.Text, s, m)
		events = append(events, Event{
			Sentence:      doc.Text[s.Start:s.End],
			SentenceStart: s.Start,
			SentenceEnd:   s.End,
			Mention:       m,
		})
	}
	return mentions, events
}

// maxSentence is the longest sentence an event keeps. A run-on "sentence"
// (a page of text with no full stop, a 1 MB line) would otherwise be stored,
// and compared, whole for each of its dates: quadratic in its length.
const maxSentence = 2000

// clip cuts a sentence longer than maxSentence to the words around m.
func clip(text string, s Span, m Mention) Span {
	if s.End-s.Start <= maxSentence {
		return s
	}
	half := (maxSentence - (m.End - m.Start)) / 2
	start, end := max(s.Start, m.Start-half), min(s.End, m.End+half)
	// Whole words: after the first space at or past start, before the last
	// space before end (a space is one byte, so rune boundaries follow).
	if i := strings.IndexByte(text[start:m.Start], ' '); i >= 0 && start > s.Start {
		start += i + 1
	}
	if i := strings.LastIndexByte(text[m.End:end], ' '); i >= 0 && end < s.End {
		end = m.End + i
	}
	for start > s.Start && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < s.End && !utf8.RuneStart(text[end]) {
		end--
	}
	return Span{Start: start, End: end}
}
