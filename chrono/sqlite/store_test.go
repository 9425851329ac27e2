package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/sqlite"
)

// kyivText has multi-byte characters ("—" is 3 bytes, "’" is 3 bytes)
// before and between the mentions, so byte and char offsets differ.
const kyivText = "Kyiv — The minister’s office said on January 6, 2026 that talks had failed.\n" +
	"Last month’s round — in Geneva — ended early after three weeks. " +
	"The funds run out in 2027."

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	doc, mentions, events := kyiv(t)
	if err := db.SaveDocument(ctx, doc, mentions, events); err != nil {
		t.Fatal(err)
	}
	if doc.ID == 0 {
		t.Fatal("doc.ID not set")
	}
	for i, e := range events {
		if e.ID == 0 || e.DocumentID != doc.ID {
			t.Errorf("event %d: ID %d, DocumentID %d (doc %d)", i, e.ID, e.DocumentID, doc.ID)
		}
	}

	source := *doc
	source.Text = "" // neither listings nor timelines load the text

	docs, err := db.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || !reflect.DeepEqual(*docs[0], source) {
		t.Fatalf("Documents:\n got %+v\nwant %+v", docs, []*chrono.Document{&source})
	}

	rows, err := db.Timeline(ctx, chrono.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(events) {
		t.Fatalf("Timeline: %d rows, want %d", len(rows), len(events))
	}
	// Chronology order: last month (2025-12), January 6, 2027.
	for i, want := range []chrono.Event{events[1], events[0], events[2]} {
		if !reflect.DeepEqual(rows[i].Event, want) {
			t.Errorf("row %d event:\n got %+v\nwant %+v", i, rows[i].Event, want)
		}
		if !reflect.DeepEqual(*rows[i].Source, source) {
			t.Errorf("row %d source:\n got %+v\nwant %+v", i, *rows[i].Source, source)
		}
	}

	// Char offsets, checked against the text as code points.
	runes := []rune(kyivText)
	var n int
	q, err := db.SQL().QueryContext(ctx, `
		SELECT text, byte_start, char_start, char_end FROM timexes
		UNION ALL
		SELECT sentence, sentence_start, char_start, char_end FROM events`)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for q.Next() {
		var text string
		var byteStart, cs, ce int
		if err := q.Scan(&text, &byteStart, &cs, &ce); err != nil {
			t.Fatal(err)
		}
		n++
		if cs < 0 || cs > ce || ce > len(runes) || string(runes[cs:ce]) != text {
			t.Errorf("%q at byte %d: chars %d-%d do not hold it", text, byteStart, cs, ce)
		}
		// "Kyiv — The minister’s office said on " is 37 characters, 41 bytes.
		if text == "January 6, 2026" && (byteStart != 41 || cs != 37) {
			t.Errorf("%q: byte %d char %d, want byte 41 char 37", text, byteStart, cs)
		}
	}
	if err := q.Err(); err != nil {
		t.Fatal(err)
	}
	if want := len(mentions) + len(events); n != want {
		t.Errorf("%d stored mentions and events, want %d", n, want)
	}
}

func TestSaveDocumentReplaces(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	doc, mentions, events := kyiv(t)
	if err := db.SaveDocument(ctx, doc, mentions, events); err != nil {
		t.Fatal(err)
	}
	firstID := doc.ID

	// The article changed: one sentence and one date are left.
	text := "Talks resume on 12 March 2026."
	m := mention(t, text, "12 March 2026", chrono.DayDate(2026, 3, 12))
	doc2 := &chrono.Document{Path: doc.Path, Hash: "new", Title: "Talks resume", Text: text, IngestedAt: doc.IngestedAt}
	ev := []chrono.Event{event(t, text, text, m)}
	if err := db.SaveDocument(ctx, doc2, []chrono.Mention{m}, ev); err != nil {
		t.Fatal(err)
	}
	if doc2.ID != firstID {
		t.Errorf("re-saved document ID %d, want %d kept", doc2.ID, firstID)
	}

	rows, err := db.Timeline(ctx, chrono.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := sentences(rows); !reflect.DeepEqual(got, []string{text}) {
		t.Errorf("timeline after re-save: %q, want only %q", got, text)
	}
	if rows[0].Source.Title != "Talks resume" {
		t.Errorf("source title %q, want the new one", rows[0].Source.Title)
	}
	for table, want := range map[string]int{"documents": 1, "timexes": 1, "events": 1} {
		if got := count(t, db, table); got != want {
			t.Errorf("%s: %d rows, want %d", table, got, want)
		}
	}
}

func TestDocumentHash(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	save := func(path, hash string) {
		t.Helper()
		doc := &chrono.Document{Path: path, Hash: hash, Text: "x"}
		if err := db.SaveDocument(ctx, doc, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	save("a.txt", "h1")
	save("b.txt", "h2")
	save("a.txt", "h3") // the file changed

	for _, tt := range []struct {
		path, hash string
		ok         bool
	}{
		{"a.txt", "h3", true},
		{"b.txt", "h2", true},
		{"c.txt", "", false},
		{"A.TXT", "", false}, // paths are exact
	} {
		hash, ok, err := db.DocumentHash(ctx, tt.path)
		if err != nil || hash != tt.hash || ok != tt.ok {
			t.Errorf("DocumentHash(%q) = %q, %v, %v; want %q, %v, nil", tt.path, hash, ok, err, tt.hash, tt.ok)
		}
	}
}

func TestSaveDocumentErrors(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	for _, tt := range []struct {
		name   string
		change func(doc *chrono.Document, ms []chrono.Mention, es []chrono.Event) ([]chrono.Mention, []chrono.Event)
		want   string
	}{
		{"event mention not among mentions", func(_ *chrono.Document, ms []chrono.Mention, es []chrono.Event) ([]chrono.Mention, []chrono.Event) {
			return ms[1:], es // events[0] refers to mentions[0]
		}, "not among"},
		{"mention beyond the text", func(_ *chrono.Document, ms []chrono.Mention, es []chrono.Event) ([]chrono.Mention, []chrono.Event) {
			ms[2].End = len(kyivText) + 1
			es[2].Mention = ms[2]
			return ms, es
		}, "outside text"},
		{"mention splitting a character", func(_ *chrono.Document, ms []chrono.Mention, es []chrono.Event) ([]chrono.Mention, []chrono.Event) {
			ms[0].Start = strings.Index(kyivText, "—") + 1
			es[0].Mention = ms[0]
			return ms, es
		}, "splits a character"},
		{"sentence splitting a character", func(_ *chrono.Document, ms []chrono.Mention, es []chrono.Event) ([]chrono.Mention, []chrono.Event) {
			es[1].SentenceEnd = strings.Index(kyivText, "’s round") + 1
			return ms, es
		}, "splits a character"},
		{"dated mention without interval", func(_ *chrono.Document, ms []chrono.Mention, es []chrono.Event) ([]chrono.Mention, []chrono.Event) {
			ms[0].Date.Start = time.Time{}
			return ms, es
		}, "no interval"},
		{"dateline beyond the text", func(doc *chrono.Document, ms []chrono.Mention, es []chrono.Event) ([]chrono.Mention, []chrono.Event) {
			doc.Dateline = &chrono.Span{Start: 0, End: len(kyivText) + 5}
			return ms, es
		}, "dateline"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, ms, es := kyiv(t)
			ms, es = tt.change(doc, ms, es)
			err := db.SaveDocument(ctx, doc, ms, es)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), doc.Path) {
				t.Fatalf("SaveDocument error %v, want one naming %s and containing %q", err, doc.Path, tt.want)
			}
			if doc.ID != 0 {
				t.Errorf("doc.ID set to %d by a failed save", doc.ID)
			}
			// The transaction rolled back: nothing of the document is left.
			if _, ok, _ := db.DocumentHash(ctx, doc.Path); ok {
				t.Error("document stored by a failed save")
			}
			if n := count(t, db, "timexes"); n != 0 {
				t.Errorf("%d mentions stored by a failed save", n)
			}
		})
	}
}

func TestTimelineFilter(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	// Titles and paths carry quotes, percent signs and underscores, which
	// must be matched literally.
	saveOne(t, db, "a/alpha.txt", "Alpha report", "Day six, 6 January 2026.", "6 January 2026", chrono.DayDate(2026, 1, 6))
	saveOne(t, db, "a/alpha-month.txt", "Alpha report", "Month of December 2025.", "December 2025", chrono.MonthDate(2025, 12))
	saveOne(t, db, "b/o'brien_100%.txt", "O'Brien 100% sure", "Day ten, 10 January 2026.", "10 January 2026", chrono.DayDate(2026, 1, 10))
	saveOne(t, db, "c/wien.txt", "ÖSTERREICH heute", "The year 2027.", "2027", chrono.YearDate(2027))

	all := []string{"Month of December 2025.", "Day six, 6 January 2026.", "Day ten, 10 January 2026.", "The year 2027."}
	for _, tt := range []struct {
		name string
		f    chrono.Filter
		want []string
	}{
		{"zero filter", chrono.Filter{}, all},
		{"month overlaps a day range", chrono.Filter{From: day(2025, 12, 15), To: day(2025, 12, 15)}, []string{"Month of December 2025."}},
		{"month overlaps the range start", chrono.Filter{From: day(2025, 12, 31), To: day(2026, 1, 6)}, []string{"Month of December 2025.", "Day six, 6 January 2026."}},
		{"bounds are inclusive", chrono.Filter{From: day(2026, 1, 6), To: day(2026, 1, 6)}, []string{"Day six, 6 January 2026."}},
		{"open end", chrono.Filter{From: day(2026, 1, 7)}, []string{"Day ten, 10 January 2026.", "The year 2027."}},
		{"open start", chrono.Filter{To: day(2026, 1, 5)}, []string{"Month of December 2025."}},
		{"year overlaps", chrono.Filter{From: day(2027, 6, 1), To: day(2030, 1, 1)}, []string{"The year 2027."}},
		{"nothing in range", chrono.Filter{From: day(2026, 2, 1), To: day(2026, 12, 31)}, nil},
		{"time of day ignored", chrono.Filter{From: time.Date(2026, 1, 6, 23, 59, 0, 0, time.UTC), To: time.Date(2026, 1, 6, 0, 1, 0, 0, time.UTC)}, []string{"Day six, 6 January 2026."}},
		{"source in title", chrono.Filter{Source: "alpha rep"}, []string{"Month of December 2025.", "Day six, 6 January 2026."}},
		{"source case-insensitive", chrono.Filter{Source: "ALPHA"}, []string{"Month of December 2025.", "Day six, 6 January 2026."}},
		{"source non-ASCII case-insensitive", chrono.Filter{Source: "österreich"}, []string{"The year 2027."}},
		{"source in path", chrono.Filter{Source: "alpha-month"}, []string{"Month of December 2025."}},
		{"source with quote", chrono.Filter{Source: "o'brien"}, []string{"Day ten, 10 January 2026."}},
		{"source with quote and percent", chrono.Filter{Source: "'Brien 100%"}, []string{"Day ten, 10 January 2026."}},
		{"percent is no wildcard", chrono.Filter{Source: "a%t"}, nil},
		{"underscore is no wildcard", chrono.Filter{Source: "alpha_"}, nil},
		{"injection is a plain string", chrono.Filter{Source: "' OR 1=1 --"}, nil},
		{"source and range", chrono.Filter{Source: "alpha", From: day(2026, 1, 1)}, []string{"Day six, 6 January 2026."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := db.Timeline(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := sentences(rows); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTimelineOrder(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	// Saved in an order that is none of the expected ones.
	zulu := "Zulu one on 1 January 2026. January 2026 was cold. Zulu two on 1 January 2026."
	z1 := mention(t, zulu, "1 January 2026", chrono.DayDate(2026, 1, 1))
	zm := mention(t, zulu, "January 2026 was", chrono.MonthDate(2026, 1))
	z2 := mentionAt(t, zulu, strings.LastIndex(zulu, "1 January 2026"), "1 January 2026", chrono.DayDate(2026, 1, 1))
	saveDoc(t, db, &chrono.Document{Path: "z.txt", Title: "Zulu", Text: zulu}, []chrono.Mention{z2, zm, z1}, []chrono.Event{
		event(t, zulu, "Zulu two on 1 January 2026.", z2),
		event(t, zulu, "January 2026 was cold.", zm),
		event(t, zulu, "Zulu one on 1 January 2026.", z1),
	})
	saveOne(t, db, "b.txt", "Alpha", "Alpha b on 1 January 2026.", "1 January 2026", chrono.DayDate(2026, 1, 1))

	alpha := "Alpha a in January 2026. Alpha a on 1 January 2026."
	am := mention(t, alpha, "January 2026", chrono.MonthDate(2026, 1))
	ad := mention(t, alpha, "1 January 2026", chrono.DayDate(2026, 1, 1))
	saveDoc(t, db, &chrono.Document{Path: "a.txt", Title: "Alpha", Text: alpha}, []chrono.Mention{am, ad}, []chrono.Event{
		event(t, alpha, "Alpha a in January 2026.", am),
		// Two events on one mention keep their insertion (ID) order.
		event(t, alpha, "Alpha a on 1 January 2026.", ad),
		event(t, alpha, "Alpha a in January 2026.", ad),
	})
	saveOne(t, db, "m.txt", "Earlier", "Earlier in December 2025.", "December 2025", chrono.MonthDate(2025, 12))

	want := []string{
		"Earlier in December 2025.",  // earliest start, even as a month
		"Alpha a on 1 January 2026.", // days before months with the same start
		"Alpha a in January 2026.",   // same mention: event ID
		"Alpha b on 1 January 2026.", // same title: path
		"Zulu one on 1 January 2026.",
		"Zulu two on 1 January 2026.", // same document: position
		"Alpha a in January 2026.",    // months, by title
		"January 2026 was cold.",
	}
	for i := 0; i < 2; i++ { // the order does not change between calls
		rows, err := db.Timeline(ctx, chrono.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if got := sentences(rows); !reflect.DeepEqual(got, want) {
			t.Fatalf("order:\n got %q\nwant %q", got, want)
		}
	}
}

func TestUndatedMentions(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	text := "It lasted three weeks."
	m := mention(t, text, "three weeks", chrono.Date{})
	m.Type = chrono.TypeDuration
	saveDoc(t, db, &chrono.Document{Path: "d.txt", Text: text}, []chrono.Mention{m}, []chrono.Event{event(t, text, text, m)})

	rows, err := db.Timeline(ctx, chrono.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 0 {
		t.Errorf("undated mention in the timeline: %+v", rows)
	}
	var nulls int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM timexes WHERE start_date IS NULL AND end_date IS NULL`).Scan(&nulls); err != nil {
		t.Fatal(err)
	}
	if nulls != 1 {
		t.Errorf("%d mentions with NULL dates, want 1", nulls)
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "chrono.db")
	files, err := os.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	latest := len(files)

	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if v := userVersion(t, db); v != latest {
		t.Errorf("new database at version %d, want %d", v, latest)
	}
	doc, ms, es := kyiv(t)
	saveDoc(t, db, doc, ms, es)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopening applies nothing again: a second CREATE TABLE would fail,
	// and the data is still there.
	db, err = sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	if v := userVersion(t, db); v != latest {
		t.Errorf("reopened database at version %d, want %d", v, latest)
	}
	if n := count(t, db, "events"); n != len(es) {
		t.Errorf("%d events after reopening, want %d", n, len(es))
	}

	// A newer program wrote this file.
	if _, err := db.SQL().ExecContext(ctx, `PRAGMA user_version = 9999`); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(string) (*sqlite.DB, error){"Open": sqlite.Open, "OpenReadOnly": sqlite.OpenReadOnly} {
		db, err := open(path)
		if err == nil {
			db.Close()
			t.Errorf("%s of a too-new database succeeded", name)
		} else if !strings.Contains(err.Error(), "newer") {
			t.Errorf("%s of a too-new database: %v, want an error saying it is newer", name, err)
		}
	}
}

func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "chrono.db")

	db := open(t, path)
	doc, ms, es := kyiv(t)
	saveDoc(t, db, doc, ms, es)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	ro, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := ro.Timeline(ctx, chrono.Filter{})
	if err != nil || len(rows) != len(es) {
		t.Errorf("read-only Timeline: %d rows, %v; want %d rows", len(rows), err, len(es))
	}
	doc2, ms2, es2 := kyiv(t)
	doc2.Path = "other.txt"
	if err := ro.SaveDocument(ctx, doc2, ms2, es2); err == nil {
		t.Error("SaveDocument on a read-only database succeeded")
	}
	if _, err := ro.SQL().ExecContext(ctx, `INSERT INTO documents (path, hash, ingested_at) VALUES ('x', 'y', 'z')`); err == nil {
		t.Error("INSERT on a read-only database succeeded")
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("read-only use changed the database file")
	}

	// A missing database is an error, not a new empty file.
	missing := filepath.Join(dir, "missing.db")
	if db, err := sqlite.OpenReadOnly(missing); err == nil {
		db.Close()
		t.Error("OpenReadOnly of a missing file succeeded")
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("OpenReadOnly created %s", missing)
	}

	// Nor can a read-only database be migrated.
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if db, err := sqlite.OpenReadOnly(empty); err == nil {
		db.Close()
		t.Error("OpenReadOnly of an unmigrated database succeeded")
	}
}

func TestOpenOddPath(t *testing.T) {
	// URI syntax in a file name stays part of the name.
	path := filepath.Join(t.TempDir(), "news?mode=ro#1 100%.db")
	db := open(t, path)
	saveOne(t, db, "a.txt", "A", "On 6 January 2026.", "6 January 2026", chrono.DayDate(2026, 1, 6))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at its path: %v", err)
	}
}

func TestPragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chrono.db")
	db := open(t, path)
	for _, tt := range []struct{ pragma, want string }{
		{"foreign_keys", "1"},
		{"journal_mode", "wal"},
		{"busy_timeout", "5000"},
	} {
		var got string
		if err := db.SQL().QueryRow("PRAGMA " + tt.pragma).Scan(&got); err != nil || got != tt.want {
			t.Errorf("PRAGMA %s = %q, %v; want %q", tt.pragma, got, err, tt.want)
		}
	}
}

func TestForeignKeys(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	doc, ms, es := kyiv(t)
	saveDoc(t, db, doc, ms, es)
	saveOne(t, db, "keep.txt", "Keep", "Kept on 6 January 2026.", "6 January 2026", chrono.DayDate(2026, 1, 6))
	if _, err := db.SQL().ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, doc.ID); err != nil {
		t.Fatal(err)
	}
	for table, want := range map[string]int{"documents": 1, "timexes": 1, "events": 1} {
		if got := count(t, db, table); got != want {
			t.Errorf("%s: %d rows after deleting a document, want %d", table, got, want)
		}
	}
	// And a dangling reference is refused.
	if _, err := db.SQL().ExecContext(ctx, `INSERT INTO events (document_id, mention_id, sentence, sentence_start, sentence_end, char_start, char_end) VALUES (9999, 9999, 's', 0, 1, 0, 1)`); err == nil {
		t.Error("event with a dangling document inserted")
	}
}

// kyiv returns a document over kyivText with a day, a month, a year and an
// undated mention, and an event on each dated one, every field set.
func kyiv(t *testing.T) (*chrono.Document, []chrono.Mention, []chrono.Event) {
	t.Helper()
	published := day(2026, 1, 8)
	day6 := mention(t, kyivText, "January 6, 2026", chrono.DayDate(2026, 1, 6))
	day6.Resolution, day6.Confidence, day6.Why = chrono.Explicit, 1, "stated in full"
	lastMonth := mention(t, kyivText, "Last month", chrono.MonthDate(2025, 12))
	lastMonth.Resolution, lastMonth.Anchor, lastMonth.Confidence, lastMonth.Why =
		chrono.RelativeToPublication, published, 0.8, "the month before the publication"
	year := mention(t, kyivText, "2027", chrono.YearDate(2027))
	year.Resolution, year.Confidence, year.Ambiguous, year.Inferred, year.Mod, year.Stated, year.Why = chrono.Explicit, 0.5, true, true, "END", "XXXX", "a bare year"
	weeks := mention(t, kyivText, "three weeks", chrono.Date{Value: "P3W"})
	weeks.Type, weeks.Why = chrono.TypeDuration, "a duration"

	doc := &chrono.Document{
		Path:            "news/kyiv.txt",
		Hash:            "0123abcd",
		Title:           "Kyiv — talks fail",
		Byline:          "Jane Doe",
		Site:            "Kyiv Post",
		URL:             "https://kyiv.example/talks",
		Settings:        "date-order=dmy",
		Text:            kyivText,
		Published:       chrono.DayDate(2026, 1, 8),
		PublishedOrigin: chrono.OriginDateline,
		Dateline:        &chrono.Span{Start: 0, End: len("Kyiv —")},
		Reference:       day(2026, 1, 9),
		RefOrigin:       "--ref",
		IngestedAt:      time.Date(2026, 1, 9, 10, 11, 12, 0, time.UTC),
	}
	events := []chrono.Event{
		event(t, kyivText, "Kyiv — The minister’s office said on January 6, 2026 that talks had failed.", day6),
		event(t, kyivText, "Last month’s round — in Geneva — ended early after three weeks.", lastMonth),
		event(t, kyivText, "The funds run out in 2027.", year),
	}
	return doc, []chrono.Mention{day6, lastMonth, year, weeks}, events
}

// mention is the first occurrence of s in text, dated d.
func mention(t *testing.T, text, s string, d chrono.Date) chrono.Mention {
	t.Helper()
	return mentionAt(t, text, strings.Index(text, s), s, d)
}

func mentionAt(t *testing.T, text string, i int, s string, d chrono.Date) chrono.Mention {
	t.Helper()
	if i < 0 || !strings.HasPrefix(text[i:], s) {
		t.Fatalf("%q not at %d in %q", s, i, text)
	}
	return chrono.Mention{Start: i, End: i + len(s), Text: s, Type: chrono.TypeDate, Date: d, Resolution: chrono.Explicit}
}

// event is the sentence s of text anchored on m.
func event(t *testing.T, text, s string, m chrono.Mention) chrono.Event {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	return chrono.Event{Sentence: s, SentenceStart: i, SentenceEnd: i + len(s), Mention: m}
}

// saveOne saves a one-sentence document with one dated event.
func saveOne(t *testing.T, db *sqlite.DB, path, title, text, when string, d chrono.Date) {
	t.Helper()
	m := mention(t, text, when, d)
	saveDoc(t, db, &chrono.Document{Path: path, Title: title, Text: text}, []chrono.Mention{m}, []chrono.Event{event(t, text, text, m)})
}

func saveDoc(t *testing.T, db *sqlite.DB, doc *chrono.Document, ms []chrono.Mention, es []chrono.Event) {
	t.Helper()
	if doc.Hash == "" {
		doc.Hash = "hash-" + doc.Path
	}
	if err := db.SaveDocument(context.Background(), doc, ms, es); err != nil {
		t.Fatal(err)
	}
}

func open(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

func sentences(rows []chrono.Row) []string {
	var s []string
	for _, r := range rows {
		s = append(s, r.Sentence)
	}
	return s
}

func count(t *testing.T, db *sqlite.DB, table string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func userVersion(t *testing.T, db *sqlite.DB) int {
	t.Helper()
	var v int
	if err := db.SQL().QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func day(y int, m time.Month, d int) time.Time { return chrono.Day(y, m, d) }

func TestIngestedAtDefault(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))

	before := time.Now().Add(-time.Second)
	doc := &chrono.Document{Path: "a.txt", Hash: "h", Text: "x"}
	if err := db.SaveDocument(ctx, doc, nil, nil); err != nil {
		t.Fatal(err)
	}
	if doc.IngestedAt.Before(before) || doc.IngestedAt.After(time.Now()) {
		t.Errorf("IngestedAt %v, want now", doc.IngestedAt)
	}
	docs, err := db.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || !docs[0].IngestedAt.Equal(doc.IngestedAt) {
		t.Errorf("stored IngestedAt %v, want %v", docs[0].IngestedAt, doc.IngestedAt)
	}
}

func TestSaveDocumentsBatch(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))
	saveOne(t, db, "old/a.txt", "A", "A on 6 January 2026.", "6 January 2026", chrono.DayDate(2026, 1, 6))
	docs, _ := db.Documents(ctx)
	id := docs[0].ID

	batch := func(paths ...string) []chrono.Analysis {
		var out []chrono.Analysis
		for _, p := range paths {
			text := "Filed on 7 January 2026."
			m := mention(t, text, "7 January 2026", chrono.DayDate(2026, 1, 7))
			out = append(out, chrono.Analysis{Doc: &chrono.Document{Path: p, Hash: "h-" + p, Text: text}, Mentions: []chrono.Mention{m}, Events: []chrono.Event{event(t, text, text, m)}})
		}
		return out
	}
	// A move keeps the document's ID and replaces its events.
	b := batch("new/a.txt", "b.txt", "c.txt")
	b[0].Was = "old/a.txt"
	if err := db.SaveDocuments(ctx, b); err != nil {
		t.Fatal(err)
	}
	if b[0].Doc.ID != id || b[1].Doc.ID == 0 || b[2].Events[0].DocumentID != b[2].Doc.ID {
		t.Errorf("IDs: moved %d (was %d), new %d, event's document %d of %d", b[0].Doc.ID, id, b[1].Doc.ID, b[2].Events[0].DocumentID, b[2].Doc.ID)
	}
	// All or none: a bad event fails the whole batch.
	bad := batch("d.txt", "e.txt")
	bad[1].Events[0].Mention.Start = 1
	if err := db.SaveDocuments(ctx, bad); err == nil || !strings.Contains(err.Error(), "save e.txt") {
		t.Errorf("bad batch: %v, want an error naming e.txt", err)
	}
	if err := db.DeleteDocuments(ctx, []string{"b.txt", "missing.txt"}); err != nil {
		t.Fatal(err)
	}
	docs, _ = db.Documents(ctx)
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	if got, want := strings.Join(paths, " "), "c.txt new/a.txt"; got != want {
		t.Errorf("stored %s, want %s", got, want)
	}
	for table, want := range map[string]int{"timexes": 2, "events": 2} {
		if got := count(t, db, table); got != want {
			t.Errorf("%s: %d rows, want %d", table, got, want)
		}
	}
}

// TestMigrateKeepsDocuments upgrades a database made by the first schema:
// its documents stay, with empty metadata and default settings.
func TestMigrateKeepsDocuments(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	init, err := os.ReadFile(filepath.Join("migrations", "0001_init.sql"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{string(init), `PRAGMA user_version = 1`,
		`INSERT INTO documents (path, hash, title, ingested_at) VALUES ('a.txt', 'h', 'A', '2026-01-09T10:00:00Z')`} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()

	db := open(t, path)
	docs, err := db.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Path != "a.txt" || docs[0].Site != "" || docs[0].URL != "" || docs[0].Settings != "" {
		t.Errorf("documents after migrating: %+v", docs)
	}
	files, _ := os.ReadDir("migrations")
	if v := userVersion(t, db); v != len(files) {
		t.Errorf("version %d, want %d", v, len(files))
	}
}
