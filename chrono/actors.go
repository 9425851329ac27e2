package chrono

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Actors finds the people, organisations and places a sentence names. No
// maintained pure-Go named-entity library serves here (prose/v2 is archived
// and reads ~0.1 MB/s), so this is a documented heuristic:
//
//   - a name is a run of capitalised words ("Dmitry Peskov", "U.S.",
//     "European Commission"), which may hold "of", "de", "bin" and the like
//     between capitalised words;
//   - titles and nationality words in front are dropped and say what
//     follows is a person ("German Chancellor Friedrich Merz": Friedrich
//     Merz, a person);
//   - a word that is capitalised only because it starts the sentence is not
//     a name unless it is a known place or an acronym;
//   - the kind comes from the title, from organisation words ("Commission",
//     "Inc", acronyms), from a short list of countries and cities, or from
//     a place preposition ("in Paris"); a two- or three-word name with none
//     of these is taken for a person.
func Actors(sentence string) []Actor {
	words := nameWords(withoutDateline(sentence))
	var out []Actor
	seen := map[string]bool{}
	for i := 0; i < len(words); {
		if !words[i].cap {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && !words[j-1].stop {
			if words[j].cap && words[j].near {
				j++
				continue
			}
			if j+1 < len(words) && nameJoiners[words[j].lower] && words[j].near && words[j+1].cap && words[j+1].near && !words[j].stop {
				j += 2
				continue
			}
			break
		}
		a, next, ok := actorOf(words, i, j)
		i = next
		if ok && !seen[a.Name] {
			seen[a.Name] = true
			out = append(out, a)
		}
	}
	return out
}

type nameWord struct {
	text, lower string
	cap         bool // starts with an upper-case letter
	first       bool // first word of the sentence (or of a quotation)
	near        bool // only a space from the word before
	stop        bool // punctuation after it ends the name: "Washington's", "Paris,"
	prev        string
}

// nameWords splits a sentence into words for name finding.
func nameWords(s string) []nameWord {
	var out []nameWord
	first, near := true, false
	prev := ""
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch {
			case r == ' ':
			case r == '.' || r == '!' || r == '?' || r == '"' || r == '“' || r == '”' || r == ':' || r == '—' || r == '(' || r == ')':
				first, near = r != ')' && r != '(' && r != '—' || first, false
				if len(out) > 0 {
					out[len(out)-1].stop = true
				}
			default:
				near = false
				if len(out) > 0 {
					out[len(out)-1].stop = true
				}
			}
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += n2
				continue
			}
			if (r2 == '.' || r2 == '-' || r2 == '’' || r2 == '\'') && j+n2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+n2:])
				if unicode.IsLetter(r3) && !(r2 == '’' || r2 == '\'') {
					j += n2
					continue
				}
			}
			if r2 == '.' && strings.Count(s[i:j], ".") > 0 {
				j += n2 // the last period of "U.S."
			}
			break
		}
		w := s[i:j]
		possessive := false
		if strings.HasPrefix(s[j:], "'s") || strings.HasPrefix(s[j:], "’s") {
			possessive = true
			j += len("'s")
			if strings.HasPrefix(s[i+len(w):], "’") {
				j += len("’") - 1
			}
		}
		out = append(out, nameWord{text: w, lower: strings.ToLower(w), cap: unicode.IsUpper(r), first: first, near: len(out) > 0 && near, stop: possessive, prev: prev})
		prev = strings.ToLower(w)
		first, near = false, true
		i = j
	}
	return out
}

// actorOf makes an actor of words [i, j), or reports there is none; next
// is where the following name starts: after j, or after a place that
// merely precedes another name ("In Paris Witkoff dodges").
func actorOf(words []nameWord, i, j int) (a Actor, next int, ok bool) {
	next = j
	person := false
	// Drop titles, nationality words and capitalised function words in front
	// (but not the "New" of "New York").
	for i < j && !(i+1 < j && places[words[i].lower+" "+words[i+1].lower]) {
		w := words[i].lower
		if personTitles[w] {
			person = true
			i++
			continue
		}
		if _, ok := demonyms[w]; ok && i+1 < j && !places[w] && !orgWords[words[j-1].lower] {
			i++ // "German Chancellor", but not "European Union"
			continue
		}
		if (stopwords[w] || dateWords[w]) && !places[w] {
			i++
			continue
		}
		break
	}
	for j > i && !places[words[j-1].lower] && (stopwords[words[j-1].lower] || dateWords[words[j-1].lower] || personTitles[words[j-1].lower] ||
		wireWords[words[j-1].lower] || numberWord(words[j-1].lower)) {
		j--
	}
	for i < j && (wireWords[words[i].lower] || dateWords[words[i].lower] && !places[words[i].lower]) {
		i++ // "Record March Two", "Shr 81 cts": a line of wire figures
	}
	if j-i >= 2 && places[words[i].lower] && !places[words[i].lower+" "+words[i+1].lower] && !anyOrgWord(words[i:j]) {
		j, next = i+1, i+1 // a place, then another name
	}
	if j-i >= 3 && words[i].first && nameJoiners[words[i+1].lower] && !orgWords[words[i].lower] && !places[words[i].lower] {
		i += 2 // "Shares of Acme Corp": the sentence's first word is no name
	}
	if i >= j {
		return Actor{}, next, false
	}
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, words[k].text)
	}
	name := strings.Join(parts, " ")
	lower := strings.ToLower(name)
	acronym := isAcronym(name)
	if j-i == 1 && words[i].first && !places[lower] && !acronym && !orgWords[lower] {
		return Actor{}, next, false // capitalised because it starts the sentence
	}
	if _, ok := demonyms[lower]; ok && !places[lower] {
		return Actor{}, next, false // "French" alone is an adjective
	}
	if utf8.RuneCountInString(name) < 2 {
		return Actor{}, next, false
	}
	kind := Name
	last := strings.ToLower(words[j-1].text)
	switch {
	case person || personRoles[words[i].prev]:
		kind = Person
	case orgWords[last] || orgWords[lower] || acronym && !places[lower] || anyOrgWord(words[i:j]):
		kind = Org
	case places[lower]:
		kind = Place
	case placePrepositions[words[i].prev] && j-i <= 2:
		kind = Place
	case j-i >= 2 && j-i <= 3:
		kind = Person
	}
	return Actor{Name: name, Kind: kind}, next, true
}

// anyOrgWord reports whether a name holds an organisation word: "Bank of England".
func anyOrgWord(ws []nameWord) bool {
	for _, w := range ws {
		if orgWords[w.lower] {
			return true
		}
	}
	return false
}

// isAcronym reports "NATO", "U.S.", "OPEC": letters in capitals.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// MergeActors joins the actors of several sentences, most named first;
// a surname alone ("Macron") folds into the full name ("Emmanuel Macron").
func MergeActors(lists ...[]Actor) []Actor {
	count := map[string]int{}
	kinds := map[string]ActorKind{}
	var names []string
	spelled := map[string]string{} // "US" and "U.S." are one actor, first spelling kept
	for _, l := range lists {
		for _, a := range l {
			key := strings.ReplaceAll(strings.ToLower(a.Name), ".", "")
			if first, ok := spelled[key]; ok {
				a.Name = first
			} else {
				spelled[key] = a.Name
			}
			if _, ok := count[a.Name]; !ok {
				names = append(names, a.Name)
			}
			count[a.Name]++
			if kinds[a.Name] == "" || kinds[a.Name] == Name {
				kinds[a.Name] = a.Kind
			}
		}
	}
	longer := map[string]string{} // last word → the first longer name ending in it
	for _, n := range names {
		if k := strings.LastIndexByte(n, ' '); k >= 0 {
			if _, ok := longer[n[k+1:]]; !ok {
				longer[n[k+1:]] = n
			}
		}
	}
	for _, short := range names {
		if long, ok := longer[short]; ok && !strings.Contains(short, " ") {
			count[long] += count[short]
			if kinds[long] == Name {
				kinds[long] = kinds[short]
			}
			delete(count, short)
		}
	}
	var out []Actor
	for _, n := range names {
		if _, ok := count[n]; ok {
			out = append(out, Actor{Name: n, Kind: kinds[n]})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return count[out[a].Name] > count[out[b].Name] })
	return out
}

var nameJoiners = setOf(`of de del della da di du bin ibn al el von van der den la le`)

var personTitles = setOf(`president vice prime minister chancellor secretary envoy king queen prince princess
sheikh emir pope cardinal archbishop bishop general gen gen. col col. lt lt. sgt adm adm. admiral captain
mr mr. mrs mrs. ms ms. dr dr. sen sen. senator rep rep. representative gov gov. governor mayor judge justice
chairman chairwoman chief ceo director ambassador commissioner spokesman spokeswoman spokesperson
foreign defence defense interior finance deputy acting former premier lord lady sir`)

var personRoles = setOf(`envoy spokesman spokeswoman spokesperson president minister chancellor secretary
leader chief director analyst economist ambassador commissioner chairman executive official adviser advisor`)

var orgWords = setOf(`inc inc. corp corp. co co. ltd ltd. plc llc group bank commission council ministry
department agency union party parliament congress senate assembly court army navy police committee
association organization organisation company corporation fund institute university kremlin pentagon
nato un eu opec imf who fbi cia reuters politico government administration cabinet bureau exchange
federation alliance coalition board authority office service forces`)

var placePrepositions = setOf(`in at from to into near across outside inside toward towards`)

// places are countries and the cities news names most, lower-cased.
var places = withPhrases(setOf(`u.s. u.k. usa uk britain england scotland wales ireland france germany italy spain
portugal netherlands belgium switzerland austria poland ukraine russia belarus moldova romania bulgaria
greece turkey hungary czech slovakia serbia croatia bosnia kosovo albania sweden norway denmark finland
iceland estonia latvia lithuania georgia armenia azerbaijan kazakhstan china japan korea taiwan india
pakistan afghanistan iran iraq syria lebanon israel palestine gaza jordan egypt libya tunisia algeria arabia
morocco yemen oman qatar kuwait bahrain emirates sudan ethiopia kenya nigeria somalia
congo angola mozambique zimbabwe africa canada mexico brazil argentina chile peru colombia venezuela
cuba bolivia ecuador australia indonesia malaysia singapore thailand vietnam philippines
myanmar cambodia europe asia greenland crimea donbas kyiv kiev moscow paris london berlin rome madrid
brussels washington beijing tokyo delhi chicago jerusalem tehran baghdad damascus
beirut cairo ankara istanbul warsaw vienna geneva zurich amsterdam prague budapest athens lisbon dublin
ottawa toronto havana caracas riyadh doha dubai kabul islamabad seoul shanghai minsk tbilisi`),
	"us", "united states", "united kingdom", "new york", "los angeles", "hong kong", "saudi arabia", "new zealand",
	"south africa", "north korea", "south korea", "czech republic", "united arab emirates", "new delhi")

// withPhrases adds multi-word names to a set.
func withPhrases(m map[string]bool, phrases ...string) map[string]bool {
	for _, p := range phrases {
		m[p] = true
	}
	return m
}

// withoutDateline drops a wire dateline ("CALGARY, Alberta, March 2 - ")
// from the front of a sentence: the place it was filed from is no actor of
// the event.
func withoutDateline(s string) string {
	k := strings.Index(s, " - ")
	if k <= 0 || k > 80 {
		return s
	}
	head := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s[:k]))
	if len(head) < 3 {
		return s
	}
	month, day := strings.ToLower(head[len(head)-2]), head[len(head)-1]
	if !dateWords[month] || !(numberWord(strings.ToLower(day)) || day[0] >= '0' && day[0] <= '9') {
		return s
	}
	return s[k+3:]
}

// wireWords are the abbreviations of wire-copy figures, never names.
var wireWords = setOf(`shr shrs qtly mthly div divs revs avg net oper record pay note reuter qtr qtrs mths yr`)

// numberWord reports whether w is a number in words ("two", "twenty").
func numberWord(w string) bool {
	e, ok := keywords[w]
	return ok && (e.class == kwNumber || e.class == kwTens || e.class == kwOrdinal) && w != "a" && w != "an"
}
