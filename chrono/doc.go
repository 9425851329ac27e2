// Package chrono turns news articles into dated chronologies.
//
// It holds the domain types (Document, Mention, Date, Event), the recognizer
// that finds date expressions in English news text and resolves them against
// a publication date, sentence splitting, and event anchoring. Storage lives
// in chrono/sqlite; exporters live in reports/.
package chrono
