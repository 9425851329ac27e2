package sqlite

import (
	"context"
	"database/sql"
	"iter"

	"github.com/chrono-news/chrono/chrono"
)

// SQL exposes the connection to the tests, for checks the Store API cannot
// make: stored char offsets, pragmas, deleting a document.
func (db *DB) SQL() *sql.DB { return db.db }

// EachEntryPaged is EachEntry reading page entries at a time, so that the
// tests can cross page boundaries with few entries.
func (db *DB) EachEntryPaged(ctx context.Context, page int) iter.Seq2[*chrono.Entry, error] {
	return db.eachEntry(ctx, page)
}
