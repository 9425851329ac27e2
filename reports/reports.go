package reports

import (
	"bufio"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Report is a named SQL query with documented parameters. A report file is
// SQL whose header comment says what it is:
//
//	-- name: by-month
//	-- description: Entries, sources and conflicts per month.
//	-- param: from   first day, YYYY-MM-DD (when not given: the first)
//	-- param: limit  how many; default: 10
//	SELECT ... WHERE (:from IS NULL OR start >= :from) ...
//
// Parameters are bound by name (:from), never pasted into the SQL; a
// parameter the caller does not give is NULL, or its "default:" value.
type Report struct {
	Name        string
	Description string
	Params      []Param
	SQL         string
	Source      string // "built-in" or the file it came from
}

// Param is one parameter of a report.
type Param struct {
	Name        string
	Description string
	Default     string // "" for none: NULL
}

//go:embed sql/*.sql
var builtin embed.FS

// Builtin returns the reports that ship with chrono, by name.
func Builtin() ([]Report, error) {
	return load(builtin, "sql", "built-in")
}

// Dir returns the reports in the .sql files of dir, by name.
func Dir(dir string) ([]Report, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("reports dir %s: %w", dir, unwrapPath(err))
	}
	return load(os.DirFS(dir), ".", dir)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func load(fsys fs.FS, dir, source string) ([]Report, error) {
	names, err := fs.Glob(fsys, pathJoin(dir, "*.sql"))
	if err != nil {
		return nil, err
	}
	var out []Report
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", displayPath(source, n), err)
		}
		r, err := Parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", displayPath(source, n), err)
		}
		r.Source = source
		if source != "built-in" {
			r.Source = displayPath(source, n)
		}
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out, nil
}

func pathJoin(dir, name string) string {
	if dir == "." {
		return name
	}
	return dir + "/" + name
}

func displayPath(source, name string) string {
	if source == "built-in" {
		return name
	}
	return filepath.Join(source, filepath.FromSlash(name))
}

// Parse reads a report from its file's text.
func Parse(text string) (Report, error) {
	var r Report
	sc := bufio.NewScanner(strings.NewReader(text))
	var body []string
	header := true
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if header && strings.HasPrefix(trimmed, "--") {
			key, value, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(trimmed, "--")), ":")
			if !ok {
				continue // a plain comment
			}
			value = strings.TrimSpace(value)
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "name":
				r.Name = value
			case "description":
				r.Description = value
			case "param":
				p, err := parseParam(value)
				if err != nil {
					return r, err
				}
				r.Params = append(r.Params, p)
			}
			continue
		}
		if trimmed != "" {
			header = false
		}
		body = append(body, line)
	}
	r.SQL = strings.TrimSpace(strings.Join(body, "\n"))
	switch {
	case r.Name == "":
		return r, errors.New(`no "-- name:" line in the header`)
	case strings.ContainsAny(r.Name, " \t/"):
		return r, fmt.Errorf("name %q: use letters, digits and dashes", r.Name)
	case r.Description == "":
		return r, errors.New(`no "-- description:" line in the header`)
	case r.SQL == "":
		return r, errors.New("no SQL after the header")
	}
	return r, nil
}

// parseParam reads "limit  how many; default: 10": a name, what it is, and
// after "; default:" the value it takes when not given (else NULL).
func parseParam(s string) (Param, error) {
	name, desc, _ := strings.Cut(s, " ")
	p := Param{Name: strings.TrimSpace(name), Description: strings.TrimSpace(desc)}
	if p.Name == "" {
		return p, errors.New("a param line without a name")
	}
	if i := strings.Index(p.Description, "; default:"); i >= 0 {
		p.Default = strings.TrimSpace(p.Description[i+len("; default:"):])
		p.Description = strings.TrimRight(strings.TrimSpace(p.Description[:i]), ";,")
	}
	return p, nil
}

// Find returns the report called name among reports.
func Find(reports []Report, name string) (Report, error) {
	for _, r := range reports {
		if r.Name == name {
			return r, nil
		}
	}
	var names []string
	for _, r := range reports {
		names = append(names, r.Name)
	}
	return Report{}, fmt.Errorf("no report %q (there are: %s)", name, strings.Join(names, ", "))
}

// Args binds params (name → value) to the report's parameters: every given
// name must be declared; a declared one not given is its default or NULL.
func (r Report) Args(params map[string]string) ([]any, error) {
	declared := map[string]bool{}
	var args []any
	for _, p := range r.Params {
		declared[p.Name] = true
		v, ok := params[p.Name]
		switch {
		case ok:
			args = append(args, sql.Named(p.Name, v))
		case p.Default != "":
			args = append(args, sql.Named(p.Name, p.Default))
		default:
			args = append(args, sql.Named(p.Name, nil))
		}
	}
	for name := range params {
		if !declared[name] {
			return nil, fmt.Errorf("report %s has no parameter %q", r.Name, name)
		}
	}
	return args, nil
}

// Querier runs a query: *sql.DB, *sql.Tx, or chrono's read-only database.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Result is the table a query returned.
type Result struct {
	Name    string // the report's name, or "query"
	Columns []string
	Rows    [][]any // string, int64, float64, nil or []byte
}

// Query runs query with args and reads every row.
func Query(ctx context.Context, q Querier, name, query string, args ...any) (*Result, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	res := &Result{Name: name, Columns: cols}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		res.Rows = append(res.Rows, vals)
	}
	return res, rows.Err()
}

// Run runs report r with params.
func Run(ctx context.Context, q Querier, r Report, params map[string]string) (*Result, error) {
	args, err := r.Args(params)
	if err != nil {
		return nil, err
	}
	res, err := Query(ctx, q, r.Name, r.SQL, args...)
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", r.Name, err)
	}
	return res, nil
}
