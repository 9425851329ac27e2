package chrono

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Similarity between two events is the cosine of TF-IDF vectors of their
// sentences, each blended with a little of its article's title (same story,
// same title words). Terms are content words, lightly stemmed; names count
// double, with demonyms folded into their country ("French" is "france"),
// and numbers count one and a half: "$4.5 million" in two reports is strong
// evidence. Date words are left out, since dates are compared on their own.

// term is one weighted term of a vector, by its id in a vocabulary;
// vectors are sorted by id, so that a cosine is one merge of two lists.
type term struct {
	t int32
	w float64
}

type vector []term

// vocabulary numbers terms.
type vocabulary map[string]int32

func (v vocabulary) id(t string) int32 {
	n, ok := v[t]
	if !ok {
		n = int32(len(v))
		v[t] = n
	}
	return n
}

// titleWeight is how much of the title goes into an event's vector.
const titleWeight = 0.3

// rawTerms counts the terms of a text, with their weights.
func rawTerms(text string, into map[string]float64) {
	first := true // the first word of a sentence is capitalised anyway
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r == '.' || r == '!' || r == '?' || r == '"' || r == '“' || r == ':' {
				first = true
			}
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += n2
				continue
			}
			// keep "U.S.", "4.5", "al-Assad" together
			if (r2 == '.' || r2 == '-' || r2 == ',') && j+n2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if unicode.IsLetter(r3) && r2 != ',' || unicode.IsDigit(r3) && (r2 != '-' || unicode.IsDigit(r)) {
					j += n2
					continue
				}
			}
			if r2 == '.' && j-i <= 3 && strings.Count(text[i:j], ".") > 0 {
				j += n2 // the last period of "U.S."
			}
			break
		}
		word := text[i:j]
		i = j
		cap := unicode.IsUpper(r)
		lower := strings.ToLower(word)
		isFirst := first
		first = false
		if unicode.IsDigit(r) {
			into[strings.ReplaceAll(lower, ",", "")] += 1.5
			continue
		}
		if c, ok := demonyms[lower]; ok {
			into[c] += 2
			continue
		}
		if stopwords[lower] || dateWords[lower] || utf8.RuneCountInString(lower) < 2 {
			continue
		}
		w := 1.0
		if cap && !isFirst {
			w = 2
		}
		into[stem(lower)] += w
	}
}

// stem strips possessives and plurals: enough to match "leaders" with
// "leader" without a dictionary.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// toVector turns term counts into a vector weighted by idf and normalised.
func toVector(counts map[string]float64, voc vocabulary, idf func(string) float64) vector {
	v := make(vector, 0, len(counts))
	var norm float64
	for t, c := range counts {
		w := (1 + math.Log(c)) * idf(t)
		if c < 1 {
			w = c * idf(t)
		}
		v = append(v, term{voc.id(t), w})
		norm += w * w
	}
	if norm == 0 {
		return nil
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	sort.Slice(v, func(a, b int) bool { return v[a].t < v[b].t })
	return v
}

// blend adds b scaled by f to a, and normalises the sum.
func blend(a, b vector, f float64) vector {
	out := make(vector, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].t < b[j].t:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].t < a[i].t:
			out = append(out, term{b[j].t, f * b[j].w})
			j++
		default:
			out = append(out, term{a[i].t, a[i].w + f*b[j].w})
			i++
			j++
		}
	}
	var norm float64
	for _, t := range out {
		norm += t.w * t.w
	}
	if norm == 0 {
		return nil
	}
	norm = math.Sqrt(norm)
	for k := range out {
		out[k].w /= norm
	}
	return out
}

// cosine of two normalised vectors.
func cosine(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].t < b[j].t:
			i++
		case a[i].t > b[j].t:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

// demonyms fold nationality words into their country, so that "French
// troops" and "France's troops" share a term; countries that are
// abbreviated take their usual abbreviation.
var demonyms = map[string]string{
	"american": "u.s.", "us": "u.s.", "usa": "u.s.", "u.s.a.": "u.s.", "america": "u.s.",
	"british": "u.k.", "britain": "u.k.", "uk": "u.k.", "english": "u.k.",
	"french": "france", "german": "germany", "russian": "russia", "ukrainian": "ukraine",
	"chinese": "china", "japanese": "japan", "italian": "italy", "spanish": "spain",
	"canadian": "canada", "mexican": "mexico", "brazilian": "brazil", "indian": "india",
	"israeli": "israel", "palestinian": "palestine", "iranian": "iran", "iraqi": "iraq",
	"syrian": "syria", "turkish": "turkey", "egyptian": "egypt", "saudi": "saudi arabia",
	"polish": "poland", "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland",
	"swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland",
	"greek": "greece", "austrian": "austria", "hungarian": "hungary", "czech": "czech republic",
	"australian": "australia", "korean": "korea", "pakistani": "pakistan", "afghan": "afghanistan",
	"venezuelan": "venezuela", "cuban": "cuba", "argentine": "argentina", "nigerian": "nigeria",
	"kenyan": "kenya", "european": "europe", "soviet": "soviet union", "lebanese": "lebanon",
	"jordanian": "jordan", "kuwaiti": "kuwait", "libyan": "libya", "belarusian": "belarus",
}

// stopwords are function words and the vocabulary of reporting itself,
// which every news sentence shares.
var stopwords = setOf(`a about above after again against all also although am among an and any are as at be
because been before being below between both but by can could did do does doing down during each either
even ever every few for from further had has have having he her here hers herself him himself his how
however i if in into is it its itself just least less like many may me might more most much must my
myself near neither no nor not now of off on once one only or other others our ours ourselves out over
own per same she should since so some still such than that the their theirs them themselves then there
these they this those though through thus to too under until up upon us very via was we were what
when where whether which while who whom whose why will with within without would yet you your yours
said say says saying told tell tells according reported report reports added adding noted stated
announced announce statement statements spokesman spokeswoman spokesperson official officials
mr mrs ms dr new news reuters ap afp percent pct per cent also another told asked`)

// dateWords are left out of similarity: dates are compared separately.
var dateWords = setOf(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow tonight week weeks month months year years day days ago last next earlier later
morning afternoon evening night weekend quarter decade century spring summer autumn fall winter`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
