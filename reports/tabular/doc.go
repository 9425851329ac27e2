// Package tabular writes query results (reports, ad-hoc SQL) as an aligned
// terminal table, CSV, a JSON array, JSONL or an XLSX workbook with one
// sheet per result and real date cells.
package tabular
