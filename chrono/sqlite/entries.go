package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
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
// mentions (their sources without text), dates and actors.
func (db *DB) Entries(ctx context.Context) ([]chrono.Entry, error) {
	var out []chrono.Entry
	// One snapshot: entries, their events and sources from one state.
	err := db.View(ctx, func(r *DB) error {
		var err error
		out, err = r.entries(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("entries: %w", err)
	}
	return out, nil
}

func (db *DB) entries(ctx context.Context) ([]chrono.Entry, error) {
	rows, err := db.q.QueryContext(ctx, `
		SELECT id, key, value, grain, start_date, end_date, resolution, confidence, sources, conflict,
			text, headline, analyst, computed_value, note, excluded
		FROM entries ORDER BY start_date, grain_rank, key`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []chrono.Entry
	index := map[int64]int{}
	for rows.Next() {
		var (
			e                 chrono.Entry
			id                int64
			grain, res        string
			start, end, cvalu string
		)
		if err := rows.Scan(&id, &e.Key, &e.Date.Value, &grain, &start, &end, &res, &e.Confidence, &e.Sources,
			&e.Conflict, &e.Text, &e.Headline, &e.Analyst, &cvalu, &e.Note, &e.Excluded); err != nil {
			return nil, err
		}
		e.Date.Grain, e.Resolution = chrono.Grain(grain), chrono.Resolution(res)
		if e.Date.Start, err = parseISO(start); err != nil {
			return nil, fmt.Errorf("entry %s: %w", e.Key, err)
		}
		if e.Date.End, err = parseISO(end); err != nil {
			return nil, fmt.Errorf("entry %s: %w", e.Key, err)
		}
		if cvalu != "" {
			if e.Computed, err = chrono.ParseValue(cvalu); err != nil {
				return nil, fmt.Errorf("entry %s: %w", e.Key, err)
			}
		}
		index[id] = len(out)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()

	events, err := db.Timeline(ctx, chrono.Filter{})
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*chrono.Row, len(events))
	for i := range events {
		byID[events[i].ID] = &events[i]
	}
	// Mentions in chronology order: the order Timeline returned them in.
	order := make(map[int64]int, len(events))
	for i := range events {
		order[events[i].ID] = i
	}
	em, err := db.q.QueryContext(ctx, `SELECT entry_id, event_id FROM entry_mentions`)
	if err != nil {
		return nil, err
	}
	defer em.Close()
	for em.Next() {
		var entry, event int64
		if err := em.Scan(&entry, &event); err != nil {
			return nil, err
		}
		if r, ok := byID[event]; ok {
			if k, ok := index[entry]; ok {
				out[k].Mentions = append(out[k].Mentions, *r)
			}
		}
	}
	if err := em.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		ms := out[i].Mentions
		sortRows(ms, order)
	}

	ed, err := db.q.QueryContext(ctx, `SELECT entry_id, value, grain, start_date, end_date, resolution, documents FROM entry_dates ORDER BY entry_id, rank`)
	if err != nil {
		return nil, err
	}
	defer ed.Close()
	for ed.Next() {
		var (
			entry                        int64
			d                            chrono.DateSupport
			grain, start, end, res, docs string
		)
		if err := ed.Scan(&entry, &d.Date.Value, &grain, &start, &end, &res, &docs); err != nil {
			return nil, err
		}
		d.Date.Grain, d.Resolution = chrono.Grain(grain), chrono.Resolution(res)
		if d.Date.Start, err = parseISO(start); err != nil {
			return nil, err
		}
		if d.Date.End, err = parseISO(end); err != nil {
			return nil, err
		}
		for _, s := range strings.Split(docs, ",") {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				d.Documents = append(d.Documents, n)
			}
		}
		if k, ok := index[entry]; ok {
			out[k].Dates = append(out[k].Dates, d)
		}
	}
	if err := ed.Err(); err != nil {
		return nil, err
	}

	ea, err := db.q.QueryContext(ctx, `SELECT entry_id, name, kind FROM entry_actors ORDER BY entry_id, rank`)
	if err != nil {
		return nil, err
	}
	defer ea.Close()
	for ea.Next() {
		var (
			entry int64
			a     chrono.Actor
			kind  string
		)
		if err := ea.Scan(&entry, &a.Name, &kind); err != nil {
			return nil, err
		}
		a.Kind = chrono.ActorKind(kind)
		if k, ok := index[entry]; ok {
			out[k].Actors = append(out[k].Actors, a)
		}
	}
	return out, ea.Err()
}

// sortRows sorts rows by their position in the chronology.
func sortRows(rows []chrono.Row, order map[int64]int) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && order[rows[j].ID] < order[rows[j-1].ID]; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
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
