package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"

	"github.com/chrono-news/chrono/chrono"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DB is a chrono database. It implements chrono.Store.
type DB struct {
	db   *sql.DB
	path string
	q    querier // db, or the transaction of View and Update
	// in is the transaction of View and Update, nil outside them;
	// readOnly marks View's.
	in       *sql.Tx
	readOnly bool
}

var _ chrono.Store = (*DB)(nil)

// Open opens the database at path, creating it when missing, and brings its
// schema up to date.
func Open(path string) (*DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "foreign_keys(1)")
	// Take the write lock when a transaction begins: a deferred transaction
	// that reads and then writes can fail with SQLITE_BUSY at once, without
	// waiting for busy_timeout, when another process writes in between.
	q.Set("_txlock", "immediate")

	db, err := open(path, q)
	if err != nil {
		return nil, err
	}
	// A database from a newer chrono is refused before anything is
	// written to it, WAL mode included: its file stays as it was.
	ctx := context.Background()
	if err := db.refuseNewer(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	err = retryBusy(ctx, func() error {
		_, err := db.db.ExecContext(ctx, "PRAGMA journal_mode = WAL")
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: WAL: %w", path, err)
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// OpenReadOnly opens the existing database at path for reading only: every
// write fails, and the database file is left as it is. The schema must be
// current, since it cannot be migrated.
func OpenReadOnly(path string) (*DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "foreign_keys(1)")
	// No journal_mode: switching a database to WAL is a write. query_only
	// also refuses writes to temporary and attached databases.
	q.Add("_pragma", "query_only(1)")
	q.Set("mode", "ro")

	db, err := open(path, q)
	if err != nil {
		return nil, err
	}
	if err := db.checkVersion(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

func open(path string, q url.Values) (*DB, error) {
	// Always a file: URI, since SQLite honours mode=ro only there. The path
	// is escaped so that a '?', '#' or '%' in it stays part of the name.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	sqlDB, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// One connection: SQLite has a single writer anyway, and this way a
	// transaction never waits on a lock held by another connection of ours.
	sqlDB.SetMaxOpenConns(1)
	if err := sqlDB.Ping(); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &DB{db: sqlDB, path: path, q: sqlDB}, nil
}

// Close closes the database.
func (db *DB) Close() error {
	return db.db.Close()
}

// QueryContext runs a query on the database, for reports and ad-hoc SQL.
// On a database opened with OpenReadOnly every write fails.
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.q.QueryContext(ctx, query, args...)
}
