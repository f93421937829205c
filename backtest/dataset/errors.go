package dataset

import "errors"

// Sentinel errors of this package.
var (
	// ErrBadRow is returned (wrapped, with file, line and column) when a CSV
	// row cannot be read as expected.
	ErrBadRow = errors.New("bad data row")
	// ErrNoData is returned when a data file has a header but no rows.
	ErrNoData = errors.New("no data rows")
)
