package governance

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Created is one ProposalCreated event: the proposal as the Governor
// recorded it and when its voting starts. OpenZeppelin's Governor and
// Compound's Governor Bravo emit the same event (the same signature and
// topic): Bravo's startBlock and endBlock are voteStart and voteEnd, and
// its non-empty signatures mean calldata without the selector.
type Created struct {
	ID       *big.Int
	Proposal *proposal.Proposal
	// VoteStart and VoteEnd are timepoints of the Governor's clock (ERC-6372):
	// block numbers, or timestamps on the timestamp clock. The proposal is
	// Pending while the clock is at most VoteStart and Active (votes count)
	// after it, up to and including VoteEnd.
	VoteStart uint64
	VoteEnd   uint64
	Block     uint64 // the block the event is in
}

var governorABI = func() *abi.ABI {
	a, err := bindings.StewardGovernorMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return a
}()

// ProposalCreatedTopic is the event's signature hash.
var ProposalCreatedTopic = governorABI.Events["ProposalCreated"].ID

// DecodeCreated reads a ProposalCreated log (created_abi.go decodes its
// data, with no reflection).
func DecodeCreated(l types.Log) (Created, error) {
	if len(l.Topics) != 1 || l.Topics[0] != ProposalCreatedTopic {
		return Created{}, errors.New("governance: not a ProposalCreated log")
	}
	ev, err := decodeCreatedData(l.Data)
	if err != nil {
		return Created{}, fmt.Errorf("governance: ProposalCreated in block %d: %w", l.BlockNumber, err)
	}
	n := len(ev.Targets)
	if len(ev.Values) != n || len(ev.Calldatas) != n || (len(ev.Signatures) != 0 && len(ev.Signatures) != n) {
		return Created{}, fmt.Errorf("governance: ProposalCreated %s: %d targets, %d values, %d calldatas, %d signatures",
			ev.ID, n, len(ev.Values), len(ev.Calldatas), len(ev.Signatures))
	}
	if !ev.VoteStart.IsUint64() || !ev.VoteEnd.IsUint64() {
		return Created{}, fmt.Errorf("governance: ProposalCreated %s: voteStart %s / voteEnd %s are not timepoints (uint64)", ev.ID, ev.VoteStart, ev.VoteEnd)
	}
	p := &proposal.Proposal{Form: proposal.FormGovernor, Targets: ev.Targets, Values: ev.Values, Calldatas: ev.Calldatas,
		Description: ev.Description}
	for _, s := range ev.Signatures {
		if s != "" {
			p.Signatures = ev.Signatures // Bravo: some calls name their function
			break
		}
	}
	proposer := ev.Proposer
	p.Proposer = &proposer
	return Created{ID: ev.ID, Proposal: p, VoteStart: ev.VoteStart.Uint64(), VoteEnd: ev.VoteEnd.Uint64(), Block: l.BlockNumber}, nil
}
