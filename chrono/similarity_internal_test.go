package chrono

import (
	"testing"
	"time"
)

func TestCompatible(t *testing.T) {
	day := DayDate(2026, 3, 9)
	tests := []struct {
		name          string
		a, b          Date
		compat, clash bool
	}{
		{"same day", day, DayDate(2026, 3, 9), true, false},
		{"minute on the day", day, MinuteDate(2026, 3, 9, 11, 15), true, false},
		{"month holding the day", day, MonthDate(2026, 3), true, false},
		{"week holding the day", DayDate(2026, 1, 6), Date{Value: "2026-W02", Grain: GrainWeek, Start: Day(2026, 1, 5), End: Day(2026, 1, 11)}, true, false},
		{"other month", day, MonthDate(2026, 4), false, false},
		{"year is too vague", day, YearDate(2026), false, false},
		{"two days apart", day, DayDate(2026, 3, 11), false, true},
		{"a week apart", day, DayDate(2026, 3, 16), false, true},
		{"eight days apart", day, DayDate(2026, 3, 17), false, false},
		{"same month", MonthDate(2025, 12), MonthDate(2025, 12), true, false},
		{"months apart", MonthDate(2025, 12), MonthDate(2026, 1), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compatible(tt.a, tt.b); got != tt.compat {
				t.Errorf("compatible = %v, want %v", got, tt.compat)
			}
			if got := compatible(tt.b, tt.a); got != tt.compat {
				t.Errorf("compatible reversed = %v, want %v", got, tt.compat)
			}
			if got := conflicting(tt.a, tt.b, 7); got != tt.clash {
				t.Errorf("conflicting = %v, want %v", got, tt.clash)
			}
		})
	}
}

// Similarity: reports of one happening score above the merge threshold,
// different happenings below it, however many words of news they share.
func TestSimilarity(t *testing.T) {
	background := []string{
		"The central bank left interest rates unchanged on Thursday.",
		"Police said three people were arrested after the match.",
		"The company reported higher quarterly profit, beating forecasts.",
		"Lawmakers approved the budget after a long debate.",
	}
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"strike, reworded", "Dock workers at the port of Rotterdam walked off the job on Monday as the FNV union demanded higher wages.",
			"Thousands of port workers in Rotterdam went on strike today over pay, the FNV union said.", true},
		{"meeting, demonyms", "Energy ministers of the European Union agreed in Brussels on March 3 to cap gas prices.",
			"EU energy ministers meeting in Brussels agreed on March 4 to cap winter gas prices, diplomats said.", true},
		{"numbers agree", "The company agreed to buy Acme for $4.5 billion on Monday.",
			"Acme accepted a $4.5 billion takeover offer on Monday, the company said.", true},
		{"strike and quake", "Dock workers at the port of Rotterdam walked off the job on Monday.",
			"A magnitude 5.1 earthquake struck northern Chile on Monday, officials said.", false},
		{"same words, other story", "Officials said on Monday that the government would announce new measures.",
			"The government said on Monday officials had met to discuss the budget.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows []Row
			for i, s := range append([]string{tt.a, tt.b}, background...) {
				rows = append(rows, Row{Event: Event{DocumentID: int64(i + 1), Sentence: s}})
			}
			v, _, _ := eventVectors(rows)
			got := cosine(v[0], v[1])
			if same := got >= DefaultEntryOptions.Merge; same != tt.same {
				t.Errorf("similarity %.3f: same happening %v, want %v", got, same, tt.same)
			}
		})
	}
}

func TestDayScore(t *testing.T) {
	pub := &Document{ID: 1, Published: DayDate(2026, 1, 8)}
	other := &Document{ID: 2, Published: DayDate(2026, 1, 9)}
	row := func(doc *Document, d Date, res Resolution) Row {
		return Row{Event: Event{DocumentID: doc.ID, Mention: Mention{Date: d, Resolution: res}}, Source: doc}
	}
	entries := []Entry{
		// "today" in its own article: counts a quarter.
		{Date: DayDate(2026, 1, 8), Mentions: []Row{row(pub, DayDate(2026, 1, 8), RelativeToPublication)}},
		// one explicit date
		{Date: DayDate(2026, 1, 6), Mentions: []Row{row(pub, DayDate(2026, 1, 6), Explicit)}},
		// two sources, one of them twice
		{Date: DayDate(2026, 1, 5), Mentions: []Row{row(pub, DayDate(2026, 1, 5), YearInferred), row(pub, DayDate(2026, 1, 5), Explicit), row(other, DayDate(2026, 1, 5), RelativeToPublication)}},
	}
	got := DayScore(entries)
	want := map[time.Time]float64{Day(2026, 1, 8): 0.15, Day(2026, 1, 6): 0.9, Day(2026, 1, 5): 1.5}
	for d, w := range want {
		if g := got[d]; g < w-1e-9 || g > w+1e-9 {
			t.Errorf("%s: score %.3f, want %.3f", ISO(d), g, w)
		}
	}
}
