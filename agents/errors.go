package agents

import "errors"

// ErrUnsettled is returned when an agent stops with a bundle whose receipt
// has not arrived.
var ErrUnsettled = errors.New("agents: submission not settled")
