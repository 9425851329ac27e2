// Package chrono turns news articles into dated chronologies.
//
// It holds the domain types (Document, Mention, Date, Event), the recognizer
// that finds date expressions in English news text and resolves them against
// a publication date, sentence splitting, and event anchoring; Collector
// reads text, Markdown, HTML and JSONL feeds from files, folders and stdin,
// and Ingester analyses them on every core and stores them incrementally.
// Pages are read by chrono/html, storage lives in chrono/sqlite, exporters
// in reports/.
package chrono
