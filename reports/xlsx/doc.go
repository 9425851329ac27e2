// Package xlsx writes chronology entries as an Excel workbook for
// briefings, through excelize.
//
// Sheets: Chronology (one row per entry, as an Excel table with filter
// buttons), Review (the mentions of the entries to check), Sources (the
// articles cited), Summary (entries per month, with a column chart) and
// About (when, how and from what the workbook was built).
//
// Dates are real date cells (numeric serials with a date number format by
// granularity: yyyy-mm-dd, mmm yyyy, yyyy), so they sort, filter and
// compute in Excel and LibreOffice; an ISO sort key stands beside them.
// The large sheets are streamed (excelize's StreamWriter), so memory stays
// flat. Options.Stream takes the entries as a sequence (a database read,
// say) and writes each Chronology row as its entry comes, keeping only
// what the other sheets need (counts, the documents cited; Review's rows
// wait in a temporary file), and builds the zip in a temporary file:
// 100,000 entries take well under 200 MB. On streamed sheets the tables give their filter
// buttons (AutoFilter does nothing there) and links are HYPERLINK formulas
// (SetCellHyperLink does nothing there either), only for http and https
// URLs. Text from articles that begins like a formula is neutralised
// (package formula) unless Options.Raw; characters XML cannot hold become
// U+FFFD and cells stop at Excel's 32,767 characters.
//
// The same entries and Options give the same bytes. Two builds that differ
// only in Options.Built differ only in the About sheet's build time and in
// the document properties' created and modified times (docProps/core.xml).
package xlsx
