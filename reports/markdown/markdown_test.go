package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/golden"
	"github.com/chrono-news/chrono/reports/internal/fixture"
)

func TestWrite(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, fixture.Entries()); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	golden.Compare(t, "briefing.md", got)
	// A heading per date, a bullet per entry.
	var headings, bullets []string
	for _, line := range strings.Split(string(got), "\n") {
		switch {
		case strings.HasPrefix(line, "## "):
			headings = append(headings, line[3:])
		case strings.HasPrefix(line, "- "):
			bullets = append(bullets, line)
		}
	}
	if want := []string{"Q3 2025", "December 2025", "6 January 2026", "8 January 2026, 11:15", "20–22 January 2026"}; strings.Join(headings, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", headings, want)
	}
	if len(bullets) != len(fixture.Entries()) {
		t.Errorf("%d bullets, want one per entry (%d)", len(bullets), len(fixture.Entries()))
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words, 2026.", "plain words, 2026."},
		{"*bold* _it_ `code`", `\*bold\* \_it\_ \` + "`" + `code\` + "`"},
		{"[link](javascript:x)", `\[link\](javascript:x)`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"# not a heading", `\# not a heading`},
		{"ends # with", `ends \# with`},
		{"two\n lines", "two lines"},
		{`back\slash`, `back\\slash`},
		{"a | b &amp; c!", `a \| b \&amp; c!`},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameDateOneHeading(t *testing.T) {
	es := fixture.Entries()[2:3]
	es = append(es, es[0])
	es[1].Key = "another"
	var buf bytes.Buffer
	if err := (Options{Title: "Paris talks"}).Write(&buf, es); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(buf.String(), "\n## "); got != 1 {
		t.Errorf("%d headings for two entries on one day, want 1:\n%s", got, buf.String())
	}
	if !strings.HasPrefix(buf.String(), "# Paris talks\n") {
		t.Errorf("title: %q", buf.String())
	}
	buf.Reset()
	if err := Write(&buf, []chrono.Entry{}); err != nil || buf.String() != "# Chronology\n\nNo entries.\n" {
		t.Errorf("empty: %q, %v", buf.String(), err)
	}
}
