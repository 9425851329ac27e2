package json

import (
	"bufio"
	"bytes"
	stdjson "encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/chrono-news/chrono/chrono/golden"
	"github.com/chrono-news/chrono/reports/internal/fixture"
)

func TestWrite(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, fixture.Entries()); err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, "entries.json", buf.Bytes())
	// It reads back as the model, entry for entry.
	var got []Entry
	if err := stdjson.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if want := Entries(fixture.Entries()); !reflect.DeepEqual(got, want) {
		t.Errorf("read back:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestWriteLines(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteLines(&buf, fixture.Entries()); err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, "entries.jsonl", buf.Bytes())
	want := Entries(fixture.Entries())
	sc := bufio.NewScanner(&buf)
	n := 0
	for sc.Scan() {
		var e Entry
		if err := stdjson.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if !reflect.DeepEqual(e, want[n]) {
			t.Errorf("line %d: got %+v, want %+v", n+1, e, want[n])
		}
		n++
	}
	if n != len(want) {
		t.Errorf("%d lines, want %d", n, len(want))
	}
}

func TestModel(t *testing.T) {
	es := Entries(fixture.Entries())
	tests := []struct {
		name      string
		got, want any
	}{
		{"quarter display", es[0].Date, Date{Value: "2025-Q3", Grain: "quarter", Start: "2025-07-01", End: "2025-09-30", Display: "Q3 2025"}},
		{"inferred month", []any{es[1].Inferred, es[1].Review}, []any{true, "inferred reference"}},
		{"conflict dates name documents by path", es[2].Dates[1].Sources, []string{"seeds/intl.txt"}},
		{"analyst: chrono's own date", es[2].Computed.Value, "2026-01-08"},
		{"analyst's entry is not to review", es[2].Review, ""},
		{"mention source", *es[2].Mentions[0].Source, Source{Path: "seeds/caliber.txt", Title: "US declines security guarantees", Site: "Caliber",
			URL: "https://caliber.example/news/1", Byline: "Jane Roe", Published: "2026-01-08T11:15", PublishedOrigin: "dateline"}},
		{"no actors is an empty list", es[0].Actors, []Actor{}},
		{"not a conflict: no dates", es[0].Dates, []Support(nil)},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
}

func TestEmpty(t *testing.T) {
	for _, tt := range []struct {
		write func(*bytes.Buffer) error
		want  string
	}{
		{func(b *bytes.Buffer) error { return Write(b, nil) }, "[]\n"},
		{func(b *bytes.Buffer) error { return WriteLines(b, nil) }, ""},
	} {
		var buf bytes.Buffer
		if err := tt.write(&buf); err != nil || buf.String() != tt.want {
			t.Errorf("got %q, %v; want %q", buf.String(), err, tt.want)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFail }

var errFail = errors.New("disk full")

func TestWriteError(t *testing.T) {
	if err := Write(failWriter{}, fixture.Entries()); !errors.Is(err, errFail) || !strings.HasPrefix(err.Error(), "json: ") {
		t.Errorf("Write to a failing writer: %v", err)
	}
	if err := WriteLines(failWriter{}, fixture.Entries()); !errors.Is(err, errFail) || !strings.HasPrefix(err.Error(), "jsonl: ") {
		t.Errorf("WriteLines to a failing writer: %v", err)
	}
}
