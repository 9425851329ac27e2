package timelinejs

import (
	"bufio"
	stdjson "encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/reports/csv"
)

// header is the TimelineJS spreadsheet template's header, exactly.
var header = []string{
	"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
	"Media Thumbnail", "Type", "Group", "Background",
}

// Header returns the columns of the CSV, as TimelineJS's template has them.
func Header() []string { return append([]string(nil), header...) }

// DateParts is a TimelineJS date: the fields its precision gives, the
// others zero (and left out).
type DateParts struct {
	Year   int `json:"year"`
	Month  int `json:"month,omitempty"`
	Day    int `json:"day,omitempty"`
	Hour   int `json:"hour,omitempty"`
	Minute int `json:"minute,omitempty"`
	timed  bool
}

// Text is a slide's headline and text, both HTML.
type Text struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// Event is one slide of a TimelineJS3 timeline.
type Event struct {
	StartDate   DateParts  `json:"start_date"`
	EndDate     *DateParts `json:"end_date,omitempty"`
	DisplayDate string     `json:"display_date,omitempty"`
	Text        Text       `json:"text"`
	Group       string     `json:"group,omitempty"`
	UniqueID    string     `json:"unique_id"`
}

// Timeline is a TimelineJS3 JSON document.
type Timeline struct {
	Events []Event `json:"events"`
}

// Events converts entries to TimelineJS events, in the order given.
func Events(entries []chrono.Entry) []Event {
	out := make([]Event, len(entries))
	for i := range entries {
		out[i] = event(&entries[i])
	}
	return out
}

func event(e *chrono.Entry) Event {
	start, end, display := dates(e.Date)
	headline := e.Headline
	if headline == "" {
		headline = shorten(oneLine(e.Text), 80)
	}
	// TimelineJS shows headlines as HTML too.
	return Event{StartDate: start, EndDate: end, DisplayDate: html.EscapeString(display),
		Text:  Text{Headline: html.EscapeString(headline), Text: slide(e)},
		Group: e.ReviewReason(), UniqueID: e.Key}
}

// dates splits a date into TimelineJS start and end dates at its
// precision, with a display date where TimelineJS cannot say it.
func dates(d chrono.Date) (start DateParts, end *DateParts, display string) {
	s, t := d.Start, d.End
	start = DateParts{Year: s.Year()}
	switch d.Grain {
	case chrono.GrainMinute:
		start.Month, start.Day = int(s.Month()), s.Day()
		if i := strings.IndexByte(d.Value, 'T'); i > 0 {
			if hh, mm, ok := clock(d.Value[i+1:]); ok {
				start.Hour, start.Minute, start.timed = hh, mm, true
			}
		}
	case chrono.GrainDay, chrono.GrainWeek:
		start.Month, start.Day = int(s.Month()), s.Day()
	case chrono.GrainMonth, chrono.GrainQuarter, chrono.GrainSeason, chrono.GrainHalf:
		start.Month = int(s.Month())
	}
	// One unit of the grain from the start: no end date needed.
	var unitEnd = s
	switch d.Grain {
	case chrono.GrainMonth:
		unitEnd = s.AddDate(0, 1, -1)
	case chrono.GrainYear:
		unitEnd = s.AddDate(1, 0, -1)
	}
	if !t.Equal(unitEnd) || strings.Contains(d.Value, "/") {
		e := DateParts{Year: t.Year()}
		switch {
		case start.Day != 0:
			e.Month, e.Day = int(t.Month()), t.Day()
		case start.Month != 0:
			e.Month = int(t.Month())
		}
		end = &e
	}
	switch d.Grain {
	case chrono.GrainDay, chrono.GrainMinute, chrono.GrainMonth, chrono.GrainYear:
		if strings.Contains(d.Value, "/") {
			display = d.Display()
		}
	default:
		display = d.Display()
	}
	return start, end, display
}

// clock reads "11:15" (and ignores seconds).
func clock(s string) (hh, mm int, ok bool) {
	if len(s) < 5 || s[2] != ':' {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:5])
	return h, m, err1 == nil && err2 == nil
}

// slide is the event's HTML text: the sentence, what to check, the
// analyst's note and the sources, every piece of article text escaped.
func slide(e *chrono.Entry) string {
	var b strings.Builder
	b.WriteString("<p>" + html.EscapeString(oneLine(e.Text)) + "</p>")
	if checks := e.Checks(); len(checks) > 0 {
		b.WriteString("<p><em>Check:</em> " + html.EscapeString(strings.Join(checks, "; ")) + "</p>")
	}
	if e.Note != "" {
		b.WriteString("<p><em>Note:</em> " + html.EscapeString(oneLine(e.Note)) + "</p>")
	}
	var srcs []string
	for _, d := range e.Documents() {
		title := html.EscapeString(oneLine(d.Title))
		if linkable(d.URL) {
			title = `<a href="` + html.EscapeString(d.URL) + `">` + title + "</a>"
		}
		if d.Site != "" {
			title += " (" + html.EscapeString(d.Site) + ")"
		}
		srcs = append(srcs, title)
	}
	if len(srcs) > 0 {
		b.WriteString("<p><em>Sources:</em> " + strings.Join(srcs, "; ") + "</p>")
	}
	return b.String()
}

func linkable(url string) bool {
	lower := strings.ToLower(url)
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
}

// WriteJSON writes entries as a TimelineJS3 JSON document.
func WriteJSON(w io.Writer, entries []chrono.Entry) error {
	bw := bufio.NewWriter(w)
	enc := stdjson.NewEncoder(bw)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // the text is HTML for TimelineJS, escaped where it came from articles
	if err := enc.Encode(Timeline{Events: Events(entries)}); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	return nil
}

// WriteCSV writes entries as rows of the TimelineJS spreadsheet template,
// with o's line ends and neutralising.
func WriteCSV(w io.Writer, entries []chrono.Entry, o csv.Options) error {
	records := make([][]string, len(entries))
	for i := range entries {
		records[i] = Record(event(&entries[i]))
	}
	if err := o.WriteTable(w, header, records); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	return nil
}

// Record returns the template's fields for an event, in Header order.
func Record(ev Event) []string {
	rec := make([]string, len(header))
	rec[0], rec[1], rec[2], rec[3] = parts(ev.StartDate)
	if ev.EndDate != nil {
		rec[4], rec[5], rec[6], rec[7] = parts(*ev.EndDate)
	}
	rec[8], rec[9], rec[10], rec[16] = ev.DisplayDate, ev.Text.Headline, ev.Text.Text, ev.Group
	return rec
}

// parts writes a date's Year, Month, Day and Time, empty where the date
// is less precise.
func parts(d DateParts) (year, month, day, tm string) {
	year = strconv.Itoa(d.Year)
	if d.Month != 0 {
		month = strconv.Itoa(d.Month)
	}
	if d.Day != 0 {
		day = strconv.Itoa(d.Day)
	}
	if d.timed {
		tm = fmt.Sprintf("%02d:%02d", d.Hour, d.Minute)
	}
	return
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// shorten cuts s to at most n characters at a word boundary, marking the cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
