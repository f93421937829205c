package features

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Clamps of the count features (doc.go's table).
const (
	maxCount      = 1024
	maxNodeCount  = 4096
	maxDepthLevel = 16
	maxLog10      = 80
)

// vector assembles the features from the events and the text.
func (x *extraction) vector() []int64 {
	v := make([]int64, NumFeatures)
	v[CallCount] = count(len(x.roots), maxCount)
	v[NodeCount] = count(x.nodes, maxNodeCount)
	v[MaxDepth] = count(x.maxDepth, maxDepthLevel)
	v[UnknownSelectors] = count(x.unknownSel, maxNodeCount)
	v[DecodeErrors] = count(x.decodeErrs, maxNodeCount)
	v[UnknownTargets] = count(len(x.unknownTargets), maxCount)
	x.valueFeatures(v)
	x.approvalFeatures(v)
	x.roleFeatures(v)
	x.paramFeatures(v)
	x.codeFeatures(v)
	v[Simulated] = boolean(x.isSimulated)
	v[Reverted] = boolean(x.reverted)
	if x.signalOnly() {
		v[SignalOnly] = Scale
		x.flag(KindSignalOnly, -1, "the proposal executes nothing: it only records a vote")
	}
	v[AmountRatio] = x.ratio
	v[AmountRatioUnknown] = x.ratioUnknown
	v[AmountsUnstated] = count(x.unstated, maxCount)
	v[RecipientsUnmentioned] = count(x.unmentionedRecipients, maxCount)
	v[TokensUnmentioned] = count(x.unmentionedTokens, maxCount)
	v[CallsUnmentioned] = count(x.unmentionedCalls, maxCount)
	v[TextLog10Bytes] = wholeLog10(big.NewInt(int64(x.textBytes)), 0, 8)
	v[TextTruncated] = boolean(x.truncated)
	v[BidiControls] = count(x.host.bidi, maxCount)
	v[InvisibleChars] = count(x.host.invisible, maxCount)
	v[ConfusableWords] = count(x.host.confusable, maxCount)
	v[ConfusableKeyWords] = count(x.host.confusableKey, maxCount)
	v[InstructionLike] = count(x.host.instructions, maxCount)
	x.historyFeatures(v)
	return v
}

// tokenSums sums amounts per token, keeping the tokens in first-seen
// order so flags come out in a stable order.
type tokenSums struct {
	order []common.Address
	sum   map[common.Address]*big.Int
	first map[common.Address]int // call of the first amount
}

func newTokenSums() *tokenSums {
	return &tokenSums{sum: map[common.Address]*big.Int{}, first: map[common.Address]int{}}
}

func (s *tokenSums) add(tok common.Address, amount *big.Int, call int) {
	if amount == nil || amount.Sign() <= 0 {
		return
	}
	if s.sum[tok] == nil {
		s.order = append(s.order, tok)
		s.sum[tok] = new(big.Int)
		s.first[tok] = call
	}
	s.sum[tok].Add(s.sum[tok], amount)
}

// larger is the per-token maximum of the static and simulated sums: the
// same transfer seen by both is counted once.
func larger(a, b *tokenSums) *tokenSums {
	out := newTokenSums()
	for _, s := range []*tokenSums{a, b} {
		for _, tok := range s.order {
			if cur := out.sum[tok]; cur == nil || s.sum[tok].Cmp(cur) > 0 {
				if cur == nil {
					out.order = append(out.order, tok)
					out.first[tok] = s.first[tok]
				}
				out.sum[tok] = s.sum[tok]
			}
		}
	}
	return out
}

// bySource is one sum per source: static (0) and simulated (1).
type bySource [2]*tokenSums

func newBySource() bySource { return bySource{newTokenSums(), newTokenSums()} }

func src(sim bool) int {
	if sim {
		return 1
	}
	return 0
}

// maxOf is the larger count of the two sources.
func maxOf(c [2]int) int { return max(c[0], c[1]) }

func (x *extraction) holdings() map[common.Address]*big.Int {
	if x.in.Effects == nil {
		return nil
	}
	return x.in.Effects.Holdings
}

// supply is the total supply of tok before the proposal: from the
// simulation, or from History for the DAO's own token.
func (x *extraction) supply(tok common.Address) *big.Int {
	if x.in.Effects != nil && x.in.Effects.Supply[tok] != nil {
		return x.in.Effects.Supply[tok]
	}
	if x.in.History != nil && x.reg.role(tok) == proposal.RoleToken {
		return x.in.History.Supply
	}
	return nil
}

func (x *extraction) decimals(tok common.Address) int {
	if t, ok := x.reg.token(tok); ok {
		return t.decimals
	}
	return 18
}

// valueFeatures: outflows and mints.
func (x *extraction) valueFeatures(v []int64) {
	out, outExec, outExecUnknown := newBySource(), newBySource(), newBySource()
	minted, mintedUnknown := newBySource(), newBySource()
	var transfers, mints [2]int
	unknown := map[common.Address]bool{}
	for _, m := range x.moves {
		s := src(m.sim)
		if !m.known && m.to != (common.Address{}) && !unknown[m.to] {
			unknown[m.to] = true
			x.flag(KindUnknownRecipient, m.call, "%s to %s, not in the address book", x.amountOrNFT(m.amount, m.token), m.to.Hex())
		}
		if m.mint {
			mints[s]++
			minted[s].add(m.token, m.amount, m.call)
			if !m.known {
				mintedUnknown[s].add(m.token, m.amount, m.call)
			}
			x.flag(KindMint, m.call, "mint of %s to %s", x.amountOrNFT(m.amount, m.token), x.reg.label(m.to))
			continue
		}
		transfers[s]++
		out[s].add(m.token, m.amount, m.call)
		if m.fromExecutor {
			outExec[s].add(m.token, m.amount, m.call)
			if !m.known {
				outExecUnknown[s].add(m.token, m.amount, m.call)
			}
		}
	}
	hold := x.holdings()
	v[HoldingsKnown] = boolean(len(hold) > 0)
	v[Transfers] = count(maxOf(transfers), maxNodeCount)
	v[Mints] = count(maxOf(mints), maxNodeCount)
	v[UnknownRecipients] = count(len(unknown), maxCount)

	all := larger(out[0], out[1])
	for _, tok := range all.order {
		maxInto(&v[OutflowLog10], wholeLog10(all.sum[tok], x.decimals(tok), maxLog10))
	}
	eth := new(big.Int).Set(x.ethTotal)
	if s := out[1].sum[effects.ETH]; s != nil && s.Cmp(eth) > 0 {
		eth.Set(s)
	}
	v[ETHValueLog10] = wholeLog10(eth, 18, maxLog10)

	share := func(sums *tokenSums, dst Index, kind string, unknownOnly bool) {
		for _, tok := range sums.order {
			r := ratio(sums.sum[tok], hold[tok], 1)
			maxInto(&v[dst], r)
			if r >= largeOutflow {
				to := ""
				if unknownOnly {
					to = " to addresses not in the address book"
				}
				x.flag(kind, sums.first[tok], "outflow of %s%s: %s%% of the executor's holdings", x.formatAmount(sums.sum[tok], tok), to, formatFixed(r*100))
			}
		}
	}
	share(larger(outExec[0], outExec[1]), OutflowShare, KindLargeOutflow, false)
	share(larger(outExecUnknown[0], outExecUnknown[1]), OutflowUnknownShare, KindLargeOutflowUnknown, true)

	mintShare := func(sums *tokenSums, dst Index, kind string) {
		for _, tok := range sums.order {
			r := ratio(sums.sum[tok], x.supply(tok), 10)
			maxInto(&v[dst], r)
			if r >= largeMint {
				x.flag(kind, sums.first[tok], "mint of %s: %s%% of its supply", x.formatAmount(sums.sum[tok], tok), formatFixed(r*100))
			}
		}
	}
	mintShare(larger(minted[0], minted[1]), MintShare, KindLargeMint)
	mintShare(larger(mintedUnknown[0], mintedUnknown[1]), MintUnknownShare, KindLargeMintUnknown)
}

func (x *extraction) amountOrNFT(amount *big.Int, tok common.Address) string {
	if amount == nil {
		return "token(s) of " + x.reg.label(tok)
	}
	return x.formatAmount(amount, tok)
}

// unlimited reports an approval with no practical limit: an operator
// approval, 2^255 or more, or at least the executor's whole holding.
func (x *extraction) unlimited(a approval) bool {
	if a.amount == nil || isHuge(a.amount) {
		return true
	}
	h := x.holdings()[a.token]
	return h != nil && h.Sign() > 0 && a.amount.Cmp(h) >= 0
}

func (x *extraction) approvalFeatures(v []int64) {
	var n, unl, unlUnknown [2]int
	unknown := map[common.Address]bool{}
	for _, a := range x.approvals {
		s := src(a.sim)
		n[s]++
		known := x.reg.known(a.spender)
		if !known {
			unknown[a.spender] = true
		}
		if !x.unlimited(a) {
			continue
		}
		unl[s]++
		what := "unlimited"
		if a.amount != nil && !isHuge(a.amount) {
			what = "at least the executor's whole holding:"
		}
		x.flag(KindUnlimitedApproval, a.call, "%s approval of %s to %s", what, x.reg.label(a.token), x.reg.label(a.spender))
		if known {
			continue
		}
		unlUnknown[s]++
		x.flag(KindUnlimitedApprovalUnknown, a.call, "%s approval of %s to %s, not in the address book: it can take the treasury's tokens", what, x.reg.label(a.token), a.spender.Hex())
	}
	v[Approvals] = count(maxOf(n), maxNodeCount)
	v[UnlimitedApprovals] = count(maxOf(unl), maxNodeCount)
	v[UnlimitedApprovalsUnknown] = count(maxOf(unlUnknown), maxNodeCount)
	v[UnknownSpenders] = count(len(unknown), maxCount)
}

func (x *extraction) roleFeatures(v []int64) {
	var n [2]int
	unknown := map[common.Address]bool{}
	for _, g := range x.grants {
		n[src(g.sim)]++
		if g.account != (common.Address{}) && !x.reg.known(g.account) {
			unknown[g.account] = true
		}
	}
	v[RoleChanges] = count(maxOf(n), maxNodeCount)
	v[UnknownGrantees] = count(len(unknown), maxCount)
	v[PermissionChanges] = count(x.permissions, maxNodeCount)
}

// current is the value of a governance setting before the proposal, if
// known and if target is where the DAO keeps it.
func (x *extraction) current(p govParam) *big.Int {
	gp := x.in.Params
	if gp == nil {
		return nil
	}
	gov, tl := x.reg.book.Role(proposal.RoleGovernor), x.reg.book.Role(proposal.RoleTimelock)
	if role := x.reg.role(p.target); len(gov)+len(tl) > 0 && role != proposal.RoleGovernor && role != proposal.RoleTimelock {
		return nil // another contract's setting
	}
	switch p.param {
	case "votingDelay":
		return gp.VotingDelay
	case "votingPeriod":
		return gp.VotingPeriod
	case "quorumNumerator":
		return gp.QuorumNumerator
	case "timelockDelay":
		return gp.TimelockDelay
	case "proposalThreshold":
		return gp.ProposalThreshold
	}
	return nil
}

// reduction is how much a new value lowers a setting, at Scale: to zero
// is all of it whatever the old value; otherwise it needs the old value.
func reduction(old, value *big.Int) int64 {
	switch {
	case value == nil:
		return 0
	case old == nil:
		return boolean(value.Sign() == 0)
	case old.Sign() <= 0 || value.Cmp(old) >= 0:
		return 0
	}
	return ratio(new(big.Int).Sub(old, value), old, 1)
}

func (x *extraction) paramFeatures(v []int64) {
	v[ParamsKnown] = boolean(x.in.Params != nil)
	v[GovParamChanges] = count(len(x.params), maxNodeCount)
	for _, p := range x.params {
		old := x.current(p)
		r := reduction(old, p.value)
		was := ""
		if old != nil {
			was = " (was " + old.String() + ")"
		}
		if p.value != nil {
			x.flag(KindGovParamChange, p.call, "%s of %s set to %s%s", p.param, x.reg.label(p.target), p.value.String(), was)
		} else {
			x.flag(KindGovParamChange, p.call, "%s of %s changed", p.param, x.reg.label(p.target))
		}
		if p.param == "proposalThreshold" {
			maxInto(&v[ThresholdReduction], r)
			continue
		}
		maxInto(&v[GovReduction], r)
		if r >= govReduction {
			x.flag(KindGovReduction, p.call, "%s of %s cut by %s%% to %s%s", p.param, x.reg.label(p.target), formatFixed(r*100), p.value.String(), was)
		}
	}
}

func (x *extraction) codeFeatures(v []int64) {
	var ups, dc, dcUnknown, payload [2]int
	unknown := map[common.Address]bool{}
	for _, u := range x.upgrades {
		ups[src(u.sim)]++
		if !x.reg.known(u.impl) {
			unknown[u.impl] = true
		}
	}
	for _, d := range x.delegations {
		s := src(d.sim)
		switch {
		case d.payload:
			payload[s]++
		case x.reg.known(d.target):
			dc[s]++
		default:
			dc[s]++
			dcUnknown[s]++
		}
	}
	v[Upgrades] = count(maxOf(ups), maxNodeCount)
	v[UnknownImplementations] = count(len(unknown), maxCount)
	v[DelegateCalls] = count(maxOf(dc), maxNodeCount)
	v[DelegateCallsUnknown] = count(maxOf(dcUnknown), maxNodeCount)
	v[PayloadDelegateCalls] = count(maxOf(payload), maxNodeCount)
	v[SelfDestructs] = count(x.selfDestructs, maxNodeCount)
	v[CreatedContracts] = count(x.created, maxNodeCount)
}

func (x *extraction) historyFeatures(v []int64) {
	h := x.in.History
	if h == nil {
		return
	}
	v[HistoryKnown] = Scale
	v[PriorProposals] = count(h.PriorProposals, 1000)
	if h.PriorProposals <= 0 {
		x.flag(KindFirstProposal, -1, "the proposer's first proposal")
	}
	v[ProposerVoteShare] = ratio(h.VotesAtProposal, h.Supply, 1)
	if h.VotesAtProposal == nil || h.VotesBlocksBefore == nil {
		return
	}
	acquired := new(big.Int).Sub(h.VotesAtProposal, h.VotesBlocksBefore)
	v[VotesAcquiredShare] = ratio(acquired, h.Supply, 1)
	v[VotesAcquiredFrac] = ratio(acquired, h.VotesAtProposal, 1)
	if v[VotesAcquiredFrac] >= votesAcquired {
		x.flag(KindVotesAcquired, -1, "%s%% of the proposer's votes were acquired in the day before the proposal", formatFixed(v[VotesAcquiredFrac]*100))
	}
}
