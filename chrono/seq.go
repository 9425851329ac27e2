package chrono

import "iter"

// Entry sequences let large chronologies stream from the store to an
// export one entry at a time, so that memory does not grow with their
// length. A sequence yields entries in chronology order; an error ends it
// (the entry is then nil). Each entry yielded is the consumer's to keep:
// sequences never reuse one, so an export may hold on to the few it needs
// again (the entries to review, say).

// EntrySeq yields pointers to the entries of a slice, in order.
func EntrySeq(entries []Entry) iter.Seq2[*Entry, error] {
	return func(yield func(*Entry, error) bool) {
		for i := range entries {
			if !yield(&entries[i], nil) {
				return
			}
		}
	}
}

// FilterSeq yields the entries of seq that f selects, as FilterEntries
// does. Every filter but Top is applied one entry at a time; Top needs the
// day scores of all the selected entries, so with Top the selected entries
// are gathered first.
func FilterSeq(seq iter.Seq2[*Entry, error], f Filter) iter.Seq2[*Entry, error] {
	keep := f.matcher()
	if f.Top <= 0 {
		return func(yield func(*Entry, error) bool) {
			for e, err := range seq {
				if err != nil {
					yield(nil, err)
					return
				}
				if keep(e) && !yield(e, nil) {
					return
				}
			}
		}
	}
	return func(yield func(*Entry, error) bool) {
		var kept []Entry
		for e, err := range seq {
			if err != nil {
				yield(nil, err)
				return
			}
			if keep(e) {
				kept = append(kept, *e)
			}
		}
		for e := range EntrySeq(topDays(kept, f.Top)) {
			if !yield(e, nil) {
				return
			}
		}
	}
}

// CollectEntries returns the entries of seq, or its error.
func CollectEntries(seq iter.Seq2[*Entry, error]) ([]Entry, error) {
	var out []Entry
	for e, err := range seq {
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, nil
}
