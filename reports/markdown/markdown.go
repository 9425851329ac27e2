package markdown

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/chrono-news/chrono/chrono"
)

// Options say what the note's title is.
type Options struct {
	Title string // the top heading; "Chronology" when empty
}

// Write writes entries, in the order given, as a Markdown briefing note
// with the zero Options.
func Write(w io.Writer, entries []chrono.Entry) error { return Options{}.Write(w, entries) }

// Write writes entries, in the order given, as a Markdown briefing note.
func (o Options) Write(w io.Writer, entries []chrono.Entry) error {
	return o.Stream(w, chrono.EntrySeq(entries))
}

// Stream writes the entries of seq as a Markdown briefing note, each as it
// comes.
func (o Options) Stream(w io.Writer, seq iter.Seq2[*chrono.Entry, error]) error {
	bw := bufio.NewWriter(w)
	title := o.Title
	if title == "" {
		title = "Chronology"
	}
	fmt.Fprintf(bw, "# %s\n", escape(title))
	heading, n := "", 0
	for e, err := range seq {
		if err != nil {
			return fmt.Errorf("markdown: %w", err)
		}
		if h := e.Date.Display(); h != heading || n == 0 {
			heading = h
			fmt.Fprintf(bw, "\n## %s\n\n", escape(h))
		}
		n++
		writeEntry(bw, e)
	}
	if n == 0 {
		bw.WriteString("\nNo entries.\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// writeEntry writes one bullet: the headline in bold, the sentence, then
// indented lines for the check, the note and the sources.
func writeEntry(w *bufio.Writer, e *chrono.Entry) {
	text := oneLine(e.Text)
	w.WriteString("- ")
	if e.Headline != "" {
		fmt.Fprintf(w, "**%s.** ", escape(strings.TrimRight(e.Headline, ".")))
	}
	w.WriteString(escape(text))
	if checks := e.Checks(); len(checks) > 0 {
		fmt.Fprintf(w, "  \n  *Check:* %s", escape(strings.Join(checks, "; ")))
	}
	if e.Note != "" {
		fmt.Fprintf(w, "  \n  *Note:* %s", escape(oneLine(e.Note)))
	}
	if src := sources(e); src != "" {
		fmt.Fprintf(w, "  \n  *Sources:* %s", src)
	}
	w.WriteString("\n")
}

// sources lists an entry's documents once each, in mention order: the
// title, linked where it can be, then the outlet and publication date.
func sources(e *chrono.Entry) string {
	var list []string
	for _, d := range e.Documents() {
		title := d.Title
		if title == "" {
			title = d.Path
		}
		s := escape(title)
		if linkable(d.URL) {
			s = "[" + s + "](" + destination(d.URL) + ")"
		}
		var about []string
		if d.Site != "" {
			about = append(about, escape(d.Site))
		}
		if d.Published.IsZero() {
			about = append(about, "undated")
		} else {
			about = append(about, escape(d.Published.Display()))
		}
		list = append(list, s+" ("+strings.Join(about, ", ")+")")
	}
	return strings.Join(list, "; ")
}

func linkable(url string) bool {
	lower := strings.ToLower(url)
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
}

// destination writes a URL as a link destination: the characters that
// would end or break it are percent-encoded.
func destination(url string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\n", "", "\r", "").Replace(url)
}

// escaper backslash-escapes the ASCII punctuation that could start
// Markdown inline markup, links or HTML in a line of text.
var escaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "&", `\&`, "~", `\~`,
)

// escape writes s on one line as literal text. Every line chrono writes
// starts with its own marker ("- ", "## ", "*Note:* "), so text never
// starts a block and only inline markup needs escaping.
func escape(s string) string { return escaper.Replace(oneLine(s)) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
