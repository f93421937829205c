package agents

import "errors"

// ErrUnsettled is returned when an agent stops with a bundle whose receipt
// has not arrived.
var ErrUnsettled = errors.New("agents: submission not settled")

// ErrPreflight is returned when a start-up check fails (see Preflight): the
// agent would refuse every tick, so it does not start.
var ErrPreflight = errors.New("start-up checks failed")
