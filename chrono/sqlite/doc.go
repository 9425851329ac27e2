// Package sqlite implements chrono.Store on SQLite, through the pure-Go
// modernc.org/sqlite driver.
//
// A database holds three tables: documents, their date mentions, and the
// events that anchor a sentence on a mention. Mentions and events belong to
// their document and go with it (ON DELETE CASCADE). Calendar days are
// stored as ISO 'YYYY-MM-DD' text, never as time.Time values, so that they
// sort and compare as strings in SQL and read the same from any client.
// Offsets into a document's text are stored twice: as byte offsets, which
// is what Go slices with, and as Unicode code point offsets, which is what
// most other languages index strings by.
//
// The schema is created and upgraded by the numbered SQL files embedded
// from migrations/, tracked with PRAGMA user_version.
package sqlite
