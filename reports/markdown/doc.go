// Package markdown writes a chronology as a briefing note in Markdown
// (CommonMark): a heading per date, as precise as the sources give it, and
// a bullet per entry with its headline, its clearest sentence, what to
// check, the analyst's note and its sources, linked where an http or https
// URL is known. Options.Stream writes the entries of a sequence as they
// come.
//
// Text from articles is escaped, so that it shows as written and never as
// markup, links or HTML. The same entries give the same bytes.
package markdown
