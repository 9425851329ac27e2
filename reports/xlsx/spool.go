package xlsx

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
)

// spool keeps the rows of Review in a temporary file, from the entries as
// they stream past until the sheet is written after Chronology, so that
// memory does not grow with the number of entries to check. The file is
// made with the first row: most workbooks have few or none.
type spool struct {
	f   *os.File
	w   *bufio.Writer
	enc *gob.Encoder
	n   int // rows added
}

func (s *spool) add(r *reviewLine) error {
	if s.f == nil {
		f, err := os.CreateTemp("", "chrono-review-*")
		if err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		s.f, s.w = f, bufio.NewWriter(f)
		s.enc = gob.NewEncoder(s.w)
	}
	if err := s.enc.Encode(r); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.n++
	return nil
}

// each calls fn with the rows in the order they were added.
func (s *spool) each(fn func(*reviewLine) error) error {
	if s.f == nil {
		return nil
	}
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	dec := gob.NewDecoder(bufio.NewReader(s.f))
	for i := 0; i < s.n; i++ {
		var r reviewLine
		if err := dec.Decode(&r); err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("spool: row %d: %w", i+1, err)
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	return nil
}

// close removes the file.
func (s *spool) close() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
		s.f = nil
	}
}
