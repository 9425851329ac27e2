package chrono_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/sqlite"
)

// fakePages is a PageReader that reads "TITLE|DATE|TEXT".
type fakePages struct{}

func (fakePages) ReadPage(raw []byte, _ string) (chrono.Page, error) {
	f := strings.SplitN(string(raw), "|", 3)
	d, _ := chrono.ParseValue(f[1])
	return chrono.Page{Text: f[2], Meta: chrono.Meta{Title: f[0], Published: d, Site: "Fake", URL: "https://fake.example/" + f[0]}}, nil
}

func TestReadInputPrecedence(t *testing.T) {
	r := chrono.NewRecognizer("")
	flag := chrono.DayDate(2026, 2, 2)
	record := func(published, text string) chrono.Input {
		return chrono.Input{Path: "feed-2026-03-03.jsonl#x", Record: &chrono.Record{ID: "x", Title: "T", Published: published, Text: text}}
	}
	tests := []struct {
		name      string
		in        chrono.Input
		published chrono.Date
		want      string
		origin    chrono.Origin
		dateline  bool
		title     string
	}{
		{"flag beats metadata", record("2026-01-08", "January 9, 2026\nBody."), flag, "2026-02-02", chrono.OriginFlag, true, "T"},
		{"metadata beats dateline", record("2026-01-08", "January 9, 2026\nBody."), chrono.Date{}, "2026-01-08", chrono.OriginMetadata, true, "T"},
		{"RFC 3339 with a time", record("2026-01-08T11:15:00-05:00", "Body."), chrono.Date{}, "2026-01-08T11:15", chrono.OriginMetadata, false, "T"},
		{"words", record("Thursday, January 8, 2026", "Body."), chrono.Date{}, "2026-01-08", chrono.OriginMetadata, false, "T"},
		// The record has a title, so its text's first line may be the dateline.
		{"dateline beats file name", record("", "January 9, 2026\nBody."), chrono.Date{}, "2026-01-09", chrono.OriginDateline, true, "T"},
		{"file name of the feed", record("", "Body."), chrono.Date{}, "2026-03-03", chrono.OriginFilename, false, "T"},
		{"page metadata", chrono.Input{Path: "p.html", Data: []byte("Page|2025-11-03|The talks that began on 8 January 2026 were adjourned by the mediator.")}, chrono.Date{}, "2025-11-03", chrono.OriginMetadata, false, "Page"},
		{"page dateline", chrono.Input{Path: "p.html", Data: []byte("Page||January 9, 2026\nText.")}, chrono.Date{}, "2026-01-09", chrono.OriginDateline, true, "Page"},
		{"text dateline after the title", chrono.Input{Path: "2026-03-03.txt", Data: []byte("Title\nJanuary 9, 2026\nText.")}, chrono.Date{}, "2026-01-09", chrono.OriginDateline, true, "Title"},
		{"markdown title", chrono.Input{Path: "2026-03-03-a.md", Data: []byte("# The title\n\nText.")}, chrono.Date{}, "2026-03-03", chrono.OriginFilename, false, "The title"},
		{"none", chrono.Input{Path: "a.txt", Data: []byte("Title\nText.")}, chrono.Date{}, "", chrono.OriginNone, false, "Title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := chrono.ReadInput(tt.in, tt.published, r, fakePages{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Published.Value != tt.want || doc.PublishedOrigin != tt.origin || (doc.Dateline != nil) != tt.dateline || doc.Title != tt.title {
				t.Errorf("got %q from %s, dateline %v, title %q; want %q from %s, dateline %v, title %q",
					doc.Published.Value, doc.PublishedOrigin, doc.Dateline != nil, doc.Title, tt.want, tt.origin, tt.dateline, tt.title)
			}
		})
	}

	bad := record("next Tuesday-ish", "Body.")
	if _, err := chrono.ReadInput(bad, chrono.Date{}, r, nil); err == nil || !strings.Contains(err.Error(), `published: "next Tuesday-ish" is not a date`) {
		t.Errorf("bad published field: %v", err)
	}
	if _, err := chrono.ReadInput(chrono.Input{Path: "p.html", Data: []byte("<p>x</p>")}, chrono.Date{}, r, nil); err == nil {
		t.Error("HTML without a page reader was read")
	}
}

// ingestDir is one ingest of dir into db, as the CLI runs it; it returns
// "status path" lines (paths relative to dir), sorted.
func ingestDir(t *testing.T, in *chrono.Ingester, dir string, prune bool) []string {
	t.Helper()
	ctx := context.Background()
	col := (&chrono.Collector{}).Collect([]string{dir}, nil)
	results := in.Ingest(ctx, col.Inputs)
	if prune {
		pruned, err := in.Prune(ctx, col)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, pruned...)
	}
	var out []string
	for _, r := range results {
		rel := func(p string) string { return strings.TrimPrefix(filepath.ToSlash(strings.TrimPrefix(p, dir)), "/") }
		line := string(r.Status) + " " + rel(r.Path)
		if r.Other != "" {
			line += " (" + rel(r.Other) + ")"
		}
		if r.Err != nil {
			line += ": " + r.Err.Error()
		}
		out = append(out, line)
	}
	sort.Strings(out)
	return out
}

func TestIngestIncremental(t *testing.T) {
	dir := t.TempDir()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "chrono.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	in := newIngester(t, db)
	in.BatchSize = 2 // several transactions even here

	writeFiles(t, dir, map[string]string{
		"a.txt":      "A\nJanuary 8, 2026\nTalks began yesterday.",
		"b.txt":      "B\nJanuary 8, 2026\nThe vote is tomorrow.",
		"c.txt":      "C\nJanuary 8, 2026\nIt rained last week.",
		"feed.jsonl": `{"id": "1", "published": "2026-01-08", "text": "Sold yesterday."}` + "\n" + `{"id": "2", "published": "2026-01-08", "text": "Bought today."}` + "\n",
	})
	steps := []struct {
		name   string
		change func()
		flag   string // --published
		prune  bool
		want   []string
	}{
		{"first", nil, "", false, []string{"added a.txt", "added b.txt", "added c.txt", "added feed.jsonl#1", "added feed.jsonl#2"}},
		{"again", nil, "", false, []string{"unchanged a.txt", "unchanged b.txt", "unchanged c.txt", "unchanged feed.jsonl#1", "unchanged feed.jsonl#2"}},
		{"one changed", func() {
			writeFiles(t, dir, map[string]string{"a.txt": "A\nJanuary 8, 2026\nTalks began yesterday and end tomorrow."})
		}, "", false, []string{"replaced a.txt", "unchanged b.txt", "unchanged c.txt", "unchanged feed.jsonl#1", "unchanged feed.jsonl#2"}},
		// Unchanged bytes, other settings: analysed again.
		{"--published", nil, "2026-02-01", false, []string{"replaced a.txt", "replaced b.txt", "replaced c.txt", "replaced feed.jsonl#1", "replaced feed.jsonl#2"}},
		{"--published again", nil, "2026-02-01", false, []string{"unchanged a.txt", "unchanged b.txt", "unchanged c.txt", "unchanged feed.jsonl#1", "unchanged feed.jsonl#2"}},
		{"without --published", nil, "", false, []string{"replaced a.txt", "replaced b.txt", "replaced c.txt", "replaced feed.jsonl#1", "replaced feed.jsonl#2"}},
		{"moved and copied", func() {
			if err := os.Rename(filepath.Join(dir, "b.txt"), filepath.Join(dir, "sub-b.txt")); err != nil {
				t.Fatal(err)
			}
			writeFiles(t, dir, map[string]string{"copy-of-c.txt": "C\nJanuary 8, 2026\nIt rained last week."})
		}, "", false, []string{"duplicate copy-of-c.txt (c.txt)", "moved sub-b.txt (b.txt)", "unchanged a.txt", "unchanged c.txt", "unchanged feed.jsonl#1", "unchanged feed.jsonl#2"}},
		{"deleted, no prune", func() {
			os.Remove(filepath.Join(dir, "a.txt"))
			writeFiles(t, dir, map[string]string{"feed.jsonl": `{"id": "2", "published": "2026-01-08", "text": "Bought today."}` + "\n"})
		}, "", false, []string{"duplicate copy-of-c.txt (c.txt)", "unchanged c.txt", "unchanged feed.jsonl#2", "unchanged sub-b.txt"}},
		{"prune", nil, "", true, []string{"duplicate copy-of-c.txt (c.txt)", "pruned a.txt", "pruned feed.jsonl#1", "unchanged c.txt", "unchanged feed.jsonl#2", "unchanged sub-b.txt"}},
		{"prune again", nil, "", true, []string{"duplicate copy-of-c.txt (c.txt)", "unchanged c.txt", "unchanged feed.jsonl#2", "unchanged sub-b.txt"}},
		// A feed with a bad line is not read whole: its missing records stay.
		{"bad feed line", func() {
			writeFiles(t, dir, map[string]string{"feed.jsonl": "{oops\n"})
		}, "", true, []string{"duplicate copy-of-c.txt (c.txt)", "unchanged c.txt", "unchanged sub-b.txt"}},
	}
	ids := map[string]int64{}
	for _, st := range steps {
		if st.change != nil {
			st.change()
		}
		in.Published = chrono.Date{}
		if st.flag != "" {
			in.Published, _ = chrono.ParseValue(st.flag)
		}
		got := ingestDir(t, in, dir, st.prune)
		if strings.Join(got, "\n") != strings.Join(st.want, "\n") {
			t.Fatalf("%s:\n got %q\nwant %q", st.name, got, st.want)
		}
		docs, err := db.Documents(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			ids[d.Path] = d.ID
		}
	}
	if ids[filepath.Join(dir, "sub-b.txt")] != ids[filepath.Join(dir, "b.txt")] {
		t.Errorf("the moved document changed its ID: %v", ids)
	}
	docs, _ := db.Documents(context.Background())
	var paths []string
	for _, d := range docs {
		paths = append(paths, strings.TrimPrefix(filepath.ToSlash(strings.TrimPrefix(d.Path, dir)), "/"))
	}
	if want := "c.txt feed.jsonl#2 sub-b.txt"; strings.Join(paths, " ") != want {
		t.Errorf("stored: %s, want %s", strings.Join(paths, " "), want)
	}
	rows, err := db.Timeline(context.Background(), chrono.Filter{Source: "feed.jsonl#2"})
	if err != nil || len(rows) != 1 || rows[0].Source.PublishedOrigin != chrono.OriginMetadata {
		t.Errorf("feed record events: %d rows, %v", len(rows), err)
	}
}

// TestIngestParallel checks that many workers and small batches give the
// results in input order, and that a document the store refuses costs
// only itself.
func TestIngestParallel(t *testing.T) {
	s := newMemStore()
	in := newIngester(t, s)
	in.Workers, in.BatchSize = 4, 3
	var inputs []chrono.Input
	for i := range 50 {
		text := fmt.Sprintf("Title %d\nJanuary %d, 2026\nThe talks began yesterday.", i, i%28+1)
		if i%7 == 0 {
			text = fmt.Sprintf("Undated %d\nIt rained yesterday.", i)
		}
		inputs = append(inputs, chrono.Input{Path: fmt.Sprintf("%02d.txt", i), Data: []byte(text)})
	}
	inputs[10].Data = nil
	s.fail = "20.txt"
	var progress []int
	in.Progress = func(done, total int) {
		if total != len(inputs) {
			t.Errorf("progress total %d, want %d", total, len(inputs))
		}
		progress = append(progress, done)
	}
	results := in.Ingest(context.Background(), inputs)
	for i, r := range results {
		want := chrono.Added
		if i == 10 || i == 20 {
			want = chrono.Failed
		}
		if r.Path != inputs[i].Path || r.Status != want {
			t.Errorf("result %d: %s %s %v, want %s %s", i, r.Path, r.Status, r.Err, inputs[i].Path, want)
		}
	}
	if len(progress) != len(inputs) || progress[len(progress)-1] != len(inputs) {
		t.Errorf("progress calls %v, want 1..%d", progress, len(inputs))
	}
	// The undated resolve against the median of the dated, whichever
	// worker read them first.
	var days []int
	for i := range inputs {
		if i%7 != 0 && i != 10 {
			days = append(days, i%28+1)
		}
	}
	sort.Ints(days)
	want := fmt.Sprintf("2026-01-%02d", days[(len(days)-1)/2])
	if d := s.docs["07.txt"]; chrono.ISO(d.Reference) != want {
		t.Errorf("undated reference %s (%s), want %s", chrono.ISO(d.Reference), d.RefOrigin, want)
	}
}

// TestSampleTxt reads the 200 Reuters articles saved as plain files beside
// the project (research-only data, read in place): each takes its
// publication date from its date line, the day the feed's dct gives.
func TestSampleTxt(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "sample-txt")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("sample corpus not available: %v", err)
	}
	dct := map[string]string{}
	if f, err := os.Open(reutersPath); err == nil {
		defer f.Close()
		fields := chrono.DefaultFields()
		fields.Set("published=dct")
		col := (&chrono.Collector{Fields: fields}).Collect([]string{reutersPath}, nil)
		for _, in := range col.Inputs {
			dct[in.Record.ID] = in.Record.Published
		}
	}
	col := (&chrono.Collector{}).Collect([]string{dir}, nil)
	if len(col.Errs) > 0 || len(col.Inputs) != 200 {
		t.Fatalf("%d articles, errors %v; want 200", len(col.Inputs), col.Errs)
	}
	r := chrono.NewRecognizer("")
	fromDateline, matchesFeed := 0, 0
	for _, in := range col.Inputs {
		doc, err := chrono.ReadInput(in, chrono.Date{}, r, nil)
		if err != nil {
			t.Errorf("%s: %v", in.Path, err)
			continue
		}
		if doc.PublishedOrigin == chrono.OriginDateline {
			fromDateline++
		} else {
			t.Errorf("%s: published %q from %s, want the date line", in.Path, doc.Published.Value, doc.PublishedOrigin)
		}
		id := strings.TrimSuffix(filepath.Base(in.Path), ".txt")
		if want, ok := dct[id]; ok {
			if chrono.ISO(doc.Published.Start) == want {
				matchesFeed++
			} else {
				t.Errorf("%s: published %s, the feed says %s", in.Path, doc.Published.Value, want)
			}
		}
	}
	t.Logf("%d of %d dated by their date line; %d checked against the feed's dct", fromDateline, len(col.Inputs), matchesFeed)
}
