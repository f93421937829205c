package features

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Scale is the fixed-point scale of every feature: a count of 3 is 30_000,
// a share of 12.5 % is 1_250, true is 10_000.
const Scale = 10_000

// Index is a feature's position in the vector. The order is part of the
// model's contract (the model card lists Names): append, never reorder.
type Index int

// The features, in vector order. doc.go gives each one's unit and range.
const (
	CallCount Index = iota
	NodeCount
	MaxDepth
	UnknownSelectors
	DecodeErrors
	UnknownTargets
	HoldingsKnown
	OutflowShare
	OutflowUnknownShare
	OutflowLog10
	ETHValueLog10
	Transfers
	UnknownRecipients
	Mints
	MintShare
	MintUnknownShare
	Approvals
	UnknownSpenders
	UnlimitedApprovals
	UnlimitedApprovalsUnknown
	RoleChanges
	UnknownGrantees
	PermissionChanges
	GovParamChanges
	GovReduction
	ThresholdReduction
	ParamsKnown
	Upgrades
	UnknownImplementations
	DelegateCalls
	DelegateCallsUnknown
	PayloadDelegateCalls
	SelfDestructs
	CreatedContracts
	Simulated
	Reverted
	SignalOnly
	AmountRatio
	AmountRatioUnknown
	AmountsUnstated
	RecipientsUnmentioned
	TokensUnmentioned
	CallsUnmentioned
	TextLog10Bytes
	TextTruncated
	BidiControls
	InvisibleChars
	ConfusableWords
	ConfusableKeyWords
	InstructionLike
	HistoryKnown
	PriorProposals
	ProposerVoteShare
	VotesAcquiredShare
	VotesAcquiredFrac
	AnalysisFailed

	// NumFeatures is the vector's length.
	NumFeatures int = iota
)

// Names are the features' names in vector order (Names[i] is Index i).
var Names = []string{
	"call_count", "node_count", "max_depth", "unknown_selectors", "decode_errors", "unknown_targets",
	"holdings_known", "outflow_share", "outflow_unknown_share", "outflow_log10", "eth_value_log10",
	"transfers", "unknown_recipients", "mints", "mint_share", "mint_unknown_share",
	"approvals", "unknown_spenders", "unlimited_approvals", "unlimited_approvals_unknown",
	"role_changes", "unknown_grantees", "permission_changes",
	"gov_param_changes", "gov_reduction", "threshold_reduction", "params_known",
	"upgrades", "unknown_implementations",
	"delegatecalls", "delegatecalls_unknown", "payload_delegatecalls", "selfdestructs", "created_contracts",
	"simulated", "reverted", "signal_only",
	"amount_ratio", "amount_ratio_unknown", "amounts_unstated",
	"recipients_unmentioned", "tokens_unmentioned", "calls_unmentioned",
	"text_log10_bytes", "text_truncated", "bidi_controls", "invisible_chars",
	"confusable_words", "confusable_key_words", "instruction_like",
	"history_known", "prior_proposals", "proposer_vote_share", "votes_acquired_share", "votes_acquired_frac",
	"analysis_failed",
}

// String is the feature's name.
func (i Index) String() string {
	if i < 0 || int(i) >= len(Names) {
		return fmt.Sprintf("Index(%d)", int(i))
	}
	return Names[i]
}

// Input is what Analyze reads: a proposal, its decoded calls and what is
// known around it. Only Proposal is needed; every other field may be
// missing, and what it would have given is then unknown (zero), never
// guessed.
type Input struct {
	Proposal *proposal.Proposal
	// Calls are the decoded calls, in the order of Proposal.Calls(). A
	// missing or nil entry is decoded here with decode's default limits.
	Calls []*decode.Node
	// Book names the DAO's addresses; nil means every address is unknown.
	Book *proposal.Book
	// Effects is what a simulation saw; nil means static features only.
	Effects *effects.Effects
	// History holds facts about the proposer, read from a node; nil when
	// none was given.
	History *History
	// Params are the governance parameters before the proposal, read from
	// a node; nil when none was given. Without them a reduction of a
	// parameter is only seen when it goes to zero.
	Params *GovParams
}

// History holds what a node tells about the proposer. Nil fields are
// unknown.
type History struct {
	// PriorProposals is how many proposals the proposer made before.
	PriorProposals int
	// VotesAtProposal and VotesBlocksBefore are the proposer's votes at
	// the proposal's block and about a day (7200 blocks) before it.
	VotesAtProposal, VotesBlocksBefore *big.Int
	// Supply is the governance token's total supply at the proposal.
	Supply *big.Int
}

// GovParams are the DAO's governance settings before the proposal, as its
// Governor and timelock report them. Nil fields are unknown.
type GovParams struct {
	VotingDelay, VotingPeriod *big.Int // in the Governor's clock unit
	QuorumNumerator           *big.Int // GovernorVotesQuorumFraction's numerator
	TimelockDelay             *big.Int // seconds
	ProposalThreshold         *big.Int // votes
}

// Flag is one finding a person can read: its kind (one of Kinds()), the
// proposal call it points at (-1 for the proposal as a whole) and what was
// found. Detail is written by this package from decoded values; it never
// quotes the description.
type Flag struct {
	Kind   string `json:"kind"`
	Call   int    `json:"call"`
	Detail string `json:"detail"`
}

// Analysis is the outcome of Analyze. Bits is FlagBits(Vector) and Floor
// is Floor(Vector): both are functions of the vector alone, so a verifier
// re-derives them from the published vector. Flags explain the set bits:
// every kind whose bit is set has at least one flag, and no flag has a
// kind whose bit is clear.
type Analysis struct {
	Vector []int64
	Flags  []Flag
	Bits   uint64
	Floor  int
}

// maxFlagsPerKind bounds the flags of one kind: a proposal of a thousand
// transfers needs its first few pointed at, not a thousand lines.
const maxFlagsPerKind = 16

// Analyze extracts the feature vector of in, with its flags, flag bits and
// floor. It is deterministic and does no I/O; it never panics (a bug is
// caught and turns into the analysis_failed feature, whose floor sends the
// proposal to review).
func Analyze(in Input) (out Analysis) {
	defer func() {
		if r := recover(); r != nil {
			out = failed(r)
		}
	}()
	x := newExtraction(in)
	x.calls()
	x.simulated()
	x.text()
	v := x.vector()
	return finish(v, x.flags)
}

// failed is the analysis of a proposal whose extraction hit a bug: zeros
// but analysis_failed, which floors the score at 70 (review it).
func failed(reason any) Analysis {
	v := make([]int64, NumFeatures)
	v[AnalysisFailed] = Scale
	return finish(v, []Flag{{Kind: KindAnalysisFailed, Call: -1, Detail: fmt.Sprintf("feature extraction failed: %v", reason)}})
}

// finish derives the bits and the floor from v and keeps the flags they
// explain: at most maxFlagsPerKind of a kind, in bit order, then call
// order; a set bit without a flag of its own gets one naming the feature.
func finish(v []int64, found []Flag) Analysis {
	found = slices.Clone(found)
	slices.SortStableFunc(found, func(a, b Flag) int { return a.Call - b.Call })
	bits := FlagBits(v)
	var flags []Flag
	perKind := map[string]int{}
	order := map[string]int{}
	for i, k := range kindTable() {
		order[k.kind] = i
		if bits&k.bit == 0 {
			continue
		}
		for _, f := range found {
			if f.Kind == k.kind && perKind[k.kind] < maxFlagsPerKind {
				flags = append(flags, f)
				perKind[k.kind]++
			}
		}
		if perKind[k.kind] == 0 {
			flags = append(flags, Flag{Kind: k.kind, Call: -1, Detail: k.why(v)})
		}
	}
	slices.SortStableFunc(flags, func(a, b Flag) int {
		if a.Kind != b.Kind {
			return order[a.Kind] - order[b.Kind]
		}
		return a.Call - b.Call
	})
	return Analysis{Vector: v, Flags: flags, Bits: bits, Floor: Floor(v)}
}
