package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
)

// Number formats of the date cells.
const (
	fmtDay       = "yyyy-mm-dd"
	fmtMonth     = "mmm yyyy"
	fmtYear      = "yyyy"
	fmtTimestamp = "yyyy-mm-dd hh:mm"
	fmtScore     = "0.00"
)

// styles are the cell style ids of one workbook.
type styles struct {
	header, text, wrap, link int
	day, month, year         int // date cells by display precision
	timestamp, score         int
	title, label, left       int // the About sheet
}

// date returns the date style for a granularity: as precise as the text
// was, so that "December 2025" does not show as 2025-12-01.
func (s *styles) date(g chrono.Grain) int {
	switch g {
	case chrono.GrainMonth:
		return s.month
	case chrono.GrainQuarter, chrono.GrainSeason, chrono.GrainHalf,
		chrono.GrainYear, chrono.GrainDecade, chrono.GrainCentury:
		return s.year
	}
	return s.day // day, minute, week and anything unknown
}

// font is the workbook's default font, named in styles that set a font:
// without a name, LibreOffice falls back to a serif.
const font = "Calibri"

func newStyles(f *excelize.File) (*styles, error) {
	top := &excelize.Alignment{Vertical: "top"}
	var s styles
	for _, d := range []struct {
		id    *int
		style excelize.Style
	}{
		// The header is styled in the cells, not only by the table style,
		// which LibreOffice does not draw.
		{&s.header, excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: font},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		}},
		{&s.text, excelize.Style{Alignment: top}},
		{&s.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.link, excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single", Family: font},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.day, numStyle(fmtDay)},
		{&s.month, numStyle(fmtMonth)},
		{&s.year, numStyle(fmtYear)},
		{&s.timestamp, numStyle(fmtTimestamp)},
		{&s.score, numStyle(fmtScore)},
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Family: font}}},
		{&s.label, excelize.Style{Font: &excelize.Font{Bold: true, Family: font}, Alignment: top}},
		{&s.left, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}},
	} {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return nil, fmt.Errorf("style: %w", err)
		}
		*d.id = id
	}
	return &s, nil
}

func numStyle(format string) excelize.Style {
	return excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}
}
