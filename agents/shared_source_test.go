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
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// TestAgentsShareOneFollower runs two agents of different configurations
// (their own keys, stores, vaults and strategy parameters) in one process
// on one chain, reading one follower through an ingest.Hub (issue 10): both
// see the same heads, both act, and every bundle of each verifies.
func TestAgentsShareOneFollower(t *testing.T) {
	rt := onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	keys := [2]*ecdsa.PrivateKey{}
	var funded []common.Address
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		funded = append(funded, crypto.PubkeyToAddress(keys[i].PublicKey))
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path(), Funded: funded, BlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	mdl, err := agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer mdl.Close()
	models, err := agents.LoadModels(rt, agents.RepoPath("configs/models"))
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close()
	for _, a := range funded {
		if err := chain.Authorize(ctx, a, mdl.Digest()); err != nil {
			t.Fatal(err)
		}
	}
	dep := chain.Deployment()
	vaults := [2]common.Address{dep.Vault, secondVault(t, ctx, chain)}
	for range marketmaking.Window + 1 {
		chain.Commit()
	}

	// One follower for the chain, fanned out.
	follower, err := ingest.NewFollower(ingest.FollowerConfig{PollInterval: 25 * time.Millisecond}, chain.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := ingest.NewHub(ingest.HubConfig{}, follower, nil)
	if err != nil {
		t.Fatal(err)
	}
	var subs [2]*ingest.Subscription
	for i := range subs {
		if subs[i], err = hub.Subscribe([]string{"mm-wide", "mm-narrow"}[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := hub.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer hub.Stop()
	if err := follower.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer follower.Stop()
	if err := chain.Start(ctx); err != nil {
		t.Fatal(err)
	}

	type result struct {
		sum     agents.Summary
		err     error
		blocks  []uint64
		settled []agents.Report
		store   store.Store
	}
	var results [2]result
	var wg sync.WaitGroup
	for i, width := range []int64{3000, 1500} { // two configurations: wide and narrow ranges
		params := testParams(dep.TickSpacing)
		params.WidthMilli = width
		prog, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: vaults[i], Params: params}, chain.Client())
		if err != nil {
			t.Fatal(err)
		}
		r := &results[i]
		r.store = sqliteStore(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.sum, r.err = agents.Run(ctx, agents.RunParams{
				Name: subs[i].Name(), Node: chain.Client(), Source: subs[i], Key: keys[i], Guard: dep.Guard,
				Program: prog, Model: mdl, Policies: widthPolicy(t), Store: r.store, Blocks: 40,
				Logger: slog.New(slog.DiscardHandler),
				Report: func(rep agents.Report) {
					if rep.Stage == agents.StageSettled {
						r.settled = append(r.settled, rep)
						return
					}
					r.blocks = append(r.blocks, rep.Block)
				},
			})
		}()
	}
	wg.Wait()
	for i, r := range results {
		if r.err != nil {
			t.Fatalf("agent %d: %v", i, r.err)
		}
		if r.sum.Confirmed == 0 || len(r.settled) == 0 {
			t.Fatalf("agent %d applied nothing: %+v", i, r.sum)
		}
		verifySettled(t, ctx, chain.Client(), r.store, models, dep.Guard, r.settled)
		for _, s := range r.settled {
			tx, err := r.store.TransactionByHash(ctx, s.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			if tx.From != funded[i] {
				t.Fatalf("agent %d sent %s from %s, not its own key", i, s.TxHash, tx.From)
			}
		}
	}
	// One stream: the agents ticked on the same heads, in the same order.
	n := min(len(results[0].blocks), len(results[1].blocks), 40)
	if n < 40 || !slices.Equal(results[0].blocks[:n], results[1].blocks[:n]) {
		t.Fatalf("the agents saw different heads:\n%v\n%v", results[0].blocks, results[1].blocks)
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
	for i, s := range subs {
		if backlog := len(s.Heads()); backlog > 10 {
			t.Fatalf("agent %d left %d events unread on its shared stream", i, backlog)
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
