// Package timelinejs writes a chronology for TimelineJS (Knight Lab): as
// CSV with exactly the 18 columns of its Google Sheets template, to paste
// or import there, or as TimelineJS3 JSON to load directly.
//
// Dates keep their granularity: a month-only entry has a Year and a Month
// and no Day; a range or a week, quarter, season, half, decade or century
// gets an end date and a Display Date ("Q3 2025"), since TimelineJS has no
// such units. The text slide holds the entry's sentence and its sources as
// escaped HTML, with links to http and https URLs. In CSV, fields that
// begin like a formula are neutralised unless --raw (see package formula).
// The same entries give the same bytes.
package timelinejs
