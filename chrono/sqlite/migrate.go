package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// A migration is one embedded SQL file; migration N takes the schema from
// user_version N-1 to N.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order. Their names must
// number them 0001, 0002, … without gaps, since the version is the count.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries { // ReadDir sorts by name
		prefix, _, _ := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(prefix)
		if err != nil || v != len(ms)+1 {
			return nil, fmt.Errorf("migration %s: want number %04d", e.Name(), len(ms)+1)
		}
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	return ms, nil
}

// migrate applies the migrations the database has not seen yet, each in its
// own transaction together with the version bump, so a failed migration
// leaves the previous version intact.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	v, err := userVersion(ctx, db.q)
	if err != nil {
		return err
	}
	if v > len(ms) {
		return tooNew(v, len(ms))
	}
	for _, m := range ms[v:] {
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, m migration) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		// Read the version again under the write lock: another process may
		// have migrated since we looked.
		v, err := userVersion(ctx, tx)
		if err != nil {
			return err
		}
		if v >= m.version {
			return nil
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return err
		}
		// PRAGMA takes no bind parameters; m.version is an int we parsed.
		_, err = tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
		return err
	})
}

// refuseNewer reports an error when the schema is newer than this code.
func (db *DB) refuseNewer(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	v, err := userVersion(ctx, db.q)
	if err != nil {
		return err
	}
	if v > len(ms) {
		return tooNew(v, len(ms))
	}
	return nil
}

// checkVersion reports an error unless the schema is exactly the one this
// code knows; a read-only database cannot be migrated.
func (db *DB) checkVersion(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	v, err := userVersion(ctx, db.q)
	if err != nil {
		return err
	}
	switch {
	case v > len(ms):
		return tooNew(v, len(ms))
	case v < len(ms):
		return fmt.Errorf("database schema version %d is older than %d: open it for writing once to migrate it", v, len(ms))
	}
	return nil
}

func tooNew(v, known int) error {
	return fmt.Errorf("database schema version %d is newer than this chrono knows (%d): upgrade chrono", v, known)
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func userVersion(ctx context.Context, q queryer) (int, error) {
	var v int
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
