package chrono_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// want is one expected mention. Its offsets are those of the first
// occurrence of text in the input, so each case names unique expressions.
type want struct {
	text  string
	value string
	grain chrono.Grain
	res   chrono.Resolution
}

func (w want) String() string {
	return fmt.Sprintf("%q %s %s %s", w.text, w.value, w.grain, w.res)
}

const (
	exp = chrono.Explicit
	yi  = chrono.YearInferred
	rp  = chrono.RelativeToPublication
	rr  = chrono.RelativeToReference
	day = chrono.GrainDay
	mon = chrono.GrainMonth
	yr  = chrono.GrainYear
	wk  = chrono.GrainWeek
	min = chrono.GrainMinute
)

// The publication date of every case unless it says otherwise: a Thursday.
var pub = chrono.Anchor{Day: chrono.Day(2026, 1, 8), Published: true}

var recognizeTests = []struct {
	name  string
	text  string
	order chrono.DateOrder
	want  []want
}{
	// Month names in every usual order.
	{"month day", "Leaders met on January 6 in Paris.", "", []want{{"January 6", "2026-01-06", day, yi}}},
	{"month day year", "It was signed on January 6, 2025.", "", []want{{"January 6, 2025", "2025-01-06", day, exp}}},
	{"abbreviation with period", "Talks began Jan. 6, 2026.", "", []want{{"Jan. 6, 2026", "2026-01-06", day, exp}}},
	{"abbreviation no period", "Talks began Sept 3 2025 in Rome.", "", []want{{"Sept 3 2025", "2025-09-03", day, exp}}},
	{"spelled day", "The trust was scheduled to close April One.", "", []want{{"April One", "2026-04-01", day, yi}}},
	{"ordinal", "The vote on March 3rd, 2024 was close.", "", []want{{"March 3rd, 2024", "2024-03-03", day, exp}}},
	{"day month year", "Published 8 Jan 2026 in London.", "", []want{{"8 Jan 2026", "2026-01-08", day, exp}}},
	{"the nth of month", "He arrived on the 6th of January.", "", []want{{"the 6th of January", "2026-01-06", day, yi}}},
	{"weekday prefix", "It opened on Tuesday, January 6, 2026.", "", []want{{"Tuesday, January 6, 2026", "2026-01-06", day, exp}}},
	{"date at noon", "It opened on Tuesday, January 6, 2026, at noon.", "", []want{{"Tuesday, January 6, 2026, at noon", "2026-01-06T12:00", min, exp}}},
	{"clock before weekday", "Polls closed at 10 p.m. Wednesday.", "", []want{{"10 p.m. Wednesday", "2026-01-07T22:00", min, rp}}},
	{"part of day", "They met Friday morning and yesterday night.", "", []want{{"Friday morning", "2026-01-02TMO", day, rp}, {"yesterday night", "2026-01-07TNI", day, rp}}},
	{"modifiers", "Talks resume early next year, as in late November and mid-2025.", "", []want{{"early next year", "2027", yr, rp}, {"late November", "2025-11", mon, yi}, {"mid-2025", "2025", yr, exp}}},
	{"wire dateline", "Sun Feb 20, 2011 6:47 pm EST", "", []want{{"Sun Feb 20, 2011 6:47 pm EST", "2011-02-20T18:47", min, exp}}},
	{"wire timestamp", "26-FEB-1987 15:01:01.79", "", []want{{"26-FEB-1987", "1987-02-26", day, exp}}},
	{"month year", "Prices fell in January 2026 and in Feb. 2025.", "", []want{{"January 2026", "2026-01", mon, exp}, {"Feb. 2025", "2025-02", mon, exp}}},
	{"month of year", "the summit of June of 2024", "", []want{{"June of 2024", "2024-06", mon, exp}}},
	{"in month, past", "Peskov said in December that it was open.", "", []want{{"December", "2025-12", mon, yi}}},
	{"in month, future", "The summit will be held in March.", "", []want{{"March", "2026-03", mon, yi}}},
	{"in month, no tense, nearest", "Elections in February.", "", []want{{"February", "2026-02", mon, yi}}},
	{"year-less near future, past tense", "The minister said on January 20 that talks failed.", "", []want{{"January 20", "2026-01-20", day, yi}}},
	{"year-less past lean", "The minister said on March 20 that talks failed.", "", []want{{"March 20", "2025-03-20", day, yi}}},
	{"year-less future lean", "The plant will open on October 1.", "", []want{{"October 1", "2026-10-01", day, yi}}},
	{"present passive after a reporting verb", "Prosecutors said he faces jail when he is sentenced on April 1.", "", []want{{"April 1", "2026-04-01", day, yi}}},
	{"present progressive after a reporting verb", "Xerox said it is launching in April a new copier.", "", []want{{"April", "2026-04", mon, yi}}},
	{"present passive, attributed", "Closing of the deal is anticipated in April, the companies said.", "", []want{{"April", "2026-04", mon, yi}}},
	{"a copula in a relative clause does not govern", "Smith will replace Douglas, who is also chairman, on April 1.", "", []want{{"April 1", "2026-04-01", day, yi}}},
	{"a compared month in the present is gone by", "The company said output is down 3 pct from April.", "", []want{{"April", "2025-04", mon, yi}}},
	{"year-less future passive", "Collins will be named commander for a mission in September.", "", []want{{"September", "2026-09", mon, yi}}},
	{"year-less payable", "The dividend is payable Oct. 2 to holders of record.", "", []want{{"Oct. 2", "2026-10-02", day, yi}}},
	{"year-less nearest", "Plant opening: October 1.", "", []want{{"October 1", "2025-10-01", day, yi}}},
	{"year-less near future", "The ministers will meet on January 20.", "", []want{{"January 20", "2026-01-20", day, yi}}},
	{"year-less deadline", "The company extended its offer to January 20.", "", []want{{"January 20", "2026-01-20", day, yi}}},
	{"year-less across new year", "Protests began on December 28.", "", []want{{"December 28", "2025-12-28", day, yi}}},

	// Numbers.
	{"ISO is a date", "Filed 2026-01-08 in court.", "", []want{{"2026-01-08", "2026-01-08", day, exp}}},
	{"dotted is day-first", "11:15 08.01.2026 •", "", []want{{"11:15 08.01.2026", "2026-01-08T11:15", min, exp}}},
	{"slashed auto, month-first", "Filed 01/08/2026.", "", []want{{"01/08/2026", "2026-01-08", day, exp}}},
	{"slashed auto, day-first evidence", "Filed 13/04/2026 and 03/04/2026.", "", []want{{"13/04/2026", "2026-04-13", day, exp}, {"03/04/2026", "2026-04-03", day, exp}}},
	{"slashed dmy policy", "Filed 01/08/2026.", chrono.OrderDMY, []want{{"01/08/2026", "2026-08-01", day, exp}}},
	{"slashed mdy unambiguous day", "Filed 12/25/2025.", chrono.OrderDMY, []want{{"12/25/2025", "2025-12-25", day, exp}}},
	{"two-digit year", "On 25/12/98 it snowed.", "", []want{{"25/12/98", "1998-12-25", day, exp}}},

	// Relative to the publication date.
	{"today", "The leaders announced today that they signed.", "", []want{{"today", "2026-01-08", day, rp}}},
	{"today's", "Going into today’s meeting, leaders were upbeat.", "", []want{{"today", "2026-01-08", day, rp}}},
	{"yesterday tomorrow", "Yesterday it rained; tomorrow it snows.", "", []want{{"Yesterday", "2026-01-07", day, rp}, {"tomorrow", "2026-01-09", day, rp}}},
	{"tonight", "He speaks tonight.", "", []want{{"tonight", "2026-01-08TNI", day, rp}}},
	{"weekday past", "The president said on Tuesday he was ready.", "", []want{{"Tuesday", "2026-01-06", day, rp}}},
	{"weekday future", "The president will travel on Tuesday.", "", []want{{"Tuesday", "2026-01-13", day, rp}}},
	{"weekday same day", "Ministers met on Thursday.", "", []want{{"Thursday", "2026-01-08", day, rp}}},
	{"last weekday", "It happened last Thursday.", "", []want{{"last Thursday", "2026-01-01", day, rp}}},
	{"next weekday", "It opens next Monday.", "", []want{{"next Monday", "2026-01-12", day, rp}}},
	{"weekday after 'is to'", "Trading is to resume in Paris Tuesday.", "", []want{{"Tuesday", "2026-01-13", day, rp}}},
	{"weekday after 'set to'", "The peace process is set to resume Monday in Belfast.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"name ending in -ed is no verb", "The father will be traveling to the United States Friday.", "", []want{{"Friday", "2026-01-09", day, rp}}},
	{"reporting verb after a quote", "''He will leave at dawn (4 a.m. Friday),'' Castro said.", "", []want{{"4 a.m. Friday", "2026-01-09T04:00", min, rp}}},
	{"possessive weekday is past", "They said they would look for ways around Wednesday's ruling.", "", []want{{"Wednesday", "2026-01-07", day, rp}}},
	{"possessive weekday ahead of", "Crowds gathered ahead of Saturday's vote.", "", []want{{"Saturday", "2026-01-10", day, rp}}},
	{"until a weekday", "The agency has given the family until Monday to sign.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"scheduled in the simple present", "He and Arafat meet separately Monday with Albright.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"a past form stays past", "Trading opened Monday in Paris.", "", []want{{"Monday", "2026-01-05", day, rp}}},
	{"past perfect plan has gone by", "The bid had been due to expire Friday evening.", "", []want{{"Friday evening", "2026-01-02TEV", day, rp}}},
	{"former plan has gone by", "The offer previously had been scheduled to expire at midnight Friday.", "", []want{{"midnight Friday", "2026-01-02T24:00", min, rp}}},
	{"postponed until a weekday", "Officials postponed until Tuesday morning any action on the case.", "", []want{{"Tuesday morning", "2026-01-13TMO", day, rp}}},
	{"next to is a place", "A bomb ripped through a building next to the embassy in Nairobi Friday morning.", "", []want{{"Friday morning", "2026-01-02TMO", day, rp}}},
	{"plan far back in the sentence", "Albright is scheduled to spend only five hours in Dar es Salaam, Tanzania, her first stop Tuesday morning.", "", []want{{"five hours", "PT5H", "", exp}, {"Tuesday morning", "2026-01-13TMO", day, rp}}},
	{"-ed adjective is weaker than will", "Qantas will almost double its flights by August in the search for new markets untouched by the crisis.", "", []want{{"August", "2026-08", mon, yi}}},
	{"-ed in a compound is no verb", "Shares fell after lower-than-expected earnings after the market closed Wednesday.", "", []want{{"Wednesday", "2026-01-07", day, rp}}},
	{"clock time takes the day after it", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "", []want{{"10:35 a.m.", "2026-01-02T10:35", min, rp}, {"0735 GMT", "2026-01-02T07:35", min, rp}, {"Friday", "2026-01-02", day, rp}}},
	{"a month abbreviation ends no sentence", "In April, after the Dec. 22 ruling, a bombing killed a guard.", "", []want{{"April", "2025-04", mon, yi}, {"Dec. 22", "2025-12-22", day, yi}}},
	{"month takes the clause's tense", "In April, a week after the anniversary of the Roe vs. Wade decision, a bombing in Birmingham, Ala., killed a guard.", "", []want{{"April", "2025-04", mon, yi}, {"a week", "P1W", "", exp}}},
	{"mid part of a named day", "Prices fell in mid-afternoon yesterday and by mid afternoon today.", "", []want{{"mid-afternoon yesterday", "2026-01-07TAF", day, rp}, {"mid afternoon today", "2026-01-08TAF", day, rp}}},
	{"mid part alone", "By mid afternoon the index was up.", "", []want{{"mid afternoon", "2026-01-08TAF", day, rp}}},
	{"the week of a day", "Talks are set for the week of March 9, 2026.", "", []want{{"the week of March 9, 2026", "2026-W11", wk, exp}}},
	{"a holiday's week", "Shops were busy in Christmas week.", "", []want{{"Christmas week", "2025-W52", wk, yi}}},
	{"due to a cause is no plan", "Car sales fell due to heavy buying in April.", "", []want{{"April", "2025-04", mon, yi}}},
	{"between now and a month", "United said it is adding flights between now and June.", "", []want{{"now", "PRESENT_REF", "", exp}, {"June", "2026-06", mon, yi}}},
	{"a capitalised plan word is a name", "A 0.1 pct rise in April, representing a gain from April 2024, Economic Planning Board figures showed.", "", []want{{"April", "2025-04", mon, yi}, {"April 2024", "2024-04", mon, exp}}},
	{"a verb right after a weekday", "Trade representative Clayton Yeutter Monday warned a trade row will develop.", "", []want{{"Monday", "2026-01-05", day, rp}}},
	{"generic today", "The case is for today's youth.", "", []want{{"today", "PRESENT_REF", "", exp}}},
	{"generic today after many of", "It powers many of today's computers.", "", []want{{"today", "PRESENT_REF", "", exp}}},
	{"today's editions", "The offer is in today's editions.", "", []want{{"today", "2026-01-08", day, rp}}},
	{"24-hour clock is no year", "It opens a session between 1900 and 2300 hours EST, and closed in 1986.", "", []want{{"2300 hours EST", "2026-01-08T23:00", "", rp}, {"1986", "1986", yr, exp}}},
	{"24-hour clock and a length in hours", "The ship left at 1900 hours; crews worked 1500 hours.", "", []want{{"1900 hours", "2026-01-08T19:00", "", rp}, {"1500 hours", "PT1500H", "", exp}}},
	{"a that-clause is another clause", "Discontent forced the government to promise in April that there will be no increases.", "", []want{{"April", "2025-04", mon, yi}}},
	{"said governs the date before a reported future", "Chirac said in a televised interview on Wednesday the program would net the government a billion.", "", []want{{"Wednesday", "2026-01-07", day, rp}}},
	{"attribution after the date", "The mission will remain in Madagascar until Tuesday, they added.", "", []want{{"Tuesday", "2026-01-13", day, rp}}},
	{"a deadline after a modal", "He hoped an accord could be reached by Monday.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"a passive after can", "The buffer stock can be put into operation Monday.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"a date reported after that", "Columbia Gas said that on June 1 it will redeem its notes.", "", []want{{"June 1", "2026-06-01", day, yi}}},
	{"a reporting verb as the main verb", "On Friday, Waste Management said it would raise its bid.", "", []want{{"Friday", "2026-01-02", day, rp}}},
	{"a month's first week is its week", "The summit is in the first week of March.", "", []want{{"the first week of March", "2026-W10", wk, yi}}},
	{"a month's third and last weeks, and its first weeks", "Reserves will rise in the third week of March and fall in the last week of April, before gains in the first weeks of May.", "", []want{{"the third week of March", "2026-W12", wk, yi}, {"the last week of April", "2026-W18", wk, yi}, {"the first weeks of May", "2026-05", mon, yi}}},
	{"a previous week after a month's week", "Reserves rose in the fourth week of December, after a fall in the previous week.", "", []want{{"the fourth week of December", "2025-W52", wk, yi}, {"the previous week", "2025-W51", wk, chrono.RelativeToPrevious}}},
	{"part of a year", "In the last days of 2025 it snowed.", "", []want{{"the last days of 2025", "2025", yr, exp}}},
	{"scheduled verb before a clock time and weekday", "Polls open at 7 a.m. local time on Sunday.", "", []want{{"7 a.m. local time on Sunday", "2026-01-11T07:00", min, rp}}},
	{"ambiguous numeric date nearer publication", "The report was published on 8/1/2026.", "", []want{{"8/1/2026", "2026-01-08", day, exp}}},
	{"could with a verb is a possibility ahead", "The Fed signaled it could cut rates in April.", "", []want{{"April", "2026-04", mon, yi}}},
	{"a base form after to is no past", "Bozer will arrive on Saturday to set a date.", "", []want{{"Saturday", "2026-01-10", day, rp}}},
	{"current as the present", "It cited current market conditions and the then current price, not current assets.", "", []want{{"current", "PRESENT_REF", "", exp}, {"then current", "PAST_REF", "", exp}}},
	{"were planning is a plan", "Protesters planned a demonstration on Saturday and were planning to drive to the airport.", "", []want{{"Saturday", "2026-01-10", day, rp}}},
	{"days later from the date named before", "He was arrested on Dec. 30 and released two days later.", "", []want{{"Dec. 30", "2025-12-30", day, yi}, {"two days later", "2026-01-01", day, chrono.RelativeToPrevious}}},
	{"a year earlier counts from the day named before", "He was arrested on Dec. 30; a year earlier he was free.", "", []want{{"Dec. 30", "2025-12-30", day, yi}, {"a year earlier", "2024-12-30", day, chrono.RelativeToPrevious}}},
	{"a year earlier stays with publication after a weekday", "Sales rose 5% on Tuesday from a year earlier.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"a year earlier", "2025", yr, rp}}},
	{"a year earlier after a month or a year", "Retail sales rose 1.1% in December from a year earlier. Prices rose 2% in 2024. A year earlier, they had fallen. Starts were up 28% in November from a year ago.", "", []want{{"December", "2025-12", mon, yi}, {"a year earlier", "2024-12", mon, chrono.RelativeToPrevious}, {"2024", "2024", yr, exp}, {"A year earlier", "2023", yr, chrono.RelativeToPrevious}, {"November", "2025-11", mon, yi}, {"a year ago", "2024-11", mon, chrono.RelativeToPrevious}}},
	{"years and decades earlier or later after a year", "Dell went public in 1988. Michael Dell, who founded it four years earlier, owns 16 percent. It was founded in 1971 and went public two decades later.", "", []want{{"1988", "1988", yr, exp}, {"four years earlier", "1984", yr, chrono.RelativeToPrevious}, {"1971", "1971", yr, exp}, {"two decades later", "1991", yr, chrono.RelativeToPrevious}}},
	{"a quarter a year ago stays a quarter after a month range", "Ford raised its schedule for the second quarter: it plans to build 485,000 cars in the April-June period, compared with 497,000 a year ago.", "", []want{{"the second quarter", "2026-Q2", chrono.GrainQuarter, yi}, {"April-June", "2026-04/2026-06", mon, yi}, {"a year ago", "2025-Q2", chrono.GrainQuarter, rp}}},
	{"a day in next year", "The law takes effect on March 1 next year; it began on Feb. 3 last year.", "", []want{{"March 1 next year", "2027-03-01", day, rp}, {"Feb. 3 last year", "2025-02-03", day, rp}}},
	{"a span of years in one number", "The 2014-2022 period saw war, unlike the 1998-99 season; call 1234-5678.", "", []want{{"2014-2022", "2014/2022", yr, exp}, {"1998-99", "1998/1999", yr, exp}}},
	{"a season with a slash, not a bid and an offer", "Exports in the 2025/26 season rose; bids were 1190/1209 and 2024/2026 is no season.", "", []want{{"2025/26", "2025/2026", yr, exp}}},
	{"the end of a fiscal year named before it", "Sales in fiscal 2025/26 ending March 31 rose; fiscal 2024, ended September 30, was worse.", "", []want{{"2025/26", "2025/2026", yr, exp}, {"March 31", "2026-03-31", day, yi}, {"fiscal 2024", "2024", yr, exp}, {"September 30", "2024-09-30", day, yi}}},
	{"a fiscal year ending by March may end the year after", "Its fiscal 2025 ending March 31 was good.", "", []want{{"fiscal 2025", "2025", yr, exp}, {"March 31", "2026-03-31", day, yi}}},
	{"a day spelled in lower case", "The dividend is payable April one to holders of record March six, as of Jan one, 2025.", "", []want{{"April one", "2026-04-01", day, yi}, {"March six", "2026-03-06", day, yi}, {"Jan one, 2025", "2025-01-01", day, exp}}},
	{"a month before a count is a month", "In May two banks failed and output rose in April four pct.", "", []want{{"May", "2025-05", mon, yi}, {"April", "2025-04", mon, yi}}},
	{"a delivery month is to come, not goods moved", "Cotton for December delivery rose; November shipments fell.", "", []want{{"December", "2026-12", mon, yi}, {"November", "2025-11", mon, yi}}},
	{"for March, not for May the person", "Final figures for March and April will be out; Tories rallied in support for May, who won, and called for May to stay.", "", []want{{"March", "2026-03", mon, yi}, {"April", "2026-04", mon, yi}}},
	{"a quarter century is 25 years", "Bank income fell in a quarter century, and farm prices in over a quarter of a century.", "", []want{{"a quarter century", "P25Y", "", exp}, {"a quarter of a century", "P25Y", "", exp}}},
	{"a quarter as a fraction", "Banks raised rates a quarter point; one quarter or 17.8 mln dlrs will be paid, and one-quarter to one-third of loans; each share is one quarter share.", "", nil},
	{"24-hour clock times before local time, and a model number", "Trading runs from 1800 to 2100 local time on the 2114/PC terminal.", "", nil},
	{"two months with their years joined by a slash", "Imports rose in the July 2025/June 2026 marketing year.", "", []want{{"July 2025/June 2026", "2025-07/2026-06", mon, exp}}},
	{"a year before was, is and unless", "Output in 2024 was up; it is not callable until 2030 unless called; in 2000 troops were sent.", "", []want{{"2024", "2024", yr, exp}, {"2030", "2030", yr, exp}}},
	{"a year in business copy", "Note: 2024 net includes a gain. Stuart had 2023 sales of 582 mln; its 6-1/2 pct 2031 bond fell; he had 2000 votes.", "", []want{{"2024", "2024", yr, exp}, {"2023", "2023", yr, exp}, {"2031", "2031", yr, exp}}},
	{"calendar years, year ends and lists with vs", "Imports fell in calendar 2025; stocks at end-2024 rose; nine mths 2021 vs 2022.", "", []want{{"calendar 2025", "2025", yr, exp}, {"end-2024", "2024", yr, exp}, {"nine mths", "P9M", "", exp}, {"2021", "2021", yr, exp}, {"2022", "2022", yr, exp}}},
	{"the next week after a year is the coming week", "Growth for 2026 is slow. A cut is expected in the next week or so.", "", []want{{"2026", "2026", yr, exp}, {"the next week", "2026-W03", wk, rp}}},
	{"two months joined by a slash", "Sugar was sold for May/June shipment, after the 2025/26 season (October/September) began; Apr/May traded at 385.", "", []want{{"May/June", "2026-05/2026-06", mon, yi}, {"2025/26", "2025/2026", yr, exp}}},
	{"figures come out for a month gone by", "It will announce GNP figures for the October/December quarter, and November trade figures.", "", []want{{"October/December", "2025-10/2025-12", mon, yi}, {"November", "2025-11", mon, yi}}},
	{"a delivery pair runs to its last month", "Cocoa is afloat, for December/February shipment.", "", []want{{"December/February", "2025-12/2026-02", mon, yi}}},
	{"years in results notes", "NOTE: 2024 includes a loss. Revenue fell in year. 2023 net includes a gain, in nine mths 2022 vs 2021, as during the year (2020).", "", []want{{"2024", "2024", yr, exp}, {"2023", "2023", yr, exp}, {"nine mths", "P9M", "", exp}, {"2022", "2022", yr, exp}, {"2021", "2021", yr, exp}, {"the year", "2026", yr, rp}, {"2020", "2020", yr, exp}}},
	{"a year compared with, not a count", "Profit doubled compared with 2019, greater than 2018, and more than 1900 people and six months 2000 troops came.", "", []want{{"2019", "2019", yr, exp}, {"2018", "2018", yr, exp}, {"six months", "P6M", "", exp}}},
	{"a list of months to come goes on in order", "The ads will run during May, September and November.", "", []want{{"May", "2026-05", mon, yi}, {"September", "2026-09", mon, yi}, {"November", "2026-11", mon, yi}}},
	{"a list takes the year of its last month", "It equals the level marked in April, August and December last year, and splits in March and June 2024.", "", []want{{"April", "2025-04", mon, yi}, {"August", "2025-08", mon, yi}, {"December last year", "2025-12", mon, rp}, {"March", "2024-03", mon, yi}, {"June 2024", "2024-06", mon, exp}}},
	{"a list told in the past may run backwards", "Use was 79.6 pct in January and December.", "", []want{{"January", "2026-01", mon, yi}, {"December", "2025-12", mon, yi}}},
	{"May after or in a list of months", "Listings come in April or May.", "", []want{{"April", "2026-04", mon, yi}, {"May", "2026-05", mon, yi}}},
	{"year-end gone by and to come", "It had assets of 2 bln at year-end, up from year-end 2023, and forecast 4.5 pct by the year end.", "", []want{{"year-end", "2025-12-31", day, rp}, {"year-end 2023", "2023-12-31", day, exp}, {"year end", "2026-12-31", day, rp}}},
	{"a fiscal or half-year end is no calendar day", "It changed its fiscal year end; the half-year end came; 2027 year-end should be strong.", "", []want{{"year-end", "2027-12-31", day, rp}}},
	{"a weekday in a paper's name after and", "It prints the Telegraph and Sunday Telegraph; talks run Monday and Tuesday Paris time.", "", []want{{"Monday", "2026-01-05", day, rp}, {"Tuesday", "2026-01-06", day, rp}}},
	{"figures for a quarter begun", "Second quarter GNP figures show a rise, and May figures were weak. Third quarter GNP figures will be revised next month.", "", []want{{"Second quarter", "2025-Q2", chrono.GrainQuarter, yi}, {"May", "2025-05", mon, yi}, {"Third quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"next month", "2026-02", mon, rp}}},
	{"a limit ahead unless told in the past", "The law gives companies until late September to cut ties; the loan was not signed until November 5.", "", []want{{"late September", "2026-09", mon, yi}, {"November 5", "2025-11-05", day, yi}}},
	{"May in a company's name", "It was acquired by May Co. and sold to May Department Stores in April.", "", []want{{"April", "2025-04", mon, yi}}},
	{"a quarter named by its last month", "Sales fell in the September quarter, after the December 2024 quarter.", "", []want{{"the September quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"the December 2024 quarter", "2024-Q4", chrono.GrainQuarter, exp}}},
	{"the prior year and a quarter after a year", "Net rose in 2024 from 2.1 mln the prior year; profit fell from the previous quarter.", "", []want{{"2024", "2024", yr, exp}, {"the prior year", "2023", yr, chrono.RelativeToPrevious}, {"the previous quarter", "2025-Q4", chrono.GrainQuarter, rp}}},
	{"the next quarter after a year is the coming one", "Net rose in 2024; gains come in the next quarter.", "", []want{{"2024", "2024", yr, exp}, {"the next quarter", "2026-Q2", chrono.GrainQuarter, rp}}},
	{"the year and its number", "By the year 2030, Asia will grow; for the year\n2027 earnings fell.", "", []want{{"the year 2030", "2030", yr, exp}, {"2027", "2027", yr, exp}}},
	{"a week or a year ended, to a date", "Arrivals for the week ended January 4 rose; profit in the year to Dec 31, 2025 fell.", "", []want{{"the week", "P1W", "", exp}, {"January 4", "2026-01-04", day, yi}, {"the year", "P1Y", "", exp}, {"Dec 31, 2025", "2025-12-31", day, exp}}},
	{"a unit ago with no article in a table", "Slaughter was 300,000 versus 292,000 week ago and 316,000 a year ago.", "", []want{{"week ago", "2026-W01", wk, rp}, {"a year ago", "2025", yr, rp}}},
	{"month names in a lower-case text", "santiago, april 9 - the surplus narrowed in november from october. imports may fall in march, officials said on tuesday.", "", []want{{"april 9", "2025-04-09", day, yi}, {"november", "2025-11", mon, yi}, {"october", "2025-10", mon, yi}, {"tuesday", "2026-01-06", day, rp}}},
	{"month names in lower case in ordinary prose are not names", "Santiago, April 9 - The surplus narrowed in february, officials said.", "", []want{{"April 9", "2025-04-09", day, yi}}},
	{"years earlier from a date in the sentence", "It stood at 3,200 billion at end-2024, against 400 billion 10 years earlier.", "", []want{{"end-2024", "2024", yr, exp}, {"10 years earlier", "2014", yr, chrono.RelativeToPrevious}}},
	{"a sentence on a date gone by stays in the past", "On January 5, 2026 the total was 24 billion, up from December's 23 billion.", "", []want{{"January 5, 2026", "2026-01-05", day, exp}, {"December", "2025-12", mon, yi}}},
	{"since a weekday is gone by", "A group which has been meeting since Tuesday will tackle the rules on Friday.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"Friday", "2026-01-09", day, rp}}},
	{"a figure compared with is gone by", "Figures are expected to show a deficit of 13 billion, from a provisional 14.8 billion in October; rates will rise in September.", "", []want{{"October", "2025-10", mon, yi}, {"September", "2026-09", mon, yi}}},
	{"local elections are no clock", "Labour won the 2022 local elections; in 2019 local elections were held.", "", []want{{"2022", "2022", yr, exp}, {"2019", "2019", yr, exp}}},
	{"a long period of months is a range unless it wraps round", "Exports in the January-November 2025 period rose; the 2025/26 season (October/September) began.", "", []want{{"January-November 2025", "2025-01/2025-11", mon, yi}, {"2025/26", "2025/2026", yr, exp}}},
	{"a spelled number before a plural counts", "By March nine companies had failed, and since April three banks.", "", []want{{"March", "2026-03", mon, yi}, {"April", "2025-04", mon, yi}}},
	{"May the person after a comma or for", "In April, May said she would stay; Labour called for May to resign.", "", []want{{"April", "2025-04", mon, yi}}},
	{"a quarter of time before to or or", "The launch was delayed by a quarter to allow testing; results may slip by one quarter or two.", "", []want{{"a quarter", "P3M", "", exp}, {"one quarter", "P3M", "", exp}}},
	{"counts that look like years", "Over 2000 people came; the bank sold 2000 bonds and reported 1950 losses; the index hit a high of 2188 versus 2179; output: 1987 tonnes; the index ended 2050 points lower; at year-end 2000 employees left.", "", []want{{"year-end", "2025-12-31", day, rp}}},
	{"a year before versus or in brackets", "Net in qtr 2025 vs. 2024 includes a gain, as during the year (2023); a table reads MAY 1922   (1934).", "", []want{{"2025", "2025", yr, exp}, {"2024", "2024", yr, exp}, {"the year", "2026", yr, rp}, {"2023", "2023", yr, exp}, {"MAY 1922", "1922-05", mon, exp}}},
	{"two months with the year of the second", "The delivery in December/January 2026 was late; exports in May/June 2024 rose.", "", []want{{"December/January 2026", "2025-12/2026-01", mon, yi}, {"May/June 2024", "2024-05/2024-06", mon, yi}}},
	{"a fiscal year's half or quarter is on no calendar", "It reported first-half 2025/26 net, and third quarter of 2024/25 sales.", "", []want{{"2025/26", "2025/2026", yr, exp}, {"2024/25", "2024/2025", yr, exp}}},
	{"the same period a year back", "Loadings in the week ended January 3 fell from the previous week but rose above the corresponding week a year ago; November sales beat the same month last year, in the month of December.", "", []want{{"the week", "P1W", "", exp}, {"January 3", "2026-01-03", day, yi}, {"the previous week", "2025-W52", wk, chrono.RelativeToPrevious}, {"the corresponding week a year ago", "2025-W01", wk, chrono.RelativeToPrevious}, {"November", "2025-11", mon, yi}, {"the same month last year", "2024-11", mon, chrono.RelativeToPrevious}, {"December", "2025-12", mon, yi}}},
	{"March as a modifier, and years after verbs of maturity", "Its March load factor rose; the notes mature 2031, and CRA said 2024 was poor, back to 2023 levels.", "", []want{{"March", "2026-03", mon, yi}, {"2031", "2031", yr, exp}, {"2024", "2024", yr, exp}, {"2023", "2023", yr, exp}}},
	{"the March index, not the march", "The March index fell. The March was long.", "", []want{{"March", "2026-03", mon, yi}}},
	{"a move or a cut is no comparison", "The company will move its headquarters from New York to Chicago in September; imports will be cut from 5 mln to 3 mln tonnes in October.", "", []want{{"September", "2026-09", mon, yi}, {"October", "2026-10", mon, yi}}},
	{"years far apart after in versus", "Output rose 50 pct in 2025 versus 2019, and net in 2024 vs 2018 doubled.", "", []want{{"2025", "2025", yr, exp}, {"2019", "2019", yr, exp}, {"2024", "2024", yr, exp}, {"2018", "2018", yr, exp}}},
	{"a plan after a stated date looks ahead", "On January 5, 2026 the board agreed to hold the vote in December.", "", []want{{"January 5, 2026", "2026-01-05", day, exp}, {"December", "2026-12", mon, yi}}},
	{"the same week a year ago after a year alone", "Sales in 2025 rose. Output was up from 16,215 in the same week a year ago.", "", []want{{"2025", "2025", yr, exp}, {"a year ago", "2025", yr, rp}}},
	{"a year back from the month reported, not the one compared", "Exports fell in November to 362,000 tonnes from 489,000 in November 2024, against 80,000 tonnes in the same month last year.", "", []want{{"November", "2025-11", mon, yi}, {"November 2024", "2024-11", mon, exp}, {"the same month last year", "2024-11", mon, chrono.RelativeToPrevious}}},
	{"months earlier from the month reported", "Sales in November rose 5 pct from October and 12 pct from 12 months earlier.", "", []want{{"November", "2025-11", mon, yi}, {"October", "2025-10", mon, yi}, {"12 months earlier", "2024-11", mon, chrono.RelativeToPrevious}}},
	{"the previous week after the previous week", "The ratio for the week ended January 3 was 32.7 versus 32.1 the previous week. Mill loadings in the week were down from the prior week.", "", []want{{"the week", "P1W", "", exp}, {"January 3", "2026-01-03", day, yi}, {"the previous week", "2025-W52", wk, chrono.RelativeToPrevious}, {"the prior week", "2025-W52", wk, chrono.RelativeToPrevious}}},
	{"a note on results and a quarter at a time", "NOTE: 2024 shares adjusted; renovated in quadrants, one quarter at a time.", "", []want{{"2024", "2024", yr, exp}}},
	{"a month and a price in a commodity table", " Jul 1200 BID\n May 1266 BID\n Sep 1250/1260 ba", "", nil},
	{"overnight as the night before", "Drones hit Kyiv overnight, but the overnight rate held.", "", []want{{"overnight", "2026-01-07TNI", day, rp}}},
	{"a 24-hour time with a zone", "The attack began at 0800 GMT; in 1986 GMT cut prices.", "", []want{{"0800 GMT", "2026-01-08T08:00", "", rp}, {"1986", "1986", yr, exp}}},
	{"years on from the date named before", "On 24 February 2022, Russia invaded. Two years on, the war grinds on.", "", []want{{"24 February 2022", "2022-02-24", day, exp}, {"Two years on", "2024", yr, chrono.RelativeToPrevious}}},
	{"from now stays with publication", "It was signed on 24 February 2022 and runs for 63 years from now.", "", []want{{"24 February 2022", "2022-02-24", day, exp}, {"63 years from now", "2089", yr, rp}}},
	{"every two weeks", "Ministers meet every two weeks.", "", []want{{"every two weeks", "P2W", "", exp}}},
	{"overnight ahead", "Sri Lanka will tender overnight for wheat.", "", []want{{"overnight", "2026-01-08TNI", day, rp}}},
	{"could is not a future", "Neither he nor his family could be located Wednesday.", "", []want{{"Wednesday", "2026-01-07", day, rp}}},
	{"last month", "Peskov said last month that it was open.", "", []want{{"last month", "2025-12", mon, rp}}},
	{"this next week", "This week and next week are busy.", "", []want{{"This week", "2026-W02", wk, rp}, {"next week", "2026-W03", wk, rp}}},
	{"last year", "Exports rose last year.", "", []want{{"last year", "2025", yr, rp}}},
	{"next month", "Talks resume next month.", "", []want{{"next month", "2026-02", mon, rp}}},
	{"last quarter", "Sales fell last quarter.", "", []want{{"last quarter", "2025-Q4", chrono.GrainQuarter, rp}}},
	{"last named month", "Prices rose last December.", "", []want{{"last December", "2025-12", mon, rp}}},
	{"days ago", "He left three days ago.", "", []want{{"three days ago", "2026-01-05", day, rp}}},
	{"weeks ago", "It began 2 weeks ago.", "", []want{{"2 weeks ago", "2025-W52", wk, rp}}},
	{"months ago", "Six months ago prices fell.", "", []want{{"Six months ago", "2025-07", mon, rp}}},
	{"a year ago", "A year ago nobody cared.", "", []want{{"A year ago", "2025", yr, rp}}},
	{"in year", "The treaty was signed in 2019.", "", []want{{"2019", "2019", yr, exp}}},
	{"since year", "Prices have doubled since 1998.", "", []want{{"1998", "1998", yr, exp}}},
	{"year possessive", "2019's budget was larger.", "", []want{{"2019", "2019", yr, exp}}},
	{"fiscal year", "Revenue for fiscal 1998 rose.", "", []want{{"fiscal 1998", "1998", yr, exp}}},
	{"the current decade", "By the end of the decade, as this decade began, and by the end of the century.", "", []want{{"the end of the decade", "202", chrono.GrainDecade, rp}, {"this decade", "202", chrono.GrainDecade, rp}, {"the end of the century", "20", chrono.GrainCentury, rp}}},
	{"the turn of the century", "It should be done by the turn of the century.", "", nil},
	{"every other", "They meet every other week and every few days.", "", []want{{"every other week", "P2W", "", exp}, {"every few days", "PXD", "", exp}}},
	{"since a month", "He has served since March; prices rose since Dec. 3.", "", []want{{"March", "2025-03", mon, yi}, {"Dec. 3", "2025-12-03", day, yi}}},
	{"a quarter ending", "For the quarter ending March 31 it expects growth.", "", []want{{"the quarter", "2026-Q1", chrono.GrainQuarter, yi}, {"March 31", "2026-03-31", day, yi}}},
	{"a quarter ended", "The quarter ended Nov. 30 was weak.", "", []want{{"The quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"Nov. 30", "2025-11-30", day, yi}}},
	{"a schedule in the present", "Bids close mid-morning local time on Monday.", "", []want{{"mid-morning", "2026-01-08TMO", day, rp}, {"Monday", "2026-01-12", day, rp}}},
	{"polls close", "Polls close at 10 p.m. Wednesday.", "", []want{{"10 p.m. Wednesday", "2026-01-14T22:00", min, rp}}},
	{"a scheduling verb as a noun", "Stocks fell at the close on Monday, and it was rejected in a vote Tuesday.", "", []want{{"Monday", "2026-01-05", day, rp}, {"Tuesday", "2026-01-06", day, rp}}},
	{"a half of the year gone by", "The company said profit rose in the fourth quarter of the year.", "", []want{{"the fourth quarter of the year", "2025-Q4", chrono.GrainQuarter, rp}}},
	{"a half of the year named", "In 2019, output rose in the second half of the year.", "", []want{{"2019", "2019", yr, exp}, {"the second half of the year", "2019-H2", chrono.GrainHalf, chrono.RelativeToPrevious}}},
	{"the decade named", "In the 1980s, by the end of the decade, output doubled.", "", []want{{"the 1980s", "198", chrono.GrainDecade, exp}, {"the end of the decade", "198", chrono.GrainDecade, chrono.RelativeToPrevious}}},
	{"a half of the year", "Gold should rise in the second half of the year, as in the first quarter of the year-ago period.", "", []want{{"the second half of the year", "2026-H2", chrono.GrainHalf, rp}, {"the first quarter", "2026-Q1", chrono.GrainQuarter, yi}, {"the year-ago period", "2025-Q1", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"a put-off weekday", "Talks were rescheduled for Monday and the vote postponed to Tuesday.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Tuesday", "2026-01-13", day, rp}}},
	{"overnight before a verb", "Russian strikes overnight killed 25. Overnight rose two points; overnight rates fell.", "", []want{{"overnight", "2026-01-07TNI", day, rp}}},
	{"this past weekend", "This past weekend and this past week, protests grew.", "", []want{{"This past weekend", "2026-W01-WE", wk, rp}, {"this past week", "2026-W01", wk, rp}}},
	{"analysts' shorthand", "Margins in 3Q25 and 4Q 2024 beat; H1 2026 and 1H25 sales, FY2026 and FY 25 guidance.", "", []want{{"3Q25", "2025-Q3", chrono.GrainQuarter, exp}, {"4Q 2024", "2024-Q4", chrono.GrainQuarter, exp}, {"H1 2026", "2026-H1", chrono.GrainHalf, exp}, {"1H25", "2025-H1", chrono.GrainHalf, exp}, {"FY2026", "2026", yr, exp}}},
	{"no shorthand", "An H1 visa, FY2025-26 plans, 3Q25/26 and 3 Quarters Inc.", "", nil},

	{"decade", "Since the 1990s and the '80s, trade grew.", "", []want{{"the 1990s", "199", chrono.GrainDecade, exp}, {"the '80s", "198", chrono.GrainDecade, exp}}},
	{"season year", "In summer 2025 the army advanced.", "", []want{{"summer 2025", "2025-SU", chrono.GrainSeason, exp}}},
	{"this summer", "The talks resume this summer.", "", []want{{"this summer", "2026-SU", chrono.GrainSeason, rp}}},

	// Quarters, halves, centuries, holidays, years in words.
	{"quarter", "Profit fell in the third quarter and in Q1 2024.", "", []want{{"the third quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"Q1 2024", "2024-Q1", chrono.GrainQuarter, exp}}},
	{"quarter adjective", "Third-quarter profit rose.", "", []want{{"Third-quarter", "2025-Q3", chrono.GrainQuarter, yi}}},
	{"quarter of year", "In the fourth quarter of 1989 sales rose.", "", []want{{"the fourth quarter of 1989", "1989-Q4", chrono.GrainQuarter, exp}}},
	{"the quarter anaphor", "Net rose in the third quarter of 2025. In the quarter, sales fell.", "", []want{{"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"the quarter", "2025-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"the quarter a year ago", "Net fell in the third quarter of 2025. For the quarter a year ago, it earned $4 million.", "", []want{{"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"the quarter a year ago", "2024-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"the corresponding period last year", "Net fell in the third quarter of 2025 from the corresponding period last year.", "", []want{{"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"the corresponding period last year", "2024-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"fiscal-first quarter", "It earned $4 million for the fiscal-first quarter of 2025.", "", []want{{"the fiscal-first quarter of 2025", "2025-Q1", chrono.GrainQuarter, exp}}},
	{"since year-end", "The percentage change is since year-end.", "", []want{{"year-end", "2025-12-31", day, rp}}},
	{"a year earlier after nine months", "Net rose in the third quarter of 2025. For the nine months, net rose from $4 million a year earlier.", "", []want{{"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"the nine months", "P9M", "", exp}, {"a year earlier", "2024", yr, rp}}},
	{"same period with no quarter named", "Sales fell to 9,640 units from year-earlier 11,967 units and from 22,073 units in the same period last year.", "", []want{{"year-earlier", "2025", yr, rp}, {"the same period last year", "2025", yr, rp}}},
	{"a quarter in last year", "In the second fiscal quarter last year, Tandem earned $9 million.", "", []want{{"the second fiscal quarter last year", "2025-Q2", chrono.GrainQuarter, rp}}},
	{"the day before a date", "It met the day before last Tuesday's hearing and the day after January 6.", "", []want{{"the day before last Tuesday", "2026-01-05", day, chrono.RelativeToPrevious}, {"the day after January 6", "2026-01-07", day, chrono.RelativeToPrevious}}},
	{"the day before an event", "It met the day before the vote.", "", nil},
	{"the latest period is the quarter reported", "It reported lower fiscal first-quarter earnings. Sales in the latest period fell.", "", []want{{"fiscal first-quarter", "2026-Q1", chrono.GrainQuarter, yi}, {"the latest period", "2026-Q1", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"the latest quarter is no comparison's", "Profit rose from last year's second quarter. Sales in the latest quarter fell.", "", []want{{"last year's second quarter", "2025-Q2", chrono.GrainQuarter, rp}, {"the latest quarter", "2025-Q4", chrono.GrainQuarter, rp}}},
	{"the latest quarter is the one compared", "It expects a first-quarter charge. Earnings fell in the latest quarter from $6 million a year ago.", "", []want{{"first-quarter", "2026-Q1", chrono.GrainQuarter, yi}, {"the latest quarter", "2025-Q4", chrono.GrainQuarter, rp}, {"a year ago", "2024-Q4", chrono.GrainQuarter, rp}}},
	{"the first two quarters", "Sales in the first two quarters of 2026 will rise.", "", []want{{"the first two quarters of 2026", "2026-H1", chrono.GrainHalf, exp}}},
	{"half of a decade", "It follows the trend of the last half of the '80s.", "", []want{{"the last half of the '80s", "198", chrono.GrainDecade, exp}}},
	{"the year-ago month", "December volume fell 14 pct from the year-ago month.", "", []want{{"December", "2025-12", mon, yi}, {"the year-ago month", "2024-12", mon, chrono.RelativeToPrevious}}},
	{"rate per unit of an amount", "Output is 15.8 mln barrels per day; they meet twice per week.", "", []want{{"twice per week", "P1W", "", exp}}},
	{"a quarter in apposition", "Net rose in the third quarter of 2024, the quarter ended Sept. 30.", "", []want{{"the third quarter of 2024", "2024-Q3", chrono.GrainQuarter, exp}, {"the quarter", "2024-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}, {"Sept. 30", "2024-09-30", day, chrono.RelativeToPrevious}}},
	{"an ordinal quarter in apposition", "In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost money.", "", []want{{"the comparable year-ago quarter", "2024-Q2", chrono.GrainQuarter, rp}, {"the second quarter", "2024-Q2", chrono.GrainQuarter, chrono.RelativeToPrevious}, {"Oct. 31", "2024-10-31", day, chrono.RelativeToPrevious}}},
	{"a background quarter", "Net rose in the third quarter of 2025. After a flat second quarter, sales grew from a year ago.", "", []want{{"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"second quarter", "2025-Q2", chrono.GrainQuarter, yi}, {"a year ago", "2024-Q3", chrono.GrainQuarter, rp}}},
	{"quarter-to-quarter is no quarter", "The quarter-to-quarter comparison improved.", "", nil},
	{"wire abbreviations", "4th qtr net rose; six mths net fell; First qtr loss widened.", "", []want{{"4th qtr", "2025-Q4", chrono.GrainQuarter, yi}, {"six mths", "P6M", "", exp}, {"First qtr", "2026-Q1", chrono.GrainQuarter, yi}}},
	{"a fiscal quarter by its end date", "1st qtr Dec 31 net rose.", "", []want{{"1st qtr", "2025-Q1", chrono.GrainQuarter, yi}, {"Dec 31", "2025-12-31", day, yi}}},
	{"a year before a quarter", "1985 4th qtr and 1986 second-quarter net fell.", "", []want{{"1985 4th qtr", "1985-Q4", chrono.GrainQuarter, exp}, {"1986 second-quarter", "1986-Q2", chrono.GrainQuarter, exp}}},
	{"a wire quarter by its end", "NEW YORK, Jan 8 - Qtr ended Nov 30. Shr 72 cts.", "", []want{{"Jan 8", "2026-01-08", day, yi}, {"Qtr", "2025-Q4", chrono.GrainQuarter, yi}, {"Nov 30", "2025-11-30", day, yi}}},
	{"year-ago quarter", "Net rose in the third quarter of 2025 from $4 million a year earlier.", "", []want{{"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"a year earlier", "2024-Q3", chrono.GrainQuarter, rp}}},
	{"year-earlier adjective", "Net rose in the third quarter of 2025 from a year-earlier $4 million.", "", []want{{"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"year-earlier", "2024-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"half", "Sales rose in the first half of 2025.", "", []want{{"the first half of 2025", "2025-H1", chrono.GrainHalf, exp}}},
	{"century", "Since the 20th century and this century.", "", []want{{"the 20th century", "19", chrono.GrainCentury, exp}, {"this century", "20", chrono.GrainCentury, rp}}},
	{"holiday", "Troops left on Christmas Eve and will return at Easter 2026.", "", []want{{"Christmas Eve", "2025-12-24", day, yi}, {"Easter 2026", "2026-04-05", day, exp}}},
	{"month and year in words", "It began in January nineteen ninety-seven.", "", []want{{"January nineteen ninety-seven", "1997-01", mon, exp}}},
	{"season of a year in words", "It was the winter of nineteen ninety-four.", "", []want{{"the winter of nineteen ninety-four", "1994-WI", chrono.GrainSeason, exp}}},
	{"month before a count in words", "In May two thousand people marched.", "", []want{{"May", "2025-05", mon, yi}}},
	{"year in words", "In nineteen ninety-six and the year two thousand.", "", []want{{"nineteen ninety-six", "1996", yr, exp}, {"the year two thousand", "2000", yr, exp}}},

	// Anaphora: dates counted from the date named before.
	{"the next day", "The army crossed on March 3, 2025. The next day it retreated.", "", []want{{"March 3, 2025", "2025-03-03", day, exp}, {"The next day", "2025-03-04", day, chrono.RelativeToPrevious}}},
	{"the following year", "It was founded in 2010 and closed the following year.", "", []want{{"2010", "2010", yr, exp}, {"the following year", "2011", yr, chrono.RelativeToPrevious}}},
	{"the day before with no date before", "The day before, it rained.", "", []want{{"The day before", "2026-01-07", day, rp}}},

	// Durations, sets and references to the present, past and future.
	{"unit-long adjectives", "The decades-long feud ended after a day-long meeting.", "", []want{{"decades-long", "PXDE", "", exp}, {"day-long", "P1D", "", exp}}},
	{"vague count adjective", "His several-year tenure ended.", "", []want{{"several-year", "PXY", "", exp}}},
	{"the units as a stretch", "Over the years it grew; in the early years it lost, and in the weeks ahead it may sell. In the days before the vote it rested, in the early hours.", "", []want{{"the years", "PXY", "", exp}, {"the early years", "PXY", "", exp}, {"the weeks ahead", "PXW", "", exp}}},
	{"a range of durations", "It took two to three weeks, or between two and six days.", "", []want{{"two to three weeks", "P2W", "", exp}, {"between two and six days", "P2D", "", exp}}},
	{"units or units", "It could take weeks or months, after waiting for days or weeks.", "", []want{{"weeks or months", "PXW", "", exp}, {"days or weeks", "PXD", "", exp}}},
	{"annually and quarterly", "Rallies are held here annually for Marti; the reserve will be adjusted quarterly.", "", []want{{"annually", "P1Y", "", exp}, {"quarterly", "P3M", "", exp}}},
	{"rates and nouns are no recurrence", "Sales rose 8.5% annually, or C$17.9 million annually; it declared its initial quarterly of five cents and the split and quarterly dividend.", "", nil},
	{"one day as some day", "Islam will one day be the second largest religion.", "", []want{{"one day", "FUTURE_REF", "", exp}}},
	{"counts in words", "Over the next couple of years, and in the last twenty four hours.", "", []want{{"the next couple of years", "P2Y", "", exp}, {"the last twenty four hours", "PT24H", "", exp}}},
	{"a later date", "It will be decided at a later date.", "", []want{{"a later date", "FUTURE_REF", "", exp}}},
	{"the nth day of something, today", "It's the second day of an offensive; it was the third day of talks.", "", []want{{"the second day", "2026-01-08", day, rp}}},
	{"a count of seasons", "Violence flared for the past three summers.", "", []want{{"the past three summers", "XXXX-SU", "", exp}}},
	{"a year with a prefix", "The post-1959 politics split families, unlike pre-1990 rules and mid-1990 levels.", "", []want{{"post-1959", "1959", yr, exp}, {"pre-1990", "1990", yr, exp}, {"mid-1990", "1990", yr, exp}}},
	{"last as a verb", "The operation would last several days.", "", []want{{"several days", "PXD", "", exp}}},
	{"durations", "It lasted three years, then more than two decades and about 16 hours, nearly a week.", "", []want{{"three years", "P3Y", "", exp}, {"more than two decades", "P20Y", "", exp}, {"16 hours", "PT16H", "", exp}, {"nearly a week", "P1W", "", exp}}},
	{"approximately ago", "It began nearly four years ago.", "", []want{{"nearly four years ago", "2022", yr, rp}}},
	{"duration adjective", "A five-year plan and the 14-day truce.", "", []want{{"five-year", "P5Y", "", exp}, {"14-day", "P14D", "", exp}}},
	{"the past N", "Prices rose over the past two weeks.", "", []want{{"the past two weeks", "P2W", "", exp}}},
	{"the past year is the year to now, the last decade the one before", "Over the past year prices fell, and in the last decade too.", "", []want{{"the past year", "P1Y", "", exp}, {"the last decade", "201", chrono.GrainDecade, rp}}},
	{"the past month and week are lengths to now", "Sales fell over the past month and rose in the past week.", "", []want{{"the past month", "P1M", "", exp}, {"the past week", "P1W", "", exp}}},
	{"unknown count", "It took several months, and for weeks nothing moved.", "", []want{{"several months", "PXM", "", exp}, {"weeks", "PXW", "", exp}}},
	{"ages are not durations", "The 6-year-old boy, aged 52 years old.", "", nil},
	{"quarters as months", "Profit should rise over the next three quarters, as in recent quarters.", "", []want{{"the next three quarters", "P9M", "", exp}, {"recent quarters", "PXM", "", exp}}},
	{"plural unit, no count", "Talks continue in the coming weeks.", "", []want{{"the coming weeks", "PXW", "", exp}}},
	{"a list of years", "Crossings in 1994, 1995 and 1997 were filmed.", "", []want{{"1994", "1994", yr, exp}, {"1995", "1995", yr, exp}, {"1997", "1997", yr, exp}}},
	{"year after determiner and adjective", "He lost his unsuccessful 1996 campaign.", "", []want{{"1996", "1996", yr, exp}}},
	{"later in the day", "The president arrived later in the day.", "", []want{{"later in the day", "2026-01-08", day, rp}}},
	{"year from earlier in the sentence", "Delivery is due in April 2027 with the others arriving in May and June.", "", []want{{"April 2027", "2027-04", mon, exp}, {"May", "2027-05", mon, yi}, {"June", "2027-06", mon, yi}}},
	{"but not against the tense", "Invited in July 1997, they will join on March 12.", "", []want{{"July 1997", "1997-07", mon, exp}, {"March 12", "2026-03-12", day, yi}}},
	{"quarter ended a dated day", "Its loss for the fourth quarter ended December 31, 2024 narrowed.", "", []want{{"the fourth quarter", "2024-Q4", chrono.GrainQuarter, yi}, {"December 31, 2024", "2024-12-31", day, exp}}},
	{"a speed is a rate", "The aircraft could reach 5,000 km an hour.", "", nil},
	{"daily after a verb", "Crowds gather daily outside the house.", "", []want{{"daily", "P1D", "", exp}}},
	{"a daily basis", "Leads are checked on a daily basis.", "", []want{{"daily", "P1D", "", exp}}},
	{"daily as an adjective", "The average daily volume rose, and the party daily Granma said so.", "", nil},
	{"an hour in the morning", "The father will leave at 4 in the morning.", "", []want{{"4 in the morning", "2026-01-08T04:00", "", rp}}},
	{"early season", "Talks stalled in the early summer.", "", []want{{"the early summer", "2025-SU", chrono.GrainSeason, rp}}},
	{"the quarter ended", "For the quarter ended Sept. 30, profit rose.", "", []want{{"the quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"Sept. 30", "2025-09-30", day, yi}}},
	{"the fiscal quarter ended", "In the quarter ended July 31 it fell.", "", []want{{"the quarter", "2025-Q2", chrono.GrainQuarter, yi}, {"July 31", "2025-07-31", day, yi}}},
	{"halves", "They waited 2 1/2 years, then 5 1/2 hours and two and a half days; a minute and a half later it ended.", "", []want{{"2 1/2 years", "P2Y6M", "", exp}, {"5 1/2 hours", "PT5H30M", "", exp}, {"two and a half days", "P2DT12H", "", exp}, {"a minute and a half", "PT1M30S", "", exp}}},
	{"a year and a half ago", "The law passed a year and a half ago.", "", []want{{"a year and a half ago", "2024-07", mon, rp}}},
	{"fractions of prices are no durations", "McCaw dropped 2 1/2 to 37 3/4; AT and T rose to sixty-one and a half.", "", nil},
	{"the year ended", "Net rose for the year ended March 31.", "", []want{{"the year", "P1Y", "", exp}, {"March 31", "2025-03-31", day, yi}}},
	{"for the year", "For the year, volume was flat, and earlier in the year it fell.", "", []want{{"the year", "2026", yr, rp}, {"earlier in the year", "2026", yr, rp}}},
	{"the current fiscal year", "Sales in the current fiscal year will rise.", "", []want{{"the current fiscal year", "2026", yr, rp}}},
	{"ranges join like ends", "After a revision Friday to December's figures, jobs grew.", "", []want{{"Friday", "2026-01-02", day, rp}, {"December", "2025-12", mon, yi}}},
	{"sets", "Flights run daily; she calls every week, each Thursday and each July, twice a year.", "", []want{{"daily", "P1D", "", exp}, {"every week", "P1W", "", exp}, {"each Thursday", "XXXX-WXX-4", "", exp}, {"each July", "XXXX-07", "", exp}, {"twice a year", "P1Y", "", exp}}},
	{"daily adjective", "The daily volume rose.", "", nil},
	{"rate of an amount", "Output is 250,000 tonnes a year at $5 a year.", "", nil},
	{"present past future", "Now it is calm; it was recently tense, as in recent years, and the future is unclear.", "", []want{{"Now", "PRESENT_REF", "", exp}, {"recently", "PAST_REF", "", exp}, {"recent years", "PAST_REF", "", exp}, {"the future", "FUTURE_REF", "", exp}}},
	{"recent months", "Prices rose in recent months.", "", []want{{"recent months", "PXM", "", exp}}},
	{"now that, for now", "Now that it rained, for now, the crops grow.", "", []want{{"Now", "PRESENT_REF", "", exp}, {"now", "PRESENT_REF", "", exp}}},
	{"from now", "Talks resume two weeks from now.", "", []want{{"two weeks from now", "2026-W04", wk, rp}}},
	{"day list", "The summit is on April 24 and 25.", "", []want{{"April 24 and 25", "2026-04-24/2026-04-25", day, yi}}},
	{"the previous weekday", "Shares fell 2% from the previous Friday.", "", []want{{"the previous Friday", "2026-01-02", day, rp}}},
	{"the latest nine months", "In the latest nine months, sales rose; the latest quarter was flat.", "", []want{{"the latest nine months", "P9M", "", exp}, {"the latest quarter", "2025-Q4", chrono.GrainQuarter, rp}}},
	{"last half", "Output fell in the last half of 1989.", "", []want{{"the last half of 1989", "1989-H2", chrono.GrainHalf, exp}}},
	{"bare months ago", "Just months ago it was bankrupt.", "", []want{{"months ago", "PAST_REF", "", exp}}},
	{"trading days", "Eight trading days later it rose; an additional year passed.", "", []want{{"Eight trading days later", "2026-01-16", day, rp}, {"an additional year", "P1Y", "", exp}}},
	{"year after a determiner", "Leaders of the 1992 protests left, unlike in 2000 troops.", "", []want{{"1992", "1992", yr, exp}}},
	{"several years ago", "It began several years ago, right now it ends.", "", []want{{"several years ago", "PAST_REF", "", exp}, {"now", "PRESENT_REF", "", exp}}},
	{"year-end and full year", "Debt at year-end fell; for the full year it rose.", "", []want{{"year-end", "2025-12-31", day, rp}, {"the full year", "2026", yr, rp}}},
	{"around a date", "They met around Nov. 1, sometime next year.", "", []want{{"around Nov. 1", "2025-11-01", day, yi}, {"sometime next year", "2027", yr, rp}}},
	{"articles outside hyphenated adjectives", "The third-quarter loss widened.", "", []want{{"third-quarter", "2025-Q3", chrono.GrainQuarter, yi}}},
	{"earlier later", "A year earlier it fell; two days later it rose.", "", []want{{"A year earlier", "2025", yr, rp}, {"two days later", "2026-01-10", day, rp}}},

	// No false dates.
	{"may the verb", "Some countries may contribute in other ways.", "", nil},
	{"May capitalised verb", "May I ask? The March was long.", "", nil},
	{"march the noun", "They will march on the capital.", "", nil},
	{"score", "They won 3-10 and then 21-17.", "", nil},
	{"thousands", "About 2,000 soldiers and 1,500 troops, and 1500 troops.", "", nil},
	{"a part of the day sets a.m. or p.m.", "The game starts at 7:30 in the evening; he talks at 2:30 this afternoon.", "", []want{{"7:30 in the evening", "2026-01-08T19:30", "", rp}, {"2:30 this afternoon", "2026-01-08T14:30", min, rp}}},
	{"tonight and at night after a clock", "The president speaks at 8:30 tonight. The vote was at 10:15 at night.", "", []want{{"8:30 tonight", "2026-01-08T20:30", min, rp}, {"10:15 at night", "2026-01-08T22:15", min, chrono.RelativeToPrevious}}},
	{"a plain hour needs its part of the day", "They meet at 10 tonight, not at 8 at night, and he scored at 10.", "", []want{{"10 tonight", "2026-01-08T22:00", min, rp}, {"8 at night", "2026-01-08T20:00", min, chrono.RelativeToPrevious}}},
	{"o'clock", "He called at 3 o'clock in the morning. It's seven o'clock here.", "", []want{{"3 o'clock in the morning", "2026-01-08T03:00", "", rp}, {"seven o'clock", "2026-01-08T07:00", "", rp}}},
	{"quarter past is a time, not a quarter", "It happened at a quarter past nine, or half past seven, or quarter to ten.", "", []want{{"a quarter past nine", "2026-01-08T09:15", "", rp}, {"half past seven", "2026-01-08T07:30", "", rp}, {"quarter to ten", "2026-01-08T09:45", "", rp}}},
	{"a zone word between a clock and its day", "The report will be released at 10 a.m. Eastern on Friday; the offer expires at 5 p.m. New York City time on Jan. 19.", "", []want{{"10 a.m. Eastern on Friday", "2026-01-09T10:00", min, rp}, {"5 p.m. New York City time on Jan. 19", "2026-01-19T17:00", min, yi}}},
	{"a modal looks ahead", "The cuts could cost jobs in the summer, and sales should rise in the spring. Sales rose in the autumn.", "", []want{{"the summer", "2026-SU", chrono.GrainSeason, rp}, {"the spring", "2026-SP", chrono.GrainSeason, rp}, {"the autumn", "2025-FA", chrono.GrainSeason, rp}}},
	{"'d is would before a verb, had before a participle", "She said she'd call Monday; he said he'd called Tuesday.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Tuesday", "2026-01-06", day, rp}}},
	{"a day as the subject of a present verb is ahead", "Friday looks dry. Wednesday is the first day of term. The weekend looks sunny. Monday was cold.", "", []want{{"Friday", "2026-01-09", day, rp}, {"Wednesday", "2026-01-14", day, rp}, {"The weekend", "2026-W02-WE", wk, rp}, {"Monday", "2026-01-05", day, rp}}},
	{"a story told in a day long past stays in its year", "Alexander was killed on June 4, 2019. His body was found on June 9.", "", []want{{"June 4, 2019", "2019-06-04", day, exp}, {"June 9", "2019-06-09", day, chrono.RelativeToPrevious}}},
	{"a month and year before is no story's year", "It was the largest rise since March 2019. The money supply rose 9.8 pct in April.", "", []want{{"March 2019", "2019-03", mon, exp}, {"April", "2025-04", mon, yi}}},
	{"every night, every summer, on weekends", "She called every night and toured every summer; the shop opens on weekends and every weekend.", "", []want{{"every night", "XXXX-XX-XXTNI", "", exp}, {"every summer", "XXXX-SU", "", exp}, {"weekends", "XXXX-WXX-WE", "", exp}, {"every weekend", "XXXX-WXX-WE", "", exp}}},
	{"next, last and this fiscal year", "Sales will grow next fiscal year after falling last financial year; this fiscal year is flat.", "", []want{{"next fiscal year", "2027", yr, rp}, {"last financial year", "2025", yr, rp}, {"this fiscal year", "2026", yr, rp}}},
	{"a market wrap's week", "For the week, the Dow was flat.", "", []want{{"the week", "2026-W02", wk, rp}}},
	{"midyear", "The deal should close by midyear; the midyear review is in June.", "", []want{{"midyear", "2026", yr, rp}, {"June", "2026-06", mon, yi}}},
	{"a bare season after a preposition of time", "Cuts won't show up until summer; the plant closes by spring, after summer vacations and before spring planting.", "", []want{{"summer", "2026-SU", chrono.GrainSeason, rp}, {"spring", "2026-SP", chrono.GrainSeason, rp}}},
	{"March as a subject", "March is Women's History Month.", "", []want{{"March", "2026-03", mon, yi}}},
	{"months as first names, Sunday school, temperatures", "I'm June Simms. April Ryan of American Urban Radio asked. Her son taught Sunday school. Overnight lows will drop into the twenties.", "", nil},
	{"won't is will not, not won", "He won't come Tuesday.", "", []want{{"Tuesday", "2026-01-13", day, rp}}},
	{"a comma and a conjunction end the clause that dates a day", "It came closest to Earth on Tuesday, and it will pass the sun on Sunday.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"Sunday", "2026-01-11", day, rp}}},
	{"a price on a day is gone by", "The buyers will pay a 20 percent premium to the closing price Wednesday.", "", []want{{"Wednesday", "2026-01-07", day, rp}}},
	{"before a day's deadline is ahead", "Leaders scrambled to come up with a plan before a Monday deadline.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"that season after a year, that weekday after a day", "In 1957 he recorded an album. That summer he toured Europe. She was last seen on Jan. 3. When she didn't call that Saturday, they worried.", "", []want{{"1957", "1957", yr, exp}, {"That summer", "1957-SU", chrono.GrainSeason, chrono.RelativeToPrevious}, {"Jan. 3", "2026-01-03", day, yi}, {"that Saturday", "2026-01-03", day, chrono.RelativeToPrevious}}},
	{"through a day in the present passive is ahead", "The government is funded through Sept. 30.", "", []want{{"Sept. 30", "2026-09-30", day, yi}}},
	{"quarters of a trend are a length, quarters of a whole a fraction", "Growth ended two quarters of contraction; three quarters of voters backed it.", "", []want{{"two quarters", "P6M", "", exp}}},
	{"one day of leave is a day's length", "Employees could face one day of unpaid leave.", "", []want{{"one day", "P1D", "", exp}}},
	{"fiscal year with its year", "It earned $2 billion in fiscal year 2024 and more in the 2025 fiscal year.", "", []want{{"fiscal year 2024", "2024", yr, exp}, {"the 2025 fiscal year", "2025", yr, exp}}},
	{"a midnight gone by ends the day before", "The strike began at midnight.", "", []want{{"midnight", "2026-01-07T24:00", "", rp}}},
	{"a midnight ahead ends the day", "Polls close at midnight.", "", []want{{"midnight", "2026-01-08T24:00", "", rp}}},
	{"years after including", "He won the title four times, including 2012 and 2009, with 3000 men, including 1500 troops.", "", []want{{"2012", "2012", yr, exp}, {"2009", "2009", yr, exp}}},
	{"St. Patrick's Day and other fixed days", "The parade is on St. Patrick's Day; Juneteenth is a holiday.", "", []want{{"St. Patrick's Day", "2026-03-17", day, yi}, {"Juneteenth", "2025-06-19", day, yi}}},
	{"hundreds of years", "They ruled for hundreds of years; the water was there tens of thousands of years ago; thousands of people came.", "", []want{{"hundreds of years", "PXY", "", exp}, {"tens of thousands of years ago", "PAST_REF", "", exp}}},
	{"a clock range shares its p.m. and its day", "The session runs from 6:00 to 9:00 p.m. on Jan. 20; the museum is open from 9 a.m. to 5 p.m. tomorrow.", "", []want{{"6:00", "2026-01-20T18:00", min, yi}, {"9:00 p.m. on Jan. 20", "2026-01-20T21:00", min, yi}, {"9 a.m.", "2026-01-09T09:00", min, rp}, {"5 p.m. tomorrow", "2026-01-09T17:00", min, rp}}},
	{"an estimate of a quarter is of one gone by", "The government will release its third estimate of third-quarter growth on Jan. 29.", "", []want{{"third-quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"Jan. 29", "2026-01-29", day, yi}}},
	{"a date set for an event is ahead", "A judge set an October trial date.", "", []want{{"October", "2026-10", mon, yi}}},
	{"an event dated in the past stays past", "The October election was won by the left.", "", []want{{"October", "2025-10", mon, yi}}},
	{"a year ago today is a day", "A year ago today, it was 79 degrees.", "", []want{{"A year ago today", "2025-01-08", day, rp}}},
	{"this past and this coming weekday", "This past Wednesday the council met; this coming Friday it meets again.", "", []want{{"This past Wednesday", "2026-01-07", day, rp}, {"this coming Friday", "2026-01-09", day, rp}}},
	{"back half, front half, calendar year", "Revenue grows in the back half of the year; the deal closes in the first half of calendar 2026; sales were weak in the front half of 2025.", "", []want{{"the back half of the year", "2026-H2", chrono.GrainHalf, rp}, {"the first half of calendar 2026", "2026-H1", chrono.GrainHalf, exp}, {"the front half of 2025", "2025-H1", chrono.GrainHalf, exp}}},
	{"a start to the year", "It was a slow start to the year.", "", []want{{"the year", "2026", yr, rp}}},
	{"the fiscal year that ends is one year", "It expects earnings for the fiscal year that ends May 31.", "", []want{{"the fiscal year", "2026", yr, rp}, {"May 31", "2026-05-31", day, yi}}},
	{"the fiscal year that began on a day with its year", "The deficit of the fiscal year which began on April 1, 2024, grew.", "", []want{{"the fiscal year", "2024", yr, exp}, {"April 1, 2024", "2024-04-01", day, exp}}},
	{"earlier than usual is a length compared", "The flu season started a month earlier than usual; the train came two hours later than scheduled.", "", []want{{"a month", "P1M", "", exp}, {"two hours", "PT2H", "", exp}}},
	{"the prior-year period", "Sales rose in the third quarter from the prior-year period.", "", []want{{"the third quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"the prior-year period", "2024-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"a half hour", "The meeting lasted a half hour.", "", []want{{"a half hour", "PT30M", "", exp}}},
	{"a clock every day is a set", "She opened the doors at 5:30 every morning; trains leave at 9 a.m. every Monday.", "", []want{{"5:30 every morning", "XXXX-XX-XXT05:30", "", exp}, {"9 a.m. every Monday", "XXXX-WXX-1T09:00", "", exp}}},
	{"a weekday range ends after it starts", "The clinic is open Monday through Friday.", "", []want{{"Monday through Friday", "2026-01-12/2026-01-16", day, rp}}},
	{"of that year", "The storm of 1993 hit on March 13 of that year; he left in June of the same year.", "", []want{{"1993", "1993", yr, exp}, {"March 13 of that year", "1993-03-13", day, chrono.RelativeToPrevious}, {"June of the same year", "1993-06", mon, chrono.RelativeToPrevious}}},
	{"a reporting day is not the story's", "The attack happened on the night of Aug. 11. She testified yesterday that she woke up the next morning.", "", []want{{"the night of Aug. 11", "2025-08-11TNI", day, yi}, {"yesterday", "2026-01-07", day, rp}, {"the next morning", "2025-08-12TMO", day, chrono.RelativeToPrevious}}},
	{"years in words without and", "That was back in two thousand nine, not two thousand twenty-one; two thousand nine hundred people came.", "", []want{{"two thousand nine", "2009", yr, exp}, {"two thousand twenty-one", "2021", yr, exp}}},
	{"thousands in words count", "The glass secrets are two thousand years old; the city was founded two thousand years ago.", "", []want{{"two thousand years ago", "PAST_REF", "", exp}}},
	{"a year before a verb ending in s", "The change pushed through in 2020 allows him to run; the deal reached in 2015 requires limits.", "", []want{{"2020", "2020", yr, exp}, {"2015", "2015", yr, exp}}},
	{"noon with its zone and day", "A ceasefire took effect at noon local time Friday.", "", []want{{"noon local time Friday", "2026-01-02T12:00", min, rp}}},
	{"that night after a clock and its day", "Yoon spoke at 10:25 p.m. Tuesday. Thousands gathered that night.", "", []want{{"10:25 p.m. Tuesday", "2026-01-06T22:25", min, rp}, {"that night", "2026-01-06TNI", day, chrono.RelativeToPrevious}}},
	{"closed-up lengths and nightly", "A weeklong truce and a yearlong inquiry followed; protesters rallied nightly.", "", []want{{"weeklong", "P1W", "", exp}, {"yearlong", "P1Y", "", exp}, {"nightly", "P1D", "", exp}}},
	{"ages are no lengths", "The dose is given at 12 to 15 months of age, to people 65 years and older and babies 6 months and older, not infants younger than 6 months; volume was the largest for a quarter and up 38 pct.", "", []want{{"a quarter", "P3M", "", exp}}},
	{"another, a full, a single", "It could continue for another year, or another two years, a full year, a single day; a full year loss.", "", []want{{"another year", "P1Y", "", exp}, {"another two years", "P2Y", "", exp}, {"a full year", "P1Y", "", exp}, {"a single day", "P1D", "", exp}}},
	{"the past quarter-century", "Over the past quarter-century, 280 people have visited.", "", []want{{"the past quarter-century", "P25Y", "", exp}}},
	{"an attribution after the date does not date it", "The show returns Sept. 3, Netflix said.", "", []want{{"Sept. 3", "2026-09-03", day, yi}}},
	{"a relative clause's own verb dates its day", "Trump, who takes office on Monday, praised the deal. Mustapha, who leaves for Moscow on Tuesday, met Mubarak.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Tuesday", "2026-01-13", day, rp}}},
	{"a day planned for stays ahead", "A vote planned for Monday was delayed.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"plans and will as nouns are no future", "The government unveiled its plans on Monday. Voters expressed their will on Tuesday.", "", []want{{"Monday", "2026-01-05", day, rp}, {"Tuesday", "2026-01-06", day, rp}}},
	{"and will after a past verb starts another clause", "Ministers met in Brussels on Monday and will meet again.", "", []want{{"Monday", "2026-01-05", day, rp}}},
	{"release verbs put a day ahead", "The album is out Friday. The single drops Saturday.", "", []want{{"Friday", "2026-01-09", day, rp}, {"Saturday", "2026-01-10", day, rp}}},
	{"a clock and its zone aside before a day", "Voting ends at 8 p.m. (1800 GMT) on Sunday.", "", []want{{"8 p.m.", "2026-01-11T20:00", min, rp}, {"1800 GMT", "2026-01-11T18:00", min, rp}, {"Sunday", "2026-01-11", day, rp}}},
	{"a holiday by the verb near it", "The museum, which opened in 1941, opens on Independence Day.", "", []want{{"1941", "1941", yr, exp}, {"Independence Day", "2026-07-04", day, yi}}},
	{"a day named as an event keeps the year the text gave it", "The war began on 7 October 2023. The Oct. 7 attack killed 1,200 people.", "", []want{{"7 October 2023", "2023-10-07", day, exp}, {"Oct. 7", "2023-10-07", day, chrono.RelativeToPrevious}}},
	{"a day of a date to come is not that one", "The bond is due 24 April 2030; the paydate is the April 24 one.", "", []want{{"24 April 2030", "2030-04-24", day, exp}, {"April 24", "2026-04-24", day, yi}}},
	{"a story's year carries past a deadline word", "Russia invaded Ukraine on Feb. 24, 2022. By March 2, its forces had taken Kherson.", "", []want{{"Feb. 24, 2022", "2022-02-24", day, exp}, {"March 2", "2022-03-02", day, chrono.RelativeToPrevious}}},
	{"a clock in the sentence after a day ahead is on that day", "Apple will hold its event on Jan. 20. It begins at 10 a.m. PT.", "", []want{{"Jan. 20", "2026-01-20", day, yi}, {"10 a.m. PT", "2026-01-20T10:00", min, chrono.RelativeToPrevious}}},
	{"the first clock of a range shares the second's day", "Drivers should avoid the roads between noon and 6 p.m. on Wednesday; polls are open 7 a.m. to 8 p.m. Tuesday.", "", []want{{"noon and 6 p.m. on Wednesday", "2026-01-14T12:00/2026-01-14T18:00", min, rp}, {"7 a.m. to 8 p.m. Tuesday", "2026-01-13T07:00/2026-01-13T20:00", min, rp}}},
	{"titles in quotes and holiday things are no dates", "The second season of \"Wednesday\" comes; he said on NBC's \"Today\" program. \"Wednesday\" star Jenna Ortega spoke. Red One, a Christmas action-comedy, led; Christmas trees sold well.", "", nil},
	{"a quoted day that is said stays a date", "\"Tomorrow,\" he said, \"we vote.\"", "", []want{{"Tomorrow", "2026-01-09", day, rp}}},
	{"the day before a holiday", "It opens the day before Thanksgiving.", "", []want{{"the day before Thanksgiving", "2025-11-26", day, chrono.RelativeToPrevious}}},
	{"shopping days", "Giving Tuesday and Small Business Saturday drew crowds.", "", []want{{"Giving Tuesday", "2025-12-02", day, yi}, {"Small Business Saturday", "2025-11-29", day, yi}}},
	{"early years where nothing else is meant", "The painting dates to 1650; the 1715 eruption was huge; the Ming dynasty (1368-1644) ruled; the index held the 1200 level.", "", []want{{"1650", "1650", yr, exp}, {"1715", "1715", yr, exp}, {"1368-1644", "1368/1644", yr, exp}}},
	{"millions of years counted", "The asteroid struck 66 million years ago; Lucy lived 3.2 million years ago; dinosaurs ruled for 160 million years; it cost 66 million dlrs.", "", []want{{"66 million years ago", "PAST_REF", "", exp}, {"3.2 million years ago", "PAST_REF", "", exp}, {"160 million years", "P160000000Y", "", exp}}},
	{"a month after an adjective", "Attendance rebounded after a slow May.", "", []want{{"May", "2025-05", mon, yi}}},
	{"a season after another", "They talked last spring and summer.", "", []want{{"last spring", "2025-SP", chrono.GrainSeason, rp}, {"summer", "2025-SU", chrono.GrainSeason, chrono.RelativeToPrevious}}},
	{"frequency after an object, and a second weekday of a set", "Patients take the drug daily. Updates come every Tuesday and Friday. A monthly, the Peru Report, said so.", "", []want{{"daily", "P1D", "", exp}, {"every Tuesday", "XXXX-WXX-2", "", exp}, {"Friday", "XXXX-WXX-5", "", exp}}},
	{"a present verb or copula nearer than a past one governs", "The label said the album comes out Friday. They agreed to a ceasefire that takes effect on Sunday. The museum, which opened in 1941, is open on Independence Day.", "", []want{{"Friday", "2026-01-09", day, rp}, {"Sunday", "2026-01-11", day, rp}, {"1941", "1941", yr, exp}, {"Independence Day", "2026-07-04", day, yi}}},
	{"a modal in a that-clause after the date is another clause's", "Chargeoffs reduced its portfolio by 32 pct during 2025, to 1.4 billion dlrs at year-end, adding that chargeoffs \"should be more modest.\"", "", []want{{"2025", "2025", yr, exp}, {"year-end", "2025-12-31", day, rp}}},
	{"a record's since-date is no base for a year earlier", "In December, prices rose, the first rise since October 2023, but were down from a year earlier.", "", []want{{"December", "2025-12", mon, yi}, {"October 2023", "2023-10", mon, exp}, {"a year earlier", "2025", yr, rp}}},
	{"a weekday range keeps its end's part of the day", "Storms hit between Tuesday and Wednesday afternoon.", "", []want{{"Tuesday and Wednesday afternoon", "2026-01-06/2026-01-07TAF", day, rp}}},
	{"a day of saying after the comma dates the saying", "NASA will hold another briefing Friday, officials said Tuesday night.", "", []want{{"Friday", "2026-01-09", day, rp}, {"Tuesday night", "2026-01-06TNI", day, rp}}},
	{"fixtures in the plural present", "Liverpool visit Brighton on Monday. Arsenal welcome Chelsea on Sunday.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Sunday", "2026-01-11", day, rp}}},
	{"a noun between a present verb and its day", "Soares, who returns from a visit to Brazil on Sunday, faces a choice.", "", []want{{"Sunday", "2026-01-11", day, rp}}},
	{"going without to is not a plan", "Tickets sold out within an hour of going on sale Saturday. The vote is going ahead on Tuesday.", "", []want{{"an hour", "PT1H", "", exp}, {"Saturday", "2026-01-03", day, rp}, {"Tuesday", "2026-01-13", day, rp}}},
	{"a quarter by its months, and a comparison moves no story on", "Profits in the October-December quarter rose 4 pct from a year earlier, against a 2.6 pct rise in the preceding quarter.", "", []want{{"the October-December quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"a year earlier", "2024-Q4", chrono.GrainQuarter, rp}, {"the preceding quarter", "2025-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"a quarter by its months with hyphens and a year", "Profit in the July-to-September quarter fell after the October-December 2024 quarter.", "", []want{{"the July-to-September quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"the October-December 2024 quarter", "2024-Q4", chrono.GrainQuarter, exp}}},
	{"a half a year earlier", "Profits rose in the third quarter. Car break-ins rose 18% in the first half of 2025 from a year earlier.", "", []want{{"the third quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"the first half of 2025", "2025-H1", chrono.GrainHalf, exp}, {"a year earlier", "2024-H1", chrono.GrainHalf, chrono.RelativeToPrevious}}},
	{"a quarter after 'after' is background to the one reported", "The economy grew 0.3% in the fourth quarter, after shrinking in the third quarter of 2025. Compared with a year earlier, output was 0.4% higher.", "", []want{{"the fourth quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"the third quarter of 2025", "2025-Q3", chrono.GrainQuarter, exp}, {"a year earlier", "2024-Q4", chrono.GrainQuarter, rp}}},
	{"a quarter compared with is background", "Exports were 5 billion in the December quarter against 2.8 billion in the September quarter and 2.4 billion a year earlier.", "", []want{{"the December quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"the September quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"a year earlier", "2024-Q4", chrono.GrainQuarter, rp}}},
	{"a month or day of a year named from publication", "A truce agreed in May of last year collapsed; talks resumed on June 5 of this year.", "", []want{{"May of last year", "2025-05", mon, rp}, {"June 5 of this year", "2026-06-05", day, rp}}},
	{"the weekend of a day", "The festival starts on the weekend of Aug. 16, 2025.", "", []want{{"the weekend of Aug. 16, 2025", "2025-W33-WE", wk, exp}}},
	{"a clock range over two weekdays", "Crews will close the bridge from 9 p.m. Sunday to 5 a.m. Monday.", "", []want{{"9 p.m. Sunday to 5 a.m. Monday", "2026-01-11T21:00/2026-01-12T05:00", min, rp}}},
	{"a clock after a length of time is on the day before it", "Voters will choose a president on Jan. 25. Results are expected within hours of polls closing at 6 p.m.", "", []want{{"Jan. 25", "2026-01-25", day, yi}, {"hours", "PTXH", "", exp}, {"6 p.m.", "2026-01-25T18:00", min, chrono.RelativeToPrevious}}},
	{"an evening clock after a night gone by is that night's", "Gauff reached the final Tuesday night. Play resumed at 10:32 p.m. The suspect was arrested at 11 a.m.", "", []want{{"Tuesday night", "2026-01-06TNI", day, rp}, {"10:32 p.m.", "2026-01-06T22:32", min, chrono.RelativeToPrevious}, {"11 a.m.", "2026-01-08T11:00", "", rp}}},
	{"a span of ages is no time", "The trial enrolled children aged 5 months to 3 years, and others between the ages of 2 and 5 years, for four years.", "", []want{{"four years", "P4Y", "", exp}}},
	{"a year qualifying a noun after a possessive or in a list", "It came after the court's landmark 2022 decision and the 2003 and 2004 seasons; the union's new 2000 members voted.", "", []want{{"2022", "2022", yr, exp}, {"2003", "2003", yr, exp}, {"2004", "2004", yr, exp}}},
	{"units of something gone through", "The flight came after years of delays; the merger follows months of talks, not weeks of age.", "", []want{{"years", "PXY", "", exp}, {"months", "PXM", "", exp}}},
	{"spending the fall", "She plans to spend the fall visiting her grandchildren.", "", []want{{"the fall", "2026-FA", chrono.GrainSeason, rp}}},
	{"daily before through", "The centers are open until 8 p.m. daily through Friday.", "", []want{{"8 p.m.", "2026-01-08T20:00", "", rp}, {"daily", "P1D", "", exp}, {"Friday", "2026-01-09", day, rp}}},
	{"a quarter or half of a game is no date", "Bolton tore a hamstring in the first quarter Sunday. Kane scored in the second half. The Chiefs led 14-7 at the end of the third quarter. Spurs won in the second half of the match.", "", []want{{"Sunday", "2026-01-04", day, rp}}},
	{"a quarter of the year beside amounts and a day", "The bank expects a loss of 19-24 cts a share for the first quarter; banks act after the end of their fourth quarter Tuesday.", "", []want{{"the first quarter", "2026-Q1", chrono.GrainQuarter, yi}, {"fourth quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"Tuesday", "2026-01-06", day, rp}}},
	{"a clock after a day long gone is that day's", "Stott attacked him on Saturday 12 April 2025. CCTV showed him leaving the club at 11.52pm.", "", []want{{"Saturday 12 April 2025", "2025-04-12", day, exp}, {"11.52pm", "2025-04-12T23:52", min, chrono.RelativeToPrevious}}},
	{"a live blog's time stamps", "Heatwave: live updates\n\n15:42\nIt is official.\n\n09:20\nNo trains run. The score was\n2:10\nat half-time.", "", []want{{"15:42", "2026-01-08T15:42", "", rp}, {"09:20", "2026-01-08T09:20", "", rp}}},
	{"on this day in a year long gone, and the story's days after it", "On this day in 1969, the module landed at 4:17 p.m. EDT. Aldrin followed 19 minutes later. Apollo 11 had launched four days earlier.", "", []want{{"this day in 1969", "1969-01-08", day, rp}, {"4:17 p.m. EDT", "1969-01-08T16:17", min, chrono.RelativeToPrevious}, {"19 minutes later", "1969-01-08T16:36", min, chrono.RelativeToPrevious}, {"four days earlier", "1969-01-04", day, chrono.RelativeToPrevious}}},
	{"a day counted years back sets the story's year", "Forty years ago today, a reactor exploded. Moscow said nothing until January 10. Gorbachev did not speak until Feb. 2.", "", []want{{"Forty years ago today", "1986-01-08", day, rp}, {"January 10", "1986-01-10", day, chrono.RelativeToPrevious}, {"Feb. 2", "1986-02-02", day, chrono.RelativeToPrevious}}},
	{"compared to a year earlier moves no story on", "Its fiscal year ended November 30, 2025, with a profit compared to a year earlier loss. It said its refinancing in December helped.", "", []want{{"November 30, 2025", "2025-11-30", day, exp}, {"a year earlier", "2024-11-30", day, chrono.RelativeToPrevious}, {"December", "2025-12", mon, yi}}},
	{"a story of a day long gone goes on over sentences and a paragraph", "On this day in 1969, the module landed. \"The Eagle has landed.\"\n\nArmstrong stepped out at 10:56 p.m. and stayed for three days. Moscow said nothing until January 10.", "", []want{{"this day in 1969", "1969-01-08", day, rp}, {"10:56 p.m.", "1969-01-08T22:56", min, chrono.RelativeToPrevious}, {"three days", "P3D", "", exp}, {"January 10", "1969-01-10", day, chrono.RelativeToPrevious}}},
	{"a fortnight", "He was jailed for a fortnight; it began a fortnight ago, after the past fortnight, and they meet every fortnight in fortnight-long sessions.", "", []want{{"a fortnight", "P2W", "", exp}, {"a fortnight ago", "2025-W52", wk, rp}, {"the past fortnight", "P2W", "", exp}, {"every fortnight", "P2W", "", exp}, {"fortnight-long", "P2W", "", exp}}},
	{"a weekday week", "The hearing is on Monday week, when MPs return; Tuesday week's vote is set.", "", []want{{"Monday week", "2026-01-19", day, rp}, {"Tuesday", "2026-01-13", day, rp}}},
	{"a day and the clock said with it are one time", "The show is tomorrow night at 7:30; the call is Thursday, Jan. 15, at 2 p.m. ET. He was charged at 2pm that day and freed at 9am the next day.", "", []want{{"tomorrow night at 7:30", "2026-01-09T19:30", min, rp}, {"Thursday, Jan. 15, at 2 p.m. ET", "2026-01-15T14:00", min, yi}, {"2pm that day", "2026-01-15T14:00", min, chrono.RelativeToPrevious}, {"9am the next day", "2026-01-16T09:00", min, chrono.RelativeToPrevious}}},
	{"earlier today, later tonight are one expression; earlier Sunday is not", "He spoke earlier today and will speak later tonight; earlier Sunday he slept.", "", []want{{"earlier today", "2026-01-08", day, rp}, {"later tonight", "2026-01-08TNI", day, rp}, {"Sunday", "2026-01-04", day, rp}}},
	{"a broadcast's greeting, o'clock, and holidays in a lower-case text", "good evening, it is 7 o'clock on the east coast. polls closed before labor day and the count runs on election day. results may not come until tomorrow or even saturday.", "", []want{{"7 o'clock", "2026-01-08T19:00", "", rp}, {"labor day", "2025-09-01", day, yi}, {"election day", "2026-11-03", day, yi}, {"tomorrow", "2026-01-09", day, rp}, {"saturday", "2026-01-10", day, rp}}},
	{"a day stated by its year joins its clock", "On this day in 1969, at 4:17 p.m. EDT, it landed.", "", []want{{"this day in 1969, at 4:17 p.m. EDT", "1969-01-08T16:17", min, rp}}},
	{"a story goes back a little, and past midnight", "At 2.20am on this day in 1912, the Titanic sank. She had left Southampton on 5 January. She struck the iceberg at 11.40pm on 7 January, and the Carpathia reached the lifeboats at about 4am.\n9 November 1989\nAt about 6.53pm he spoke.", "", []want{{"2.20am on this day in 1912", "1912-01-08T02:20", min, rp}, {"5 January", "1912-01-05", day, chrono.RelativeToPrevious}, {"11.40pm on 7 January", "1912-01-07T23:40", min, chrono.RelativeToPrevious}, {"4am", "1912-01-08T04:00", min, chrono.RelativeToPrevious}, {"9 November 1989", "1989-11-09", day, exp}, {"6.53pm", "1989-11-09T18:53", min, chrono.RelativeToPrevious}}},
	{"spoken clocks with minutes, and a clock on the night after", "It was signed at 2.41am on 7 May 1945 and took effect at one minute past 11 the following night. A week earlier Hitler had died. Churchill spoke at 3pm on 8 May.", "", []want{{"2.41am on 7 May 1945", "1945-05-07T02:41", min, exp}, {"one minute past 11 the following night", "1945-05-08T23:01", min, chrono.RelativeToPrevious}, {"A week earlier", "1945-05-01", day, chrono.RelativeToPrevious}, {"3pm on 8 May", "1945-05-08T15:00", min, chrono.RelativeToPrevious}}},
	{"spoken clocks, not ratios or amounts", "He came at ten past nine and left at twenty to five; rises beat falls by four to three, at two to three dlrs a share, from five to 10 people.", "", []want{{"ten past nine", "2026-01-08T09:10", "", rp}, {"twenty to five", "2026-01-08T04:40", "", rp}}},
	{"days earlier in a story years gone, and a year after a month", "On this day in 1969, the module landed. The men spent two hours outside. Apollo 11 had launched four days earlier. Artemis is set for September 2027, with a landing a year later.", "", []want{{"this day in 1969", "1969-01-08", day, rp}, {"two hours", "PT2H", "", exp}, {"four days earlier", "1969-01-04", day, chrono.RelativeToPrevious}, {"September 2027", "2027-09", mon, exp}, {"a year later", "2028-09", mon, chrono.RelativeToPrevious}}},
	{"a highway's U.S. ends no sentence", "State crews will close U.S. 36 between Boulder and Lyons from 9 p.m. Sunday to 5 a.m. Monday to remove rock.", "", []want{{"9 p.m. Sunday to 5 a.m. Monday", "2026-01-11T21:00/2026-01-12T05:00", min, rp}}},
	{"an evening clock in the paragraph after a night is that night's", "Gauff reached the final Tuesday night, in a match held up for nearly an hour.\n\nPlay resumed at 10:32 p.m. after police removed a man.", "", []want{{"Tuesday night", "2026-01-06TNI", day, rp}, {"nearly an hour", "PT1H", "", exp}, {"10:32 p.m.", "2026-01-06T22:32", min, chrono.RelativeToPrevious}}},
	{"what is opening on a day is ahead", "Lumen said on Tuesday it would begin selling glasses on March 16, with preorders opening Friday. Shares rose at the opening Monday.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"March 16", "2026-03-16", day, yi}, {"Friday", "2026-01-09", day, rp}, {"Monday", "2026-01-05", day, rp}}},
	{"rates after an amount in words are no lengths", "Borrowing rises by 32 billion pounds a year over the next five years, with returns of 12 per cent a year.", "", []want{{"the next five years", "P5Y", "", exp}}},
	{"the night before, every Friday night, the small hours after a night", "He was shot at 1:40 a.m. Sunday. He had argued with the man the night before. Every Friday night the club was full. The highest gust overnight was recorded at 03:00.", "", []want{{"1:40 a.m. Sunday", "2026-01-04T01:40", min, rp}, {"the night before", "2026-01-03TNI", day, chrono.RelativeToPrevious}, {"Every Friday night", "XXXX-WXX-5TNI", "", exp}, {"overnight", "2026-01-07TNI", day, rp}, {"03:00", "2026-01-08T03:00", min, chrono.RelativeToPrevious}}},
	{"the weekend ahead, and a speaker after the verb", "Nobody wants to be short going into the weekend, said a Sydney-based strategist.", "", []want{{"the weekend", "2026-W02-WE", wk, rp}}},
	{"ahead of the weekend", "Traders squared positions ahead of the weekend.", "", []want{{"the weekend", "2026-W02-WE", wk, rp}}},
	{"a weekend gone through", "Talks were extended through the weekend.", "", []want{{"the weekend", "2026-W01-WE", wk, rp}}},
	{"a clause after a comma and 'after' does not date the one before", "Eskom will implement load shedding until 05:00 on Wednesday, after six units broke down. Sarney will fly to Tokyo on Sunday, after having completed a week in Rome.", "", []want{{"05:00 on Wednesday", "2026-01-14T05:00", min, rp}, {"Sunday", "2026-01-11", day, rp}, {"a week", "P1W", "", exp}}},
	{"a holiday's weekend", "Traffic peaks on the Labor Day weekend; it rained over the Fourth of July weekend.", "", []want{{"the Labor Day weekend", "2025-W35-WE", wk, yi}, {"the Fourth of July weekend", "2025-W27-WE", wk, yi}}},
	{"a full year named by its number", "The company raised its full-year 2025 outlook; for full-year 2024 ended October 31 it earned more.", "", []want{{"full-year 2025", "2025", yr, exp}, {"full-year 2024", "2024", yr, exp}, {"October 31", "2024-10-31", day, yi}}},
	{"weekdays after a day ahead follow it", "The probe is scheduled to launch on Tuesday at 10:15 a.m. EST.\n\nThe launch window lasts two hours, with backup opportunities on Wednesday and Thursday.", "", []want{{"Tuesday at 10:15 a.m. EST", "2026-01-13T10:15", min, rp}, {"two hours", "PT2H", "", exp}, {"Wednesday", "2026-01-14", day, chrono.RelativeToPrevious}, {"Thursday", "2026-01-15", day, chrono.RelativeToPrevious}}},
	{"recurrences with their counts, holidays and centuries as adjectives", "The panto returns every Christmas to a 19th-century hall; patients take a pill twice daily and a once-weekly shot; she sings six nights a week.", "", []want{{"every Christmas", "XXXX-12-25", "", exp}, {"19th-century", "18", chrono.GrainCentury, exp}, {"twice daily", "P1D", "", exp}, {"once-weekly", "P1W", "", exp}, {"six nights a week", "P1W", "", exp}}},
	{"a count of days a week is a set", "He works five days a week.", "", []want{{"five days a week", "P1W", "", exp}}},
	{"a weekday ending a range from a day follows it", "Police received calls between 9pm on Friday 3 April 2026 and 2am on Saturday.", "", []want{{"9pm on Friday 3 April 2026 and 2am on Saturday", "2026-04-03T21:00/2026-04-04T02:00", min, rp}}},
	{"a range from a day to a weekday ends in publication's week", "It bought shares from Dec. 14 to Tuesday.", "", []want{{"Dec. 14 to Tuesday", "2025-12-14/2026-01-06", day, yi}}},
	{"a dateline's dash is no range", "COLOGNE, Jan 8 - Monday's share crash hit banks.", "", []want{{"Jan 8", "2026-01-08", day, yi}, {"Monday", "2026-01-05", day, rp}}},
	{"after midnight on a day is its small hours; a season's year carries in its sentence", "A man was killed shortly after midnight on Saturday. She played Woodstock in the summer of 1969, going on in the rain on Aug. 16.", "", []want{{"midnight on Saturday", "2026-01-03T00:00", min, rp}, {"the summer of 1969", "1969-SU", chrono.GrainSeason, exp}, {"Aug. 16", "1969-08-16", day, yi}}},
	{"three months to a quarter's end are that quarter", "Net income rose in the three months to Sept. 30, 2025, from $361 million a year earlier; sales jumped 31% from the prior-year period.", "", []want{{"the three months", "P3M", "", exp}, {"Sept. 30, 2025", "2025-09-30", day, exp}, {"a year earlier", "2024-Q3", chrono.GrainQuarter, rp}, {"the prior-year period", "2024-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"a quarter or half in a compound is no period", "England went out in the quarter-finals; the Fed made a quarter-point cut, the first half-point hike since 2000; Baker was intercepted twice in the second half.", "", []want{{"2000", "2000", yr, exp}}},
	{"a clock with its zone needs no other context; a table's LAST is no zone", "They host Sheffield United on Sunday (kick-off 14:00 GMT).\nCOMEX ALUMINUM 12:31\n  LAST CHANGE", "", []want{{"Sunday", "2026-01-11", day, rp}, {"14:00 GMT", "2026-01-11T14:00", min, chrono.RelativeToPrevious}}},
	{"a long relative clause keeps its own tense", "The Bank of Japan, which raised its policy rate to 0.75% in July, is next due to decide on policy in March.", "", []want{{"July", "2025-07", mon, yi}, {"March", "2026-03", mon, yi}}},
	{"a season named by its year", "It is their longest streak since the 2018 season.", "", []want{{"the 2018 season", "2018", yr, exp}}},
	{"a week on a weekday", "They face United in the quarter-finals a week on Sunday.", "", []want{{"a week on Sunday", "2026-01-18", day, rp}}},
	{"names between a present verb and its day do not count", "The Chiefs face the San Francisco 49ers at Allegiant Stadium on Sunday.", "", []want{{"Sunday", "2026-01-11", day, rp}}},
	{"plural present schedules", "MPs return to Westminster on Monday. The government, which faces a censure vote in parliament on Friday, unveiled a plan.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Friday", "2026-01-09", day, rp}}},
	{"a broadcast opening with good evening", "JAKE: good evening. Soon we will get Ohio, where polls close at 7:30. We have been here since 6 a.m.", "", []want{{"7:30", "2026-01-08T19:30", "", rp}, {"6 a.m.", "2026-01-08T06:00", "", rp}}},
	{"a clock soon after the one before is on its day, past a day of saying", "A man was killed shortly after midnight on Saturday, police said Monday. Officers were called at 12:14 a.m.", "", []want{{"midnight on Saturday", "2026-01-03T00:00", min, rp}, {"Monday", "2026-01-05", day, rp}, {"12:14 a.m.", "2026-01-03T00:14", min, chrono.RelativeToPrevious}}},
	{"what people expect lies ahead", "Economists expect no cut before the April-June quarter; delegates expect to reach an accord by Friday and officials expect work to start in August.", "", []want{{"the April-June quarter", "2026-Q2", chrono.GrainQuarter, yi}, {"Friday", "2026-01-09", day, rp}, {"August", "2026-08", mon, yi}}},
	{"the prior quarter after the year-ago one", "Net rose in the quarter ended Sept. 30 compared to the year-ago quarter. It softened from the prior quarter.", "", []want{{"the quarter", "2025-Q3", chrono.GrainQuarter, yi}, {"Sept. 30", "2025-09-30", day, yi}, {"the year-ago quarter", "2024-Q3", chrono.GrainQuarter, chrono.RelativeToPrevious}, {"the prior quarter", "2025-Q2", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"a put-off a few words before until", "The agency extended its deadline until 9 a.m. EST Friday, and the court adjourned the trial until Monday.", "", []want{{"9 a.m. EST Friday", "2026-01-09T09:00", min, rp}, {"Monday", "2026-01-12", day, rp}}},
	{"the latest fiscal year is the last complete one", "Sales rose in the latest fiscal year; profit fell in the most recent financial year and in the past fiscal year.", "", []want{{"the latest fiscal year", "2025", chrono.GrainYear, rp}, {"the most recent financial year", "2025", chrono.GrainYear, rp}, {"the past fiscal year", "2025", chrono.GrainYear, rp}}},
	{"a clock's own part of the day outranks the greeting", "Good afternoon, it is 4:30. A quake struck at 10:42 this morning. Polls close at 7:30.", "", []want{{"10:42 this morning", "2026-01-08T10:42", min, rp}, {"7:30", "2026-01-08T19:30", "", rp}}},
	{"a clock soon after the last one keeps its day over a paragraph", "A man was shot shortly after midnight on Saturday, police said Wednesday.\n\nOfficers were called at 12:14 a.m. and found him.", "", []want{{"midnight on Saturday", "2026-01-03T00:00", min, rp}, {"Wednesday", "2026-01-07", day, rp}, {"12:14 a.m.", "2026-01-03T00:14", min, chrono.RelativeToPrevious}}},
	{"a live blog's stamp keeps its own day after a clock", "Services should be back to normal by midday tomorrow.\n\n14:31\nA quick recap if you are just joining us.", "", []want{{"midday tomorrow", "2026-01-09T12:00", min, rp}, {"14:31", "2026-01-08T14:31", "", rp}}},
	{"a past form after a determiner is no verb", "Rice use may surpass production, causing stocks to fall to an estimated 67 million cwt on July 31.", "", []want{{"July 31", "2026-07-31", day, yi}}},
	{"a relative clause's present verb of schedule", "Shares gained after the company forecast growth in the new crop season, which begins on July 1.", "", []want{{"July 1", "2026-07-01", day, yi}}},
	{"a coordinated verb phrase after the day is another clause", "Trump held a rally outside Pittsburgh on Saturday and is scheduled to campaign in Arizona this weekend.", "", []want{{"Saturday", "2026-01-03", day, rp}, {"this weekend", "2026-W02-WE", chrono.GrainWeek, rp}}},
	{"a put-off before until after a month", "Final dividend deferred for tax advantage until after July 1 but not expected to be less than nine cents.", "", []want{{"July 1", "2026-07-01", day, yi}}},
	{"a put-off in -ing before through", "The orders include extending a pause on federal student loan payments through Sept. 30.", "", []want{{"Sept. 30", "2026-09-30", day, yi}}},
	{"a participle between commas has no tense", "The minister would attend the opening of the talks, convened by the cocoa body, in London on Monday. The boycott, proposed by the government, gives companies until late September to cut ties.", "", []want{{"Monday", "2026-01-12", day, rp}, {"late September", "2026-09", chrono.GrainMonth, yi}}},
	{"minutes later count from the clock before", "He left the club at 11.52pm on Saturday and returned six minutes later. Two hours later he was arrested.", "", []want{{"11.52pm on Saturday", "2026-01-03T23:52", min, rp}, {"six minutes later", "2026-01-03T23:58", min, chrono.RelativeToPrevious}, {"Two hours later", "2026-01-04T01:58", min, chrono.RelativeToPrevious}}},
	{"an hour earlier than a bare clock", "Polls closed at 8 p.m. and Aldrin followed 19 minutes later. An hour earlier, turnout was high.", "", []want{{"8 p.m.", "2026-01-08T20:00", "", rp}, {"19 minutes later", "2026-01-08T20:19", "", chrono.RelativeToPrevious}, {"An hour earlier", "2026-01-08T19:19", "", chrono.RelativeToPrevious}}},
	{"that summer is the season of the year named before", "In 1969 the moonwalk was watched by millions. That summer also brought Woodstock. The ministry said that summer tourism rose.", "", []want{{"1969", "1969", chrono.GrainYear, exp}, {"That summer", "1969-SU", chrono.GrainSeason, chrono.RelativeToPrevious}}},
	{"a stated weekday picks the year", "Six years ago, the anniversary was marked with a bank holiday on Friday 8 May.", "", []want{{"Six years ago", "2020", chrono.GrainYear, rp}, {"Friday 8 May", "2020-05-08", day, yi}}},
	{"the night before, then another clause", "Police were called at 1:40 a.m. Sunday. The party had started the night before and drawn 100 people. Streets were empty the evening before and after the vote.", "", []want{{"1:40 a.m. Sunday", "2026-01-04T01:40", min, rp}, {"the night before", "2026-01-03TNI", day, chrono.RelativeToPrevious}}},
	{"a market wrap's week at the end of its sentence", "Soybeans were headed for a gain of 1.2% for the week.", "", []want{{"the week", "2026-W02", wk, rp}}},
	{"a market wrap's week after on", "Treasury bills advanced on the week.", "", []want{{"the week", "2026-W02", wk, rp}}},
	{"a story's day goes on in its own sentence", "Eagle landed on July 20, 1969. Apollo 11 had launched four days earlier, and the crew splashed down on July 24.", "", []want{{"July 20, 1969", "1969-07-20", day, exp}, {"four days earlier", "1969-07-16", day, chrono.RelativeToPrevious}, {"July 24", "1969-07-24", day, chrono.RelativeToPrevious}}},
	{"a story's day goes on past a background year", "Challenger broke apart on Jan. 28, 1986, at 11:39 a.m. She had been chosen in 1985.\n\nThe launch, originally scheduled for Jan. 22, had been delayed by six days.", "", []want{{"Jan. 28, 1986, at 11:39 a.m.", "1986-01-28T11:39", min, exp}, {"1985", "1985", chrono.GrainYear, exp}, {"Jan. 22", "1986-01-22", day, chrono.RelativeToPrevious}, {"six days", "P6D", "", exp}}},
	{"a weekday before a time zone is no name", "The watches will be pulled after 3 p.m. Friday Eastern time.", "", []want{{"3 p.m. Friday", "2026-01-09T15:00", min, rp}}},
	{"decades and centuries ago are years", "A decade ago it was different, and a century ago it was a village.", "", []want{{"A decade ago", "2016", chrono.GrainYear, rp}, {"a century ago", "1926", chrono.GrainYear, rp}}},
	{"a year before ', when' gives the day its year", "The record low was set in 2023, when the ice peaked on Sept. 10.", "", []want{{"2023", "2023", chrono.GrainYear, exp}, {"Sept. 10", "2023-09-10", day, yi}}},
	{"a plan in the past perfect is gone by", "The hearing had been scheduled for Monday but was pushed back.", "", []want{{"Monday", "2026-01-05", day, rp}}},
	{"a year-less day ahead of which something is done", "Many were eager to campaign ahead of the Nov. 3 midterm elections.", "", []want{{"Nov. 3", "2026-11-03", day, yi}}},
	{"an irregular participle dates the past", "Profit will fall short of a forecast given in June. The board, chosen on Monday to lead it, has been given until October 16 to find a buyer.", "", []want{{"June", "2025-06", chrono.GrainMonth, yi}, {"Monday", "2026-01-05", day, rp}, {"October 16", "2026-10-16", day, yi}}},
	{"a recurring day of a month, and once per unit", "The price declines on each March 15, the festival is held every May 10, and the page is updated once per hour.", "", []want{{"each March 15", "XXXX-03-15", "", exp}, {"every May 10", "XXXX-05-10", "", exp}, {"once per hour", "PT1H", "", exp}}},
	{"the six months to a half's end, a year earlier", "Profit for the six months to Dec. 31 fell from A$2.4 billion a year earlier.", "", []want{{"the six months", "P6M", "", exp}, {"Dec. 31", "2025-12-31", day, yi}, {"a year earlier", "2024-H2", chrono.GrainHalf, rp}}},
	{"a month compared above a year ago", "Prices rose 0.3 pct in November to a level 7.1 pct above one year ago.", "", []want{{"November", "2025-11", chrono.GrainMonth, yi}, {"one year ago", "2024-11", chrono.GrainMonth, chrono.RelativeToPrevious}}},
	{"a compound counts as one word between a verb of schedule and its day", "Croatia and Morocco meet in the third-place playoff on Saturday.", "", []want{{"Saturday", "2026-01-10", day, rp}}},
	{"idioms, programmes, counts and games give no date", "A league serving 4,000 children a year called off its launch at the last minute after a last minute decision. Amazon carries Thursday Night Football. The starters sat out the second half of their final preseason game.", "", nil},
	{"data for a quarter, and a deadline month with a plan", "Futures imply a hike at the meeting next month and seven hikes by November. Wage price data for the December quarter, due next Wednesday, is expected to show pay rising.", "", []want{{"next month", "2026-02", chrono.GrainMonth, rp}, {"November", "2026-11", chrono.GrainMonth, yi}, {"the December quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"next Wednesday", "2026-01-14", day, rp}}},
	{"years ago tonight sets the story's night", "Thirty-five years ago tonight, she was ironing. In the summer of 1988, her application was refused. Within a year of that night, the country was one.", "", []want{{"Thirty-five years ago tonight", "1991-01-08TNI", day, rp}, {"the summer of 1988", "1988-SU", chrono.GrainSeason, exp}, {"a year", "P1Y", "", exp}, {"that night", "1991-01-08TNI", day, chrono.RelativeToPrevious}}},
	{"days later in a story count from its day", "Forty years ago today, an explosion tore through the colliery. He had gone underground in 1969. The last body was brought up four days later.", "", []want{{"Forty years ago today", "1986-01-08", day, rp}, {"1969", "1969", chrono.GrainYear, exp}, {"four days later", "1986-01-12", day, chrono.RelativeToPrevious}}},
	{"a story's clocks over a few sentences", "Thirty-five years ago tonight the border opened. Earlier that evening, the spokesman had said: \"Immediately.\" The press conference ended shortly before 7pm. Few had watched. By 11.30pm, the crowd was large.", "", []want{{"Thirty-five years ago tonight", "1991-01-08TNI", day, rp}, {"Earlier that evening", "1991-01-08TEV", day, chrono.RelativeToPrevious}, {"7pm", "1991-01-08T19:00", min, chrono.RelativeToPrevious}, {"11.30pm", "1991-01-08T23:30", min, chrono.RelativeToPrevious}}},
	{"days counted in a week are a set", "The exchange trades four days a week; factories work three to four days a week.", "", []want{{"four days a week", "P1W", "", exp}, {"three to four days a week", "P1W", "", exp}}},
	{"a weekly day with its clock recurs as one", "Services run every Sunday at 8am; choir meets every Monday at 10 in the hall.", "", []want{{"every Sunday at 8am", "XXXX-WXX-7T08:00", "", exp}, {"every Monday", "XXXX-WXX-1", "", exp}}},
	{"a gerund after a preposition and a past verb before a vote count", "Kettering moved up after coming from behind to beat Barrow 3-1 on Saturday. Classes will start later next fall, after the board voted 4-1 Tuesday night.", "", []want{{"Saturday", "2026-01-03", day, rp}, {"later next fall", "2026-FA", chrono.GrainSeason, rp}, {"Tuesday night", "2026-01-06TNI", day, rp}}},
	{"a month earlier than the month reported", "Output rose 16.7 pct in November after a 13.4 pct rise a month earlier and was 14.8 pct lower than 12 months earlier.", "", []want{{"November", "2025-11", chrono.GrainMonth, yi}, {"a month earlier", "2025-10", chrono.GrainMonth, chrono.RelativeToPrevious}, {"12 months earlier", "2024-11", chrono.GrainMonth, chrono.RelativeToPrevious}}},
	{"a stated weekday may overrule the tense by a year", "Celebrations began with a gala on Saturday 21 November, exactly 100 years after the first swimmers arrived.", "", []want{{"Saturday 21 November", "2026-11-21", day, yi}, {"100 years", "P100Y", "", exp}}},
	{"a named day ahead of which something is done", "The console will be on shelves well ahead of Thanksgiving.", "", []want{{"Thanksgiving", "2026-11-26", day, yi}}},
	{"a list of days runs on from its first", "Classes were suspended on Thursday and Friday.", "", []want{{"Thursday", "2026-01-08", day, rp}, {"Friday", "2026-01-09", day, chrono.RelativeToPrevious}}},
	{"a list of days out of order stays as told", "Statements were made Friday and Thursday.", "", []want{{"Friday", "2026-01-02", day, rp}, {"Thursday", "2026-01-08", day, rp}}},
	{"a year between a day ahead and its clock", "Saturday night, he is expected to start when the Mustangs open their 2026 season at home. Kickoff is at 7 p.m.", "", []want{{"Saturday night", "2026-01-10TNI", day, rp}, {"2026", "2026", chrono.GrainYear, exp}, {"7 p.m.", "2026-01-10T19:00", min, chrono.RelativeToPrevious}}},
	{"a when-clause's present verb of schedule", "The board had promised him money to spend, when the window reopens on 14 June.", "", []want{{"14 June", "2026-06-14", day, yi}}},
	{"a plan in the past perfect before its day", "He had been expected to join Millwall before the deadline at 11pm on Tuesday, but that deal collapsed.", "", []want{{"11pm on Tuesday", "2026-01-06T23:00", min, rp}}},
	{"a quarter of a year beside everyday verbs of sport", "The economy grew 0.5% in the first quarter, boosted by exporters rushing shipments abroad.", "", []want{{"the first quarter", "2026-Q1", chrono.GrainQuarter, yi}}},
	{"a year after 'until at least'", "Updates will continue until at least 2029; they sold at least 2030 units.", "", []want{{"2029", "2029", chrono.GrainYear, exp}}},
	{"most recently before the date that says when", "He was most recently seen in town. She has won all three, most recently in Madrid in May 2025.", "", []want{{"most recently", "PAST_REF", "", exp}, {"May 2025", "2025-05", chrono.GrainMonth, exp}}},
	{"a first or final day is no length", "On the final day the doors open early; he will act on his first day in office.", "", nil},
	{"a season qualifying a plural noun", "The winter swimmers are unbothered, and the final outcome of the winter crops, analysts said, is unclear.", "", nil},
	{"a frequency adverb after a place", "She has swum at the pool daily for years.", "", []want{{"daily", "P1D", "", exp}, {"years", "PXY", "", exp}}},
	{"this day last year", "On this day last year the dam was full.", "", []want{{"this day last year", "2025-01-08", day, rp}}},
	{"a base-form past after a modal", "The council will withdraw the water cut in the city from Monday.", "", []want{{"Monday", "2026-01-12", day, rp}}},
	{"the Lunar New Year by its table", "Sales rose ahead of the Lunar New Year holiday; Chinese New Year 2024 was quieter.", "", []want{{"Lunar New Year", "2026-02-17", day, yi}, {"Chinese New Year 2024", "2024-02-10", day, exp}}},
	{"fortnightly is every two weeks", "The council collects bins fortnightly.", "", []want{{"fortnightly", "P2W", "", exp}}},
	{"brought forward to a weekday", "The ceremony was brought forward to Tuesday.", "", []want{{"Tuesday", "2026-01-13", day, rp}}},
	{"a half of a race is no half year", "He covered the second half of the race in 63 minutes.", "", []want{{"63 minutes", "PT63M", "", exp}}},
	{"a span's end is no clock's day after it", "Leaders met weeks after elections held from June 6 to June 9.\n\nLeaders began arriving at about 3 p.m.", "", []want{{"June 6 to June 9", "2025-06-06/2025-06-09", day, yi}, {"3 p.m.", "2026-01-08T15:00", "", rp}}},
	{"a weekday after 'until at least'", "The road is expected to stay closed until at least Tuesday after heavy snow fell last night.", "", []want{{"Tuesday", "2026-01-13", day, rp}, {"last night", "2026-01-07TNI", day, rp}}},
	{"a year before ', and' and a new verb lends no year", "He signed the contract in July 2022, and missed six weeks in November with an ankle injury.", "", []want{{"July 2022", "2022-07", chrono.GrainMonth, exp}, {"six weeks", "P6W", "", exp}, {"November", "2025-11", chrono.GrainMonth, yi}}},
	{"a quarter or period of a stated year", "For the third quarter of 2027 it expects 1.5 billion, against one billion in the same period of 2026, and a recovery by the March quarter of 2028.", "", []want{{"the third quarter of 2027", "2027-Q3", chrono.GrainQuarter, exp}, {"the same period of 2026", "2026-Q3", chrono.GrainQuarter, rp}, {"the March quarter of 2028", "2028-Q1", chrono.GrainQuarter, exp}}},
	{"the same period of a stated year, no quarter named", "Sales fell from the same period of 2024.", "", []want{{"the same period of 2024", "2024", chrono.GrainYear, exp}}},
	{"the month of an event the text gave with its year", "Elections were held in July 2021 and Nov. 2021. The coalition formed after the November vote collapsed.", "", []want{{"July 2021", "2021-07", chrono.GrainMonth, exp}, {"Nov. 2021", "2021-11", chrono.GrainMonth, exp}, {"November", "2021-11", chrono.GrainMonth, chrono.RelativeToPrevious}}},
	{"the night of a day is one time", "Crowds gathered on the night of 31 December 1999. By 4am the streets were empty.", "", []want{{"the night of 31 December 1999", "1999-12-31TNI", day, exp}, {"4am", "2000-01-01T04:00", min, chrono.RelativeToPrevious}}},
	{"a clock in a clause on last night's session", "Carrow won five frames in last night's session, which finished shortly before 11pm.", "", []want{{"last night", "2026-01-07TNI", day, rp}, {"11pm", "2026-01-07T23:00", min, chrono.RelativeToPrevious}}},
	{"a clock in a clause on a day's game", "He joins in time for Saturday's home game against Phoenix, which tips off at 7 p.m. PT.", "", []want{{"Saturday", "2026-01-10", day, rp}, {"7 p.m. PT", "2026-01-10T19:00", min, chrono.RelativeToPrevious}}},
	{"a day ahead gives no day to a clock told in the past", "Results are due on Monday. Turnout was 25.6% by 4 p.m., the commission said.", "", []want{{"Monday", "2026-01-12", day, rp}, {"4 p.m.", "2026-01-08T16:00", "", rp}}},
	{"financial years counted", "R3.5bn was set aside over the next three financial years.", "", []want{{"the next three financial years", "P3Y", "", exp}}},
	{"one day after a subject is some day", "He hopes he one day follows his father into space.", "", []want{{"one day", "FUTURE_REF", "", exp}}},
	{"one day before a clause ahead is some day", "If the aim is to stop imports, one day it will be extended to cars.", "", []want{{"one day", "FUTURE_REF", "", exp}}},
	{"one day taken after a modal is a length", "The inspection will take one day to finish.", "", []want{{"one day", "P1D", "", exp}}},
	{"a market wrap's week is the session's", "Stocks fell on Friday. For the week, the Dow lost 2%.", "", []want{{"Friday", "2026-01-02", day, rp}, {"the week", "2026-W01", wk, chrono.RelativeToPrevious}}},
	{"the week's after last week is last week", "Rig counts fell last week. Most of the week's decrease came in Texas.", "", []want{{"last week", "2026-W01", wk, rp}, {"the week", "2026-W01", wk, chrono.RelativeToPrevious}}},
	{"the week's with no session named is this week", "Shares rose on news of the deal. The week's biggest gainer was Intel.", "", []want{{"The week", "2026-W02", wk, rp}}},
	{"a year-ago period after a forecast's horizon is the reported quarter's", "Acme posted a 54% drop in fourth-quarter profit. Analysts expect losses through the third quarter of 2027. Acme earned $46.9 million. In the year-ago period, it earned $101 million.", "", []want{{"fourth-quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"the third quarter of 2027", "2027-Q3", chrono.GrainQuarter, exp}, {"the year-ago period", "2024-Q4", chrono.GrainQuarter, chrono.RelativeToPrevious}}},
	{"weeks later from a day is a day", "He was arrested on Dec. 6 and charged two weeks later.", "", []want{{"Dec. 6", "2025-12-06", day, yi}, {"two weeks later", "2025-12-20", day, chrono.RelativeToPrevious}}},
	{"weeks later from a month is the month it likely ends in", "The lockdown began in March 2020. Two weeks later, hospitals filled.", "", []want{{"March 2020", "2020-03", mon, exp}, {"Two weeks later", "2020-03", mon, chrono.RelativeToPrevious}}},
	{"weeks later this year than last is a length compared", "The harvest came three weeks later this year than last.", "", []want{{"three weeks", "P3W", "", exp}, {"this year", "2026", yr, rp}}},
	{"a year in parentheses after a title", `He recorded "Uptown Slide" (1958) and "Monday Again" (1963).`, "", []want{{"1958", "1958", yr, exp}, {"1963", "1963", yr, exp}}},
	{"an early year after from", "The galleries hold a ship's log from 1786 and a model.", "", []want{{"1786", "1786", yr, exp}}},
	{"a year after on before a clause", "People will look back on 2003 as a warning.", "", []want{{"2003", "2003", yr, exp}}},
	{"a year as the subject of had or would", "Copernicus said 2025 had been the third-warmest year. He said 2027 would be worse.", "", []want{{"2025", "2025", yr, exp}, {"2027", "2027", yr, exp}}},
	{"a count before had been and a passive is no year", "Police said 2000 had been arrested.", "", nil},
	{"a date set for a hearing is ahead", "Judge Hale set sentencing for Feb. 10 and set the trial for Monday.", "", []want{{"Feb. 10", "2026-02-10", day, yi}, {"Monday", "2026-01-12", day, rp}}},
	{"a record set for a month is not a schedule", "He set a record for December sales.", "", []want{{"December", "2025-12", mon, yi}}},
	{"no year from a relative clause closed before the date", "Pickett, who took office in January 2015, was placed on leave Dec. 3.", "", []want{{"January 2015", "2015-01", mon, exp}, {"Dec. 3", "2025-12-03", day, yi}}},
	{"the previous day after a delivery month is publication's", "Brent for May delivery rose 43 cents. Prices had gained 70 cents the previous day.", "", []want{{"May", "2026-05", mon, yi}, {"the previous day", "2026-01-07", day, rp}}},
	{"the previous day in the past skips a day ahead", "Oil rose on Tuesday after OPEC agreed to cut output from Feb. 1. Prices had gained 70 cents the previous day.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"Feb. 1", "2026-02-01", day, yi}, {"the previous day", "2026-01-05", day, chrono.RelativeToPrevious}}},
	{"next in a compound tells no future", "Gas for next-day delivery traded at 210p a therm on Tuesday.", "", []want{{"Tuesday", "2026-01-06", day, rp}}},
	{"could hardly tells of the past", "By Tuesday he could hardly breathe.", "", []want{{"Tuesday", "2026-01-06", day, rp}}},
	{"a closing attribution's day moves no story on", "Cases hit 1,284 last week, the agency said on Tuesday. That was up from 1,097 the previous week.", "", []want{{"last week", "2026-W01", wk, rp}, {"Tuesday", "2026-01-06", day, rp}, {"the previous week", "2025-W52", wk, chrono.RelativeToPrevious}}},
	{"a clock in the next paragraph keeps the night before", "At least 23 people were killed as the typhoon tore across the north on Tuesday night, flattening homes and cutting power to much of the Cagayan Valley, disaster officials said on Wednesday.\n\nMirasol made landfall in Isabela province at about 10 p.m.", "", []want{{"Tuesday night", "2026-01-06TNI", day, rp}, {"Wednesday", "2026-01-07", day, rp}, {"10 p.m.", "2026-01-06T22:00", min, chrono.RelativeToPrevious}}},
	{"a story of yesterday keeps its clock over a paragraph", "Brennan won the nomination yesterday, beating two rivals.\n\nWith all 14 precincts reporting shortly after 10 p.m., Brennan had 2,214 votes.", "", []want{{"yesterday", "2026-01-07", day, rp}, {"10 p.m.", "2026-01-07T22:00", min, chrono.RelativeToPrevious}}},
	{"a market's stamp after yesterday is publication's", "The dollar closed at 1.85 marks yesterday.\n\nIn early trading at 0930 GMT it fell to 1.84.", "", []want{{"yesterday", "2026-01-07", day, rp}, {"0930 GMT", "2026-01-08T09:30", "", rp}}},
	{"a clock after a day's event keeps the event's day", "The by-election coincided with Tuesday's elections for police commissioners. Polls closed at 10pm, but counting began this morning.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"10pm", "2026-01-06T22:00", min, chrono.RelativeToPrevious}, {"this morning", "2026-01-08TMO", day, rp}}},
	{"no year from a participle's clause closed before the date", "The office, raided 135 times since August 2019, was last raided in November.", "", []want{{"August 2019", "2019-08", mon, exp}, {"November", "2025-11", mon, yi}}},
	{"a capitalised decade word alone is the decade", "Nineties guitar heroes reunite, and Eighties pop is back.", "", []want{{"Nineties", "199", chrono.GrainDecade, exp}, {"Eighties", "198", chrono.GrainDecade, exp}}},
	{"a decade word after a possessive is an age", "He is in his Nineties now and still plays.", "", []want{{"now", "PRESENT_REF", "", exp}}},
	{"Anzac Day and Waitangi Day", "Centres will close for Anzac Day; Waitangi Day is next.", "", []want{{"Anzac Day", "2026-04-25", day, yi}, {"Waitangi Day", "2026-02-06", day, yi}}},
	{"a weekday closing a quoted title is no date", `The finalists include Marcus Oyelaran's "The Long Tuesday," a novel.`, "", nil},
	{"a range between a stated day and a comma-closed year", "Books published between Oct. 1, 2024, and Sept. 30 qualify.", "", []want{{"Oct. 1, 2024, and Sept. 30", "2024-10-01/2025-09-30", day, yi}}},
	{"the previous week after a year counts from the week reported, each time", "Sales totaled 5,988 tons in the week ended Jan. 2, the highest this year. That was up from 4,000 the previous week, and exports were 11 pct above the prior week.", "", []want{{"the week", "P1W", "", exp}, {"Jan. 2", "2026-01-02", day, yi}, {"this year", "2026", yr, rp}, {"the previous week", "2025-W52", wk, chrono.RelativeToPrevious}, {"the prior week", "2025-W52", wk, chrono.RelativeToPrevious}}},
	{"the previous week after a year skips the day of a closing attribution", "Cases hit 1,284 last week, the highest in a single week this year, the agency said on Tuesday.\n\nThat was up from 1,097 the previous week.", "", []want{{"last week", "2026-W01", wk, rp}, {"a single week", "P1W", "", exp}, {"this year", "2026", yr, rp}, {"Tuesday", "2026-01-06", day, rp}, {"the previous week", "2025-W52", wk, chrono.RelativeToPrevious}}},
	{"to take effect looks ahead", "It has asked regulators for another increase, to take effect July 1.", "", []want{{"July 1", "2026-07-01", day, yi}}},
	{"years earlier in a story from a month is the year", "The fine came in July 2021, after inspections four years earlier. Sales rose 3% in May 2021 from two years earlier.", "", []want{{"July 2021", "2021-07", mon, exp}, {"four years earlier", "2017", yr, chrono.RelativeToPrevious}, {"May 2021", "2021-05", mon, exp}, {"two years earlier", "2019-05", mon, chrono.RelativeToPrevious}}},
	{"take or last before bare units is a length", "Refloating could take months, and repairs may last weeks. It will take days, not hours.", "", []want{{"months", "PXM", "", exp}, {"weeks", "PXW", "", exp}, {"days", "PXD", "", exp}, {"hours", "PTXH", "", exp}}},
	{"the last days of a season are no length taken", "The last days of summer were hot.", "", nil},
	{"the first days of a season and year", "The first days of spring 2024 were cold.", "", []want{{"The first days of spring 2024", "2024-SP", chrono.GrainSeason, exp}}},
	{"a saying since a day long gone brings the clock back to the news", "In Tasmania, where a fire tore through the town on December 4, police said on Tuesday that all residents had been found.\n\nResidents of three villages were told to leave by 10:00 am.", "", []want{{"December 4", "2025-12-04", day, yi}, {"Tuesday", "2026-01-06", day, rp}, {"10:00 am", "2026-01-08T10:00", "", rp}}},
	{"a clock outside a quotation takes no day from inside it", `"It is as dangerous as last Tuesday," the commissioner told reporters at a 6:00 am briefing.`, "", []want{{"last Tuesday", "2026-01-06", day, rp}, {"6:00 am", "2026-01-08T06:00", "", rp}}},
	{"a story of today keeps its clocks today's after yesterday", "Travelers faced a second day of cancellations today after the carrier scrapped 62 flights yesterday.\n\nAs of 6 a.m., the airline had canceled 48 departures.", "", []want{{"today", "2026-01-08", day, rp}, {"yesterday", "2026-01-07", day, rp}, {"6 a.m.", "2026-01-08T06:00", "", rp}}},
	{"rates of counts a few words back are no lengths", "The pipeline carries 1m barrels of Caspian crude a day. Commuters will lose 14 peak-hour trains a week, and households will pay $3.10 more a month.", "", nil},
	{"within a year after a count is still a length", "It will be expanded to 65 stores within a year.", "", []want{{"a year", "P1Y", "", exp}}},
	{"a day long gone after a recent one in its paragraph gives no clock its day", "Troops traded fire overnight in the worst fighting since a truce took effect on Christmas Day.\n\nA spokesman said 140 shells landed before 4 a.m.", "", []want{{"overnight", "2026-01-07TNI", day, rp}, {"Christmas Day", "2025-12-25", day, yi}, {"4 a.m.", "2026-01-08T04:00", "", rp}}},
	{"takes effect looks ahead in any clause", "Consolidation has cut the lines from 20 in 2015 to 11 today, and the merger takes effect in June.", "", []want{{"2015", "2015", yr, exp}, {"today", "2026-01-08", day, rp}, {"June", "2026-06", mon, yi}}},
	{"a sentence opening on last year sets its year", "Next year, it will fly passengers between Dec. 19 and Jan. 4.", "", []want{{"Next year", "2027", yr, rp}, {"Dec. 19 and Jan. 4", "2027-12-19/2028-01-04", day, yi}}},
	{"a participle opening an aside governs its date", "The truce, negotiated at the end of September, expires on May 1.", "", []want{{"the end of September", "2025-09", mon, yi}, {"May 1", "2026-05-01", day, yi}}},
	{"a quarter of at the very end of a text", "Output rose 1.1 pct in the fourth quarter of", "", []want{{"the fourth quarter", "2025-Q4", chrono.GrainQuarter, yi}}},
	{"on hold is no verb of schedule", "The Federal Reserve kept its rates on hold on Wednesday.", "", []want{{"Wednesday", "2026-01-07", day, rp}}},
	{"announces in the present schedules its day", "Rival Sagarmala announces its results on Friday.", "", []want{{"Friday", "2026-01-09", day, rp}}},
	{"a day long gone in an aside gives no clock its day", "The index surpassed its previous peak of 26,271.85, hit on Dec. 7. The index opened firm at 9.15 am.", "", []want{{"Dec. 7", "2025-12-07", day, yi}, {"9.15 am", "2026-01-08T09:15", "", rp}}},
	{"remains set for is scheduled", "Graduation remains set for July 28, and four closings are set for June 20.", "", []want{{"July 28", "2026-07-28", day, yi}, {"June 20", "2026-06-20", day, yi}}},
	{"a story of early yesterday keeps its clock", "A station attendant was threatened during a robbery early yesterday.\n\nDetectives said a man walked in at about 3.40am.", "", []want{{"early yesterday", "2026-01-07", day, rp}, {"3.40am", "2026-01-07T03:40", min, chrono.RelativeToPrevious}}},
	{"time alone is a time, not a date", "The meeting starts at 11:15 in Paris.", "", []want{{"11:15", "2026-01-08T11:15", "", rp}}},
	{"a score is no time", "They led 11:15 at half-time.", "", nil},
	{"decimal", "Output was 5.93 mln against 5.81.", "", nil},
	{"sat sun abbreviations", "He sat in the Sun reading.", "", nil},
	{"newspaper named for a day", "The Sunday Express poll put them ahead.", "", nil},
	{"name with a weekday", "Wednesday Addams starred in it.", "", nil},
	{"titles", "He said on \"This Week\" and on CBS's 60 Minutes, like in High Noon.", "", nil},
	{"a quote opening on a date", "He said: “Today we signed.”", "", []want{{"Today", "2026-01-08", day, rp}}},
	{"weekday before a name after on", "It opens on Wednesday Paris time.", "", []want{{"Wednesday", "2026-01-14", day, rp}}},
	{"prices, phones, pages", "It cost $2026 and 1,500 euros; call 555-1234 or 212-555-0100 about the 1,500-page bill.", "", nil},
	{"bare year count", "It costs 2026 dollars.", "", nil},
	{"year after of with count", "a force of 2000 soldiers", "", nil},
	{"day range", "The fair runs March 3-10.", "", []want{{"March 3-10", "2026-03-03/2026-03-10", day, yi}}},
	{"day range en dash, year", "Talks ran Jan. 6–8, 2026 in Paris.", "", []want{{"Jan. 6–8, 2026", "2026-01-06/2026-01-08", day, exp}}},
	{"from to years", "He served from 2019 to 2021.", "", []want{{"2019 to 2021", "2019/2021", yr, exp}}},
	{"between months", "Prices rose between March and May.", "", []want{{"March and May", "2026-03/2026-05", mon, yi}}},
	{"month-day range", "The exhibition runs Jan. 6–Feb. 2.", "", []want{{"Jan. 6–Feb. 2", "2026-01-06/2026-02-02", day, yi}}},
	{"day-first range", "The fair runs 6-8 March.", "", []want{{"6-8 March", "2026-03-06/2026-03-08", day, yi}}},
	{"day-first range in words", "Talks ran from 6th to 8th January 2025.", "", []want{{"6th to 8th January 2025", "2025-01-06/2025-01-08", day, exp}}},
	{"day-first range between", "It closed between 3 and 5 December.", "", []want{{"3 and 5 December", "2025-12-03/2025-12-05", day, yi}}},
	{"month-first range with to", "The fair runs March 2 to 9, and trading from March 6 to April 2.", "", []want{{"March 2 to 9", "2026-03-02/2026-03-09", day, yi}, {"March 6 to April 2", "2026-03-06/2026-04-02", day, yi}}},
	{"no range in a dateline", "ATLANTA, March 5 - Seven managers left; PITTSBURGH, April 1 - 4th qtr net.", "", []want{{"March 5", "2026-03-05", day, yi}, {"April 1", "2026-04-01", day, yi}, {"4th qtr", "2025-Q4", chrono.GrainQuarter, yi}}},
	{"no range of an amount", "It raises the tax rate on April 1 to 15 pct.", "", []want{{"April 1", "2026-04-01", day, yi}}},
	{"no range of a count", "He was sentenced on Jan. 5 to 20 years; it rose on March 3 to 12 points, to 15%.", "", []want{{"Jan. 5", "2026-01-05", day, yi}, {"20 years", "P20Y", "", exp}, {"March 3", "2026-03-03", day, yi}}},
	{"no range of a clock", "They meet March 5 to 7 p.m.", "", []want{{"March 5", "2026-03-05", day, yi}, {"7 p.m.", "2026-03-05T19:00", min, chrono.RelativeToPrevious}}},
	{"no range in a dashed dateline", "CAIRO, March 5 — 12 people die; JAKARTA, March 19 – 26 people flee.", "", []want{{"March 5", "2026-03-05", day, yi}, {"March 19", "2026-03-19", day, yi}}},
	{"a spaced dash range", "The fair runs January 6 - 8. Talks run March 2 until 9.", "", []want{{"January 6 - 8", "2026-01-06/2026-01-08", day, yi}, {"March 2 until 9", "2026-03-02/2026-03-09", day, yi}}},
	{"two days of one month", "Elections are on April 12 and 26, polls on May 3 and 4.", "", []want{{"April 12", "2026-04-12", day, yi}, {"26", "2026-04-26", day, chrono.RelativeToPrevious}, {"May 3 and 4", "2026-05-03/2026-05-04", day, yi}}},
	{"days of two months", "It runs March 6 to 9 April.", "", []want{{"March 6 to 9 April", "2026-03-06/2026-04-09", day, yi}}},
	{"day-first range of", "It runs from the 6th to 8th of March, or 9—11 April.", "", []want{{"the 6th to 8th of March", "2026-03-06/2026-03-08", day, yi}, {"9—11 April", "2026-04-09/2026-04-11", day, yi}}},
	{"two days, no range", "They met on 6 and 8 January.", "", []want{{"8 January", "2026-01-08", day, yi}}},
	{"named weekdays", "Stocks crashed on Black Monday; Super Tuesday and Bloody Sunday came later.", "", nil},
	{"shopping days", "Sales on Black Friday and Cyber Monday fell.", "", []want{{"Black Friday", "2025-11-28", day, yi}, {"Cyber Monday", "2025-12-01", day, yi}}},
	{"church feasts", "Ash Wednesday, Palm Sunday and Easter Monday 2026.", "", []want{{"Ash Wednesday", "2026-02-18", day, yi}, {"Palm Sunday", "2026-03-29", day, yi}, {"Easter Monday 2026", "2026-04-06", day, exp}}},
	{"a change over a unit", "A year-on-year comparison and a month-over-month gain.", "", nil},
	{"a deadline ahead", "Cyprus has until Monday to raise the money, the bank warned on Wednesday.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Wednesday", "2026-01-07", day, rp}}},
	{"years before 1800", "Congress first met in 1789. In 1066, the Normans came; it fell in 1453 when the walls broke.", "", []want{{"1789", "1789", yr, exp}, {"1066", "1066", yr, exp}, {"1453", "1453", yr, exp}}},
	{"early numbers that are amounts", "It rose in 1500 cases, in 1200, 1300 and 1400 tonnes, and since 1650 dlrs.", "", nil},
	{"a plan looks ahead", "Officials said they did not plan to remove him on Tuesday. They hoped to finish by June.", "", []want{{"Tuesday", "2026-01-13", day, rp}, {"June", "2026-06", mon, yi}}},
	{"due to is a cause", "The decline was due to remarks on Sunday by the minister.", "", []want{{"Sunday", "2026-01-04", day, rp}}},
	{"a sentence on what is to come", "In a joint statement with the minister, it said two new flights would leave Bombay on Monday and Tuesday nights from March 30, with the third departing each Thursday from August 6.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Tuesday nights", "XXXX-WXX-2TNI", "", exp}, {"March 30", "2026-03-30", day, yi}, {"each Thursday", "XXXX-WXX-4", "", exp}, {"August 6", "2026-08-06", day, yi}}},
	{"a new paragraph", "Pay March 30\n    NOTE: Prior qtr is for October.", "", []want{{"March 30", "2026-03-30", day, yi}, {"October", "2025-10", mon, yi}}},
	{"a quote closes a sentence", "\"Talks resume on March 3.\" Then the October accord.", "", []want{{"March 3", "2026-03-03", day, yi}, {"October", "2025-10", mon, yi}}},
	{"this quarter's results reported", "It reported a loss for the fourth quarter ended Dec. 31. This quarter's loss includes charges; this quarter will be better.", "", []want{{"the fourth quarter", "2025-Q4", chrono.GrainQuarter, yi}, {"Dec. 31", "2025-12-31", day, chrono.RelativeToPrevious}, {"This quarter", "2025-Q4", chrono.GrainQuarter, rp}, {"this quarter", "2026-Q1", chrono.GrainQuarter, rp}}},
	{"clock minutes under 13", "The blast came at 9:05 a.m., a second at 4:00 p.m. and a third at 12:30 a.m.", "", []want{{"9:05 a.m.", "2026-01-08T09:05", "", rp}, {"4:00 p.m.", "2026-01-08T16:00", "", rp}, {"12:30 a.m.", "2026-01-08T00:30", "", rp}}},
	{"scheduled in the present", "He returns to Washington on Saturday. The deadline is Monday. United face Chelsea on Sunday.", "", []want{{"Saturday", "2026-01-10", day, rp}, {"Monday", "2026-01-12", day, rp}, {"Sunday", "2026-01-11", day, rp}}},
	{"a fixture's day in the future", "Sunday's election will be closely watched, but Monday's attack will be investigated.", "", []want{{"Sunday", "2026-01-11", day, rp}, {"Monday", "2026-01-05", day, rp}}},
	{"a clock on the day before it", "A vigil is planned for Friday at 7 p.m. A man was shot late Tuesday night. Officers came at about 11:45 p.m. Prices closed Monday. Wednesday's final touched 71.8 at 1300 GMT.", "", []want{{"Friday at 7 p.m.", "2026-01-09T19:00", min, rp}, {"late Tuesday night", "2026-01-06TNI", day, rp}, {"11:45 p.m.", "2026-01-06T23:45", min, chrono.RelativeToPrevious}, {"Monday", "2026-01-05", day, rp}, {"Wednesday", "2026-01-07", day, rp}, {"1300 GMT", "2026-01-08T13:00", "", rp}}},
	{"that night, that September", "The talks opened on Tuesday. The first ballot came that evening. In 2008 the bank failed. That September, Lehman collapsed; a drought that summer in Texas cut output.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"that evening", "2026-01-06TEV", day, chrono.RelativeToPrevious}, {"2008", "2008", yr, exp}, {"That September", "2008-09", mon, chrono.RelativeToPrevious}, {"that summer", "2008-SU", chrono.GrainSeason, chrono.RelativeToPrevious}}},
	{"that opening a clause", "In 2008 he said that November orders rose and told a dinner that December's deficit was small.", "", []want{{"2008", "2008", yr, exp}, {"November", "2025-11", mon, yi}, {"December", "2025-12", mon, yi}}},
	{"months as first names", "Ms. April Ryan asked, and analyst June Page said August Wilson's plays ran in October. January Brent rose; the July Economic Summit met.", "", []want{{"October", "2025-10", mon, yi}, {"January", "2026-01", mon, yi}, {"July", "2025-07", mon, yi}}},
	{"names that begin with a date or a length", "He fought in the Six-Day War and the Thirty Years War, signed the Good Friday Agreement, went on The Tonight Show and Fox News Sunday, told the Mail on Sunday and won at the Winter Olympics.", "", nil},
	{"half a unit", "It took half an hour, then half a year; for more than half a century, a quarter-century.", "", []want{{"half an hour", "PT30M", "", exp}, {"half a year", "P6M", "", exp}, {"more than half a century", "P50Y", "", exp}, {"a quarter-century", "P25Y", "", exp}}},
	{"the past decade is a length", "Violence fell over the past decade and the past century, as in the last decade.", "", []want{{"the past decade", "P10Y", "", exp}, {"the past century", "P100Y", "", exp}, {"the last decade", "201", chrono.GrainDecade, rp}}},
	{"a clock in a city's time", "The bank will announce its decision at 12:45 p.m. London time on Friday.", "", []want{{"12:45 p.m. London time on Friday", "2026-01-09T12:45", min, rp}}},
	{"a month in the present", "The deadline is in July and the tax break ends in October. Qtr ends Dec 31.", "", []want{{"July", "2026-07", mon, yi}, {"October", "2026-10", mon, yi}, {"Qtr", "2025-Q4", chrono.GrainQuarter, yi}, {"Dec 31", "2025-12-31", day, yi}}},
	{"forecast to, a report's day", "Inflation is forecast to peak in September. Friday's jobs report will be watched.", "", []want{{"September", "2026-09", mon, yi}, {"Friday", "2026-01-09", day, rp}}},
	{"counts between", "It fell in four of the past five sessions, after three consecutive quarters and the past two fiscal years. He said that 1987 full year sales rose.", "", []want{{"three consecutive quarters", "P9M", "", exp}, {"the past two fiscal years", "P2Y", "", exp}, {"1987", "1987", yr, exp}}},
	{"over the next decade", "Jobs will grow over the next decade.", "", []want{{"the next decade", "P10Y", "", exp}}},
	{"in the next decade", "Demand will peak early in the next decade. In the 1980s prices fell and in the following decade they rose.", "", []want{{"the next decade", "203", chrono.GrainDecade, rp}, {"the 1980s", "198", chrono.GrainDecade, exp}, {"the following decade", "199", chrono.GrainDecade, chrono.RelativeToPrevious}}},
	{"in the morning", "Stocks fell on Tuesday as dealers bought in the morning, not in the afternoon session.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"the morning", "2026-01-06TMO", day, chrono.RelativeToPrevious}}},
	{"fall the season", "Sales slumped in the fall, after the fall in prices and the fall of the dollar.", "", []want{{"the fall", "2025-FA", chrono.GrainSeason, rp}}},
	{"is expected", "A decision is expected on Tuesday.", "", []want{{"Tuesday", "2026-01-13", day, rp}}},
	{"the final quarter", "GDP fell in the final quarter of 2012 and rose in the last quarter of 2011.", "", []want{{"the final quarter of 2012", "2012-Q4", chrono.GrainQuarter, exp}, {"the last quarter of 2011", "2011-Q4", chrono.GrainQuarter, exp}}},
	{"earlier in the day", "Stocks closed lower on Tuesday night after rising earlier in the day.", "", []want{{"Tuesday night", "2026-01-06TNI", day, rp}, {"earlier in the day", "2026-01-06", day, chrono.RelativeToPrevious}}},
	{"decimal and grouped counts", "The bonds mature in 2.5 years; ice cores span 800,000 years, from some 40,000 years ago; it had 78,000 qtr prior.", "", []want{{"2.5 years", "P2.5Y", "", exp}, {"800,000 years", "P800000Y", "", exp}, {"some 40,000 years ago", "PAST_REF", "", exp}}},
	{"earlier in the day, another sentence", "Prices rose on Friday. Iran had warned earlier in the day.", "", []want{{"Friday", "2026-01-02", day, rp}, {"earlier in the day", "2026-01-08", day, rp}}},
	{"May scheduled", "The IPO is slated for May. The offering could come as soon as March.", "", []want{{"May", "2026-05", mon, yi}, {"March", "2026-03", mon, yi}}},
	{"end- and mid-", "Reserves rose at end-November and will be shipped by end-March, with a review by mid-year.", "", []want{{"end-November", "2025-11", mon, yi}, {"end-March", "2026-03", mon, yi}, {"mid-year", "2026", yr, rp}}},
	{"more holidays", "Markets shut on Presidents' Day and Martin Luther King Day; Mardi Gras and Mother's Day came later.", "", []want{{"Presidents' Day", "2026-02-16", day, yi}, {"Martin Luther King Day", "2026-01-19", day, yi}, {"Mardi Gras", "2026-02-17", day, yi}, {"Mother's Day", "2025-05-11", day, yi}}},
	{"in the morning after a news day", "The market crashed on Tuesday. Dealers bought in the morning. It was founded on June 5, 1990. Shares fell in the afternoon.", "", []want{{"Tuesday", "2026-01-06", day, rp}, {"the morning", "2026-01-06TMO", day, chrono.RelativeToPrevious}, {"June 5, 1990", "1990-06-05", day, exp}, {"the afternoon", "2026-01-08TAF", day, rp}}},
	{"review: months, clocks, names", "Traders said April Brent was quoted at 18.20. The strike lasted from 0600 until 1400. Investors were surprised by the fall. The stage is set for May's deal. Unions Sign Two-Year Agreement With Ford.", "", []want{{"April", "2025-04", mon, yi}, {"Two-Year", "P2Y", "", exp}}},
	{"review: headlines, mid-year, holidays", "June Retail Sales Rise Most Since 2010. Results are due by mid-year 2014. They lost a five year black market case. Sales rose on Mother's Day.", "", []want{{"June", "2025-06", mon, yi}, {"2010", "2010", yr, exp}, {"mid-year 2014", "2014", yr, exp}, {"five year", "P5Y", "", exp}, {"Mother's Day", "2025-05-11", day, yi}}},
	{"second probe: scheduling", "The law takes effect Monday. The hearing is set for Tuesday. Schools remain closed until Wednesday. With preorders beginning Friday, stores are busy.", "", []want{{"Monday", "2026-01-12", day, rp}, {"Tuesday", "2026-01-13", day, rp}, {"Wednesday", "2026-01-14", day, rp}, {"Friday", "2026-01-09", day, rp}}},
	{"second probe: values", "The curfew begins at 10pm tonight. The blast happened two hours ago, 24 hours earlier than feared. He had beaten Djokovic in the final a year ago, on the last day of the tour.", "", []want{{"10pm tonight", "2026-01-08T22:00", min, rp}, {"two hours ago", "2026-01-08", day, rp}, {"24 hours", "PT24H", "", exp}, {"a year ago", "2025", yr, rp}}},
	{"second probe: last summer, earlier in the day", "Prices spiked last winter. He was arrested on Monday. Earlier in the day, he had posted a video.", "", []want{{"last winter", "2024-WI", chrono.GrainSeason, rp}, {"Monday", "2026-01-05", day, rp}, {"Earlier in the day", "2026-01-05", day, chrono.RelativeToPrevious}}},
	{"for the fiscal year, Person of the Year", "Net will fall for the fiscal year. Time named her Person of the Year.", "", []want{{"the fiscal year", "2026", yr, rp}}},
	{"a range's year at its end", "The shootings occurred between March 3 and March 9, 2019; exports rose from December to February 2020.", "", []want{{"March 3 and March 9, 2019", "2019-03-03/2019-03-09", day, yi}, {"December to February 2020", "2019-12/2020-02", mon, yi}}},
	{"weekdays in the plural", "The museum closes on Tuesdays, staff at TGI Fridays said.", "", []want{{"Tuesdays", "XXXX-WXX-2", "", exp}}},
	{"a 24-hour clock in local time", "The blast happened at 0530 local time (0230 GMT).", "", []want{{"0530 local time", "2026-01-08T05:30", "", rp}, {"0230 GMT", "2026-01-08T02:30", "", rp}}},
	{"ahead of, the deadline, the 28th", "Ahead of the vote Friday, leaders met. Monday is the deadline. The count is on the 28th, not on the 28th floor.", "", []want{{"Friday", "2026-01-09", day, rp}, {"Monday", "2026-01-12", day, rp}, {"the 28th", "2026-01-28", day, rp}}},
	{"a recurrence before a noun", "It gives the daily tally of inspections in his weekly radio address, unlike average daily volume, the daily in Havana, the People's Daily article and what the daily said.", "", []want{{"daily", "P1D", "", exp}, {"weekly", "P1W", "", exp}}},
	{"a part of a century", "It was built in the late 19th century and rebuilt in the mid-20th century.", "", []want{{"the late 19th century", "18", chrono.GrainCentury, exp}, {"the mid-20th century", "19", chrono.GrainCentury, exp}}},
	{"days that name events", "He was charged over the Jan. 6 attack; the Sept. 11 attacks changed everything; we met on Sept 11.", "", []want{{"Jan. 6", "2021-01-06", day, yi}, {"Sept. 11", "2001-09-11", day, yi}, {"Sept 11", "2025-09-11", day, yi}}},
	{"in years after a superlative", "Profits grew for the first time in years; it was the deadliest attack in months.", "", []want{{"years", "PXY", "", exp}, {"months", "PXM", "", exp}}},
	{"in years without a superlative", "The bond pays one pct in years one and two; gains in hours worked; options offered in months in which trading is open.", "", nil},
	{"9/11 names the attacks", "Security has tightened since 9/11.", "", []want{{"9/11", "2001-09-11", day, yi}}},
	{"post-9/11", "In post-9/11 America, flights changed.", "", []want{{"9/11", "2001-09-11", day, yi}}},
	{"a compared date lends no year", "Sales rose to 300,000 from 210,084 in December 2024 but were well above November's 157,357.", "", []want{{"December 2024", "2024-12", mon, exp}, {"November", "2025-11", mon, yi}}},
	{"hours later, from the clock before", "The shooting happened at 2:30 a.m. Tuesday. The suspect was arrested about 12 hours later.", "", []want{{"2:30 a.m. Tuesday", "2026-01-06T02:30", min, rp}, {"about 12 hours later", "2026-01-06T14:30", min, chrono.RelativeToPrevious}}},
	{"a length in two units", "The match lasted two hours and 27 minutes; he served 2 years and 6 months.", "", []want{{"two hours and 27 minutes", "PT2H27M", "", exp}, {"2 years and 6 months", "P2Y6M", "", exp}}},
	{"past verbs over scheduling words", "Asian shares recovered after sharp falls on Monday. Ford agreed to sell its unit on Tuesday. He told ABC News Wednesday it was dead; thousands marched in Scotland on Sunday.", "", []want{{"Monday", "2026-01-05", day, rp}, {"Tuesday", "2026-01-06", day, rp}, {"Wednesday", "2026-01-07", day, rp}, {"Sunday", "2026-01-04", day, rp}}},
	{"that May the person", "In 2016 Britain voted to leave. That May survived the vote was a surprise.", "", []want{{"2016", "2016", yr, exp}}},
	{"no range backwards", "It moved from 2021 to 2019.", "", []want{{"2021", "2021", yr, exp}, {"2019", "2019", yr, exp}}},
}

func TestRecognize(t *testing.T) {
	for _, tt := range recognizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := chrono.NewRecognizer(tt.order).Recognize(tt.text, pub)
			if len(got) != len(tt.want) {
				t.Fatalf("Recognize(%q): got %d mentions %v, want %d %v", tt.text, len(got), show(got), len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				g := got[i]
				start := strings.Index(tt.text, w.text)
				if g.Start != start || g.End != start+len(w.text) || g.Text != w.text {
					t.Errorf("mention %d: got %q at %d-%d, want %q at %d-%d", i, g.Text, g.Start, g.End, w.text, start, start+len(w.text))
				}
				if g.Date.Value != w.value || g.Date.Grain != w.grain || g.Resolution != w.res {
					t.Errorf("mention %d %q: got %s %s %s (%s), want %s %s %s", i, w.text, g.Date.Value, g.Date.Grain, g.Resolution, g.Why, w.value, w.grain, w.res)
				}
				if g.Why == "" {
					t.Errorf("mention %d %q: no explanation", i, w.text)
				}
			}
		})
	}
}

func show(ms []chrono.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%q=%s/%s/%s", m.Text, m.Date.Value, m.Date.Grain, m.Resolution))
	}
	return out
}

func TestRecognizeIntervals(t *testing.T) {
	tests := []struct {
		text       string
		start, end string
	}{
		{"last month", "2025-12-01", "2025-12-31"},
		{"last week", "2025-12-29", "2026-01-04"},
		{"last year", "2025-01-01", "2025-12-31"},
		{"the 1990s", "1990-01-01", "1999-12-31"},
		{"last quarter", "2025-10-01", "2025-12-31"},
		{"January 6", "2026-01-06", "2026-01-06"},
		{"last weekend", "2026-01-03", "2026-01-04"},
	}
	r := chrono.NewRecognizer("")
	for _, tt := range tests {
		ms := r.Recognize(tt.text, pub)
		if len(ms) != 1 {
			t.Errorf("%q: got %v, want one mention", tt.text, show(ms))
			continue
		}
		if got := chrono.ISO(ms[0].Date.Start) + ".." + chrono.ISO(ms[0].Date.End); got != tt.start+".."+tt.end {
			t.Errorf("%q: got interval %s, want %s..%s", tt.text, got, tt.start, tt.end)
		}
	}
}

func TestRecognizeAmbiguousAndInferred(t *testing.T) {
	r := chrono.NewRecognizer(chrono.OrderAuto)
	ms := r.Recognize("Filed 03/04/2026.", pub)
	if len(ms) != 1 || !ms[0].Ambiguous {
		t.Fatalf("03/04/2026 with no evidence: got %v, want one ambiguous mention", show(ms))
	}
	ms = r.Recognize("Filed 03/04/2026 and 13/04/2026.", pub)
	if len(ms) != 2 || ms[0].Ambiguous {
		t.Fatalf("03/04/2026 beside 13/04/2026: got %+v, want decided day-first", ms)
	}
	ref := chrono.Anchor{Day: chrono.Day(2026, 1, 8)}
	ms = r.Recognize("He said last month that on January 6 and in 2019 it was fine, as since March.", ref)
	wantInferred := []bool{true, true, false, true}
	wantRes := []chrono.Resolution{rr, yi, exp, yi}
	if len(ms) != 4 {
		t.Fatalf("got %v, want 4 mentions", show(ms))
	}
	for i, m := range ms {
		if m.Inferred != wantInferred[i] || m.Resolution != wantRes[i] {
			t.Errorf("%q against a reference: got inferred=%v %s, want %v %s", m.Text, m.Inferred, m.Resolution, wantInferred[i], wantRes[i])
		}
	}
}

func TestRecognizeMods(t *testing.T) {
	tests := []struct{ text, want string }{
		{"early 2025", "START"},
		{"late November", "END"},
		{"mid-2025", "MID"},
		{"the end of March", "END"},
		{"more than two decades", "MORE_THAN"},
		{"at least 72 hours", "EQUAL_OR_MORE"},
		{"nearly four years ago", "APPROX"},
		{"January 2025", ""},
	}
	r := chrono.NewRecognizer("")
	for _, tt := range tests {
		ms := r.Recognize(tt.text, pub)
		if len(ms) != 1 || ms[0].Text != tt.text {
			t.Errorf("%q: got %v, want one mention of it all", tt.text, show(ms))
			continue
		}
		if ms[0].Mod != tt.want {
			t.Errorf("%q: mod %q, want %q", tt.text, ms[0].Mod, tt.want)
		}
	}
}

func TestRecognizeTypes(t *testing.T) {
	tests := []struct{ text, expr, typ string }{
		{"It lasted three years.", "three years", chrono.TypeDuration},
		{"It happens twice a year.", "twice a year", chrono.TypeSet},
		{"They meet three times a week.", "three times a week", chrono.TypeSet},
		{"They meet every week.", "every week", chrono.TypeSet},
		{"They meet every other week.", "every other week", chrono.TypeSet},
		{"They meet every few days.", "every few days", chrono.TypeSet},
		{"They meet every other Monday.", "every other Monday", chrono.TypeSet},
		{"He left at 10 p.m. Wednesday.", "10 p.m. Wednesday", chrono.TypeTime},
		{"Polls close at 11:15.", "11:15", chrono.TypeTime},
		{"He speaks tonight.", "tonight", chrono.TypeTime},
		{"They met Friday night.", "Friday night", chrono.TypeTime},
		{"They left the next morning.", "the next morning", chrono.TypeTime},
		{"Now it is calm.", "Now", chrono.TypeDate},
		{"It rained on January 6.", "January 6", chrono.TypeDate},
	}
	r := chrono.NewRecognizer("")
	for _, tt := range tests {
		var got []string
		for _, m := range r.Recognize(tt.text, pub) {
			got = append(got, m.Text+"="+m.Type)
		}
		if want := tt.expr + "=" + tt.typ; strings.Join(got, " ") != want {
			t.Errorf("%q: got %v, want %s", tt.text, got, want)
		}
	}
}

// checkJoined recognizes each case's text, against pub, and compares its
// mentions, each written by show and joined by spaces, with the case's want.
func checkJoined(t *testing.T, cases []struct{ text, want string }, show func(chrono.Mention) string) {
	t.Helper()
	checkJoinedAt(t, pub, cases, show)
}

// checkJoinedAt is checkJoined against another anchor.
func checkJoinedAt(t *testing.T, a chrono.Anchor, cases []struct{ text, want string }, show func(chrono.Mention) string) {
	t.Helper()
	r := chrono.NewRecognizer("")
	for _, tt := range cases {
		var got []string
		for _, m := range r.Recognize(tt.text, a) {
			got = append(got, show(m))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, g, tt.want)
		}
	}
}

func textValue(m chrono.Mention) string { return m.Text + "=" + m.Date.Value }

// TestRecognizeLastMonthByName: "last February" said in March is not last
// month, which the writer would have called so, but a year back; with a
// day, "last March 5" is the latest such day gone by.
// TestRecognizeNewYear: "the new year" near a year's turn is the coming
// year in December, the current one in January, and nothing in summer.
func TestRecognizeNewYear(t *testing.T) {
	for _, tt := range []struct {
		day  time.Time
		want string
	}{
		{chrono.Day(2023, 12, 20), "the new year=2024"},
		{chrono.Day(2024, 1, 4), "the new year=2024"},
		{chrono.Day(2024, 7, 4), ""},
	} {
		checkJoinedAt(t, chrono.Anchor{Day: tt.day, Published: true}, []struct{ text, want string }{
			{"Talks resume in the new year.", tt.want},
		}, textValue)
	}
}

func TestRecognizeLastMonthByName(t *testing.T) {
	march15 := chrono.Anchor{Day: chrono.Day(2026, 3, 15), Published: true}
	tests := []struct{ text, want string }{
		{"Sales fell from 40,012 last February.", "last February=2025-02"},
		{"Sales fell from 40,012 last December.", "last December=2025-12"},
		{"Two helicopters crashed last February.", "last February=2025-02"},
		{"The shortfall in February was small; the shortfall last February was based on ten members.", "February=2026-02 last February=2026-02"},
		{"The index hit 68.72 in the week ended last March 5.", "the week=P1W last March 5=2026-03-05"},
		{"He resigned last November 25 and returns next March 20.", "last November 25=2025-11-25 next March 20=2026-03-20"},
		{"It was signed last March 15, and prices rose in the last March week.", "last March 15=2025-03-15 March=2026-03"},
	}
	checkJoinedAt(t, march15, tests, textValue)
}

// TestRecognizeCues: rules do not run on "the", "in" or "a" unless a word
// that may belong to a date follows within three words, nor on amounts;
// these dates have no other cue near their first word.
func TestRecognizeCues(t *testing.T) {
	tests := []struct{ text, want string }{
		{"In the present, tensions rule.", "the present=PRESENT_REF"},
		{"Rates hold in the near term.", "the near term=FUTURE_REF"},
		{"It grows in the latter half of\n1987, he said.", "the latter half of\n1987=1987-H2"},
		{"It ends at the end of the month as planned.", "the end of the month=2026-01"},
		{"Songs of the nineties returned.", "the nineties=199"},
		{"In the end, sales of 1,500 shares rose 10.75 pct to 2.5 mln in a week.", "a week=P1W"},
		{"The meeting starts at 11.30am on Friday, not 11.30.", "11.30am on Friday=2026-01-09T11:30"},
		{"Polls closed at 9.45 p.m. GMT, up 10.25 pct.", "9.45 p.m. GMT=2026-01-08T21:45"},
	}
	checkJoined(t, tests, textValue)
}

// TestRecognizeEventDates: a date counted from an event is dated by the
// earlier sentence that names the event near a date of its own.
func TestRecognizeEventDates(t *testing.T) {
	const killed = "Smith was shot to death on the night of Oct. 23 in his kitchen. "
	tests := []struct{ text, want string }{
		{killed + "A jogger saw a car 10 days before the murder.", "the night of Oct. 23=2025-10-23TNI 10 days=2025-10-13"},
		{killed + "Two men came the day after his death.", "the night of Oct. 23=2025-10-23TNI the day=2025-10-24"},
		{killed + "He buried the rifle in the weeks before the fatal shooting.", "the night of Oct. 23=2025-10-23TNI the weeks=2025-10"},
		{killed + "A jogger saw the car at 6 a.m. ten days before the shooting.", "the night of Oct. 23=2025-10-23TNI 6 a.m. ten days=2025-10-13T06:00"},
		{killed + "Two months after the killing, police made an arrest.", "the night of Oct. 23=2025-10-23TNI Two months=2025-12"},
		{killed + "He hid the rifle in the days before the shooting. A jogger saw a car 10 days before the murder.", "the night of Oct. 23=2025-10-23TNI the days=2025-10 10 days=2025-10-13"},
		{killed + "Two months after the killing, police made an arrest. In the weeks after the killing, they searched.", "the night of Oct. 23=2025-10-23TNI Two months=2025-12 the weeks=2025-10"},
		{"The vote was held on March 31, 2025. A month after the vote, prices rose.", "March 31, 2025=2025-03-31 A month=2025-04"},
		{"The vote was held on March 31, 2025. The week after the vote, they met.", "March 31, 2025=2025-03-31 The week=2025-W15"},
		{"The election was held on Nov. 4, 2025. A week after the election, results came.", "Nov. 4, 2025=2025-11-04 A week=2025-11-11"},
		{"The trial opened on May 2, 2025. Ten days after the trial began, a verdict came.", "May 2, 2025=2025-05-02 Ten days=2025-05-12"},
		// the phrase's own sentence dates another happening
		{"Smith was shot dead on Oct. 23, ten days after the murder of his brother.", "Oct. 23=2025-10-23 ten days=P10D"},
		// no event dated: a length of time, as before
		{"A jogger saw a car 10 days before the murder.", "10 days=P10D"},
		{killed + "Polls closed ten days before the vote.", "the night of Oct. 23=2025-10-23TNI ten days=P10D"},
		// the date of a report, or a date far from the event's word
		{"Police said Friday the shooting was planned. A week after the shooting, a car was found.", "Friday=2026-01-02 A week=P1W"},
		{"On Oct. 23, investigators who had worked for weeks searched the site of the shooting. A week after the shooting, a car was found.", "Oct. 23=2025-10-23 weeks=PXW A week=P1W"},
		// other events, and things
		{"Sniper shootings hit doctors in November. A week after the shooting, a car was found.", "November=2025-11 A week=P1W"},
		{killed + "Two months after his team was blocked, it resumed.", "the night of Oct. 23=2025-10-23TNI Two months=P2M"},
	}
	checkJoined(t, tests, textValue)
}

// TestTagRanges: TimeML annotates each end of a range on its own.
func TestTagRanges(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Talks ran 6 to 8 January 2025.", "6=2025-01-06@10-11 8 January 2025=2025-01-08@15-29"},
		{"Talks run 6th–8th March.", "6th=2026-03-06@10-13 8th March=2026-03-08@14-23"},
		{"Talks ran Jan. 6-8, 2025.", "Jan. 6=2025-01-06@10-16 8, 2025=2025-01-08@17-24"},
		{"Borrowing falls in 2013-14 and from 2015 to 2016.", "2013-14=2013@19-26 2015=2015@36-40 2016=2016@44-48"},
	}
	r := chrono.NewRecognizer("")
	for _, tt := range tests {
		var got []string
		for _, x := range r.Tag(tt.text, pub.Day) {
			got = append(got, fmt.Sprintf("%s=%s@%d-%d", x.Text, x.Value, x.Start, x.End))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, g, tt.want)
		}
	}
}

// TestRecognizeStated: what the text stated of a value, X for the rest.
func TestRecognizeStated(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Talks ran 1-8 January.", "1-8 January=XXXX-01-01/XXXX-01-08 1=XXXX-01-01 8 January=XXXX-01-08"},
		{"Talks ran January 1-8, 2026.", "January 1-8, 2026=2026-01-01/2026-01-08 January 1=2026-01-01 8, 2026=2026-01-08"},
		{"It fell the day after March 1, 2024.", "the day after March 1, 2024=XXXX-XX-XX"},
		{"He was shot on Oct. 23. Ten days before the shooting, a car was seen.", "Oct. 23=XXXX-10-23 Ten days=XXXX-XX-XX"},
	}
	checkJoined(t, tests, func(m chrono.Mention) string {
		if m.Range != nil {
			return m.Text + "=" + m.Stated + " " + m.Range.From.Text + "=" + m.Range.From.Stated + " " + m.Range.To.Text + "=" + m.Range.To.Stated
		}
		return m.Text + "=" + m.Stated
	})
}

// TestImpossibleDates: days a month does not have, and years out of reach,
// are no dates, rather than dates rolled over into the next month.
func TestImpossibleDates(t *testing.T) {
	r := chrono.NewRecognizer("")
	a := chrono.Anchor{Day: chrono.Day(2026, 1, 8), Published: true}
	tests := []struct {
		text string
		want string // the mentions' values, space-separated
	}{
		{"The deal was signed on February 30, 2026.", ""},
		{"It happened on February 30.", ""},
		{"The 45th of May was sunny, unlike the 5th of May.", "2025-05-05"},
		{"By 31 April 2025 and on 29 February 2025 and 29 February 2024.", "2024-02-29"},
		{"Talks ran June 28-31, 2026 and February 27-29, 2024.", "2024-02-27/2024-02-29"},
		{"In the year 99999, and in 12345, nothing happened.", ""},
		{"Dated 31/02/2026, 2026-02-30, 30.02.2026 and 2026-13-01.", ""},
		{"On 32 January 2026 they met.", "2026-01"}, // the month stands
	}
	for _, tt := range tests {
		var got []string
		for _, m := range r.Recognize(tt.text, a) {
			got = append(got, m.Date.Value)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
