package replay

import (
	"errors"
	"fmt"
)

// Sentinel errors of this package.
var (
	// ErrHashMismatch is returned (wrapped in a *FileError) when a decoded
	// header, transaction or root does not hash to the value the recorded
	// JSON carries, so a decoding bug cannot pass as a replay mismatch.
	ErrHashMismatch = errors.New("decoded value does not hash to the recorded hash")
	// ErrUnknownBlockHash is returned by Replay when a transaction executes
	// BLOCKHASH for an ancestor that block_hashes.json.gz does not record.
	ErrUnknownBlockHash = errors.New("BLOCKHASH of an unrecorded ancestor")
	// ErrUnsupportedFork is returned by Replay for a block from Prague on,
	// whose EIP-2935 and request system calls Replay does not mirror.
	ErrUnsupportedFork = errors.New("Prague and later blocks are not supported")
	// ErrMismatch is wrapped by a *MismatchError when a replayed value
	// differs from the header.
	ErrMismatch = errors.New("replayed value differs from the header")
	// ErrIntermediateStateRoots is wrapped by the *MismatchError that Check
	// returns for the receiptsRoot of a pre-Byzantium block: those receipts
	// commit to the full post-transaction state root, which a replay over
	// the touched accounts alone cannot compute.
	ErrIntermediateStateRoots = errors.New("pre-Byzantium receipts commit to intermediate state roots, which the touched-only pre-state cannot reproduce")
)

// FileError reports a recorded file that cannot be read as expected. Field
// names the JSON field (for example "transactions[3].hash") or is empty
// when the file as a whole is at fault.
type FileError struct {
	Path  string
	Field string
	Err   error
}

func (e *FileError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("replay: %s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("replay: %s: %s: %v", e.Path, e.Field, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// MismatchError reports a header field that the replay did not reproduce.
// Err is ErrMismatch, or ErrIntermediateStateRoots for the receiptsRoot of
// a pre-Byzantium block. Without the mainnet receipts the first diverging
// transaction cannot be named, so Txs gives the number replayed.
type MismatchError struct {
	Block uint64
	Field string
	Want  string
	Got   string
	Txs   int
	Err   error
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("replay: block %d (%d txs): %s: want %s, got %s: %v",
		e.Block, e.Txs, e.Field, e.Want, e.Got, e.Err)
}

func (e *MismatchError) Unwrap() error { return e.Err }
