package chrono

import (
	"context"
	"time"
)

// Resolution says how a mention's date was obtained, so that an analyst can
// see why a date is what it is.
type Resolution string

const (
	// Explicit: the text states the full date ("January 6, 2026", "08.01.2026").
	Explicit Resolution = "explicit"
	// YearInferred: the text states day and month; the year was chosen near the anchor.
	YearInferred Resolution = "year-inferred"
	// RelativeToPublication: computed from the article's own publication date ("last month").
	RelativeToPublication Resolution = "relative-to-publication"
	// RelativeToReference: computed from a reference date because the article has
	// no publication date of its own (see Ingester.Reference).
	RelativeToReference Resolution = "relative-to-reference"
	// RelativeToPrevious: computed from the date the text named before ("the
	// next day", "that week").
	RelativeToPrevious Resolution = "relative-to-previous"
)

// TIMEX3 types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Mention is one date expression found in a text, resolved.
type Mention struct {
	Start, End int    // byte offsets into the text, end exclusive
	Text       string // the expression as written
	Type       string // TIMEX3 type: DATE, TIME, DURATION, SET
	Date       Date   // the resolved interval; zero when it cannot be placed
	Mod        string // TIMEX3 mod: START ("early"), MID, END ("late"), APPROX
	// Stated is the value as far as the text stated it, X for what was
	// inferred: "XXXX-01-06" for "January 6", "XXXX-WXX-2" for "Tuesday".
	Stated string
	// Range holds the two ends of a range ("January 6-8", "from 2019 to
	// 2021"), each resolved; Date then spans both, with the ISO 8601
	// interval value "2019/2021".
	Range      *Range
	Resolution Resolution
	// Anchor is the day the date was resolved against: the publication date,
	// a reference date, or zero when the text stated everything.
	Anchor     time.Time
	Confidence float64 // 0..1: how sure the resolution is
	Ambiguous  bool    // a numeric date whose day/month order stayed undecided
	// Inferred: the anchor was a guessed reference, not the article's own
	// publication date, so the date needs an analyst's check.
	Inferred bool
	Why      string // one line for people: how the value was obtained
}

// Range is a date range: two mentions, in text order.
type Range struct{ From, To Mention }

// Origin says where a document's publication date came from.
type Origin string

const (
	OriginFlag     Origin = "flag"     // --published
	OriginMetadata Origin = "metadata" // the page's or feed's own metadata: meta tags, JSON-LD, <time>, a feed field
	OriginDateline Origin = "dateline" // a dateline in the first lines of the text
	OriginFilename Origin = "filename" // a date in the file name
	OriginNone     Origin = "none"     // no publication date
)

// Document is one ingested article.
type Document struct {
	ID int64
	// Path is the document's identity: the file path as given, FILE#ID for
	// a feed record, "stdin:" and the start of the content hash for stdin.
	Path   string
	Hash   string // sha256 of the content (raw bytes, or a feed record's fields), hex
	Title  string // the page's or record's title, else the first non-empty line
	Byline string // the author: the page's or record's, else a "By NAME" line without "By"
	Site   string // the site name or outlet, from the page or record; "" when unknown
	URL    string // the canonical URL, from the page or record; "" when unknown
	Text   string

	// Published is the publication date (the document creation time); zero
	// when none was found. PublishedOrigin says where it came from.
	Published       Date
	PublishedOrigin Origin
	// Dateline is the byte span of the dateline in Text, when the date came
	// from one; it dates the article and is not an event.
	Dateline *Span

	// Reference is the day relative expressions were resolved against when
	// Published is zero; RefOrigin explains it ("--ref", "other articles", "today").
	Reference time.Time
	RefOrigin string

	IngestedAt time.Time
	// Settings are the ingest options that shaped the analysis
	// (--published, --ref, --date-order), "" for the defaults: an unchanged
	// file ingested with other settings is analysed again.
	Settings string

	// Warnings are what reading found wrong but read anyway, such as
	// invalid UTF-8 replaced with U+FFFD; they are reported, not stored.
	Warnings []string
}

// Anchor returns the day relative expressions resolve against, and whether
// it is the document's own publication date.
func (d *Document) Anchor() (time.Time, bool) {
	if !d.Published.IsZero() {
		return d.Published.Start, true
	}
	return d.Reference, false
}

// Span is a byte range in a text, end exclusive.
type Span struct{ Start, End int }

// Event is one sentence anchored on one date mention: the sentence is what
// happened, the mention says when, the document and offsets are the evidence.
type Event struct {
	ID            int64
	DocumentID    int64
	Sentence      string
	SentenceStart int // byte offsets of the sentence in the document text
	SentenceEnd   int
	Mention       Mention
}

// Row is one line of a chronology: an event with its source.
type Row struct {
	Event
	Source *Document // Text is not loaded
}

// Filter selects chronology rows and entries. Zero fields select everything.
type Filter struct {
	From, To time.Time // rows whose interval overlaps [From, To]
	Source   string    // substring of the source title or path, case-insensitive
	Actor    string    // entries: substring of an actor's name, case-insensitive
	Top      int       // entries: only those on the Top best-corroborated days
	Excluded bool      // entries: keep those an analyst excluded
	// MinConfidence keeps entries whose confidence is at least this (0..1).
	MinConfidence float64
	// ExcludeInferred leaves out entries whose date rests only on inferred
	// mentions (see Entry.DateInferred).
	ExcludeInferred bool
	// Search keeps entries in which every word of it appears, in any case,
	// in the entry's text, headline, actors or source titles (see
	// Entry.Matches). It is matched in memory for now; a full-text index
	// will back it later with the same meaning.
	Search string
}

// Analysis is a document with the mentions and events found in it, ready
// to store.
type Analysis struct {
	Doc      *Document
	Mentions []Mention
	Events   []Event
	// Was is the path the document was stored under before it moved (the
	// same content at a new path whose old file is gone); "" when it did not.
	Was string
	// KeepStored leaves a document stored with the same content and
	// settings at its path as it is: another ingest running at the same
	// time stored it first, and replacing its events would take them from
	// the entries built on them. A rebuild, which re-analyses on purpose,
	// leaves it false.
	KeepStored bool
}

// Store keeps documents, their mentions and events. chrono/sqlite implements it.
type Store interface {
	// DocumentHash returns the stored hash of the document at path.
	DocumentHash(ctx context.Context, path string) (hash string, ok bool, err error)
	// SaveDocument stores doc with its mentions and events in one
	// transaction, replacing whatever was stored for doc.Path before.
	SaveDocument(ctx context.Context, doc *Document, mentions []Mention, events []Event) error
	// Timeline returns the chronology rows matching f in chronology order.
	Timeline(ctx context.Context, f Filter) ([]Row, error)
	// Documents returns every stored document, without text, ordered by path.
	Documents(ctx context.Context) ([]*Document, error)
	// SaveDocuments stores a batch of analyses in one transaction, all or
	// none; each replaces what was stored at its path (or at Was) before.
	SaveDocuments(ctx context.Context, batch []Analysis) error
	// DeleteDocuments removes the documents at paths, with their mentions
	// and events, in one transaction.
	DeleteDocuments(ctx context.Context, paths []string) error

	// SaveEntries replaces the stored chronology entries.
	SaveEntries(ctx context.Context, entries []Entry) error
	// Entries returns the stored entries in chronology order.
	Entries(ctx context.Context) ([]Entry, error)
	// Corrections returns the analysts' corrections, oldest first.
	Corrections(ctx context.Context) ([]Correction, error)
	// AddCorrection stores a correction unless the same one is stored; it
	// reports whether it was new.
	AddCorrection(ctx context.Context, c Correction) (bool, error)
}
