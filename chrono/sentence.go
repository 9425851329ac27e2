package chrono

import (
	"fmt"
	"strings"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// Splitter finds sentences with the Punkt model for English, which keeps
// abbreviations such as "U.S.", "Jan." and "Mr." inside their sentence.
type Splitter struct {
	punkt *sentences.DefaultSentenceTokenizer
}

// NewSplitter loads the English Punkt model.
func NewSplitter() (*Splitter, error) {
	t, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("load sentence model: %w", err)
	}
	return &Splitter{punkt: t}, nil
}

// Split returns the byte spans of the sentences of text, trimmed of white
// space. Line breaks end paragraphs, and so sentences: news text puts one
// paragraph on a line; hard-wrapped text (indented paragraphs) is joined first.
func (s *Splitter) Split(text string) []Span { return s.SplitWhere(text, nil) }

// SplitWhere splits only the paragraphs for which keep returns true (all
// when keep is nil): Punkt is the slow part of analysis, and most
// paragraphs hold no date.
func (s *Splitter) SplitWhere(text string, keep func(Span) bool) []Span {
	var out []Span
	for _, p := range paragraphs(text) {
		if keep != nil && !keep(p) {
			continue
		}
		para := text[p.Start:p.End]
		for _, sen := range s.punkt.Tokenize(para) {
			if sp, ok := trimSpan(text, Span{p.Start + sen.Start, p.Start + sen.End}); ok {
				out = append(out, sp)
			}
		}
	}
	return out
}

// paragraphs splits text at blank lines and at line breaks that start a new
// paragraph: a line break followed by indentation, or a line that ends in
// sentence punctuation or is short (a title, a dateline, a caption). A line
// that runs on into the next, as in hard-wrapped wire copy, stays joined.
func paragraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		line := strings.TrimSpace(text[lineStart(text, i):i])
		next := text[i+1:]
		if line == "" || strings.HasPrefix(next, " ") || strings.HasPrefix(next, "\t") ||
			strings.HasPrefix(next, "\n") || endsParagraph(line) {
			out = append(out, Span{start, i})
			start = i + 1
		}
	}
	return append(out, Span{start, len(text)})
}

func lineStart(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// endsParagraph reports whether a line cannot run on into the next one.
func endsParagraph(line string) bool {
	if len(line) < 50 {
		return true
	}
	switch line[len(line)-1] {
	case '.', '!', '?', '"', ':':
		return true
	}
	return strings.HasSuffix(line, "”") || strings.HasSuffix(line, "’")
}

func trimSpan(text string, sp Span) (Span, bool) {
	for sp.Start < sp.End && isSpace(text[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpace(text[sp.End-1]) {
		sp.End--
	}
	return sp, sp.End > sp.Start
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
