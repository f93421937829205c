package features

import (
	"fmt"
	"strconv"
)

// The flag kinds. Each has a fixed bit (Bit<Kind>): the order is part of
// what is posted on chain, so kinds are appended, never reordered.
const (
	KindUnlimitedApproval        = "unlimited_approval"
	KindUnlimitedApprovalUnknown = "unlimited_approval_unknown"
	KindLargeOutflow             = "large_outflow"
	KindLargeOutflowUnknown      = "large_outflow_unknown"
	KindAmountMismatch           = "amount_mismatch"
	KindAmountMismatchUnknown    = "amount_mismatch_unknown"
	KindAmountUnstated           = "amount_unstated"
	KindMint                     = "mint"
	KindLargeMint                = "large_mint"
	KindLargeMintUnknown         = "large_mint_unknown"
	KindRoleChange               = "role_change"
	KindRoleChangeUnknown        = "role_change_unknown"
	KindPermissionChange         = "permission_change"
	KindGovParamChange           = "gov_param_change"
	KindGovReduction             = "gov_reduction"
	KindUpgrade                  = "upgrade"
	KindUpgradeUnknown           = "upgrade_unknown"
	KindDelegateCall             = "delegatecall"
	KindDelegateCallUnknown      = "delegatecall_unknown"
	KindPayloadDelegateCall      = "payload_delegatecall"
	KindSelfDestruct             = "selfdestruct"
	KindNewCode                  = "new_code"
	KindReverted                 = "reverted"
	KindUnknownSelector          = "unknown_selector"
	KindDecodeError              = "decode_error"
	KindUnknownRecipient         = "unknown_recipient"
	KindUnmentionedCall          = "unmentioned_call"
	KindUnmentionedRecipient     = "unmentioned_recipient"
	KindUnmentionedToken         = "unmentioned_token"
	KindSignalOnly               = "signal_only"
	KindBidiControl              = "bidi_control"
	KindInvisibleChars           = "invisible_chars"
	KindConfusable               = "confusable"
	KindInstructionLike          = "instruction_like"
	KindTextTruncated            = "text_truncated"
	KindFirstProposal            = "first_proposal"
	KindVotesAcquired            = "votes_acquired"
	KindAnalysisFailed           = "analysis_failed"
)

// The flag bits, one per kind, in the order of the kinds above.
const (
	BitUnlimitedApproval uint64 = 1 << iota
	BitUnlimitedApprovalUnknown
	BitLargeOutflow
	BitLargeOutflowUnknown
	BitAmountMismatch
	BitAmountMismatchUnknown
	BitAmountUnstated
	BitMint
	BitLargeMint
	BitLargeMintUnknown
	BitRoleChange
	BitRoleChangeUnknown
	BitPermissionChange
	BitGovParamChange
	BitGovReduction
	BitUpgrade
	BitUpgradeUnknown
	BitDelegateCall
	BitDelegateCallUnknown
	BitPayloadDelegateCall
	BitSelfDestruct
	BitNewCode
	BitReverted
	BitUnknownSelector
	BitDecodeError
	BitUnknownRecipient
	BitUnmentionedCall
	BitUnmentionedRecipient
	BitUnmentionedToken
	BitSignalOnly
	BitBidiControl
	BitInvisibleChars
	BitConfusable
	BitInstructionLike
	BitTextTruncated
	BitFirstProposal
	BitVotesAcquired
	BitAnalysisFailed
)

// Thresholds, at Scale. doc.go explains each.
const (
	pct              = Scale / 100
	largeOutflow     = 10 * pct // of the executor's holdings of a token
	hugeOutflow      = 50 * pct // of the executor's holdings of a token
	largeMint        = 5 * pct  // of the token's supply
	mismatchRatio    = 11 * Scale / 10
	bigMismatchRatio = 10 * Scale
	govReduction     = 25 * pct
	bigGovReduction  = 50 * pct
	votesAcquired    = 50 * pct // of the proposer's votes, in the last day
)

// kindSpec ties a kind to its bit and to the condition on the vector that
// sets it; feature is what the condition reads, named when no finding
// explains the bit.
type kindSpec struct {
	kind    string
	bit     uint64
	feature Index
	set     func(v []int64) bool
}

// kindTable lists the kinds in bit order.
func kindTable() []kindSpec {
	k := func(kind string, bit uint64, i Index, min int64) kindSpec {
		return kindSpec{kind, bit, i, atLeast(i, min)}
	}
	return []kindSpec{
		k(KindUnlimitedApproval, BitUnlimitedApproval, UnlimitedApprovals, Scale),
		k(KindUnlimitedApprovalUnknown, BitUnlimitedApprovalUnknown, UnlimitedApprovalsUnknown, Scale),
		k(KindLargeOutflow, BitLargeOutflow, OutflowShare, largeOutflow),
		k(KindLargeOutflowUnknown, BitLargeOutflowUnknown, OutflowUnknownShare, largeOutflow),
		k(KindAmountMismatch, BitAmountMismatch, AmountRatio, mismatchRatio),
		k(KindAmountMismatchUnknown, BitAmountMismatchUnknown, AmountRatioUnknown, bigMismatchRatio),
		k(KindAmountUnstated, BitAmountUnstated, AmountsUnstated, Scale),
		k(KindMint, BitMint, Mints, Scale),
		k(KindLargeMint, BitLargeMint, MintShare, largeMint),
		k(KindLargeMintUnknown, BitLargeMintUnknown, MintUnknownShare, largeMint),
		k(KindRoleChange, BitRoleChange, RoleChanges, Scale),
		k(KindRoleChangeUnknown, BitRoleChangeUnknown, UnknownGrantees, Scale),
		k(KindPermissionChange, BitPermissionChange, PermissionChanges, Scale),
		k(KindGovParamChange, BitGovParamChange, GovParamChanges, Scale),
		k(KindGovReduction, BitGovReduction, GovReduction, govReduction),
		k(KindUpgrade, BitUpgrade, Upgrades, Scale),
		k(KindUpgradeUnknown, BitUpgradeUnknown, UnknownImplementations, Scale),
		k(KindDelegateCall, BitDelegateCall, DelegateCalls, Scale),
		k(KindDelegateCallUnknown, BitDelegateCallUnknown, DelegateCallsUnknown, Scale),
		k(KindPayloadDelegateCall, BitPayloadDelegateCall, PayloadDelegateCalls, Scale),
		k(KindSelfDestruct, BitSelfDestruct, SelfDestructs, Scale),
		k(KindNewCode, BitNewCode, CreatedContracts, Scale),
		k(KindReverted, BitReverted, Reverted, Scale),
		k(KindUnknownSelector, BitUnknownSelector, UnknownSelectors, Scale),
		k(KindDecodeError, BitDecodeError, DecodeErrors, Scale),
		k(KindUnknownRecipient, BitUnknownRecipient, UnknownRecipients, Scale),
		k(KindUnmentionedCall, BitUnmentionedCall, CallsUnmentioned, Scale),
		k(KindUnmentionedRecipient, BitUnmentionedRecipient, RecipientsUnmentioned, Scale),
		k(KindUnmentionedToken, BitUnmentionedToken, TokensUnmentioned, Scale),
		k(KindSignalOnly, BitSignalOnly, SignalOnly, Scale),
		k(KindBidiControl, BitBidiControl, BidiControls, Scale),
		k(KindInvisibleChars, BitInvisibleChars, InvisibleChars, Scale),
		{KindConfusable, BitConfusable, ConfusableWords, func(v []int64) bool {
			return at(v, ConfusableWords) >= Scale || at(v, ConfusableKeyWords) >= Scale
		}},
		k(KindInstructionLike, BitInstructionLike, InstructionLike, Scale),
		k(KindTextTruncated, BitTextTruncated, TextTruncated, Scale),
		{KindFirstProposal, BitFirstProposal, PriorProposals, func(v []int64) bool {
			return at(v, HistoryKnown) >= Scale && at(v, PriorProposals) == 0
		}},
		k(KindVotesAcquired, BitVotesAcquired, VotesAcquiredFrac, votesAcquired),
		k(KindAnalysisFailed, BitAnalysisFailed, AnalysisFailed, Scale),
	}
}

// Kinds returns the flag kinds in bit order: Kinds()[i] has bit 1<<i.
func Kinds() []string {
	table := kindTable()
	out := make([]string, len(table))
	for i, k := range table {
		out[i] = k.kind
	}
	return out
}

// at reads feature i of v; a vector too short reads as zeros, so a
// malformed published vector cannot make a verifier panic.
func at(v []int64, i Index) int64 {
	if int(i) < len(v) {
		return v[i]
	}
	return 0
}

// why is the detail of a set bit no finding explains: the feature's value.
func (k kindSpec) why(v []int64) string {
	return fmt.Sprintf("%s = %s", k.feature, formatFixed(at(v, k.feature)))
}

// formatFixed writes a fixed-point value in decimal: 12500 is "1.25".
func formatFixed(x int64) string {
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	s := sign + strconv.FormatInt(x/Scale, 10)
	if frac := x % Scale; frac != 0 {
		f := strconv.FormatInt(frac+Scale, 10)[1:]
		for f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		s += "." + f
	}
	return s
}

// FlagBits is the set of flag kinds the vector shows, one bit per kind
// (Bit<Kind>). It is a function of the vector alone: a verifier re-derives
// it from a published vector.
func FlagBits(vector []int64) uint64 {
	var bits uint64
	for _, k := range kindTable() {
		if k.set(vector) {
			bits |= k.bit
		}
	}
	return bits
}

// floorRule is one floor: the least score a condition on the vector
// forces.
type floorRule struct {
	floor int
	test  func(v []int64) bool
}

func atLeast(i Index, min int64) func([]int64) bool {
	return func(v []int64) bool { return at(v, i) >= min }
}

// textFloor is the most a floor from the description alone may be: text
// can raise a score, but not by itself into "do not pass" (70).
const textFloor = 40

// floorRules are the floors; doc.go has the table.
func floorRules() []floorRule {
	return []floorRule{
		{85, atLeast(UnlimitedApprovalsUnknown, Scale)},
		{85, atLeast(MintUnknownShare, largeMint)},
		{80, atLeast(OutflowUnknownShare, largeOutflow)},
		{80, atLeast(AmountRatioUnknown, bigMismatchRatio)},
		{80, atLeast(UnknownGrantees, Scale)},
		{80, atLeast(SelfDestructs, Scale)},
		{75, atLeast(UnknownImplementations, Scale)},
		{75, atLeast(DelegateCallsUnknown, Scale)},
		{70, atLeast(GovReduction, bigGovReduction)},
		{70, atLeast(AnalysisFailed, Scale)},
		{50, atLeast(OutflowShare, hugeOutflow)},
		{50, atLeast(MintShare, largeMint)},
		{50, atLeast(AmountRatio, bigMismatchRatio)},
		{40, atLeast(GovReduction, govReduction)},
		{textFloor, atLeast(InstructionLike, Scale)},
		{textFloor, atLeast(BidiControls, Scale)},
		{textFloor, atLeast(ConfusableKeyWords, Scale)},
		{textFloor, atLeast(TextTruncated, Scale)},
		{20, atLeast(ConfusableWords, Scale)},
		{20, atLeast(InvisibleChars, Scale)},
	}
}

// Floor is the least score the vector forces, 0 to 100: the highest floor
// whose condition holds. It is a function of the vector alone, and no
// model output can go below it.
func Floor(vector []int64) int {
	floor := 0
	for _, r := range floorRules() {
		if r.floor > floor && r.test(vector) {
			floor = r.floor
		}
	}
	return floor
}
