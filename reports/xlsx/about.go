package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// about writes when and how the workbook was built, what it holds and how
// to read it, from what g gathered of the entries: docs is how many
// articles Sources lists.
func (b *book) about(o Options, g *gathered, docs int) error {
	const sheet = SheetAbout
	f, st := b.f, b.st
	first, last := g.first, g.last
	toReview, reviewRows := g.toReview, g.conflicts.n+g.others.n
	filters := o.Filters
	if filters == "" {
		filters = "none: every entry not excluded by an analyst"
	}
	neutral := "Text from the articles that begins with =, +, -, @, a tab or a carriage return is shown with a leading apostrophe, so that it never runs as a formula (export with --raw to keep it as written)."
	if o.Raw {
		neutral = "Kept as written (--raw): text from the articles that begins with =, +, -, @ may run as a formula if retyped or saved as CSV."
	}
	articles := fmt.Sprint(docs)
	if o.Articles > 0 {
		articles = fmt.Sprintf("%d of the %d in the database", docs, o.Articles)
	}
	rows := []struct {
		label string
		value any
		style int
	}{
		{"Built", b.date(o.Built.UTC(), st.timestamp), 0},
		{"", "UTC; the only cell, with the document properties' created and modified times, that differs between two builds from the same database and filters", st.wrap},
		{"chrono version", o.Version, st.text},
		{"Database", o.Database, st.text},
		{"Filters", filters, st.wrap},
		{"Entries", g.entries, st.left},
		{"First date", b.date(first, st.day), 0},
		{"Last date", b.date(last, st.day), 0},
		{"Entries to review", fmt.Sprintf("%d (%d mentions on the Review sheet)", toReview, reviewRows), st.text},
		{"Articles cited", articles, st.text},
		{"Formulas", neutral, st.wrap},
		{"", "", 0},
		{SheetChronology, "One row per entry (one happening, merged across sources), in chronology order. Date is a real date shown as precisely as the sources gave it (day, month or year); Sort key is its ISO interval (start/end), which sorts as the chronology does; Precision is the granularity; Confidence (0 to 1) grows with independent sources and falls for conflicts; Check says what to verify; Analyst, Computed and Note show analysts' corrections. Source links to an article where its URL is known. Only Date to Check print.", st.wrap},
		{SheetReview, "The entries to check, one row per mention: date conflicts first, then dates inferred from a guessed reference or ambiguous; settle them with chrono correct, split or exclude.", st.wrap},
		{SheetSources, "The articles the entries cite: title (linked), outlet, URL, publication date and where it came from (flag, metadata, dateline, filename, none).", st.wrap},
		{SheetSummary, "Entries per month, with a chart.", st.wrap},
	}
	if err := f.SetCellStr(sheet, "A1", "About this chronology"); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", "A1", st.title); err != nil {
		return err
	}
	for i, r := range rows {
		n := i + 3
		a, bref := fmt.Sprintf("A%d", n), fmt.Sprintf("B%d", n)
		if r.label != "" {
			if err := f.SetCellStr(sheet, a, r.label); err != nil {
				return err
			}
			if err := f.SetCellStyle(sheet, a, a, st.label); err != nil {
				return err
			}
		}
		style := r.style
		switch v := r.value.(type) {
		case excelize.Cell:
			style = v.StyleID
			if v.Value != nil {
				if err := f.SetCellValue(sheet, bref, v.Value); err != nil {
					return err
				}
			}
		case string:
			if v != "" {
				if err := f.SetCellStr(sheet, bref, v); err != nil {
					return err
				}
			}
		default:
			if err := f.SetCellValue(sheet, bref, v); err != nil {
				return err
			}
		}
		if style != 0 {
			if err := f.SetCellStyle(sheet, bref, bref, style); err != nil {
				return err
			}
		}
		if r.style == st.wrap {
			if err := f.SetRowHeight(sheet, n, float64(linesOf(fmt.Sprint(r.value), 90)*lineHeight)); err != nil {
				return err
			}
		}
	}
	if err := b.fitWidth(sheet, "portrait"); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "A", 20); err != nil {
		return err
	}
	return f.SetColWidth(sheet, "B", "B", 90)
}
