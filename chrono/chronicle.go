package chrono

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Chronicle rebuilds the chronology entries from every stored event and
// the analysts' corrections, and stores them. Ingest, rebuild and every
// correction end with it, so entries always follow events.
func Chronicle(ctx context.Context, s Store, opt EntryOptions) ([]Entry, error) {
	rows, err := s.Timeline(ctx, Filter{})
	if err != nil {
		return nil, fmt.Errorf("chronicle: %w", err)
	}
	corr, err := s.Corrections(ctx)
	if err != nil {
		return nil, fmt.Errorf("chronicle: %w", err)
	}
	entries := BuildEntries(rows, corr, opt)
	if err := s.SaveEntries(ctx, entries); err != nil {
		return nil, fmt.Errorf("chronicle: %w", err)
	}
	return entries, nil
}

// FilterEntries keeps the entries f selects, in their order.
func FilterEntries(entries []Entry, f Filter) []Entry {
	keep := f.matcher()
	var out []Entry
	for i := range entries {
		if keep(&entries[i]) {
			out = append(out, entries[i])
		}
	}
	if f.Top > 0 {
		out = topDays(out, f.Top)
	}
	return out
}

// matcher returns the test FilterEntries applies to each entry: every
// filter but Top, which needs all the entries.
func (f Filter) matcher() func(*Entry) bool {
	source, actor := strings.ToLower(f.Source), strings.ToLower(f.Actor)
	query := ParseQuery(f.Search)
	return func(e *Entry) bool {
		switch {
		case e.Excluded && !f.Excluded,
			!f.From.IsZero() && e.Date.End.Before(f.From),
			!f.To.IsZero() && e.Date.Start.After(f.To),
			source != "" && !e.hasSource(source),
			actor != "" && !e.hasActor(actor),
			below(e.Confidence, f.MinConfidence),
			f.ExcludeInferred && e.DateInferred(),
			!e.Matches(query):
			return false
		}
		return true
	}
}

// below reports whether confidence c is under min as exports show both:
// to two decimals, so that --min-confidence 0.52 keeps an entry shown as 0.52.
func below(c, min float64) bool {
	return math.Round(c*100) < math.Round(min*100)
}

func (e *Entry) hasSource(lower string) bool {
	for _, m := range e.Mentions {
		if m.Source != nil && (strings.Contains(strings.ToLower(m.Source.Title), lower) || strings.Contains(strings.ToLower(m.Source.Path), lower)) {
			return true
		}
	}
	return false
}

func (e *Entry) hasActor(lower string) bool {
	for _, a := range e.Actors {
		if strings.Contains(strings.ToLower(a.Name), lower) {
			return true
		}
	}
	return false
}

// DayScore is how strongly the sources date happenings on one day: for
// each entry on that day, each source's best mention counts by how it was
// dated; a mention that only gives its own article's publication day
// ("today") counts a quarter, since every article has one.
func DayScore(entries []Entry) map[time.Time]float64 {
	score := map[time.Time]float64{}
	for i := range entries {
		e := &entries[i]
		if !dayish(e.Date) {
			continue
		}
		best := map[int64]float64{}
		for _, m := range e.Mentions {
			w := resolutionWeight(m.Mention)
			if m.Source != nil && m.Mention.Resolution == RelativeToPublication && m.Source.Published.Contains(m.Mention.Date.Start) && dayish(m.Mention.Date) {
				w /= 4
			}
			if w > best[m.DocumentID] {
				best[m.DocumentID] = w
			}
		}
		for _, w := range best {
			score[e.Date.Start] += w
		}
	}
	return score
}

// topDays keeps the entries on the n best-scored days.
func topDays(entries []Entry, n int) []Entry {
	score := DayScore(entries)
	days := make([]time.Time, 0, len(score))
	for d := range score {
		days = append(days, d)
	}
	sort.Slice(days, func(a, b int) bool {
		if score[days[a]] != score[days[b]] {
			return score[days[a]] > score[days[b]]
		}
		return days[a].Before(days[b])
	})
	if len(days) > n {
		days = days[:n]
	}
	keep := map[time.Time]bool{}
	for _, d := range days {
		keep[d] = true
	}
	var out []Entry
	for _, e := range entries {
		if dayish(e.Date) && keep[e.Date.Start] {
			out = append(out, e)
		}
	}
	return out
}

// FindEntry returns the entry whose key, or one of whose mentions' keys,
// starts with prefix; an error when none or several do.
func FindEntry(entries []Entry, prefix string) (*Entry, error) {
	prefix = strings.ToLower(strings.TrimSpace(prefix))
	if len(prefix) < 4 {
		return nil, fmt.Errorf("entry %q: give at least 4 characters of its key", prefix)
	}
	var found *Entry
	for i := range entries {
		e := &entries[i]
		match := strings.HasPrefix(e.Key, prefix)
		for k := 0; !match && k < len(e.Mentions); k++ {
			match = strings.HasPrefix(e.Mentions[k].Key(), prefix)
		}
		if !match {
			continue
		}
		if found != nil && found != e {
			return nil, fmt.Errorf("entry %q: several entries match; give more of the key", prefix)
		}
		found = e
	}
	if found == nil {
		return nil, fmt.Errorf("entry %q: no such entry (see 'chrono timeline')", prefix)
	}
	return found, nil
}

// NewCorrection makes a correction of kind to entry e, naming it by the
// keys of its mentions.
func NewCorrection(kind CorrectionKind, e *Entry, value, note string, at time.Time) Correction {
	c := Correction{Kind: kind, Entry: e.Key, Value: value, Note: note, At: at.UTC().Truncate(time.Second)}
	for _, m := range e.Mentions {
		c.Keys = append(c.Keys, m.Key())
	}
	sort.Strings(c.Keys)
	return c
}
