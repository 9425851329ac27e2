// Package reports runs SQL reports over a chrono database and holds the
// exporters of chronologies.
//
// Built-in reports are the .sql files in reports/sql, embedded; users add
// their own in a directory of .sql files in the same form (see Report).
// They query the views the schema documents in reports/SCHEMA.md.
//
// The exporters live in subpackages: reports/csv writes RFC 4180 CSV,
// reports/xlsx an Excel workbook with real date cells, reports/json JSON
// and JSON Lines, reports/markdown a briefing note and reports/timelinejs
// TimelineJS's spreadsheet template and JSON; reports/formula neutralises
// text a spreadsheet would run as a formula, for the CSV and Excel ones.
// reports/tabular writes any query result as a table, CSV, JSON, JSONL or
// XLSX. Every chronology exporter but TimelineJS also takes the entries as
// a sequence (iter.Seq2[*chrono.Entry, error], as sqlite.DB.EachEntry
// yields them) and writes each as it comes, so that a large export's
// memory does not grow with its entries.
package reports
