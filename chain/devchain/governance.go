package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// Defaults of GovernanceParams.
const (
	DefaultVotingDelay   = 5  // blocks (seconds on ClockTimestamp)
	DefaultVotingPeriod  = 20 // blocks (seconds on ClockTimestamp)
	DefaultQuorumPercent = 4
	DefaultTimelockDelay = 1 // second: a proposal queued in one block executes in the next
	// DefaultVoteThreshold is the lowest score at which ProposalScores may
	// vote: 70, the score from which a proposal must not pass without review.
	DefaultVoteThreshold = 70
)

// The dev DAO's token and treasury tokens.
const (
	govTokenName   = "Steward Dev DAO"
	govTokenSymbol = "sDAO"
	// eip712Version is OpenZeppelin's ERC20Permit domain version.
	eip712Version = "1"
)

// wholeTokens is n tokens of a token with decimals decimals.
func wholeTokens(n, decimals int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(decimals), nil))
}

// Governance holds the addresses of what DeployGovernance deployed.
type Governance struct {
	Token    common.Address // GovToken (or GovTokenTimestamp): ERC20Votes (18 decimals) on GovernanceParams.Clock, minted by the operator
	Timelock common.Address // DaoTimelock: OpenZeppelin's TimelockController; executes passed proposals, holds the treasury
	Governor common.Address // StewardGovernor: OpenZeppelin Governor over Token and Timelock
	Scores   common.Address // ProposalScores: scores and votes set only through Guard
	Guard    common.Address // the ParameterGuard ProposalScores obeys
	// TreasuryUSDC and TreasuryWETH are open-mint TestTokens (6 and 18
	// decimals) the timelock holds, beside its ETH.
	TreasuryUSDC, TreasuryWETH common.Address
	// Voters are the voters' accounts, each delegating its votes to itself.
	Voters []common.Address
}

// Voter is a holder of the DAO's token who votes itself.
type Voter struct {
	// Key signs the voter's delegation to itself (delegateBySig, sent by the
	// operator, so the voter needs no ETH for it). Required.
	Key *ecdsa.PrivateKey
	// Votes is how many tokens (18 decimals) the voter gets. Defaults to 1,000,000 tokens.
	Votes *big.Int
}

// Clock is the ERC-6372 clock of a DAO's token, and so of its Governor:
// what its timepoints (a proposal's voteStart and voteEnd, the voting
// delay and period) count.
type Clock string

// The clocks a dev DAO may run on.
const (
	// ClockBlockNumber counts blocks (GovToken), as most DAOs on Ethereum.
	ClockBlockNumber Clock = "blocknumber"
	// ClockTimestamp counts seconds of block time (GovTokenTimestamp), as
	// DAOs on chains whose block numbers are no steady clock.
	ClockTimestamp Clock = "timestamp"
)

// GovernanceParams describes the DAO DeployGovernance builds.
type GovernanceParams struct {
	// Guard is the ParameterGuard that posts scores; the operator must own
	// it, since DeployGovernance sets the bounds of ProposalScores'
	// parameters on it. Required (Chain.DeployGovernance defaults it to the
	// chain's guard).
	Guard common.Address
	// Voters get tokens and delegate them to themselves.
	Voters []Voter
	// ScorerVotes is how many tokens the operator gets and delegates to
	// ProposalScores: the votes the scorer casts. Defaults to 1,000,000 tokens.
	ScorerVotes *big.Int
	// Clock is what the token and Governor count time in. Defaults to
	// ClockBlockNumber.
	Clock Clock
	// VotingDelay is the number of blocks (seconds on ClockTimestamp) from
	// a proposal's block to its snapshot; the vote opens in the first block
	// after the snapshot, and until then (the proposal Pending) a score can
	// be posted. Defaults to 5.
	VotingDelay uint64
	// VotingPeriod is the number of blocks (seconds on ClockTimestamp) a
	// vote stays open. Defaults to 20.
	VotingPeriod uint64
	// ProposalThreshold is the votes a proposer needs. Defaults to 0.
	ProposalThreshold *big.Int
	// QuorumPercent is the share of the supply, in percent, that must vote
	// for or abstain. Defaults to 4.
	QuorumPercent uint64
	// TimelockDelay is the timelock's minimum delay in seconds. Defaults to 1.
	TimelockDelay uint64
	// VoteThreshold is the lowest score at which ProposalScores may vote
	// (0 to 100). Defaults to 70.
	VoteThreshold uint8
	// TreasuryUSDC and TreasuryWETH are what the timelock holds of each
	// treasury token, in base units. Default to 10,000,000 dUSDC and 5,000 dWETH.
	TreasuryUSDC, TreasuryWETH *big.Int
	// TreasuryETH is the timelock's ETH, in wei. Defaults to 100 ETH.
	TreasuryETH *big.Int
}

func (p GovernanceParams) withDefaults() GovernanceParams {
	orDefault := func(v *big.Int, d *big.Int) *big.Int {
		if v == nil {
			return d
		}
		return v
	}
	p.Voters = slices.Clone(p.Voters)
	for i := range p.Voters {
		p.Voters[i].Votes = orDefault(p.Voters[i].Votes, wholeTokens(1_000_000, 18))
	}
	p.ScorerVotes = orDefault(p.ScorerVotes, wholeTokens(1_000_000, 18))
	p.ProposalThreshold = orDefault(p.ProposalThreshold, new(big.Int))
	p.TreasuryUSDC = orDefault(p.TreasuryUSDC, wholeTokens(10_000_000, 6))
	p.TreasuryWETH = orDefault(p.TreasuryWETH, wholeTokens(5_000, 18))
	p.TreasuryETH = orDefault(p.TreasuryETH, wholeTokens(100, 18))
	if p.Clock == "" {
		p.Clock = ClockBlockNumber
	}
	if p.VotingDelay == 0 {
		p.VotingDelay = DefaultVotingDelay
	}
	if p.VotingPeriod == 0 {
		p.VotingPeriod = DefaultVotingPeriod
	}
	if p.QuorumPercent == 0 {
		p.QuorumPercent = DefaultQuorumPercent
	}
	if p.TimelockDelay == 0 {
		p.TimelockDelay = DefaultTimelockDelay
	}
	if p.VoteThreshold == 0 {
		p.VoteThreshold = DefaultVoteThreshold
	}
	return p
}

func (p GovernanceParams) validate(operator common.Address) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	switch {
	case p.Guard == (common.Address{}):
		return bad("GovernanceParams.Guard is not set")
	case p.Clock != ClockBlockNumber && p.Clock != ClockTimestamp:
		return bad("GovernanceParams.Clock %q is neither %q nor %q", p.Clock, ClockBlockNumber, ClockTimestamp)
	case p.VotingDelay > 1<<48-1:
		return bad("GovernanceParams.VotingDelay %d does not fit a uint48", p.VotingDelay)
	case p.VotingPeriod > math.MaxUint32:
		return bad("GovernanceParams.VotingPeriod %d does not fit a uint32", p.VotingPeriod)
	case p.QuorumPercent > 100:
		return bad("GovernanceParams.QuorumPercent %d is above 100", p.QuorumPercent)
	case p.VoteThreshold > contracts.MaxScore:
		return bad("GovernanceParams.VoteThreshold %d is above %d", p.VoteThreshold, contracts.MaxScore)
	}
	for _, f := range []struct {
		name string
		v    *big.Int
	}{{"ScorerVotes", p.ScorerVotes}, {"ProposalThreshold", p.ProposalThreshold}, {"TreasuryUSDC", p.TreasuryUSDC},
		{"TreasuryWETH", p.TreasuryWETH}, {"TreasuryETH", p.TreasuryETH}} {
		if f.v.Sign() < 0 {
			return bad("GovernanceParams.%s %s is negative", f.name, f.v)
		}
	}
	seen := map[common.Address]bool{operator: true}
	for i, v := range p.Voters {
		if v.Key == nil {
			return bad("GovernanceParams.Voters[%d].Key is nil", i)
		}
		if v.Votes.Sign() < 0 {
			return bad("GovernanceParams.Voters[%d].Votes %s is negative", i, v.Votes)
		}
		// One account delegates all its votes to one delegate: the
		// operator's go to ProposalScores, each voter's to itself.
		addr := crypto.PubkeyToAddress(v.Key.PublicKey)
		if seen[addr] {
			return bad("GovernanceParams.Voters[%d] %s is the operator or another voter", i, addr.Hex())
		}
		seen[addr] = true
	}
	return nil
}

// scoreBounds are the guard's bounds for ProposalScores' parameters: each
// value within what the contract accepts, any step, no cooldown (every
// post names another proposal).
func scoreBounds() []struct {
	param  string
	bounds bindings.ParamBounds
} {
	maxUint := func(bits uint) *big.Int {
		return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
	}
	b := func(max *big.Int) bindings.ParamBounds {
		return bindings.ParamBounds{Min: new(big.Int), Max: max, MaxStep: max}
	}
	return []struct {
		param  string
		bounds bindings.ParamBounds
	}{
		{contracts.ParamProposalIDHi, b(maxUint(128))},
		{contracts.ParamProposalIDLo, b(maxUint(128))},
		{contracts.ParamScore, b(big.NewInt(contracts.MaxScore))},
		{contracts.ParamFlags, b(maxUint(64))},
		{contracts.ParamVote, b(big.NewInt(contracts.VoteAbstain))},
	}
}

// DeployGovernance deploys a DAO beside an existing guard, in four rounds
// (as Deploy does: each round estimated, sent at once, then waited for):
//
//	round 1  GovToken, DaoTimelock (admin: the operator), dUSDC, dWETH
//	round 2  StewardGovernor, the tokens' mints (voters, operator, treasury)
//	round 3  ProposalScores, the governor as the timelock's proposer and canceller,
//	         the voters' delegations to themselves
//	round 4  the guard's bounds for ProposalScores, the operator's delegation to
//	         ProposalScores, the operator renouncing the timelock's admin role
//
// then sends the treasury's ETH to the timelock in one more block, so every
// delegation is checkpointed in a block before any proposal. Anyone may
// execute a queued proposal through the timelock. The operator keeps no
// power over the DAO: it renounces the timelock's admin role (the timelock
// administers itself from then on, through proposals), and the token's
// ownership stays with it only to mint for tests. The operator's tokens are
// delegated to ProposalScores; it can still propose while the proposal
// threshold is 0. Voters delegate to themselves by signature, relayed by
// the operator.
//
// Not resumable: an interrupted run leaves what it deployed, and a new run
// deploys everything again.
func (o *Operator) DeployGovernance(ctx context.Context, p GovernanceParams) (Governance, error) {
	p = p.withDefaults()
	if err := p.validate(o.addr); err != nil {
		return Governance{}, err
	}
	chainID := o.cfg.ChainID
	g := Governance{Guard: p.Guard}
	for _, v := range p.Voters {
		g.Voters = append(g.Voters, crypto.PubkeyToAddress(v.Key.PublicKey))
	}
	var (
		tokenABI    = bindings.NewGovToken()
		timelockABI = bindings.NewDaoTimelock()
		govABI      = bindings.NewStewardGovernor()
		scoresABI   = bindings.NewProposalScores()
		guardABI    = bindings.NewParameterGuard()
		testABI     = bindings.NewTestToken()
		r           = &deployRun{op: o, out: io.Discard}
		proposer    = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
		canceller   = crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
		admin       = common.Hash{} // DEFAULT_ADMIN_ROLE
	)
	// GovTokenTimestamp is GovToken with another clock: the same
	// constructor, functions and events.
	tokenBin := bindings.GovTokenMetaData.Bin
	if p.Clock == ClockTimestamp {
		tokenBin = bindings.GovTokenTimestampMetaData.Bin
	}
	call := func(name string, to *common.Address, data func() []byte) deployStep {
		return deployStep{name: name, txs: func(uint64) []deployTx {
			return []deployTx{{name: name, to: to, data: data()}}
		}}
	}
	rounds := []deployRound{
		{n: 1, title: "governance token, timelock, treasury tokens", steps: []deployStep{
			r.create(creation{name: "GovToken", at: &g.Token, bin: tokenBin,
				args: func() []byte { return tokenABI.PackConstructor(govTokenName, govTokenSymbol) }}),
			r.create(creation{name: "DaoTimelock", at: &g.Timelock, bin: bindings.DaoTimelockMetaData.Bin,
				args: func() []byte {
					return timelockABI.PackConstructor(new(big.Int).SetUint64(p.TimelockDelay), nil,
						[]common.Address{{}}, o.addr) // executor 0: anyone
				}}),
			r.create(creation{name: "dUSDC", at: &g.TreasuryUSDC, bin: bindings.TestTokenMetaData.Bin,
				args: func() []byte { return testABI.PackConstructor("DAO USD Coin", "dUSDC", 6) }}),
			r.create(creation{name: "dWETH", at: &g.TreasuryWETH, bin: bindings.TestTokenMetaData.Bin,
				args: func() []byte { return testABI.PackConstructor("DAO Wrapped Ether", "dWETH", 18) }}),
		}},
		{n: 2, title: "governor, mints", steps: func() []deployStep {
			steps := []deployStep{
				r.create(creation{name: "StewardGovernor", at: &g.Governor, bin: bindings.StewardGovernorMetaData.Bin,
					args: func() []byte {
						return govABI.PackConstructor(g.Token, g.Timelock, big.NewInt(int64(p.VotingDelay)),
							uint32(p.VotingPeriod), p.ProposalThreshold, new(big.Int).SetUint64(p.QuorumPercent))
					}}),
				call("GovToken.mint(operator)", &g.Token, func() []byte { return tokenABI.PackMint(o.addr, p.ScorerVotes) }),
				call("dUSDC.mint(timelock)", &g.TreasuryUSDC, func() []byte { return testABI.PackMint(g.Timelock, p.TreasuryUSDC) }),
				call("dWETH.mint(timelock)", &g.TreasuryWETH, func() []byte { return testABI.PackMint(g.Timelock, p.TreasuryWETH) }),
			}
			for i, v := range p.Voters {
				steps = append(steps, call(fmt.Sprintf("GovToken.mint(voter %d)", i), &g.Token,
					func() []byte { return tokenABI.PackMint(g.Voters[i], v.Votes) }))
			}
			return steps
		}()},
		{n: 3, title: "ProposalScores, the governor's timelock roles, voters' delegations", steps: func() []deployStep {
			steps := []deployStep{
				r.create(creation{name: "ProposalScores", at: &g.Scores, bin: bindings.ProposalScoresMetaData.Bin,
					args: func() []byte { return scoresABI.PackConstructor(g.Guard, g.Governor, p.VoteThreshold) }}),
				call("timelock.grantRole(PROPOSER, governor)", &g.Timelock, func() []byte { return timelockABI.PackGrantRole(proposer, g.Governor) }),
				call("timelock.grantRole(CANCELLER, governor)", &g.Timelock, func() []byte { return timelockABI.PackGrantRole(canceller, g.Governor) }),
			}
			// After the mints are mined: a delegation estimated on an empty
			// balance writes no checkpoint and runs out of gas on a full one.
			for i, v := range p.Voters {
				steps = append(steps, call(fmt.Sprintf("GovToken.delegateBySig(voter %d)", i), &g.Token, func() []byte {
					// A fresh token: every voter's nonce is 0.
					return delegateBySigData(v.Key, chainID, g.Token, g.Voters[i], 0)
				}))
			}
			return steps
		}()},
		{n: 4, title: "the guard's bounds for ProposalScores, the scorer's votes, admin renounced", steps: func() []deployStep {
			var steps []deployStep
			for _, b := range scoreBounds() {
				steps = append(steps, call(fmt.Sprintf("guard.setBounds(scores, %s)", b.param), &g.Guard, func() []byte {
					return guardABI.PackSetBounds(g.Scores, contracts.Param(b.param), b.bounds, new(big.Int))
				}))
			}
			return append(steps,
				call("GovToken.delegate(scores)", &g.Token, func() []byte { return tokenABI.PackDelegate(g.Scores) }),
				call("timelock.renounceRole(ADMIN, operator)", &g.Timelock, func() []byte { return timelockABI.PackRenounceRole(admin, o.addr) }))
		}()},
	}
	for _, round := range rounds {
		if err := r.run(ctx, round); err != nil {
			return g, fmt.Errorf("governance round %d (%s): %w", round.n, round.title, err)
		}
	}
	if p.TreasuryETH.Sign() > 0 {
		if _, err := o.sendAndWait(ctx, &g.Timelock, nil, p.TreasuryETH); err != nil {
			return g, fmt.Errorf("fund the timelock with %s wei: %w", p.TreasuryETH, err)
		}
	}
	o.log.Info("governance deployed", "governor", g.Governor, "timelock", g.Timelock, "token", g.Token,
		"scores", g.Scores, "guard", g.Guard, "voters", len(g.Voters))
	return g, nil
}

// delegateBySigData is GovToken.delegateBySig(delegatee, nonce, expiry
// never) signed by key: OpenZeppelin Votes' EIP-712 Delegation, in the
// token's ERC20Permit domain (name, version "1", chain id, token).
func delegateBySigData(key *ecdsa.PrivateKey, chainID *big.Int, token, delegatee common.Address, nonce uint64) []byte {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	domain := crypto.Keccak256(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte(govTokenName)), crypto.Keccak256([]byte(eip712Version)),
		word(chainID.Bytes()), word(token.Bytes()))
	expiry := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	delegation := crypto.Keccak256(
		crypto.Keccak256([]byte("Delegation(address delegatee,uint256 nonce,uint256 expiry)")),
		word(delegatee.Bytes()), word(new(big.Int).SetUint64(nonce).Bytes()), word(expiry.Bytes()))
	sig, err := crypto.Sign(crypto.Keccak256([]byte{0x19, 0x01}, domain, delegation), key)
	if err != nil {
		// Only for a key off the curve, which crypto.ToECDSA never returns.
		panic(fmt.Sprintf("sign a delegation: %v", err))
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return bindings.NewGovToken().PackDelegateBySig(delegatee, new(big.Int).SetUint64(nonce), expiry, sig[64]+27, r, s)
}

// DeployGovernance deploys a DAO (Operator.DeployGovernance) through the
// chain's owner, which owns the chain's guard; p.Guard defaults to it. It
// mines its own blocks, holding back the block loop meanwhile.
func (c *Chain) DeployGovernance(ctx context.Context, p GovernanceParams) (Governance, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return Governance{}, ErrStopped
	}
	if p.Guard == (common.Address{}) {
		p.Guard = c.dep.Guard
	}
	return c.op.DeployGovernance(ctx, p)
}

// Proposal is what a Governor's propose, queue and execute take.
type Proposal struct {
	Targets     []common.Address
	Values      []*big.Int // wei each call carries, paid by the timelock
	Calldatas   [][]byte
	Description string
}

// DescriptionHash is keccak256 of the description, which queue and execute take.
func (p Proposal) DescriptionHash() common.Hash { return crypto.Keccak256Hash([]byte(p.Description)) }

// ProposalState is the state of a proposal at an OpenZeppelin Governor,
// in the order of IGovernor.ProposalState.
type ProposalState uint8

// The proposal states.
const (
	ProposalPending ProposalState = iota
	ProposalActive
	ProposalCanceled
	ProposalDefeated
	ProposalSucceeded
	ProposalQueued
	ProposalExpired
	ProposalExecuted
)

// String is the state's name in IGovernor.ProposalState.
func (s ProposalState) String() string {
	names := []string{"Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("ProposalState(%d)", uint8(s))
}

// Propose submits p to g's governor from the operator's account and
// returns the proposal id (from its ProposalCreated event) and the receipt.
func (o *Operator) Propose(ctx context.Context, g Governance, p Proposal) (*big.Int, *types.Receipt, error) {
	gov := bindings.NewStewardGovernor()
	r, err := o.send(ctx, &g.Governor, gov.PackPropose(p.Targets, p.Values, p.Calldatas, p.Description))
	if err != nil {
		return nil, r, fmt.Errorf("propose %d call(s): %w", len(p.Targets), err)
	}
	for _, l := range r.Logs {
		if l.Address != g.Governor {
			continue
		}
		if ev, err := gov.UnpackProposalCreatedEvent(l); err == nil {
			return ev.ProposalId, r, nil
		}
	}
	return nil, r, fmt.Errorf("propose: no ProposalCreated event of %s in receipt %s", g.Governor.Hex(), r.TxHash.Hex())
}

// ProposalState reads the state of proposal id at g's governor.
func (o *Operator) ProposalState(ctx context.Context, g Governance, id *big.Int) (ProposalState, error) {
	gov := bindings.NewStewardGovernor()
	s, err := view(ctx, o.cfg.Client, g.Governor, gov.PackState(id), gov.UnpackState)
	if err != nil {
		return 0, fmt.Errorf("state of proposal %s: %w", id, err)
	}
	return ProposalState(s), nil
}

// Cancel cancels proposal p at g's governor from the operator's account:
// OpenZeppelin's Governor lets its proposer cancel it while it is Pending.
func (o *Operator) Cancel(ctx context.Context, g Governance, p Proposal) (*types.Receipt, error) {
	data := bindings.NewStewardGovernor().PackCancel(p.Targets, p.Values, p.Calldatas, p.DescriptionHash())
	r, err := o.send(ctx, &g.Governor, data)
	if err != nil {
		return r, fmt.Errorf("cancel proposal: %w", err)
	}
	return r, nil
}

// Vote casts the operator's account's votes on proposal id: support is
// contracts.VoteAgainst, VoteFor or VoteAbstain. A voter votes through an
// Operator made with its own key.
func (o *Operator) Vote(ctx context.Context, g Governance, id *big.Int, support uint8) (*types.Receipt, error) {
	r, err := o.send(ctx, &g.Governor, bindings.NewStewardGovernor().PackCastVote(id, support))
	if err != nil {
		return r, fmt.Errorf("vote %d on proposal %s: %w", support, id, err)
	}
	return r, nil
}

// Queue queues the succeeded proposal p in the timelock.
func (o *Operator) Queue(ctx context.Context, g Governance, p Proposal) (*types.Receipt, error) {
	data := bindings.NewStewardGovernor().PackQueue(p.Targets, p.Values, p.Calldatas, p.DescriptionHash())
	r, err := o.send(ctx, &g.Governor, data)
	if err != nil {
		return r, fmt.Errorf("queue proposal: %w", err)
	}
	return r, nil
}

// Execute executes the queued proposal p once the timelock's delay has
// passed; the calls' values are paid from the timelock's ETH.
func (o *Operator) Execute(ctx context.Context, g Governance, p Proposal) (*types.Receipt, error) {
	data := bindings.NewStewardGovernor().PackExecute(p.Targets, p.Values, p.Calldatas, p.DescriptionHash())
	r, err := o.send(ctx, &g.Governor, data)
	if err != nil {
		return r, fmt.Errorf("execute proposal: %w", err)
	}
	return r, nil
}
