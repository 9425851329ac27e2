package chrono

import (
	"math"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// EntryOptions tune how events become chronology entries.
type EntryOptions struct {
	// Merge is the similarity (0..1) at which two events on compatible
	// dates are taken for the same happening.
	Merge float64
	// Conflict is the similarity at which two events from different
	// sources, a few days apart, are taken for the same happening dated
	// differently: stricter than Merge, since the dates disagree.
	Conflict float64
	// Window is how many days apart two such dates may be.
	Window int
}

// DefaultEntryOptions are the thresholds chrono uses; see README,
// "Chronology entries", for how they were chosen.
var DefaultEntryOptions = EntryOptions{Merge: 0.4, Conflict: 0.33, Window: 7}

// Weights of each way of dating, for an entry's confidence and for ranking
// key dates: a full date stated in the text beats an inferred year, which
// beats a date counted from the publication date, which beats one counted
// from a guessed reference.
func resolutionWeight(m Mention) float64 {
	w := 0.5
	switch m.Resolution {
	case Explicit:
		w = 0.9
	case YearInferred:
		w = 0.75
	case RelativeToPublication:
		w = 0.6
	case RelativeToPrevious:
		w = 0.5
	case RelativeToReference:
		w = 0.35
	}
	switch {
	case m.Inferred && m.Resolution == YearInferred:
		w *= 0.9 // day and month stated; only the year leans on a guessed reference
	case m.Inferred && m.Resolution != RelativeToReference:
		w *= 0.5 // resolved against a guessed reference
	}
	if m.Ambiguous {
		w *= 0.7
	}
	return w
}

// compatible reports whether two dates can be the same happening's: the
// same date, or a day (or minute) inside a month or week the other names.
func compatible(a, b Date) bool {
	if a.Value == b.Value || sameDay(a, b) {
		return true
	}
	if a.Grain.Rank() > b.Grain.Rank() {
		a, b = b, a
	}
	// a is the finer
	if a.Grain != GrainDay && a.Grain != GrainMinute {
		return false
	}
	switch b.Grain {
	case GrainMonth, GrainWeek:
		return !a.Start.Before(b.Start) && !a.End.After(b.End)
	}
	return false
}

// sameDay: two day-or-finer dates on one day.
func sameDay(a, b Date) bool {
	return dayish(a) && dayish(b) && a.Start.Equal(b.Start)
}

func dayish(d Date) bool { return d.Grain == GrainDay || d.Grain == GrainMinute }

// conflicting reports whether two dates are different days close enough to
// be one happening dated differently.
func conflicting(a, b Date, window int) bool {
	if !dayish(a) || !dayish(b) || a.Start.Equal(b.Start) {
		return false
	}
	d := a.Start.Sub(b.Start).Hours() / 24
	return math.Abs(d) <= float64(window)
}

// BuildEntries groups events (chronology rows with their sources) into
// entries, and applies the analysts' corrections.
//
// Two events join when their dates are compatible (the same day, or a day
// in a month the other names) and their similarity reaches opt.Merge; or
// when they come from different documents, fall on different days at most
// opt.Window apart and their similarity reaches opt.Conflict, which makes
// the entry a conflict. Candidates are found through their rarest terms
// within a date window, so the cost grows with the number of events, not
// its square.
func BuildEntries(rows []Row, corrections []Correction, opt EntryOptions) []Entry {
	if opt.Window == 0 {
		opt = DefaultEntryOptions
	}
	n := len(rows)
	keys := make([]string, n)
	byKey := make(map[string]int, n)
	for i := range rows {
		keys[i] = rows[i].Key()
		byKey[keys[i]] = i
	}
	solo := map[int]bool{}
	uf := newUnionFind(rows)
	for _, c := range corrections {
		switch c.Kind {
		case Split:
			for _, k := range c.Keys {
				if i, ok := byKey[k]; ok {
					solo[i] = true
				}
			}
		}
	}

	vecs, df, thin := eventVectors(rows)
	var docs map[int64]vector // built when first needed
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return rows[order[a]].Mention.Date.Start.Before(rows[order[b]].Mention.Date.Start)
	})
	pos := make([]int, n)
	for p, i := range order {
		pos[i] = p
	}
	// Postings: each event under its few heaviest terms, in date order.
	// Terms in more than maxDF events are left out: they are too common to
	// tell happenings apart, and would make the cost quadratic.
	maxDF := max(50, n/100)
	postings := map[int32][]int{}
	tops := make([][]int32, n)
	for _, i := range order {
		tops[i] = topTerms(vecs[i], postingTerms, df, maxDF)
		for _, t := range tops[i] {
			postings[t] = append(postings[t], i)
		}
	}
	window := time.Duration(opt.Window) * 24 * time.Hour
	seen := make([]int, n) // seen[j] == i+1: pair (i, j) looked at
	for _, i := range order {
		if solo[i] {
			continue
		}
		di := rows[i].Mention.Date
		// Each pair is looked at from its earlier event: j starts on or
		// after i, and at most a window after i ends.
		lo, hi := di.Start, di.End.Add(window)
		for _, t := range tops[i] {
			list := postings[t]
			k := sort.Search(len(list), func(x int) bool { return !rows[list[x]].Mention.Date.Start.Before(lo) })
			for ; k < len(list) && !rows[list[k]].Mention.Date.Start.After(hi); k++ {
				j := list[k]
				if pos[j] <= pos[i] || solo[j] || seen[j] == i+1 {
					continue
				}
				seen[j] = i + 1
				if uf.find(i) == uf.find(j) {
					continue
				}
				dj := rows[j].Mention.Date
				sameDoc := rows[i].DocumentID == rows[j].DocumentID
				compat := compatible(di, dj)
				if !compat && (sameDoc || !conflicting(di, dj, opt.Window)) {
					continue
				}
				if !compat && len(docs) == 0 {
					docs = docVectors(rows)
				}
				if !sameDoc && (thin[i] || thin[j]) {
					continue
				}
				sim := cosine(vecs[i], vecs[j])
				if compat && sim >= opt.Merge && uf.span(i, j) == 0 {
					uf.union(i, j)
					continue
				}
				// Different days in one entry make it a conflict: the
				// sources must tell the same story (their dated sentences
				// and titles alike), and not merely each date its own day
				// (a daily series of reports), within the window.
				if sim >= opt.Conflict && !sameDoc && !(ownDay(&rows[i]) && ownDay(&rows[j])) &&
					uf.span(i, j) <= window && cosine(docs[rows[i].DocumentID], docs[rows[j].DocumentID]) >= opt.Conflict {
					uf.union(i, j)
				}
			}
		}
	}
	for _, c := range corrections {
		if c.Kind != Merge || len(c.Keys) < 2 {
			continue
		}
		first, ok := byKey[c.Keys[0]]
		if !ok {
			continue
		}
		for _, k := range c.Keys[1:] {
			if j, ok := byKey[k]; ok {
				uf.union(first, j)
			}
		}
	}

	groups := map[int][]int{}
	var roots []int
	for _, i := range order {
		r := uf.find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	entries := make([]Entry, 0, len(roots))
	for _, r := range roots {
		entries = append(entries, makeEntry(rows, keys, groups[r]))
	}
	applyCorrections(entries, corrections)
	SortEntries(entries)
	return entries
}

// SortEntries puts entries in chronology order: by start day, finer grain
// first, then key.
func SortEntries(entries []Entry) {
	sort.SliceStable(entries, func(a, b int) bool {
		x, y := entries[a].Date, entries[b].Date
		if !x.Start.Equal(y.Start) {
			return x.Start.Before(y.Start)
		}
		if x.Grain.Rank() != y.Grain.Rank() {
			return x.Grain.Rank() < y.Grain.Rank()
		}
		return entries[a].Key < entries[b].Key
	})
}

// makeEntry builds the entry of events idx (in date order).
func makeEntry(rows []Row, keys []string, idx []int) Entry {
	sort.SliceStable(idx, func(a, b int) bool { return rowLess(&rows[idx[a]], &rows[idx[b]]) })
	e := Entry{Key: keys[idx[0]]}
	for _, i := range idx {
		if keys[i] < e.Key {
			e.Key = keys[i]
		}
		e.Mentions = append(e.Mentions, rows[i])
	}
	// Each date the sources give, with the weight of its best support per source.
	type support struct {
		DateSupport
		weight float64
		best   float64
	}
	byValue := map[string]*support{}
	var values []string
	perSource := map[int64]float64{}
	for _, i := range idx {
		m := rows[i].Mention
		w := resolutionWeight(m)
		s := byValue[m.Date.Value]
		if s == nil {
			s = &support{DateSupport: DateSupport{Date: m.Date, Resolution: m.Resolution}}
			byValue[m.Date.Value] = s
			values = append(values, m.Date.Value)
		}
		if !containsID(s.Documents, rows[i].DocumentID) {
			s.Documents = append(s.Documents, rows[i].DocumentID)
			s.weight += w
		}
		if w > s.best {
			s.best, s.Resolution = w, m.Resolution
		}
		if w > perSource[rows[i].DocumentID] {
			perSource[rows[i].DocumentID] = w
		}
	}
	sort.SliceStable(values, func(a, b int) bool {
		x, y := byValue[values[a]], byValue[values[b]]
		if x.weight != y.weight {
			return x.weight > y.weight
		}
		return x.Date.Grain.Rank() < y.Date.Grain.Rank()
	})
	for _, v := range values {
		e.Dates = append(e.Dates, byValue[v].DateSupport)
	}
	e.Date, e.Resolution = e.Dates[0].Date, e.Dates[0].Resolution
	for _, d := range e.Dates[1:] {
		if dayish(d.Date) && dayish(e.Date) && !d.Date.Start.Equal(e.Date.Start) {
			e.Conflict = true
		}
	}
	if !e.Conflict {
		e.Dates = nil
	}
	e.Sources = len(perSource)
	miss := 1.0
	for _, w := range perSource {
		miss *= 1 - w
	}
	e.Confidence = 1 - miss
	if e.Conflict {
		e.Confidence *= 0.6
	}
	e.Confidence = math.Round(e.Confidence*100) / 100

	// The clearest sentence: the best-dated, then the one nearest a
	// readable length once cleaned.
	bestScore := -1.0
	var lists [][]Actor
	best := -1
	for _, i := range idx {
		r := &rows[i]
		lists = append(lists, Actors(r.Sentence))
		if ownDay(r) && r.Source != nil && !titleCase(r.Source.Title) {
			// the article's own day is its news, which its title names
			lists = append(lists, Actors(r.Source.Title))
		}
		score := resolutionWeight(r.Mention) - math.Abs(float64(len(r.Sentence))-160)/1000
		if r.Mention.Date.Value == e.Date.Value {
			score++ // a sentence that gives the entry's own date
		}
		if CleanSentence(r.Sentence) == "" {
			continue
		}
		if score > bestScore {
			bestScore, best = score, i
		}
	}
	if best >= 0 {
		r := &rows[best]
		e.Text = CleanSentence(r.Sentence)
		s, t := r.Mention.Start-r.SentenceStart, r.Mention.End-r.SentenceStart
		e.Headline = Headline(oneLineKeep(r.Sentence, &s, &t), s, t)
	}
	if e.Text == "" {
		e.Text = oneLine(rows[idx[0]].Sentence)
		e.Headline = e.Text
	}
	e.Actors = MergeActors(lists...)
	return e
}

// oneLineKeep folds white space like oneLine and moves the byte offsets
// *s, *t along with the text.
func oneLineKeep(text string, s, t *int) string {
	var b strings.Builder
	ns, nt := -1, -1
	space := false
	for i, r := range text {
		if i == *s {
			ns = b.Len()
			if space && b.Len() > 0 {
				ns++
			}
		}
		if i == *t {
			nt = b.Len()
		}
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if ns < 0 {
		ns = b.Len()
	}
	if nt < 0 {
		nt = b.Len()
	}
	*s, *t = min(ns, b.Len()), min(nt, b.Len())
	if *t < *s {
		*t = *s
	}
	return b.String()
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// rowLess is chronology order for rows: start day, finer grain, source, position.
func rowLess(a, b *Row) bool {
	x, y := a.Mention.Date, b.Mention.Date
	if !x.Start.Equal(y.Start) {
		return x.Start.Before(y.Start)
	}
	if x.Grain.Rank() != y.Grain.Rank() {
		return x.Grain.Rank() < y.Grain.Rank()
	}
	if a.DocumentID != b.DocumentID {
		return a.DocumentID < b.DocumentID
	}
	return a.Mention.Start < b.Mention.Start
}

// applyCorrections sets the analysts' dates, notes and exclusions on the
// entries holding the mentions they name.
func applyCorrections(entries []Entry, corrections []Correction) {
	where := map[string]int{}
	for i := range entries {
		for k := range entries[i].Mentions {
			where[entries[i].Mentions[k].Key()] = i
		}
	}
	find := func(c Correction) (int, bool) {
		if i, ok := where[c.Entry]; ok {
			return i, true
		}
		for _, k := range c.Keys {
			if i, ok := where[k]; ok {
				return i, true
			}
		}
		return 0, false
	}
	sorted := append([]Correction(nil), corrections...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].At.Before(sorted[b].At) })
	for _, c := range sorted {
		i, ok := find(c)
		if !ok {
			continue
		}
		e := &entries[i]
		switch c.Kind {
		case CorrectDate:
			d, err := ParseValue(c.Value)
			if err != nil {
				continue
			}
			if !e.Analyst {
				e.Computed = e.Date
			}
			e.Date, e.Analyst = d, true
			if c.Note != "" {
				e.Note = c.Note
			}
		case Exclude:
			e.Excluded = true
			if c.Note != "" {
				e.Note = c.Note
			}
		case Annotate:
			e.Note = c.Note
		}
	}
}

// docVectors builds one vector per document from its title and every
// dated sentence of it: what the story is about, to tell a conflict (one
// story, two dates) from two stories about the same company.
func docVectors(rows []Row) map[int64]vector {
	counts := map[int64]map[string]float64{}
	for i := range rows {
		id := rows[i].DocumentID
		c, ok := counts[id]
		if !ok {
			c = map[string]float64{}
			counts[id] = c
			if rows[i].Source != nil {
				rawTerms(rows[i].Source.Title, c)
			}
		}
		rawTerms(rows[i].Sentence, c)
	}
	df := map[string]int{}
	for _, c := range counts {
		for t := range c {
			df[t]++
		}
	}
	total := float64(len(counts))
	idf := func(t string) float64 { return math.Log((total+1)/(float64(df[t])+1)) + 1 }
	voc := vocabulary{}
	out := make(map[int64]vector, len(counts))
	for id, c := range counts {
		out[id] = toVector(c, voc, idf)
	}
	return out
}

// postingTerms is how many of its heaviest terms index an event.
const postingTerms = 6

// eventVectors builds the similarity vector of every event, and returns
// the document frequency of each term id.
func eventVectors(rows []Row) ([]vector, []int, []bool) {
	counts := make([]map[string]float64, len(rows))
	thin := make([]bool, len(rows))
	titles := map[int64]map[string]float64{}
	df := map[string]int{}
	for i := range rows {
		c := map[string]float64{}
		rawTerms(rows[i].Sentence, c)
		counts[i] = c
		// "Record March 31", "Pay April 30": too few words of its own to
		// tell one company's note from another's
		thin[i] = len(c) < minOwnTerms
		for t := range c {
			df[t]++
		}
		if src := rows[i].Source; src != nil {
			if _, ok := titles[rows[i].DocumentID]; !ok {
				tc := map[string]float64{}
				rawTerms(src.Title, tc)
				titles[rows[i].DocumentID] = tc
			}
		}
	}
	total := float64(len(rows))
	idf := func(t string) float64 { return math.Log((total+1)/(float64(df[t])+1)) + 1 }
	voc := vocabulary{}
	out := make([]vector, len(rows))
	titleVecs := map[int64]vector{}
	for i := range rows {
		v := toVector(counts[i], voc, idf)
		id := rows[i].DocumentID
		tv, ok := titleVecs[id]
		if !ok {
			tv = toVector(titles[id], voc, idf)
			titleVecs[id] = tv
		}
		if len(tv) > 0 {
			v = blend(v, tv, titleWeight)
		}
		out[i] = v
	}
	byID := make([]int, len(voc))
	for t, id := range voc {
		byID[id] = df[t]
	}
	return out, byID, thin
}

// minOwnTerms is how many terms of its own (not date words, not stop
// words) an event's sentence needs to merge with another document's.
const minOwnTerms = 3

// topTerms returns the n heaviest terms of v found in at most maxDF events.
func topTerms(v vector, n int, df []int, maxDF int) []int32 {
	c := make(vector, 0, len(v))
	for _, t := range v {
		if df[t.t] <= maxDF {
			c = append(c, t)
		}
	}
	sort.Slice(c, func(a, b int) bool {
		if c[a].w != c[b].w {
			return c[a].w > c[b].w
		}
		return c[a].t < c[b].t
	})
	if len(c) > n {
		c = c[:n]
	}
	out := make([]int32, len(c))
	for i, t := range c {
		out[i] = t.t
	}
	return out
}

// titleCase reports whether most longer words of a title are capitalised
// ("Dockers Strike Shuts Rotterdam"), where capitals say nothing of names.
func titleCase(title string) bool {
	caps, words := 0, 0
	for _, w := range strings.Fields(title) {
		if len(w) < 4 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*6
}

// ownDay reports whether r dates its own article's publication day:
// "today", or the day of a dateline.
func ownDay(r *Row) bool {
	d := r.Mention.Date
	return r.Source != nil && !r.Source.Published.IsZero() && dayish(d) && d.Start.Equal(Truncate(r.Source.Published.Start))
}

// unionFind groups events, keeping the first and last day each group's
// day-dated events fall on, so that a conflict cannot chain a daily
// series of reports into one entry.
type unionFind struct {
	parent      []int
	first, last []time.Time
}

func newUnionFind(rows []Row) *unionFind {
	u := &unionFind{parent: make([]int, len(rows)), first: make([]time.Time, len(rows)), last: make([]time.Time, len(rows))}
	for i := range rows {
		u.parent[i] = i
		if d := rows[i].Mention.Date; dayish(d) {
			u.first[i], u.last[i] = d.Start, d.Start
		}
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// span is how long the days of a's and b's groups would stretch together.
func (u *unionFind) span(a, b int) time.Duration {
	ra, rb := u.find(a), u.find(b)
	first, last := u.first[ra], u.last[ra]
	if first.IsZero() || !u.first[rb].IsZero() && u.first[rb].Before(first) {
		first = u.first[rb]
	}
	if last.IsZero() || u.last[rb].After(last) {
		last = u.last[rb]
	}
	return last.Sub(first)
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if u.first[ra].IsZero() || !u.first[rb].IsZero() && u.first[rb].Before(u.first[ra]) {
		u.first[ra] = u.first[rb]
	}
	if u.last[ra].IsZero() || u.last[rb].After(u.last[ra]) {
		u.last[ra] = u.last[rb]
	}
	u.parent[rb] = ra
}
