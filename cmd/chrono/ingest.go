package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/html"
	"github.com/chrono-news/chrono/chrono/sqlite"
	"github.com/chrono-news/chrono/reports/xlsx"
)

// progressMin is the smallest ingest that shows a progress bar.
const progressMin = 100

// ingestFlags are the flags ingest and watch share.
func ingestFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "published", Usage: "publication `DATE` of the articles, overriding their metadata and datelines"},
		&cli.StringFlag{Name: "ref", Usage: "reference `DATE` for articles without a publication date"},
		dateOrderFlag(),
		&cli.StringSliceFlag{Name: "include", Usage: "in folders, read only files matching `GLOB` (base name or path below the folder; repeat or separate with commas)"},
		&cli.StringSliceFlag{Name: "exclude", Usage: "skip files and folders matching `GLOB`"},
		&cli.StringFlag{Name: "max-bytes", Value: "20MB", Usage: "skip files, and feed lines, larger than `SIZE` (0: no limit)"},
		&cli.StringSliceFlag{Name: "field", Usage: "read a feed record's field from another key, `FIELD=KEY` (fields: id, url, title, published, author, site, text)"},
		&cli.StringFlag{Name: "format", Value: "auto", Usage: "`FORMAT` of standard input: auto (a JSON object first is jsonl, a tag html, else text), text, markdown, html, jsonl"},
		&cli.BoolFlag{Name: "prune", Usage: "remove the documents whose files are gone from the folders and feeds given"},
	}
}

// collector builds a Collector from the flags.
func collector(c *cli.Context) (*chrono.Collector, error) {
	col := &chrono.Collector{Include: c.StringSlice("include"), Exclude: c.StringSlice("exclude"), Fields: chrono.DefaultFields()}
	if err := col.Check(); err != nil {
		return nil, usage("--include/--exclude: %v", err)
	}
	n, err := humanize.ParseBytes(c.String("max-bytes"))
	if err != nil {
		return nil, usage("--max-bytes: invalid size %q: want 20MB, 500KB or a number of bytes", c.String("max-bytes"))
	}
	col.MaxBytes = int64(n)
	for _, f := range c.StringSlice("field") {
		if err := col.Fields.Set(f); err != nil {
			return nil, usage("--field: %v", err)
		}
	}
	if col.Stdin, err = chrono.ParseFormat(c.String("format")); err != nil {
		return nil, usage("--format: %v", err)
	}
	return col, nil
}

// openIngest reads the shared flags and opens the database for writing.
func (e *env) openIngest(c *cli.Context) (*chrono.Ingester, *chrono.Collector, *sqlite.DB, error) {
	in, err := e.ingester(c)
	if err != nil {
		return nil, nil, nil, err
	}
	col, err := collector(c)
	if err != nil {
		return nil, nil, nil, err
	}
	db, err := sqlite.Open(c.String("db"))
	if err != nil {
		return nil, nil, nil, &exitError{1, err}
	}
	in.Store, in.Pages = db, &html.Reader{Now: e.now}
	return in, col, db, nil
}

// ingestAction is the ingest command.
func (e *env) ingestAction(c *cli.Context) error {
	if c.NArg() == 0 {
		return usage("ingest: no PATH given (see 'chrono ingest --help')")
	}
	in, col, db, err := e.openIngest(c)
	if err != nil {
		return err
	}
	defer db.Close()
	var bar *progressbar.ProgressBar
	if e.terminal {
		in.Progress = func(done, total int) {
			if bar == nil && total >= progressMin {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(e.stderr),
					progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(),
					progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
					progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
			}
			if bar != nil {
				bar.Set(done)
			}
		}
	}
	got, results, err := e.ingestOnce(c.Context, in, col, c.Args().Slice(), c.Bool("prune"))
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return &exitError{1, err}
	}
	s := summarize(got, results)
	for _, f := range s.Failures {
		fmt.Fprintf(e.stderr, "chrono: ingest %s\n", f)
	}
	for _, w := range s.Warnings {
		fmt.Fprintf(e.stderr, "chrono: ingest %s\n", w)
	}
	// Entries follow the events: rebuilt when anything changed, or when an
	// earlier run was killed before it rebuilt them.
	var report io.Writer = e.stdout
	if c.Bool("json") {
		b, _ := json.MarshalIndent(s, "", "  ")
		fmt.Fprintf(e.stdout, "%s\n", b)
		report = io.Discard
	} else {
		e.printResults(results, false)
		fmt.Fprintln(e.stdout, s)
	}
	if s.changedAnything() || !db.EntriesCurrent(c.Context) {
		if err := e.chronicleTo(c.Context, db, report); err != nil {
			return err
		}
	}
	if s.Failed > 0 {
		return errReported
	}
	return nil
}

// ingestOnce collects paths, ingests them and, with prune, removes the
// documents whose files are gone; the results of both, pruned last.
func (e *env) ingestOnce(ctx context.Context, in *chrono.Ingester, col *chrono.Collector, paths []string, prune bool) (*chrono.Collection, []chrono.Result, error) {
	got := col.Collect(paths, e.stdin)
	results := in.Ingest(ctx, got.Inputs)
	if prune && ctx.Err() == nil {
		pruned, err := in.Prune(ctx, got)
		if err != nil {
			return got, results, fmt.Errorf("prune: %w", err)
		}
		results = append(results, pruned...)
	}
	return got, results, nil
}

// printResults prints a line an article that changed something; all
// includes the unchanged.
func (e *env) printResults(results []chrono.Result, all bool) {
	for _, r := range results {
		if r.Status == chrono.Failed || r.Status == chrono.Unchanged && !all {
			continue
		}
		var what string
		switch r.Status {
		case chrono.Duplicate:
			what = "same content as " + r.Other + ": not stored twice"
		case chrono.Pruned:
			what = "file gone: removed with its events"
		case chrono.Moved:
			what = "from " + r.Other + "; " + describe(r)
		default:
			what = describe(r)
		}
		fmt.Fprintf(e.stdout, "%-9s %s  %s\n", r.Status, r.Path, what)
	}
}

// summary is what an ingest did, for people (String) and scripts (--json).
type summary struct {
	Seen      int       `json:"seen"` // articles and unreadable inputs
	New       int       `json:"new"`
	Changed   int       `json:"changed"`
	Unchanged int       `json:"unchanged"`
	Moved     int       `json:"moved"`
	Duplicate int       `json:"duplicate"`
	Pruned    int       `json:"pruned"`
	Failed    int       `json:"failed"`
	Failures  []failure `json:"failures"`
	// Warnings are articles ingested with a repair, such as invalid UTF-8
	// replaced with U+FFFD.
	Warnings []warning `json:"warnings"`
}

type warning struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Warning string `json:"warning"`
}

func (w warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: warning: %s", w.Path, w.Line, w.Warning)
	}
	return fmt.Sprintf("%s: warning: %s", w.Path, w.Warning)
}

type failure struct {
	Path  string `json:"path"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

func (f failure) String() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", f.Path, f.Line, f.Error)
	}
	return fmt.Sprintf("%s: %s", f.Path, f.Error)
}

func summarize(got *chrono.Collection, results []chrono.Result) summary {
	s := summary{Failures: []failure{}, Warnings: []warning{}}
	for _, err := range got.Errs {
		f := failure{Error: err.Error()}
		var ie *chrono.InputError
		if errors.As(err, &ie) {
			f = failure{Path: ie.Path, Line: ie.Line, Error: ie.Err.Error()}
		}
		s.Failures = append(s.Failures, f)
	}
	for _, r := range results {
		if r.Doc != nil && r.Status != chrono.Unchanged && r.Status != chrono.Pruned {
			path := r.Path
			if r.Line > 0 {
				path, _, _ = strings.Cut(r.Path, "#")
			}
			for _, w := range r.Doc.Warnings {
				s.Warnings = append(s.Warnings, warning{Path: path, Line: r.Line, Warning: w})
			}
		}
		switch r.Status {
		case chrono.Added:
			s.New++
		case chrono.Replaced:
			s.Changed++
		case chrono.Unchanged:
			s.Unchanged++
		case chrono.Moved:
			s.Moved++
		case chrono.Duplicate:
			s.Duplicate++
		case chrono.Pruned:
			s.Pruned++
			continue // not an input of this run
		case chrono.Failed:
			path := r.Path
			if r.Line > 0 { // a feed record: its feed and line
				path, _, _ = strings.Cut(r.Path, "#")
			}
			s.Failures = append(s.Failures, failure{Path: path, Line: r.Line, Error: r.Err.Error()})
		}
		s.Seen++
	}
	s.Failed = len(s.Failures)
	s.Seen += len(got.Errs)
	return s
}

func (s summary) String() string {
	line := fmt.Sprintf("%d articles: %d added, %d replaced, %d unchanged, %d failed", s.Seen, s.New, s.Changed, s.Unchanged, s.Failed)
	var more []string
	for _, n := range []struct {
		n    int
		what string
	}{{s.Moved, "moved"}, {s.Duplicate, "duplicate"}, {s.Pruned, "pruned"}} {
		if n.n > 0 {
			more = append(more, fmt.Sprintf("%d %s", n.n, n.what))
		}
	}
	if len(more) > 0 {
		line += "; " + strings.Join(more, ", ")
	}
	return line
}

func (s summary) changedAnything() bool {
	return s.New+s.Changed+s.Moved+s.Pruned > 0
}

func (e *env) watchCommand() *cli.Command {
	flags := append(ingestFlags(),
		&cli.DurationFlag{Name: "interval", Value: 30 * time.Second, Usage: "look for new and changed files every `DURATION`"},
		&cli.StringSliceFlag{Name: "export", Usage: "rewrite `FILE` (.csv, .xlsx, .json, .jsonl or .md) after each batch that changed something; repeatable"},
	)
	return &cli.Command{
		Name:      "watch",
		Usage:     "ingest new and changed articles as they arrive, and keep exports current",
		ArgsUsage: "DIR...",
		Description: `Ingests DIR (as ingest does), then looks again every --interval: new and
changed files are ingested, unchanged ones skipped by their content hash, and
with --prune the documents of deleted files removed. After each batch that
changed something, every --export FILE is rewritten whole (CSV, Excel, JSON,
JSON Lines or Markdown, by its extension; written beside it and renamed, so readers never see half a
file). Failures are reported once each. Stops on Ctrl-C, with status 0.

Example:
   chrono watch inbox/ --interval 1m --export brief.xlsx --export brief.csv
   chrono watch feeds/ --include '*.jsonl' --field published=dct --prune`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usage("watch: no DIR given (see 'chrono watch --help')")
			}
			if c.Duration("interval") <= 0 {
				return usage("watch: --interval must be positive")
			}
			exports := c.StringSlice("export")
			for _, out := range exports {
				if formatOf("", out) == "" {
					return usage("watch: --export %s: want a .csv, .xlsx, .json, .jsonl or .md file", out)
				}
			}
			for _, p := range c.Args().Slice() {
				if p == "-" {
					return usage("watch: stdin cannot be watched")
				}
			}
			in, col, db, err := e.openIngest(c)
			if err != nil {
				return err
			}
			defer db.Close()
			return e.watch(c.Context, in, col, db, c.Args().Slice(), c.Bool("prune"), c.Duration("interval"), exportTo{c.String("db"), exports})
		},
	}
}

// watch ingests paths now and after every tick until ctx ends.
// exportTo names the files watch keeps current and the database they
// come from.
type exportTo struct {
	db    string
	files []string
}

func (e *env) watch(ctx context.Context, in *chrono.Ingester, col *chrono.Collector, db *sqlite.DB, paths []string, prune bool, every time.Duration, exports exportTo) error {
	tick, stop := e.newTicker(every)
	defer stop()
	reported := map[string]bool{} // failures already printed
	first := true
	for {
		got, results, err := e.ingestOnce(ctx, in, col, paths, prune)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "chrono: watch: %v\n", err)
		}
		s := summarize(got, results)
		for _, f := range s.Failures {
			if !reported[f.String()] {
				reported[f.String()] = true
				fmt.Fprintf(e.stderr, "chrono: ingest %s\n", f)
			}
		}
		for _, w := range s.Warnings {
			fmt.Fprintf(e.stderr, "chrono: ingest %s\n", w) // only new and changed articles have any
		}
		if s.changedAnything() {
			e.printResults(results, false)
			fmt.Fprintf(e.stdout, "%s %s\n", e.now().Format("15:04:05"), s)
		}
		if s.changedAnything() || first && !db.EntriesCurrent(ctx) {
			if err := e.chronicleTo(ctx, db, e.stdout); err != nil {
				fmt.Fprintf(e.stderr, "chrono: watch: %v\n", err)
			}
		}
		if s.changedAnything() || first && missing(exports.files) {
			if err := e.exportAll(ctx, db, exports); err != nil {
				fmt.Fprintf(e.stderr, "chrono: watch: %v\n", err)
			}
		}
		first = false
		select {
		case <-ctx.Done():
			return nil
		case <-tick:
		}
	}
}

func missing(paths []string) bool {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return true
		}
	}
	return false
}

// exportAll rewrites each export from the database: into a temporary file
// beside it, then renamed over it.
func (e *env) exportAll(ctx context.Context, db *sqlite.DB, exports exportTo) error {
	if len(exports.files) == 0 {
		return nil
	}
	// One snapshot for the sources and every export's entries.
	return db.View(ctx, func(r *sqlite.DB) error {
		docs, err := r.Documents(ctx)
		if err != nil {
			return err
		}
		o := exportOptions{xlsx: xlsx.Options{Built: e.now(), Version: Version, Database: exports.db, Articles: len(docs)}}
		for _, out := range exports.files {
			// Each export streams the entries from the database afresh.
			n := 0
			seq := counted(chrono.FilterSeq(r.EachEntry(ctx), chrono.Filter{}), &n)
			tmp := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".tmp")
			if err := e.write(tmp, formatOf("", out), seq, docs, o); err != nil {
				os.Remove(tmp)
				return err
			}
			if err := os.Rename(tmp, out); err != nil {
				return fmt.Errorf("export %s: %w", out, err)
			}
			fmt.Fprintf(e.stdout, "wrote %s to %s\n", plural(n, "entry"), out)
		}
		return nil
	})
}

// newTicker returns the ticks of watch and a function that stops them.
func (e *env) newTicker(d time.Duration) (<-chan time.Time, func()) {
	if e.ticker != nil {
		return e.ticker(d)
	}
	t := time.NewTicker(d)
	return t.C, t.Stop
}
