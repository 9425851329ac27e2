package chrono

import (
	"bufio"
	"fmt"
	"strings"
	"testing"
)

// scan lexes text with its trigger bits, as Recognize does.
func scan(text string) *scanner {
	s := &scanner{r: NewRecognizer(""), text: text, toks: lex(text, nil)}
	for k := range s.toks {
		s.toks[k].bits = triggers(&s.toks[k])
	}
	return s
}

// TestNumberMayDate: amounts start no date; everything else may.
func TestNumberMayDate(t *testing.T) {
	tests := []struct {
		number string
		want   bool
	}{
		{"1,500", false}, {"1,500.25", false}, {"2.5", false}, {"10.75", false}, {"123.4", false},
		{"11.30", true}, {"9.15", true}, {"2026", true}, {"6", true}, {"08.01.2026", true},
		{"3/4", true}, {"2014-2022", true}, {"11:15", true},
	}
	for _, tt := range tests {
		if got := scan(tt.number + " units").numberMayDate(0); got != tt.want {
			t.Errorf("numberMayDate(%q) = %v, want %v", tt.number, got, tt.want)
		}
	}
}

// TestCueAhead: a weak word starts rules only before a date word or a
// head word within three tokens.
func TestCueAhead(t *testing.T) {
	tests := []struct {
		text string // its first token is the weak word
		want bool
	}{
		{"the company said so", false},
		{"in a hundred ways", false},
		{"the new chief executive", false},
		{"the week", true},
		{"the end of it", true},
		{"the present", true},
		{"a couple of quarters", true},
		{"in the past", true},
		{"the nineties", true},
		{"the day before", true},
		{"the company before", false}, // "before" cues only eventOffset's counts
	}
	for _, tt := range tests {
		s := scan(tt.text)
		if s.toks[0].bits&bWeak == 0 {
			t.Fatalf("%q: %q is no weak word", tt.text, s.toks[0].text)
		}
		if got := s.cueAhead(0); got != tt.want {
			t.Errorf("cueAhead(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestReadLine: lines of any length, without their endings; one longer
// than the limit is read past and reported, not kept.
func TestReadLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("short\r\n"+strings.Repeat("x", 40)+"\nnext\nlast"), 16)
	var got []string
	for {
		line, long, err := readLine(br, nil, 20)
		got = append(got, fmt.Sprintf("%q %v", line, long))
		if err != nil {
			break
		}
	}
	want := []string{`"short" false`, `"" true`, `"next" false`, `"last" false`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
