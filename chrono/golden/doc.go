// Package golden is for tests: it compares output with a file in the
// calling package's testdata/ and, under `go test -update`, rewrites the
// file instead. Only test files import it.
package golden
