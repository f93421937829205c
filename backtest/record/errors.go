package record

import "errors"

// ErrNotRecorded is returned by a replay for a read the recording lacks.
var ErrNotRecorded = errors.New("record: not in the recording")

// ErrMismatch is returned when a recording is resumed with other
// parameters than it was started with.
var ErrMismatch = errors.New("record: the recording was started with other parameters")

// ErrSchema is returned when a recording's layout is not the one this
// recorder writes: one made before receipts were recorded cannot be
// resumed (its blocks so far would lack them), one made by a newer
// recorder cannot be opened.
var ErrSchema = errors.New("record: the recording's schema is not this recorder's")
