package chrono

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Entry is one line of a chronology: one happening, dated, with every
// mention of it across the sources (the GDELT split: one row per entry, one
// row per mention).
type Entry struct {
	// Key is the entry's identity for analysts and corrections: the
	// smallest key of its mentions (see EventKey), so it depends on content
	// only and survives re-ingesting and rebuilding the database.
	Key        string
	Date       Date       // the entry's date: the best-supported one, or the analyst's
	Resolution Resolution // how Date was obtained, from the mention it came from
	Confidence float64    // 0..1, from how it was dated and how many sources say so
	Sources    int        // distinct documents
	Conflict   bool       // the sources give different days for it
	Dates      []DateSupport
	Text       string  // the clearest sentence, cleaned
	Headline   string  // its main clause, a few words
	Actors     []Actor // people, organisations and places named
	Mentions   []Row   // the evidence, in chronology order

	// Analyst is set when an analyst corrected the date: Date is theirs and
	// Computed is what chrono found.
	Analyst  bool
	Computed Date
	Note     string // the analyst's note
	Excluded bool   // excluded by an analyst: kept in the store, not in chronologies
}

// DateSupport is one date an entry's sources give, with the documents that
// give it, strongest first.
type DateSupport struct {
	Date       Date
	Resolution Resolution
	Documents  []int64
}

// Actor is a named participant: a person, organisation or place.
type Actor struct {
	Name string
	Kind ActorKind
}

// ActorKind classifies an actor.
type ActorKind string

const (
	Person ActorKind = "person"
	Org    ActorKind = "org"
	Place  ActorKind = "place"
	Name   ActorKind = "name" // a name whose kind the heuristic could not tell
)

// EventKey is an event's content identity: its document's hash, its
// sentence, the date expression and where the expression sits in the
// sentence. Row IDs change when a database is rebuilt; this does not.
func EventKey(docHash, sentence, expression string, offset int) string {
	h := sha256.New()
	for _, s := range []string{docHash, sentence, expression, strconv.Itoa(offset)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:10])
}

// Key returns the content identity of the event of row r.
func (r *Row) Key() string {
	hash := ""
	if r.Source != nil {
		hash = r.Source.Hash
	}
	return EventKey(hash, r.Sentence, r.Mention.Text, r.Mention.Start-r.SentenceStart)
}

// CorrectionKind says what an analyst's correction does.
type CorrectionKind string

const (
	CorrectDate CorrectionKind = "date"    // set the entry's date
	Exclude     CorrectionKind = "exclude" // leave the entry out of chronologies
	Annotate    CorrectionKind = "note"    // attach a note
	Merge       CorrectionKind = "merge"   // make two entries one
	Split       CorrectionKind = "split"   // make each mention of an entry its own entry
)

// Correction is an analyst's decision about an entry. It names the entry
// by the content keys of its mentions, so it finds the entry again after
// new articles arrive or the database is rebuilt from the articles.
type Correction struct {
	Kind  CorrectionKind `json:"kind"`
	Entry string         `json:"entry"`           // the entry's key when the correction was made
	Keys  []string       `json:"keys"`            // event keys: the entry's mentions; for merge, the two entries' keys
	Value string         `json:"value,omitempty"` // date: the TIMEX3 value
	Note  string         `json:"note,omitempty"`
	At    time.Time      `json:"at"`
}

// FlatEntry is an entry's mentions folded into text fields, for exports
// with one row per entry: lists join with "; " in mention order, each
// value once.
type FlatEntry struct {
	Titles, Published, Origins, Paths, Expressions, Stated string
	Sites, URLs                                            string // of the sources that have them
	Actors                                                 string // "Name (kind); …"
	Dates                                                  string // when in conflict: "2026-01-06 (1 source); 2026-01-08 (1 source)"
	Inferred, Ambiguous                                    bool   // any mention
}

// Documents lists the entry's source documents once each, in the order
// of its mentions.
func (e *Entry) Documents() []*Document {
	var docs []*Document
	var seen []int64 // an entry has few sources
	for _, m := range e.Mentions {
		if m.Source != nil && !containsID(seen, m.DocumentID) {
			seen = append(seen, m.DocumentID)
			docs = append(docs, m.Source)
		}
	}
	return docs
}

// Flatten folds e's mentions into text fields.
func (e *Entry) Flatten() FlatEntry {
	var f FlatEntry
	var titles, paths, exprs, stated, origins, sites, urls uniq
	var pubs []string
	dated := false
	for _, d := range e.Documents() {
		titles.add(d.Title)
		paths.add(d.Path)
		sites.add(d.Site)
		urls.add(d.URL)
		pub := d.Published.Value
		dated = dated || pub != ""
		if pub == "" {
			pub = "undated"
		}
		pubs = append(pubs, pub)
		origins.add(string(d.PublishedOrigin))
	}
	for _, m := range e.Mentions {
		exprs.add(m.Mention.Text)
		stated.add(m.Mention.Stated)
		f.Inferred = f.Inferred || m.Mention.Inferred
		f.Ambiguous = f.Ambiguous || m.Mention.Ambiguous
	}
	f.Titles, f.Paths, f.Expressions, f.Stated, f.Origins = titles.join(), paths.join(), exprs.join(), stated.join(), origins.join()
	f.Sites, f.URLs = sites.join(), urls.join()
	if dated { // one per source, in the order of Titles
		f.Published = strings.Join(pubs, "; ")
	}
	var actors uniq
	for _, a := range e.Actors {
		actors.add(a.Name + " (" + string(a.Kind) + ")")
	}
	f.Actors = actors.join()
	var dates uniq
	for _, d := range e.Dates {
		n := len(d.Documents)
		word := " sources)"
		if n == 1 {
			word = " source)"
		}
		dates.add(d.Date.Value + " (" + strconv.Itoa(n) + word)
	}
	f.Dates = dates.join()
	return f
}

// uniq collects non-empty strings once each, in order. Lists are short (an
// entry's sources), so a scan beats a map until they grow.
type uniq struct {
	list []string
	seen map[string]bool // from uniqScan strings on
}

const uniqScan = 16

func (u *uniq) add(s string) {
	if s == "" || u.has(s) {
		return
	}
	u.list = append(u.list, s)
	if u.seen != nil {
		u.seen[s] = true
	} else if len(u.list) == uniqScan {
		u.seen = make(map[string]bool, 2*uniqScan)
		for _, x := range u.list {
			u.seen[x] = true
		}
	}
}

func (u *uniq) has(s string) bool {
	if u.seen != nil {
		return u.seen[s]
	}
	for _, x := range u.list {
		if x == s {
			return true
		}
	}
	return false
}

func (u *uniq) join() string { return strings.Join(u.list, "; ") }
