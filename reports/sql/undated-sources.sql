-- name: undated-sources
-- description: Sources without a publication date: their relative dates were resolved against a reference an analyst should check.
SELECT title,
	path,
	reference,
	reference_origin,
	entries
FROM sources
WHERE published = ''
ORDER BY path
