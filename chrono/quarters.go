package chrono

// quarter: "the third quarter", "third-quarter", "the fiscal first quarter",
// "the third quarter of 1989", "Q3 2024", "the first half of 2025",
// "first-half", "the quarter", "the latest quarter", "the year-ago quarter".
func (s *scanner) quarter(i int) (match, bool) {
	if t := s.tok(i); t.kind == tokNum {
		// only "4th qtr" and "1985 4th qtr" start on a number: check
		// before the full rule
		n := s.tok(i + 1)
		switch {
		case n != nil && n.kw == kwOrdSuf && len(t.text) == 1:
		case n != nil && len(t.text) == 4 && (n.kw == kwOrdinal || n.kind == tokNum && len(n.text) == 1 && s.is(i+2, ordSuffix[min(int(n.text[0]-'0'), 4)])):
		default:
			return match{}, false
		}
	}
	m, ok := s.quarterAt(i)
	if !ok && s.is(i, "the") && s.is(i+2, "period") || ok && m.sp.anaphor && m.sp.dir == 0 {
		// "the quarter a year ago", "the corresponding period last year":
		// the quarter in question, a year before.
		if !ok {
			if w := s.toklower(i + 1); w != "comparable" && w != "corresponding" && w != "same" {
				return match{}, false
			}
			m = match{i, i + 3, spec{kind: specQuarter, anaphor: true, period: true}}
		}
		switch {
		case s.is(m.j, "a") && s.is(m.j+1, "year") && (s.is(m.j+2, "ago") || s.is(m.j+2, "earlier")):
			m.j += 3
		case s.is(m.j, "last") && s.is(m.j+1, "year"):
			m.j += 2
		case !ok:
			return match{}, false
		default:
			return m, true
		}
		m.sp.dir = -1
		return m, true
	}
	if ok && !m.sp.anaphor && m.sp.y == 0 && !m.sp.relYear {
		// "the second quarter last year", "the fourth quarter of this year"
		c := m.j
		if s.is(c, "of") {
			c++
		}
		if t := s.tok(c); t != nil && t.kw == kwShift && s.is(c+1, "year") {
			m.j, m.sp.relYear, m.sp.dir = c+2, true, t.kv
		}
	}
	if ok && m.i < m.j-1 && s.is(m.i, "the") && s.hyphenated(m.i+1, m.j) {
		m.i++ // "the third-quarter", "the year-ago": the article goes with the noun they qualify
	}
	return m, ok
}

// hyphenated reports whether tokens [i, j) end in a hyphenated adjective
// ("third-quarter", "year-ago") with no noun after the hyphen's word.
func (s *scanner) hyphenated(i, j int) bool {
	return j-i >= 3 && s.is(j-2, "-") && s.adjacent(j-2)
}

func (s *scanner) quarterAt(i int) (match, bool) {
	k := i
	if s.is(k, "the") {
		k++
	}
	if s.is(k, "fiscal") {
		k++
		if s.is(k, "-") && s.adjacent(k) {
			k++ // "the fiscal-first quarter"
		}
	}
	t := s.tok(k)
	if t == nil {
		return match{}, false
	}
	// "this year's third quarter", "last year's quarter", "the 1988 second
	// quarter", "the 1989 period": a year, then the quarter.
	if m, ok := s.yearQuarter(i, k); ok {
		return m, true
	}
	// Q3, Q3 2024, 2024 Q3
	if t.kind == tokWord && len(t.lower) == 2 && t.lower[0] == 'q' && t.lower[1] >= '1' && t.lower[1] <= '4' && t.upper {
		sp := spec{kind: specQuarter, n: int(t.lower[1] - '0')}
		j := k + 1
		if y, ok := s.yearAt(j); ok {
			sp.y, j = y, j+1
		}
		return match{i, j, sp}, true
	}
	if (t.lower == "comparable" || t.lower == "corresponding" || t.lower == "same") && k > i && s.is(k+1, "year") {
		// "the comparable year-ago quarter"
		k++
		t = s.tok(k)
	}
	var ord, unit int // unit 4: quarter, 2: half
	switch {
	case t.kw == kwOrdinal && t.kv <= 4:
		ord = t.kv
	case t.kind == tokNum && len(t.text) == 1 && t.text[0] >= '1' && t.text[0] <= '4' && s.is(k+1, ordSuffix[t.text[0]-'0']) && s.adjacent(k+1):
		ord = int(t.text[0] - '0') // "4th qtr", "the 3rd quarter"
		k++
	case (t.lower == "last" || t.lower == "latter") && s.is(k+1, "half") && k > i:
		ord = 2 // "the last half of 1989"
	case t.lower == "latest" || t.lower == "current" || t.lower == "same" || t.lower == "year":
		// handled below as anaphora
	default:
		// "the quarter", "this quarter": anaphora
		ended := s.is(k+1, "ended") || s.is(k+1, "ends") || s.is(k+1, "ending")
		if t.kw != kwUnit || t.kv != unitQuarter || k == i && !ended || t.lower != "quarter" || s.is(i, "fiscal") ||
			s.is(k+1, "-") && s.is(k+2, "to") { // "the quarter-to-quarter comparison"
			return match{}, false
		}
		return match{i, k + 1, spec{kind: specQuarter, anaphor: true}}, true
	}
	k++
	if ord == 0 {
		// "the latest quarter", "the year-ago quarter", "the year-earlier period"
		yearAgo := false
		if t.lower == "year" {
			if !s.is(k, "-") || !(s.is(k+1, "ago") || s.is(k+1, "earlier")) {
				return match{}, false
			}
			k += 2
			yearAgo = true
		}
		if yearAgo {
			// "the year-ago third quarter": that quarter, a year before the anchor's.
			c := k
			if s.is(c, "fiscal") {
				c++
			}
			if o := s.tok(c); o != nil && o.kw == kwOrdinal && o.kv <= 4 {
				c++
				if s.is(c, "-") {
					c++
				}
				if s.is(c, "quarter") {
					return match{i, c + 1, spec{kind: specQuarter, n: o.kv, relYear: true, dir: -1}}, true
				}
			}
		}
		u := s.tok(k)
		if yearAgo && u != nil && u.lower == "month" {
			return match{i, k + 1, spec{kind: specQuarter, anaphor: true, dir: -1, period: true, monthAgo: true}}, true
		}
		if u == nil || !(u.lower == "quarter" || u.lower == "period" && (yearAgo || t.lower == "latest")) {
			if yearAgo && k-1 > i { // "year-earlier" as an adjective of a figure
				return match{i, k, spec{kind: specQuarter, anaphor: true, dir: -1, period: true}}, true
			}
			return match{}, false
		}
		if i == k-1 && !yearAgo {
			return match{}, false // "latest quarter" needs its article
		}
		sp := spec{kind: specQuarter, anaphor: true, latest: t.lower == "latest", period: u.lower == "period"}
		if yearAgo {
			sp.dir = -1
		}
		return match{i, k + 1, sp}, true
	}
	if s.is(k, "-") && s.adjacent(k) {
		k++
	}
	if s.is(k, "fiscal") {
		k++ // "the second fiscal quarter"
	}
	twoQuarters := false
	if ord == 1 && s.is(k, "two") && s.is(k+1, "quarters") {
		k, twoQuarters = k+1, true // "the first two quarters of 1990": the first half
	}
	u := s.tok(k)
	switch {
	case u != nil && u.lower == "quarter" && ord <= 4:
		unit = 4
	case u != nil && (u.lower == "half" && ord <= 2 || twoQuarters):
		unit = 2
	default:
		return match{}, false
	}
	sp := spec{kind: specQuarter, n: ord}
	if unit == 2 {
		sp.kind = specHalf
	}
	j := k + 1
	c := j
	if s.is(c, "of") {
		c++
		if d, ok := s.decade(c); ok && unit == 2 && !twoQuarters {
			// "the last half of the '80s": the decade, its start or end
			d.sp.mod = [...]string{"", "START", "END"}[ord]
			return match{i, d.j, d.sp}, true
		}
	}
	if s.is(c, "fiscal") {
		c++
	}
	if y, ok := s.yearAt(c); ok {
		sp.y, j = y, c+1
	}
	return match{i, j, sp}, true
}

// yearQuarter reads a year (stated, or shifted from the anchor) followed by
// a quarter or "period": "this year's third quarter", "the 1989 period".
func (s *scanner) yearQuarter(i, k int) (match, bool) {
	t := s.tok(k)
	sp := spec{kind: specQuarter}
	switch {
	case t.kw == kwShift && s.is(k+1, "year") && (s.is(k+2, "'") || s.is(k+2, "’")) && s.is(k+3, "s"):
		sp.relYear, sp.dir = true, t.kv
		k += 4
	case t.kind == tokNum && (k > i || s.tok(k+1) != nil && (s.tok(k+1).kw == kwOrdinal || s.tok(k+1).kind == tokNum)):
		y, ok := s.yearAt(k)
		if !ok {
			return match{}, false
		}
		sp.y = y
		k++
	default:
		return match{}, false
	}
	if s.is(k, "fiscal") {
		k++
	}
	q := s.tok(k)
	ordNum := q != nil && q.kind == tokNum && len(q.text) == 1 && q.text[0] >= '1' && q.text[0] <= '4' && s.is(k+1, ordSuffix[q.text[0]-'0'])
	switch {
	case q != nil && (q.kw == kwOrdinal && q.kv <= 4 || ordNum):
		n := q.kv
		if ordNum {
			n, k = int(q.text[0]-'0'), k+1 // "1985 4th qtr"
		}
		k++
		if s.is(k, "-") && s.adjacent(k) {
			k++
		}
		if !s.is(k, "quarter") {
			return match{}, false
		}
		sp.n = n
	case s.is(k, "quarter") || s.is(k, "period"):
		sp.anaphor = true
	default:
		return match{}, false
	}
	return match{i, k + 1, sp}, true
}

// ordSuffix is the ordinal suffix of 1 to 4.
var ordSuffix = [5]string{"", "st", "nd", "rd", "th"}
