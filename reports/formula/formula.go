package formula

// triggers are the first characters that make a spreadsheet program read a
// cell as a formula (or, for tab and carriage return, hide one behind
// them), as OWASP lists them.
const triggers = "=+-@\t\r"

// Neutralise returns s with a leading apostrophe when its first character
// would make it a formula; other text comes back unchanged.
func Neutralise(s string) string {
	if Risky(s) {
		return "'" + s
	}
	return s
}

// Risky reports whether s begins with a character that makes a
// spreadsheet program read it as a formula.
func Risky(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(triggers); i++ {
		if s[0] == triggers[i] {
			return true
		}
	}
	return false
}
