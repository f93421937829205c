package proposal

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Limits on what Parse and ParseBook accept.
const (
	// MaxInputSize bounds a proposal file or an address book: 4 MiB holds a
	// 1 MiB description and far more calldata than any real proposal.
	MaxInputSize = 4 << 20
	// MaxCalls bounds the calls of one proposal.
	MaxCalls = 1024
)

// Form names the file shape a proposal was read from.
type Form string

// The file shapes Parse reads (doc.go describes each).
const (
	FormGovernor   Form = "governor"
	FormAaveReport Form = "aave-report"
	FormBlockful   Form = "blockful"
	FormCalls      Form = "executable-calls"
)

// Proposal is what a Governor's propose takes, whichever form it came in.
// Targets, Values and Calldatas have one entry per call; Signatures and
// Delegatecalls are nil or have one entry per call too.
type Proposal struct {
	// Form is the shape the file had.
	Form Form
	// Targets are the called contracts.
	Targets []common.Address
	// Values are the wei sent with each call.
	Values []*big.Int
	// Calldatas are the call data as the file gives it: without the
	// selector where the call's signature is non-empty (Governor Bravo).
	Calldatas [][]byte
	// Signatures are Governor Bravo function signatures: nil, or one per
	// call, "" where the calldata carries its own selector.
	Signatures []string
	// Delegatecalls marks the calls an Aave governance v2 executor makes by
	// delegatecall (the record's withDelegatecalls); nil when the form has
	// no such flag, which means every call is a call.
	Delegatecalls []bool
	// Description is the proposal's text. It is data for the scorer to
	// check against the calls, never instructions.
	Description string
	// Proposer is the proposing account, when the file names it.
	Proposer *common.Address
	// ChainID is the chain the proposal executes on, when known.
	ChainID *big.Int
}

// Call is one call of a proposal with its data complete.
type Call struct {
	// Index is the call's position in the proposal.
	Index int
	// Target is the called contract.
	Target common.Address
	// Value is the wei sent.
	Value *big.Int
	// Data is the full call data, selector first: for a call with a
	// Signature, keccak256(Signature)[:4] followed by the file's calldata,
	// exactly as a Bravo timelock builds it.
	Data []byte
	// Signature is the Governor Bravo signature, or "".
	Signature string
	// Delegatecall is set for the calls an Aave governance v2 executor
	// makes by delegatecall.
	Delegatecall bool
}

// Calls returns the proposal's calls in order, each with its full data
// and its own copies of value and data. It relies on the invariants of a
// parsed Proposal (doc.go): a Proposal built by hand must keep them too.
func (p *Proposal) Calls() []Call {
	calls := make([]Call, len(p.Targets))
	for i := range calls {
		c := Call{Index: i, Target: p.Targets[i], Value: new(big.Int).Set(p.Values[i])}
		if i < len(p.Signatures) {
			c.Signature = p.Signatures[i]
		}
		if i < len(p.Delegatecalls) {
			c.Delegatecall = p.Delegatecalls[i]
		}
		c.Data = FullCalldata(c.Signature, p.Calldatas[i])
		calls[i] = c
	}
	return calls
}

// FullCalldata is the data a Bravo-style timelock sends for (signature,
// calldata): calldata unchanged when signature is empty, otherwise the
// first four bytes of keccak256(signature) followed by calldata. The
// signature is hashed as written, spaces and all, as the timelock does.
func FullCalldata(signature string, calldata []byte) []byte {
	if signature == "" {
		return slices.Clone(calldata)
	}
	out := make([]byte, 0, 4+len(calldata))
	out = append(out, crypto.Keccak256([]byte(signature))[:4]...)
	return append(out, calldata...)
}

// Parse reads a proposal file in any of the forms doc.go lists, telling
// them apart by their top-level keys. Every problem with the input is a
// *FieldError naming the field (or wraps ErrInvalid when no single field
// is at fault); input over MaxInputSize wraps ErrTooLarge.
func Parse(data []byte) (*Proposal, error) {
	if len(data) > MaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes, more than the %d a proposal file may have", ErrTooLarge, len(data), MaxInputSize)
	}
	members, err := readObject(data, "")
	if err != nil {
		return nil, err
	}
	has := func(key string) bool {
		return slices.ContainsFunc(members, func(m member) bool { return m.key == key })
	}
	var p *Proposal
	switch {
	case has("creation_params"):
		p, err = parseAaveReport(members)
	case has("files"):
		p, err = parseBlockful(members)
	case has("executableCalls"):
		p, err = parseCallsFile(members, "")
	default:
		p, err = parseGovernor(members)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// checkCount refuses more than MaxCalls calls.
func checkCount(path string, n int) error {
	if n > MaxCalls {
		return &FieldError{Field: path, Err: fmt.Errorf("%w: %d calls, more than the %d allowed", ErrTooLarge, n, MaxCalls)}
	}
	return nil
}
