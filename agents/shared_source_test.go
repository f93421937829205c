package agents_test

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/robfig/cron/v3"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// fleetAgent is one agent of a test that runs several in one process: what
// it runs with, set by the test, and what it did, set by runFleet.
type fleetAgent struct {
	name    string
	key     *ecdsa.PrivateKey
	model   agents.Model
	program program.Program

	sum     agents.Summary
	err     error
	reports []agents.Report // one per head, in order
	settled []agents.Report
	store   store.Store
	// schedule, when set, is the agent's cron schedule.
	schedule cron.Schedule
}

// fundedChain is an embedded chain with 100 ms blocks, funding n fresh keys.
func fundedChain(t *testing.T, ctx context.Context, n int) (*devchain.Chain, []*ecdsa.PrivateKey) {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	funded := make([]common.Address, n)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		funded[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path(), Funded: funded, BlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Stop)
	return chain, keys
}

// runFleet runs every agent for the given number of heads in this process
// from one set of shared parts (one follower and log stream for the chain,
// one outbox per key), each with its own SQLite store unless the test set
// one, starting the chain's block loop, and returns the parts once every
// agent has stopped.
func runFleet(t *testing.T, ctx context.Context, chain *devchain.Chain, fleet []*fleetAgent, blocks uint64) *agents.Parts {
	t.Helper()
	parts := agents.NewParts(slog.New(slog.DiscardHandler))
	t.Cleanup(parts.Close)
	for _, a := range fleet {
		if a.store == nil {
			a.store = sqliteStore(t)
		}
	}
	if err := chain.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex // the agents report from their own goroutines
	for _, a := range fleet {
		wg.Go(func() {
			a.sum, a.err = agents.Run(ctx, agents.RunParams{
				Name: a.name, Node: chain.Client(), Parts: parts, Key: a.key, Guard: chain.Deployment().Guard,
				Program: a.program, Model: a.model, Policies: widthPolicy(t), Store: a.store, Blocks: blocks,
				Schedule: a.schedule, PollInterval: 25 * time.Millisecond, Logger: slog.New(slog.DiscardHandler),
				Report: func(rep agents.Report) {
					mu.Lock()
					defer mu.Unlock()
					if rep.Stage == agents.StageSettled {
						a.settled = append(a.settled, rep)
						return
					}
					a.reports = append(a.reports, rep)
				},
			})
		})
	}
	wg.Wait()
	return parts
}

// checkFleet requires every agent to have run without error, applied at
// least one bundle from its own key, and every settled bundle to verify.
func checkFleet(t *testing.T, ctx context.Context, chain *devchain.Chain, fleet []*fleetAgent, models verify.Models) {
	t.Helper()
	for _, a := range fleet {
		if a.err != nil {
			t.Fatalf("%s: %v", a.name, a.err)
		}
		if a.sum.Confirmed == 0 || len(a.settled) == 0 {
			t.Fatalf("%s applied nothing: %+v", a.name, a.sum)
		}
		verifySettled(t, ctx, chain.Client(), a.store, models, chain.Deployment().Guard, a.settled)
		for _, s := range a.settled {
			tx, err := a.store.TransactionByHash(ctx, s.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			if want := crypto.PubkeyToAddress(a.key.PublicKey); tx.From != want {
				t.Fatalf("%s sent %s from %s, not its own key %s", a.name, s.TxHash, tx.From, want)
			}
		}
	}
}

// shippedModels loads the shipped market-making card (the agents' model)
// and every shipped card (verification's); both close with the test.
func shippedModels(t testing.TB, rt *onnx.Runtime) (agents.CardModel, agents.ModelSet) {
	t.Helper()
	mdl, err := agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = mdl.Close() })
	models, err := agents.LoadModels(rt, agents.RepoPath("configs/models"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = models.Close() })
	return mdl, models
}

// blocksOf lists the heads an agent reported, in order.
func blocksOf(a *fleetAgent) []uint64 {
	var out []uint64
	for _, r := range a.reports {
		// The stale heads dropped for this one (a loaded machine, the race
		// detector) were seen too: the blocks just before it.
		for k := r.Skipped; k >= 1; k-- {
			out = append(out, r.Block-uint64(k))
		}
		out = append(out, r.Block)
	}
	return out
}

// TestAgentsShareOneFollower runs two agents of different configurations
// (their own keys, stores, vaults and strategy parameters) in one process
// on one chain, reading one follower and one log stream (issue 10): both
// see the same heads, both act, and every bundle of each verifies.
func TestAgentsShareOneFollower(t *testing.T) {
	rt := onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain, keys := fundedChain(t, ctx, 2)
	mdl, models := shippedModels(t, rt)
	dep := chain.Deployment()
	vaults := [2]common.Address{dep.Vault, secondVault(t, ctx, chain)}
	var fleet []*fleetAgent
	for i, width := range []int64{3000, 1500} { // two configurations: wide and narrow ranges
		if err := chain.Authorize(ctx, crypto.PubkeyToAddress(keys[i].PublicKey), mdl.Digest()); err != nil {
			t.Fatal(err)
		}
		params := testParams(dep.TickSpacing)
		params.WidthMilli = width
		prog, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: vaults[i], Params: params}, chain.Client())
		if err != nil {
			t.Fatal(err)
		}
		fleet = append(fleet, &fleetAgent{name: []string{"mm-wide", "mm-narrow"}[i], key: keys[i], model: mdl, program: prog})
	}
	for range marketmaking.Window + 1 {
		chain.Commit()
	}

	parts := runFleet(t, ctx, chain, fleet, 40)
	checkFleet(t, ctx, chain, fleet, models)
	// One stream: the agents ticked on the same heads, in the same order,
	// from the head the later of them joined it at (a stream is joined at
	// its next head).
	b0, b1 := blocksOf(fleet[0]), blocksOf(fleet[1])
	if len(b0) < 40 || len(b1) < 40 {
		t.Fatalf("the agents saw %d and %d heads, want 40 each", len(b0), len(b1))
	}
	from := max(b0[0], b1[0])
	s0, s1 := b0[from-b0[0]:], b1[from-b1[0]:]
	n := min(len(s0), len(s1))
	if n < 38 || !slices.Equal(s0[:n], s1[:n]) {
		t.Fatalf("the agents saw different heads:\n%v\n%v", b0, b1)
	}
	// Both vaults were steered, each by its own agent.
	for i, v := range vaults {
		lo, hi := vaultRange(t, ctx, chain, v)
		if lo == 0 && hi == 0 {
			t.Fatalf("vault %d has no position", i)
		}
	}
	st := parts.Stats(chain.ChainID().Uint64())
	if st.Heads.Lagged != 0 || st.Heads.Events < 40 {
		t.Fatalf("shared head stream %+v: want ≥ 40 events and no subscriber cut off", st.Heads)
	}
	// The agents read the shared streams, not their own: one log read per
	// head for both (a new Watch re-reads a block at most once per agent).
	if st.LogReads == 0 || st.LogReads > st.Heads.Events+uint64(len(fleet)) {
		t.Fatalf("%d log reads for %d heads: the agents did not share one log stream", st.LogReads, st.Heads.Events)
	}
}

// secondVault deploys another RangeVault on the deployment's pool, funds it
// and gives it the guard bounds of the first, so a second agent has its own.
func secondVault(t testing.TB, ctx context.Context, chain *devchain.Chain) common.Address {
	t.Helper()
	dep := chain.Deployment()
	vaultABI, tokenABI, guardABI := bindings.NewRangeVault(), bindings.NewTestToken(), bindings.NewParameterGuard()
	r, err := chain.AsOwner(ctx, nil, append(common.FromHex(bindings.RangeVaultMetaData.Bin),
		vaultABI.PackConstructor(dep.Pool, dep.Guard, big.NewInt(1e16))...), 0)
	if err != nil {
		t.Fatal(err)
	}
	vault := r.ContractAddress
	unlimited := new(big.Int).Lsh(big.NewInt(1), 200)
	for _, tok := range []common.Address{dep.Token0, dep.Token1} {
		if _, err := chain.AsOwner(ctx, &tok, tokenABI.PackMint(vault, unlimited), 0); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"tickLower", "tickUpper"} {
		p := contracts.Param(name)
		b, err := chain.Client().CallContract(ctx, callMsg(dep.Guard, guardABI.PackBounds(dep.Vault, p)), nil)
		if err != nil {
			t.Fatal(err)
		}
		bounds, err := guardABI.UnpackBounds(b)
		if err != nil {
			t.Fatal(err)
		}
		c, err := chain.Client().CallContract(ctx, callMsg(dep.Guard, guardABI.PackCurrent(dep.Vault, p)), nil)
		if err != nil {
			t.Fatal(err)
		}
		cur, err := guardABI.UnpackCurrent(c)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chain.AsOwner(ctx, &dep.Guard, guardABI.PackSetBounds(vault, p, bounds.B, cur.Value), 0); err != nil {
			t.Fatal(err)
		}
	}
	return vault
}

// vaultRange reads a vault's position.
func vaultRange(t *testing.T, ctx context.Context, chain *devchain.Chain, vault common.Address) (int64, int64) {
	t.Helper()
	v := bindings.NewRangeVault()
	out, err := chain.Client().CallContract(ctx, callMsg(vault, v.PackPosition()), nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := v.UnpackPosition(out)
	if err != nil {
		t.Fatal(err)
	}
	return p.TickLower.Int64(), p.TickUpper.Int64()
}
