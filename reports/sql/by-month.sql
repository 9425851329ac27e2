-- name: by-month
-- description: The chronology by month: entries dated a month or finer, how many have two or more sources, conflicts and analysts' corrections.
-- param: from  first month, YYYY-MM (when not given: the first)
-- param: to    last month, YYYY-MM (when not given: the last)
--
-- This report reads the entries table rather than the chronology view: the
-- index entries_month answers it in month order without sorting every entry.
SELECT substr(start_date, 1, 7) AS month,
	count(*) AS entries,
	sum(mentions) AS mentions,
	sum(sources > 1) AS multi_source,
	sum(conflict) AS conflicts,
	sum(analyst) AS corrected
FROM entries
WHERE substr(start_date, 1, 7) BETWEEN coalesce(:from, '0000') AND coalesce(:to, '9999')
	AND excluded = 0
	AND +grain IN ('minute', 'day', 'week', 'month') -- "+": filter, not an index choice
GROUP BY substr(start_date, 1, 7)
ORDER BY month
