// Package seeds embeds the sample articles that `chrono demo` ingests: two
// reports of the same January 2026 Paris meeting, one undated, one with a
// day-first dateline.
package seeds

import "embed"

// FS holds the seed articles (*.txt).
//
//go:embed *.txt
var FS embed.FS
