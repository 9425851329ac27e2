package timelinejs

import (
	"bytes"
	encsv "encoding/csv"
	stdjson "encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/golden"
	"github.com/chrono-news/chrono/reports/csv"
	"github.com/chrono-news/chrono/reports/internal/fixture"
)

// template is the header row of TimelineJS's Google Sheets template.
const template = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, fixture.Entries(), csv.Options{}); err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, "timeline.csv", buf.Bytes())
	recs, err := encsv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != template {
		t.Errorf("header:\ngot  %s\nwant %s", got, template)
	}
	for i, r := range recs {
		if len(r) != 18 {
			t.Errorf("row %d has %d fields, want 18", i+1, len(r))
		}
	}
	// Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Group
	tests := []struct {
		name string
		want []string
	}{
		{"quarter: months and a display date", []string{"2025", "7", "", "", "2025", "9", "", "", "Q3 2025", "Growth slowed", ""}},
		{"month: no day", []string{"2025", "12", "", "", "", "", "", "", "", "Dmitry Peskov said that it was “a subject for discussion”", "inferred reference"}},
		{"day", []string{"2026", "1", "6", "", "", "", "", "", "", "European leaders unveiled a detailed plan in Paris to bolster Kyiv", ""}},
		{"minute: the time", []string{"2026", "1", "8", "11:15", "", "", "", "", "", "The envoy left", ""}},
		{"range: end date; a headline like a formula is neutralised", []string{"2026", "1", "20", "", "2026", "1", "22", "", "20–22 January 2026", "'-Talks ran", ""}},
	}
	for i, tt := range tests {
		r := recs[i+1]
		got := append(r[:10:10], r[16])
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
		for _, k := range []int{11, 12, 13, 14, 15, 17} {
			if r[k] != "" {
				t.Errorf("%s: %s = %q, want empty", tt.name, header[k], r[k])
			}
		}
	}
	if text := recs[5][10]; !strings.HasPrefix(text, "<p>=HYPERLINK(&#34;http://evil.example&#34;") || strings.Contains(text, "<b>") || strings.Contains(text, "javascript:") {
		t.Errorf("hostile text not escaped: %q", text)
	}
}

func TestCSVExcelAndRaw(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, fixture.Entries(), csv.Options{Excel: true, Raw: true}); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.HasPrefix(s, "\ufeff"+template+"\r\n") || !strings.Contains(s, ",-Talks ran,") {
		t.Errorf("excel raw CSV: %.200q", s)
	}
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fixture.Entries()); err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, "timeline.json", buf.Bytes())
	// The shape TimelineJS3 reads.
	var doc struct {
		Events []struct {
			StartDate map[string]int    `json:"start_date"`
			EndDate   map[string]int    `json:"end_date"`
			Text      map[string]string `json:"text"`
			Group     string            `json:"group"`
			UniqueID  string            `json:"unique_id"`
		} `json:"events"`
	}
	if err := stdjson.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 5 {
		t.Fatalf("%d events, want 5", len(doc.Events))
	}
	month := doc.Events[1]
	if !reflect.DeepEqual(month.StartDate, map[string]int{"year": 2025, "month": 12}) || month.EndDate != nil {
		t.Errorf("month entry dates %v, %v: want year and month only, no end", month.StartDate, month.EndDate)
	}
	if ev := doc.Events[3]; !reflect.DeepEqual(ev.StartDate, map[string]int{"year": 2026, "month": 1, "day": 8, "hour": 11, "minute": 15}) {
		t.Errorf("minute entry start %v", ev.StartDate)
	}
	if ev := doc.Events[2]; ev.Text["headline"] == "" || !strings.Contains(ev.Text["text"], `<a href="https://caliber.example/news/1">`) || ev.UniqueID != "426078cdd0043af563a7" {
		t.Errorf("conflict entry %+v", ev)
	}
}

func TestDates(t *testing.T) {
	rng := func(a, b chrono.Date) chrono.Date {
		return chrono.Date{Value: a.Value + "/" + b.Value, Grain: a.Grain, Start: a.Start, End: b.End}
	}
	p := func(y, m, d int) *DateParts { return &DateParts{Year: y, Month: m, Day: d} }
	tests := []struct {
		d       chrono.Date
		start   DateParts
		end     *DateParts
		display string
	}{
		{chrono.DayDate(2026, 1, 6), *p(2026, 1, 6), nil, ""},
		{chrono.WeekDate(chrono.Day(2026, 1, 8)), *p(2026, 1, 5), p(2026, 1, 11), "week of 5 January 2026"},
		{chrono.MonthDate(2025, time.December), *p(2025, 12, 0), nil, ""},
		{chrono.SeasonDate(2025, 1), *p(2025, 6, 0), p(2025, 8, 0), "summer 2025"},
		{chrono.HalfDate(2025, 1), *p(2025, 1, 0), p(2025, 6, 0), "H1 2025"},
		{chrono.YearDate(2025), *p(2025, 0, 0), nil, ""},
		{chrono.DecadeDate(1990), *p(1990, 0, 0), p(1999, 0, 0), "the 1990s"},
		{rng(chrono.YearDate(2019), chrono.YearDate(2021)), *p(2019, 0, 0), p(2021, 0, 0), "2019 – 2021"},
	}
	for _, tt := range tests {
		start, end, display := dates(tt.d)
		if start != tt.start || !reflect.DeepEqual(end, tt.end) || display != tt.display {
			t.Errorf("dates(%s) = %+v, %+v, %q; want %+v, %+v, %q", tt.d.Value, start, end, display, tt.start, tt.end, tt.display)
		}
	}
}

func TestHeader(t *testing.T) {
	if got := strings.Join(Header(), ","); got != template {
		t.Errorf("Header() = %s", got)
	}
}
