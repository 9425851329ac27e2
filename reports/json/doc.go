// Package json writes chronology entries for scripts: JSON (one array) or
// JSON Lines (one entry a line), with the full entry model: the date and
// how it was obtained, confidence, conflict dates, actors, the analyst's
// corrections and every mention with its expression, sentence and source.
// Stream and StreamLines write the entries of a sequence as they come.
//
// Dates are ISO text (start and end inclusive, YYYY-MM-DD) beside the
// TIMEX3 value and granularity. The same entries give the same bytes:
// nothing depends on the clock or on database row IDs (documents are
// named by path).
package json
