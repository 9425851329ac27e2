package chrono

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanSentence strips the clutter news pages leave in sentences: links,
// "read more in our Telegram-channel …" calls, photo credits, bylines and
// wire datelines ("WASHINGTON (Reuters) -").
func CleanSentence(s string) string {
	s = oneLine(s)
	lower := strings.ToLower(s)
	for _, cut := range []string{"read more in ", "read more at ", "read more on ", "read more:", "photo:", "photo credit", "follow us on", "subscribe to our", "click here"} {
		if k := strings.Index(lower, cut); k >= 0 {
			if k == 0 {
				return ""
			}
			s, lower = strings.TrimSpace(s[:k]), lower[:k]
		}
	}
	var words []string
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") {
			continue
		}
		words = append(words, w)
	}
	s = strings.Join(words, " ")
	if k := strings.Index(s, ") - "); k > 0 && k < 60 && strings.Contains(s[:k], "(") {
		// "WASHINGTON (Reuters) - The ..."
		if up := s[:strings.Index(s, "(")]; strings.ToUpper(up) == up {
			s = s[k+4:]
		}
	}
	s = withoutDateline(s) // "CALGARY, Alberta, March 2 - "
	if strings.HasPrefix(s, "By ") && len(strings.Fields(s)) <= 5 {
		return "" // a byline
	}
	return strings.TrimSpace(s)
}

// oneLine folds white space runs into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// headlineWords is the most words a headline keeps.
const headlineWords = 12

// Headline makes a short headline of a sentence for timeline tools: the
// clause that holds the date expression [start, end) (byte offsets into
// sentence), without the expression, given back its subject when it lost
// it to a comma ("European leaders, joined by …, unveiled a plan"), cut to
// a dozen words.
func Headline(sentence string, start, end int) string {
	if start < 0 || end > len(sentence) || start > end {
		start, end = 0, 0
	}
	type seg struct{ s, e int }
	var segs []seg
	last := 0
	for i := 0; i < len(sentence); {
		r, n := utf8.DecodeRuneInString(sentence[i:])
		cut := 0
		switch {
		case r == ',' || r == ';':
			cut = n
		case r == '—' || r == '–':
			cut = n
		case r == '-' && i > 0 && sentence[i-1] == ' ' && i+1 < len(sentence) && sentence[i+1] == ' ':
			cut = n
		}
		if cut > 0 && (i < start || i >= end) {
			segs = append(segs, seg{last, i})
			last = i + cut
		}
		i += n
	}
	segs = append(segs, seg{last, len(sentence)})
	var clause seg
	for _, sg := range segs {
		if start >= sg.s && start < sg.e || start == sg.e && end == start {
			clause = sg
			break
		}
	}
	after := end
	for _, pos := range []string{"'s", "’s"} { // "today’s meeting": the possessive goes too
		if strings.HasPrefix(sentence[after:], pos) {
			after += len(pos)
		}
	}
	fronted := clause.s == segs[0].s && len(segs) > 1 && frontedAdverbial(sentence[clause.s:clause.e], start-clause.s)
	if fronted {
		// "On Monday, dock workers walked out": the main clause follows.
		clause, start, after = segs[1], segs[1].s, segs[1].s
	}
	text := sentence[clause.s:start] + " " + sentence[after:clause.e]
	words := strings.Fields(text)
	// The expression's preposition goes with it: "met [on] Tuesday".
	before := strings.Fields(sentence[clause.s:start])
	if n := len(before); n > 0 && datePrepositions[strings.ToLower(before[n-1])] {
		words = append(before[:n-1:n-1], strings.Fields(sentence[after:clause.e])...)
	}
	for len(words) > 0 && clauseOpeners[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) > 0 && clause.s > 0 && !fronted && startsPredicate(words[0]) {
		// "…, unveiled a plan": the subject is the sentence's first segment.
		words = append(strings.Fields(sentence[segs[0].s:segs[0].e]), words...)
	}
	if len(words) < 3 {
		words = strings.Fields(sentence[:start] + " " + sentence[end:])
	}
	cut := len(words) > headlineWords
	if cut {
		words = words[:headlineWords]
	}
	h := strings.Join(words, " ")
	for prev := ""; prev != h; {
		prev = h
		h = strings.TrimRight(h, " ,;:.—–-")
		h = strings.Trim(h, "\"“”'‘’ ")
	}
	h = balanceQuotes(h)
	if cut {
		h += "…"
	}
	if r, n := utf8.DecodeRuneInString(h); n > 0 && unicode.IsLower(r) {
		h = string(unicode.ToUpper(r)) + h[n:]
	}
	return h
}

// balanceQuotes drops a quotation mark the cut left open: "said that it
// was “a subject for discussion" reads better without the “.
func balanceQuotes(h string) string {
	if strings.Count(h, "“") > strings.Count(h, "”") {
		k := strings.LastIndex(h, "“")
		h = h[:k] + h[k+len("“"):]
	}
	if strings.Count(h, "\"")%2 == 1 {
		k := strings.LastIndex(h, "\"")
		h = h[:k] + h[k+1:]
	}
	return h
}

// frontedAdverbial reports whether a sentence's first segment, holding the
// date expression at byte at, is an adverbial put in front of the main
// clause: "On Monday", "Going into today's meeting", "Earlier this month".
func frontedAdverbial(seg string, at int) bool {
	words := strings.Fields(seg)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	first := strings.ToLower(words[0])
	return datePrepositions[first] || strings.HasSuffix(first, "ing") || at == 0 ||
		first == "earlier" || first == "later" || first == "last" || first == "after" || first == "before"
}

// startsPredicate reports whether a clause's first word shows the clause
// has no subject of its own: a lower-case word that is no article or pronoun.
func startsPredicate(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "its", "their", "his", "her":
		return false
	}
	return true
}

var datePrepositions = setOf(`on in at since by during from until till`)

var clauseOpeners = setOf(`although though while whereas but and or so yet however meanwhile as when after before because since which who`)
