package chrono

// Analyze finds the date mentions of doc, resolved against its publication
// date or, without one, its reference, and anchors events: one per
// (sentence, dated mention), leaving out the dateline, which dates the
// article itself.
func Analyze(doc *Document, r *Recognizer, sp *Splitter) ([]Mention, []Event) {
	day, published := doc.Anchor()
	mentions := r.Recognize(doc.Text, Anchor{Day: day, Published: published})
	k := 0
	sentences := sp.SplitWhere(doc.Text, func(p Span) bool {
		for k < len(mentions) && mentions[k].End <= p.Start {
			k++
		}
		return k < len(mentions) && mentions[k].Start < p.End
	})
	var events []Event
	k = 0
	for _, m := range mentions {
		if m.Date.Start.IsZero() || doc.Dateline != nil && m.Start < doc.Dateline.End && m.End > doc.Dateline.Start {
			continue
		}
		for k < len(sentences) && sentences[k].End <= m.Start {
			k++
		}
		if k == len(sentences) {
			break
		}
		s := sentences[k]
		if m.Start < s.Start {
			continue // in white space between sentences: cannot happen with trimmed spans
		}
		events = append(events, Event{
			Sentence:      doc.Text[s.Start:s.End],
			SentenceStart: s.Start,
			SentenceEnd:   s.End,
			Mention:       m,
		})
	}
	return mentions, events
}
