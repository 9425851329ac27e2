// Package csv writes chronologies as RFC 4180 CSV: UTF-8, a header row,
// "\n" line ends, or for Excel (Options.Excel) a UTF-8 byte order mark and
// "\r\n" line ends, without which Excel reads UTF-8 as its local code page.
// WriteEntries writes one line per chronology entry; WriteMentions one line
// per mention of an entry (the GDELT split); Write one line per event row.
// StreamEntries and StreamMentions write the entries of a sequence as they
// come.
//
// Fields that a spreadsheet program would run as a formula (=, +, -, @,
// tab, carriage return first) get a leading apostrophe (see package
// formula) unless Options.Raw.
package csv
