package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/urfave/cli/v2"

	"github.com/chrono-news/chrono/chrono"
	"github.com/chrono-news/chrono/chrono/sqlite"
)

// keyWidth is how many characters of an entry's key the CLI shows; any
// unique prefix of 4 or more names the entry.
const keyWidth = 8

func short(key string) string {
	if len(key) > keyWidth {
		return key[:keyWidth]
	}
	return key
}

// chronicle rebuilds the entries after the events changed and says what
// came of it.
func (e *env) chronicle(c *cli.Context, db *sqlite.DB) error {
	return e.chronicleTo(c.Context, db, e.stdout)
}

// chronicleTo is chronicle reporting to w (io.Discard for none).
func (e *env) chronicleTo(ctx context.Context, db *sqlite.DB, w io.Writer) error {
	// One transaction from reading the events to writing the entries: an
	// ingest running beside this one cannot commit in between and leave
	// entries that miss its articles.
	var entries []chrono.Entry
	err := db.Update(ctx, func(tx *sqlite.DB) error {
		var err error
		entries, err = chrono.Chronicle(ctx, tx, chrono.DefaultEntryOptions)
		return err
	})
	if err != nil {
		return &exitError{1, err}
	}
	multi, conflicts := 0, 0
	for _, en := range entries {
		if en.Sources > 1 {
			multi++
		}
		if en.Conflict {
			conflicts++
		}
	}
	fmt.Fprintf(w, "%s: %d from two or more sources, %s to review\n",
		plural(len(entries), "chronology entry"), multi, plural(conflicts, "date conflict"))
	return nil
}

// openStore opens an existing database for writing.
func (e *env) openStore(c *cli.Context) (*sqlite.DB, error) {
	path := c.String("db")
	if _, err := os.Stat(path); err != nil {
		return nil, &exitError{1, fmt.Errorf("database %s: %w (run 'chrono ingest' first)", path, fs.ErrNotExist)}
	}
	db, err := sqlite.Open(path)
	if err != nil {
		return nil, &exitError{1, err}
	}
	return db, nil
}

// readEntries opens the database read-only, once, and returns the entries
// the command's filter flags select and, when docs is set, every source.
func (e *env) readEntries(c *cli.Context, docs bool) ([]chrono.Entry, []*chrono.Document, error) {
	var entries []chrono.Entry
	var ds []*chrono.Document
	err := e.eachEntry(c, docs, func(seq iter.Seq2[*chrono.Entry, error], all []*chrono.Document) error {
		var err error
		entries, err = chrono.CollectEntries(seq)
		ds = all
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return entries, ds, nil
}

// eachEntry opens the database read-only, once, and calls fn with the
// entries the command's filter flags select, streamed from the database
// (only --top gathers them, for their day scores), and, when docs is set,
// every source, all from one snapshot while other processes may write. An
// error reading the entries comes out of the sequence; fn returns it, or
// its own.
func (e *env) eachEntry(c *cli.Context, docs bool, fn func(iter.Seq2[*chrono.Entry, error], []*chrono.Document) error) error {
	f, err := filter(c)
	if err != nil {
		return err
	}
	path := c.String("db")
	if _, err := os.Stat(path); err != nil {
		return &exitError{1, fmt.Errorf("database %s: %w (run 'chrono ingest' first)", path, fs.ErrNotExist)}
	}
	db, err := sqlite.OpenReadOnly(path)
	if err != nil {
		return &exitError{1, err}
	}
	defer db.Close()
	var fnErr error
	err = db.View(c.Context, func(r *sqlite.DB) error {
		// What comes before the entries is read first: the connection is
		// the sequence's while it runs.
		var ds []*chrono.Document
		if docs {
			var err error
			if ds, err = r.Documents(c.Context); err != nil {
				return err
			}
		}
		seq := r.EachEntry(c.Context)
		if q := chrono.ParseQuery(f.Search); len(q) > 0 {
			// The full-text index answers --search, with FilterEntries' meaning.
			keys, err := r.SearchEntries(c.Context, q.FTS())
			if err != nil {
				return err
			}
			seq, f.Search = withKeys(seq, keys), ""
		}
		fnErr = fn(chrono.FilterSeq(seq, f), ds)
		return nil
	})
	if err != nil {
		return &exitError{1, err}
	}
	return fnErr
}

// withKeys yields the entries of seq whose keys are in keys.
func withKeys(seq iter.Seq2[*chrono.Entry, error], keys map[string]bool) iter.Seq2[*chrono.Entry, error] {
	return func(yield func(*chrono.Entry, error) bool) {
		for en, err := range seq {
			if (err != nil || keys[en.Key]) && !yield(en, err) {
				return
			}
		}
	}
}

func printEntries(w io.Writer, entries []chrono.Entry) {
	if len(entries) == 0 {
		fmt.Fprintln(w, "no dated events")
		return
	}
	t := newTable(w, table.Row{"Entry", "Date", "Grain", "Sources", "Event", "Actors", "Check"})
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 5, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft},
		{Number: 6, WidthMax: 28, WidthMaxEnforcer: text.WrapSoft},
		{Number: 7, WidthMax: 30, WidthMaxEnforcer: text.WrapSoft},
	})
	for i := range entries {
		en := &entries[i]
		var names []string
		for k, a := range en.Actors {
			if k == 4 {
				names = append(names, "…")
				break
			}
			names = append(names, a.Name)
		}
		t.AppendRow(table.Row{short(en.Key), en.Date.Value, en.Date.Grain, en.Sources, en.Text, strings.Join(names, ", "), check(en)})
	}
	t.Render()
}

// check says what an analyst should know about an entry's date.
func check(en *chrono.Entry) string {
	notes := en.Checks()
	if en.Note != "" {
		notes = append(notes, "note: "+oneLine(en.Note))
	}
	return strings.Join(notes, "; ")
}

// printMentionRows prints the mentions of entries, one row each.
func printMentionRows(w io.Writer, entries []chrono.Entry) {
	var rows []chrono.Row
	var keys []string
	for _, en := range entries {
		for _, m := range en.Mentions {
			rows = append(rows, m)
			keys = append(keys, short(en.Key))
		}
	}
	printTimeline(w, rows, keys)
}

func (e *env) reviewCommand() *cli.Command {
	return &cli.Command{
		Name:  "review",
		Usage: "list the entries an analyst should check: date conflicts and inferred dates",
		Description: `Lists entries whose sources give different days (conflicts), then entries
dated against a guessed reference or with an ambiguous numeric date, each with
every mention: its date, how it was resolved and its sentence. Settle them
with 'chrono correct', 'chrono split' or 'chrono exclude'.

Example:
   chrono review
   chrono correct 426078cd --date 2026-01-06 --note "Elysée readout"`,
		Flags: filterFlags,
		Action: func(c *cli.Context) error {
			entries, _, err := e.readEntries(c, false)
			if err != nil {
				return err
			}
			var conflicts, inferred []chrono.Entry
			for _, en := range entries {
				switch en.ReviewReason() {
				case chrono.ReviewConflict:
					conflicts = append(conflicts, en)
				case chrono.ReviewInferred, chrono.ReviewAmbiguous:
					inferred = append(inferred, en)
				}
			}
			if len(conflicts)+len(inferred) == 0 {
				fmt.Fprintln(e.stdout, "nothing to review")
				return nil
			}
			for _, group := range []struct {
				title string
				list  []chrono.Entry
			}{{"Date conflicts", conflicts}, {"Inferred or ambiguous dates", inferred}} {
				if len(group.list) == 0 {
					continue
				}
				fmt.Fprintf(e.stdout, "%s (%d)\n\n", group.title, len(group.list))
				for _, en := range group.list {
					fmt.Fprintf(e.stdout, "%s  %s  %s\n", short(en.Key), en.Date.Value, en.Headline)
					if en.Conflict {
						fmt.Fprintf(e.stdout, "  %s\n", check(&en))
					}
					for _, m := range en.Mentions {
						fmt.Fprintf(e.stdout, "  %-16s %-30s %q in %s\n    %s\n", m.Mention.Date.Value, resolution(m.Mention),
							m.Mention.Text, shorten(m.Source.Title, 50), shorten(oneLine(m.Sentence), 200))
					}
					fmt.Fprintln(e.stdout)
				}
			}
			return nil
		},
	}
}

// correctionCommand builds correct, exclude and note: each finds an entry,
// stores the correction and rebuilds the entries.
func (e *env) correctionCommand(name, usageText, args, description string, flags []cli.Flag, make func(c *cli.Context, en *chrono.Entry) (chrono.Correction, error)) *cli.Command {
	return &cli.Command{
		Name:        name,
		Usage:       usageText,
		ArgsUsage:   args,
		Description: description,
		Flags:       flags,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usage("%s: no ENTRY given (see 'chrono %s --help')", name, name)
			}
			db, found, err := e.findEntries(c, name, c.Args().First())
			if err != nil {
				return err
			}
			defer db.Close()
			en := found[0]
			corr, err := make(c, en)
			if err != nil {
				return err
			}
			return e.addCorrection(c, db, corr, fmt.Sprintf("%s %s: %s", name, short(en.Key), en.Headline))
		},
	}
}

// findEntries opens the database for writing and finds the entries keys
// name; the caller closes the database.
func (e *env) findEntries(c *cli.Context, name string, keys ...string) (*sqlite.DB, []*chrono.Entry, error) {
	db, err := e.openStore(c)
	if err != nil {
		return nil, nil, err
	}
	entries, err := db.Entries(c.Context)
	if err != nil {
		db.Close()
		return nil, nil, &exitError{1, err}
	}
	found := make([]*chrono.Entry, len(keys))
	for i, k := range keys {
		if found[i], err = chrono.FindEntry(entries, k); err != nil {
			db.Close()
			return nil, nil, &exitError{1, fmt.Errorf("%s: %w", name, err)}
		}
	}
	return db, found, nil
}

// addCorrection stores corr, says what was done and rebuilds the entries.
func (e *env) addCorrection(c *cli.Context, db *sqlite.DB, corr chrono.Correction, done string) error {
	if _, err := db.AddCorrection(c.Context, corr); err != nil {
		return &exitError{1, err}
	}
	fmt.Fprintln(e.stdout, done)
	return e.chronicle(c, db)
}

func (e *env) correctCommands() []*cli.Command {
	note := &cli.StringFlag{Name: "note", Usage: "why, in the analyst's words: `TEXT`"}
	correct := e.correctionCommand("correct", "set an entry's date", "ENTRY",
		`Sets the date of ENTRY (its key from 'chrono timeline', or any unique prefix
of 4 characters or more) to a TIMEX3 value. Exports then show the analyst's
date, marked as such, beside chrono's. The correction names the entry by the
content of its mentions, so it holds after new articles, a rebuild, or a
fresh database into which the corrections are imported.

Example:
   chrono correct 426078cd --date 2026-01-06 --note "Elysée readout"`,
		[]cli.Flag{&cli.StringFlag{Name: "date", Required: true, Usage: "the right `DATE` (2026-01-06, 2025-12, 2025-Q3)"}, note},
		func(c *cli.Context, en *chrono.Entry) (chrono.Correction, error) {
			d, err := parseDate(c.String("date"), chrono.NewRecognizer(chrono.OrderAuto))
			if err != nil {
				return chrono.Correction{}, usage("correct: --date: %v", err)
			}
			return chrono.NewCorrection(chrono.CorrectDate, en, d.Value, c.String("note"), e.now()), nil
		})
	exclude := e.correctionCommand("exclude", "leave an entry out of chronologies and exports", "ENTRY",
		`Excludes ENTRY from timelines and exports ('chrono timeline --all' still shows it).

Example:
   chrono exclude 9c1e1fd0 --note "not about the talks"`,
		[]cli.Flag{note},
		func(c *cli.Context, en *chrono.Entry) (chrono.Correction, error) {
			return chrono.NewCorrection(chrono.Exclude, en, "", c.String("note"), e.now()), nil
		})
	noteCmd := e.correctionCommand("note", "attach an analyst's note to an entry", "ENTRY TEXT",
		`Attaches TEXT to ENTRY; exports show it beside the entry.

Example:
   chrono note 426078cd "Confirmed by the Elysée readout"`,
		nil,
		func(c *cli.Context, en *chrono.Entry) (chrono.Correction, error) {
			text := strings.Join(c.Args().Tail(), " ")
			if strings.TrimSpace(text) == "" {
				return chrono.Correction{}, usage("note: no TEXT given")
			}
			return chrono.NewCorrection(chrono.Annotate, en, "", text, e.now()), nil
		})
	return []*cli.Command{correct, exclude, noteCmd, e.mergeCommand(), e.splitCommand()}
}

func (e *env) mergeCommand() *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "make two entries one",
		ArgsUsage: "ENTRY ENTRY",
		Description: `Merges two entries that describe the same happening and that chrono kept apart.

Example:
   chrono merge 426078cd 9c1e1fd0`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usage("merge: want two ENTRY keys (see 'chrono merge --help')")
			}
			db, found, err := e.findEntries(c, "merge", c.Args().Get(0), c.Args().Get(1))
			if err != nil {
				return err
			}
			defer db.Close()
			a, b := found[0], found[1]
			if a == b {
				return usage("merge: %s and %s are the same entry", c.Args().Get(0), c.Args().Get(1))
			}
			corr := chrono.NewCorrection(chrono.Merge, a, "", "", e.now())
			corr.Keys = []string{a.Mentions[0].Key(), b.Mentions[0].Key()}
			return e.addCorrection(c, db, corr, fmt.Sprintf("merged %s and %s", short(a.Key), short(b.Key)))
		},
	}
}

func (e *env) splitCommand() *cli.Command {
	return e.correctionCommand("split", "make each mention of an entry an entry of its own", "ENTRY",
		`Splits ENTRY, which chrono merged wrongly, into one entry per mention.

Example:
   chrono split 426078cd`,
		nil,
		func(c *cli.Context, en *chrono.Entry) (chrono.Correction, error) {
			if len(en.Mentions) < 2 {
				return chrono.Correction{}, usage("split: entry %s has one mention only", short(en.Key))
			}
			return chrono.NewCorrection(chrono.Split, en, "", "", e.now()), nil
		})
}

func (e *env) correctionsCommand() *cli.Command {
	return &cli.Command{
		Name:  "corrections",
		Usage: "export or import the analysts' corrections as JSON",
		Description: `Corrections can live in version control beside the article folder: export
them, and import them into any database built from the same articles.

Example:
   chrono corrections export corrections.json
   chrono --db fresh.db ingest articles/ && chrono --db fresh.db corrections import corrections.json`,
		Subcommands: []*cli.Command{
			{
				Name:      "export",
				Usage:     "write the corrections to FILE (- for standard output)",
				ArgsUsage: "FILE",
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usage("corrections export: want one FILE")
					}
					db, err := e.openStore(c)
					if err != nil {
						return err
					}
					defer db.Close()
					corr, err := db.Corrections(c.Context)
					if err != nil {
						return &exitError{1, err}
					}
					if corr == nil {
						corr = []chrono.Correction{}
					}
					b, err := json.MarshalIndent(corr, "", "  ")
					if err != nil {
						return &exitError{1, err}
					}
					b = append(b, '\n')
					out := c.Args().First()
					if out == "-" {
						_, err = e.stdout.Write(b)
					} else {
						err = os.WriteFile(out, b, 0o644)
					}
					if err != nil {
						return &exitError{1, fmt.Errorf("corrections export: %w", err)}
					}
					if out != "-" {
						fmt.Fprintf(e.stderr, "wrote %s to %s\n", plural(len(corr), "correction"), out)
					}
					return nil
				},
			},
			{
				Name:      "import",
				Usage:     "add the corrections in FILE (- for standard input)",
				ArgsUsage: "FILE",
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usage("corrections import: want one FILE")
					}
					in := c.Args().First()
					var b []byte
					var err error
					if in == "-" {
						b, err = io.ReadAll(e.stdin)
					} else {
						b, err = os.ReadFile(in)
					}
					if err != nil {
						return &exitError{1, fmt.Errorf("corrections import: %w", err)}
					}
					var corr []chrono.Correction
					if err := json.Unmarshal(b, &corr); err != nil {
						return &exitError{1, fmt.Errorf("corrections import %s: %w", in, err)}
					}
					for i, co := range corr {
						if err := validCorrection(co); err != nil {
							return &exitError{1, fmt.Errorf("corrections import %s: correction %d: %w", in, i+1, err)}
						}
					}
					db, err := e.openStore(c)
					if err != nil {
						return err
					}
					defer db.Close()
					added := 0
					for _, co := range corr {
						ok, err := db.AddCorrection(c.Context, co)
						if err != nil {
							return &exitError{1, err}
						}
						if ok {
							added++
						}
					}
					fmt.Fprintf(e.stdout, "imported %d of %s (the others were already there)\n", added, plural(len(corr), "correction"))
					return e.chronicle(c, db)
				},
			},
		},
	}
}

// validCorrection checks an imported correction before anything is stored.
func validCorrection(c chrono.Correction) error {
	switch c.Kind {
	case chrono.CorrectDate:
		if _, err := chrono.ParseValue(c.Value); err != nil {
			return fmt.Errorf("entry %s: %w", c.Entry, err)
		}
	case chrono.Exclude, chrono.Annotate, chrono.Split:
	case chrono.Merge:
		if len(c.Keys) < 2 {
			return fmt.Errorf("entry %s: a merge names two entries", c.Entry)
		}
	default:
		return fmt.Errorf("entry %s: unknown kind %q", c.Entry, c.Kind)
	}
	if c.Entry == "" && len(c.Keys) == 0 {
		return fmt.Errorf("no entry key")
	}
	return nil
}

func (e *env) rebuildCommand() *cli.Command {
	return &cli.Command{
		Name:  "rebuild",
		Usage: "re-derive mentions, events and entries from the stored articles",
		Description: `Runs the current recognizer over every stored article again (after an
upgrade of chrono, say), replacing its mentions and events, and rebuilds the
chronology entries. Analysts' corrections are kept and applied again.

Example:
   chrono rebuild`,
		Flags: []cli.Flag{dateOrderFlag()},
		Action: func(c *cli.Context) error {
			order, err := chrono.ParseDateOrder(c.String("date-order"))
			if err != nil {
				return usage("%v", err)
			}
			sp, err := chrono.NewSplitter()
			if err != nil {
				return &exitError{1, err}
			}
			db, err := e.openStore(c)
			if err != nil {
				return err
			}
			defer db.Close()
			docs, err := db.DocumentsWithText(c.Context)
			if err != nil {
				return &exitError{1, err}
			}
			rec := chrono.NewRecognizer(order)
			events := 0
			for _, d := range docs {
				ms, evs := chrono.Analyze(d, rec, sp)
				if err := db.SaveDocument(c.Context, d, ms, evs); err != nil {
					return &exitError{1, fmt.Errorf("rebuild: %w", err)}
				}
				events += len(evs)
			}
			fmt.Fprintf(e.stdout, "rebuilt %s: %s\n", plural(len(docs), "article"), plural(events, "event"))
			return e.chronicle(c, db)
		},
	}
}
