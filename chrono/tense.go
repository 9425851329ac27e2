package chrono

import "strings"

// Which way a year-less date or a weekday leans is read from the words
// around it: a reporting or past verb, a plan or a modal; and only within
// its sentence.

// clause is the span of tokens around [i, j) up to reach tokens either
// way, stopping at the ends of the sentence.
func (s *scanner) clause(i, j, reach int) (lo, hi int) {
	lo, hi = i, j
	for lo > 0 && i-lo < reach && !s.boundary(lo-1) {
		lo--
	}
	for hi < len(s.toks) && hi-j < reach && !s.boundary(hi) {
		hi++
	}
	return lo, hi
}

// tense reads the clause around tokens [i, j) for a reporting or past verb
// (-1) or a future marker (1); 0 when it says neither. Future wins: "said it
// will meet on Tuesday" is about a coming Tuesday.
func (s *scanner) tense(i, j int) int {
	lo, hi := s.clause(i, j, 40)
	past := false
	for k := lo; k < hi; k++ {
		if k >= i && k < j {
			continue
		}
		w := s.toks[k].lower
		if s.midCapital(k) {
			continue // "Economic Planning Board": a name
		}
		if futureWords[w] && !(w == "next" && s.nextNoTime(k)) && !s.futureNoun(k) && !s.oncePlanned(k) || s.expectedAt(k) || modals[w] && s.modalGoverns(k, i, j) || s.wont(k) {
			return 1
		}
		if (pastWords[w] || (len(w) > 4 && strings.HasSuffix(w, "ed"))) && !s.nounUse(k) {
			past = true
		}
	}
	if past {
		return -1
	}
	return 0
}

// nextNoTime reports a "next" at token k that tells no time ahead: "next
// to the embassy" is a place, "next-day delivery" a kind.
func (s *scanner) nextNoTime(k int) bool {
	return s.is(k+1, "to") || s.is(k+1, "-") && s.adjacent(k+1)
}

// nounUse reports a past form at token k used as a noun or an adjective
// after a determiner or a figure: "faces a 10% cut", "a planned strike",
// "the proposed merger"; no verb tense.
func (s *scanner) nounUse(k int) bool {
	p := s.toklower(k - 1)
	if t := s.tok(k - 1); t != nil && t.text == "%" || p == "cent" || p == "percent" {
		return true // "a 10% cut", "a 5 per cent cut"
	}
	return determiners[p] && p != "that" && p != "s"
}

// futureNoun reports a future word at token k that is a noun or names
// another time, not the clause's tense: "its plans", "their will", "the
// upcoming summit", "next year's budget".
func (s *scanner) futureNoun(k int) bool {
	switch w := s.toks[k].lower; w {
	case "plans", "will":
		p := s.toklower(k - 1)
		return determiners[p] || p == "peace" || p == "budget" || p == "expansion" || p == "its" || p == "their" || p == "his" || p == "her" || p == "our" ||
			w == "plans" && k > 0 && s.toks[k-1].kind == tokWord && verbTense(p) < 0 // "submitted plans in February"
	case "upcoming":
		return true
	case "coming":
		return prepositions[s.toklower(k-1)] || s.is(k-1, "after") || s.is(k-1, "before") || s.is(k-1, "of") || s.is(k-1, "while") // "after coming from behind": a gerund

	case "next":
		if u := s.tok(k + 1); u != nil && u.kw == kwUnit && (s.is(k+2, "'") || s.is(k+2, "’")) {
			return true
		}
	}
	return false
}

// oncePlanned reports a plan word at token k that a plan gone by: "The
// launch, originally scheduled for Jan. 22, had been delayed", "as
// previously planned Saturday night".
// What follows names the day: not "may not take effect in October as
// originally planned", whose October is still the plan.
func (s *scanner) oncePlanned(k int) bool {
	switch s.toks[k].lower {
	case "scheduled", "planned", "slated", "expected":
		switch s.toklower(k - 1) {
		case "originally", "initially", "previously":
			n := s.tok(k + 1)
			return n != nil && (n.lower == "for" || n.lower == "on" || n.lower == "in" || n.kw == kwWeekday || n.kw == kwMonth || n.kw == kwMonthAbbr)
		}
	}
	return false
}

// wont reports "won't" at token k: will not, not "won".
func (s *scanner) wont(k int) bool {
	return s.toks[k].lower == "won" && (s.is(k+1, "'") || s.is(k+1, "’")) && s.is(k+2, "t") && s.adjacent(k+1)
}

// subjectBefore reports whether the word before token k can end a
// subject, so that k is a verb: a name, a pronoun, or the comma closing an
// aside ("The museum, which opened in 1941, opens"); not "sharp falls", "to expire".
func (s *scanner) subjectBefore(k int) bool {
	p := s.tok(k - 1)
	if p == nil {
		return false
	}
	if p.kind == tokWord && !p.upper && p.kw == kwNone && determiners[s.toklower(k-2)] && !prepositions[p.lower] {
		return true // "the album comes out Friday"
	}
	return p.text == "," || p.kind == tokWord && (p.upper && k-1 > 0 && !s.boundary(k-2) || subjectPronouns[p.lower] || p.lower == "which" || p.lower == "who" || p.lower == "that")
}

// thatBetween reports a "that" or a quote mark in tokens [j, k): what
// follows it is another clause.
func (s *scanner) thatBetween(j, k int) bool {
	for p := j; p < k; p++ {
		if s.is(p, "that") || s.toks[p].kind == tokPunct && isCloseQuote(s.toks[p].text) {
			return true
		}
	}
	return false
}

// futureAux open a coordinated verb phrase of their own: "arrived on
// Saturday and will have talks".
var futureAux = map[string]bool{"will": true, "would": true, "shall": true, "could": true, "may": true, "might": true, "should": true}

// leftVerb reports a verb form with a tense in the reach tokens before
// token i, in its sentence.
func (s *scanner) leftVerb(i, reach int) bool {
	for k := i - 1; k >= 0 && k >= i-reach && !s.boundary(k); k-- {
		if s.tokTense(k) != 0 {
			return true
		}
	}
	return false
}

// inRelative reports whether token i stands in a relative clause opened by
// ", who" or ", which" before it, with no verb form between: "Trump, who
// takes office on Monday, praised the deal".
func (s *scanner) inRelative(i int) bool { return s.inClause(i, false) }

// inClause is inRelative, and with when also a clause opened by ", when":
// "to spend in the summer, when the window reopens on 14 June".
func (s *scanner) inClause(i int, when bool) bool {
	for k := i - 1; k >= 1 && k >= i-12 && !s.boundary(k); k-- {
		switch {
		case (s.is(k, "who") || s.is(k, "which") || when && s.is(k, "when")) && s.is(k-1, ","):
			return true
		case s.is(k, ","):
			return false
		}
	}
	return false
}

// asideAt reports whether a comma and token q open an aside: ", who",
// ", which", ", whose", or a comma and a past participle (", hit on July
// 7"), which participle tells.
func (s *scanner) asideAt(q int) (ok, participle bool) {
	if q < 1 || !s.is(q-1, ",") {
		return false, false
	}
	if s.is(q, "which") || s.is(q, "who") || s.is(q, "whose") {
		return true, false
	}
	if s.tokTense(q) < 0 && !s.toks[q].upper {
		return true, true
	}
	return false, false
}

// clauseConj after a comma starts another clause.
var clauseConj = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "then": true, "although": true, "though": true,
	"after": true, "because": true, "since": true, "when": true} // "until 05:00 on Wednesday, after six units broke down"

// modals look ahead unless a past form follows: "should improve", "could
// cost"; not "could not be reached", "should have known".
var modals = map[string]bool{"should": true, "could": true, "may": true, "might": true, "d": true}

// modalGoverns reports whether the modal at token k looks ahead and is
// near the date at [i, j) with no other verb form between: "should
// improve in the second half"; not "posted a fourth quarter loss ... and
// should", "urged makers on April 7 ... could".
func (s *scanner) modalGoverns(k, i, j int) bool {
	if s.tokTense(k) <= 0 {
		return false
	}
	lo, hi := k+2, i // modal, its verb, then the date
	if k >= j {
		lo, hi = j, k
	}
	if hi-lo > 8 {
		return false
	}
	for p := lo; p < hi; p++ {
		if s.tokTense(p) != 0 || s.boundary(p) || s.is(p, ",") || s.is(p, "and") || s.is(p, "but") || s.is(p, "when") {
			return false
		}
	}
	return true
}

// clauseTense is the tense of the clause around tokens [i, j) where it
// has one: past verbs and no future marker, or the reverse; else 0.
func (s *scanner) clauseTense(i, j int) int {
	lo, hi := s.clause(i, j, 40)
	past, future := false, false
	for k := lo; k < hi; k++ {
		if k >= i && k < j {
			continue
		}
		if s.attribution(k, j) {
			continue // "The show returns Sept. 3, Netflix said."
		}
		if k >= j && modals[s.toks[k].lower] && !s.modalGoverns(k, i, j) && s.thatBetween(j, k) {
			continue // "to 1.4 billion at year-end, adding that chargeoffs \"should be more modest\"": another clause's
		}
		switch s.tokTense(k) {
		case 1:
			future = true
		case -1:
			past = past || !s.passiveFuture(k)
		}
	}
	switch {
	case past && !future:
		return -1
	case future && !past:
		return 1
	}
	return 0
}

// tenseNear reads the verb nearest to tokens [i, j) in their sentence, out
// to a dozen tokens on either side: -1 for a past form, 1 for a future
// marker, 0 for none. Weekdays follow the verb that governs them: "said it
// would meet on Tuesday" is about a coming Tuesday; "Police arrested him on
// Tuesday" a past one.
func (s *scanner) tenseNear(i, j int) int { return s.tenseWithin(i, j, 12) }

// tenseWithin is tenseNear out to reach tokens.
func (s *scanner) tenseWithin(i, j, reach int) int {
	// "as early as Tuesday", "as soon as Monday": a coming day.
	if s.is(i-1, "as") && s.is(i-3, "as") {
		if w := s.tok(i - 2); w != nil && (w.lower == "early" || w.lower == "soon") {
			return 1
		}
	}
	left, right := i-1, j
	leftOK, rightOK := true, true
	relative := s.inRelative(i) // "Trump, who takes office on Monday, praised": the clause's own verb
	// A past form guessed from "-ed" is weak: it may be an adjective
	// ("markets untouched by the crisis"). A word the lists know outranks it.
	weak := 0
	for d := 0; d < reach && (leftOK || rightOK); d++ {
		if leftOK {
			if left < 0 || s.boundary(left) {
				leftOK = false
			} else if weak == 0 && s.intentTo(left) {
				return 1 // "did not plan to remove him on Thursday": what was meant lies ahead
			} else if weak == 0 && s.presentAux(left) {
				return 0 // "said it is calling for the redemption on Dec. 7": the present governs
			} else if weak == 0 && left >= i-4 && (presentVerbs[s.toklower(left)] || s.toklower(left) == "comes") && !s.toks[left].upper && s.subjectBefore(left) {
				return 0 // "The museum, which opened in 1941, opens on July 4": so does a verb of schedule
			} else if weak == 0 && left >= i-4 && (s.is(left, "is") || s.is(left, "are")) && !s.toks[left].upper {
				return 0 // "The museum, which opened in 1941, is open daily except Christmas Day": and a copula
			} else if t := s.tokTense(left); t != 0 {
				if t < 0 && s.passiveFuture(left) {
					return 1 // "will be named", "would still be held"
				}
				if t > 0 || !s.weakPast(left) || left >= i-2 && (left == i-1 || s.is(i-1, "on") || s.tok(i-1).kind == tokNum) {
					return t // a verb right before the date governs it: "issued July 1"
				}
				if _, participle := s.asideAt(left); participle && s.closedAfter(j) {
					// "The reform, approved by the government in March, is due
					// to take effect": the participle that opens the aside
					return t
				}
				if weak == 0 {
					weak = t
				}
			}
			left--
		}
		if rightOK {
			if right >= len(s.toks) || s.boundary(right) || s.closesQuote(right) || s.is(right, "that") || s.is(right, ";") ||
				s.is(right, ",") && (clauseConj[s.toklower(right+1)] || relative) ||
				(s.is(right, "and") || s.is(right, "but")) && (futureAux[s.toklower(right+1)] || futureAux[s.toklower(right+2)] || s.tokTense(right+1) != 0 || s.tokTense(right+2) != 0) && s.leftVerb(i, 8) {
				// "promised in January that there will be", "came on
				// Tuesday, and it will pass": another clause
				rightOK = false
			} else if t := s.tokTense(right); t != 0 && !s.attribution(right, j) {
				// A reporting verb after the date attributes the sentence
				// ("will stay until Tuesday, they added"); it does not date it.
				if t > 0 && s.reportedBefore(i-1, i-reach) {
					return -1 // "said on Wednesday the program would net": said governs
				}
				if t > 0 || !s.weakPast(right) || right == j {
					return t // "Yeutter Monday warned": the verb right after governs it
				}
				if weak == 0 {
					weak = t
				}
			}
			right++
		}
	}
	return weak
}

// presentGoverns reports whether the nearest verb before token i in its
// sentence is a present "is" or "are": "said the report is released on
// July 9" is told in the present, whatever the reporting verb's tense.
func (s *scanner) presentGoverns(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && !s.boundary(k); k-- {
		if s.presentAux(k) {
			return true
		}
		if s.tokTense(k) != 0 {
			return false
		}
	}
	return false
}

// presentAux reports a present "is" or "are" before a participle at token
// k: "is calling", "are released", "is now expected". Not a copula: "who
// is also chairman".
func (s *scanner) presentAux(k int) bool {
	if w := s.toks[k].lower; w != "is" && w != "are" {
		return false
	}
	for n := k + 1; n <= k+2; n++ {
		t := s.tok(n)
		if t == nil || t.kind != tokWord || t.upper {
			return false
		}
		if strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed") || pastWords[t.lower] {
			return true
		}
	}
	return false
}

// reportedBefore reports whether a reporting verb comes first among the
// tense words from token k back to token lo, in the sentence: the
// future after the date then belongs to what was reported.
func (s *scanner) reportedBefore(k, lo int) bool {
	for ; k >= 0 && k >= lo && !s.boundary(k); k-- {
		if s.is(k, "that") {
			return false // "said that on June 1 it will redeem": the date is reported
		}
		if t := s.tokTense(k); t != 0 && !(t < 0 && s.weakPast(k)) {
			return t < 0 && reportingVerbs[s.toks[k].lower]
		}
	}
	return false
}

// attribution reports whether the reporting verb at token k, after the
// date ending at j, closes the sentence as its source ("will stay until
// Tuesday, they added."): it does not date what it attributes.
func (s *scanner) attribution(k, j int) bool {
	if k <= j || !reportingVerbs[s.toks[k].lower] {
		return false
	}
	n := s.tok(k + 1)
	return n == nil || s.boundary(k+1) || n.text == "," || s.saidWhen(k+1) || s.saidBy(k)
}

// saidBy reports a reporting verb at token k after a comma, with its
// speaker after it to the end of the sentence: "..., said a Sydney-based
// strategist."
func (s *scanner) saidBy(k int) bool {
	if !s.is(k-1, ",") {
		return false
	}
	for p := k + 1; p < k+7; p++ {
		t := s.tok(p)
		if t == nil || s.boundary(p) {
			return p > k+1
		}
		if t.kind == tokWord && (s.tokTense(p) != 0 || t.kw != kwNone && t.kw != kwNumber) || t.text == "," || isCloseQuote(t.text) {
			return false // a verb or a date of its own: another clause
		}
	}
	return false
}

// saidWhen reports a day of saying from token k to the end of the
// sentence or clause: "will hold a briefing Friday, officials said
// Tuesday night." The day dates the saying, not what was said.
func (s *scanner) saidWhen(k int) bool {
	day := false
	for p := k; p < k+4; p++ {
		t := s.tok(p)
		if t == nil || s.boundary(p) || t.text == "," {
			return day && p > k
		}
		switch {
		case t.kw == kwWeekday && t.upper || t.kw == kwRelDay || t.kw == kwTonight:
			day = true
		case t.lower == "on" || t.lower == "late" || t.lower == "early" || t.lower == "last" || t.lower == "night" || dayParts[t.lower] != 0:
		default:
			return false
		}
	}
	return false
}

// reportingVerbs attribute what a sentence says.
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "added": true, "announced": true, "reported": true, "stated": true,
	"declared": true, "confirmed": true, "says": true, "say": true, "noted": true, "explained": true,
}

// weakPast reports whether token k reads as past only by its "-ed" ending.
func (s *scanner) weakPast(k int) bool {
	w := s.toks[k].lower
	if pastWords[w] || !strings.HasSuffix(w, "ed") {
		return false
	}
	// With an object it is a verb: "forced the government", "warned him".
	n := s.toklower(k + 1)
	return !determiners[n] && !objectPronouns[n]
}

// objectPronouns after an "-ed" word make it a verb with an object.
var objectPronouns = map[string]bool{"him": true, "them": true, "us": true, "me": true, "it": true}

// leftTense is the tense of the nearest verb before token i in its
// sentence, out to reach tokens.
func (s *scanner) leftTense(i, reach int) int {
	for k := i - 1; k >= 0 && k >= i-reach && !s.boundary(k); k-- {
		if t := s.tokTense(k); t != 0 {
			if t < 0 && s.passiveFuture(k) {
				return 1
			}
			return t
		}
	}
	return 0
}

// closesQuote reports whether token k closes a quotation: the verb after
// it ("...on Thursday,” Castro said") reports the quote and does not date
// what is inside.
func (s *scanner) closesQuote(k int) bool {
	t := &s.toks[k]
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case "\"", "”", "''":
		return true
	case "'", "’":
		n := s.tok(k + 1)
		return n == nil || n.kind == tokPunct || n.space
	}
	return false
}

// passiveFuture reports whether the past participle at token k belongs to
// a future passive: "will be named", "would still be held", "is to be paid".
func (s *scanner) passiveFuture(k int) bool {
	be := -1
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		if s.toks[p].lower == "be" {
			be = p
			break
		}
	}
	if be < 0 {
		return false
	}
	for p := be - 1; p >= 0 && p >= be-3; p-- {
		switch s.toks[p].lower {
		case "will", "would", "shall", "to", "ll", "can", "should", "must", "may", "might":
			return true
		}
	}
	return false
}

// tokTense is verbTense for token k, where capitalised words that merely
// end in -ed ("United", "Ahmed") are names, not verbs; and "is to", "set to"
// before a verb look ahead: "is to resume trading Tuesday".
func (s *scanner) tokTense(k int) int {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	if k < len(s.tenses) {
		if v := s.tenses[k]; v != 0 {
			return int(v) - 2
		}
		v := s.wordTense(k)
		s.tenses[k] = int8(v + 2)
		return v
	}
	return s.wordTense(k)
}

// wordTense is tokTense unmemoised.
func (s *scanner) wordTense(k int) int {
	t := &s.toks[k]
	if t.kind != tokWord {
		return 0
	}
	c := tenseWords[t.lower] // looked up once: this runs for most words near a date
	past := c&twPast != 0
	if t.lower == "to" {
		if p := s.tok(k - 1); p != nil && aheadTo[p.lower] {
			return 1
		}
		return 0
	}
	if c&twAheadTo != 0 && s.is(k+1, "to") {
		return 1
	}
	if t.upper && (!past && c&twFuture == 0 || s.midCapital(k)) {
		return 0
	}
	if !t.space && s.is(k-1, "-") {
		return 0 // part of a compound: "lower-than-expected earnings"
	}
	if t.lower == "set" && (s.is(k+1, "for") || s.is(k+1, "to")) {
		switch s.toklower(k - 1) {
		case "is", "are", "remains", "remain", "be", "been", "s", "re", "now", "tentatively":
			return 1 // "graduation remains set for May 28", "is set to open": scheduled
		}
	}
	if (t.lower == "take" || t.lower == "takes") && s.is(k+1, "effect") && !s.is(k-1, "did") && !s.is(k-1, "didn") {
		return 1 // "another increase, to take effect Jan. 1", "the merger takes effect in April": as "effective"
	}
	if t.lower == "next" && s.nextNoTime(k) {
		return 0
	}
	if (t.lower == "was" || t.lower == "were") && (s.is(k+1, "planning") || s.is(k+1, "going") && s.is(k+2, "to")) {
		return 0 // "were planning to drive": the plan tells
	}
	if p := s.tok(k - 1); past && p != nil && !p.upper {
		switch p.lower {
		case "to", "will", "would", "could", "can", "may", "might", "should", "must", "ll":
			return 0 // "could cut", "to set": a base form; the word before tells
		}
	}
	if past && c&twBaseAsPast != 0 {
		for p := k - 1; p >= 0 && p >= k-4 && !s.boundary(p) && s.toks[p].kind == tokWord; p-- {
			if futureAux[s.toks[p].lower] || s.toks[p].lower == "to" {
				return 0 // "will withdraw the water cut from Monday": a noun, or the verb's base form
			}
		}
	}
	if s.wont(k) {
		return 1 // "won't show up until summer"
	}
	if t.lower == "going" && !s.is(k+1, "to") {
		switch s.toklower(k - 1) {
		case "is", "are", "am", "s", "re":
		default:
			return 0 // "within an hour of going on sale Saturday"; but "is going ahead Tuesday"
		}
	}
	if s.futureNoun(k) {
		return 0 // "unveiled its plans on Monday", "expressed their will"
	}
	if s.oncePlanned(k) {
		return -1 // "originally scheduled for Jan. 22": a plan of the past
	}
	if t.lower == "d" && (s.is(k-1, "'") || s.is(k-1, "’")) && !t.space {
		// "she'd call Monday" would; "she'd called Monday", "they'd been told" had
		if n := s.tok(k + 1); n != nil && n.kind == tokWord && n.lower != "been" && n.lower != "had" && !pastWords[n.lower] && !strings.HasSuffix(n.lower, "ed") {
			return 1
		}
		return -1
	}
	if t.lower == "should" && !t.upper && !s.is(k+1, "have") {
		return 1 // "margins should improve in the second half", "Friday should be dry"
	}
	if (t.lower == "could" || t.lower == "may" || t.lower == "might") && !t.upper {
		// "could cut in September", "may meet Friday": a possibility ahead;
		// but "could not be reached", "might have met" tell of the past.
		switch n := s.toklower(k + 1); n {
		case "be", "have", "not", "never", "also", "well", "hardly", "barely", "scarcely", "":
			return 0
		default:
			if strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "n't") {
				return 0
			}
		}
		return 1
	}
	if t.lower == "due" && s.is(k+1, "to") && s.causal(k+2) {
		return 0 // "due to heavy buying": because of
	}
	if s.expectedAt(k) {
		return 1 // "is expected in the fall", "are scheduled for May"
	}
	if past || strings.HasSuffix(t.lower, "ed") {
		if p := s.toklower(k - 1); p == "is" || p == "are" || p == "being" {
			return 0 // "the case is heard in May": a present passive
		}
		if s.nounUse(k) {
			return 0 // "faces a 10% cut from April"
		}
		if t.lower == "given" && (determiners[s.toklower(k+1)] || s.is(k+1, "that")) {
			return 0 // "given the strike in May": because of
		}
		if s.is(k-1, ",") && s.is(k+1, "by") && !past {
			return 0 // "reports on Wednesday, followed by Apple on Thursday": a participle
		}
	}
	v := classTense(t.lower, c)
	if v > 0 && s.pastPerfect(k) {
		return -1 // "had been due to expire Friday" has passed
	}
	return v
}

// closedAfter reports a comma within a few tokens after token j, closing
// an aside before its sentence goes on.
func (s *scanner) closedAfter(j int) bool {
	for k := j; k < len(s.toks) && k < j+4; k++ {
		if s.is(k, ",") {
			return true
		}
		if s.boundary(k) {
			return false
		}
	}
	return false
}

// causal reports whether token k, after "due to", starts a noun phrase
// ("due to the strike", "due to tax-induced buying") rather than a verb
// ("due to expire").
func (s *scanner) causal(k int) bool {
	t := s.tok(k)
	if t == nil || t.kind != tokWord {
		return true
	}
	if determiners[t.lower] || t.upper || s.is(k+1, "-") && s.adjacent(k+1) {
		return true
	}
	w := t.lower
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "al") || strings.HasSuffix(w, "y")
}

// midCapital reports whether token k is a capitalised word inside a
// sentence, a name more likely than a verb: "the Economic Planning Board".
func (s *scanner) midCapital(k int) bool {
	t := &s.toks[k]
	if !t.upper || t.kind != tokWord || k == 0 {
		return false
	}
	p := &s.toks[k-1]
	return p.kind == tokWord || p.text == "," || p.text == "-"
}

// pastPerfect reports whether the plan word at token k is told in the past
// perfect or as a former plan: "had been scheduled to", "previously
// planned". What had been due has, in news, gone by.
func (s *scanner) pastPerfect(k int) bool {
	for p := k - 1; p >= 0 && p >= k-5; p-- {
		switch s.toks[p].lower {
		case "had", "previously":
			return true
		case "been", "to", "due", "scheduled", "expected", "set", "slated", "planned", "originally", "be":
			continue
		}
		return false
	}
	return false
}

// aheadTo are words that, followed by "to" and a verb, put it in the
// future: "is to meet", "set to resume", "are to vote".
var aheadTo = map[string]bool{"is": true, "are": true, "set": true, "was": true, "were": true, "poised": true,
	"forecast": true, "projected": true, "likely": true, "slated": true, "predicted": true, "tipped": true}

// verbTense classifies one word as a past (-1) or future (1) marker.
func verbTense(w string) int { return classTense(w, tenseWords[w]) }

// classTense is verbTense for w of the classes c.
func classTense(w string, c uint8) int {
	switch {
	case c&twFuture != 0:
		return 1
	case c&twPast != 0 && w != "last" && w != "earlier" && w != "ago":
		return -1
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return -1
	}
	return 0
}

// Classes of tenseWords.
const (
	twPast       uint8 = 1 << iota // in pastWords
	twFuture                       // in futureWords
	twAheadTo                      // in aheadTo
	twBaseAsPast                   // in baseAsPast
)

// tenseWords gives each word of pastWords, futureWords, aheadTo and
// baseAsPast its classes, so that tokTense looks a word up once.
var tenseWords = func() map[string]uint8 {
	m := make(map[string]uint8)
	for c, set := range map[uint8]map[string]bool{twPast: pastWords, twFuture: futureWords, twAheadTo: aheadTo, twBaseAsPast: baseAsPast} {
		for w := range set {
			m[w] |= c
		}
	}
	return m
}()

// boundary reports whether token k ends a sentence; past either end of
// the text is one too, so that no walk over tokens runs off it.
func (s *scanner) boundary(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case ".", "!", "?":
		n := s.tok(k + 1)
		if t.text == "." && n != nil && n.kind == tokWord && k > 0 && s.adjacent(k) && abbrevs[s.toks[k-1].text] {
			return false // "Roe vs. Wade", "Birmingham, Ala., killed", "Mr. Bush"
		}
		if t.text == "." && n != nil && n.kind == tokNum && k > 0 && s.adjacent(k) && s.toks[k-1].kw == kwMonthAbbr {
			return false // "killed on Oct. 23 by a sniper"
		}
		if t.text == "." && n != nil && n.kind == tokNum && k > 1 && s.adjacent(k) && len(s.toks[k-1].text) == 1 && s.toks[k-1].upper && s.is(k-2, ".") {
			return false // "will close U.S. 36 from 9 p.m. Sunday"
		}
		if n != nil && !n.space && isCloseQuote(n.text) {
			n = s.tok(k + 2) // `balance." He said`: the quote closes with the sentence
		}
		if t.text == "." && s.is(k-1, "m") && n != nil && (n.upper && s.is(k+2, "time") || n.text == "(" || n.kind == tokWord && isZone(n.text)) {
			return false // "at 12:45 p.m. London time on Thursday", "at 8 p.m. (1800 GMT)", "at 4:17 p.m. EDT"
		}
		return n == nil || n.space && (n.upper || n.kind != tokWord || s.lowerText)
	case ";":
		return true
	}
	return false
}

// abbrevs end with a period that ends no sentence.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Sen": true, "Rep": true,
	"Gov": true, "Lt": true, "Col": true, "Capt": true, "Sgt": true, "Rev": true, "St": true, "Jr": true,
	"Sr": true, "vs": true, "Messrs": true, "Adm": true, "Maj": true, "Cmdr": true, "Supt": true,
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true,
	"Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true, "Mass": true,
	"Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true,
	"Ore": true, "Pa": true, "Tenn": true, "Tex": true, "Va": true, "Vt": true, "Wash": true, "Wis": true, "Wyo": true,
}

// intentTo reports an infinitive after a word of intent at token k ("to"):
// "plans to meet", "did not plan to remove". Not "due to", more often a
// cause ("due to remarks on Sunday") than a plan.
func (s *scanner) intentTo(k int) bool {
	if !s.is(k, "to") || !intentWords[s.toklower(k-1)] || s.pastPerfect(k-1) {
		return false // but "had been expected to join before the deadline on Thursday": a plan gone by
	}
	n := s.tok(k + 1)
	if n == nil || n.kind != tokWord || n.upper || n.kw != kwNone || determiners[n.lower] || prepositions[n.lower] {
		return false
	}
	// "In December, OPEC agreed to reintroduce prices from February 1":
	// intent after a date gone by is dated from it, not from publication.
	p := k - 1
	for p >= 0 && !s.boundary(p) {
		p--
	}
	return s.last.IsZero() || s.lastTok <= p+1
}

// intentWords before an infinitive put what it says ahead of them.
var intentWords = map[string]bool{"plan": true, "plans": true, "planned": true, "planning": true,
	"intend": true, "intends": true, "intended": true, "scheduled": true,
	"expect": true, "expects": true, "expected": true, "hopes": true, "hoped": true, "hope": true, "aims": true}

// Not "agreed", "decided", "promised": wire copy dates the agreeing ("Ford
// agreed to sell its Volvo unit on Monday").

func isCloseQuote(t string) bool { return t == "\"" || t == "”" || t == "'" || t == "’" }

// expectedAt reports a present passive of plan at token k: "is expected",
// "are scheduled": what it tells lies ahead.
func (s *scanner) expectedAt(k int) bool {
	switch s.toks[k].lower {
	case "expected", "scheduled", "slated", "planned", "set":
		return s.is(k-1, "is") || s.is(k-1, "are")
	}
	return false
}
