package chrono

import (
	"context"
	"errors"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Status is what ingesting one article did.
type Status string

const (
	Added     Status = "added"
	Replaced  Status = "replaced" // changed content or settings: analysed again
	Unchanged Status = "unchanged"
	Moved     Status = "moved"     // the same content at a new path, its old file gone: Other is the old path
	Duplicate Status = "duplicate" // the same content as the document at Other: not stored twice
	Pruned    Status = "pruned"    // removed: its file is gone
	Failed    Status = "failed"
)

// Result reports one article of an ingest.
type Result struct {
	Path   string
	Line   int // a feed record's line
	Status Status
	Doc    *Document
	Events int
	Other  string // Moved: the old path; Duplicate: the document with the same content
	Err    error
}

// Ingester analyses articles and stores them.
type Ingester struct {
	Store      Store
	Recognizer *Recognizer
	Splitter   *Splitter
	Now        func() time.Time // the clock: ingest times and the last-resort reference
	Pages      PageReader       // reads HTML inputs; nil refuses them

	Published Date      // --published: the publication date of every article
	Reference time.Time // --ref: the reference for undated articles

	Workers   int // analysing goroutines; 0 is GOMAXPROCS
	BatchSize int // documents a transaction; 0 is 256
	// Progress, when set, is called after each article is done, from one
	// goroutine at a time.
	Progress func(done, total int)
}

// Ingest reads, analyses and stores inputs, and returns one Result an
// input, in input order. An article that fails is reported in its Result
// and the others go on; nothing stored is lost.
//
// An input whose content and settings are those stored at its path is
// Unchanged and not read again. The same content as a stored document at
// another path is that document: Moved to the new path when its old file
// is gone, else a Duplicate, not stored twice.
//
// Reading and analysis run on Workers goroutines; one goroutine writes, a
// batch a transaction.
//
// An article with no publication date resolves its relative and year-less
// expressions against Reference when set, else the median publication date
// of the other articles of this ingest, else today; those dates are marked
// relative-to-reference.
func (in *Ingester) Ingest(ctx context.Context, inputs []Input) []Result {
	results := make([]Result, len(inputs))
	for i, inp := range inputs {
		results[i] = Result{Path: inp.Path, Line: inp.Line}
	}
	stored, err := in.Store.Documents(ctx)
	if err != nil {
		for i := range results {
			results[i].Status, results[i].Err = Failed, err
		}
		return results
	}
	plan := in.plan(inputs, stored, results)
	p := &pipeline{in: in, inputs: inputs, results: results, total: len(inputs), dated: plan.dated,
		replace: plan.replace, now: in.Now().UTC().Truncate(time.Second)}
	p.done = len(inputs) - len(plan.work)
	if in.Progress != nil && p.done > 0 {
		in.Progress(p.done, p.total)
	}
	p.run(ctx, plan.work, plan.was)
	return results
}

type plan struct {
	work    []int          // inputs to read and analyse
	was     map[int]string // moved inputs: their old path
	replace map[int]bool   // inputs whose path holds a stored document
	dated   []time.Time    // publication dates of the unchanged documents
}

// plan sorts inputs into the unchanged, the duplicates and the work to do,
// filling in the results of the first two.
func (in *Ingester) plan(inputs []Input, stored []*Document, results []Result) plan {
	byPath := make(map[string]*Document, len(stored))
	byHash := make(map[string]*Document, len(stored))
	for _, d := range stored {
		byPath[d.Path] = d
		if _, ok := byHash[d.Hash]; !ok {
			byHash[d.Hash] = d
		}
	}
	hashes := make([]string, len(inputs))
	inputHash := make(map[string]string, len(inputs)) // path -> hash of this run's input
	for i, inp := range inputs {
		hashes[i] = inp.Hash()
		inputHash[inp.Path] = hashes[i]
	}
	p := plan{was: map[int]string{}, replace: map[int]bool{}}
	claimed := map[string]string{} // hash -> the path of this run that holds it
	for i, inp := range inputs {
		h := hashes[i]
		r := &results[i]
		if old := byPath[inp.Path]; old != nil {
			if old.Hash == h && old.Settings == in.settings(old.Published.IsZero()) {
				r.Status, r.Doc = Unchanged, old
				if !old.Published.IsZero() {
					p.dated = append(p.dated, old.Published.Start)
				}
				claimed[h] = inp.Path
				continue
			}
			p.replace[i] = true
		} else if other, ok := claimed[h]; ok {
			r.Status, r.Other = Duplicate, other
			continue
		} else if old := byHash[h]; old != nil {
			switch {
			case inputHash[old.Path] == h:
				r.Status, r.Other = Duplicate, old.Path
				continue
			case inputHash[old.Path] != "":
				// The old path is in this run with new content: this
				// one is a new document.
			case exists(old.Path):
				r.Status, r.Other = Duplicate, old.Path
				claimed[h] = old.Path
				continue
			default:
				p.was[i] = old.Path
				delete(byHash, h) // one move only
			}
		}
		claimed[h] = inp.Path
		p.work = append(p.work, i)
	}
	return p
}

// exists reports whether the file behind a document path is there: a file,
// a feed that holds the record, or stdin, which is always there.
func exists(p string) bool {
	if isStdin(p) {
		return true
	}
	if _, err := os.Stat(p); err == nil {
		return true
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '#' {
			if fi, err := os.Stat(p[:i]); err == nil && !fi.IsDir() {
				return true
			}
		}
	}
	return false
}

// settings describes the options that change an analysis, "" for the
// defaults; the reference only changes undated documents.
func (in *Ingester) settings(undated bool) string {
	var s []string
	if !in.Published.IsZero() {
		s = append(s, "published="+in.Published.Value)
	}
	if !in.Reference.IsZero() && undated {
		s = append(s, "ref="+ISO(in.Reference))
	}
	if in.Recognizer.Order != OrderAuto && in.Recognizer.Order != "" {
		s = append(s, "date-order="+string(in.Recognizer.Order))
	}
	return strings.Join(s, " ")
}

// pipeline runs one Ingest: workers read and analyse, one writer stores.
type pipeline struct {
	in      *Ingester
	inputs  []Input
	results []Result
	replace map[int]bool
	now     time.Time

	mu     sync.Mutex
	dated  []time.Time // publication dates, for the reference of undated documents
	undate []int       // read, undated, waiting for that reference
	docs   []*Document // read documents by input index

	done, total int // for Progress; the writer's alone
}

type analysed struct {
	i   int
	a   Analysis
	err error
}

func (p *pipeline) run(ctx context.Context, work []int, was map[int]string) {
	if len(work) == 0 {
		return
	}
	in := p.in
	workers := in.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	p.docs = make([]*Document, len(p.inputs))
	out := make(chan analysed, 4*workers)
	wrote := make(chan struct{})
	go func() {
		p.write(ctx, out)
		close(wrote)
	}()

	// Pass 1: read every input; analyse at once those whose anchor is
	// known, and keep the undated ones until all publication dates are in.
	p.parallel(workers, work, func(i int) {
		if err := ctx.Err(); err != nil {
			out <- analysed{i: i, err: err}
			return
		}
		doc, err := ReadInput(p.inputs[i], in.Published, in.Recognizer, in.Pages)
		if err != nil {
			out <- analysed{i: i, err: err}
			return
		}
		doc.IngestedAt = p.now
		doc.Settings = in.settings(doc.Published.IsZero())
		p.mu.Lock()
		p.docs[i] = doc
		if !doc.Published.IsZero() {
			p.dated = append(p.dated, doc.Published.Start)
		}
		wait := doc.Published.IsZero() && in.Reference.IsZero()
		if wait {
			p.undate = append(p.undate, i)
		}
		p.mu.Unlock()
		if !wait {
			out <- p.analyse(i, doc, was[i])
		}
	})

	// Pass 2: the undated, against the reference.
	ref, refOrigin := in.reference(p.dated)
	sort.Ints(p.undate)
	p.parallel(workers, p.undate, func(i int) {
		doc := p.docs[i]
		doc.Reference, doc.RefOrigin = ref, refOrigin
		out <- p.analyse(i, doc, was[i])
	})
	close(out)
	<-wrote
}

func (p *pipeline) analyse(i int, doc *Document, was string) analysed {
	if doc.Published.IsZero() && doc.Reference.IsZero() {
		ref, origin := p.in.reference(nil)
		doc.Reference, doc.RefOrigin = ref, origin
	}
	mentions, events := Analyze(doc, p.in.Recognizer, p.in.Splitter)
	return analysed{i: i, a: Analysis{Doc: doc, Mentions: mentions, Events: events, Was: was, KeepStored: true}}
}

// parallel calls f for each of items on n goroutines and waits.
func (p *pipeline) parallel(n int, items []int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, len(items)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for _, i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
}

// write stores analyses in batches, one transaction each, and fills in
// the results. A batch that fails is stored again one document at a time,
// so that one bad document does not cost the others.
func (p *pipeline) write(ctx context.Context, out <-chan analysed) {
	size := p.in.BatchSize
	if size <= 0 {
		size = 256
	}
	var batch []analysed
	flush := func() {
		if len(batch) == 0 {
			return
		}
		as := make([]Analysis, len(batch))
		for k, b := range batch {
			as[k] = b.a
		}
		err := p.in.Store.SaveDocuments(ctx, as)
		if err != nil && len(batch) > 1 {
			for _, b := range batch {
				p.finish(b, p.in.Store.SaveDocuments(ctx, []Analysis{b.a}))
			}
		} else {
			for _, b := range batch {
				p.finish(b, err)
			}
		}
		batch = batch[:0]
	}
	for a := range out {
		if a.err != nil {
			p.finish(a, nil)
			continue
		}
		batch = append(batch, a)
		if len(batch) >= size {
			flush()
		}
	}
	flush()
}

// finish records the outcome of one input; err is the store's.
func (p *pipeline) finish(a analysed, err error) {
	r := &p.results[a.i]
	switch {
	case a.err != nil:
		r.Status, r.Err = Failed, a.err
	case err != nil:
		r.Status, r.Err = Failed, err
	default:
		r.Doc, r.Events = a.a.Doc, len(a.a.Events)
		r.Status = Added
		switch {
		case a.a.Was != "":
			r.Status, r.Other = Moved, a.a.Was
		case p.replace[a.i]:
			r.Status = Replaced
		}
	}
	p.done++
	if p.in.Progress != nil {
		p.in.Progress(p.done, p.total)
	}
}

// reference picks the day undated articles resolve against, and says why.
func (in *Ingester) reference(dated []time.Time) (time.Time, string) {
	switch {
	case !in.Reference.IsZero():
		return Truncate(in.Reference), "--ref"
	case len(dated) > 0:
		dated = append([]time.Time(nil), dated...)
		sort.Slice(dated, func(a, b int) bool { return dated[a].Before(dated[b]) })
		return dated[(len(dated)-1)/2], "median publication date of the other articles"
	}
	return Truncate(in.Now()), "today"
}

// Prune removes the stored documents within c's roots whose files are gone:
// a file that no longer exists, or a record missing from a feed read whole
// in c. Documents of files that exist but were not read (excluded, or
// unreadable) stay, and so do stdin's. It returns a Pruned result for each.
func (in *Ingester) Prune(ctx context.Context, c *Collection) ([]Result, error) {
	if len(c.Roots) == 0 {
		return nil, nil
	}
	stored, err := in.Store.Documents(ctx)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(c.Inputs))
	for _, inp := range c.Inputs {
		seen[inp.Path] = true
	}
	for _, e := range c.Errs {
		var ie *InputError
		if errors.As(e, &ie) && ie.Line == 0 {
			seen[ie.Path] = true
		}
	}
	var gone []string
	var results []Result
	for _, d := range stored {
		if seen[d.Path] || !within(d.Path, c.Roots) || !in.gone(d.Path, c) {
			continue
		}
		gone = append(gone, d.Path)
		results = append(results, Result{Path: d.Path, Status: Pruned, Doc: d})
	}
	if len(gone) == 0 {
		return nil, nil
	}
	if err := in.Store.DeleteDocuments(ctx, gone); err != nil {
		return nil, err
	}
	return results, nil
}

func within(p string, roots []string) bool {
	for _, r := range roots {
		if under(p, r) {
			return true
		}
	}
	return false
}

// gone reports whether the source of the unseen document p is gone.
func (in *Ingester) gone(p string, c *Collection) bool {
	if isStdin(p) {
		return false
	}
	if _, err := os.Stat(p); err == nil {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] != '#' {
			continue
		}
		if fi, err := os.Stat(p[:i]); err == nil && !fi.IsDir() {
			return c.complete[p[:i]] // a record missing from a feed read whole
		}
	}
	return true
}
