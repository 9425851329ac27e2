package csv

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

const head = "date,start,end,granularity,resolution,event,source,published,path,expression,inferred,ambiguous,stated,published_origin\n"

type flag int

const (
	inferred flag = iota + 1
	ambiguous
)

func row(d chrono.Date, res chrono.Resolution, sentence, expr string, src *chrono.Document, flags ...flag) chrono.Row {
	m := chrono.Mention{Text: expr, Type: chrono.TypeDate, Date: d, Resolution: res}
	for _, f := range flags {
		m.Inferred = m.Inferred || f == inferred
		m.Ambiguous = m.Ambiguous || f == ambiguous
	}
	return chrono.Row{Event: chrono.Event{Sentence: sentence, Mention: m}, Source: src}
}

var (
	dated = &chrono.Document{
		Title:           "US declines security guarantees",
		Path:            "seeds/caliber.txt",
		Published:       chrono.DayDate(2026, time.January, 8),
		PublishedOrigin: chrono.OriginMetadata,
	}
	undated = &chrono.Document{Title: "Witkoff dodges commitment", Path: "seeds/intl.txt"}
)

func TestWrite(t *testing.T) {
	tests := []struct {
		name string
		rows []chrono.Row
		want string
	}{
		{"empty", nil, head},
		{
			"day",
			[]chrono.Row{row(chrono.DayDate(2026, time.January, 6), chrono.Explicit,
				"Talks opened on January 6, 2026.", "January 6, 2026", dated)},
			head + "2026-01-06,2026-01-06,2026-01-06,day,explicit,\"Talks opened on January 6, 2026.\",US declines security guarantees,2026-01-08,seeds/caliber.txt,\"January 6, 2026\",,,,metadata\n",
		},
		{
			"month relative to reference",
			[]chrono.Row{row(chrono.MonthDate(2025, time.December), chrono.RelativeToReference,
				"Last month the plan stalled.", "Last month", undated, inferred)},
			head + "2025-12,2025-12-01,2025-12-31,month,relative-to-reference,Last month the plan stalled.,Witkoff dodges commitment,,seeds/intl.txt,Last month,yes,,,\n",
		},
		{
			"year inferred, quotes, comma, newline and spaces",
			[]chrono.Row{row(chrono.DayDate(2026, time.January, 3), chrono.YearInferred,
				"  He said \"no deal\",\n  then   left on 3 January. ", "3 January", dated, ambiguous)},
			head + "2026-01-03,2026-01-03,2026-01-03,day,year-inferred,\"He said \"\"no deal\"\", then left on 3 January.\",US declines security guarantees,2026-01-08,seeds/caliber.txt,3 January,,yes,,metadata\n",
		},
		{
			"non-ASCII",
			[]chrono.Row{row(chrono.YearDate(2025), chrono.Explicit,
				"Zelensky met Erdoğan in Kyiv in 2025.", "2025", &chrono.Document{Title: "Київ", Path: "kyiv.txt"})},
			head + "2025,2025-01-01,2025-12-31,year,explicit,Zelensky met Erdoğan in Kyiv in 2025.,Київ,,kyiv.txt,2025,,,,\n",
		},
		{
			"nil source",
			[]chrono.Row{row(chrono.QuarterDate(2025, 3), chrono.Explicit, "Q3 was quiet.", "Q3", nil)},
			head + "2025-Q3,2025-07-01,2025-09-30,quarter,explicit,Q3 was quiet.,,,,Q3,,,,\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.rows); err != nil {
				t.Fatalf("Write: %v", err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("Write:\ngot  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestWriteOrderAndDeterminism(t *testing.T) {
	rows := []chrono.Row{
		row(chrono.DayDate(2026, time.January, 6), chrono.Explicit, "B.", "b", dated),
		row(chrono.MonthDate(2025, time.December), chrono.RelativeToPublication, "A.", "a", dated),
	}
	var a, b bytes.Buffer
	if err := Write(&a, rows); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, rows); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two writes differ:\n%q\n%q", a.String(), b.String())
	}
	lines := strings.Split(strings.TrimSuffix(a.String(), "\n"), "\n")
	if got, want := len(lines), 3; got != want {
		t.Fatalf("got %d lines, want %d", got, want)
	}
	if !strings.HasPrefix(lines[1], "2026-01-06,") || !strings.HasPrefix(lines[2], "2025-12,") {
		t.Errorf("rows not in the order given: %q", lines[1:])
	}
}

func TestHeaderIsACopy(t *testing.T) {
	h := Header()
	h[0] = "changed"
	if got := Header()[0]; got != "date" {
		t.Errorf("Header()[0] = %q after caller change, want %q", got, "date")
	}
	if got, want := strings.Join(Header(), ",")+"\n", head; got != want {
		t.Errorf("Header = %q, want %q", got, want)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFail }

var errFail = errors.New("disk full")

func TestWriteError(t *testing.T) {
	err := Write(failWriter{}, nil)
	if !errors.Is(err, errFail) || !strings.HasPrefix(err.Error(), "csv: ") {
		t.Fatalf("Write to failing writer: err = %v, want csv: ... wrapping %v", err, errFail)
	}
}

func TestOptions(t *testing.T) {
	hostile := []chrono.Row{row(chrono.DayDate(2026, time.January, 6), chrono.Explicit,
		"=HYPERLINK(\"http://evil.example\",\"Click\")", "-1+1", &chrono.Document{Title: "@SUM(A1)", Path: "+x.txt"})}
	line := "2026-01-06,2026-01-06,2026-01-06,day,explicit,"
	tests := []struct {
		name string
		opt  Options
		want string
	}{
		{"neutralised", Options{},
			head + line + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'@SUM(A1),,'+x.txt,'-1+1,,,,\n"},
		{"raw", Options{Raw: true},
			head + line + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",@SUM(A1),,+x.txt,-1+1,,,,\n"},
		{"excel: BOM and CRLF", Options{Excel: true},
			"\ufeff" + strings.ReplaceAll(head, "\n", "\r\n") + line + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'@SUM(A1),,'+x.txt,'-1+1,,,,\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.opt.Write(&buf, hostile); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("Write:\ngot  %q\nwant %q", got, tt.want)
			}
		})
	}
	// WriteTable neutralises a copy: the caller's records stay as given.
	recs := [][]string{{"=1+1", "ok"}}
	var buf bytes.Buffer
	if err := (Options{}).WriteTable(&buf, []string{"a", "b"}, recs); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "a,b\n'=1+1,ok\n"; got != want {
		t.Errorf("WriteTable = %q, want %q", got, want)
	}
	if recs[0][0] != "=1+1" {
		t.Errorf("WriteTable changed its input: %q", recs[0][0])
	}
}

func TestWriteEntries(t *testing.T) {
	e := chrono.Entry{Key: "426078cdd0043af563a7", Date: chrono.DayDate(2026, time.January, 6), Resolution: chrono.YearInferred,
		Confidence: 0.5175, Sources: 2, Conflict: true, Text: "Leaders met\n in Paris.", Headline: "Leaders met",
		Dates:  []chrono.DateSupport{{Date: chrono.DayDate(2026, time.January, 6), Documents: []int64{1}}, {Date: chrono.DayDate(2026, time.January, 8), Documents: []int64{2}}},
		Actors: []chrono.Actor{{Name: "Paris", Kind: chrono.Place}}, Note: "-checked",
		Mentions: []chrono.Row{
			row(chrono.DayDate(2026, time.January, 6), chrono.YearInferred, "Leaders met in Paris on January 6.", "January 6",
				&chrono.Document{ID: 1, Title: "Paris talks", Path: "a.txt", Site: "Caliber", URL: "https://caliber.example/1"}),
			row(chrono.DayDate(2026, time.January, 8), chrono.RelativeToPublication, "Leaders met today.", "today",
				&chrono.Document{ID: 2, Title: "Kyiv plan", Path: "b.txt", Published: chrono.DayDate(2026, time.January, 8)}),
		}}
	e.Mentions[1].DocumentID = 2
	var buf bytes.Buffer
	if err := WriteEntries(&buf, []chrono.Entry{e}); err != nil {
		t.Fatal(err)
	}
	want := strings.Join(EntryHeader(), ",") + "\n" +
		"2026-01-06,2026-01-06,2026-01-06,day,year-inferred,Leaders met in Paris.,Paris talks; Kyiv plan,undated; 2026-01-08,a.txt; b.txt,January 6; today,,,,," +
		"426078cdd0043af563a7,Leaders met,2,2,yes,2026-01-06 (1 source); 2026-01-08 (1 source),0.52,Paris (place),,,'-checked,Caliber,https://caliber.example/1\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteEntries:\ngot  %q\nwant %q", got, want)
	}
	if got := EntryHeader()[len(EntryHeader())-2:]; got[0] != "sites" || got[1] != "urls" {
		t.Errorf("last columns %q, want sites, urls", got)
	}
}
