-- Dates are ISO 'YYYY-MM-DD' text so that they compare as strings and read
-- the same from any SQLite client; offsets come in bytes (for Go) and in
-- Unicode code points (for everything else).

CREATE TABLE documents (
	id               INTEGER PRIMARY KEY,
	path             TEXT NOT NULL UNIQUE,
	hash             TEXT NOT NULL,
	title            TEXT NOT NULL DEFAULT '',
	byline           TEXT NOT NULL DEFAULT '',
	text             TEXT NOT NULL DEFAULT '',
	published_value  TEXT NOT NULL DEFAULT '', -- TIMEX3 value, '' when none
	published_grain  TEXT NOT NULL DEFAULT '',
	published_start  TEXT,
	published_end    TEXT,
	published_origin TEXT NOT NULL DEFAULT '',
	dateline_start   INTEGER, -- byte span of the dateline, NULL when none
	dateline_end     INTEGER,
	reference_date   TEXT,
	ref_origin       TEXT NOT NULL DEFAULT '',
	ingested_at      TEXT NOT NULL, -- RFC 3339, UTC
	CHECK ((dateline_start IS NULL) = (dateline_end IS NULL))
);

CREATE TABLE mentions (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	byte_start  INTEGER NOT NULL,
	byte_end    INTEGER NOT NULL,
	char_start  INTEGER NOT NULL,
	char_end    INTEGER NOT NULL,
	text        TEXT NOT NULL,
	type        TEXT NOT NULL DEFAULT '',
	value       TEXT NOT NULL DEFAULT '',
	grain       TEXT NOT NULL DEFAULT '',
	grain_rank  INTEGER NOT NULL, -- chrono.Grain.Rank(): finer grains sort first
	start_date  TEXT, -- NULL when the mention could not be placed
	end_date    TEXT,
	resolution  TEXT NOT NULL DEFAULT '',
	anchor_date TEXT,
	confidence  REAL NOT NULL DEFAULT 0,
	ambiguous   INTEGER NOT NULL DEFAULT 0 CHECK (ambiguous IN (0, 1)),
	inferred    INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1)), -- anchored on a guessed reference
	mod         TEXT NOT NULL DEFAULT '', -- TIMEX3 mod: START, MID, END, APPROX
	stated      TEXT NOT NULL DEFAULT '', -- the value as stated, X where inferred: XXXX-01-06
	why         TEXT NOT NULL DEFAULT '',
	CHECK ((start_date IS NULL) = (end_date IS NULL))
);

CREATE INDEX mentions_document_id ON mentions (document_id);
CREATE INDEX mentions_start_date ON mentions (start_date);
CREATE INDEX mentions_end_date ON mentions (end_date);
CREATE INDEX mentions_grain_rank ON mentions (grain_rank);

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	mention_id     INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
	sentence       TEXT NOT NULL,
	sentence_start INTEGER NOT NULL, -- bytes
	sentence_end   INTEGER NOT NULL,
	char_start     INTEGER NOT NULL, -- code points
	char_end       INTEGER NOT NULL
);

CREATE INDEX events_document_id ON events (document_id);
-- Deleting a mention cascades to its events; without this index every
-- cascade would scan the events table.
CREATE INDEX events_mention_id ON events (mention_id);
