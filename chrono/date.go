package chrono

import (
	"fmt"
	"time"
)

// Grain is the granularity of a date: how precise the text was.
type Grain string

// Granularities, finest first.
const (
	GrainMinute  Grain = "minute"
	GrainDay     Grain = "day"
	GrainWeek    Grain = "week"
	GrainMonth   Grain = "month"
	GrainQuarter Grain = "quarter"
	GrainSeason  Grain = "season"
	GrainHalf    Grain = "half"
	GrainYear    Grain = "year"
	GrainDecade  Grain = "decade"
	GrainCentury Grain = "century"
)

// Rank orders granularities, finest first; unknown grains sort last.
func (g Grain) Rank() int {
	switch g {
	case GrainMinute:
		return 0
	case GrainDay:
		return 1
	case GrainWeek:
		return 2
	case GrainMonth:
		return 3
	case GrainQuarter:
		return 4
	case GrainSeason:
		return 5
	case GrainHalf:
		return 6
	case GrainYear:
		return 7
	case GrainDecade:
		return 8
	case GrainCentury:
		return 9
	}
	return 10
}

// Date is a calendar interval with a granularity and its TIMEX3 value.
// Start and End are inclusive calendar days at UTC midnight: "last month"
// in January 2026 is 2025-12-01..2025-12-31 with value "2025-12", never a
// made-up day.
type Date struct {
	Value string // TIMEX3 value: 2026-01-06, 2025-12, 2025-Q3, 2026-01-08T11:15
	Grain Grain
	Start time.Time
	End   time.Time
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Value == "" }

// Contains reports whether the day t lies within d.
func (d Date) Contains(t time.Time) bool {
	t = Day(t.Year(), t.Month(), t.Day())
	return !t.Before(d.Start) && !t.After(d.End)
}

// Day returns the calendar day y-m-d at UTC midnight, normalising overflow.
func Day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Truncate drops the time of day and zone of t, keeping its calendar day.
func Truncate(t time.Time) time.Time { return Day(t.Year(), t.Month(), t.Day()) }

// ISO formats a calendar day as YYYY-MM-DD; the zero time gives "".
func ISO(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	// By hand: time.Format costs a sixth of recognition on wire copy.
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// DayDate is the single day y-m-d.
func DayDate(y int, m time.Month, d int) Date {
	t := Day(y, m, d)
	return Date{Value: ISO(t), Grain: GrainDay, Start: t, End: t}
}

// MinuteDate is the day y-m-d at hh:mm; its interval is the whole day.
func MinuteDate(y int, m time.Month, d, hh, mm int) Date {
	t := Day(y, m, d)
	return Date{Value: fmt.Sprintf("%sT%02d:%02d", ISO(t), hh, mm), Grain: GrainMinute, Start: t, End: t}
}

// MonthDate is the month y-m.
func MonthDate(y int, m time.Month) Date {
	s := Day(y, m, 1)
	return Date{Value: ISO(s)[:7], Grain: GrainMonth, Start: s, End: s.AddDate(0, 1, -1)}
}

// YearDate is the year y.
func YearDate(y int) Date {
	return Date{Value: fmt.Sprintf("%04d", y), Grain: GrainYear, Start: Day(y, 1, 1), End: Day(y, 12, 31)}
}

// QuarterDate is quarter q (1-4) of year y.
func QuarterDate(y, q int) Date {
	s := Day(y, time.Month(3*(q-1)+1), 1)
	return Date{Value: fmt.Sprintf("%04d-Q%d", y, q), Grain: GrainQuarter, Start: s, End: s.AddDate(0, 3, -1)}
}

// HalfDate is half h (1-2) of year y.
func HalfDate(y, h int) Date {
	s := Day(y, time.Month(6*(h-1)+1), 1)
	return Date{Value: fmt.Sprintf("%04d-H%d", y, h), Grain: GrainHalf, Start: s, End: s.AddDate(0, 6, -1)}
}

// WeekDate is the ISO week that contains day t (Monday to Sunday).
func WeekDate(t time.Time) Date {
	t = Truncate(t)
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	s := t.AddDate(0, 0, -wd)
	y, w := s.ISOWeek()
	return Date{Value: fmt.Sprintf("%04d-W%02d", y, w), Grain: GrainWeek, Start: s, End: s.AddDate(0, 0, 6)}
}

// Season codes as TIMEX3 writes them, northern hemisphere.
var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// SeasonDate is season s (0 spring, 1 summer, 2 autumn, 3 winter) of year y,
// by meteorological seasons; winter y runs from December y to February y+1.
func SeasonDate(y, s int) Date {
	start := Day(y, time.Month(3+3*s), 1)
	return Date{Value: fmt.Sprintf("%04d-%s", y, seasonCodes[s]), Grain: GrainSeason, Start: start, End: start.AddDate(0, 3, -1)}
}

// DecadeDate is the decade starting at year y (y a multiple of 10): "199".
func DecadeDate(y int) Date {
	return Date{Value: fmt.Sprintf("%03d", y/10), Grain: GrainDecade, Start: Day(y, 1, 1), End: Day(y+9, 12, 31)}
}

// CenturyDate is the century whose years begin with c: 19 is 1900-1999.
func CenturyDate(c int) Date {
	return Date{Value: fmt.Sprintf("%02d", c), Grain: GrainCentury, Start: Day(c*100, 1, 1), End: Day(c*100+99, 12, 31)}
}

// ParseValue turns a TIMEX3 date value back into a Date, for flags and
// stored values: 2026-01-06, 2026-01-08T11:15, 2025-12, 2025-Q3, 2025-H1,
// 2026-W02, 2025-SU, 2026, 199, 19. It is hand-written: fmt.Sscanf was the
// slowest part of tagging a corpus.
func ParseValue(v string) (Date, error) {
	num := func(i, j int) (int, bool) {
		if j > len(v) {
			return 0, false
		}
		return digits(v[i:j])
	}
	y, ok := num(0, 4)
	switch {
	case len(v) == 2 || len(v) == 3:
		if n, ok := digits(v); ok && len(v) == 3 {
			return DecadeDate(n * 10), nil
		} else if ok {
			return CenturyDate(n), nil
		}
	case !ok:
	case len(v) == 4:
		return YearDate(y), nil
	case v[4] != '-':
	case len(v) == 7 && v[5] == 'Q':
		if q, ok := num(6, 7); ok && q >= 1 && q <= 4 {
			return QuarterDate(y, q), nil
		}
	case len(v) == 7 && v[5] == 'H':
		if h, ok := num(6, 7); ok && h >= 1 && h <= 2 {
			return HalfDate(y, h), nil
		}
	case len(v) == 8 && v[5] == 'W':
		if w, ok := num(6, 8); ok && w >= 1 && w <= 53 {
			jan4 := Day(y, 1, 4) // ISO week 1 holds 4 January
			return WeekDate(jan4.AddDate(0, 0, 7*(w-1))), nil
		}
	case len(v) == 7:
		if m, ok := num(5, 7); ok && m >= 1 && m <= 12 {
			return MonthDate(y, time.Month(m)), nil
		}
		for i, c := range seasonCodes {
			if v[5:] == c {
				return SeasonDate(y, i), nil
			}
		}
	case len(v) == 10 && v[7] == '-':
		m, ok1 := num(5, 7)
		d, ok2 := num(8, 10)
		if ok1 && ok2 && valid(y, m, d) {
			return DayDate(y, time.Month(m), d), nil
		}
	case len(v) == 16 && v[7] == '-' && v[10] == 'T' && v[13] == ':':
		m, ok1 := num(5, 7)
		d, ok2 := num(8, 10)
		hh, ok3 := num(11, 13)
		mm, ok4 := num(14, 16)
		if ok1 && ok2 && ok3 && ok4 && valid(y, m, d) && hh <= 24 && mm < 60 {
			return MinuteDate(y, time.Month(m), d, hh, mm), nil
		}
	}
	return Date{}, fmt.Errorf("invalid date %q: want a TIMEX3 value such as 2026-01-06, 2025-12, 2025-Q3 or 2026", v)
}

func valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	t := Day(y, time.Month(m), d)
	return t.Day() == d && int(t.Month()) == m
}
