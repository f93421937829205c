package governance

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Deriver re-derives a posted score for `steward verify`: the proposal id
// from the published context (checked against the Governor that
// ProposalScores serves), the score as the re-run model's raised to the
// floor of the published features, and the flags from those features.
// The published features are bound to the proposal: Deriver finds the
// proposal's ProposalCreated log, analyses its calls and description
// alone, and requires the features that analysis determines (logFeatures,
// staticFeatures) to be the published ones, so an agent cannot score a
// harmful proposal on a harmless proposal's vector. The rest (address
// book, the node's reads, a simulation) the log cannot tell, and is not
// checked.
type Deriver struct{}

var _ program.Deriver = Deriver{}

// Derive implements program.Deriver.
func (Deriver) Derive(ctx context.Context, d program.Derivation) (map[[32]byte]*big.Int, error) {
	vals := d.Context.Values
	if n := len(vals); n != idWords && n != idWords+1 {
		return nil, fmt.Errorf("governance: the context has %d values, want %d (the proposal id's words) or, for a vote, %d (…, support)", n, idWords, idWords+1)
	}
	id, err := idFromLimbs(vals[:idWords])
	if err != nil {
		return nil, err
	}
	hi, lo, err := contracts.SplitProposalID(id)
	if err != nil {
		return nil, err
	}
	if d.Outputs.InputScale != features.Scale {
		return nil, fmt.Errorf("governance: the model reads its inputs at scale %d, the features are written at %d", d.Outputs.InputScale, features.Scale)
	}
	vector, err := commit.DecodeInts(d.Inputs)
	if err != nil {
		return nil, fmt.Errorf("governance: published inputs: %w", err)
	}
	if len(vector) != len(features.Names) {
		return nil, fmt.Errorf("governance: %d published features, the analysis has %d", len(vector), len(features.Names))
	}
	model, err := ModelScore(d.Outputs)
	if err != nil {
		return nil, err
	}
	governor, err := proposalKnown(ctx, d.Chain, d.Target, id)
	if err != nil {
		return nil, err
	}
	created, err := findCreated(ctx, d.Chain, governor, id, searchEnd(d))
	if err != nil {
		return nil, err
	}
	if err := checkFeatures(vector, created.Proposal); err != nil {
		return nil, fmt.Errorf("governance: proposal %s (created in block %d): %w", id, created.Block, err)
	}
	score := max(model, features.Floor(vector))
	if len(vals) == idWords+1 {
		// A vote: cast only on a score at or above Review, against or abstain.
		support := vals[idWords]
		if support != contracts.VoteAgainst && support != contracts.VoteAbstain {
			return nil, fmt.Errorf("governance: vote %d is neither against nor abstain", support)
		}
		if score < Review {
			return nil, fmt.Errorf("governance: a vote on a score of %d, below %d", score, Review)
		}
		return map[[32]byte]*big.Int{
			contracts.Param(contracts.ParamProposalIDHi): hi,
			contracts.Param(contracts.ParamProposalIDLo): lo,
			contracts.Param(contracts.ParamVote):         big.NewInt(support),
		}, nil
	}
	return map[[32]byte]*big.Int{
		contracts.Param(contracts.ParamProposalIDHi): hi,
		contracts.Param(contracts.ParamProposalIDLo): lo,
		contracts.Param(contracts.ParamScore):        big.NewInt(int64(score)),
		contracts.Param(contracts.ParamFlags):        new(big.Int).SetUint64(features.FlagBits(vector)),
	}, nil
}

// proposalKnown checks that the Governor ProposalScores serves has the
// proposal (its snapshot is set), and returns that Governor.
func proposalKnown(ctx context.Context, chain program.DeriveChain, scores common.Address, id *big.Int) (common.Address, error) {
	ps, gov := bindings.NewProposalScores(), bindings.NewStewardGovernor()
	out, err := chain.CallContract(ctx, ethereum.CallMsg{To: &scores, Data: ps.PackGovernor()}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("governance: ProposalScores.governor(): %w", err)
	}
	governor, err := ps.UnpackGovernor(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("governance: ProposalScores.governor() at %s: %w", scores, err)
	}
	out, err = chain.CallContract(ctx, ethereum.CallMsg{To: &governor, Data: gov.PackProposalSnapshot(id)}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("governance: %s.proposalSnapshot(%s): %w", governor, id, err)
	}
	snap, err := gov.UnpackProposalSnapshot(out)
	if err != nil {
		return common.Address{}, err
	}
	if snap.Sign() == 0 {
		return common.Address{}, fmt.Errorf("governance: the governor %s has no proposal %s", governor, id)
	}
	return governor, nil
}

// Bounds on the search for a proposal's ProposalCreated log.
const (
	// createdChunk is the most blocks one eth_getLogs request spans (many
	// nodes refuse more).
	createdChunk = 2_000
	// createdSearch is how many blocks before the score the search goes
	// back: ProposalScores takes a score only before the vote starts, so
	// the proposal is at most the Governor's voting delay older; this
	// covers a delay of about 36 days of 12-second blocks.
	createdSearch = 1 << 18
)

// searchEnd is the last block the proposal's ProposalCreated log can be
// in: the record's block (the agent saw the proposal by then), else the
// block the score was included in.
func searchEnd(d program.Derivation) uint64 {
	if b := d.Record.BlockNumber; b != 0 && (d.Included == 0 || b < d.Included) {
		return b
	}
	return d.Included
}

// findCreated finds proposal id's ProposalCreated log of governor in the
// createdSearch blocks up to end, newest first, a chunk of createdChunk
// blocks a request.
func findCreated(ctx context.Context, chain ethereum.LogFilterer, governor common.Address, id *big.Int, end uint64) (Created, error) {
	if end == 0 {
		return Created{}, errors.New("governance: neither the record's block nor the score's is known: no block range to find the proposal's ProposalCreated log in")
	}
	floor := uint64(0)
	if end >= createdSearch {
		floor = end - createdSearch + 1
	}
	var undecoded error // a log of the topic that did not decode, for the error
	for to := end; ; {
		from := floor
		if to-floor >= createdChunk {
			from = to - createdChunk + 1
		}
		logs, err := chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{governor}, Topics: [][]common.Hash{{ProposalCreatedTopic}}})
		if err != nil {
			return Created{}, fmt.Errorf("governance: ProposalCreated logs of %s in blocks %d..%d: %w", governor, from, to, err)
		}
		for i := len(logs) - 1; i >= 0; i-- {
			if logs[i].Removed {
				continue
			}
			c, err := DecodeCreated(logs[i])
			if err != nil {
				undecoded = err
				continue
			}
			if c.ID.Cmp(id) == 0 {
				return c, nil
			}
		}
		if from == floor {
			err := fmt.Errorf("governance: no ProposalCreated log of proposal %s from %s in blocks %d..%d", id, governor, floor, end)
			if undecoded != nil {
				err = fmt.Errorf("%w (a log that did not decode: %v)", err, undecoded)
			}
			return Created{}, err
		}
		to = from - 1
	}
}

// logFeatures are the features a proposal's ProposalCreated log alone
// determines, whatever else the agent knew: the decoded calls' shape and
// what no address book, node read or simulation changes (the count of
// governance-setting and Zodiac permission changes), and the description's
// length and hostility but confusable_key_words (whose key words include
// the book's names). The published value must equal the re-derived one.
var logFeatures = []features.Index{
	features.CallCount, features.NodeCount, features.MaxDepth, features.UnknownSelectors, features.DecodeErrors,
	features.PermissionChanges, features.GovParamChanges,
	features.TextLog10Bytes, features.TextTruncated, features.BidiControls, features.InvisibleChars,
	features.ConfusableWords, features.InstructionLike,
}

// staticFeatures are counts and amounts the decoded calls give and a
// simulation can only raise (features take the larger of the two
// sources): the published value must be at least the re-derived one. The
// agent does not simulate, so its values equal them.
var staticFeatures = []features.Index{
	features.ETHValueLog10, features.Transfers, features.Mints, features.Approvals, features.UnlimitedApprovals,
	features.RoleChanges, features.Upgrades, features.DelegateCalls, features.PayloadDelegateCalls,
}

// uncheckedFeatures are the features the log cannot tell: those that need
// the address book (an address known or not, the executor, a token's
// decimals, the book's words), the node's reads (the Governor's settings,
// the proposer's history) or a simulation. With logFeatures,
// staticFeatures and analysis_failed they are every feature
// (TestFeatureClasses).
var uncheckedFeatures = []features.Index{
	// the address book
	features.UnknownTargets, features.OutflowUnknownShare, features.OutflowLog10, features.UnknownRecipients,
	features.MintUnknownShare, features.UnknownSpenders, features.UnlimitedApprovalsUnknown, features.UnknownGrantees,
	features.UnknownImplementations, features.DelegateCallsUnknown, features.SignalOnly,
	features.AmountRatio, features.AmountRatioUnknown, features.AmountsUnstated,
	features.RecipientsUnmentioned, features.TokensUnmentioned, features.CallsUnmentioned, features.ConfusableKeyWords,
	// the node's reads
	features.GovReduction, features.ThresholdReduction, features.ParamsKnown,
	features.HistoryKnown, features.PriorProposals, features.ProposerVoteShare, features.VotesAcquiredShare, features.VotesAcquiredFrac,
	// a simulation
	features.HoldingsKnown, features.OutflowShare, features.MintShare, features.SelfDestructs, features.CreatedContracts,
	features.Simulated, features.Reverted,
}

// checkFeatures compares the published vector with what the proposal's
// calls and description give (logFeatures, staticFeatures). A published
// analysis_failed skips the comparison: such a vector is zeros by
// construction (the agent's analysis caught a bug) and its floor already
// sends the proposal to review.
func checkFeatures(published []int64, p *proposal.Proposal) error {
	if published[features.AnalysisFailed] != 0 {
		return nil
	}
	a := features.Analyze(features.Input{Proposal: p})
	if a.Vector[features.AnalysisFailed] != 0 {
		return fmt.Errorf("the analysis of its calls alone failed (%s), so the published features cannot be checked", failure(a))
	}
	var diffs []string
	for _, i := range logFeatures {
		if published[i] != a.Vector[i] {
			diffs = append(diffs, fmt.Sprintf("%s %d, the log gives %d", i, published[i], a.Vector[i]))
		}
	}
	for _, i := range staticFeatures {
		if published[i] < a.Vector[i] {
			diffs = append(diffs, fmt.Sprintf("%s %d, below the %d its calls give", i, published[i], a.Vector[i]))
		}
	}
	if len(diffs) > 0 {
		return fmt.Errorf("%w: %s", ErrFeaturesDiffer, strings.Join(diffs, "; "))
	}
	return nil
}

// failure is the detail of an analysis' analysis_failed flag.
func failure(a features.Analysis) string {
	for _, f := range a.Flags {
		if f.Kind == features.KindAnalysisFailed {
			return f.Detail
		}
	}
	return "no detail"
}
