// Command chrono is the command-line interface to the chrono library: it
// parses arguments, opens the store and prints; the work is done in
// package chrono, chrono/sqlite and reports.
//
// Run is the testable entry point: it takes its arguments and streams and
// returns the exit status (0 ok, 1 a file or command failed, 2 usage error).
package main
