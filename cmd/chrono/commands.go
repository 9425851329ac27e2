package main

import (
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/urfave/cli/v2"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/sqlite"
	"github.com/chrono-news/chrono/reports/csv"
	jsonexport "github.com/chrono-news/chrono/reports/json"
	"github.com/chrono-news/chrono/reports/markdown"
	"github.com/chrono-news/chrono/reports/timelinejs"
	"github.com/chrono-news/chrono/reports/xlsx"
	"github.com/chrono-news/chrono/seeds"
)

var filterFlags = []cli.Flag{
	&cli.StringFlag{Name: "from", Usage: "keep dates that end on or after `DATE` (2026-01-06, 2025-12, 2025)"},
	&cli.StringFlag{Name: "to", Usage: "keep dates that start on or before `DATE`"},
	&cli.StringFlag{Name: "source", Usage: "keep sources whose title or path contains `TEXT`"},
	&cli.StringFlag{Name: "actor", Usage: "keep entries naming a person, organisation or place whose name contains `TEXT`"},
	&cli.StringFlag{Name: "search", Usage: "keep entries whose text, headline, actors or source titles contain every word of `WORDS` (any case; peace* for a prefix)"},
	&cli.Float64Flag{Name: "min-confidence", Usage: "keep entries whose confidence is at least `C` (0 to 1, as exports show it)"},
	&cli.BoolFlag{Name: "exclude-inferred", Usage: "leave out entries dated only against a guessed reference (articles without a publication date)"},
	&cli.IntFlag{Name: "top", Usage: "keep the `N` best-corroborated days: the key dates"},
	&cli.BoolFlag{Name: "all", Usage: "keep entries an analyst excluded"},
}

func dateOrderFlag() cli.Flag {
	return &cli.StringFlag{Name: "date-order", Value: "auto", Usage: "slashed numeric dates: `dmy`, mdy or auto (day-first when the article has a date like 13/04/2026)"}
}

func (e *env) ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "read articles (text, Markdown, HTML pages, JSONL feeds) into the database",
		ArgsUsage: "PATH...",
		Description: `Reads files, folders (recursively: .txt, .md, .html, .htm, .jsonl, .ndjson,
or what --include names) or - for standard input. HTML pages give their main
text and metadata (title, author, site, canonical URL, publication date);
JSONL feeds one article a line, {"id", "url", "title", "published", "text"}
(other keys with --field). Each article's publication date comes from
--published, else the page's or record's metadata, else a dateline in its
first lines, else a date in its file name. Articles without one resolve
relative dates against --ref, else the median publication date of the other
articles of the ingest, else today, and those dates are marked inferred.

Ingesting again skips unchanged articles (content hash and settings) and
analyses changed ones again; the same content at a new path is the same
document. --prune removes documents whose files are gone. Exit status: 0 all
ingested, 1 some failed (each named on stderr, with its line in a feed), 2
usage.

Example:
   chrono ingest articles/
   chrono ingest --published 2026-01-08 note.txt
   chrono ingest saved/ --include '*.html' --exclude 'drafts' --prune
   chrono ingest feed.jsonl --field text=body --field published=date --json
   cat article.txt | chrono ingest --published 2026-01-08 -`,
		Flags:  append(ingestFlags(), &cli.BoolFlag{Name: "json", Usage: "print a JSON summary for scripts instead of a line an article"}),
		Action: e.ingestAction,
	}
}

// ingester builds an Ingester from the shared ingest flags.
func (e *env) ingester(c *cli.Context) (*chrono.Ingester, error) {
	order, err := chrono.ParseDateOrder(c.String("date-order"))
	if err != nil {
		return nil, usage("%v", err)
	}
	rec := chrono.NewRecognizer(order)
	sp, err := chrono.NewSplitter()
	if err != nil {
		return nil, &exitError{1, err}
	}
	in := &chrono.Ingester{Recognizer: rec, Splitter: sp, Now: e.now}
	if s := c.String("published"); s != "" {
		if in.Published, err = parseDate(s, rec); err != nil {
			return nil, usage("--published: %v", err)
		}
	}
	if s := c.String("ref"); s != "" {
		d, err := parseDate(s, rec)
		if err != nil {
			return nil, usage("--ref: %v", err)
		}
		in.Reference = d.Start
	}
	return in, nil
}

// ingest runs in over inputs, printing a line per article; false when any failed.
func (e *env) ingest(c *cli.Context, in *chrono.Ingester, inputs []chrono.Input) bool {
	ok := true
	counts := map[chrono.Status]int{}
	for _, r := range in.Ingest(c.Context, inputs) {
		counts[r.Status]++
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "chrono: ingest %s: %v\n", r.Path, r.Err)
			ok = false
			continue
		}
		fmt.Fprintf(e.stdout, "%-9s %s  %s\n", r.Status, r.Path, describe(r))
	}
	fmt.Fprintf(e.stdout, "%d articles: %d added, %d replaced, %d unchanged, %d failed\n",
		len(inputs), counts[chrono.Added], counts[chrono.Replaced], counts[chrono.Unchanged], counts[chrono.Failed])
	return ok
}

func describe(r chrono.Result) string {
	d := r.Doc
	var pub string
	if d.Published.IsZero() {
		pub = fmt.Sprintf("no publication date; relative dates from %s (%s)", chrono.ISO(d.Reference), d.RefOrigin)
	} else {
		pub = fmt.Sprintf("published %s (%s)", d.Published.Value, d.PublishedOrigin)
	}
	if r.Status == chrono.Unchanged {
		return pub
	}
	return fmt.Sprintf("%s, %s", pub, plural(r.Events, "event"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, word[:len(word)-1])
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func (e *env) timelineCommand() *cli.Command {
	flags := append([]cli.Flag{
		&cli.BoolFlag{Name: "mentions", Usage: "one row per mention (each source's sentence), not per entry"},
	}, filterFlags...)
	return &cli.Command{
		Name:  "timeline",
		Usage: "print the chronology as a table",
		Description: `Prints the chronology entries in order: by start date, finer dates first.
An entry is one happening; reports of it in several articles (or several
sentences) are merged, and sources that date it differently are flagged as a
conflict. ENTRY is the key to give 'chrono correct' and the like.

Example:
   chrono timeline --from 2025-12 --to 2026-01-31 --source politico
   chrono timeline --top 5 --actor Witkoff
   chrono timeline --search "security guarantees" --min-confidence 0.5 --exclude-inferred`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			entries, _, err := e.readEntries(c, false)
			if err != nil {
				return err
			}
			if c.Bool("mentions") {
				printMentionRows(e.stdout, entries)
				return nil
			}
			printEntries(e.stdout, entries)
			return nil
		},
	}
}

func filter(c *cli.Context) (chrono.Filter, error) {
	var f chrono.Filter
	rec := chrono.NewRecognizer(chrono.OrderAuto)
	if s := c.String("from"); s != "" {
		d, err := parseDate(s, rec)
		if err != nil {
			return f, usage("--from: %v", err)
		}
		f.From = d.Start
	}
	if s := c.String("to"); s != "" {
		d, err := parseDate(s, rec)
		if err != nil {
			return f, usage("--to: %v", err)
		}
		f.To = d.End
	}
	f.Source = c.String("source")
	f.Actor = c.String("actor")
	f.Top = c.Int("top")
	f.Excluded = c.Bool("all")
	if f.Top < 0 {
		return f, usage("--top: want a positive number, not %d", f.Top)
	}
	f.Search = c.String("search")
	if c.IsSet("search") && len(chrono.ParseQuery(f.Search)) == 0 {
		return f, usage("--search: no words in %q", f.Search)
	}
	f.MinConfidence = c.Float64("min-confidence")
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return f, usage("--min-confidence: want a number from 0 to 1, not %v", f.MinConfidence)
	}
	f.ExcludeInferred = c.Bool("exclude-inferred")
	return f, nil
}

// parseDate reads a date flag: a TIMEX3 value (2026-01-08, 2025-12, 2025)
// or a full date in words ("January 8, 2026").
func parseDate(s string, rec *chrono.Recognizer) (chrono.Date, error) {
	if d, err := chrono.ParseValue(s); err == nil {
		return d, nil
	}
	ms := rec.Recognize(s, chrono.Anchor{})
	if len(ms) == 1 && ms[0].Resolution == chrono.Explicit && ms[0].Start == 0 && ms[0].End == len(strings.TrimSpace(s)) {
		d := ms[0].Date
		if d.Grain == chrono.GrainMinute { // a publication date is a day
			d = chrono.DayDate(d.Start.Year(), d.Start.Month(), d.Start.Day())
		}
		return d, nil
	}
	return chrono.Date{}, fmt.Errorf("invalid date %q: want 2026-01-08, 2025-12, 2025 or January 8, 2026", s)
}

// newTable starts an aligned table for the terminal.
func newTable(w io.Writer, header table.Row) table.Writer {
	t := table.NewWriter()
	t.SetOutputMirror(w)
	t.SetStyle(table.StyleLight)
	t.AppendHeader(header)
	return t
}

// printTimeline prints rows, one per mention; keys, when given, are the
// rows' entries.
func printTimeline(w io.Writer, rows []chrono.Row, keys []string) {
	if len(rows) == 0 {
		fmt.Fprintln(w, "no dated events")
		return
	}
	header := table.Row{"Date", "Grain", "Stated", "Resolution", "Event", "Source"}
	if keys != nil {
		header = append(table.Row{"Entry"}, header...)
	}
	off := len(header) - 6
	t := newTable(w, header)
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: off + 5, WidthMax: 64, WidthMaxEnforcer: text.WrapSoft},
		{Number: off + 6, WidthMax: 32, WidthMaxEnforcer: text.WrapSoft},
	})
	for i, r := range rows {
		res := resolution(r.Mention)
		row := table.Row{r.Mention.Date.Value, r.Mention.Date.Grain, r.Mention.Stated, res, oneLine(r.Sentence), shorten(r.Source.Title, 32)}
		if keys != nil {
			row = append(table.Row{keys[i]}, row...)
		}
		t.AppendRow(row)
	}
	t.Render()
}

// resolution says how a mention was dated, flagging what an analyst should check.
func resolution(m chrono.Mention) string {
	res := string(m.Resolution)
	if m.Inferred && m.Resolution != chrono.RelativeToReference {
		res += " (from reference)"
	}
	if m.Ambiguous {
		res += " (ambiguous)"
	}
	return res
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// shorten cuts s to at most n characters at a word boundary, marking the cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return strings.TrimRight(string(r)[:i], " ,;:–-") + "…"
	}
	return string(r) + "…"
}

// formats are the export formats, by --format name.
var formats = []string{"csv", "xlsx", "json", "jsonl", "markdown", "timelinejs-csv", "timelinejs-json"}

// formatOf returns the export format named by --format, else by the output
// file's extension; "" when neither says.
func formatOf(format, out string) string {
	switch f := strings.ToLower(format); f {
	case "md":
		return "markdown"
	case "":
	default:
		return f
	}
	switch strings.ToLower(filepath.Ext(out)) {
	case ".csv":
		return "csv"
	case ".xlsx":
		return "xlsx"
	case ".json":
		return "json"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".md", ".markdown":
		return "markdown"
	}
	return ""
}

func known(format string) bool {
	for _, f := range formats {
		if f == format {
			return true
		}
	}
	return false
}

func (e *env) exportCommand() *cli.Command {
	flags := append([]cli.Flag{
		&cli.StringFlag{Name: "format", Usage: "`FORMAT`: csv, xlsx, json, jsonl, markdown (md), timelinejs-csv or timelinejs-json (default: from the output file's extension)"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output `FILE`; - for standard output (not xlsx)", Required: true},
		&cli.BoolFlag{Name: "mentions", Usage: "csv: one row per mention of each entry, with its entry's key"},
		&cli.BoolFlag{Name: "excel", Usage: "csv: a UTF-8 byte order mark and CRLF line ends, as Excel wants"},
		&cli.BoolFlag{Name: "raw", Usage: "csv, xlsx: keep text that begins with =, +, -, @ as written (by default it gets a leading ' so it never runs as a formula)"},
	}, filterFlags...)
	return &cli.Command{
		Name:  "export",
		Usage: "write the chronology to CSV, Excel, JSON, Markdown or TimelineJS",
		Description: `Writes the filtered chronology entries, in timeline order, in one of:

   csv              one row per entry: every source, the conflict flag and
                    dates, confidence, actors, the analysts' corrections and
                    notes (--mentions: one row per mention; --excel for Excel)
   xlsx             a workbook for briefings: Chronology (a table with filter
                    buttons, real dates), Review, Sources (linked), Summary
                    (entries per month, chart) and About (how it was built)
   json, jsonl      the full entry model with every mention, for scripts
   markdown (md)    a briefing note: a heading per date, a bullet per entry
   timelinejs-csv   the 18 columns of TimelineJS's spreadsheet template
   timelinejs-json  a TimelineJS3 timeline

Text from articles that begins with =, +, -, @, a tab or a carriage return
gets a leading apostrophe in csv, xlsx and timelinejs-csv, so a spreadsheet
never runs it as a formula (--raw keeps it). The same database and filters
give the same bytes, except the workbook's build time (About sheet and
document properties). Entries stream from the database to the file, so a
large export takes little memory (TimelineJS and --top gather them first).

Example:
   chrono export --output brief.xlsx --from 2026-01 --min-confidence 0.5
   chrono export -o - --source politico --excel > politico.csv
   chrono export -o brief.md --search "ceasefire talks" --exclude-inferred
   chrono export --format timelinejs-json -o timeline.json --actor Witkoff`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			out := c.String("output")
			format := formatOf(c.String("format"), out)
			switch {
			case format == "":
				return usage("export: cannot tell the format of %q: give --format (%s)", out, strings.Join(formats, ", "))
			case !known(format):
				return usage("export: unknown format %q: want %s", c.String("format"), strings.Join(formats, ", "))
			case format == "xlsx" && out == "-":
				return usage("export: xlsx needs an --output file")
			case c.Bool("mentions") && format != "csv":
				return usage("export: --mentions is for csv")
			case c.Bool("excel") && format != "csv" && format != "timelinejs-csv":
				return usage("export: --excel is for csv and timelinejs-csv")
			}
			if c.Bool("mentions") {
				format = "mentions"
			}
			n := 0
			err := e.eachEntry(c, format == "xlsx", func(seq iter.Seq2[*chrono.Entry, error], docs []*chrono.Document) error {
				o := exportOptions{
					csv: csv.Options{Excel: c.Bool("excel"), Raw: c.Bool("raw")},
					xlsx: xlsx.Options{Built: e.now(), Version: Version, Database: c.String("db"),
						Filters: filterSummary(c), Articles: len(docs), Raw: c.Bool("raw")},
				}
				if err := e.write(out, format, counted(seq, &n), docs, o); err != nil {
					return &exitError{1, err}
				}
				return nil
			})
			if err != nil {
				return err
			}
			if out != "-" {
				fmt.Fprintf(e.stderr, "wrote %s to %s\n", plural(n, "entry"), out)
			}
			return nil
		},
	}
}

// counted yields the entries of seq, counting them in n.
func counted(seq iter.Seq2[*chrono.Entry, error], n *int) iter.Seq2[*chrono.Entry, error] {
	return func(yield func(*chrono.Entry, error) bool) {
		for en, err := range seq {
			if err == nil {
				*n++
			}
			if !yield(en, err) {
				return
			}
		}
	}
}

// filterSummary writes the filter flags given, as on the command line.
func filterSummary(c *cli.Context) string {
	var parts []string
	for _, fl := range filterFlags {
		name := fl.Names()[0]
		if !c.IsSet(name) {
			continue
		}
		if _, ok := fl.(*cli.BoolFlag); ok {
			parts = append(parts, "--"+name)
			continue
		}
		v := fmt.Sprint(c.Value(name))
		if strings.ContainsAny(v, " \t\"'") || v == "" {
			v = fmt.Sprintf("%q", v)
		}
		parts = append(parts, "--"+name+" "+v)
	}
	return strings.Join(parts, " ")
}

// exportOptions are the settings of the CSV and Excel exports.
type exportOptions struct {
	csv  csv.Options
	xlsx xlsx.Options
}

// write exports the entries of seq to the file out ("-": standard output)
// in format: one of formats, or mentions (csv, a row per mention). docs
// are every source: the workbook lists those the entries cite. Every
// format but TimelineJS writes each entry as it comes; on an error, a
// file left half written is removed.
func (e *env) write(out, format string, seq iter.Seq2[*chrono.Entry, error], docs []*chrono.Document, o exportOptions) error {
	var w io.Writer = e.stdout
	var f *os.File
	if out != "-" {
		var err error
		if f, err = os.Create(out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		w = f
	}
	var err error
	switch format {
	case "csv":
		err = o.csv.StreamEntries(w, seq)
	case "mentions":
		err = o.csv.StreamMentions(w, seq)
	case "xlsx":
		err = o.xlsx.Stream(w, seq, docs)
	case "json":
		err = jsonexport.Stream(w, seq)
	case "jsonl":
		err = jsonexport.StreamLines(w, seq)
	case "markdown":
		err = markdown.Options{}.Stream(w, seq)
	case "timelinejs-csv", "timelinejs-json":
		// A TimelineJS document is built whole.
		var entries []chrono.Entry
		if entries, err = chrono.CollectEntries(seq); err != nil {
			break
		}
		if format == "timelinejs-csv" {
			err = timelinejs.WriteCSV(w, entries, o.csv)
		} else {
			err = timelinejs.WriteJSON(w, entries)
		}
	default:
		err = fmt.Errorf("unknown format %q", format)
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(out)
		}
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", out, err)
	}
	return nil
}

func (e *env) parseCommand() *cli.Command {
	return &cli.Command{
		Name:      "parse",
		Usage:     "show every date expression found in a text, and how it was resolved",
		ArgsUsage: "TEXT... | -",
		Description: `Prints each date expression: character offsets, text, TIMEX3 type and value,
granularity, interval and resolution, with the reason. --ref is read as the
text's publication date; without it, today is the reference.

Example:
   chrono parse --ref 2026-01-08 "Peskov said last month that talks on January 6 went well"`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "ref", Usage: "publication `DATE` to resolve against (default: today)"},
			dateOrderFlag(),
		},
		Action: func(c *cli.Context) error {
			order, err := chrono.ParseDateOrder(c.String("date-order"))
			if err != nil {
				return usage("%v", err)
			}
			rec := chrono.NewRecognizer(order)
			input := strings.Join(c.Args().Slice(), " ")
			if input == "-" {
				b, err := io.ReadAll(e.stdin)
				if err != nil {
					return &exitError{1, fmt.Errorf("parse: stdin: %w", err)}
				}
				input = string(b)
			}
			if strings.TrimSpace(input) == "" {
				return usage("parse: no TEXT given (see 'chrono parse --help')")
			}
			a := chrono.Anchor{Day: chrono.Truncate(e.now()), Published: false}
			if s := c.String("ref"); s != "" {
				d, err := parseDate(s, rec)
				if err != nil {
					return usage("--ref: %v", err)
				}
				a = chrono.Anchor{Day: d.Start, Published: true}
			}
			printMentions(e.stdout, input, rec.Recognize(input, a))
			return nil
		},
	}
}

func printMentions(w io.Writer, input string, ms []chrono.Mention) {
	if len(ms) == 0 {
		fmt.Fprintln(w, "no date expressions")
		return
	}
	t := newTable(w, table.Row{"Chars", "Text", "Type", "Value", "Grain", "Interval", "Resolution", "Why"})
	t.SetColumnConfigs([]table.ColumnConfig{{Number: 8, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft}})
	for _, m := range ms {
		start := utf8.RuneCountInString(input[:m.Start])
		end := start + utf8.RuneCountInString(m.Text)
		res := resolution(m)
		t.AppendRow(table.Row{fmt.Sprintf("%d-%d", start, end), m.Text, m.Type, m.Date.Value, m.Date.Grain,
			chrono.ISO(m.Date.Start) + ".." + chrono.ISO(m.Date.End), res, m.Why})
	}
	t.Render()
}

func (e *env) demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "build the chronology of the embedded seed articles",
		Description: `Ingests the two embedded seed articles into a temporary database, prints the
chronology and writes chronology.csv and chronology.xlsx into --out.

Example:
   chrono demo --out /tmp/brief`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Value: ".", Usage: "`DIR` for chronology.csv and chronology.xlsx"},
		},
		Action: func(c *cli.Context) error {
			dir, err := os.MkdirTemp("", "chrono-demo-")
			if err != nil {
				return &exitError{1, err}
			}
			defer os.RemoveAll(dir)
			dbPath := filepath.Join(dir, "demo.db")
			in, err := e.ingester(c)
			if err != nil {
				return err
			}
			db, err := sqlite.Open(dbPath)
			if err != nil {
				return &exitError{1, err}
			}
			in.Store = db
			inputs, err := seedInputs()
			if err != nil {
				db.Close()
				return &exitError{1, err}
			}
			ok := e.ingest(c, in, inputs)
			if err := e.chronicle(c, db); err != nil {
				db.Close()
				return err
			}
			entries, err := db.Entries(c.Context)
			if err != nil {
				db.Close()
				return &exitError{1, err}
			}
			docs, err := db.Documents(c.Context)
			db.Close()
			if err != nil {
				return &exitError{1, err}
			}
			fmt.Fprintln(e.stdout)
			printEntries(e.stdout, entries)
			out := c.String("out")
			if err := os.MkdirAll(out, 0o755); err != nil {
				return &exitError{1, fmt.Errorf("demo: %w", err)}
			}
			o := exportOptions{xlsx: xlsx.Options{Built: e.now(), Version: Version, Database: "the embedded seed articles", Articles: len(docs)}}
			for _, f := range []struct{ name, format string }{{"chronology.csv", "csv"}, {"chronology.xlsx", "xlsx"}} {
				p := filepath.Join(out, f.name)
				if err := e.write(p, f.format, chrono.EntrySeq(entries), docs, o); err != nil {
					return &exitError{1, err}
				}
				fmt.Fprintf(e.stdout, "wrote %s\n", p)
			}
			if !ok {
				return errReported
			}
			return nil
		},
	}
}

// seedInputs reads the embedded seed articles, named seeds/NAME.
func seedInputs() ([]chrono.Input, error) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		return nil, err
	}
	var inputs []chrono.Input
	for _, n := range names {
		b, err := seeds.FS.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("seed %s: %w", n, err)
		}
		inputs = append(inputs, chrono.Input{Path: "seeds/" + n, Data: b})
	}
	return inputs, nil
}

func (e *env) tagCommand() *cli.Command {
	return &cli.Command{
		Name:      "tag",
		Usage:     "tag JSONL documents with TIMEX3 expressions (TempEval-3 format)",
		ArgsUsage: "[FILE|-]",
		Description: `Reads one JSON document a line, {"id", "dct", "text"} (dct may be null), and
writes one line a document, {"id", "timexes": [{"start", "end", "text", "type",
"value"}]}, offsets in Unicode code points. Same recognizer as ingest. A line
that is no document is named on stderr and skipped; the others are still
tagged, and the exit status is 1.

Example:
   chrono tag ../shared/eval/tbaq-train.jsonl > pred.jsonl`,
		Flags: []cli.Flag{dateOrderFlag()},
		Action: func(c *cli.Context) error {
			order, err := chrono.ParseDateOrder(c.String("date-order"))
			if err != nil {
				return usage("%v", err)
			}
			if c.NArg() > 1 {
				return usage("tag: one FILE at most")
			}
			in, name := e.stdin, "stdin"
			if p := c.Args().First(); p != "" && p != "-" {
				f, err := os.Open(p)
				if err != nil {
					return &exitError{1, fmt.Errorf("tag: %w", err)}
				}
				defer f.Close()
				in, name = f, p
			}
			err = chrono.NewRecognizer(order).TagJSONL(in, e.stdout)
			if err == nil {
				return nil
			}
			// one line per skipped line, each naming the input
			errs := []error{err}
			if j, ok := err.(interface{ Unwrap() []error }); ok {
				errs = j.Unwrap()
			}
			for _, err := range errs {
				fmt.Fprintf(e.stderr, "chrono: tag %s: %v\n", name, err)
			}
			return errReported
		},
	}
}
