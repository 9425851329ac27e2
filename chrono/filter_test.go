package chrono_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// filterEntries: four entries with what each filter looks at.
func filterEntries() []chrono.Entry {
	dated := &chrono.Document{ID: 1, Title: "Talks in Paris", Published: chrono.DayDate(2026, 1, 8)}
	undated := &chrono.Document{ID: 2, Title: "Witkoff dodges commitment"}
	mention := func(d chrono.Date, inferred bool, src *chrono.Document) chrono.Row {
		return chrono.Row{Event: chrono.Event{DocumentID: src.ID, Mention: chrono.Mention{Date: d, Inferred: inferred}}, Source: src}
	}
	jan6, jan8, dec := chrono.DayDate(2026, 1, 6), chrono.DayDate(2026, 1, 8), chrono.MonthDate(2025, 12)
	return []chrono.Entry{
		{Key: "a-month-inferred", Date: dec, Confidence: 0.35, Text: "Peskov said last month it was a subject for discussion.",
			Actors:   []chrono.Actor{{Name: "Dmitry Peskov", Kind: chrono.Person}},
			Mentions: []chrono.Row{mention(dec, true, undated)}},
		{Key: "b-conflict", Date: jan6, Confidence: 0.5175, Conflict: true, Text: "European leaders unveiled a plan in Paris.",
			Headline: "Leaders unveiled a plan",
			Dates:    []chrono.DateSupport{{Date: jan6, Documents: []int64{1}}, {Date: jan8, Documents: []int64{2}}},
			Actors:   []chrono.Actor{{Name: "Erdoğan", Kind: chrono.Person}},
			// The inferred mention gives the other date: the entry's own date has a dated source.
			Mentions: []chrono.Row{mention(jan6, false, dated), mention(jan8, true, undated)}},
		{Key: "c-inferred-side", Date: jan8, Confidence: 0.6, Text: "The envoy left today.",
			// Only the inferred mention gives the entry's date.
			Mentions: []chrono.Row{mention(jan8, true, undated), mention(jan6, false, dated)}},
		{Key: "d-analyst", Date: jan8, Confidence: 0.35, Analyst: true, Text: "Ceasefire talks resumed.",
			Mentions: []chrono.Row{mention(jan8, true, undated)}},
	}
}

func TestFilterEntries(t *testing.T) {
	tests := []struct {
		name string
		f    chrono.Filter
		want []string
	}{
		{"none", chrono.Filter{}, []string{"a-month-inferred", "b-conflict", "c-inferred-side", "d-analyst"}},
		{"min confidence, as shown to two decimals", chrono.Filter{MinConfidence: 0.52}, []string{"b-conflict", "c-inferred-side"}},
		{"min confidence above all", chrono.Filter{MinConfidence: 0.61}, nil},
		{"exclude inferred", chrono.Filter{ExcludeInferred: true}, []string{"b-conflict", "d-analyst"}},
		{"search one word, any case, text or source title", chrono.Filter{Search: "PARIS"}, []string{"b-conflict", "c-inferred-side"}},
		{"search title and text", chrono.Filter{Search: "witkoff subject"}, []string{"a-month-inferred"}},
		{"search every word must appear", chrono.Filter{Search: "witkoff paris leaders"}, []string{"b-conflict"}},
		{"search actor without diacritics", chrono.Filter{Search: "erdogan"}, []string{"b-conflict"}},
		{"search whole words", chrono.Filter{Search: "plan unveil"}, nil},
		{"search prefix", chrono.Filter{Search: "unveil*"}, []string{"b-conflict"}},
		{"search punctuation ignored", chrono.Filter{Search: "\"ceasefire-talks\""}, []string{"d-analyst"}},
		{"search nothing found", chrono.Filter{Search: "moscow"}, nil},
		{"combined", chrono.Filter{Search: "talks", ExcludeInferred: true, From: chrono.Day(2026, 1, 7)}, []string{"d-analyst"}},
		{"top day", chrono.Filter{Top: 1}, []string{"c-inferred-side", "d-analyst"}},
		{"top two days, never a month", chrono.Filter{Top: 2}, []string{"b-conflict", "c-inferred-side", "d-analyst"}},
		{"top day of those kept", chrono.Filter{Top: 1, MinConfidence: 0.5}, []string{"b-conflict"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range chrono.FilterEntries(filterEntries(), tt.f) {
				got = append(got, e.Key)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FilterEntries(%+v) = %q, want %q", tt.f, got, tt.want)
			}
			// FilterSeq, which exports stream through, selects the same.
			got = nil
			for e, err := range chrono.FilterSeq(chrono.EntrySeq(filterEntries()), tt.f) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, e.Key)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FilterSeq(%+v) = %q, want %q", tt.f, got, tt.want)
			}
		})
	}
}

func TestDateInferred(t *testing.T) {
	want := map[string]bool{"a-month-inferred": true, "b-conflict": false, "c-inferred-side": true, "d-analyst": false}
	for _, e := range filterEntries() {
		if got := e.DateInferred(); got != want[e.Key] {
			t.Errorf("%s: DateInferred() = %v, want %v", e.Key, got, want[e.Key])
		}
	}
	// A month mention supports the day entry it contains.
	month := chrono.Entry{Date: chrono.DayDate(2026, 1, 6), Mentions: []chrono.Row{
		{Event: chrono.Event{Mention: chrono.Mention{Date: chrono.MonthDate(2026, time.January)}}},
		{Event: chrono.Event{Mention: chrono.Mention{Date: chrono.DayDate(2026, 1, 6), Inferred: true}}},
	}}
	if month.DateInferred() {
		t.Error("an entry a dated month mention supports is not inferred")
	}
}
