package xlsx

import (
	"bytes"
	"errors"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// TestStream: streaming the entries with every document gives the bytes
// of Write given the documents cited, whatever the number of entries.
func TestStream(t *testing.T) {
	o := Options{Built: time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC), Version: "dev", Articles: 3}
	other := &chrono.Document{ID: 9, Title: "Never cited", Path: "seeds/other.txt"}
	all := []*chrono.Document{dated, other, undated}
	syn, synDocs := synthetic(1200)
	many, err := chrono.CollectEntries(syn)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		entries []chrono.Entry
		docs    []*chrono.Document
	}{
		{"rows", append(entries(testRows), conflict()), all},
		{"dated only", entries(testRows[:1]), all},
		{"none", nil, all},
		{"no documents", entries(testRows), nil},
		{"many", many, synDocs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := build(t, o, tt.entries, chrono.CitedDocuments(tt.entries, tt.docs))
			var got bytes.Buffer
			if err := o.Stream(&got, chrono.EntrySeq(tt.entries), tt.docs); err != nil {
				t.Fatalf("Stream: %v", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				pw, pg := unzip(t, want), unzip(t, got.Bytes())
				for name := range pw {
					if pw[name] != pg[name] {
						t.Errorf("Stream and Write differ in %s", name)
					}
				}
			}
		})
	}
}

// TestStreamError: an error from the entries ends the workbook with it.
func TestStreamError(t *testing.T) {
	broken := errors.New("disk on fire")
	seq := func(yield func(*chrono.Entry, error) bool) {
		es := entries(testRows)
		if yield(&es[0], nil) {
			yield(nil, broken)
		}
	}
	var out bytes.Buffer
	err := Options{}.Stream(&out, iter.Seq2[*chrono.Entry, error](seq), docs)
	if !errors.Is(err, broken) || out.Len() != 0 {
		t.Errorf("Stream = %v with %d bytes written, want %v and nothing written", err, out.Len(), broken)
	}
}

// TestHeadPatcher: the placeholder is replaced once, however the writes
// split the head, and the rest passes through.
func TestHeadPatcher(t *testing.T) {
	patches := []patch{{old: dimension("M1048575"), new: dimension("M4")}, {old: dimension("AE1048576"), new: dimension("AE6")}}
	head := `<?xml version="1.0"?><worksheet><sheetPr/>`
	body := strings.Repeat("<row/>", headSize/4) + dimension("AE1048576") // past the head: left alone
	tests := []struct {
		name, in, want string
	}{
		{"first", head + dimension("AE1048576") + body, head + dimension("AE6") + body},
		{"second", head + dimension("M1048575") + "x", head + dimension("M4") + "x"},
		{"none", head + dimension("B7") + body, head + dimension("B7") + body},
		{"short", dimension("AE1048576"), dimension("AE6")},
	}
	for _, tt := range tests {
		for _, chunk := range []int{1, 7, 4096, 1 << 20} {
			var out bytes.Buffer
			p := &headPatcher{w: &out, patches: patches}
			for s := tt.in; s != ""; {
				n := min(chunk, len(s))
				if k, err := p.Write([]byte(s[:n])); k != n || err != nil {
					t.Fatalf("Write = %d, %v", k, err)
				}
				s = s[n:]
			}
			if err := p.flush(); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("%s in chunks of %d: got %.120q…, want %.120q…", tt.name, chunk, out.String(), tt.want)
			}
		}
	}
}
