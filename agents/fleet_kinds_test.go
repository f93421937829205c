package agents_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/backtest/lending"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/strategies/governance"
	"github.com/steward-agents/steward/strategies/governance/generate"
	"github.com/steward-agents/steward/strategies/marketmaking"
	"github.com/steward-agents/steward/strategies/risk"
)

// The fleet's kinds, as its metrics name them.
const (
	kindMM   = "mm"
	kindRisk = "risk"
	kindGov  = "gov"
)

// fleetKinds lists the kinds in the order the fleet's keys are dealt.
var fleetKinds = []string{kindMM, kindRisk, kindGov}

// fleetMix splits n agents between the kinds: 20 % lending risk, 10 %
// governance scoring, the rest (70 %) market making.
func fleetMix(n int) map[string]int {
	risk, gov := n*20/100, n*10/100
	return map[string]int{kindMM: n - risk - gov, kindRisk: risk, kindGov: gov}
}

// Pacing of the fleet's background activity.
const (
	// fleetAaveEvery takes one price of WETHCrashPath every this many
	// Ethereum blocks: 720 steps of about two chain blocks each, the
	// length of the ten-minute soak.
	fleetAaveEvery = 2
	// fleetRiskWindow is the risk agents' price window, one price a block:
	// the shipped config's 30 prices 4 blocks apart would keep a 25-block
	// run from ever running the model. The model call costs the same.
	fleetRiskWindow = 10
	// fleetProposeEvery is how many blocks apart the DAO gets a proposal.
	fleetProposeEvery = 5
	// fleetVotingDelay leaves the scorers 12 blocks to post a score.
	fleetVotingDelay = 12
)

// fleetMember is one agent of the fleet: its kind, key and guard, its
// model's card and policies, and how to build a fresh program for each run.
type fleetMember struct {
	name  string
	kind  string
	key   *ecdsa.PrivateKey
	guard common.Address
	model agents.Model
	// card is model's card: the fleet runs the process's shared, batched
	// model of it (Parts.CardModel), as RunAll does.
	card     string
	policies agents.Guardrails
	build    func(program.ChainReader) (program.Program, error)
}

// fleetWorker is background activity the fleet's chain needs while the
// agents run (the Aave market's actors, the DAO's proposer): it runs until
// ctx ends and returns what stopped it otherwise.
type fleetWorker func(ctx context.Context) error

// shippedKind is a kind run from its shipped agent config: the config
// (settings and policies) and its model, which the fleet's keys of the kind
// are authorised for.
type shippedKind struct {
	kind string
	cfg  *config.Config
	mdl  agents.CardModel
}

// loadKind loads the shipped config rel of kind and its model, and
// authorises keys for the model.
func loadKind(b *testing.B, ctx context.Context, chain *devchain.Chain, rt *onnx.Runtime, kind, rel string, keys []*ecdsa.PrivateKey) shippedKind {
	b.Helper()
	cfg, err := config.Load(agents.RepoPath(rel), []program.Kind{risk.Kind(), governance.Kind(), marketmaking.Kind()})
	if err != nil {
		b.Fatal(err)
	}
	mdl, err := agents.LoadModel(rt, cfg.Model.Card)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = mdl.Close() })
	authorize(b, ctx, chain, keys, mdl)
	return shippedKind{kind: kind, cfg: cfg, mdl: mdl}
}

// member is the fleet's agent i of the kind: the config's policies, and a
// program of the kind built on settings (a fresh copy for each run).
func (k shippedKind) member(b *testing.B, ctx context.Context, i int, key *ecdsa.PrivateKey, guard common.Address, settings func() program.Settings) fleetMember {
	b.Helper()
	engine, err := k.cfg.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	return fleetMember{name: fmt.Sprintf("%s-%03d", k.kind, i), kind: k.kind, key: key, guard: guard,
		card: agents.RepoPath(k.cfg.Model.Card), policies: engine,
		build: func(c program.ChainReader) (program.Program, error) { return k.cfg.Kind.Build(ctx, settings(), c) }}
}

// authorize lets each key commit inferences of mdl.
func authorize(b *testing.B, ctx context.Context, chain *devchain.Chain, keys []*ecdsa.PrivateKey, mdl agents.CardModel) {
	b.Helper()
	for _, k := range keys {
		if err := chain.Authorize(ctx, crypto.PubkeyToAddress(k.PublicKey), mdl.Digest()); err != nil {
			b.Fatal(err)
		}
	}
}

// marketMakers are market-making agents, each steering its own
// RangeVault of the chain's pool.
func marketMakers(b *testing.B, ctx context.Context, chain *devchain.Chain, rt *onnx.Runtime, keys []*ecdsa.PrivateKey) []fleetMember {
	b.Helper()
	mdl, _ := shippedModels(b, rt)
	authorize(b, ctx, chain, keys, mdl)
	dep := chain.Deployment()
	members := make([]fleetMember, len(keys))
	for i, k := range keys {
		vault := dep.Vault
		if i > 0 {
			vault = secondVault(b, ctx, chain)
		}
		members[i] = fleetMember{name: fmt.Sprintf("mm-%03d", i), kind: kindMM, key: k, guard: dep.Guard,
			card: agents.RepoPath("configs/models/mm-range-v1.card.json"), policies: widthPolicy(b),
			build: func(c program.ChainReader) (program.Program, error) {
				return marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: vault, Params: testParams(dep.TickSpacing)}, c)
			}}
	}
	return members
}

// riskAgents are lending-risk agents (configs/aave-risk.yaml) on one Aave
// v3 market, each with its own key, steering the market's AaveRiskSteward
// through the guard, as the lending demo's agent does; the worker walks
// the market's suppliers, borrowers and liquidator along the ETH sell-off.
// The guard's cooldown is per parameter, not per agent: when one agent's
// change lands, the others' are refused (by the policy or the guard's
// simulation) until it passes.
func riskAgents(b *testing.B, ctx context.Context, chain *devchain.Chain, rt *onnx.Runtime, keys []*ecdsa.PrivateKey) ([]fleetMember, fleetWorker) {
	b.Helper()
	if len(keys) == 0 {
		return nil, nil
	}
	k := loadKind(b, ctx, chain, rt, kindRisk, "configs/aave-risk.yaml", keys)
	m, err := chain.DeployAave(ctx, devchain.AaveParams{})
	if err != nil {
		b.Fatal(err)
	}
	settings := *k.cfg.Settings.(*risk.Settings)
	if err := lending.FillSettings(&settings, m); err != nil {
		b.Fatal(err)
	}
	settings.Window, settings.Step = fleetRiskWindow, 1
	prices, err := lending.Path(fleetAaveEvery, 0)
	if err != nil {
		b.Fatal(err)
	}
	act, err := chain.NewAaveActivity(ctx, devchain.AaveActivityConfig{Market: m, Prices: prices, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	members := make([]fleetMember, len(keys))
	for i, key := range keys {
		members[i] = k.member(b, ctx, i, key, chain.Deployment().Guard, func() program.Settings { s := settings; return &s })
	}
	var mu sync.Mutex // the activity steps one at a time, across runs too
	halted := false   // a step cut short leaves the activity half done
	step := func(ctx context.Context) error {
		mu.Lock()
		defer mu.Unlock()
		for !halted && ctx.Err() == nil {
			_, err := act.Step(ctx)
			switch {
			case errors.Is(err, io.EOF):
				return nil
			case err != nil && ctx.Err() != nil:
				halted = true
			case err != nil:
				halted = true
				return fmt.Errorf("aave activity: %w", err)
			}
		}
		return nil
	}
	return members, step
}

// scorers are governance agents (configs/governance-demo.yaml) scoring the
// proposals of one DAO's Governor, each with its own key and its own
// ProposalScores (the DAO's for the first), so that each posts every
// score; the worker proposes the generated proposals in turn, one every
// fleetProposeEvery blocks. They do not vote: ProposalScores holds the
// DAO's delegated votes only for the first.
func scorers(b *testing.B, ctx context.Context, chain *devchain.Chain, rt *onnx.Runtime, keys []*ecdsa.PrivateKey) ([]fleetMember, fleetWorker) {
	b.Helper()
	if len(keys) == 0 {
		return nil, nil
	}
	k := loadKind(b, ctx, chain, rt, kindGov, "configs/governance-demo.yaml", keys)
	voter, _ := crypto.GenerateKey()
	g, err := chain.DeployGovernance(ctx, devchain.GovernanceParams{Voters: []devchain.Voter{{Key: voter}}, VotingDelay: fleetVotingDelay})
	if err != nil {
		b.Fatal(err)
	}
	dao := generate.DAO{Governor: g.Governor, Timelock: g.Timelock, Token: g.Token, USDC: g.TreasuryUSDC, WETH: g.TreasuryWETH,
		Grantee: common.HexToAddress("0x6a6e7400000000000000000000000000000000a1"), Attacker: common.HexToAddress("0xbad0000000000000000000000000000000000bad")}
	// As the governance demo: the token answers to the timelock.
	if _, err := chain.AsOwner(ctx, &g.Token, bindings.NewGovToken().PackTransferOwnership(g.Timelock), 0); err != nil {
		b.Fatal(err)
	}
	members := make([]fleetMember, len(keys))
	for i, key := range keys {
		scores := g.Scores
		if i > 0 {
			scores = proposalScores(b, ctx, chain, g)
		}
		settings := *k.cfg.Settings.(*governance.Settings)
		settings.Governor, settings.Scores, settings.AddressBook, settings.Vote = g.Governor.Hex(), scores.Hex(), generate.Book(dao), ""
		if err := settings.Validate(); err != nil {
			b.Fatal(err)
		}
		members[i] = k.member(b, ctx, i, key, g.Guard, func() program.Settings { s := settings; return &s })
	}
	gens, gov := generate.Proposals(dao), bindings.NewStewardGovernor()
	proposed := 0 // across runs: a Governor refuses a proposal it has seen
	var mu sync.Mutex
	propose := func(ctx context.Context) error {
		mu.Lock()
		defer mu.Unlock()
		for {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(fleetProposeEvery * fleetBlockInterval):
			}
			gen := gens[proposed%len(gens)]
			desc := fmt.Sprintf("%s\n\n(fleet proposal %d)", gen.Description, proposed)
			if _, err := chain.AsOwner(ctx, &g.Governor, gov.PackPropose(gen.Targets, gen.Values, gen.Calldatas, desc), 0); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("propose %q: %w", gen.Name, err)
			}
			proposed++
		}
	}
	return members, propose
}

// proposalScores deploys another ProposalScores for g's Governor behind
// g's guard, with bounds as wide as the contract's own checks.
func proposalScores(b *testing.B, ctx context.Context, chain *devchain.Chain, g devchain.Governance) common.Address {
	b.Helper()
	r, err := chain.AsOwner(ctx, nil, append(common.FromHex(bindings.ProposalScoresMetaData.Bin),
		bindings.NewProposalScores().PackConstructor(g.Guard, g.Governor, devchain.DefaultVoteThreshold)...), 0)
	if err != nil {
		b.Fatal(err)
	}
	wide := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	guardABI := bindings.NewParameterGuard()
	for _, p := range []string{contracts.ParamProposalIDHi, contracts.ParamProposalIDLo, contracts.ParamScore, contracts.ParamFlags, contracts.ParamVote} {
		bounds := bindings.ParamBounds{Min: new(big.Int), Max: wide, MaxStep: wide}
		if _, err := chain.AsOwner(ctx, &g.Guard, guardABI.PackSetBounds(r.ContractAddress, contracts.Param(p), bounds, new(big.Int)), 0); err != nil {
			b.Fatal(err)
		}
	}
	return r.ContractAddress
}
