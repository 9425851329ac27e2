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
	kwRef      // now, recently, ...: value refIndex
	kwSetAdv   // daily, weekly, ...: value unit*
	kwPartDay  // morning 0, afternoon 1, evening 2, night 3
	kwTens     // twenty .. ninety: value
	kwFuzzyNum // several, few, many: an unknown number; manyOf for "hundreds (of)"
	kwName     // a word that may start a holiday's name or a century
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
	unitCentury
	unitHour
	unitMinute
	unitSecond
	unitWeekdayOf // a weekday counted from another date: "the previous Friday"
)

type kwEntry struct {
	class kwClass
	value int
	bits  uint32 // trigger bits, as if capitalised: see wordBits
}

// keywords maps lower-case words to their class. It is read-only.
var keywords = map[string]kwEntry{}

func init() {
	add := func(c kwClass, v int, words ...string) {
		for _, w := range words {
			keywords[w] = kwEntry{class: c, value: v}
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
	for i, d := range days {
		add(kwSetAdv, pluralWeekday+i, d+"s") // "on Tuesdays": a recurrence
	}
	for i, ds := range [][]string{{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}} {
		add(kwWeekdayAbbr, i, ds...)
	}
	add(kwRelDay, 0, "today")
	add(kwRelDay, -1, "yesterday")
	add(kwRelDay, 1, "tomorrow")
	add(kwTonight, 0, "tonight")
	add(kwTonight, -1, "overnight") // the night before publication
	add(kwShift, -1, "last")
	add(kwShift, 0, "this")
	add(kwShift, 1, "next")
	add(kwUnit, unitDay, "day", "days")
	add(kwUnit, unitWeek, "week", "weeks", "fortnight", "fortnights") // a fortnight is two: see quantity
	add(kwUnit, unitWeekend, "weekend")
	add(kwUnit, unitMonth, "month", "months")
	add(kwUnit, unitQuarter, "quarter", "quarters")
	add(kwUnit, unitYear, "year", "years")
	add(kwUnit, unitDecade, "decade", "decades")
	add(kwUnit, unitCentury, "century", "centuries")
	add(kwUnit, unitHour, "hour", "hours")
	add(kwUnit, unitMinute, "minute", "minutes")
	add(kwUnit, unitSecond, "second", "seconds")
	for i, n := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(kwTens, 20+10*i, n)
	}
	add(kwFuzzyNum, 0, "several", "few", "many")
	add(kwFuzzyNum, manyOf, "dozens", "tens", "hundreds", "thousands", "millions", "billions")
	for i, w := range refWords {
		for _, v := range w.words {
			add(kwRef, i, v)
		}
	}
	add(kwSetAdv, unitHour, "hourly")
	add(kwSetAdv, unitDay, "daily", "nightly")
	add(kwSetAdv, unitWeek, "weekly", "fortnightly") // fortnightly: see setAdvValue
	add(kwSetAdv, unitMonth, "monthly")
	add(kwSetAdv, unitYear, "yearly")
	add(kwSetAdv, unitYear, "annually")
	add(kwSetAdv, unitQuarter, "quarterly")
	names := []string{"twentieth", "nineteenth", "eighteenth"}
	for _, h := range holidays {
		if !commonFirstWords[h.words[0]] {
			names = append(names, h.words[0])
		}
	}
	for _, w := range names {
		if _, ok := keywords[w]; !ok {
			keywords[w] = kwEntry{class: kwName}
		}
	}
	add(kwPartDay, 0, "morning")
	add(kwPartDay, 1, "afternoon")
	add(kwPartDay, 2, "evening")
	add(kwPartDay, 3, "night")
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
	// Words with trigger or cue bits but no class of their own.
	for _, set := range [][]string{keysOf(wordTriggers), keysOf(weakWords), keysOf(headWords), keysOf(decadeWords)} {
		for _, w := range set {
			if _, ok := keywords[w]; !ok {
				keywords[w] = kwEntry{}
			}
		}
	}
	for w, e := range keywords {
		e.bits = wordBits(w, e.class)
		keywords[w] = e
		kwShape.add(w)
	}
}

func keysOf[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
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
	// irregular past forms that the -ed test misses
	"set": true, "put": true, "cut": true, "hit": true, "sent": true, "spent": true, "built": true, "left": true,
	"paid": true, "sold": true, "thought": true, "brought": true, "bought": true, "caught": true, "fought": true,
	"found": true, "got": true, "heard": true, "kept": true, "knew": true, "led": true, "meant": true, "ran": true,
	"sought": true, "spoke": true, "stood": true, "struck": true, "became": true, "broke": true, "chose": true,
	"drew": true, "drove": true, "flew": true, "grew": true, "shot": true, "threw": true, "withdrew": true,
	"arose": true, "swore": true, "stole": true, "fled": true, "felt": true, "overcame": true,
	// and participles: "a forecast given in June", "a record set in 1998"
	"given": true, "taken": true, "shown": true, "written": true, "chosen": true, "driven": true,
	"broken": true, "spoken": true, "stolen": true, "fallen": true, "risen": true, "drawn": true,
	"thrown": true, "begun": true, "sworn": true, "beaten": true, "frozen": true, "undertaken": true,
}

var futureWords = map[string]bool{
	"will": true, "shall": true, "would": true, "next": true, "upcoming": true, "scheduled": true,
	"slated": true, "due": true, "expected": true, "expects": true, "expect": true, "plans": true, "planned": true,
	"planning": true, "coming": true, "ll": true, "going": true, "aims": true,
	"intends": true, "soon": true,
	// terms of payment and validity look ahead: "payable Jan. 2", "effective Feb. 1"
	"payable": true, "effective": true, "expires": true, "expire": true, "matures": true,
}

// deliveryWords follow a month that goods or contracts are due in: "for
// May delivery", "the June contract". Not plurals of goods moved, which
// count what went: "February shipments were 677.8 mln dlrs".
var deliveryWords = map[string]bool{"delivery": true, "shipment": true, "arrival": true, "loading": true, "futures": true, "contract": true, "contracts": true}

// aheadNouns are what is said of a time to come: "the year-end forecast";
// and modals after a date look ahead from it: "at year-end should be".
var aheadNouns = map[string]bool{"forecast": true, "forecasts": true, "target": true, "targets": true, "estimate": true, "goal": true, "projection": true,
	"should": true, "will": true, "would": true, "could": true, "may": true, "might": true, "must": true}

// statsWords are what statistics are published as: "January figures".
var statsWords = map[string]bool{"figures": true, "figure": true, "data": true, "statistics": true, "indicators": true}

// estimateWords before "of" and a period make it one reported on: "the
// final estimate of fourth-quarter GDP", "a revision of first-quarter data".
var estimateWords = map[string]bool{"estimate": true, "estimates": true, "reading": true, "revision": true, "revisions": true, "report": true, "figures": true, "data": true}

// deadlineWords before a year-less date make it a deadline or limit, which
// the sentence's tense does not place: take the nearest year.
var deadlineWords = map[string]bool{"to": true, "until": true, "till": true, "by": true, "through": true, "before": true}

// refWords are words for the present, past and future as a whole: TIMEX3
// PRESENT_REF, PAST_REF, FUTURE_REF.
var refWords = []struct {
	value string
	words []string
}{
	{"PRESENT_REF", []string{"now", "currently", "nowadays"}},
	{"PAST_REF", []string{"recently", "recent", "lately"}},
	{"FUTURE_REF", []string{"future"}},
}

// partOfDay codes, TIMEX3 style: 2026-01-08TMO.
var partOfDay = [4]string{"MO", "AF", "EV", "NI"}

// approxMods come before a count of time: "nearly four years ago". They
// belong to the extent of an "ago" expression (TimeML), not of a bare
// duration, where annotators leave them out more often than not.
var approxMods = map[string]bool{
	"about": true, "around": true, "nearly": true, "almost": true, "roughly": true, "approximately": true,
	"over": true, "some": true,
}

// compareMods are comparatives that belong to every extent: "more than two
// decades", "up to 180 days", "at least 72 hours", "no more than sixty days".
var compareMods = map[[2]string]bool{
	{"more", "than"}: true, {"less", "than"}: true, {"up", "to"}: true, {"at", "least"}: true,
	{"at", "most"}: true, {"fewer", "than"}: true,
}

// commonFirstWords begin holidays but are common words ("black market",
// "mother company"), so they are no keywords: the holiday is read back
// from its last word ("Black Friday", "Mother's Day"): see holidayEndingAt.
var commonFirstWords = map[string]bool{"black": true, "mother": true, "father": true, "palm": true, "ash": true,
	"canada": true, "australia": true, "martin": true}

// manyOf marks the kwFuzzyNum words that count with "of": "hundreds of years".
const manyOf = 1

// pluralWeekday offsets the value of "Sundays" .. "Saturdays" among the
// recurrence adverbs, whose other values are units.
const pluralWeekday = 100

// baseAsPast are past forms spelt as their base form and often nouns:
// after a modal a few words back they tell no past ("will withdraw the
// water cut from Monday").
var baseAsPast = map[string]bool{"cut": true, "set": true, "put": true, "hit": true, "cost": true, "let": true, "shut": true,
	"spread": true, "hurt": true, "quit": true, "bet": true, "cast": true, "burst": true, "split": true}
