package chrono_test

import (
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

func TestParseValue(t *testing.T) {
	tests := []struct {
		value      string
		grain      chrono.Grain
		start, end string
	}{
		{"2026-01-06", chrono.GrainDay, "2026-01-06", "2026-01-06"},
		{"2026-01-08T11:15", chrono.GrainMinute, "2026-01-08", "2026-01-08"},
		{"2025-12", chrono.GrainMonth, "2025-12-01", "2025-12-31"},
		{"2024-02", chrono.GrainMonth, "2024-02-01", "2024-02-29"},
		{"2025-Q3", chrono.GrainQuarter, "2025-07-01", "2025-09-30"},
		{"2025-H2", chrono.GrainHalf, "2025-07-01", "2025-12-31"},
		{"2026-W02", chrono.GrainWeek, "2026-01-05", "2026-01-11"},
		{"2020-W53", chrono.GrainWeek, "2020-12-28", "2021-01-03"},
		{"2025-SU", chrono.GrainSeason, "2025-06-01", "2025-08-31"},
		{"2025-WI", chrono.GrainSeason, "2025-12-01", "2026-02-28"},
		{"2026", chrono.GrainYear, "2026-01-01", "2026-12-31"},
		{"199", chrono.GrainDecade, "1990-01-01", "1999-12-31"},
		{"19", chrono.GrainCentury, "1900-01-01", "1999-12-31"},
	}
	for _, tt := range tests {
		d, err := chrono.ParseValue(tt.value)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tt.value, err)
			continue
		}
		if d.Value != tt.value || d.Grain != tt.grain || chrono.ISO(d.Start) != tt.start || chrono.ISO(d.End) != tt.end {
			t.Errorf("ParseValue(%q) = %s %s %s..%s, want %s %s..%s", tt.value, d.Value, d.Grain, chrono.ISO(d.Start), chrono.ISO(d.End), tt.grain, tt.start, tt.end)
		}
	}
	for _, bad := range []string{"", "1", "2026-1-6", "2026-13", "2026-02-30", "2026-Q5", "2026-H3", "2026-W54", "2026-XX", "20x6", "2026-01-08T25:00", "2026-01-08T11:60", "PRESENT_REF", "P3D", "-797", "2026/01/06"} {
		if d, err := chrono.ParseValue(bad); err == nil {
			t.Errorf("ParseValue(%q) = %v, want an error", bad, d)
		}
	}
}

func TestISO(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Time{}, ""},
		{chrono.Day(2026, 1, 8), "2026-01-08"},
		{chrono.Day(1, 12, 31), "0001-12-31"},
		{chrono.Day(987, 6, 5), "0987-06-05"},
		{chrono.Day(9999, 10, 1), "9999-10-01"},
		{time.Date(2026, 3, 4, 23, 59, 0, 0, time.UTC), "2026-03-04"},
	}
	for _, tt := range tests {
		if got := chrono.ISO(tt.t); got != tt.want {
			t.Errorf("ISO(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}
