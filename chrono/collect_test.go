package chrono_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chrono-news/chrono/chrono"
)

// short is the start of the SHA-256 that names content without a name.
func short(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}

// writeFiles writes name -> content under dir, making folders.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, s := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// collected lists the inputs below dir as "path=format", and the errors.
func collected(dir string, col *chrono.Collection) (inputs, errs []string) {
	for _, in := range col.Inputs {
		p := strings.TrimPrefix(filepath.ToSlash(strings.TrimPrefix(in.Path, dir)), "/")
		inputs = append(inputs, p+"="+string(in.Format))
	}
	sort.Strings(inputs)
	for _, e := range col.Errs {
		errs = append(errs, strings.TrimPrefix(filepath.ToSlash(strings.TrimPrefix(e.Error(), dir)), "/"))
	}
	return inputs, errs
}

func TestCollectorFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":              "A",
		"b.md":               "B",
		"page.html":          "<p>P</p>",
		"old.htm":            "<p>O</p>",
		"feed.jsonl":         `{"id": "1", "text": "F"}`,
		"notes.log":          "L",
		"drafts/d.txt":       "D",
		"sub/deep/e.txt":     "E",
		"sub/deep/skip.html": "<p>S</p>",
		"big.txt":            strings.Repeat("x", 2000),
	})
	tests := []struct {
		name       string
		c          chrono.Collector
		wantInputs string
		wantErrs   string
	}{
		{"article extensions", chrono.Collector{},
			"a.txt=text b.md=markdown big.txt=text drafts/d.txt=text feed.jsonl#1=jsonl old.htm=html page.html=html sub/deep/e.txt=text sub/deep/skip.html=html", ""},
		{"include by base name", chrono.Collector{Include: []string{"*.html", "*.log"}},
			"notes.log= page.html=html sub/deep/skip.html=html", ""},
		{"include by path below the folder", chrono.Collector{Include: []string{"sub/*/*.txt"}},
			"sub/deep/e.txt=text", ""},
		{"exclude a folder and a glob", chrono.Collector{Exclude: []string{"drafts", "skip.*", "*.htm"}},
			"a.txt=text b.md=markdown big.txt=text feed.jsonl#1=jsonl page.html=html sub/deep/e.txt=text", ""},
		{"size limit", chrono.Collector{MaxBytes: 1000, Include: []string{"*.txt"}},
			"a.txt=text drafts/d.txt=text sub/deep/e.txt=text",
			"big.txt: too large: 2.0 KB, over the 1.0 KB limit (--max-bytes): skipped"},
		{"nothing matches", chrono.Collector{Include: []string{"*.pdf"}}, "",
			": no articles in folder (.txt, .md, .html, .jsonl, or --include)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inputs, errs := collected(dir, tt.c.Collect([]string{dir}, nil))
			if got := strings.Join(inputs, " "); got != tt.wantInputs {
				t.Errorf("inputs:\n got %s\nwant %s", got, tt.wantInputs)
			}
			if got := strings.Join(errs, "|"); got != tt.wantErrs {
				t.Errorf("errors:\n got %s\nwant %s", got, tt.wantErrs)
			}
		})
	}

	// A file named on the command line is read whatever its extension,
	// unless excluded.
	c := chrono.Collector{Exclude: []string{"b.md"}}
	inputs, errs := collected(dir, c.Collect([]string{filepath.Join(dir, "notes.log"), filepath.Join(dir, "b.md")}, nil))
	if got := strings.Join(inputs, " "); got != "notes.log=" || len(errs) != 0 {
		t.Errorf("named files: got %s %q, want notes.log= and no errors", got, errs)
	}
	if err := (&chrono.Collector{Include: []string{"[a-"}}).Check(); err == nil {
		t.Error("Check accepted the glob [a-")
	}
}

func TestCollectFeed(t *testing.T) {
	dir := t.TempDir()
	feed := `{"id": "a1", "url": "https://x.example/1", "title": "One", "published": "2026-01-08", "text": "Talks began yesterday."}
{"id": 42, "body": "Numbered id.", "text": null}

{"url": "https://x.example/3", "text": "No id: named by the URL."}
{"text": "Neither id nor url."}
{"id": "a1", "text": "Repeats the first id."}
not json at all
{"id": "b", "title": "No text"}
["an", "array"]
{"id": "c", "text": {"nested": true}}
{"id": "last", "text": "The last line has no newline."}`
	writeFiles(t, dir, map[string]string{"feed.jsonl": feed})
	name := filepath.Join(dir, "feed.jsonl")

	col := (&chrono.Collector{}).Collect([]string{name}, nil)
	var got []string
	for _, in := range col.Inputs {
		got = append(got, fmt.Sprintf("%s@%d=%s", strings.TrimPrefix(in.Path, name), in.Line, in.Record.Text))
	}
	want := []string{
		"#a1@1=Talks began yesterday.",
		"#https://x.example/3@4=No id: named by the URL.",
		"#" + short("Neither id nor url.") + "@5=Neither id nor url.",
		"#last@11=The last line has no newline.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("records:\n got %q\nwant %q", got, want)
	}
	_, errs := collected(dir, col)
	wantErrs := []string{
		`feed.jsonl:2: no text: key "text" is missing or empty (map it with --field text=KEY)`,
		`feed.jsonl:6: article "a1" repeats line 1: skipped`,
		`feed.jsonl:7: invalid JSON: invalid character 'o' in literal null (expecting 'u')`,
		`feed.jsonl:8: no text: key "text" is missing or empty (map it with --field text=KEY)`,
		`feed.jsonl:9: invalid JSON: cannot unmarshal array into Go value of type map[string]json.RawMessage`,
		`feed.jsonl:10: key "text" (text): want a string`,
	}
	if strings.Join(errs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors:\n got %s\nwant %s", strings.Join(errs, "\n"), strings.Join(wantErrs, "\n"))
	}
	if r := col.Inputs[0].Record; r.Title != "One" || r.URL != "https://x.example/1" || r.Published != "2026-01-08" {
		t.Errorf("first record: %+v", r)
	}

	// Mapped fields: the body is the text, a number is an id.
	f := chrono.DefaultFields()
	if err := f.Set("text=body"); err != nil {
		t.Fatal(err)
	}
	col = (&chrono.Collector{Fields: f}).Collect([]string{name}, nil)
	if len(col.Inputs) != 1 || col.Inputs[0].Path != name+"#42" || col.Inputs[0].Record.Text != "Numbered id." {
		t.Errorf("--field text=body: got %+v", col.Inputs)
	}
	for _, bad := range []string{"text", "words=body", "text="} {
		if err := chrono.DefaultFields().Set(bad); err == nil {
			t.Errorf("Fields.Set(%q) accepted", bad)
		}
	}

	// A feed line over the size limit is skipped; the others are read.
	col = (&chrono.Collector{MaxBytes: 100}).Collect([]string{name}, nil)
	if _, errs := collected(dir, col); len(errs) == 0 || !strings.HasPrefix(errs[0], "feed.jsonl:1: too large") {
		t.Errorf("size limit: errors %q, want line 1 too large first", errs)
	}
}

func TestCollectStdin(t *testing.T) {
	tests := []struct {
		name, in string
		format   chrono.Format
		want     string
	}{
		{"text", "Title\nBody.", "", "stdin:" + short("Title\nBody.") + "=text"},
		{"html sniffed", "  <!DOCTYPE html><p>x</p>", "", "stdin:" + short("  <!DOCTYPE html><p>x</p>") + "=html"},
		{"feed sniffed", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n", "", "stdin#a=jsonl stdin#b=jsonl"},
		{"format forced", "{not a feed", chrono.FormatText, "stdin:" + short("{not a feed") + "=text"},
	}
	for _, tt := range tests {
		col := (&chrono.Collector{Stdin: tt.format}).Collect([]string{"-"}, strings.NewReader(tt.in))
		var got []string
		for _, in := range col.Inputs {
			got = append(got, in.Path+"="+string(in.Format))
		}
		if strings.Join(got, " ") != tt.want || len(col.Errs) > 0 {
			t.Errorf("%s: got %s %v, want %s", tt.name, strings.Join(got, " "), col.Errs, tt.want)
		}
	}
	col := (&chrono.Collector{MaxBytes: 4}).Collect([]string{"-"}, strings.NewReader("Title\nBody."))
	if len(col.Inputs) != 0 || len(col.Errs) != 1 || !strings.Contains(col.Errs[0].Error(), "stdin: too large") {
		t.Errorf("stdin over the limit: %v %v", col.Inputs, col.Errs)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]chrono.Format{"auto": "", "": "", "HTML": chrono.FormatHTML, "md": chrono.FormatMarkdown, "ndjson": chrono.FormatJSONL, "text": chrono.FormatText} {
		if got, err := chrono.ParseFormat(in); got != want || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := chrono.ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf) accepted")
	}
}
