// Package reports holds the SQL reports and the exporters of chronology rows.
//
// The exporters live in subpackages: reports/csv writes RFC 4180 CSV,
// reports/xlsx an Excel workbook with real date cells, reports/json JSON
// and JSON Lines, reports/markdown a briefing note and reports/timelinejs
// TimelineJS's spreadsheet template and JSON; reports/formula neutralises
// text a spreadsheet would run as a formula, for the CSV and Excel ones.
package reports
