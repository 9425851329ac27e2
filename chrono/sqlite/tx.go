package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	sqlite "modernc.org/sqlite"
)

// querier is what reads and writes run on: the database, or the
// transaction of View and Update.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// View calls fn with a DB that reads one snapshot of the database: what
// other processes commit meanwhile is not seen, so that entries, their
// events and their sources always agree. fn cannot write.
func (db *DB) View(ctx context.Context, fn func(*DB) error) error {
	if db.in != nil {
		return fn(db)
	}
	// ReadOnly: a deferred BEGIN, which takes no write lock (the DSN's
	// _txlock=immediate is for writes).
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	defer tx.Rollback()
	return fn(&DB{db: db.db, path: db.path, q: tx, in: tx, readOnly: true})
}

// Update calls fn with a DB whose reads and writes are one transaction,
// committed when fn returns nil: it holds the write lock throughout, so
// that what fn read is still true when it writes (a rebuild of the entries
// from the events, while another process ingests).
func (db *DB) Update(ctx context.Context, fn func(*DB) error) error {
	if db.in != nil {
		if db.readOnly {
			return errReadSnapshot
		}
		return fn(db)
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		return fn(&DB{db: db.db, path: db.path, q: tx, in: tx})
	})
}

var errReadSnapshot = errors.New("cannot write in a read snapshot")

// Retries of a transaction that met SQLITE_BUSY past busy_timeout.
const (
	busyRetries = 5
	busyPause   = 200 * time.Millisecond
)

// write runs fn in a write transaction: the one of Update when there is
// one, else its own, committed when fn returns nil. A transaction that
// fails with SQLITE_BUSY (another process held the lock past busy_timeout,
// or WAL recovery after a crash) is rolled back and run again.
func (db *DB) write(ctx context.Context, fn func(*sql.Tx) error) error {
	if db.in != nil {
		if db.readOnly {
			return errReadSnapshot
		}
		return fn(db.in)
	}
	return retryBusy(ctx, func() error { return db.writeOnce(ctx, fn) })
}

// retryBusy calls f again, after a pause, while it fails with SQLITE_BUSY.
func retryBusy(ctx context.Context, f func() error) error {
	for try := 0; ; try++ {
		err := f()
		if !busy(err) || try == busyRetries || ctx.Err() != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(busyPause * time.Duration(try+1)):
		}
	}
}

func (db *DB) writeOnce(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// busy reports whether err is SQLITE_BUSY or SQLITE_LOCKED, with any
// extended code.
func busy(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	code := e.Code() & 0xff
	return code == 5 || code == 6 // SQLITE_BUSY, SQLITE_LOCKED
}
