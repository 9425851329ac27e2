package chrono

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Query is a parsed Filter.Search: words that must all appear. It follows
// SQLite FTS5's default (unicode61) rules, so that a full-text index can
// later answer the same question: words are runs of letters and digits,
// compared without case or diacritics, and a word ending in * matches any
// word it begins.
type Query []queryWord

type queryWord struct {
	word   string
	prefix bool // "peace*"
}

// ParseQuery splits s into the words of a query; an empty s gives a query
// that matches everything.
func ParseQuery(s string) Query {
	var q Query
	for _, f := range strings.Fields(s) {
		prefix := strings.HasSuffix(f, "*")
		for _, w := range words(f) {
			q = append(q, queryWord{word: w})
		}
		if prefix && len(q) > 0 {
			q[len(q)-1].prefix = true
		}
	}
	return q
}

// Matches reports whether every word of q appears in the entry's text,
// headline, actors' names or its sources' titles.
func (e *Entry) Matches(q Query) bool {
	if len(q) == 0 {
		return true
	}
	fields := []string{e.Text, e.Headline}
	for _, a := range e.Actors {
		fields = append(fields, a.Name)
	}
	for _, m := range e.Mentions {
		if m.Source != nil {
			fields = append(fields, m.Source.Title)
		}
	}
	have := map[string]bool{}
	for _, f := range fields {
		for _, w := range words(f) {
			have[w] = true
		}
	}
	for _, qw := range q {
		if have[qw.word] {
			continue
		}
		found := false
		if qw.prefix {
			for w := range have {
				if strings.HasPrefix(w, qw.word) {
					found = true
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// words returns the runs of letters and digits of s, lowercased and
// without diacritics: "Erdoğan" is "erdogan".
func words(s string) []string {
	// A transformer keeps state: one per call.
	fold := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(fold, s)
	if err != nil {
		folded = s
	}
	return strings.FieldsFunc(strings.ToLower(folded), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// DateInferred reports whether the entry's date rests only on inferred
// mentions: dated against a guessed reference because their articles had
// no publication date. An analyst's date is not inferred, and one mention
// from a dated article that gives the entry's date is enough.
func (e *Entry) DateInferred() bool {
	if e.Analyst {
		return false
	}
	supported := false
	for _, m := range e.Mentions {
		d := m.Mention.Date
		if d.End.Before(e.Date.Start) || d.Start.After(e.Date.End) {
			continue // the other side of a conflict
		}
		if !m.Mention.Inferred {
			return false
		}
		supported = true
	}
	return supported
}

// FTS returns q as an SQLite FTS5 query with the same meaning: each word
// quoted (so that "U.S." or "-" in it is no syntax), prefixes starred, all
// required.
func (q Query) FTS() string {
	parts := make([]string, len(q))
	for i, w := range q {
		parts[i] = `"` + strings.ReplaceAll(w.word, `"`, `""`) + `"`
		if w.prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}
