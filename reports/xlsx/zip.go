package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sort"
	"strings"
)

// partWriter writes the workbook's parts to a zip file, compressed at
// flate's best speed (a third of the time of the default level, for a
// file about a fifth larger), putting each streamed sheet's real
// dimension in place of its placeholder (see lastRow) as the sheet goes
// through.
type partWriter struct {
	*zip.Writer
	patches []patch
	open    *headPatcher // the part being written, when it may need a patch
}

// patch replaces old with new once, near the start of a sheet.
type patch struct{ old, new string }

func newPartWriter(w io.Writer, patches []patch) *partWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return &partWriter{Writer: zw, patches: patches}
}

// Create starts the part name.
func (z *partWriter) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	w, err := z.Writer.Create(name)
	if err != nil || !strings.HasPrefix(name, "xl/worksheets/sheet") || len(z.patches) == 0 {
		return w, err
	}
	z.open = &headPatcher{w: w, patches: z.patches}
	return z.open, nil
}

// Close finishes the last part and the zip file.
func (z *partWriter) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	return z.Writer.Close()
}

func (z *partWriter) finish() error {
	if z.open == nil {
		return nil
	}
	err := z.open.flush()
	z.open = nil
	return err
}

// headSize is how much of a sheet a headPatcher holds back: the XML
// declaration, the worksheet element and its namespaces (about 5 kB), the
// sheet properties and the dimension.
const headSize = 16 << 10

// headPatcher applies the first of its patches that matches the head of
// what is written through it, then passes the rest through.
type headPatcher struct {
	w       io.Writer
	patches []patch
	head    []byte
	done    bool
}

func (p *headPatcher) Write(b []byte) (int, error) {
	if p.done {
		return p.w.Write(b)
	}
	p.head = append(p.head, b...)
	if len(p.head) >= headSize {
		if err := p.flush(); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

// flush writes the head, patched.
func (p *headPatcher) flush() error {
	if p.done {
		return nil
	}
	p.done = true
	head := p.head
	for _, pt := range p.patches {
		if i := bytes.Index(head[:min(len(head), headSize)], []byte(pt.old)); i >= 0 {
			head = append(append(head[:i:i], pt.new...), head[i+len(pt.old):]...)
			break
		}
	}
	p.head = nil
	_, err := p.w.Write(head)
	return err
}

// canonical copies the zip file r of size bytes to w with its parts in a
// fixed order, without compressing them again: excelize writes streamed
// sheets in map order, which would make two builds of one chronology
// differ.
func canonical(r io.ReaderAt, size int64, w io.Writer) error {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return err
	}
	parts := append([]*zip.File(nil), zr.File...)
	sort.Slice(parts, func(i, j int) bool { return partLess(parts[i].Name, parts[j].Name) })
	zw := zip.NewWriter(w)
	for _, p := range parts {
		if err := zw.Copy(p); err != nil {
			return fmt.Errorf("%s: %w", p.Name, err)
		}
	}
	return zw.Close()
}

// partLess orders parts as Office does: content types, the package
// relationships, then by name.
func partLess(a, b string) bool {
	rank := func(s string) int {
		switch {
		case s == "[Content_Types].xml":
			return 0
		case strings.HasPrefix(s, "_rels/"):
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	return a < b
}
