-- Chronology entries: events grouped into happenings (issue 4). Entries are
-- derived data, rebuilt from the events after every ingest; corrections are
-- the analysts' and are never rebuilt. Both name events by content key
-- (chrono.EventKey), not by row id, so they survive a rebuilt database.

CREATE TABLE entries (
	id             INTEGER PRIMARY KEY,
	key            TEXT NOT NULL UNIQUE, -- the smallest event key of its mentions
	value          TEXT NOT NULL,        -- TIMEX3 value of the entry's date (the analyst's when corrected)
	grain          TEXT NOT NULL,
	grain_rank     INTEGER NOT NULL,
	start_date     TEXT NOT NULL,
	end_date       TEXT NOT NULL,
	resolution     TEXT NOT NULL,
	confidence     REAL NOT NULL,
	sources        INTEGER NOT NULL, -- distinct documents
	mentions       INTEGER NOT NULL,
	conflict       INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
	text           TEXT NOT NULL,
	headline       TEXT NOT NULL,
	analyst        INTEGER NOT NULL DEFAULT 0 CHECK (analyst IN (0, 1)), -- date set by an analyst
	computed_value TEXT NOT NULL DEFAULT '', -- chrono's own value when analyst = 1
	note           TEXT NOT NULL DEFAULT '',
	excluded       INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1))
);

CREATE INDEX entries_start_date ON entries (start_date);
CREATE INDEX entries_end_date ON entries (end_date);
CREATE INDEX entries_grain_rank ON entries (grain_rank);

CREATE TABLE entry_mentions (
	entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
	event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	event_key TEXT NOT NULL,
	PRIMARY KEY (entry_id, event_id)
);

CREATE INDEX entry_mentions_event_id ON entry_mentions (event_id);

-- The dates the sources give, when they disagree (entries.conflict = 1).
CREATE TABLE entry_dates (
	entry_id   INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
	rank       INTEGER NOT NULL, -- 0: the best supported
	value      TEXT NOT NULL,
	grain      TEXT NOT NULL,
	start_date TEXT NOT NULL,
	end_date   TEXT NOT NULL,
	resolution TEXT NOT NULL,
	documents  TEXT NOT NULL, -- document ids, comma-separated
	PRIMARY KEY (entry_id, rank)
);

CREATE TABLE entry_actors (
	entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
	rank     INTEGER NOT NULL, -- 0: the most named
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL, -- person, org, place, name
	PRIMARY KEY (entry_id, rank)
);

CREATE INDEX entry_actors_name ON entry_actors (name);

CREATE TABLE corrections (
	id        INTEGER PRIMARY KEY,
	kind      TEXT NOT NULL CHECK (kind IN ('date', 'exclude', 'note', 'merge', 'split')),
	entry_key TEXT NOT NULL,
	keys      TEXT NOT NULL, -- JSON array of event keys
	value     TEXT NOT NULL DEFAULT '',
	note      TEXT NOT NULL DEFAULT '',
	at        TEXT NOT NULL, -- RFC 3339, UTC
	UNIQUE (kind, entry_key, keys, value, note)
);
