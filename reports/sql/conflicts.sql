-- name: conflicts
-- description: Date conflicts to review: each date the sources give for one happening, with the sources that give it; settled ones (corrected by an analyst) last.
SELECT c.entry,
	c.headline,
	c.rank + 1 AS choice,
	c.date,
	c.resolution,
	(SELECT group_concat(d.title, '; ') FROM documents d
		WHERE ',' || c.documents || ',' LIKE '%,' || d.id || ',%') AS sources,
	c.settled
FROM conflicts c
ORDER BY c.settled, c.entry_date, c.entry, c.rank
