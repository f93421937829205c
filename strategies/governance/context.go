package governance

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/strategies/governance/features"
)

// historyWindow is how far back the proposer's votes are compared: about
// a day of 12-second blocks.
const historyWindow = 7200

// logChunk is the most blocks one eth_getLogs request spans: many nodes and
// providers refuse wider ranges (limits of 2,000 to 10,000 blocks are
// common), and the lookback is 50,000 by default.
const logChunk = 2_000

// readContext reads, from any node, what the features need beside the
// proposal: the Governor's and timelock's settings at the block before
// the proposal (so a cut is measured against them) and the proposer's
// history (earlier proposals within lookback blocks, votes at the proposal
// and a day before, the token's supply). The reads are OpenZeppelin
// Governor's.
//
// A value the chain cannot give stays nil (unknown), never guessed: the
// call reverts (a Governor that lacks the function, Governor Bravo's
// quorum), answers nothing (no code there), or the node no longer keeps
// that block's state (a full node prunes all but the last ~128 blocks').
// Params is nil when none of its values is known. Any other failure — the
// node did not answer — is an error, so that the tick is tried again
// instead of scoring the proposal on features that only look unknown.
func readContext(ctx context.Context, chain program.ChainReader, governor common.Address, c Created, lookback uint64) (*features.GovParams, *features.History, error) {
	at := new(big.Int).SetUint64(c.Block)
	if c.Block > 0 {
		at.SetUint64(c.Block - 1)
	}
	gov, vt := bindings.NewStewardGovernor(), bindings.NewGovToken()
	r := &reader{ctx: ctx, chain: chain}
	params := &features.GovParams{
		VotingDelay:       read(r, "votingDelay()", governor, gov.PackVotingDelay(), gov.UnpackVotingDelay, at),
		VotingPeriod:      read(r, "votingPeriod()", governor, gov.PackVotingPeriod(), gov.UnpackVotingPeriod, at),
		QuorumNumerator:   read(r, "quorumNumerator()", governor, gov.PackQuorumNumerator0(), gov.UnpackQuorumNumerator0, at),
		ProposalThreshold: read(r, "proposalThreshold()", governor, gov.PackProposalThreshold(), gov.UnpackProposalThreshold, at),
	}
	if tl := read(r, "timelock()", governor, gov.PackTimelock(), gov.UnpackTimelock, at); tl != (common.Address{}) {
		tlABI := bindings.NewDaoTimelock()
		params.TimelockDelay = read(r, "getMinDelay()", tl, tlABI.PackGetMinDelay(), tlABI.UnpackGetMinDelay, at)
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	if *params == (features.GovParams{}) {
		params = nil // nothing known: not a set of zero-valued settings
	}
	hist := &features.History{}
	if c.Proposal.Proposer == nil {
		return params, hist, nil
	}
	proposer := *c.Proposal.Proposer
	if tok := read(r, "token()", governor, gov.PackToken(), gov.UnpackToken, at); tok != (common.Address{}) {
		hist.VotesAtProposal = read(r, "getVotes(proposer)", tok, vt.PackGetVotes(proposer), vt.UnpackGetVotes, at)
		if c.Block > historyWindow {
			hist.VotesBlocksBefore = read(r, "getVotes(proposer)", tok, vt.PackGetVotes(proposer), vt.UnpackGetVotes, new(big.Int).SetUint64(c.Block-historyWindow))
		} else {
			hist.VotesBlocksBefore = new(big.Int) // the chain is younger than the window: nothing before
		}
		hist.Supply = read(r, "totalSupply()", tok, vt.PackTotalSupply(), vt.UnpackTotalSupply, at)
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	// Earlier proposals within the lookback window, in ranges a node
	// accepts. The logs are the Governor's own: they are always known, so
	// the history is too.
	from := uint64(0)
	if c.Block > lookback {
		from = c.Block - lookback
	}
	if c.Block > 0 {
		err := createdLogs(ctx, chain, governor, from, c.Block-1, func(l types.Log) error {
			if prev, err := DecodeCreated(l); err == nil && prev.Proposal.Proposer != nil && *prev.Proposal.Proposer == proposer && prev.ID.Cmp(c.ID) != 0 {
				hist.PriorProposals++
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("governance: the proposer's earlier proposals: %w", err)
		}
	}
	return params, hist, nil
}

// reader keeps the first failure of a series of reads, so that a series
// reads like a list of values.
type reader struct {
	ctx   context.Context
	chain ethereum.ContractCaller
	err   error
}

// read calls fn (data) on to at block and unpacks the answer; the zero
// value (nil, the zero address) when the chain cannot give it (see
// readContext) or an earlier read failed.
func read[T any](r *reader, fn string, to common.Address, data []byte, unpack func([]byte) (T, error), block *big.Int) T {
	var unknown T
	if r.err != nil {
		return unknown
	}
	out, err := r.chain.CallContract(r.ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	switch {
	case err != nil && (contracts.IsRevert(err) || rpcclient.IsStateUnavailable(err)):
		return unknown
	case err != nil:
		r.err = fmt.Errorf("governance: %s.%s at block %s: %w", to, fn, block, err)
		return unknown
	case len(out) == 0:
		return unknown // no code at to
	}
	v, err := unpack(out)
	if err != nil {
		return unknown // an answer that is not the function's: the contract has another one
	}
	return v
}

// createdLogs calls fn with each ProposalCreated log of governor in blocks
// from..to, asking the node for logChunk blocks at a time.
func createdLogs(ctx context.Context, chain ethereum.LogFilterer, governor common.Address, from, to uint64, fn func(types.Log) error) error {
	for lo := from; lo <= to; {
		hi := min(to, lo+logChunk-1)
		logs, err := chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{governor}, Topics: [][]common.Hash{{ProposalCreatedTopic}}})
		if err != nil {
			return fmt.Errorf("ProposalCreated logs of %s in blocks %d..%d: %w", governor, lo, hi, err)
		}
		for _, l := range logs {
			if err := fn(l); err != nil {
				return err
			}
		}
		if hi == to {
			break // to may be the largest uint64
		}
		lo = hi + 1
	}
	return nil
}
