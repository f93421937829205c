package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/governance"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/generate"
)

// govDemoParams configures `steward demo --kind governance`.
type govDemoParams struct {
	ConfigPath    string
	StorePath     string
	BlockInterval time.Duration
	// Every is how many blocks apart the generator proposes.
	Every  uint64
	Out    io.Writer
	Logger *slog.Logger
	// HTTPAddr, when set, serves the embedded chain's JSON-RPC over HTTP
	// there ("127.0.0.1:0": a free port), as `steward devnet` does.
	HTTPAddr string
	// AfterCheck, when set, runs once every check passed, while the chain
	// still runs: TestVerifyGovernanceScores points `steward verify` at it,
	// as a third party with only the node would.
	AfterCheck func(ctx context.Context, run govDemoRun) error
}

// govDemoRun is what a finished governance demo leaves to check from outside.
type govDemoRun struct {
	// HTTPURL is the chain's JSON-RPC URL (with govDemoParams.HTTPAddr).
	HTTPURL string
	// Governance is the DAO, with the guard its scores go through.
	Governance devchain.Governance
	// From and To are the blocks the agent ran in.
	From, To uint64
	Rows     []govRow
}

// govRow is one generated proposal and what the agent posted for it.
type govRow struct {
	generate.Generated
	ID           *big.Int
	Block        uint64
	Scored       bool
	Score        uint8
	Flags        uint64
	ScoredAt     uint64
	VotingStarts uint64
	// ProposeTx is the transaction that proposed it.
	ProposeTx common.Hash
}

func runGovernanceDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	p := govDemoParams{Out: stdout, Every: 3}
	fs.StringVar(&p.ConfigPath, "c", "", "agent config (default configs/governance-demo.yaml)")
	fs.DurationVar(&p.BlockInterval, "block-time", 400*time.Millisecond, "block interval of the embedded chain")
	fs.StringVar(&p.StorePath, "store", "", "SQLite file for the run (default data/demo-governance-<time>.db)")
	verbose := fs.Bool("v", false, "log pipeline details to stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p.Logger = slog.New(slog.DiscardHandler)
	if *verbose {
		p.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	_, err := governanceDemo(ctx, p)
	return err
}

// governanceDemo deploys a DAO on the embedded chain beside the guard,
// runs the governance agent live while the generator proposes its benign
// and harmful proposals, then checks that each got its score before its
// vote (harmful ≥ 70 with the right flag, benign < 70) and verifies every
// posted score from the chain alone.
func governanceDemo(ctx context.Context, p govDemoParams) ([]govRow, error) {
	if p.ConfigPath == "" {
		p.ConfigPath = agents.RepoPath("configs/governance-demo.yaml")
	}
	if p.StorePath == "" {
		p.StorePath = filepath.Join("data", fmt.Sprintf("demo-governance-%d.db", time.Now().Unix()))
	}
	out := p.Out
	cfg, mdl, err := demoAgent(p.ConfigPath, governance.KindName, "governance")
	if err != nil {
		return nil, err
	}
	defer mdl.Close()
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	agentAddr := crypto.PubkeyToAddress(key.PublicKey)
	voter, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	path, _, err := demo.MarketPath()
	if err != nil {
		return nil, err
	}
	chain, err := devchain.New(ctx, devchain.Config{BlockInterval: p.BlockInterval, PriceTicks: path, Funded: []common.Address{agentAddr},
		HTTPAddr: p.HTTPAddr, Logger: p.Logger})
	if err != nil {
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	defer chain.Stop()
	if err := chain.Authorize(ctx, agentAddr, mdl.Digest()); err != nil {
		return nil, fmt.Errorf("authorise agent: %w", err)
	}
	const votingDelay = 12
	g, err := chain.DeployGovernance(ctx, devchain.GovernanceParams{Voters: []devchain.Voter{{Key: voter}}, VotingDelay: votingDelay})
	if err != nil {
		return nil, fmt.Errorf("governance: %w", err)
	}
	dao := generate.DAO{Governor: g.Governor, Timelock: g.Timelock, Token: g.Token, USDC: g.TreasuryUSDC, WETH: g.TreasuryWETH,
		Grantee: common.HexToAddress("0x6a6e7400000000000000000000000000000000a1"), Attacker: common.HexToAddress("0xbad0000000000000000000000000000000000bad")}
	// The governor's token answers to the timelock, as a DAO's would: a
	// proposal can mint it.
	if _, err := chain.AsOwner(ctx, &g.Token, bindings.NewGovToken().PackTransferOwnership(g.Timelock), 0); err != nil {
		return nil, fmt.Errorf("hand the token to the timelock: %w", err)
	}
	settings := *cfg.Settings.(*governance.Settings)
	settings.Governor, settings.Scores, settings.AddressBook = g.Governor.Hex(), g.Scores.Hex(), generate.Book(dao)
	if err := settings.Validate(); err != nil {
		return nil, err
	}
	prog, err := cfg.Kind.Build(ctx, &settings, chain.Client())
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "Steward demo — governance agent %q scoring a DAO's proposals on the embedded chain\n", cfg.Agent.Name)
	fmt.Fprintf(out, "  model       : %s v%s %s\n", mdl.Card().Name, mdl.Card().Version, mdl.Digest().Hex())
	fmt.Fprintf(out, "  DAO         : governor %s (OpenZeppelin), timelock %s, token %s; voting starts %d blocks after a proposal\n",
		g.Governor.Hex(), g.Timelock.Hex(), g.Token.Hex(), votingDelay)
	fmt.Fprintf(out, "  scores      : ProposalScores %s through guard %s\n", g.Scores.Hex(), g.Guard.Hex())
	st, engine, err := demoStore(ctx, cfg, p.StorePath)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	start, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	if err := chain.Start(ctx); err != nil {
		return nil, err
	}
	gens := generate.Proposals(dao)
	rows := make([]govRow, len(gens))
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var proposeErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		proposeErr = proposeAll(runCtx, chain, g, gens, rows, p.Every, p.BlockInterval, out)
	}()
	// Time to propose them all, for the last vote to open, and for a vote
	// per harmful proposal (a bundle settles before the next is sent).
	blocks := uint64(len(gens))*p.Every + votingDelay + 2*uint64(harmfulCount(gens)) + 8
	_, err = agents.Run(runCtx, agents.RunParams{
		Name: cfg.Agent.Name, Node: chain.Client(), Key: key, Guard: g.Guard, Program: prog, Model: mdl, Policies: engine, Store: st,
		Blocks: blocks, PollInterval: p.BlockInterval / 4, Report: demo.NewPrinter(out, false), Logger: p.Logger,
	})
	cancel()
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if proposeErr != nil && !errors.Is(proposeErr, context.Canceled) {
		return nil, proposeErr
	}
	end, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	if err := checkGovernance(ctx, chain, g, cfg, start, end, rows, out); err != nil {
		return rows, err
	}
	if p.AfterCheck != nil {
		httpURL, _ := chain.Endpoints()
		return rows, p.AfterCheck(ctx, govDemoRun{HTTPURL: httpURL, Governance: g, From: start, To: end, Rows: rows})
	}
	return rows, nil
}

// proposeAll submits the generated proposals every `every` blocks.
func proposeAll(ctx context.Context, chain *devchain.Chain, g devchain.Governance, gens []generate.Generated, rows []govRow, every uint64, interval time.Duration, out io.Writer) error {
	gov := bindings.NewStewardGovernor()
	for i, gen := range gens {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(every) * interval):
		}
		r, err := chain.AsOwner(ctx, &g.Governor, gov.PackPropose(gen.Targets, gen.Values, gen.Calldatas, gen.Description), 0)
		if err != nil {
			return fmt.Errorf("propose %q: %w", gen.Name, err)
		}
		rows[i] = govRow{Generated: gen, Block: r.BlockNumber.Uint64(), ProposeTx: r.TxHash}
		for _, l := range r.Logs {
			if ev, err := gov.UnpackProposalCreatedEvent(l); err == nil && l.Address == g.Governor {
				rows[i].ID, rows[i].VotingStarts = ev.ProposalId, ev.VoteStart.Uint64()+1
			}
		}
		fmt.Fprintf(out, "  proposed  #%d %-55q block %d (%s)\n", i, gen.Name, rows[i].Block, map[bool]string{true: "harmful", false: "benign"}[gen.Harmful])
	}
	return nil
}

// checkGovernance reads each proposal's posted score, prints the table,
// verifies every guarded transaction of the run from the chain alone, and
// fails unless every proposal was scored before its vote, every harmful
// one ≥ 70 and every benign one < 70, and every transaction verifies.
func checkGovernance(ctx context.Context, chain *devchain.Chain, g devchain.Governance, cfg *config.Config, from, to uint64, rows []govRow, out io.Writer) error {
	ps, gov := bindings.NewProposalScores(), bindings.NewStewardGovernor()
	var problems []string
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(out)
	fmt.Fprintln(tw, "#\tproposal\tkind\tscore\tflags\tscored at\tvoting from\tverdict")
	for i := range rows {
		r := &rows[i]
		if r.ID == nil {
			problems = append(problems, fmt.Sprintf("%q was not proposed", r.Name))
			continue
		}
		res, err := chain.Client().CallContract(ctx, ethereum.CallMsg{To: &g.Scores, Data: ps.PackScoreOf(r.ID)}, nil)
		if err != nil {
			return err
		}
		s, err := ps.UnpackScoreOf(res)
		if err != nil {
			return err
		}
		r.Scored, r.Score, r.Flags, r.ScoredAt = s.Scored, s.Score, s.Flags, s.BlockNumber
		verdict := "ok"
		switch {
		case !r.Scored:
			verdict = "NOT SCORED"
		case r.ScoredAt >= r.VotingStarts:
			verdict = "scored after voting started"
		case r.Harmful && r.Score < governance.Review:
			verdict = "harmful, scored below 70"
		case !r.Harmful && r.Score >= governance.Review:
			verdict = "benign, scored 70 or more"
		case r.Harmful && r.Flags&flagBit(r.Flag) == 0:
			verdict = "harmful, posted without its " + r.Flag + " flag"
		}
		if verdict != "ok" {
			problems = append(problems, fmt.Sprintf("#%d %q: %s", i, r.Name, verdict))
		}
		kind := "benign"
		if r.Harmful {
			kind = "harmful"
		}
		if settings, ok := cfg.Settings.(*governance.Settings); ok && settings.Vote != "" && verdict == "ok" {
			votes, err := chain.Client().CallContract(ctx, ethereum.CallMsg{To: &g.Governor, Data: gov.PackProposalVotes(r.ID)}, nil)
			if err != nil {
				return err
			}
			v, err := gov.UnpackProposalVotes(votes)
			if err != nil {
				return err
			}
			cast := v.AgainstVotes.Sign() > 0 || v.AbstainVotes.Sign() > 0
			switch {
			case r.Harmful && !cast:
				verdict = "harmful, no vote cast against it"
			case !r.Harmful && cast:
				verdict = "benign, voted against"
			case r.Harmful:
				kind += ", voted " + settings.Vote
			}
			if verdict != "ok" {
				problems = append(problems, fmt.Sprintf("#%d %q: %s", i, r.Name, verdict))
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%#x\t%d\t%d\t%s\n", i, r.Name, kind, r.Score, r.Flags, r.ScoredAt, r.VotingStarts, verdict)
	}
	tw.Flush()
	models, closeModels, err := agents.OpenVerifyModels(agents.VerifyModels{CardsDir: filepath.Dir(agents.RepoPath(cfg.Model.Card))})
	if err != nil {
		return err
	}
	defer closeModels()
	ver, err := verify.New(chain.Client(), verify.Config{Guard: g.Guard, Derivers: cfg.Kind.Derivers, Models: models})
	if err != nil {
		return err
	}
	verdicts, err := ver.Range(ctx, from, to)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nVerifying %d posted score transaction(s) from the chain alone, with the code behind `steward verify`…\n", len(verdicts))
	if err := verify.WriteTable(out, verdicts); err != nil {
		return err
	}
	for _, v := range verdicts {
		if !v.OK() {
			problems = append(problems, fmt.Sprintf("transaction %s failed verification", v.Tx.Hex()))
		}
	}
	if len(verdicts) == 0 {
		problems = append(problems, "no score transaction to verify")
	}
	if len(problems) > 0 {
		return fmt.Errorf("governance demo: %d problem(s): %v", len(problems), problems)
	}
	fmt.Fprintf(out, "\nEvery proposal scored before its vote: %d harmful ≥ 70, %d benign < 70; %d transaction(s) verified.\n",
		count(rows, true), count(rows, false), len(verdicts))
	return nil
}

// flagBit is a flag kind's bit in ProposalScores' flags (features.Kinds order).
func flagBit(kind string) uint64 {
	if i := slices.Index(features.Kinds(), kind); i >= 0 {
		return 1 << i
	}
	return 0
}

// harmfulCount is how many generated proposals are harmful.
func harmfulCount(gens []generate.Generated) int {
	n := 0
	for _, g := range gens {
		if g.Harmful {
			n++
		}
	}
	return n
}

func count(rows []govRow, harmful bool) int {
	n := 0
	for _, r := range rows {
		if r.Harmful == harmful {
			n++
		}
	}
	return n
}
