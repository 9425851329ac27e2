package sqlite_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// Entries come back as chrono built them: dates, conflict dates, actors,
// mentions with their sources; replacing them leaves no orphans.
func TestEntriesRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))
	doc, mentions, events := kyiv(t)
	saveDoc(t, db, doc, mentions, events)
	rows, err := db.Timeline(ctx, chrono.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []chrono.Entry{
		{
			Key: rows[0].Key(), Date: rows[0].Mention.Date, Resolution: rows[0].Mention.Resolution,
			Confidence: 0.6, Sources: 1, Text: "Last month’s round ended early.", Headline: "Round ended early",
			Actors: []chrono.Actor{{Name: "Geneva", Kind: chrono.Place}}, Mentions: rows[:1],
		},
		{
			Key: rows[1].Key(), Date: chrono.DayDate(2026, 1, 7), Resolution: rows[1].Mention.Resolution,
			Confidence: 0.54, Sources: 1, Conflict: true, Text: "The office said talks failed.", Headline: "Talks failed",
			Dates: []chrono.DateSupport{
				{Date: rows[1].Mention.Date, Resolution: chrono.Explicit, Documents: []int64{doc.ID}},
				{Date: rows[2].Mention.Date, Resolution: chrono.Explicit, Documents: []int64{doc.ID}},
			},
			Mentions: rows[1:], Analyst: true, Computed: rows[1].Mention.Date, Note: "minutes", Excluded: true,
		},
	}
	if err := db.SaveEntries(ctx, want); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveEntries(ctx, want); err != nil { // replaces, no duplicates
		t.Fatal(err)
	}
	got, err := db.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Entries:\n got %+v\nwant %+v", got, want)
	}
	for table, n := range map[string]int{"entries": 2, "entry_mentions": 3, "entry_dates": 2, "entry_actors": 1} {
		if got := count(t, db, table); got != n {
			t.Errorf("%s: %d rows, want %d", table, got, n)
		}
	}
	// Re-saving the document drops its events, and with them the entries' mentions.
	saveDoc(t, db, doc, mentions, events)
	if got := count(t, db, "entry_mentions"); got != 0 {
		t.Errorf("entry_mentions after the events were replaced: %d rows, want 0", got)
	}
}

func TestCorrections(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	cs := []chrono.Correction{
		{Kind: chrono.CorrectDate, Entry: "aaaa", Keys: []string{"aaaa", "bbbb"}, Value: "2026-03-04", Note: "minutes", At: at},
		{Kind: chrono.Exclude, Entry: "cccc", Keys: []string{"cccc"}, At: at.Add(time.Hour)},
		{Kind: chrono.Merge, Entry: "aaaa", Keys: []string{"aaaa", "cccc"}, At: at.Add(2 * time.Hour)},
	}
	for _, c := range cs {
		added, err := db.AddCorrection(ctx, c)
		if err != nil || !added {
			t.Fatalf("AddCorrection(%+v) = %v, %v; want added", c, added, err)
		}
	}
	if added, err := db.AddCorrection(ctx, cs[0]); err != nil || added {
		t.Errorf("the same correction again: added %v, %v; want not added", added, err)
	}
	got, err := db.Corrections(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, cs) {
		t.Errorf("Corrections:\n got %+v\nwant %+v", got, cs)
	}
	if _, err := db.AddCorrection(ctx, chrono.Correction{Kind: "rename", Entry: "x", At: at}); err == nil {
		t.Error("an unknown kind was stored")
	}
}

// EachEntry reads pages of entries: whatever the page size, the entries
// come in chronology order (start, then finer grains, then key), each with
// its own mentions, dates and actors.
func TestEachEntryPages(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "chrono.db"))
	doc, mentions, events := kyiv(t)
	saveDoc(t, db, doc, mentions, events)
	rows, err := db.Timeline(ctx, chrono.Filter{}) // December 2025, 6 January 2026, 2027
	if err != nil {
		t.Fatal(err)
	}
	jan6, jan1 := chrono.DayDate(2026, 1, 6), chrono.DayDate(2026, 1, 1)
	entry := func(key string, d chrono.Date, ms ...chrono.Row) chrono.Entry {
		return chrono.Entry{Key: key, Date: d, Resolution: chrono.Explicit, Confidence: 0.5, Sources: 1,
			Text: "Text of " + key, Headline: key, Mentions: ms}
	}
	// In chronology order; saved shuffled.
	want := []chrono.Entry{
		entry("k5", chrono.MonthDate(2025, 12), rows[0]),
		entry("k9", jan1, rows[1]),                      // 1 January: a day sorts before…
		entry("k0", chrono.MonthDate(2026, 1), rows[1]), // …the month that starts on it
		entry("k1", jan6, rows[1], rows[2]),             // same day: by key
		entry("k2", jan6, rows[0]),
		entry("k3", jan6, rows[1]),
		entry("k4", chrono.YearDate(2027), rows[0], rows[2]),
	}
	want[3].Actors = []chrono.Actor{{Name: "Kyiv", Kind: chrono.Place}, {Name: "Jane Doe", Kind: chrono.Person}}
	want[3].Conflict = true
	want[3].Dates = []chrono.DateSupport{{Date: jan6, Resolution: chrono.Explicit, Documents: []int64{doc.ID}},
		{Date: chrono.YearDate(2027), Resolution: chrono.Explicit, Documents: []int64{doc.ID}}}
	want[6].Actors = []chrono.Actor{{Name: "Geneva", Kind: chrono.Place}}
	shuffled := []chrono.Entry{want[4], want[6], want[0], want[3], want[2], want[5], want[1]}
	if err := db.SaveEntries(ctx, shuffled); err != nil {
		t.Fatal(err)
	}
	for _, page := range []int{1, 2, 3, 6, 7, 8, 500} {
		var got []chrono.Entry
		for e, err := range db.EachEntryPaged(ctx, page) {
			if err != nil {
				t.Fatalf("page %d: %v", page, err)
			}
			got = append(got, *e)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("page %d:\n got %+v\nwant %+v", page, got, want)
		}
	}
	// Leaving the loop early ends the read: the database is free again.
	for e, err := range db.EachEntryPaged(ctx, 2) {
		if err != nil || e.Key != "k5" {
			t.Fatalf("first entry %v, %v", e, err)
		}
		break
	}
	if all, err := db.Entries(ctx); err != nil || len(all) != len(want) {
		t.Errorf("Entries after an early break: %d entries, %v", len(all), err)
	}
}
