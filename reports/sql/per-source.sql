-- name: per-source
-- description: Entries per source: how many chronology entries each article is in, and how many only it reports.
SELECT s.title AS source,
	s.path,
	s.published,
	s.entries,
	(SELECT count(*) FROM chronology c
		WHERE c.sources = 1 AND c.entry IN (SELECT m.entry FROM mentions m WHERE m.path = s.path)) AS only_here
FROM sources s
ORDER BY s.entries DESC, s.path
