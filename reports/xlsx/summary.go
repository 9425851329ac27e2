package xlsx

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/chrono-news/chrono/chrono"
)

// SummaryHeader returns the column titles of the Summary sheet.
func SummaryHeader() []string {
	return []string{"Month", "Entries", "Two or more sources", "Conflicts", "Inferred", "First day"}
}

// maxMonths is the longest run of months Summary lists whole, empty months
// included, so that the chart's axis keeps its scale; longer spans list
// only the months that have entries.
const maxMonths = 600

// monthCount is one row of Summary.
type monthCount struct {
	month                         time.Time
	entries, multi, conflict, inf int
}

// months counts the entries dated to a month or finer by the month they
// start in, one entry at a time; coarser is how many are dated only to a
// quarter, a year or more, which no month can hold.
type months struct {
	counts      map[time.Time]*monthCount
	first, last time.Time
	coarser     int
}

func (ms *months) add(e *chrono.Entry) {
	switch e.Date.Grain {
	case chrono.GrainMinute, chrono.GrainDay, chrono.GrainWeek, chrono.GrainMonth:
	default:
		ms.coarser++
		return
	}
	m := chrono.Day(e.Date.Start.Year(), e.Date.Start.Month(), 1)
	if ms.counts == nil {
		ms.counts = map[time.Time]*monthCount{}
	}
	c := ms.counts[m]
	if c == nil {
		c = &monthCount{month: m}
		ms.counts[m] = c
	}
	c.entries++
	if e.Sources > 1 {
		c.multi++
	}
	if e.Conflict {
		c.conflict++
	}
	if e.DateInferred() {
		c.inf++
	}
	if ms.first.IsZero() || m.Before(ms.first) {
		ms.first = m
	}
	if m.After(ms.last) {
		ms.last = m
	}
}

// rows returns Summary's rows, month by month.
func (ms *months) rows() []monthCount {
	if len(ms.counts) == 0 {
		return nil
	}
	first, last := ms.first, ms.last
	span := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	var out []monthCount
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		if c := ms.counts[m]; c != nil {
			out = append(out, *c)
		} else if span <= maxMonths {
			out = append(out, monthCount{month: m})
		}
	}
	return out
}

func (b *book) summary(counts *months) error {
	const sheet = SheetSummary
	f, st := b.f, b.st
	months, coarser := counts.rows(), counts.coarser
	for i, h := range SummaryHeader() {
		ref, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(sheet, ref, h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, "A1", "F1", st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 1, 2*lineHeight); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "F", 11); err != nil {
		return err
	}
	// Month is a text label, which charts show as written (LibreOffice
	// misreads date categories); First day is the same month as a date.
	for i, m := range months {
		row := i + 2
		v, _ := serial(m.month)
		label := m.month.Format("Jan 2006")
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", row), &[]any{label, m.entries, m.multi, m.conflict, m.inf, v}); err != nil {
			return err
		}
	}
	last := len(months) + 1
	if len(months) > 0 {
		if err := f.SetCellStyle(sheet, "F2", fmt.Sprintf("F%d", last), st.month); err != nil {
			return err
		}
	}
	note := "No entry is dated to a month or finer."
	if len(months) > 0 {
		note = "Entries by the month they start in; a week counts in the month of its Monday."
	}
	if coarser > 0 {
		note += fmt.Sprintf(" %d dated only to a quarter, a season, a year or coarser are not counted.", coarser)
	}
	if err := f.SetCellStr(sheet, fmt.Sprintf("A%d", last+2), note); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := b.fitWidth(sheet, "landscape"); err != nil {
		return err
	}
	if len(months) == 0 {
		return nil
	}
	one := false // one colour for every bar
	return f.AddChart(sheet, "H2", &excelize.Chart{
		Type:       excelize.Col,
		VaryColors: &one,
		Series: []excelize.ChartSeries{{
			Name:       fmt.Sprintf("'%s'!$B$1", sheet),
			Categories: fmt.Sprintf("'%s'!$A$2:$A$%d", sheet, last),
			Values:     fmt.Sprintf("'%s'!$B$2:$B$%d", sheet, last),
		}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Entries per month"}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		Dimension: excelize.ChartDimension{Width: 720, Height: 360},
		YAxis:     excelize.ChartAxis{MajorGridLines: true},
	})
}
