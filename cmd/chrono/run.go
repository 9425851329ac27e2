package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// Version is set at build time with -ldflags "-X main.Version=...".
var Version = "dev"

// Run runs the chrono command line and returns its exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return (&env{now: time.Now, stdin: stdin, stdout: stdout, stderr: stderr, terminal: isTerminal(stderr)}).run(ctx, args)
}

// isTerminal reports whether w is a terminal, where progress bars go.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// env is what a command may touch: streams and the clock, injected for tests.
type env struct {
	now            func() time.Time
	stdin          io.Reader
	stdout, stderr io.Writer
	terminal       bool // stderr is a terminal: progress bars
	// ticker makes watch's ticks and a function that stops them; nil is
	// time.NewTicker.
	ticker func(time.Duration) (<-chan time.Time, func())
}

// exitError carries an exit status through urfave/cli.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usage marks a usage error: exit status 2.
func usage(format string, args ...any) error {
	return &exitError{2, fmt.Errorf(format, args...)}
}

// errReported is returned when the command has already printed its errors.
var errReported = &exitError{1, errors.New("")}

func (e *env) run(ctx context.Context, args []string) int {
	app := e.app()
	err := app.RunContext(ctx, reorder(app, args))
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err.Error() != "" {
			fmt.Fprintf(e.stderr, "chrono: %v\n", ee.err)
		}
		return ee.code
	}
	// Errors urfave/cli raises itself are about the command line.
	fmt.Fprintf(e.stderr, "chrono: %v\n", err)
	return 2
}

func (e *env) app() *cli.App {
	return &cli.App{
		Name:    "chrono",
		Usage:   "turn news articles into dated chronologies",
		Version: Version,
		Description: `chrono finds every date expression in news articles, resolves it against the
article's publication date, anchors the sentence it dates as an event, stores
everything in SQLite and exports ordered chronologies to CSV, Excel, JSON,
Markdown and TimelineJS.

Example:
   chrono demo
   chrono ingest articles/ && chrono timeline --from 2026-01 && chrono export --output brief.xlsx
   chrono export -o brief.md --search ceasefire --min-confidence 0.5`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "db", Value: "chrono.db", EnvVars: []string{"CHRONO_DB"}, Usage: "SQLite database `PATH`"},
		},
		Commands: append([]*cli.Command{
			e.demoCommand(),
			e.ingestCommand(),
			e.watchCommand(),
			e.timelineCommand(),
			e.exportCommand(),
			e.reviewCommand(),
		}, append(e.correctCommands(),
			e.correctionsCommand(),
			e.rebuildCommand(),
			e.reportCommand(),
			e.sqlCommand(),
			e.parseCommand(),
			e.tagCommand(),
		)...),
		Reader:          e.stdin,
		Writer:          e.stdout,
		ErrWriter:       e.stderr,
		HideHelpCommand: true,
		ExitErrHandler:  func(*cli.Context, error) {}, // the default calls os.Exit
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usage("%v (see 'chrono %s --help')", err, c.Command.Name)
		},
	}
}

// reorder moves flags that follow positional arguments in front of them, so
// that `chrono parse "last month" --ref 2026-01-08` works: urfave/cli stops
// reading flags at the first positional argument.
func reorder(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	// Skip the program name and global flags to find the command.
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" {
		if !strings.Contains(args[i], "=") && takesValue(app.Flags, args[i]) {
			i++
		}
		i++
	}
	if i >= len(args) {
		return args
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return args
	}
	// Down to the subcommand: "report run NAME --param k=v".
	for i+1 < len(args) {
		sub := cmd.Command(args[i+1])
		if sub == nil {
			break
		}
		cmd, i = sub, i+1
	}
	var flags, pos []string
	rest := args[i+1:]
	for k := 0; k < len(rest); k++ {
		a := rest[k]
		switch {
		case a == "--":
			pos = append(pos, rest[k:]...)
			k = len(rest)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			if !strings.Contains(a, "=") && takesValue(cmd.Flags, a) && k+1 < len(rest) {
				k++
				flags = append(flags, rest[k])
			}
		default:
			pos = append(pos, a)
		}
	}
	out := append([]string{}, args[:i+1]...)
	out = append(out, flags...)
	if len(pos) > 0 && pos[0] != "--" {
		out = append(out, "--")
	}
	return append(out, pos...)
}

// takesValue reports whether the flag named by arg (-x, --xx) needs a value.
func takesValue(flags []cli.Flag, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	for _, f := range flags {
		for _, n := range f.Names() {
			if n != name {
				continue
			}
			if _, ok := f.(*cli.BoolFlag); ok {
				return false
			}
			return true
		}
	}
	return false
}
