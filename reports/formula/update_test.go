package formula_test

// The golden package defines -update, so that 'go test ./... -update' runs
// here too, where no golden file is kept.
import _ "github.com/chrono-news/chrono/chrono/golden"
