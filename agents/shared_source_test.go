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

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
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
	sub     *ingest.Subscription
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

// runFleet runs every agent for the given number of heads in this process,
// all reading one follower of chain through an ingest.Hub (each its own
// subscription and SQLite store), starting the chain's block loop, and
// returns the hub once every agent has stopped.
func runFleet(t *testing.T, ctx context.Context, chain *devchain.Chain, fleet []*fleetAgent, blocks uint64) *ingest.Hub {
	t.Helper()
	follower, err := ingest.NewFollower(ingest.FollowerConfig{PollInterval: 25 * time.Millisecond}, chain.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := ingest.NewHub(ingest.HubConfig{}, follower, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range fleet {
		if a.sub, err = hub.Subscribe(a.name); err != nil {
			t.Fatal(err)
		}
		a.store = sqliteStore(t)
	}
	if err := hub.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(hub.Stop)
	if err := follower.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(follower.Stop)
	if err := chain.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, a := range fleet {
		wg.Go(func() {
			a.sum, a.err = agents.Run(ctx, agents.RunParams{
				Name: a.name, Node: chain.Client(), Source: a.sub, Key: a.key, Guard: chain.Deployment().Guard,
				Program: a.program, Model: a.model, Policies: widthPolicy(t), Store: a.store, Blocks: blocks,
				Logger: slog.New(slog.DiscardHandler),
				Report: func(rep agents.Report) {
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
	return hub
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
func shippedModels(t *testing.T, rt *onnx.Runtime) (agents.CardModel, agents.ModelSet) {
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
	out := make([]uint64, len(a.reports))
	for i, r := range a.reports {
		out[i] = r.Block
	}
	return out
}

// TestAgentsShareOneFollower runs two agents of different configurations
// (their own keys, stores, vaults and strategy parameters) in one process
// on one chain, reading one follower through an ingest.Hub (issue 10): both
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

	hub := runFleet(t, ctx, chain, fleet, 40)
	checkFleet(t, ctx, chain, fleet, models)
	// One stream: the agents ticked on the same heads, in the same order.
	b0, b1 := blocksOf(fleet[0]), blocksOf(fleet[1])
	n := min(len(b0), len(b1), 40)
	if n < 40 || !slices.Equal(b0[:n], b1[:n]) {
		t.Fatalf("the agents saw different heads:\n%v\n%v", b0, b1)
	}
	// Both vaults were steered, each by its own agent.
	for i, v := range vaults {
		lo, hi := vaultRange(t, ctx, chain, v)
		if lo == 0 && hi == 0 {
			t.Fatalf("vault %d has no position", i)
		}
	}
	if st := hub.Stats(); st.Lagged != 0 || st.Events < 40 {
		t.Fatalf("hub stats %+v: want ≥ 40 events and no subscriber cut off", st)
	}
	// The agents read the hub's streams, not followers of their own: a
	// stream nobody reads would hold every event since the start.
	for _, a := range fleet {
		if backlog := len(a.sub.Heads()); backlog > 10 {
			t.Fatalf("%s left %d events unread on its shared stream", a.name, backlog)
		}
	}
}

// secondVault deploys another RangeVault on the deployment's pool, funds it
// and gives it the guard bounds of the first, so a second agent has its own.
func secondVault(t *testing.T, ctx context.Context, chain *devchain.Chain) common.Address {
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
