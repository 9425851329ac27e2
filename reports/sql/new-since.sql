-- name: new-since
-- description: What is new since the last briefing: entries with a source ingested at or after a time.
-- param: since  a day (YYYY-MM-DD) or an RFC 3339 time, UTC; default: 1970-01-01
SELECT entry,
	date,
	granularity,
	sources,
	headline,
	last_ingested
FROM chronology
WHERE excluded = 0 AND last_ingested >= :since
ORDER BY start, entry
