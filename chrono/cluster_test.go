package chrono_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chrono-news/chrono/chrono"
)

// storyRows analyses articles as ingest does and returns their events as
// chronology rows, document IDs numbered from 1 in the order given.
func storyRows(t testing.TB, paths ...string) []chrono.Row {
	t.Helper()
	sp, err := chrono.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	r := chrono.NewRecognizer("")
	var rows []chrono.Row
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := chrono.ParseDocument(p, b, chrono.Date{}, r)
		if err != nil {
			t.Fatal(err)
		}
		doc.ID = int64(i + 1)
		if doc.Published.IsZero() {
			doc.Reference = chrono.Day(2026, 1, 8)
		}
		_, events := chrono.Analyze(doc, r, sp)
		for k, e := range events {
			e.ID = doc.ID*100 + int64(k)
			e.DocumentID = doc.ID
			rows = append(rows, chrono.Row{Event: e, Source: doc})
		}
	}
	return rows
}

func stories(names ...string) []string {
	var out []string
	for _, n := range names {
		out = append(out, filepath.Join("testdata", "stories", n+".txt"))
	}
	return out
}

func seedPaths() []string {
	return []string{
		filepath.Join("..", "seeds", "caliber-us-declines-security-guarantees.txt"),
		filepath.Join("..", "seeds", "intl-affairs-witkoff-dodges-commitment.txt"),
	}
}

// entryAbout returns the entry one of whose mentions' sentences contains text.
func entryAbout(t *testing.T, entries []chrono.Entry, text string) chrono.Entry {
	t.Helper()
	for _, e := range entries {
		for _, m := range e.Mentions {
			if strings.Contains(m.Sentence, text) {
				return e
			}
		}
	}
	t.Fatalf("no entry mentions %q", text)
	return chrono.Entry{}
}

func sources(e chrono.Entry) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		if n := filepath.Base(m.Source.Path); !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func actorNames(e chrono.Entry) map[string]chrono.ActorKind {
	m := map[string]chrono.ActorKind{}
	for _, a := range e.Actors {
		m[a.Name] = a.Kind
	}
	return m
}

// The seeds: the Paris meeting is one entry from both articles, in
// conflict (January 6 against "today", 8 January); Peskov's December
// statement is another; each names its actors.
func TestEntriesSeeds(t *testing.T) {
	entries := chrono.BuildEntries(storyRows(t, seedPaths()...), nil, chrono.DefaultEntryOptions)
	if len(entries) != 2 {
		t.Fatalf("%d entries, want 2: %+v", len(entries), entries)
	}
	peskov, paris := entries[0], entries[1]
	if peskov.Date.Value != "2025-12" || peskov.Sources != 1 || peskov.Conflict {
		t.Errorf("Peskov entry: %s, %d sources, conflict %v; want 2025-12, 1, false", peskov.Date.Value, peskov.Sources, peskov.Conflict)
	}
	if got := actorNames(peskov); got["Dmitry Peskov"] != chrono.Person || got["Kremlin"] != chrono.Org || got["Russia"] != chrono.Place {
		t.Errorf("Peskov entry actors %v, want Dmitry Peskov (person), Kremlin (org), Russia (place)", peskov.Actors)
	}
	if paris.Date.Value != "2026-01-06" || paris.Sources != 2 || !paris.Conflict || len(paris.Mentions) != 3 {
		t.Errorf("Paris entry: %s, %d sources, %d mentions, conflict %v; want 2026-01-06, 2, 3, true",
			paris.Date.Value, paris.Sources, len(paris.Mentions), paris.Conflict)
	}
	var dates []string
	for _, d := range paris.Dates {
		dates = append(dates, d.Date.Value+" "+string(d.Resolution))
	}
	if want := []string{"2026-01-06 year-inferred", "2026-01-08 relative-to-publication"}; !reflect.DeepEqual(dates, want) {
		t.Errorf("Paris entry dates %q, want %q", dates, want)
	}
	if got := actorNames(paris); got["Paris"] != chrono.Place || got["France"] != chrono.Place {
		t.Errorf("Paris entry actors %v, want Paris and France among them", paris.Actors)
	}
	if paris.Headline != "European leaders unveiled a detailed plan in Paris to bolster Kyiv" {
		t.Errorf("Paris headline %q", paris.Headline)
	}
}

// Constructed stories: three reports of one strike on the same day (one
// "on Monday", one "today", one "on March 9") merge; an earthquake that day
// stays apart; two reports of one ministers' meeting dated March 3 and
// March 4 are one entry in conflict.
func TestEntriesStories(t *testing.T) {
	rows := storyRows(t, stories("strike-nos", "strike-wire", "strike-followup", "quake", "gas-council", "gas-diplomats")...)
	entries := chrono.BuildEntries(rows, nil, chrono.DefaultEntryOptions)

	strike := entryAbout(t, entries, "Dock workers at the port of Rotterdam")
	if got, want := sources(strike), []string{"strike-nos.txt", "strike-wire.txt", "strike-followup.txt"}; !sameSet(got, want) {
		t.Errorf("strike sources %q, want %q", got, want)
	}
	if strike.Date.Value != "2026-03-09" || strike.Conflict || strike.Sources != 3 {
		t.Errorf("strike: %s, conflict %v, %d sources; want 2026-03-09, no conflict, 3", strike.Date.Value, strike.Conflict, strike.Sources)
	}
	quake := entryAbout(t, entries, "earthquake")
	if quake.Key == strike.Key || quake.Date.Value != "2026-03-09" || quake.Sources != 1 {
		t.Errorf("quake: entry %s (strike %s), %s, %d sources; want its own entry on 2026-03-09", quake.Key, strike.Key, quake.Date.Value, quake.Sources)
	}
	gas := entryAbout(t, entries, "March 3")
	if !gas.Conflict || gas.Sources != 2 || len(gas.Dates) != 2 {
		t.Errorf("gas meeting: conflict %v, %d sources, dates %+v; want a conflict of 2 sources", gas.Conflict, gas.Sources, gas.Dates)
	}
	if got := actorNames(gas); got["European Union"] != chrono.Org || got["Brussels"] != chrono.Place {
		t.Errorf("gas meeting actors %v, want European Union (org), Brussels (place)", gas.Actors)
	}
	// Corroboration: three sources outweigh one.
	if strike.Confidence <= quake.Confidence {
		t.Errorf("strike confidence %.2f not above quake %.2f", strike.Confidence, quake.Confidence)
	}
	// The key date of the lot is the strike's day.
	top := chrono.FilterEntries(entries, chrono.Filter{Top: 1})
	for _, e := range top {
		if e.Date.Value != "2026-03-09" {
			t.Errorf("--top 1 kept %s (%s), want only 2026-03-09", e.Date.Value, e.Headline)
		}
	}
	if len(top) != 2 {
		t.Errorf("--top 1 kept %d entries, want the strike and the quake", len(top))
	}
}

// Two companies' dividend notes share their record day and little else:
// "Record March 31" says too little to make one happening of them.
func TestEntriesThinSentences(t *testing.T) {
	rows := storyRows(t, filepath.Join("testdata", "wire", "div-acme.txt"), filepath.Join("testdata", "wire", "div-baker.txt"))
	var record []chrono.Row
	for _, r := range rows {
		if strings.HasPrefix(r.Sentence, "Record March 31") {
			record = append(record, r)
		}
	}
	if len(record) != 2 {
		t.Fatalf("found %d 'Record March 31' events, want one in each note", len(record))
	}
	for _, e := range chrono.BuildEntries(rows, nil, chrono.DefaultEntryOptions) {
		if e.Sources > 1 {
			t.Errorf("entry %s %q has %d sources, want every note apart", e.Date.Value, e.Text, e.Sources)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

// Corrections hold whatever order the entries come in, and find their
// entry by the content of its mentions.
func TestEntriesCorrections(t *testing.T) {
	rows := storyRows(t, stories("strike-nos", "strike-wire", "strike-followup", "quake", "gas-council", "gas-diplomats")...)
	base := chrono.BuildEntries(rows, nil, chrono.DefaultEntryOptions)
	strike := entryAbout(t, base, "Dock workers")
	quake := entryAbout(t, base, "earthquake")
	gas := entryAbout(t, base, "March 3")
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)

	tests := []struct {
		name  string
		corr  chrono.Correction
		check func(t *testing.T, entries []chrono.Entry)
	}{
		{"date", chrono.NewCorrection(chrono.CorrectDate, &gas, "2026-03-04", "council minutes", at), func(t *testing.T, es []chrono.Entry) {
			e := entryAbout(t, es, "March 3")
			if !e.Analyst || e.Date.Value != "2026-03-04" || e.Computed.Value != "2026-03-03" || e.Note != "council minutes" {
				t.Errorf("corrected: analyst %v, %s (computed %s), note %q", e.Analyst, e.Date.Value, e.Computed.Value, e.Note)
			}
		}},
		{"exclude", chrono.NewCorrection(chrono.Exclude, &quake, "", "", at), func(t *testing.T, es []chrono.Entry) {
			if e := entryAbout(t, es, "earthquake"); !e.Excluded {
				t.Error("quake not excluded")
			}
			for _, e := range chrono.FilterEntries(es, chrono.Filter{}) {
				if e.Key == quake.Key {
					t.Error("an excluded entry passed the default filter")
				}
			}
		}},
		{"note", chrono.NewCorrection(chrono.Annotate, &strike, "", "union figures", at), func(t *testing.T, es []chrono.Entry) {
			if e := entryAbout(t, es, "Dock workers"); e.Note != "union figures" {
				t.Errorf("note %q", e.Note)
			}
		}},
		{"merge", chrono.Correction{Kind: chrono.Merge, Entry: strike.Key, Keys: []string{strike.Key, quake.Key}, At: at}, func(t *testing.T, es []chrono.Entry) {
			if a, b := entryAbout(t, es, "Dock workers"), entryAbout(t, es, "earthquake"); a.Key != b.Key {
				t.Error("strike and quake still apart")
			}
		}},
		{"split", chrono.NewCorrection(chrono.Split, &strike, "", "", at), func(t *testing.T, es []chrono.Entry) {
			a, b := entryAbout(t, es, "Dock workers"), entryAbout(t, es, "went on strike today")
			if a.Key == b.Key || len(a.Mentions) != 1 {
				t.Errorf("split: %d mentions left together", len(a.Mentions))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.check(t, chrono.BuildEntries(rows, []chrono.Correction{tt.corr}, chrono.DefaultEntryOptions))
			// The rows in another order, with another article added: same result.
			more := append(storyRows(t, seedPaths()...), rows...)
			for i, j := 0, len(more)-1; i < j; i, j = i+1, j-1 {
				more[i], more[j] = more[j], more[i]
			}
			for i := range more { // document IDs of the seeds and stories must not clash
				if strings.Contains(more[i].Source.Path, "seeds") {
					more[i].DocumentID += 1000
				}
			}
			tt.check(t, chrono.BuildEntries(more, []chrono.Correction{tt.corr}, chrono.DefaultEntryOptions))
		})
	}
}

func TestActors(t *testing.T) {
	tests := []struct {
		sentence string
		want     []chrono.Actor
	}{
		{"ELMWOOD PARK, N.J., March 2 - Medco Containment Services Inc declared a dividend.",
			[]chrono.Actor{{"Medco Containment Services Inc", chrono.Org}}},
		{"CALGARY, Alberta, March 2 - Shr 81 cts vs 2.78 dlrs", nil},
		{"Pay April One Record March Two", nil},
		{"German Chancellor Friedrich Merz said Berlin was open to deploying forces.",
			[]chrono.Actor{{"Friedrich Merz", chrono.Person}, {"Berlin", chrono.Place}}},
		{"U.S. envoy Steve Witkoff said the protocols were ready.",
			[]chrono.Actor{{"U.S.", chrono.Place}, {"Steve Witkoff", chrono.Person}}},
		{"The European Commission and NATO met in Brussels on Monday.",
			[]chrono.Actor{{"European Commission", chrono.Org}, {"NATO", chrono.Org}, {"Brussels", chrono.Place}}},
		{"Shares of Acme Corp rose after the Bank of England cut rates.",
			[]chrono.Actor{{"Acme Corp", chrono.Org}, {"Bank of England", chrono.Org}}},
		{"Going into today's meeting, leaders were hopeful.", nil},
		{"However, French troops stayed in Mali.", []chrono.Actor{{"Mali", chrono.Place}}},
		{"Washington's absence from the final declaration cast doubts.", []chrono.Actor{{"Washington", chrono.Place}}},
		{"In Paris Witkoff dodges hard US commitment to Kyiv", []chrono.Actor{{"Paris", chrono.Place}, {"Witkoff", chrono.Name}, {"US", chrono.Place}, {"Kyiv", chrono.Place}}},
		{"Officials in New York and Hong Kong Exchange traders agreed.", []chrono.Actor{{"New York", chrono.Place}, {"Hong Kong Exchange", chrono.Org}}},
		{"On Tuesday, January 6, nothing happened.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := chrono.Actors(tt.sentence); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Actors() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMergeActors(t *testing.T) {
	got := chrono.MergeActors(
		[]chrono.Actor{{"Macron", chrono.Name}, {"Paris", chrono.Place}},
		[]chrono.Actor{{"Emmanuel Macron", chrono.Person}, {"Macron", chrono.Name}},
	)
	want := []chrono.Actor{{"Emmanuel Macron", chrono.Person}, {"Paris", chrono.Place}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MergeActors() = %v, want %v", got, want)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		sentence, expr, want string
	}{
		{"European leaders, joined by Ukrainian officials, unveiled a detailed plan in Paris on January 6 to bolster Kyiv—including deploying troops.",
			"January 6", "European leaders unveiled a detailed plan in Paris to bolster Kyiv"},
		{"Russia has already said it won’t accept foreign forces, although Kremlin spokesperson Dmitry Peskov said last month that it was “a subject for discussion.”",
			"last month", "Kremlin spokesperson Dmitry Peskov said that it was a subject for discussion"},
		{`He said on Monday that "talks would go on`, "Monday", "He said that talks would go on"},
		{"Going into today’s meeting, European leaders were once again expressing optimism.",
			"today", "European leaders were once again expressing optimism"},
		{"The leaders of France and the U.K. announced today that they signed a declaration of intent to send their troops to Ukrainian soil.",
			"today", "The leaders of France and the U.K. announced that they signed a…"},
		{"On Monday, dock workers walked out.", "Monday", "Dock workers walked out"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			k := strings.Index(tt.sentence, tt.expr)
			if got := chrono.Headline(tt.sentence, k, k+len(tt.expr)); got != tt.want {
				t.Errorf("Headline() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCleanSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"WASHINGTON (Reuters) - The dollar  rose\non Monday.", "The dollar rose on Monday."},
		{"SAN JOSE, Calif., March 11 - Heublein said it will phase out operations.", "Heublein said it will phase out operations."},
		{"Prices rose - and fell - on March 11 - a record.", "Prices rose - and fell - on March 11 - a record."},
		{"Talks resumed today. read more in our Telegram-channel https://t.me/x", "Talks resumed today."},
		{"Photo: NBC News", ""},
		{"By Aghakazim Guliyev", ""},
		{"See https://example.com for the text of the March 3 deal.", "See for the text of the March 3 deal."},
	}
	for _, tt := range tests {
		if got := chrono.CleanSentence(tt.in); got != tt.want {
			t.Errorf("CleanSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMergeActorsSpellings(t *testing.T) {
	got := chrono.MergeActors([]chrono.Actor{{"U.S.", chrono.Place}}, []chrono.Actor{{"US", chrono.Place}, {"U.S.", chrono.Place}})
	if want := []chrono.Actor{{"U.S.", chrono.Place}}; !reflect.DeepEqual(got, want) {
		t.Errorf("MergeActors() = %v, want %v", got, want)
	}
}
