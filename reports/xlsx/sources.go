package xlsx

import (
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
)

var sourceColumns = []column{
	{"Title", 50, true}, // linked to the URL when there is one
	{"Outlet", 20, false},
	{"URL", 40, false},
	{"Published", 16, false},      // date cell (with the time when known)
	{"Published as", 18, false},   // TIMEX3 value
	{"Published from", 15, false}, // origin: flag, metadata, dateline, filename, none
	{"Reference", 12, false},      // the day relative dates used, for undated documents
	{"Byline", 24, false},
	{"Path", 40, false},
	{"Ingested", 17, false}, // date cell, UTC
	{"Entries", 8, false},   // entries of this export that cite it
}

// SourcesHeader returns the column titles of the Sources sheet.
func SourcesHeader() []string { return titles(sourceColumns) }

// sources lists docs, each with how many entries cite it.
func (b *book) sources(docs []*chrono.Document, cites map[int64]int) error {
	tw, err := b.startTable(table{sheet: SheetSources, name: "SourcesTable", cols: sourceColumns})
	if err != nil {
		return err
	}
	for _, doc := range docs {
		var d chrono.Document
		if doc != nil {
			d = *doc
		}
		if err := tw.row(func(cells []excelize.Cell) { b.sourceRow(d, cites[d.ID], cells) }); err != nil {
			return err
		}
	}
	return tw.end()
}

func (b *book) sourceRow(d chrono.Document, cites int, cells []excelize.Cell) {
	st := b.st
	var ref time.Time
	if d.Published.IsZero() { // the reference only matters for undated documents
		ref = d.Reference
	}
	copy(cells, []excelize.Cell{
		b.link(d.URL, d.Title),
		b.text(d.Site, st.text),
		b.text(d.URL, st.text),
		b.published(d.Published),
		b.text(d.Published.Value, st.text),
		b.text(string(d.PublishedOrigin), st.text),
		b.date(ref, st.day),
		b.text(d.Byline, st.text),
		b.text(d.Path, st.text),
		b.date(d.IngestedAt.UTC(), st.timestamp), // Excel has no time zones: UTC
		number(float64(cites), st.text),
	})
}

// published is a publication date as a date cell, with its time of day
// when the document gave one (2026-01-08T11:15).
func (b *book) published(p chrono.Date) excelize.Cell {
	if p.Grain == chrono.GrainMinute {
		if t, err := time.Parse("2006-01-02T15:04", p.Value); err == nil {
			return b.date(t, b.st.timestamp)
		}
	}
	return b.date(p.Start, b.st.date(p.Grain))
}
