// Package html reads news pages saved as HTML: the main text and the
// metadata (title, author, site name, canonical URL, publication date),
// through go-trafilatura and go-htmldate. chrono never extracts page text
// by hand: boilerplate removal is the library's job.
package html
