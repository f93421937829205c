package ingest

import "errors"

var (
	// ErrInvalidConfig is returned by NewFollower when FollowerConfig or its
	// dependencies are unusable; the message names the field.
	ErrInvalidConfig = errors.New("ingest: invalid config")

	// ErrAlreadyStarted is returned by Follower.Start when called more than once.
	ErrAlreadyStarted = errors.New("ingest: follower already started")

	// ErrReorgTooDeep is the terminal error of a Follower that saw a reorg whose
	// common ancestor is older than the hashes it keeps (ReorgWindow blocks).
	// The follower stops and closes Heads; Err returns this error.
	ErrReorgTooDeep = errors.New("ingest: reorg deeper than the follower's window")

	// ErrWrongEvent is returned by the decoders when a log's topic0 is not the
	// signature of the event being decoded (or the log has no topics).
	ErrWrongEvent = errors.New("ingest: log is not the expected event")

	// ErrMalformedLog is returned by the decoders when a log has the right
	// signature but a layout or value the ABI does not allow: wrong number of
	// topics, wrong data length, or a field outside its type's range.
	ErrMalformedLog = errors.New("ingest: malformed log")

	// ErrBadBlock is returned by ReadPool when the block number is nil or
	// negative: both calls must read one pinned block.
	ErrBadBlock = errors.New("ingest: a pinned, non-negative block number is required")

	// ErrNoPool is returned by ReadPool when the call returns no data, which is
	// what an address without code at that block answers.
	ErrNoPool = errors.New("ingest: no pool contract at this address and block")
)

var (
	// ErrConsumer wraps the error with which a LogConsumer refused a
	// delivery. It ends the LogPoller; the delivery is repeated by the next run.
	ErrConsumer = errors.New("ingest: log consumer refused a delivery")

	// ErrCheckpoint wraps a failure to read or save a LogPoller checkpoint.
	// It ends the poller: the block the consumer accepted last is delivered
	// again by the next run (at-least-once across runs).
	ErrCheckpoint = errors.New("ingest: checkpoint")

	// ErrBadLogs is returned when a node's answer about logs or headers is
	// inconsistent: a log outside the queried block or range, logs out of
	// order, a log marked removed, or a header of another number.
	ErrBadLogs = errors.New("ingest: inconsistent log response")
)
