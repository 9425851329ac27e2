package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// SaveEntries replaces every stored entry with entries, in one transaction.
// Each entry's Mentions must be stored events (their ID set).
func (db *DB) SaveEntries(ctx context.Context, entries []chrono.Entry) error {
	if err := db.saveEntries(ctx, entries); err != nil {
		return fmt.Errorf("save entries: %w", err)
	}
	return nil
}

func (db *DB) saveEntries(ctx context.Context, entries []chrono.Entry) error {
	return db.write(ctx, func(tx *sql.Tx) error { return insertEntries(ctx, tx, entries) })
}

func insertEntries(ctx context.Context, tx *sql.Tx, entries []chrono.Entry) error {
	for _, q := range []string{`DELETE FROM entries`, `DELETE FROM entries_fts`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	insEntry, err := tx.PrepareContext(ctx, `
		INSERT INTO entries (key, value, grain, grain_rank, start_date, end_date, resolution, confidence,
			sources, mentions, conflict, text, headline, analyst, computed_value, note, excluded,
			actors, source_titles, first_ingested, last_ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)
	if err != nil {
		return err
	}
	defer insEntry.Close()
	insMention, err := tx.PrepareContext(ctx, `INSERT INTO entry_mentions (entry_id, event_id, event_key) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insMention.Close()
	insDate, err := tx.PrepareContext(ctx, `
		INSERT INTO entry_dates (entry_id, rank, value, grain, start_date, end_date, resolution, documents)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insDate.Close()
	insActor, err := tx.PrepareContext(ctx, `INSERT INTO entry_actors (entry_id, rank, name, kind) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insActor.Close()
	insFTS, err := tx.PrepareContext(ctx, `INSERT INTO entries_fts (key, text, headline, actors, source_titles) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insFTS.Close()

	for i := range entries {
		e := &entries[i]
		var id int64
		actors, titles := joinActors(e.Actors), e.Flatten().Titles
		first, last := ingestSpan(e)
		err := insEntry.QueryRowContext(ctx, e.Key, e.Date.Value, string(e.Date.Grain), e.Date.Grain.Rank(),
			chrono.ISO(e.Date.Start), chrono.ISO(e.Date.End), string(e.Resolution), e.Confidence,
			e.Sources, len(e.Mentions), e.Conflict, e.Text, e.Headline, e.Analyst, e.Computed.Value, e.Note, e.Excluded,
			actors, titles, first, last,
		).Scan(&id)
		if err != nil {
			return fmt.Errorf("entry %s: %w", e.Key, err)
		}
		if _, err := insFTS.ExecContext(ctx, e.Key, e.Text, e.Headline, actors, titles); err != nil {
			return fmt.Errorf("entry %s: search index: %w", e.Key, err)
		}
		for k := range e.Mentions {
			r := &e.Mentions[k]
			if _, err := insMention.ExecContext(ctx, id, r.ID, r.Key()); err != nil {
				return fmt.Errorf("entry %s: event %d: %w", e.Key, r.ID, err)
			}
		}
		for rank, d := range e.Dates {
			ids := make([]string, len(d.Documents))
			for k, doc := range d.Documents {
				ids[k] = strconv.FormatInt(doc, 10)
			}
			if _, err := insDate.ExecContext(ctx, id, rank, d.Date.Value, string(d.Date.Grain), chrono.ISO(d.Date.Start),
				chrono.ISO(d.Date.End), string(d.Resolution), strings.Join(ids, ",")); err != nil {
				return fmt.Errorf("entry %s: %w", e.Key, err)
			}
		}
		for rank, a := range e.Actors {
			if _, err := insActor.ExecContext(ctx, id, rank, a.Name, string(a.Kind)); err != nil {
				return fmt.Errorf("entry %s: %w", e.Key, err)
			}
		}
	}
	return nil
}

// joinActors lists actors' names for the chronology view and search.
func joinActors(as []chrono.Actor) string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	return strings.Join(names, "; ")
}

// ingestSpan is when an entry's sources were first and last ingested,
// RFC 3339 UTC as documents.ingested_at, "" when unknown.
func ingestSpan(e *chrono.Entry) (first, last string) {
	for _, m := range e.Mentions {
		if m.Source == nil || m.Source.IngestedAt.IsZero() {
			continue
		}
		t := m.Source.IngestedAt.UTC().Format(time.RFC3339)
		if first == "" || t < first {
			first = t
		}
		if t > last {
			last = t
		}
	}
	return first, last
}

// SearchEntries returns the keys of the entries whose text, headline,
// actors or source titles match query, an FTS5 query: words (all must
// appear), "quoted phrases", OR, NOT, prefix*.
func (db *DB) SearchEntries(ctx context.Context, query string) (map[string]bool, error) {
	rows, err := db.q.QueryContext(ctx, `SELECT key FROM entries_fts WHERE entries_fts MATCH ?`, query)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	keys := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		keys[k] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return keys, nil
}

// Entries returns every stored entry in chronology order, with its
// mentions (their sources without text), dates and actors. EachEntry
// streams the same entries.
func (db *DB) Entries(ctx context.Context) ([]chrono.Entry, error) {
	var out []chrono.Entry
	for e, err := range db.EachEntry(ctx) {
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, nil
}

// entryPage is how many entries EachEntry reads at a time: enough that
// the four queries of a page cost little per entry, few enough that a
// page takes little memory.
const entryPage = 500

// EachEntry yields every stored entry in chronology order, as Entries
// returns them, a page of entries at a time, so that memory does not grow
// with the number of entries; the next page is read while the loop works
// on this one. It reads inside one read transaction, so the entries are
// those of one moment even if the database changes meanwhile (inside
// View, that of View); the connection is busy until the loop ends, so the
// loop must not use db.
func (db *DB) EachEntry(ctx context.Context) iter.Seq2[*chrono.Entry, error] {
	return db.eachEntry(ctx, entryPage)
}

// page is a page of entries as read, or the error that ended the reading.
type page struct {
	entries []*chrono.Entry
	err     error
}

func (db *DB) eachEntry(ctx context.Context, size int) iter.Seq2[*chrono.Entry, error] {
	return func(yield func(*chrono.Entry, error) bool) {
		// Inside View or Update, their transaction; else a read transaction
		// of its own, so that the entries are those of one moment.
		tx := db.in
		if tx == nil {
			var err error
			if tx, err = db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}); err != nil {
				yield(nil, fmt.Errorf("entries: %w", err))
				return
			}
			defer tx.Rollback()
		}
		// A reader goroutine keeps one page ahead, so that SQLite and the
		// loop (an export, on another core) work at the same time.
		pages, stop := make(chan page, 1), make(chan struct{})
		go func() {
			defer close(pages)
			var after *entryPos
			for {
				entries, last, err := readPage(ctx, tx, after, size)
				select {
				case pages <- page{entries, err}:
				case <-stop:
					return
				}
				if err != nil || len(entries) < size {
					return
				}
				after = &last
			}
		}()
		defer func() {
			// The reader is done with tx before it is rolled back.
			close(stop)
			for range pages {
			}
		}()
		for p := range pages {
			if p.err != nil {
				yield(nil, fmt.Errorf("entries: %w", p.err))
				return
			}
			for _, e := range p.entries {
				if !yield(e, nil) {
					return
				}
			}
		}
	}
}

// entryPos is an entry's place in chronology order: the columns of
// entryOrder.
type entryPos struct {
	start string
	rank  int64
	key   string
}

// entryOrder is chronology order of entries; key is unique, so the order
// is total and a page can start after a given entry.
const entryOrder = `start_date, grain_rank, key`

const entrySelect = `SELECT id, key, value, grain, grain_rank, start_date, end_date, resolution, confidence, sources,
	conflict, text, headline, analyst, computed_value, note, excluded FROM entries`

// readPage reads up to n entries after the one at after (nil: from the
// first), each allocated on its own so that keeping one keeps no other.
func readPage(ctx context.Context, tx *sql.Tx, after *entryPos, n int) ([]*chrono.Entry, entryPos, error) {
	var last entryPos
	var rows *sql.Rows
	var err error
	if after == nil {
		rows, err = tx.QueryContext(ctx, entrySelect+` ORDER BY `+entryOrder+` LIMIT ?`, n)
	} else {
		// The first condition lets SQLite range over the start_date index.
		rows, err = tx.QueryContext(ctx, entrySelect+`
			WHERE start_date >= :start AND (`+entryOrder+`) > (:start, :rank, :key)
			ORDER BY `+entryOrder+` LIMIT :n`,
			sql.Named("start", after.start), sql.Named("rank", after.rank), sql.Named("key", after.key), sql.Named("n", n))
	}
	if err != nil {
		return nil, last, err
	}
	defer rows.Close()
	var out []*chrono.Entry
	index := map[int64]*chrono.Entry{}
	ids := make([]any, 0, n)
	for rows.Next() {
		var (
			e          = &chrono.Entry{}
			id         int64
			grain, res string
			end, cvalu string
		)
		if err := rows.Scan(&id, &e.Key, &e.Date.Value, &grain, &last.rank, &last.start, &end, &res, &e.Confidence, &e.Sources,
			&e.Conflict, &e.Text, &e.Headline, &e.Analyst, &cvalu, &e.Note, &e.Excluded); err != nil {
			return nil, last, err
		}
		last.key = e.Key
		e.Date.Grain, e.Resolution = chrono.Grain(grain), chrono.Resolution(res)
		if e.Date.Start, err = parseISO(last.start); err != nil {
			return nil, last, fmt.Errorf("entry %s: %w", e.Key, err)
		}
		if e.Date.End, err = parseISO(end); err != nil {
			return nil, last, fmt.Errorf("entry %s: %w", e.Key, err)
		}
		if cvalu != "" {
			if e.Computed, err = chrono.ParseValue(cvalu); err != nil {
				return nil, last, fmt.Errorf("entry %s: %w", e.Key, err)
			}
		}
		index[id] = e
		ids = append(ids, id)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, last, err
	}
	rows.Close()
	if len(out) == 0 {
		return nil, last, nil
	}
	in := "(?" + strings.Repeat(", ?", len(ids)-1) + ")"
	if err := readMentions(ctx, tx, in, ids, index); err != nil {
		return nil, last, err
	}
	if err := readDates(ctx, tx, in, ids, index); err != nil {
		return nil, last, err
	}
	if err := readActors(ctx, tx, in, ids, index); err != nil {
		return nil, last, err
	}
	return out, last, nil
}

// readMentions adds to the entries of index, whose ids are the list in,
// their dated events in chronology order, as Timeline orders them.
func readMentions(ctx context.Context, tx *sql.Tx, in string, ids []any, index map[int64]*chrono.Entry) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT em.entry_id, `+eventColumns+`
		FROM entry_mentions em
		JOIN events e ON e.id = em.event_id
		JOIN timexes m ON m.id = e.mention_id
		JOIN documents d ON d.id = e.document_id
		WHERE em.entry_id IN `+in+` AND m.start_date IS NOT NULL
		ORDER BY em.entry_id, `+eventOrder, ids...)
	if err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var entry int64
		r, err := scanEvent(rows, &entry)
		if err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
		if e := index[entry]; e != nil {
			e.Mentions = append(e.Mentions, r)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	return nil
}

// readDates adds to the entries of index the dates their sources give.
func readDates(ctx context.Context, tx *sql.Tx, in string, ids []any, index map[int64]*chrono.Entry) error {
	rows, err := tx.QueryContext(ctx, `SELECT entry_id, value, grain, start_date, end_date, resolution, documents
		FROM entry_dates WHERE entry_id IN `+in+` ORDER BY entry_id, rank`, ids...)
	if err != nil {
		return fmt.Errorf("dates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			entry                        int64
			d                            chrono.DateSupport
			grain, start, end, res, docs string
		)
		if err := rows.Scan(&entry, &d.Date.Value, &grain, &start, &end, &res, &docs); err != nil {
			return fmt.Errorf("dates: %w", err)
		}
		d.Date.Grain, d.Resolution = chrono.Grain(grain), chrono.Resolution(res)
		if d.Date.Start, err = parseISO(start); err != nil {
			return fmt.Errorf("dates: entry %d: %w", entry, err)
		}
		if d.Date.End, err = parseISO(end); err != nil {
			return fmt.Errorf("dates: entry %d: %w", entry, err)
		}
		for _, s := range strings.Split(docs, ",") {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				d.Documents = append(d.Documents, n)
			}
		}
		if e := index[entry]; e != nil {
			e.Dates = append(e.Dates, d)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("dates: %w", err)
	}
	return nil
}

// readActors adds to the entries of index the actors they name.
func readActors(ctx context.Context, tx *sql.Tx, in string, ids []any, index map[int64]*chrono.Entry) error {
	rows, err := tx.QueryContext(ctx, `SELECT entry_id, name, kind FROM entry_actors
		WHERE entry_id IN `+in+` ORDER BY entry_id, rank`, ids...)
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			entry int64
			a     chrono.Actor
			kind  string
		)
		if err := rows.Scan(&entry, &a.Name, &kind); err != nil {
			return fmt.Errorf("actors: %w", err)
		}
		a.Kind = chrono.ActorKind(kind)
		if e := index[entry]; e != nil {
			e.Actors = append(e.Actors, a)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	return nil
}

// Corrections returns the analysts' corrections, oldest first.
func (db *DB) Corrections(ctx context.Context) ([]chrono.Correction, error) {
	rows, err := db.q.QueryContext(ctx, `SELECT kind, entry_key, keys, value, note, at FROM corrections ORDER BY at, id`)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	defer rows.Close()
	var out []chrono.Correction
	for rows.Next() {
		var (
			c        chrono.Correction
			kind, at string
			keys     string
		)
		if err := rows.Scan(&kind, &c.Entry, &keys, &c.Value, &c.Note, &at); err != nil {
			return nil, fmt.Errorf("corrections: %w", err)
		}
		c.Kind = chrono.CorrectionKind(kind)
		if err := json.Unmarshal([]byte(keys), &c.Keys); err != nil {
			return nil, fmt.Errorf("corrections: entry %s: keys: %w", c.Entry, err)
		}
		if c.At, err = time.Parse(time.RFC3339, at); err != nil {
			return nil, fmt.Errorf("corrections: entry %s: %w", c.Entry, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// AddCorrection stores an analyst's correction; one already stored is
// not stored twice. It reports whether c was new.
func (db *DB) AddCorrection(ctx context.Context, c chrono.Correction) (bool, error) {
	keys, err := json.Marshal(c.Keys)
	if err != nil {
		return false, err
	}
	if c.Keys == nil {
		keys = []byte("[]")
	}
	var n int64
	err = db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `
			INSERT INTO corrections (kind, entry_key, keys, value, note, at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`,
			string(c.Kind), c.Entry, string(keys), c.Value, c.Note, c.At.UTC().Format(time.RFC3339))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return false, fmt.Errorf("add correction to %s: %w", c.Entry, err)
	}
	return n > 0, nil
}

// EntriesCurrent reports whether the entries follow the events: every
// event in an entry and every entry with events, as a rebuild leaves them.
// It is false for a new database, and after a run that stored articles but
// was killed before it rebuilt the entries: the next run rebuilds them.
func (db *DB) EntriesCurrent(ctx context.Context) bool {
	var n int
	err := db.q.QueryRowContext(ctx, `SELECT
		NOT EXISTS (SELECT 1 FROM events e WHERE NOT EXISTS (SELECT 1 FROM entry_mentions m WHERE m.event_id = e.id))
		AND NOT EXISTS (SELECT 1 FROM entries n WHERE NOT EXISTS (SELECT 1 FROM entry_mentions m WHERE m.entry_id = n.id))`).Scan(&n)
	return err == nil && n == 1
}
