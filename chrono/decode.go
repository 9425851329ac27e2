package chrono

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrEncoded was the error for invalid UTF-8, which is now decoded with
// U+FFFD and a warning; it stays for UTF-16 text of an odd length.
var ErrEncoded = errors.New("invalid encoding")

// signatures are the starts of common binary formats that can be saved
// under a text extension: named in the error, so the analyst knows what
// the file is.
var signatures = []struct {
	magic, name string
}{
	{"%PDF-", "PDF"},
	{"\x89PNG\r\n\x1a\n", "PNG"},
	{"\xff\xd8\xff", "JPEG"},
	{"GIF87a", "GIF"},
	{"GIF89a", "GIF"},
	{"PK\x03\x04", "ZIP (or DOCX, XLSX, EPUB)"},
	{"\x1f\x8b", "gzip"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (DOC, XLS)"},
	{"{\\rtf", "RTF"},
	{"\x7fELF", "ELF executable"},
	{"SQLite format 3\x00", "SQLite database"},
}

// binarySample is how much of a file the control-character count reads.
const binarySample = 8 << 10

// decodeText reads an article's bytes as text: UTF-16 with a byte order mark
// is decoded; a UTF-8 BOM dropped; binary files refused; invalid UTF-8
// replaced with U+FFFD, with a warning; CRLF and CR line ends made LF.
func decodeText(raw []byte) (string, []string, error) {
	raw, err := fromUTF16(raw)
	if err != nil {
		return "", nil, err
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if err := sniffBinary(raw); err != nil {
		return "", nil, err
	}
	var warnings []string
	text := string(raw)
	if !utf8.ValidString(text) {
		first, n := invalidUTF8(raw)
		places := ""
		if n > 1 {
			places = fmt.Sprintf(" (%d places)", n)
		}
		warnings = append(warnings, fmt.Sprintf("invalid UTF-8 at byte %d%s, replaced with U+FFFD (is it Latin-1 or Windows-1252? convert it to UTF-8)", first, places))
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n") // Windows, then old Mac
	if strings.TrimSpace(text) == "" {
		return "", warnings, ErrEmpty
	}
	return text, warnings, nil
}

// fromUTF16 decodes text that starts with a UTF-16 byte order mark; other
// bytes are returned as they are.
func fromUTF16(raw []byte) ([]byte, error) {
	var order func([]byte) uint16
	switch {
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}):
		order = func(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }
	case bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		order = func(b []byte) uint16 { return uint16(b[0])<<8 | uint16(b[1]) }
	default:
		return raw, nil
	}
	raw = raw[2:]
	if len(raw)%2 != 0 {
		return nil, fmt.Errorf("%w: UTF-16 (byte order mark) of an odd length, %d bytes", ErrEncoded, len(raw)+2)
	}
	units := make([]uint16, len(raw)/2)
	for i := range units {
		units[i] = order(raw[2*i:])
	}
	return []byte(string(utf16.Decode(units))), nil
}

// sniffBinary refuses a file that is not text: one with a NUL byte, one
// that starts like a known binary format, or one whose first bytes are
// mostly control characters and invalid UTF-8.
func sniffBinary(raw []byte) error {
	for _, s := range signatures {
		if bytes.HasPrefix(raw, []byte(s.magic)) {
			return fmt.Errorf("%w: %s", ErrBinary, s.name)
		}
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return ErrBinary
	}
	sample := raw[:min(len(raw), binarySample)]
	odd := 0
	for i := 0; i < len(sample); {
		c, size := utf8.DecodeRune(sample[i:])
		switch {
		case c == utf8.RuneError && size <= 1:
			// A character cut at the sample's end is not the file's fault.
			if len(sample) < len(raw) && len(sample)-i < utf8.UTFMax {
				i = len(sample)
				continue
			}
			odd++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v', c == 0x7f:
			odd++
		}
		i += size
	}
	// Latin-1 prose has a few invalid bytes in a hundred; binary data,
	// dozens. A line or two with some is text with a typo.
	if odd > 8 && odd*10 > len(sample) {
		return ErrBinary
	}
	return nil
}

// invalidUTF8 returns the offset of the first invalid byte sequence and
// how many there are, each run of invalid bytes counted once, as
// strings.ToValidUTF8 replaces them.
func invalidUTF8(b []byte) (first, n int) {
	first = -1
	prev := false
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		bad := c == utf8.RuneError && size <= 1
		if bad && !prev {
			if first < 0 {
				first = i
			}
			n++
		}
		prev = bad
		i += size
	}
	return first, n
}
