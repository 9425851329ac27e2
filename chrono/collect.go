package chrono

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Format is how an input's bytes are read.
type Format string

const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"  // a saved web page: main text and metadata by a PageReader
	FormatJSONL    Format = "jsonl" // a feed: one JSON article a line (JSONL, NDJSON)
)

// DefaultMaxBytes is the default size limit of a file or a feed line.
const DefaultMaxBytes = 20 << 20

// ErrTooLarge is a file or feed line over the size limit.
var ErrTooLarge = errors.New("too large")

// FormatOf returns the format a file name's extension stands for, "" when
// it is not an article.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return ""
}

// ParseFormat reads a format name; "auto" and "" are the zero Format, which
// means: from the file name, or sniffed from the content for stdin.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case "", "auto":
		return "", nil
	case FormatText, FormatMarkdown, FormatHTML, FormatJSONL:
		return f, nil
	case "md":
		return FormatMarkdown, nil
	case "ndjson":
		return FormatJSONL, nil
	}
	return "", fmt.Errorf("invalid format %q: want auto, text, markdown, html or jsonl", s)
}

// IsArticle reports whether a file name has an article extension.
func IsArticle(name string) bool { return FormatOf(name) != "" }

// Input is one article to ingest: its identity and its bytes.
type Input struct {
	Path   string // the document's identity; see Document.Path
	Data   []byte
	Format Format  // "" reads Path's extension, and text when it has none
	Line   int     // a feed record's line in its feed
	Record *Record // a feed record's fields; Data is then the raw line
}

// Hash returns the SHA-256 of the input's content, hex: its bytes, or for a
// feed record its fields, so that re-serialising a feed changes nothing.
func (in Input) Hash() string {
	b := in.Data
	if in.Record != nil {
		b, _ = json.Marshal(in.Record) // a struct of strings always marshals
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func (in Input) format() Format {
	switch {
	case in.Record != nil:
		return FormatJSONL
	case in.Format != "":
		return in.Format
	case FormatOf(in.Path) != "":
		return FormatOf(in.Path)
	}
	return FormatText
}

// Record is one article of a feed, as its fields say.
type Record struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Author    string `json:"author,omitempty"`
	Site      string `json:"site,omitempty"`
	Text      string `json:"text"`
}

// Fields maps the fields of a Record to the keys of a feed's JSON objects.
type Fields map[string]string

// RecordFields are the fields a feed record has, in order.
var RecordFields = []string{"id", "url", "title", "published", "author", "site", "text"}

// DefaultFields reads each field from the key of the same name.
func DefaultFields() Fields {
	f := Fields{}
	for _, k := range RecordFields {
		f[k] = k
	}
	return f
}

// Set reads one FIELD=KEY mapping, as in --field text=body.
func (f Fields) Set(spec string) error {
	field, key, ok := strings.Cut(spec, "=")
	field, key = strings.TrimSpace(field), strings.TrimSpace(key)
	if !ok || key == "" {
		return fmt.Errorf("invalid field mapping %q: want FIELD=KEY, as in text=body", spec)
	}
	if _, known := f[field]; !known {
		return fmt.Errorf("invalid field mapping %q: unknown field %q: want one of %s", spec, field, strings.Join(RecordFields, ", "))
	}
	f[field] = key
	return nil
}

// InputError is an input that could not be read: its file and, in a feed,
// its line.
type InputError struct {
	Path string
	Line int // 0 when the whole file failed
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// Collector reads articles from files, folders, feeds and stdin.
type Collector struct {
	// Include and Exclude are globs (path.Match syntax) matched against
	// each file's base name and its slash-separated path below the folder
	// given. In folders, only files that match an Include (when there are
	// any; else those with an article extension) and no Exclude are read;
	// an excluded folder is skipped. Files named on the command line are
	// read unless excluded.
	Include, Exclude []string
	// MaxBytes skips larger files, and larger lines of feeds; 0: no limit.
	MaxBytes int64
	// Fields maps feed keys to record fields; nil reads DefaultFields.
	Fields Fields
	// Stdin is the format of standard input; "" sniffs it.
	Stdin Format
}

// Collection is what Collect read.
type Collection struct {
	Inputs []Input
	Errs   []error // *InputError, in the order met
	Roots  []string
	Files  int // files read, stdin included
	// complete holds the feeds read without an error: a record missing
	// from one is gone.
	complete map[string]bool
}

// Check reports a malformed glob.
func (c *Collector) Check() error {
	for _, g := range append(append([]string{}, c.Include...), c.Exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			return fmt.Errorf("invalid glob %q: %w", g, err)
		}
	}
	return nil
}

// Collect reads the articles named by paths: files, folders (recursively)
// and "-" for stdin. A path that cannot be read, a file over the size
// limit and a bad feed line give an *InputError naming it; the rest is
// still read.
func (c *Collector) Collect(paths []string, stdin io.Reader) *Collection {
	col := &Collection{complete: map[string]bool{}}
	for _, p := range paths {
		if p == "-" {
			c.stdin(col, stdin)
			continue
		}
		col.Roots = append(col.Roots, filepath.Clean(p))
		fi, err := os.Stat(p)
		if err != nil {
			col.fail(p, 0, unwrapPath(err))
			continue
		}
		if !fi.IsDir() {
			if !matches(c.Exclude, filepath.Base(p), filepath.Base(p)) {
				c.file(col, p, fi.Size())
			}
			continue
		}
		n := len(col.Inputs) + len(col.Errs)
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				col.fail(name, 0, unwrapPath(err))
				return nil
			}
			rel, _ := filepath.Rel(p, name)
			rel = filepath.ToSlash(rel)
			if d.IsDir() {
				if name != p && matches(c.Exclude, d.Name(), rel) {
					return filepath.SkipDir
				}
				return nil
			}
			if matches(c.Exclude, d.Name(), rel) {
				return nil
			}
			if len(c.Include) > 0 && !matches(c.Include, d.Name(), rel) || len(c.Include) == 0 && !IsArticle(name) {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				col.fail(name, 0, unwrapPath(err))
				return nil
			}
			c.file(col, name, info.Size())
			return nil
		})
		if err == nil && len(col.Inputs)+len(col.Errs) == n {
			col.fail(p, 0, errors.New("no articles in folder (.txt, .md, .html, .jsonl, or --include)"))
		}
	}
	return col
}

// Collect reads the articles named by paths with the default settings: see
// Collector.Collect.
func Collect(paths []string, stdin io.Reader) ([]Input, []error) {
	col := (&Collector{}).Collect(paths, stdin)
	return col.Inputs, col.Errs
}

func (col *Collection) fail(path string, line int, err error) {
	col.Errs = append(col.Errs, &InputError{Path: path, Line: line, Err: err})
}

func matches(globs []string, base, rel string) bool {
	for _, g := range globs {
		if ok, _ := path.Match(g, base); ok {
			return true
		}
		if ok, _ := path.Match(g, rel); ok {
			return true
		}
	}
	return false
}

func (c *Collector) file(col *Collection, name string, size int64) {
	format := FormatOf(name)
	if format != FormatJSONL && c.MaxBytes > 0 && size > c.MaxBytes {
		col.fail(name, 0, c.tooLarge(size))
		return
	}
	if format == FormatJSONL {
		f, err := os.Open(name)
		if err != nil {
			col.fail(name, 0, unwrapPath(err))
			return
		}
		defer f.Close()
		col.Files++
		c.feed(col, name, name, f)
		return
	}
	b, err := os.ReadFile(name)
	if err != nil {
		col.fail(name, 0, unwrapPath(err))
		return
	}
	col.Files++
	col.Inputs = append(col.Inputs, Input{Path: name, Data: b, Format: format})
}

func (c *Collector) tooLarge(size int64) error {
	return fmt.Errorf("%w: %s, over the %s limit (--max-bytes): skipped", ErrTooLarge, megabytes(size), megabytes(c.MaxBytes))
}

// megabytes formats a size for people.
func megabytes(n int64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f KB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}

func (c *Collector) stdin(col *Collection, r io.Reader) {
	var b []byte
	var err error
	if c.MaxBytes > 0 {
		b, err = io.ReadAll(io.LimitReader(r, c.MaxBytes+1))
	} else {
		b, err = io.ReadAll(r)
	}
	if err != nil {
		col.fail("stdin", 0, err)
		return
	}
	col.Files++
	format := c.Stdin
	if format == "" {
		format = sniff(b)
	}
	if format == FormatJSONL {
		// A feed on stdin is read whole: its lines each have a limit.
		if c.MaxBytes > 0 && int64(len(b)) > c.MaxBytes {
			rest, err := io.ReadAll(r)
			if err != nil {
				col.fail("stdin", 0, err)
				return
			}
			b = append(b, rest...)
		}
		c.feed(col, "stdin", "stdin", bytes.NewReader(b))
		return
	}
	if c.MaxBytes > 0 && int64(len(b)) > c.MaxBytes {
		col.fail("stdin", 0, fmt.Errorf("%w: over the %s limit (--max-bytes): skipped", ErrTooLarge, megabytes(c.MaxBytes)))
		return
	}
	// Named by content, so that piping another article adds it rather
	// than replacing the previous one.
	sum := sha256.Sum256(b)
	col.Inputs = append(col.Inputs, Input{Path: "stdin:" + hex.EncodeToString(sum[:6]), Data: b, Format: format})
}

// sniff guesses the format of unnamed input: a JSON object first is a
// feed, a tag first a page, anything else text.
func sniff(b []byte) Format {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(b) > 0 && b[0] == '{':
		return FormatJSONL
	case len(b) > 0 && b[0] == '<':
		return FormatHTML
	}
	return FormatText
}

// feed reads a JSONL feed, one article a line. Blank lines are skipped; a
// bad line is an error naming it, and the other lines are still read.
func (c *Collector) feed(col *Collection, name, id string, r io.Reader) {
	fields := c.Fields
	if fields == nil {
		fields = DefaultFields()
	}
	seen := map[string]int{}
	br := bufio.NewReaderSize(r, 1<<16)
	ok := true
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			col.fail(name, line, err)
			ok = false
			break
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			if c.MaxBytes > 0 && int64(len(b)) > c.MaxBytes {
				col.fail(name, line, c.tooLarge(int64(len(b))))
				ok = false
			} else if rec, err := fields.record(t); err != nil {
				col.fail(name, line, err)
				ok = false
			} else {
				key := rec.ID
				if key == "" {
					key = rec.URL
				}
				if key == "" {
					// Neither id nor url: named by content, like stdin.
					sum := sha256.Sum256([]byte(rec.Text))
					key = hex.EncodeToString(sum[:6])
				}
				if first, dup := seen[key]; dup {
					col.fail(name, line, fmt.Errorf("article %q repeats line %d: skipped", key, first))
					ok = false
				} else {
					seen[key] = line
					col.Inputs = append(col.Inputs, Input{Path: id + "#" + key, Data: t, Format: FormatJSONL, Line: line, Record: rec})
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	if ok {
		col.complete[name] = true
	}
}

// record reads one feed line.
func (f Fields) record(line []byte) (*Record, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", strings.TrimPrefix(err.Error(), "json: "))
	}
	var rec Record
	for _, kv := range []struct {
		field string
		dst   *string
	}{
		{"id", &rec.ID}, {"url", &rec.URL}, {"title", &rec.Title}, {"published", &rec.Published},
		{"author", &rec.Author}, {"site", &rec.Site}, {"text", &rec.Text},
	} {
		key := f[kv.field]
		raw, ok := obj[key]
		if !ok {
			continue
		}
		s, err := jsonString(raw)
		if err != nil {
			return nil, fmt.Errorf("key %q (%s): %w", key, kv.field, err)
		}
		*kv.dst = strings.TrimSpace(s)
	}
	if rec.Text == "" {
		return nil, fmt.Errorf("no text: key %q is missing or empty (map it with --field text=KEY)", f["text"])
	}
	return &rec, nil
}

// jsonString reads a string, a number (an id such as 42) or null.
func jsonString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", nil
	case raw[0] == '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9':
		return string(raw), nil
	}
	return "", errors.New("want a string")
}

// under reports whether the document path p lies in root: the file root
// itself, a record of the feed root, or anything below the folder root.
func under(p, root string) bool {
	if root == "." {
		return !filepath.IsAbs(p) && p != ".." && !strings.HasPrefix(p, ".."+string(filepath.Separator)) && !isStdin(p)
	}
	return p == root || strings.HasPrefix(p, root+string(filepath.Separator)) || strings.HasPrefix(p, root+"#")
}

// isStdin reports whether a document path names standard input.
func isStdin(p string) bool { return strings.HasPrefix(p, "stdin:") || strings.HasPrefix(p, "stdin#") }

// unwrapPath drops the *PathError wrapper, whose message repeats the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
