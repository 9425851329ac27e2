package chrono

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Input is one article to ingest: where it came from and its bytes.
type Input struct {
	Path string
	Data []byte
}

// IsArticle reports whether a file name has an article extension.
func IsArticle(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md":
		return true
	}
	return false
}

// Collect reads the articles named by paths: files, folders (recursively,
// .txt and .md files only) and "-" for stdin, named "stdin:" and the start
// of its SHA-256. A path that cannot be read
// gives an error naming it; the others are still read.
func Collect(paths []string, stdin io.Reader) ([]Input, []error) {
	var inputs []Input
	var errs []error
	for _, p := range paths {
		if p == "-" {
			b, err := io.ReadAll(stdin)
			if err != nil {
				errs = append(errs, fmt.Errorf("stdin: %w", err))
				continue
			}
			// Named by content, so that piping another article adds it
			// rather than replacing the previous one.
			sum := sha256.Sum256(b)
			inputs = append(inputs, Input{Path: "stdin:" + hex.EncodeToString(sum[:6]), Data: b})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPath(err)))
			continue
		}
		if !fi.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPath(err)))
				continue
			}
			inputs = append(inputs, Input{Path: p, Data: b})
			continue
		}
		n := 0
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", path, unwrapPath(err)))
				return nil
			}
			if d.IsDir() || !IsArticle(path) {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", path, unwrapPath(err)))
				return nil
			}
			inputs = append(inputs, Input{Path: path, Data: b})
			n++
			return nil
		})
		if err == nil && n == 0 {
			errs = append(errs, fmt.Errorf("%s: no .txt or .md articles in folder", p))
		}
	}
	return inputs, errs
}

// unwrapPath drops the *PathError wrapper, whose message repeats the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Status is what ingesting one article did.
type Status string

const (
	Added     Status = "added"
	Replaced  Status = "replaced"
	Unchanged Status = "unchanged"
	Failed    Status = "failed"
)

// Result reports one article of an ingest.
type Result struct {
	Path   string
	Status Status
	Doc    *Document
	Events int
	Err    error
}

// Ingester analyses articles and stores them, one transaction per article.
type Ingester struct {
	Store      Store
	Recognizer *Recognizer
	Splitter   *Splitter
	Now        func() time.Time // the clock: ingest times and the last-resort reference

	Published Date      // --published: the publication date of every article
	Reference time.Time // --ref: the reference for undated articles
}

// Ingest reads, analyses and stores inputs. An article that fails is
// reported in its Result and the others go on; nothing stored is lost.
//
// An article with no publication date resolves its relative and year-less
// expressions against Reference when set, else the median publication date
// of the other articles of this ingest, else today; those dates are marked
// relative-to-reference.
func (in *Ingester) Ingest(ctx context.Context, inputs []Input) []Result {
	results := make([]Result, len(inputs))
	docs := make([]*Document, len(inputs))
	var dated []time.Time
	for i, inp := range inputs {
		results[i] = Result{Path: inp.Path}
		doc, err := ParseDocument(inp.Path, inp.Data, in.Published, in.Recognizer)
		if err != nil {
			results[i].Status, results[i].Err = Failed, err
			continue
		}
		docs[i] = doc
		if !doc.Published.IsZero() {
			dated = append(dated, doc.Published.Start)
		}
	}
	ref, refOrigin := in.reference(dated)
	now := in.Now().UTC().Truncate(time.Second)
	for i, doc := range docs {
		if doc == nil {
			continue
		}
		if err := ctx.Err(); err != nil {
			results[i].Status, results[i].Err = Failed, err
			continue
		}
		if doc.Published.IsZero() {
			doc.Reference, doc.RefOrigin = ref, refOrigin
		}
		doc.IngestedAt = now
		results[i].Doc = doc
		results[i].Status, results[i].Events, results[i].Err = in.save(ctx, doc)
	}
	return results
}

func (in *Ingester) save(ctx context.Context, doc *Document) (Status, int, error) {
	old, ok, err := in.Store.DocumentHash(ctx, doc.Path)
	if err != nil {
		return Failed, 0, err
	}
	if ok && old == doc.Hash {
		return Unchanged, 0, nil
	}
	mentions, events := Analyze(doc, in.Recognizer, in.Splitter)
	if err := in.Store.SaveDocument(ctx, doc, mentions, events); err != nil {
		return Failed, 0, err
	}
	if ok {
		return Replaced, len(events), nil
	}
	return Added, len(events), nil
}

// reference picks the day undated articles resolve against, and says why.
func (in *Ingester) reference(dated []time.Time) (time.Time, string) {
	switch {
	case !in.Reference.IsZero():
		return Truncate(in.Reference), "--ref"
	case len(dated) > 0:
		sort.Slice(dated, func(a, b int) bool { return dated[a].Before(dated[b]) })
		return dated[(len(dated)-1)/2], "median publication date of the other articles"
	}
	return Truncate(in.Now()), "today"
}
