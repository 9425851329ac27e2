package sqlite

import "database/sql"

// SQL exposes the connection to the tests, for checks the Store API cannot
// make: stored char offsets, pragmas, deleting a document.
func (db *DB) SQL() *sql.DB { return db.db }
