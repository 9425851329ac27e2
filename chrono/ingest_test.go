package chrono_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// memStore is an in-memory chrono.Store for ingest tests.
type memStore struct {
	docs   map[string]*chrono.Document
	events map[string][]chrono.Event
	fail   string // path whose save fails
}

func newMemStore() *memStore {
	return &memStore{docs: map[string]*chrono.Document{}, events: map[string][]chrono.Event{}}
}

func (m *memStore) DocumentHash(_ context.Context, path string) (string, bool, error) {
	d, ok := m.docs[path]
	if !ok {
		return "", false, nil
	}
	return d.Hash, true, nil
}

func (m *memStore) SaveDocument(ctx context.Context, doc *chrono.Document, ms []chrono.Mention, events []chrono.Event) error {
	return m.SaveDocuments(ctx, []chrono.Analysis{{Doc: doc, Mentions: ms, Events: events}})
}

func (m *memStore) SaveDocuments(_ context.Context, batch []chrono.Analysis) error {
	for _, a := range batch {
		if a.Doc.Path == m.fail {
			return errors.New("disk full")
		}
	}
	for _, a := range batch {
		if a.Was != "" {
			delete(m.docs, a.Was)
			delete(m.events, a.Was)
		}
		m.docs[a.Doc.Path], m.events[a.Doc.Path] = a.Doc, a.Events
	}
	return nil
}

func (m *memStore) DeleteDocuments(_ context.Context, paths []string) error {
	for _, p := range paths {
		delete(m.docs, p)
		delete(m.events, p)
	}
	return nil
}

func (m *memStore) Timeline(context.Context, chrono.Filter) ([]chrono.Row, error) { return nil, nil }

func (m *memStore) Documents(context.Context) ([]*chrono.Document, error) {
	var docs []*chrono.Document
	for _, d := range m.docs {
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
	return docs, nil
}
func (m *memStore) SaveEntries(context.Context, []chrono.Entry) error              { return nil }
func (m *memStore) Entries(context.Context) ([]chrono.Entry, error)                { return nil, nil }
func (m *memStore) Corrections(context.Context) ([]chrono.Correction, error)       { return nil, nil }
func (m *memStore) AddCorrection(context.Context, chrono.Correction) (bool, error) { return false, nil }

func newIngester(t *testing.T, s chrono.Store) *chrono.Ingester {
	t.Helper()
	sp, err := chrono.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	return &chrono.Ingester{Store: s, Recognizer: chrono.NewRecognizer(""), Splitter: sp,
		Now: func() time.Time { return time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC) }}
}

func seedInputs(t testing.TB) []chrono.Input {
	t.Helper()
	var in []chrono.Input
	for _, n := range []string{"caliber-us-declines-security-guarantees.txt", "intl-affairs-witkoff-dodges-commitment.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "seeds", n))
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, chrono.Input{Path: n, Data: b})
	}
	return in
}

// The seed articles are the acceptance test of the whole analysis.
func TestIngestSeeds(t *testing.T) {
	s := newMemStore()
	results := newIngester(t, s).Ingest(context.Background(), seedInputs(t))
	for _, r := range results {
		if r.Status != chrono.Added || r.Err != nil {
			t.Fatalf("%s: %s %v", r.Path, r.Status, r.Err)
		}
	}
	caliber := s.docs["caliber-us-declines-security-guarantees.txt"]
	intl := s.docs["intl-affairs-witkoff-dodges-commitment.txt"]
	if intl.Published.Value != "2026-01-08T11:15" || intl.PublishedOrigin != chrono.OriginDateline {
		t.Errorf("second seed published %q from %s, want 2026-01-08T11:15 from dateline", intl.Published.Value, intl.PublishedOrigin)
	}
	if !caliber.Published.IsZero() || chrono.ISO(caliber.Reference) != "2026-01-08" || caliber.Byline != "Aghakazim Guliyev" {
		t.Errorf("first seed: published %q, reference %s, byline %q; want none, 2026-01-08 (the other article), Aghakazim Guliyev",
			caliber.Published.Value, chrono.ISO(caliber.Reference), caliber.Byline)
	}

	type ev struct {
		doc, value string
		grain      chrono.Grain
		res        chrono.Resolution
		inferred   bool
		contains   string
	}
	want := []ev{
		{"caliber-us-declines-security-guarantees.txt", "2026-01-06", chrono.GrainDay, chrono.YearInferred, true, "unveiled a detailed plan in Paris on January 6"},
		{"intl-affairs-witkoff-dodges-commitment.txt", "2026-01-08", chrono.GrainDay, chrono.RelativeToPublication, false, "announced today that they signed"},
		{"intl-affairs-witkoff-dodges-commitment.txt", "2026-01-08", chrono.GrainDay, chrono.RelativeToPublication, false, "Going into today’s meeting"},
		{"intl-affairs-witkoff-dodges-commitment.txt", "2025-12", chrono.GrainMonth, chrono.RelativeToPublication, false, "Peskov said last month that it was “a subject for discussion.”"},
	}
	var got []ev
	for _, p := range []string{"caliber-us-declines-security-guarantees.txt", "intl-affairs-witkoff-dodges-commitment.txt"} {
		for _, e := range s.events[p] {
			got = append(got, ev{p, e.Mention.Date.Value, e.Mention.Date.Grain, e.Mention.Resolution, e.Mention.Inferred, e.Sentence})
			if strings.Contains(e.Sentence, "11:15") {
				t.Errorf("event from the dateline: %q", e.Sentence)
			}
			if e.Sentence != s.docs[p].Text[e.SentenceStart:e.SentenceEnd] {
				t.Errorf("sentence offsets do not match its text: %q", e.Sentence)
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %d events %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.doc != w.doc || g.value != w.value || g.grain != w.grain || g.res != w.res || g.inferred != w.inferred || !strings.Contains(g.contains, w.contains) {
			t.Errorf("event %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func TestIngestIdempotentAndBadInput(t *testing.T) {
	s := newMemStore()
	in := newIngester(t, s)
	ctx := context.Background()
	inputs := []chrono.Input{
		{Path: "good.txt", Data: []byte("Title\nJanuary 8, 2026\nTalks began yesterday.")},
		{Path: "empty.txt", Data: nil},
		{Path: "bin.txt", Data: []byte{0x7f, 'E', 'L', 'F', 0}},
		{Path: "save-fails.txt", Data: []byte("Title\nIt rained last week.")},
	}
	s.fail = "save-fails.txt"
	status := func(rs []chrono.Result) string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Path+"="+string(r.Status))
		}
		return strings.Join(out, " ")
	}
	if got, want := status(in.Ingest(ctx, inputs)), "good.txt=added empty.txt=failed bin.txt=failed save-fails.txt=failed"; got != want {
		t.Errorf("first ingest: got %s, want %s", got, want)
	}
	if got := s.events["good.txt"]; len(got) != 1 || got[0].Mention.Date.Value != "2026-01-07" {
		t.Errorf("good.txt events: %+v", got)
	}
	s.fail = ""
	if got, want := status(in.Ingest(ctx, inputs[:1])), "good.txt=unchanged"; got != want {
		t.Errorf("re-ingest: got %s, want %s", got, want)
	}
	changed := []chrono.Input{{Path: "good.txt", Data: []byte("Title\nJanuary 8, 2026\nTalks began yesterday. They end tomorrow.")}}
	if got, want := status(in.Ingest(ctx, changed)), "good.txt=replaced"; got != want {
		t.Errorf("changed file: got %s, want %s", got, want)
	}
	if got := s.events["good.txt"]; len(got) != 2 {
		t.Errorf("replaced events: got %d, want 2", len(got))
	}
}

func TestIngestReference(t *testing.T) {
	tests := []struct {
		name   string
		ref    time.Time
		others []string // publication dates of the other articles
		want   string
		origin string
	}{
		{"flag", chrono.Day(2025, 5, 1), []string{"2026-01-08"}, "2025-05-01", "--ref"},
		{"median of others", time.Time{}, []string{"2026-01-08", "2026-01-02", "2026-03-01"}, "2026-01-08", "median publication date of the other articles"},
		{"today", time.Time{}, nil, "2026-11-22", "today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newMemStore()
			in := newIngester(t, s)
			in.Reference = tt.ref
			inputs := []chrono.Input{{Path: "undated.txt", Data: []byte("Title\nIt rained yesterday.")}}
			for i, d := range tt.others {
				inputs = append(inputs, chrono.Input{Path: string(rune('a'+i)) + ".txt", Data: []byte("T\n" + d + "\nBody.")})
			}
			in.Ingest(context.Background(), inputs)
			d := s.docs["undated.txt"]
			if got := chrono.ISO(d.Reference); got != tt.want || d.RefOrigin != tt.origin {
				t.Errorf("reference: got %s (%s), want %s (%s)", got, d.RefOrigin, tt.want, tt.origin)
			}
			ev := s.events["undated.txt"]
			if len(ev) != 1 || !ev[0].Mention.Inferred || ev[0].Mention.Resolution != chrono.RelativeToReference {
				t.Errorf("yesterday in an undated article: %+v, want inferred relative-to-reference", ev)
			}
		})
	}
}

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	write := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "a.txt"), "A")
	write(filepath.Join(dir, "sub", "b.md"), "B")
	write(filepath.Join(dir, "sub", "c.pdf"), "C")
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	inputs, errs := chrono.Collect([]string{dir, filepath.Join(dir, "missing.txt"), empty, "-"}, strings.NewReader("stdin text"))
	var got []string
	for _, in := range inputs {
		got = append(got, strings.TrimPrefix(in.Path, dir)+"="+string(in.Data))
	}
	if want := "/a.txt=A /sub/b.md=B stdin:30dbd5d85196=stdin text"; strings.Join(got, " ") != want {
		t.Errorf("inputs: got %s, want %s", strings.Join(got, " "), want)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, strings.TrimPrefix(e.Error(), dir))
	}
	if want := "/missing.txt: no such file or directory|/empty: no articles in folder (.txt, .md, .html, .jsonl, or --include)"; strings.Join(msgs, "|") != want {
		t.Errorf("errors: got %q, want %q", strings.Join(msgs, "|"), want)
	}
}
