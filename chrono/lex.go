package chrono

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters, then letters or digits: "January", "Q3"
	tokNum                      // digits, joined by . , / : - into one compound: "08.01.2026", "2,000", "3-10"
	tokPunct                    // any other single character
)

// token is one lexeme with its byte span. Keyword class and value are
// looked up once here so that rules compare small integers.
type token struct {
	kind       tokKind
	start, end int
	text       string
	lower      string // lower-case text, for words
	space      bool   // white space before it
	nl         bool   // a line break before it
	upper      bool   // a word starting with an upper-case letter
	kw         kwClass
	kv         int    // the keyword's value: month 1-12, weekday 0-6, number, offset
	bits       uint32 // the rules it may start: see triggers
}

// lex splits text into tokens, appending to toks to reuse its storage.
func lex(text string, toks []token) []token {
	space, nl := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case c == '\n':
			space, nl = true, true
			i++
			continue
		case isDigit(c):
			j := scanNumber(text, i)
			toks = append(toks, token{kind: tokNum, start: i, end: j, text: text[i:j], space: space, nl: nl})
			i = j
		case c < utf8.RuneSelf && !isLetter(c):
			toks = append(toks, token{kind: tokPunct, start: i, end: i + 1, text: text[i : i+1], space: space, nl: nl})
			i++
		default:
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
				if unicode.IsSpace(r) {
					space = true
					i += n
					continue
				}
				if !unicode.IsLetter(r) {
					toks = append(toks, token{kind: tokPunct, start: i, end: i + n, text: text[i : i+n], space: space, nl: nl})
					i += n
					break
				}
			}
			j := scanWord(text, i+n)
			w := text[i:j]
			t := token{kind: tokWord, start: i, end: j, text: w, lower: lowerASCII(w), space: space, nl: nl, upper: unicode.IsUpper(r)}
			if l := t.lower; len(l) >= 2 && len(l) <= 4 && (l[0] == 'q' || l[0] == 'm' || l[0] == 'y') {
				if a, ok := abbreviated[l]; ok {
					t.lower = a // wire copy's "4th qtr net": the rules read the word
				}
			}
			if e, ok := keyword(t.lower); ok {
				t.kw, t.kv, t.bits = e.class, e.value, e.bits
			}
			toks = append(toks, t)
			i = j
		}
		space, nl = false, false
	}
	return toks
}

// keyword looks w up in keywords. Most words are none, and a hash lookup
// of each was a tenth of recognition: kwShape rules most of them out
// first by their first and last letters and length.
func keyword(w string) (kwEntry, bool) {
	if n := len(w); n == 0 || n > maxKeyword || !kwShape.has(w) {
		return kwEntry{}, false
	}
	e, ok := keywords[w]
	return e, ok
}

// maxKeyword is the length of the longest keyword; kwShape knows the
// first letter, last letter and length of every keyword.
const maxKeyword = 15

type shapeSet [26][26]uint16

var kwShape shapeSet

func (s *shapeSet) add(w string) {
	f, l := w[0]-'a', w[len(w)-1]-'a'
	if f >= 26 || l >= 26 || len(w) > maxKeyword {
		panic("chrono: keyword " + w + " is not lower-case ASCII of at most 15 letters")
	}
	s[f][l] |= 1 << len(w)
}

func (s *shapeSet) has(w string) bool {
	f, l := w[0]-'a', w[len(w)-1]-'a'
	return f < 26 && l < 26 && s[f][l]&(1<<len(w)) != 0
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scanNumber returns the end of the numeric compound starting at i.
func scanNumber(text string, i int) int {
	for i < len(text) {
		for i < len(text) && isDigit(text[i]) {
			i++
		}
		if i+1 < len(text) && isDigit(text[i+1]) {
			switch text[i] {
			case '.', ',', '/', ':', '-':
				i++
				continue
			}
		}
		break
	}
	return i
}

func scanWord(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isLetter(c) && !isDigit(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// abbreviated maps the wire's abbreviations of time words to the words.
var abbreviated = map[string]string{"qtr": "quarter", "qtrs": "quarters", "mths": "months", "yr": "year", "yrs": "years"}

// lowerASCII lower-cases ASCII letters, allocating only when it must.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
