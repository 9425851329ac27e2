// Package formula keeps text from articles from running as a formula when
// an export is opened in a spreadsheet program (CSV or formula injection,
// OWASP): a cell that begins with =, +, -, @, a tab or a carriage return
// gets a leading apostrophe, which Excel, LibreOffice and Google Sheets
// show as text. The CSV and Excel exports both use it, unless --raw.
package formula
