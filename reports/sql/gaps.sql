-- name: gaps
-- description: Coverage gaps: the longest stretches of days with no entry dated to the day, between two dates.
-- param: from   first day, YYYY-MM-DD (when not given: the first dated day)
-- param: to     last day, YYYY-MM-DD (when not given: the last dated day)
-- param: limit  how many gaps; default: 10
WITH days AS (
	SELECT DISTINCT start AS day FROM chronology
	WHERE excluded = 0 AND granularity IN ('minute', 'day')
		AND (:from IS NULL OR start >= :from)
		AND (:to IS NULL OR start <= :to)
	-- the bounds, a day outside them, so that a gap can start on :from or end on :to
	UNION SELECT date(:from, '-1 day') WHERE :from IS NOT NULL
	UNION SELECT date(:to, '+1 day') WHERE :to IS NOT NULL
),
ordered AS (
	SELECT day, lead(day) OVER (ORDER BY day) AS next FROM days
)
SELECT date(day, '+1 day') AS gap_start,
	date(next, '-1 day') AS gap_end,
	CAST(julianday(next) - julianday(day) - 1 AS INTEGER) AS days
FROM ordered
WHERE next IS NOT NULL AND julianday(next) - julianday(day) > 1
ORDER BY days DESC, gap_start
LIMIT CAST(:limit AS INTEGER)
