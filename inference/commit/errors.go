package commit

import "errors"

// Sentinel errors of this package.
var (
	// ErrNotFinite is returned when a value to quantise is NaN or ±Inf.
	ErrNotFinite = errors.New("value is not finite")
	// ErrOverflow is returned when a quantised value does not fit in int64.
	ErrOverflow = errors.New("value overflows int64 at this scale")
	// ErrEmptyTree is returned when a Merkle tree is built from no leaves.
	ErrEmptyTree = errors.New("merkle tree needs at least one leaf")
	// ErrLeafIndex is returned when a proof is asked for a leaf that is not in the tree.
	ErrLeafIndex = errors.New("leaf index out of range")
	// ErrBadPublication is returned when published inputs, outputs, context or proof bytes do not decode.
	ErrBadPublication = errors.New("malformed publication")
)
