package chrono

import "testing"

// TestShiftSeason: "this", "last" and "next" seasons around the turn of
// the year and just after a season ends.
func TestShiftSeason(t *testing.T) {
	winter, summer := 3, 1
	tests := []struct {
		anchor    string
		season, n int
		want      string
	}{
		{"2013-01-15", winter, 0, "2012-WI"},
		{"2013-03-05", winter, 0, "2012-WI"}, // "no snow this winter", said in March
		{"2013-03-05", winter, 1, "2013-WI"},
		{"2013-03-05", winter, -1, "2012-WI"},
		{"2013-04-02", winter, 0, "2013-WI"}, // by April it is the coming one
		{"2013-09-05", summer, 0, "2013-SU"},
		{"2013-09-05", summer, -1, "2013-SU"}, // the summer just gone
		{"2013-05-05", summer, -1, "2012-SU"},
	}
	for _, tt := range tests {
		a, err := ParseValue(tt.anchor)
		if err != nil {
			t.Fatal(err)
		}
		if got := shiftSeason(a.Start, tt.season, tt.n).Value; got != tt.want {
			t.Errorf("shiftSeason(%s, %d, %+d) = %s, want %s", tt.anchor, tt.season, tt.n, got, tt.want)
		}
	}
}
