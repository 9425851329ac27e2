package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chrono-news/chrono/chrono"
)

// DocumentHash returns the stored hash of the document at path; ok is false
// when no document is stored there.
func (db *DB) DocumentHash(ctx context.Context, path string) (hash string, ok bool, err error) {
	err = db.q.QueryRowContext(ctx, `SELECT hash FROM documents WHERE path = ?`, path).Scan(&hash)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("document hash %s: %w", path, err)
	}
	return hash, true, nil
}

// SaveDocument stores doc with its mentions and events in one transaction,
// replacing the mentions and events stored for doc.Path before; the
// document keeps its ID. Each event's Mention must be one of mentions, as
// matched by its byte span. SaveDocument sets doc.ID, the events' ID and
// DocumentID, and doc.IngestedAt when it is zero.
func (db *DB) SaveDocument(ctx context.Context, doc *chrono.Document, mentions []chrono.Mention, events []chrono.Event) error {
	return db.SaveDocuments(ctx, []chrono.Analysis{{Doc: doc, Mentions: mentions, Events: events}})
}

// SaveDocuments stores a batch of analyses in one transaction, all or
// none, as SaveDocument does for one: a batch commits once, which is what
// makes a large ingest fast. An analysis with Was set first moves the
// document stored at Was to its new path, keeping its ID.
func (db *DB) SaveDocuments(ctx context.Context, batch []chrono.Analysis) error {
	now := time.Now().UTC().Truncate(time.Second)
	ids := make([][]int64, len(batch))
	docIDs := make([]int64, len(batch))
	failed := "" // the document that failed, if one did
	err := db.write(ctx, func(tx *sql.Tx) error {
		st, err := prepare(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		for i, a := range batch {
			if docIDs[i], ids[i], err = st.save(ctx, a, now); err != nil {
				failed = a.Doc.Path
				return err
			}
		}
		return nil
	})
	switch {
	case err != nil && failed != "":
		return fmt.Errorf("save %s: %w", failed, err)
	case err != nil:
		return fmt.Errorf("save: %w", err)
	}
	// Only now that the data is stored do the IDs mean anything.
	for i, a := range batch {
		a.Doc.ID = docIDs[i]
		if a.Doc.IngestedAt.IsZero() {
			a.Doc.IngestedAt = now
		}
		// Kept as another ingest stored it, a document may have other
		// events (analysed against another reference): those not stored
		// keep ID 0.
		for k := range a.Events {
			if k < len(ids[i]) {
				a.Events[k].ID = ids[i][k]
			}
			a.Events[k].DocumentID = docIDs[i]
		}
	}
	return nil
}

// DeleteDocuments removes the documents at paths, with their mentions and
// events (ON DELETE CASCADE), in one transaction. Paths not stored are
// ignored.
func (db *DB) DeleteDocuments(ctx context.Context, paths []string) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		for _, p := range paths {
			if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE path = ?`, p); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	return nil
}

// statements are the writes of a save, prepared once per transaction.
type statements struct {
	move, same, eventIDs, upsert, delEvents, delMentions, mention, event *sql.Stmt
}

func prepare(ctx context.Context, tx *sql.Tx) (*statements, error) {
	var st statements
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&st.move, `UPDATE documents SET path = ? WHERE path = ?`},
		{&st.same, `SELECT id FROM documents WHERE path = ? AND hash = ? AND settings = ?`},
		{&st.eventIDs, `SELECT id FROM events WHERE document_id = ? ORDER BY id`},
		{&st.upsert, `
			INSERT INTO documents (
				path, hash, title, byline, site, url, text,
				published_value, published_grain, published_start, published_end, published_origin,
				dateline_start, dateline_end, reference_date, ref_origin, ingested_at, settings
			) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (path) DO UPDATE SET
				hash = excluded.hash,
				title = excluded.title,
				byline = excluded.byline,
				site = excluded.site,
				url = excluded.url,
				text = excluded.text,
				published_value = excluded.published_value,
				published_grain = excluded.published_grain,
				published_start = excluded.published_start,
				published_end = excluded.published_end,
				published_origin = excluded.published_origin,
				dateline_start = excluded.dateline_start,
				dateline_end = excluded.dateline_end,
				reference_date = excluded.reference_date,
				ref_origin = excluded.ref_origin,
				ingested_at = excluded.ingested_at,
				settings = excluded.settings
			RETURNING id`},
		{&st.delEvents, `DELETE FROM events WHERE document_id = ?`},
		{&st.delMentions, `DELETE FROM timexes WHERE document_id = ?`},
		{&st.mention, `
			INSERT INTO timexes (
				document_id, byte_start, byte_end, char_start, char_end, text, type,
				value, grain, grain_rank, start_date, end_date,
				resolution, anchor_date, confidence, ambiguous, inferred, mod, stated, why
			) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.event, `
			INSERT INTO events (document_id, mention_id, sentence, sentence_start, sentence_end, char_start, char_end)
			VALUES (?, ?, ?, ?, ?, ?, ?)`},
	} {
		s, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, err
		}
		*p.stmt = s
	}
	return &st, nil
}

func (st *statements) close() {
	for _, s := range []*sql.Stmt{st.move, st.same, st.eventIDs, st.upsert, st.delEvents, st.delMentions, st.mention, st.event} {
		if s != nil {
			s.Close()
		}
	}
}

// save writes one analysis and returns the document ID and the event IDs.
func (st *statements) save(ctx context.Context, a chrono.Analysis, now time.Time) (int64, []int64, error) {
	doc := a.Doc
	ingested := doc.IngestedAt
	if ingested.IsZero() {
		ingested = now
	}
	var dlStart, dlEnd any
	if d := doc.Dateline; d != nil {
		if _, _, err := (&runes{text: doc.Text}).span(d.Start, d.End); err != nil {
			return 0, nil, fmt.Errorf("dateline: %w", err)
		}
		dlStart, dlEnd = d.Start, d.End
	}
	if a.Was != "" && a.Was != doc.Path {
		if _, err := st.move.ExecContext(ctx, doc.Path, a.Was); err != nil {
			return 0, nil, fmt.Errorf("move from %s: %w", a.Was, err)
		}
	}
	if a.KeepStored && a.Was == "" {
		if id, ids, ok, err := st.stored(ctx, doc); ok || err != nil {
			return id, ids, err
		}
	}
	var id int64
	err := st.upsert.QueryRowContext(ctx,
		doc.Path, doc.Hash, doc.Title, doc.Byline, doc.Site, doc.URL, doc.Text,
		doc.Published.Value, string(doc.Published.Grain), isoOrNull(doc.Published.Start), isoOrNull(doc.Published.End), string(doc.PublishedOrigin),
		dlStart, dlEnd, isoOrNull(doc.Reference), doc.RefOrigin, ingested.UTC().Format(time.RFC3339), doc.Settings,
	).Scan(&id)
	if err != nil {
		return 0, nil, fmt.Errorf("document: %w", err)
	}

	// Replace: what an earlier analysis found no longer holds.
	if _, err := st.delEvents.ExecContext(ctx, id); err != nil {
		return 0, nil, fmt.Errorf("delete old events: %w", err)
	}
	if _, err := st.delMentions.ExecContext(ctx, id); err != nil {
		return 0, nil, fmt.Errorf("delete old mentions: %w", err)
	}

	mentionIDs := make(map[chrono.Span]int64, len(a.Mentions))
	rs := &runes{text: doc.Text}
	for _, m := range a.Mentions {
		mid, err := st.insertMention(ctx, id, rs, m)
		if err != nil {
			return 0, nil, fmt.Errorf("mention %q at %d: %w", m.Text, m.Start, err)
		}
		span := chrono.Span{Start: m.Start, End: m.End}
		if _, dup := mentionIDs[span]; !dup {
			mentionIDs[span] = mid
		}
	}

	ids := make([]int64, len(a.Events))
	for i, e := range a.Events {
		mid, ok := mentionIDs[chrono.Span{Start: e.Mention.Start, End: e.Mention.End}]
		if !ok {
			return 0, nil, fmt.Errorf("event at %d: mention %q at %d-%d is not among the document's mentions", e.SentenceStart, e.Mention.Text, e.Mention.Start, e.Mention.End)
		}
		cs, ce, err := rs.span(e.SentenceStart, e.SentenceEnd)
		if err != nil {
			return 0, nil, fmt.Errorf("event at %d: %w", e.SentenceStart, err)
		}
		if ids[i], err = insert(ctx, st.event, id, mid, e.Sentence, e.SentenceStart, e.SentenceEnd, cs, ce); err != nil {
			return 0, nil, fmt.Errorf("event at %d: %w", e.SentenceStart, err)
		}
	}
	return id, ids, nil
}

// stored returns the ID of the document stored at doc.Path with doc's
// content and settings, and its event IDs; ok is false when there is none.
func (st *statements) stored(ctx context.Context, doc *chrono.Document) (id int64, ids []int64, ok bool, err error) {
	err = st.same.QueryRowContext(ctx, doc.Path, doc.Hash, doc.Settings).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil, false, nil
	}
	if err != nil {
		return 0, nil, false, fmt.Errorf("document: %w", err)
	}
	rows, err := st.eventIDs.QueryContext(ctx, id)
	if err != nil {
		return 0, nil, false, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e int64
		if err := rows.Scan(&e); err != nil {
			return 0, nil, false, fmt.Errorf("events: %w", err)
		}
		ids = append(ids, e)
	}
	return id, ids, true, rows.Err()
}

func (st *statements) insertMention(ctx context.Context, docID int64, rs *runes, m chrono.Mention) (int64, error) {
	cs, ce, err := rs.span(m.Start, m.End)
	if err != nil {
		return 0, err
	}
	// A mention with no interval (a duration, a set, "now", a clock time
	// alone) gets NULL dates and so never reaches a timeline; half an
	// interval is a bug.
	var start, end any
	switch {
	case m.Date.Start.IsZero() && m.Date.End.IsZero():
	case m.Date.Start.IsZero() || m.Date.End.IsZero():
		return 0, fmt.Errorf("date %q has no interval start or end", m.Date.Value)
	default:
		start, end = isoOrNull(m.Date.Start), isoOrNull(m.Date.End)
	}
	return insert(ctx, st.mention,
		docID, m.Start, m.End, cs, ce, m.Text, m.Type,
		m.Date.Value, string(m.Date.Grain), m.Date.Grain.Rank(), start, end,
		string(m.Resolution), isoOrNull(m.Anchor), m.Confidence, m.Ambiguous, m.Inferred, m.Mod, m.Stated, m.Why)
}

// insert runs an INSERT and returns the new row's ID: cheaper than
// RETURNING, which goes through a result set.
func insert(ctx context.Context, st *sql.Stmt, args ...any) (int64, error) {
	res, err := st.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// Timeline returns the events whose mention's interval overlaps
// [f.From, f.To], with their sources, in chronology order: by start day,
// finer grain first, then source title and path, position in the text, and
// event ID, so that the order never depends on insertion.
func (db *DB) Timeline(ctx context.Context, f chrono.Filter) ([]chrono.Row, error) {
	rows, err := db.q.QueryContext(ctx, `
		SELECT `+eventColumns+`
		FROM events e
		JOIN timexes m ON m.id = e.mention_id
		JOIN documents d ON d.id = e.document_id
		WHERE m.start_date IS NOT NULL
			AND (:from = '' OR m.end_date >= :from)
			AND (:to = '' OR m.start_date <= :to)
		ORDER BY `+eventOrder,
		sql.Named("from", chrono.ISO(f.From)),
		sql.Named("to", chrono.ISO(f.To)),
	)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()

	// SQLite's lower() folds ASCII only, so the source is matched here.
	source := strings.ToLower(f.Source)
	var out []chrono.Row
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if source != "" && !strings.Contains(strings.ToLower(r.Source.Title), source) &&
			!strings.Contains(strings.ToLower(r.Source.Path), source) {
			continue
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	return out, nil
}

// eventColumns are the columns of events e, their timexes m and documents
// d that scanEvent reads.
const eventColumns = `e.id, e.document_id, e.sentence, e.sentence_start, e.sentence_end,
			m.byte_start, m.byte_end, m.text, m.type, m.value, m.grain, m.start_date, m.end_date,
			m.resolution, m.anchor_date, m.confidence, m.ambiguous, m.inferred, m.mod, m.stated, m.why,
			` + documentColumns

// eventOrder is chronology order of events: by date, finer grains first,
// then by source and place in it.
const eventOrder = `m.start_date, m.grain_rank, d.title, d.path, m.byte_start, e.id`

// scanEvent reads one row of lead's columns then eventColumns; the event
// must be dated (m.start_date not NULL).
func scanEvent(rows *sql.Rows, lead ...any) (chrono.Row, error) {
	var (
		r                 chrono.Row
		m                 = &r.Mention
		grain, resolution string
		start, end        string
		anchor            sql.NullString
		d                 documentRow
	)
	dest := append(lead,
		&r.ID, &r.DocumentID, &r.Sentence, &r.SentenceStart, &r.SentenceEnd,
		&m.Start, &m.End, &m.Text, &m.Type, &m.Date.Value, &grain, &start, &end,
		&resolution, &anchor, &m.Confidence, &m.Ambiguous, &m.Inferred, &m.Mod, &m.Stated, &m.Why,
	)
	if err := rows.Scan(append(dest, d.dest()...)...); err != nil {
		return r, err
	}
	var err error
	if r.Source, err = d.document(); err != nil {
		return r, err
	}
	m.Date.Grain = chrono.Grain(grain)
	m.Resolution = chrono.Resolution(resolution)
	if m.Date.Start, err = parseISO(start); err != nil {
		return r, fmt.Errorf("event %d: %w", r.ID, err)
	}
	if m.Date.End, err = parseISO(end); err != nil {
		return r, fmt.Errorf("event %d: %w", r.ID, err)
	}
	if m.Anchor, err = parseNullISO(anchor); err != nil {
		return r, fmt.Errorf("event %d: %w", r.ID, err)
	}
	return r, nil
}

// Documents returns every stored document, without its text, ordered by path.
func (db *DB) Documents(ctx context.Context) ([]*chrono.Document, error) {
	rows, err := db.q.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents d ORDER BY d.path`)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()

	var docs []*chrono.Document
	for rows.Next() {
		var d documentRow
		if err := rows.Scan(d.dest()...); err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		doc, err := d.document()
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		docs = append(docs, doc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}

// documentColumns are the columns of documents d that documentRow scans:
// all but the text, which listings and timelines do not need.
const documentColumns = `d.id, d.path, d.hash, d.title, d.byline, d.site, d.url,
	d.published_value, d.published_grain, d.published_start, d.published_end, d.published_origin,
	d.dateline_start, d.dateline_end, d.reference_date, d.ref_origin, d.ingested_at, d.settings`

// documentRow holds one scanned row of documentColumns.
type documentRow struct {
	doc              chrono.Document
	grain, origin    string
	pubStart, pubEnd sql.NullString
	dlStart, dlEnd   sql.NullInt64
	reference        sql.NullString
	ingestedAt       string
}

func (r *documentRow) dest() []any {
	d := &r.doc
	return []any{&d.ID, &d.Path, &d.Hash, &d.Title, &d.Byline, &d.Site, &d.URL,
		&d.Published.Value, &r.grain, &r.pubStart, &r.pubEnd, &r.origin,
		&r.dlStart, &r.dlEnd, &r.reference, &d.RefOrigin, &r.ingestedAt, &d.Settings}
}

func (r *documentRow) document() (*chrono.Document, error) {
	d := r.doc
	d.Published.Grain = chrono.Grain(r.grain)
	d.PublishedOrigin = chrono.Origin(r.origin)
	var err error
	if d.Published.Start, err = parseNullISO(r.pubStart); err != nil {
		return nil, fmt.Errorf("document %s: published: %w", d.Path, err)
	}
	if d.Published.End, err = parseNullISO(r.pubEnd); err != nil {
		return nil, fmt.Errorf("document %s: published: %w", d.Path, err)
	}
	if r.dlStart.Valid && r.dlEnd.Valid {
		d.Dateline = &chrono.Span{Start: int(r.dlStart.Int64), End: int(r.dlEnd.Int64)}
	}
	if d.Reference, err = parseNullISO(r.reference); err != nil {
		return nil, fmt.Errorf("document %s: reference: %w", d.Path, err)
	}
	if d.IngestedAt, err = time.Parse(time.RFC3339, r.ingestedAt); err != nil {
		return nil, fmt.Errorf("document %s: ingested at: %w", d.Path, err)
	}
	d.IngestedAt = d.IngestedAt.UTC()
	return &d, nil
}

// isoOrNull formats the day t as ISO text, or NULL for the zero time.
func isoOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return chrono.ISO(t)
}

func parseISO(s string) (time.Time, error) {
	return time.Parse("2006-01-02", s) // UTC midnight, as chrono.Day makes
}

func parseNullISO(s sql.NullString) (time.Time, error) {
	if !s.Valid {
		return time.Time{}, nil
	}
	return parseISO(s.String)
}

// runes converts byte offsets of one text to code point offsets, which is
// how non-Go readers of the database index text. It counts on from the
// offset it was last asked, so that a document's spans, asked in order,
// cost one pass over the text rather than one each: a 1 MB line with
// thousands of dates would otherwise take seconds.
type runes struct {
	text    string
	at, pos int // byte offset at, code point offset pos
}

// span checks the byte span [start, end) and converts it to code points.
func (r *runes) span(start, end int) (cs, ce int, err error) {
	text := r.text
	if start < 0 || start > end || end > len(text) {
		return 0, 0, fmt.Errorf("span %d-%d outside text of %d bytes", start, end, len(text))
	}
	for _, b := range []int{start, end} {
		if b < len(text) && !utf8.RuneStart(text[b]) {
			return 0, 0, fmt.Errorf("span %d-%d splits a character", start, end)
		}
	}
	cs = r.count(start)
	ce = r.count(end)
	return cs, ce, nil
}

func (r *runes) count(b int) int {
	if b >= r.at {
		r.pos += utf8.RuneCountInString(r.text[r.at:b])
	} else {
		r.pos -= utf8.RuneCountInString(r.text[b:r.at])
	}
	r.at = b
	return r.pos
}

// DocumentsWithText returns every stored document with its text, ordered
// by path: what a rebuild re-analyses.
func (db *DB) DocumentsWithText(ctx context.Context) ([]*chrono.Document, error) {
	rows, err := db.q.QueryContext(ctx, `SELECT `+documentColumns+`, d.text FROM documents d ORDER BY d.path`)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var out []*chrono.Document
	for rows.Next() {
		var d documentRow
		var text string
		if err := rows.Scan(append(d.dest(), &text)...); err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		doc, err := d.document()
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		doc.Text = text
		out = append(out, doc)
	}
	return out, rows.Err()
}
