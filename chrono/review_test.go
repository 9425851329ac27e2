package chrono_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

func TestDisplay(t *testing.T) {
	rng := func(a, b chrono.Date) chrono.Date {
		return chrono.Date{Value: a.Value + "/" + b.Value, Grain: a.Grain, Start: a.Start, End: b.End}
	}
	tests := []struct {
		d    chrono.Date
		want string
	}{
		{chrono.Date{}, ""},
		{chrono.DayDate(2026, time.January, 6), "6 January 2026"},
		{chrono.MinuteDate(2026, time.January, 8, 11, 15), "8 January 2026, 11:15"},
		{chrono.WeekDate(chrono.Day(2026, time.January, 8)), "week of 5 January 2026"},
		{chrono.MonthDate(2025, time.December), "December 2025"},
		{chrono.QuarterDate(2025, 3), "Q3 2025"},
		{chrono.HalfDate(2025, 2), "H2 2025"},
		{chrono.SeasonDate(2025, 1), "summer 2025"},
		{chrono.YearDate(2025), "2025"},
		{chrono.DecadeDate(2010), "the 2010s"},
		{chrono.CenturyDate(18), "the 19th century"},
		{chrono.CenturyDate(20), "the 21st century"},
		{rng(chrono.DayDate(2026, time.January, 6), chrono.DayDate(2026, time.January, 8)), "6–8 January 2026"},
		{rng(chrono.DayDate(2026, time.January, 6), chrono.DayDate(2026, time.February, 2)), "6 January 2026 – 2 February 2026"},
		{rng(chrono.YearDate(2019), chrono.YearDate(2021)), "2019 – 2021"},
		{rng(chrono.MonthDate(2025, time.March), chrono.MonthDate(2025, time.May)), "March 2025 – May 2025"},
	}
	for _, tt := range tests {
		if got := tt.d.Display(); got != tt.want {
			t.Errorf("%q.Display() = %q, want %q", tt.d.Value, got, tt.want)
		}
	}
}

func TestReviewAndChecks(t *testing.T) {
	tests := []struct {
		key    string
		reason string
		checks []string
	}{
		{"a-month-inferred", chrono.ReviewInferred, []string{"inferred reference"}},
		{"b-conflict", chrono.ReviewConflict, []string{"conflict: 2026-01-06 (1) vs 2026-01-08 (1)", "inferred reference"}},
		{"c-inferred-side", chrono.ReviewInferred, []string{"inferred reference"}},
		{"d-analyst", "", []string{"analyst's date (chrono: )", "inferred reference"}},
	}
	entries := filterEntries()
	for i, tt := range tests {
		e := &entries[i]
		if got := e.ReviewReason(); got != tt.reason {
			t.Errorf("%s: ReviewReason() = %q, want %q", tt.key, got, tt.reason)
		}
		if got := e.Checks(); !reflect.DeepEqual(got, tt.checks) {
			t.Errorf("%s: Checks() = %q, want %q", tt.key, got, tt.checks)
		}
	}
}

func TestCitedDocuments(t *testing.T) {
	a, b, c := &chrono.Document{ID: 1, Path: "a"}, &chrono.Document{ID: 2, Path: "b"}, &chrono.Document{ID: 3, Path: "c"}
	entries := []chrono.Entry{{Mentions: []chrono.Row{{Source: c}, {Source: a}}}, {Mentions: []chrono.Row{{Source: nil}}}}
	got := chrono.CitedDocuments(entries, []*chrono.Document{a, b, c})
	if want := []*chrono.Document{a, c}; !reflect.DeepEqual(got, want) {
		t.Errorf("CitedDocuments = %v, want %v", got, want)
	}
}
