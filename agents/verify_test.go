package agents_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// problems joins every problem of the verdicts.
func problems(vds ...verify.Verdict) string {
	var all []string
	for _, vd := range vds {
		all = append(all, vd.Problems...)
		for _, a := range vd.Actions {
			all = append(all, a.Problems...)
		}
	}
	return strings.Join(all, "; ")
}

// decodeBundle returns the root and actions of a guard transaction.
func decodeBundle(t *testing.T, r *rig, hash common.Hash) (common.Hash, []bindings.Action) {
	t.Helper()
	tx, _, err := r.chain.Client().TransactionByHash(r.ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := bindings.ParameterGuardMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	args, err := parsed.Methods["commitAndApply"].Inputs.Unpack(tx.Data()[4:])
	if err != nil {
		t.Fatal(err)
	}
	return *abi.ConvertType(args[0], new([32]byte)).(*[32]byte), *abi.ConvertType(args[1], new([]bindings.Action)).(*[]bindings.Action)
}

// forger sends bundles with the agent's own key that the agent never
// produced: the guard accepts them (they are in bounds and carry valid
// records), and only verification can tell.
type forger struct {
	t     *testing.T
	r     *rig
	nonce uint64
}

// honestAt rebuilds the honest action a at the block before the head: the
// same model output, the pool tick of that block, and the range the
// strategy derives from them, with a fresh record.
func (f *forger) honestAt(a bindings.Action) bindings.Action {
	t, r := f.t, f.r
	t.Helper()
	prev := r.prevHeader(t)
	pool := bindings.NewUniswapV3Pool()
	addr := r.chain.Deployment().Pool
	slot0 := call(t, r, addr, pool.PackSlot0(), prev.Number, pool.UnpackSlot0)
	c, err := commit.DecodeContext(a.Context)
	if err != nil {
		t.Fatal(err)
	}
	der, err := marketmaking.ParseDerivation(c.Values)
	if err != nil {
		t.Fatal(err)
	}
	der.Tick = int32(slot0.Tick.Int64())
	c.Values = der.Values()
	out, err := commit.DecodeInts(a.Outputs)
	if err != nil {
		t.Fatal(err)
	}
	scale := r.model.Card().OutputScale
	rng := der.Target(out[0], scale)
	f.nonce++
	a.Values = []*big.Int{big.NewInt(int64(rng.TickLower)), big.NewInt(int64(rng.TickUpper))}
	a.Context = commit.EncodeContext(c)
	a.Record.BlockNumber, a.Record.BlockHash, a.Record.Nonce = prev.Number.Uint64(), prev.Hash(), 1_000_000+f.nonce
	return a
}

// firstRange runs the agent until it has placed its first range (three
// ticks) and returns that confirmed transaction.
func (r *rig) firstRange(t *testing.T) store.Transaction {
	t.Helper()
	for range 3 {
		r.step()
	}
	last, err := r.store.LastDecision(r.ctx, "mm-test", store.DecisionConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := r.store.Transaction(r.ctx, last.TxID)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// prevHeader is the header of the block before the head: a record of it is
// valid in the next block's transaction and in an eth_call at the head.
func (r *rig) prevHeader(t *testing.T) *types.Header {
	t.Helper()
	head, err := r.chain.Client().HeaderByNumber(r.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	prev, err := r.chain.Client().HeaderByNumber(r.ctx, new(big.Int).Sub(head.Number, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	return prev
}

// send commits a one-record root for a and applies it, returning the mined transaction.
func (f *forger) send(a bindings.Action, root *common.Hash) common.Hash {
	t, r := f.t, f.r
	t.Helper()
	a.Record.InputDigest, a.Record.OutputDigest = crypto.Keccak256Hash(a.Inputs), crypto.Keccak256Hash(a.Outputs)
	rec := commit.Record{Agent: a.Record.Agent, ModelDigest: a.Record.ModelDigest, InputDigest: a.Record.InputDigest,
		OutputDigest: a.Record.OutputDigest, BlockNumber: a.Record.BlockNumber, BlockHash: a.Record.BlockHash, Nonce: a.Record.Nonce}
	r0 := rec.Hash() // a one-leaf tree: the root is the leaf, the proof empty
	if root != nil {
		r0 = *root
	}
	a.Proof = nil
	data := bindings.NewParameterGuard().PackCommitAndApply(r0, []bindings.Action{a})
	receipt := sendFrom(t, r, r.chain.Deployment().Guard, data)
	for range 3 { // the cooldown
		r.chain.Commit()
	}
	return receipt.TxHash
}

func sendFrom(t *testing.T, r *rig, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	cl := r.chain.Client()
	from := crypto.PubkeyToAddress(r.key.PublicKey)
	nonce, err := cl.PendingNonceAt(r.ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := cl.HeaderByNumber(r.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(r.key, types.LatestSignerForChainID(r.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: r.chain.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)),
		Gas:       2_000_000, To: &to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.SendTransaction(r.ctx, tx); err != nil {
		t.Fatal(err)
	}
	if _, ok := devchain.WaitPending(r.ctx, cl, from, nonce+1, 5*time.Second); !ok {
		t.Fatalf("transaction %d of %s never reached the pool", nonce, from)
	}
	r.chain.Commit()
	receipt, err := cl.TransactionReceipt(r.ctx, tx.Hash())
	if err != nil || receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("forged transaction %s did not land: %v (receipt %+v)", tx.Hash(), err, receipt)
	}
	return receipt
}

func call[T any](t *testing.T, r *rig, to common.Address, data []byte, at *big.Int, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := r.chain.Client().CallContract(r.ctx, ethereumCall(to, data), at)
	if err != nil {
		t.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// acceptAll is the init code of a contract whose every call returns
// 32-byte 1: an "optimistic" verifier that accepts any proof.
var acceptAll = common.FromHex("0x600a600c600039600a6000f3" + "600160005260206000f3")

// Verification passes on the agent's own transactions, from the chain alone
// and against its store, and fails, naming the cause, on every kind of
// forgery that the chain itself cannot refuse.
func TestVerifyCatchesTampering(t *testing.T) {
	r := newRig(t, rigOptions{})
	honestTx := r.firstRange(t)
	dep := r.chain.Deployment()
	node := r.chain.Client()
	chainOnly, err := verify.New(node, verify.Config{Guard: dep.Guard, Derivers: marketmaking.Derivers(), Models: r.models})
	if err != nil {
		t.Fatal(err)
	}
	withStore, err := verify.New(node, verify.Config{Guard: dep.Guard, Derivers: marketmaking.Derivers(), Models: r.models, Records: r.store})
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]*verify.Verifier{"chain only": chainOnly, "with store": withStore} {
		vd, err := v.Tx(r.ctx, honestTx.Hash)
		if err != nil || !vd.OK() {
			t.Fatalf("%s: honest transaction failed: %v %s", name, err, problems(vd))
		}
	}
	_, honest := decodeBundle(t, r, honestTx.Hash)
	f := &forger{t: t, r: r}
	outScale := r.model.Card().OutputScale

	// A forged bundle that is honest in every respect passes: the forger
	// itself is sound, so the failures below are the tampering's.
	if vd, err := chainOnly.Tx(r.ctx, f.send(f.honestAt(honest[0]), nil)); err != nil || !vd.OK() {
		t.Fatalf("re-derived honest bundle failed: %v %s", err, problems(vd))
	}

	cases := []struct {
		name   string
		forge  func(a *bindings.Action) *common.Hash // returns a root to use instead of the record's own
		before func()
		want   string
	}{
		{name: "altered input", want: "re-run output differs", forge: func(a *bindings.Action) *common.Hash {
			in, _ := commit.DecodeInts(a.Inputs)
			in[0] += 5000
			a.Inputs = commit.EncodeInts(in)
			return nil
		}},
		{name: "altered output", want: "re-run output differs", forge: func(a *bindings.Action) *common.Hash {
			out, _ := commit.DecodeInts(a.Outputs)
			out[0] += 40 * outScale
			a.Outputs = commit.EncodeInts(out)
			return nil
		}},
		{name: "on-chain value differs from the committed output", want: "on-chain tickLower", forge: func(a *bindings.Action) *common.Hash {
			a.Values[0] = new(big.Int).Sub(a.Values[0], big.NewInt(int64(dep.TickSpacing)))
			return nil
		}},
		{name: "published pool tick is not the pool's", want: "published pool tick", forge: func(a *bindings.Action) *common.Hash {
			c, _ := commit.DecodeContext(a.Context)
			c.Values[0] += 7
			a.Context = commit.EncodeContext(c)
			return nil
		}},
		{name: "record missing from the root", want: "not in root", before: func() {
			// The owner plugs in a verifier that accepts anything; the chain
			// then lets a record outside its root through, verify does not.
			rc, err := r.chain.AsOwner(r.ctx, nil, acceptAll, 200_000)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := r.chain.AsOwner(r.ctx, &dep.Guard, bindings.NewParameterGuard().PackSetVerifier(rc.ContractAddress), 100_000); err != nil {
				t.Fatal(err)
			}
		}, forge: func(a *bindings.Action) *common.Hash {
			other := crypto.Keccak256Hash([]byte("a root without this record"))
			return &other
		}},
	}
	var forged []common.Hash
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.t = t
			if tc.before != nil {
				tc.before()
			}
			a := f.honestAt(honest[0])
			root := tc.forge(&a)
			hash := f.send(a, root)
			forged = append(forged, hash)
			vd, err := chainOnly.Tx(r.ctx, hash)
			if err != nil {
				t.Fatal(err)
			}
			if vd.OK() {
				t.Fatalf("forgery %q passed verification", tc.name)
			}
			if got := problems(vd); !strings.Contains(got, tc.want) {
				t.Fatalf("problems %q do not name %q", got, tc.want)
			}
			t.Log(problems(vd))
		})
	}
	f.t = t

	t.Run("an action the guard refused is reported, not failed", func(t *testing.T) {
		// Two honest actions on the same parameters in one commitAndTryApply:
		// the second hits the cooldown the first starts.
		first, second := f.honestAt(honest[0]), f.honestAt(honest[0])
		var leaves []common.Hash
		for _, a := range []*bindings.Action{&first, &second} {
			a.Record.InputDigest, a.Record.OutputDigest = crypto.Keccak256Hash(a.Inputs), crypto.Keccak256Hash(a.Outputs)
			leaves = append(leaves, record(a.Record).Hash())
		}
		tree, err := commit.NewTree(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range []*bindings.Action{&first, &second} {
			proof, _ := tree.Proof(leaves[i])
			a.Proof = commit.PackProof(proof)
		}
		rc := sendFrom(t, r, dep.Guard, bindings.NewParameterGuard().PackCommitAndTryApply(tree.Root(), []bindings.Action{first, second}))
		for range 3 {
			r.chain.Commit()
		}
		vd, err := chainOnly.Tx(r.ctx, rc.TxHash)
		if err != nil || !vd.OK() {
			t.Fatalf("tryApply transaction: %v %s", err, problems(vd))
		}
		if vd.Actions[0].Refused != "" || !strings.Contains(vd.Actions[1].Refused, "CooldownActive") {
			t.Fatalf("refusals = %q, %q; want none, then CooldownActive", vd.Actions[0].Refused, vd.Actions[1].Refused)
		}
		var out strings.Builder
		if err := verify.WriteTable(&out, []verify.Verdict{vd}); err != nil || !strings.Contains(out.String(), "REFUSED") {
			t.Fatalf("table: %v\n%s", err, out.String())
		}
	})
	t.Run("block range finds every guarded change", func(t *testing.T) {
		head, _ := node.BlockNumber(r.ctx)
		vds, err := chainOnly.Range(r.ctx, 0, head)
		if err != nil {
			t.Fatal(err)
		}
		failed := map[common.Hash]bool{}
		seen := map[common.Hash]bool{}
		for _, vd := range vds {
			seen[vd.Tx] = true
			if !vd.OK() {
				failed[vd.Tx] = true
			}
		}
		if !seen[honestTx.Hash] || failed[honestTx.Hash] {
			t.Errorf("honest transaction missing or failed in the range")
		}
		for _, h := range forged {
			if !failed[h] {
				t.Errorf("forged transaction %s not reported as failed in the range", h)
			}
		}
		if len(failed) != len(forged) {
			t.Errorf("%d failed in the range, want the %d forgeries", len(failed), len(forged))
		}
	})
	t.Run("root", func(t *testing.T) {
		vds, err := chainOnly.Root(r.ctx, honestTx.Root)
		if err != nil || len(vds) != 1 || vds[0].Tx != honestTx.Hash || !vds[0].OK() {
			t.Fatalf("root %s: %v, %+v", honestTx.Root, err, vds)
		}
		vds, err = chainOnly.Root(r.ctx, common.HexToHash("0x1234"))
		if err != nil || len(vds) != 1 || vds[0].OK() || !strings.Contains(problems(vds...), "not committed") {
			t.Fatalf("unknown root: %v, %+v", err, vds)
		}
	})
	t.Run("stored record differs from the chain", func(t *testing.T) {
		tampered, _ := verify.New(node, verify.Config{Guard: dep.Guard, Derivers: marketmaking.Derivers(), Models: r.models,
			Records: tamperedRecords{r.store, func(x *store.InferenceRecord) { x.Inputs[0]++ }}})
		vd, err := tampered.Tx(r.ctx, honestTx.Hash)
		if err != nil || vd.OK() || !strings.Contains(problems(vd), "stored inputs") {
			t.Fatalf("tampered store: %v, %s", err, problems(vd))
		}
	})
	t.Run("wrong guard", func(t *testing.T) {
		other, _ := verify.New(node, verify.Config{Guard: dep.Vault, Derivers: marketmaking.Derivers(), Models: r.models})
		if vd, err := other.Tx(r.ctx, honestTx.Hash); err != nil || vd.OK() || !strings.Contains(problems(vd), "not sent to the guard") {
			t.Fatalf("wrong guard: %+v, %v", vd, err)
		}
	})
	t.Run("unknown transaction", func(t *testing.T) {
		if vd, err := chainOnly.Tx(r.ctx, common.HexToHash("0x1234")); err != nil || vd.OK() || !strings.Contains(problems(vd), "not found") {
			t.Fatalf("unknown transaction: %+v, %v", vd, err)
		}
	})
}

// A swapped model file is refused when the verifier loads it; a card
// re-pointed at the swapped file names another digest, and the committed
// model is then not available to re-run.
func TestVerifySwappedModelFile(t *testing.T) {
	r := newRig(t, rigOptions{})
	tx := r.firstRange(t)
	card, err := model.LoadCard(agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Another network of the same shape: what an attacker would swap in.
	w1 := make([]float32, 5*8)
	for i := range w1 {
		w1[i] = float32(i%7) / 10
	}
	swapped := build.MLP{Layers: []build.Layer{
		{In: 5, Out: 8, Activation: build.ReLU, Weights: w1, Bias: make([]float32, 8)},
		{In: 8, Out: 1, Weights: []float32{1, 1, 1, 1, 1, 1, 1, 1}, Bias: []float32{3}},
	}}
	data, err := swapped.Encode(build.ModelParams{InputName: card.Inputs[0].Name, OutputName: card.Outputs[0].Name})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, card.File), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := model.SaveCard(filepath.Join(dir, "mm-range-v1.card.json"), card); err != nil {
		t.Fatal(err)
	}
	rt := onnxtest.Runtime(t)
	if _, err := agents.LoadModels(rt, dir); err == nil || !strings.Contains(err.Error(), card.File) || !strings.Contains(err.Error(), "digest") {
		t.Fatalf("swapped file loaded: %v", err)
	}

	card.Digest = crypto.Keccak256Hash(data)
	if err := model.SaveCard(filepath.Join(dir, "mm-range-v1.card.json"), card); err != nil {
		t.Fatal(err)
	}
	models, err := agents.LoadModels(rt, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close()
	v, err := verify.New(r.chain.Client(), verify.Config{Guard: r.chain.Deployment().Guard, Derivers: marketmaking.Derivers(), Models: models})
	if err != nil {
		t.Fatal(err)
	}
	vd, err := v.Tx(r.ctx, tx.Hash)
	if err != nil || vd.OK() || !strings.Contains(problems(vd), "not available to re-check") {
		t.Fatalf("verification with a re-pointed card: %v, %s", err, problems(vd))
	}
}

// tamperedRecords serves the real store's records through a change.
type tamperedRecords struct {
	store.Store
	change func(*store.InferenceRecord)
}

func (t tamperedRecords) Record(ctx context.Context, h common.Hash) (store.InferenceRecord, error) {
	r, err := t.Store.Record(ctx, h)
	if err == nil {
		t.change(&r)
	}
	return r, err
}

func ethereumCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func record(r bindings.InferenceRecord) commit.Record {
	return commit.Record{Agent: r.Agent, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest,
		OutputDigest: r.OutputDigest, BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: r.Nonce}
}
