-- What pages and feeds say about an article besides its text, and the
-- ingest settings an analysis was made with. The author goes in byline.
-- published_origin gains the value 'metadata' (no CHECK to change).

ALTER TABLE documents ADD COLUMN site TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN url TEXT NOT NULL DEFAULT '';
-- --published, --ref and --date-order as they were, '' for the defaults:
-- an unchanged file ingested with other settings is analysed again.
ALTER TABLE documents ADD COLUMN settings TEXT NOT NULL DEFAULT '';

-- Finding the same content under another path (a moved file).
CREATE INDEX documents_hash ON documents (hash);
