package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Tests that need a real process (SIGKILL, two processes at once) run the
// chrono binary, built once for the package by chronoBinary.
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
	os.Exit(code)
}

// chronoBinary builds ./cmd/chrono into a temporary folder, once.
func chronoBinary(t *testing.T) string {
	t.Helper()
	binary.once.Do(func() {
		if binary.dir, binary.err = os.MkdirTemp("", "chrono-bin-"); binary.err != nil {
			return
		}
		os.Chmod(binary.dir, 0o755) // TestPermissionDenied runs it as nobody
		binary.path = filepath.Join(binary.dir, "chrono")
		out, err := exec.Command("go", "build", "-o", binary.path, ".").CombinedOutput()
		if err != nil {
			binary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}

// exe runs the chrono binary and returns its exit status and output.
func exe(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(chronoBinary(t), args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errOut.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, out.String(), errOut.String()
}

// writeCorpus writes n short dated articles in folders of 250 below dir and
// returns the folders.
func writeCorpus(t *testing.T, dir string, n int) []string {
	t.Helper()
	countries := []string{"French", "German", "Polish", "Italian", "Spanish", "Dutch", "Czech", "Greek", "Swedish", "Irish", "Danish"}
	cities := []string{"Paris", "Berlin", "Warsaw", "Rome", "Madrid", "Vienna", "Prague", "Athens", "Oslo", "Dublin", "Lisbon", "Riga", "Sofia"}
	topics := []string{"grain", "energy", "border", "fisheries", "rail", "water", "tariff", "bank", "health", "steel", "port", "drone", "cable", "salt", "wine", "timber", "copper"}
	var folders []string
	for k := 0; k < n; k++ {
		folder := filepath.Join(dir, fmt.Sprintf("part%02d", k/250))
		if k%250 == 0 {
			folders = append(folders, folder)
		}
		c, city, topic := countries[k%len(countries)], cities[k%len(cities)], topics[k%len(topics)]
		text := fmt.Sprintf("%s %s talks in %s, report %d\nJanuary %d, 2026\n"+
			"The %s delegation met officials in %s on Tuesday to discuss the %s plan and its %d clauses.\n"+
			"Talks on the %s accord will resume next week, the ministry said on January %d.\n",
			c, topic, city, k, 1+k%28, c, city, topic, k%97+3, topic, 1+(k+3)%28)
		writeFile(t, filepath.Join(folder, fmt.Sprintf("%05d.txt", k)), text)
	}
	return folders
}

// copyFile copies a database, WAL included, as SQLite's VACUUM INTO does.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	if _, err := query(t, from).Exec(`VACUUM INTO ?`, to); err != nil {
		t.Fatal(err)
	}
}

// checkIntegrity runs SQLite's own checks.
func checkIntegrity(t *testing.T, db string) {
	t.Helper()
	q := query(t, db)
	var ok string
	if err := q.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q, %v", ok, err)
	}
	rows, err := q.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Error("foreign_key_check: rows violate foreign keys")
	}
}

// correctedBase ingests the test stories into a new database and corrects
// the date of one entry, as an analyst would before the runs to come.
func correctedBase(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "base.db")
	mustRun(t, "--db", db, "ingest", stories)
	gas := entryWith(t, entryRows(t, db), "European Union")
	mustRun(t, "--db", db, "correct", gas["entry"][:8], "--date", "2026-03-04", "--note", "council minutes")
	checkCorrected(t, db)
	return db
}

// checkCorrected checks the correction of correctedBase.
func checkCorrected(t *testing.T, db string) {
	t.Helper()
	got := entryWith(t, entryRows(t, db), "European Union")
	if got["date"] != "2026-03-04" || got["analyst"] != "yes" || got["note"] != "council minutes" {
		t.Errorf("corrected entry: date %q analyst %q note %q; want 2026-03-04, yes, council minutes", got["date"], got["analyst"], got["note"])
	}
}

// sameStore compares two databases' documents and event counts.
func sameStore(t *testing.T, db, want string) {
	t.Helper()
	gotDocs, gotEvents := stored(t, db)
	wantDocs, wantEvents := stored(t, want)
	if len(gotDocs) != len(wantDocs) {
		t.Errorf("%d documents, want %d", len(gotDocs), len(wantDocs))
	}
	for p := range wantDocs {
		if !gotDocs[p] || gotEvents[p] != wantEvents[p] {
			t.Errorf("%s: stored %v with %d events, want %d events", p, gotDocs[p], gotEvents[p], wantEvents[p])
		}
	}
	var dups int
	if err := query(t, db).QueryRow(`SELECT count(*) FROM (SELECT hash FROM documents GROUP BY hash HAVING count(*) > 1)`).Scan(&dups); err != nil || dups != 0 {
		t.Errorf("%d contents stored twice (%v)", dups, err)
	}
	var got, wantEntries int
	query(t, db).QueryRow(`SELECT count(*) FROM entries`).Scan(&got)
	query(t, want).QueryRow(`SELECT count(*) FROM entries`).Scan(&wantEntries)
	if got != wantEntries {
		t.Errorf("%d entries, want %d as a clean run built", got, wantEntries)
	}
}

// TestKillIngest kills `chrono ingest` with SIGKILL at several points of a
// run over 600 articles (three batches), into a database holding an
// analyst's correction: while it starts, after its first and second
// batches commit, once every article is stored (while the entries are
// rebuilt), and at a time. After each kill the database passes
// integrity_check, and an ingest again stores every article once, with the
// events and entries of a clean run, and the correction intact.
func TestKillIngest(t *testing.T) {
	dir := t.TempDir()
	corpus := writeCorpus(t, filepath.Join(dir, "corpus"), 600)
	base := correctedBase(t, dir)
	baseDocs, _ := stored(t, base)

	clean := filepath.Join(dir, "clean.db")
	copyFile(t, base, clean)
	chronoBinary(t) // built before the clock starts
	// The kills at a share of a clean run's time need its quickest: on a
	// busy machine one run can take twice another, and a kill timed from a
	// slow one comes after the run it aims at has ended.
	var took time.Duration
	for k, db := range []string{clean, filepath.Join(dir, "clean2.db")} {
		if k > 0 {
			copyFile(t, base, db)
		}
		start := time.Now()
		if code, _, stderr := exe(t, append([]string{"--db", db, "ingest"}, corpus...)...); code != 0 {
			t.Fatalf("clean ingest: exit %d: %s", code, stderr)
		}
		if d := time.Since(start); k == 0 || d < took {
			took = d
		}
	}
	cleanDocs, _ := stored(t, clean)

	// Kill points: documents stored (-1: none, at once), or a share of a
	// clean run's time.
	all := len(cleanDocs)
	points := []struct {
		name string
		docs int
		time float64
	}{
		{"at start", -1, 0},
		{"after batch 1", len(baseDocs) + 256, 0},
		{"after batch 2", len(baseDocs) + 512, 0},
		{"all stored, entries rebuilding", all, 0},
		{"at 40% of a clean run", 0, 0.4},
		{"at 65% of a clean run", 0, 0.65},
	}
	killed := 0
	for k, p := range points {
		db := filepath.Join(dir, fmt.Sprintf("kill%d.db", k))
		copyFile(t, base, db)
		watch := query(t, db)
		cmd := exec.Command(chronoBinary(t), append([]string{"--db", db, "ingest"}, corpus...)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		switch {
		case p.time > 0:
			time.Sleep(time.Duration(float64(took) * p.time))
		case p.docs > 0:
		poll:
			for n := 0; n < p.docs; time.Sleep(time.Millisecond) {
				select {
				case <-exited:
					break poll
				default:
				}
				watch.QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited
		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if ws.Signaled() {
			killed++
		}
		checkIntegrity(t, db)
		docs, _ := stored(t, db)
		var corrections int
		watch.QueryRow(`SELECT count(*) FROM corrections`).Scan(&corrections)
		if corrections != 1 {
			t.Errorf("kill %s: %d corrections, want 1", p.name, corrections)
		}
		t.Logf("kill %s: killed %v, %d of %d documents stored", p.name, ws.Signaled(), len(docs), all)

		if code, _, stderr := exe(t, append([]string{"--db", db, "ingest"}, corpus...)...); code != 0 {
			t.Fatalf("ingest after the kill %s: exit %d: %s", p.name, code, stderr)
		}
		checkIntegrity(t, db)
		sameStore(t, db, clean)
		checkCorrected(t, db)
	}
	if killed < len(points)-1 {
		t.Errorf("only %d of %d runs were killed before they ended", killed, len(points))
	}
}

// TestConcurrentIngest runs two `chrono ingest` processes over overlapping
// folders of one database at once, while `chrono export` reads it in a
// loop: all succeed, nothing is stored twice, the result is a clean run's,
// and every export is a whole, consistent chronology.
func TestConcurrentIngest(t *testing.T) {
	dir := t.TempDir()
	corpus := writeCorpus(t, filepath.Join(dir, "corpus"), 1000) // 4 folders
	base := correctedBase(t, dir)
	clean := filepath.Join(dir, "clean.db")
	copyFile(t, base, clean)
	if code, _, stderr := exe(t, append([]string{"--db", clean, "ingest"}, corpus...)...); code != 0 {
		t.Fatalf("clean ingest: exit %d: %s", code, stderr)
	}

	db := filepath.Join(dir, "shared.db")
	copyFile(t, base, db)
	runs := [][]string{corpus[:3], corpus[1:]} // folders 1 and 2 in both
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for _, folders := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(chronoBinary(t), append([]string{"--db", db, "ingest"}, folders...)...)
			out, err := cmd.CombinedOutput()
			if err != nil {
				errs <- fmt.Sprintf("ingest %v: %v\n%s", folders, err, out)
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	exports := 0
	for running := true; running; {
		select {
		case <-done:
			running = false // one more export, of the end state
		default:
		}
		cmd := exec.Command(chronoBinary(t), "--db", db, "export", "-o", "-", "--format", "csv")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			t.Errorf("export %d: %v: %s", exports, err, errOut.String())
			continue
		}
		exports++
		checkExport(t, out.Bytes())
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	t.Logf("2 ingests at once, %d exports read meanwhile", exports)
	checkIntegrity(t, db)
	sameStore(t, db, clean)
	checkCorrected(t, db)
}

// checkExport checks that an entries CSV is whole and agrees with itself:
// every entry has mentions, and as many sources as distinct paths.
func checkExport(t *testing.T, b []byte) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	head, err := r.Read()
	if err != nil {
		t.Errorf("export: %v", err)
		return
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("export: %v", err)
			return
		}
		paths := map[string]bool{}
		for _, p := range strings.Split(rec[col["path"]], "; ") {
			paths[p] = true
		}
		if rec[col["mentions"]] == "0" || rec[col["sources"]] != fmt.Sprint(len(paths)) {
			t.Errorf("export: entry %s has %s mentions, %s sources and paths %q", rec[col["entry"]], rec[col["mentions"]], rec[col["sources"]], rec[col["path"]])
			return
		}
	}
}

// TestPermissionDenied ingests a folder with an unreadable file and an
// unreadable subfolder: each is one line naming it, and the rest is
// ingested. Root reads everything, so as root the binary runs as nobody.
func TestPermissionDenied(t *testing.T) {
	dir := t.TempDir()
	for d := dir; d != os.TempDir() && d != "/"; d = filepath.Dir(d) {
		os.Chmod(d, 0o755) // nobody must reach the folder
	}
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "good.txt"), "Good\nJanuary 8, 2026\nThe ministers met yesterday.")
	writeFile(t, filepath.Join(in, "locked.txt"), "Locked\nJanuary 8, 2026\nSecret.")
	writeFile(t, filepath.Join(in, "closed", "inside.txt"), "Inside\nJanuary 8, 2026\nSecret.")
	os.Chmod(filepath.Join(in, "locked.txt"), 0)
	os.Chmod(filepath.Join(in, "closed"), 0)
	t.Cleanup(func() { os.Chmod(filepath.Join(in, "closed"), 0o755) })
	out := filepath.Join(dir, "db")
	os.Mkdir(out, 0o777)
	os.Chmod(out, 0o777)

	cmd := exec.Command(chronoBinary(t), "--db", filepath.Join(out, "t.db"), "ingest", in)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1", err)
	}
	want := []string{
		"chrono: ingest " + filepath.Join(in, "closed") + ": permission denied",
		"chrono: ingest " + filepath.Join(in, "locked.txt") + ": permission denied",
	}
	if got := strings.Split(strings.TrimSpace(stderr.String()), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stderr:\n got %q\nwant %q", got, want)
	}
	if !strings.Contains(stdout.String(), "added     "+filepath.Join(in, "good.txt")) {
		t.Errorf("good.txt not ingested:\n%s", stdout.String())
	}
}
