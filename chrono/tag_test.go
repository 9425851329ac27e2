package chrono_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/chrono-news/chrono/chrono"
)

// TestTagJSONLBadLines: bad lines are named, at most twenty of them and a
// count of the rest, and the good lines around them are still tagged.
func TestTagJSONLBadLines(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 25; i++ {
		in.WriteString("not json\n")
	}
	in.WriteString(`{"id": "a", "text": "on 8 January"}` + "\r\n\n")
	in.WriteString(`{"id": "b\nchrono: forged", "dct": "junk", "text": "x"}` + "\n")
	in.WriteString(`{"id": "c", "text": "x"}`) // no final line break
	var out bytes.Buffer
	err := chrono.NewRecognizer("").TagJSONL(strings.NewReader(in.String()), &out)
	if want := "{\"id\":\"a\",\"timexes\":[{\"start\":3,\"end\":12,\"text\":\"8 January\",\"type\":\"DATE\",\"value\":\"XXXX-01-08\"}]}\n{\"id\":\"c\",\"timexes\":[]}\n"; out.String() != want {
		t.Errorf("output:\n got %q\nwant %q", out.String(), want)
	}
	if err == nil {
		t.Fatal("no error for 26 bad lines")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 21 || lines[0] != "line 1: invalid character 'o' in literal null (expecting 'u')" ||
		lines[19] != "line 20: invalid character 'o' in literal null (expecting 'u')" || lines[20] != "6 more bad lines skipped" {
		t.Errorf("errors: got %d lines %q", len(lines), lines)
	}
}

// TestTagJSONLNoJSONL: input whose first hundred lines are all bad is no
// JSONL; reading stops there.
func TestTagJSONLNoJSONL(t *testing.T) {
	in := strings.Repeat("a,b,c\n", 150) + `{"id": "late", "text": "x"}` + "\n"
	var out bytes.Buffer
	err := chrono.NewRecognizer("").TagJSONL(strings.NewReader(in), &out)
	if out.Len() != 0 || err == nil || !strings.HasSuffix(err.Error(), "stopped after line 100: no document in the first 100 lines") {
		t.Errorf("got output %q and error %v", out.String(), err)
	}
	if n := strings.Count(fmt.Sprint(err), "\n"); n != 20 {
		t.Errorf("%d error lines, want 21", n+1)
	}
}
