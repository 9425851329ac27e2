package main

import (
	"database/sql"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/urfave/cli/v2"

	"github.com/chrono-news/chrono/chrono/sqlite"
	"github.com/chrono-news/chrono/reports"
	"github.com/chrono-news/chrono/reports/tabular"
)

func resultFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "param", Aliases: []string{"p"}, Usage: "a parameter, `KEY=VALUE`, bound by name (repeat for more)"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "`FORMAT`: " + strings.Join(tabular.Formats, ", ") + " (default: table, or from the --output extension)"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
		&cli.BoolFlag{Name: "raw", Usage: "csv, xlsx: leave text starting with = + - @ as it is (by default it is neutralised against formula injection)"},
	}
}

func reportsDirFlag() cli.Flag {
	return &cli.StringFlag{Name: "reports-dir", EnvVars: []string{"CHRONO_REPORTS"}, Usage: "`DIR` of your own .sql reports, beside the built-in ones"}
}

// loadReports returns the built-in reports and those of --reports-dir; a
// user report may replace a built-in one of the same name.
func loadReports(c *cli.Context) ([]reports.Report, error) {
	all, err := reports.Builtin()
	if err != nil {
		return nil, &exitError{1, err}
	}
	dir := c.String("reports-dir")
	if dir == "" {
		return all, nil
	}
	mine, err := reports.Dir(dir)
	if err != nil {
		return nil, &exitError{1, err}
	}
	byName := map[string]int{}
	for i, r := range all {
		byName[r.Name] = i
	}
	for _, r := range mine {
		if i, ok := byName[r.Name]; ok {
			all[i] = r
		} else {
			all = append(all, r)
		}
	}
	return all, nil
}

func params(c *cli.Context) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range c.StringSlice("param") {
		k, v, ok := strings.Cut(p, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, usage("--param %q: want KEY=VALUE", p)
		}
		out[strings.TrimSpace(k)] = v
	}
	return out, nil
}

// outputFormat is --format, else the --output file's extension, else table.
func outputFormat(c *cli.Context) (string, error) {
	f := strings.ToLower(c.String("format"))
	if f == "" {
		if ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(c.String("output"))), "."); ext != "" {
			f = ext
		} else {
			f = "table"
		}
	}
	for _, known := range tabular.Formats {
		if f == known {
			if f == "xlsx" && c.String("output") == "" {
				return "", usage("--format xlsx needs an --output file")
			}
			return f, nil
		}
	}
	return "", usage("unknown format %q: want %s", f, strings.Join(tabular.Formats, ", "))
}

// openRead opens the database read-only for reports and SQL.
func (e *env) openRead(c *cli.Context) (*sqlite.DB, error) {
	path := c.String("db")
	if _, err := os.Stat(path); err != nil {
		return nil, &exitError{1, fmt.Errorf("database %s: %w (run 'chrono ingest' first)", path, fs.ErrNotExist)}
	}
	db, err := sqlite.OpenReadOnly(path)
	if err != nil {
		return nil, &exitError{1, err}
	}
	return db, nil
}

// emit writes results to --output or standard output.
func (e *env) emit(c *cli.Context, format string, results ...*reports.Result) error {
	var w io.Writer = e.stdout
	var f *os.File
	if out := c.String("output"); out != "" {
		var err error
		if f, err = os.Create(out); err != nil {
			return &exitError{1, err}
		}
		w = f
	}
	err := tabular.Write(w, format, tabular.Options{Raw: c.Bool("raw")}, results...)
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return &exitError{1, err}
	}
	return nil
}

func (e *env) reportCommand() *cli.Command {
	return &cli.Command{
		Name:  "report",
		Usage: "list and run SQL reports: the built-in ones and your own",
		Description: `Built-in reports answer the standard questions; add your own as .sql files
in --reports-dir (or $CHRONO_REPORTS), with a header comment giving the name,
a description and the parameters (see reports/SCHEMA.md).

Example:
   chrono report list
   chrono report run by-month --param from=2025-12 --format csv
   chrono report run new-since --param since=2026-01-08 --output new.xlsx`,
		Flags: []cli.Flag{reportsDirFlag()},
		Subcommands: []*cli.Command{
			{
				Name:  "list",
				Usage: "list the reports with their parameters",
				Flags: []cli.Flag{reportsDirFlag()},
				Action: func(c *cli.Context) error {
					all, err := loadReports(c)
					if err != nil {
						return err
					}
					for _, r := range all {
						fmt.Fprintf(e.stdout, "%-16s %s", r.Name, r.Description)
						if r.Source != "built-in" {
							fmt.Fprintf(e.stdout, " [%s]", r.Source)
						}
						fmt.Fprintln(e.stdout)
						for _, p := range r.Params {
							fmt.Fprintf(e.stdout, "  --param %s=…  %s", p.Name, p.Description)
							if p.Default != "" {
								fmt.Fprintf(e.stdout, " (default %s)", p.Default)
							}
							fmt.Fprintln(e.stdout)
						}
					}
					return nil
				},
			},
			{
				Name:      "run",
				Usage:     "run a report",
				ArgsUsage: "NAME",
				Flags:     append(resultFlags(), reportsDirFlag()),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usage("report run: want one report NAME (see 'chrono report list')")
					}
					format, err := outputFormat(c)
					if err != nil {
						return err
					}
					ps, err := params(c)
					if err != nil {
						return err
					}
					all, err := loadReports(c)
					if err != nil {
						return err
					}
					r, err := reports.Find(all, c.Args().First())
					if err != nil {
						return usage("report run: %v", err)
					}
					if _, err := r.Args(ps); err != nil {
						return usage("report run: %v", err)
					}
					db, err := e.openRead(c)
					if err != nil {
						return err
					}
					defer db.Close()
					res, err := reports.Run(c.Context, db, r, ps)
					if err != nil {
						return &exitError{1, err}
					}
					return e.emit(c, format, res)
				},
			},
		},
	}
}

func (e *env) sqlCommand() *cli.Command {
	return &cli.Command{
		Name:      "sql",
		Usage:     "run a read-only SQL query on the database",
		ArgsUsage: "QUERY",
		Description: `Runs one query (SELECT, WITH, VALUES, EXPLAIN or a reading PRAGMA) on the
database opened read-only: writes, ATTACH and writing pragmas fail and change
nothing. Parameters are bound by name (:from), never pasted into the SQL. The
views chronology, mentions, sources, conflicts and actors and the full-text
index entries_fts are documented in reports/SCHEMA.md.

Example:
   chrono sql "SELECT date, headline FROM chronology WHERE start >= :from" --param from=2026-01-01
   chrono sql "SELECT entry FROM entries_fts WHERE entries_fts MATCH 'security guarantees'"`,
		Flags: resultFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usage("sql: want one QUERY (quote it)")
			}
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			ps, err := params(c)
			if err != nil {
				return err
			}
			query := c.Args().First()
			if err := readOnlyStatement(query); err != nil {
				return &exitError{1, fmt.Errorf("sql: %w", err)}
			}
			db, err := e.openRead(c)
			if err != nil {
				return err
			}
			defer db.Close()
			var args []any
			for k, v := range ps {
				args = append(args, namedArg(k, v))
			}
			res, err := reports.Query(c.Context, db, "query", query, args...)
			if err != nil {
				if strings.Contains(err.Error(), "readonly") || strings.Contains(err.Error(), "read-only") || strings.Contains(err.Error(), "query_only") {
					return &exitError{1, fmt.Errorf("sql: the database is read here and cannot be changed: %w", err)}
				}
				return &exitError{1, fmt.Errorf("sql: %w", err)}
			}
			return e.emit(c, format, res)
		},
	}
}

// readOnlyStatement checks that query is one statement of a reading kind.
// The database is opened read-only as well: this gives a clear message
// first, and keeps ATTACH (which could create a file) out.
func readOnlyStatement(query string) error {
	body := strings.TrimSpace(stripComments(query))
	body = strings.TrimSpace(strings.TrimRight(body, "; \t\n"))
	if body == "" {
		return fmt.Errorf("empty query")
	}
	if hasTwoStatements(body) {
		return fmt.Errorf("one statement at a time")
	}
	word := strings.ToUpper(strings.FieldsFunc(body, func(r rune) bool { return !unicode.IsLetter(r) })[0])
	switch word {
	case "SELECT", "WITH", "VALUES", "EXPLAIN":
		return nil
	case "PRAGMA":
		name, _, call := strings.Cut(strings.TrimSpace(strings.TrimPrefix(strings.ToLower(body), "pragma")), "(")
		if strings.Contains(body, "=") || call && !infoPragmas[strings.TrimSpace(name)] {
			return fmt.Errorf("only reading pragmas (PRAGMA user_version, PRAGMA table_info(entries)): chrono sql does not change the database")
		}
		return nil
	}
	return fmt.Errorf("%s is not allowed: chrono sql only reads (SELECT, WITH, VALUES, EXPLAIN, PRAGMA)", word)
}

// infoPragmas take an argument and only read: PRAGMA table_info(entries).
var infoPragmas = map[string]bool{
	"table_info": true, "table_xinfo": true, "index_list": true, "index_info": true, "index_xinfo": true,
	"foreign_key_list": true, "foreign_key_check": true, "integrity_check": true, "quick_check": true,
}

// stripComments removes -- and /* */ comments outside quotes.
func stripComments(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		switch {
		case q[i] == '\'' || q[i] == '"':
			j := i + 1
			for j < len(q) && q[j] != q[i] {
				j++
			}
			b.WriteString(q[i:min(j+1, len(q))])
			i = j
		case strings.HasPrefix(q[i:], "--"):
			for i < len(q) && q[i] != '\n' {
				i++
			}
			b.WriteByte(' ')
		case strings.HasPrefix(q[i:], "/*"):
			end := strings.Index(q[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			i += end + 3
			b.WriteByte(' ')
		default:
			b.WriteByte(q[i])
		}
	}
	return b.String()
}

// hasTwoStatements reports a semicolon outside quotes.
func hasTwoStatements(q string) bool {
	var quote byte
	for i := 0; i < len(q); i++ {
		switch {
		case quote != 0:
			if q[i] == quote {
				quote = 0
			}
		case q[i] == '\'' || q[i] == '"':
			quote = q[i]
		case q[i] == ';':
			return true
		}
	}
	return false
}

func namedArg(name, value string) any { return sql.Named(name, value) }
