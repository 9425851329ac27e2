package reports_test

import _ "modernc.org/sqlite" // the "sqlite" driver for the tests
