// Package reports holds the SQL reports and the exporters of chronology rows.
//
// The exporters live in subpackages: reports/csv writes RFC 4180 CSV and
// reports/xlsx writes an Excel workbook with real date cells.
package reports
