package chrono

type kwClass uint8

const (
	kwNone      kwClass = iota
	kwMonth             // january; value 1-12
	kwMonthAbbr         // jan, sept; value 1-12
	kwWeekday           // tuesday; value 0 (Sunday) - 6
	kwWeekdayAbbr
	kwRelDay   // today 0, yesterday -1, tomorrow 1
	kwTonight  // tonight
	kwShift    // last -1, this 0, next 1
	kwUnit     // value: unit* constant
	kwNumber   // one..twenty, a, an
	kwOrdinal  // first..twelfth
	kwSeason   // value: 0 spring .. 3 winter
	kwAgo      // ago
	kwOrdSuf   // st nd rd th
	kwMeridiem // am pm
)

// Units of relative expressions.
const (
	unitDay = iota + 1
	unitWeek
	unitWeekend
	unitMonth
	unitQuarter
	unitYear
	unitDecade
)

type kwEntry struct {
	class kwClass
	value int
}

// keywords maps lower-case words to their class. It is read-only.
var keywords = map[string]kwEntry{}

func init() {
	add := func(c kwClass, v int, words ...string) {
		for _, w := range words {
			keywords[w] = kwEntry{c, v}
		}
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, m := range months {
		add(kwMonth, i+1, m)
	}
	for i, m := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if m != "" {
			add(kwMonthAbbr, i+1, m)
		}
	}
	add(kwMonthAbbr, 9, "sept")
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		add(kwWeekday, i, d)
	}
	for i, ds := range [][]string{{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}} {
		add(kwWeekdayAbbr, i, ds...)
	}
	add(kwRelDay, 0, "today")
	add(kwRelDay, -1, "yesterday")
	add(kwRelDay, 1, "tomorrow")
	add(kwTonight, 0, "tonight")
	add(kwShift, -1, "last")
	add(kwShift, 0, "this")
	add(kwShift, 1, "next")
	add(kwUnit, unitDay, "day", "days")
	add(kwUnit, unitWeek, "week", "weeks")
	add(kwUnit, unitWeekend, "weekend")
	add(kwUnit, unitMonth, "month", "months")
	add(kwUnit, unitQuarter, "quarter", "quarters")
	add(kwUnit, unitYear, "year", "years")
	add(kwUnit, unitDecade, "decade", "decades")
	for i, n := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		add(kwNumber, i+1, n)
	}
	add(kwNumber, 1, "a", "an")
	for i, n := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"} {
		add(kwOrdinal, i+1, n)
	}
	add(kwSeason, 0, "spring")
	add(kwSeason, 1, "summer")
	add(kwSeason, 2, "autumn", "fall")
	add(kwSeason, 3, "winter")
	add(kwAgo, 0, "ago")
	add(kwOrdSuf, 0, "st", "nd", "rd", "th")
	add(kwMeridiem, 0, "am")
	add(kwMeridiem, 12, "pm")
}

// Words around a date that tell its tense: past for reported events,
// future for plans. Used to lean year-less dates and weekdays.
var pastWords = map[string]bool{
	"said": true, "announced": true, "unveiled": true, "told": true, "reported": true, "added": true,
	"stated": true, "declared": true, "confirmed": true, "signed": true, "met": true, "was": true,
	"were": true, "had": true, "did": true, "agreed": true, "launched": true, "held": true,
	"killed": true, "died": true, "visited": true, "ago": true, "last": true, "earlier": true,
	"took": true, "began": true, "ended": true, "rose": true, "fell": true, "won": true, "lost": true,
	"made": true, "gave": true, "came": true, "went": true, "saw": true, "wrote": true, "published": true,
}

var futureWords = map[string]bool{
	"will": true, "shall": true, "would": true, "next": true, "upcoming": true, "scheduled": true,
	"slated": true, "due": true, "expected": true, "expects": true, "plans": true, "planned": true,
	"planning": true, "coming": true, "until": true, "ll": true, "going": true, "aims": true,
	"deadline": true, "intends": true,
}

// deadlineWords before a year-less date make it a deadline or limit, which
// the sentence's tense does not place: take the nearest year.
var deadlineWords = map[string]bool{"to": true, "until": true, "till": true, "by": true, "through": true, "before": true}
