-- name: actors
-- description: The most frequent actors: people, organisations and places by the number of entries naming them.
-- param: kind   person, org, place or name (when not given: all)
-- param: limit  how many; default: 20
SELECT a.name,
	a.kind,
	count(DISTINCT a.entry) AS entries,
	min(a.start) AS first,
	max(a.start) AS last
FROM actors a
JOIN chronology c ON c.entry = a.entry
WHERE c.excluded = 0 AND (:kind IS NULL OR a.kind = :kind)
GROUP BY a.name, a.kind
ORDER BY entries DESC, a.name
LIMIT CAST(:limit AS INTEGER)
