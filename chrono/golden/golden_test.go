package golden_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chrono-news/chrono/chrono/golden"
)

// fakeT records failures instead of failing the real test.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Errorf(string, ...any) { f.failed = true }
func (f *fakeT) Fatalf(string, ...any) { f.failed = true }
func (f *fakeT) Fatal(...any)          { f.failed = true }

func TestCompare(t *testing.T) {
	if golden.Update() {
		t.Skip("-update rewrites golden files instead of comparing them")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "a.txt"), []byte("same\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  string
		fail bool
	}{
		{"a.txt", "same\n", false},
		{"a.txt", "other\n", true},
		{"missing.txt", "x", true},
	}
	for _, tt := range tests {
		f := &fakeT{TB: t}
		golden.Compare(f, tt.name, []byte(tt.got))
		if f.failed != tt.fail {
			t.Errorf("Compare(%q, %q) failed %v, want %v", tt.name, tt.got, f.failed, tt.fail)
		}
	}
}
