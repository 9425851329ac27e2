package reports_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chrono-news/chrono/reports"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, text string
		want       reports.Report
		err        string
	}{
		{"full", "-- name: gaps\n-- description: Coverage gaps.\n-- A plain comment.\n-- param: from   first day (when not given: the first)\n-- param: limit  how many; default: 10\nSELECT 1\n-- a comment in the body\n",
			reports.Report{Name: "gaps", Description: "Coverage gaps.", SQL: "SELECT 1\n-- a comment in the body",
				Params: []reports.Param{{Name: "from", Description: "first day (when not given: the first)"}, {Name: "limit", Description: "how many", Default: "10"}}}, ""},
		{"no name", "-- description: x\nSELECT 1", reports.Report{}, `no "-- name:" line`},
		{"no description", "-- name: x\nSELECT 1", reports.Report{}, `no "-- description:" line`},
		{"bad name", "-- name: my report\n-- description: x\nSELECT 1", reports.Report{}, `name "my report"`},
		{"no SQL", "-- name: x\n-- description: x\n", reports.Report{}, "no SQL"},
		{"param without name", "-- name: x\n-- description: x\n-- param:\nSELECT 1", reports.Report{}, "without a name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := reports.Parse(tt.text)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse() =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

// Every built-in report parses, names its parameters and runs on an empty
// schema; the seven are there.
func TestBuiltin(t *testing.T) {
	all, err := reports.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range all {
		names = append(names, r.Name)
		if r.Source != "built-in" {
			t.Errorf("%s: source %q", r.Name, r.Source)
		}
	}
	want := []string{"actors", "by-month", "conflicts", "gaps", "new-since", "per-source", "undated-sources"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("built-in reports %q, want %q", names, want)
	}
}

func TestArgs(t *testing.T) {
	r := reports.Report{Name: "gaps", Params: []reports.Param{{Name: "from"}, {Name: "limit", Default: "10"}}}
	args, err := r.Args(map[string]string{"from": "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	want := []any{sql.Named("from", "2026-01-01"), sql.Named("limit", "10")}
	if !reflect.DeepEqual(args, want) {
		t.Errorf("Args() = %v, want %v", args, want)
	}
	args, _ = r.Args(nil)
	if args[0].(sql.NamedArg).Value != nil {
		t.Errorf("a parameter not given is %v, want NULL", args[0])
	}
	if _, err := r.Args(map[string]string{"form": "x"}); err == nil || !strings.Contains(err.Error(), `report gaps has no parameter "form"`) {
		t.Errorf("unknown parameter: %v", err)
	}
}

func TestDir(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.sql"), []byte("-- name: mine\n-- description: Mine.\nSELECT 1 AS one"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a report"), 0o644)
	got, err := reports.Dir(dir)
	if err != nil || len(got) != 1 || got[0].Name != "mine" || got[0].Source != filepath.Join(dir, "mine.sql") {
		t.Fatalf("Dir() = %+v, %v", got, err)
	}
	os.WriteFile(filepath.Join(dir, "broken.sql"), []byte("SELECT 2"), 0o644)
	if _, err := reports.Dir(dir); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "broken.sql")) {
		t.Errorf("a bad report file: %v, want an error naming it", err)
	}
	if _, err := reports.Dir(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("a missing dir: %v", err)
	}
	if _, err := reports.Find(got, "nope"); err == nil || !strings.Contains(err.Error(), `no report "nope" (there are: mine)`) {
		t.Errorf("Find: %v", err)
	}
}

func TestRun(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := reports.Report{Name: "q", SQL: "SELECT :a AS a, :a IS NULL AS missing, 2.5 AS f, x'41' AS b", Params: []reports.Param{{Name: "a"}}}
	res, err := reports.Run(context.Background(), db, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := &reports.Result{Name: "q", Columns: []string{"a", "missing", "f", "b"}, Rows: [][]any{{nil, int64(1), 2.5, "A"}}}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("Run() = %+v, want %+v", res, want)
	}
	if _, err := reports.Run(context.Background(), db, reports.Report{Name: "bad", SQL: "SELECT * FROM nowhere"}, nil); err == nil || !strings.Contains(err.Error(), "report bad: ") {
		t.Errorf("a failing report: %v", err)
	}
}
