package verify

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
)

// Chain is what verification reads from a node.
type Chain interface {
	ethereum.TransactionReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ethereum.ContractCaller
	ethereum.ChainIDReader
}

// Model re-runs one model.
type Model interface {
	Infer(ctx context.Context, inputs []int64) ([]int64, error)
}

// Models finds a model by its content digest.
type Models interface {
	Model(digest common.Hash) (Model, error)
}

// Records finds inference records by hash.
type Records interface {
	Record(ctx context.Context, hash common.Hash) (store.InferenceRecord, error)
}

// Verifier checks transactions sent to one ParameterGuard.
type Verifier struct {
	chain     Chain
	records   Records
	models    Models
	guardAddr common.Address
	guardABI  *abi.ABI
	reg       *bindings.InferenceRegistry
	guard     *bindings.ParameterGuard

	registry common.Address // read from the guard on first use
}

// New returns a Verifier for transactions to the ParameterGuard at guard;
// roots are checked in the InferenceRegistry that guard uses.
func New(chain Chain, records Records, models Models, guard common.Address) (*Verifier, error) {
	parsed, err := bindings.ParameterGuardMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("verify: parse guard ABI: %w", err)
	}
	if guard == (common.Address{}) {
		return nil, errors.New("verify: guard address is required")
	}
	return &Verifier{chain: chain, records: records, models: models, guardAddr: guard,
		guardABI: parsed, reg: bindings.NewInferenceRegistry(), guard: bindings.NewParameterGuard()}, nil
}

// registryOf reads the registry the guard commits to.
func (v *Verifier) registryOf(ctx context.Context) (common.Address, error) {
	if v.registry != (common.Address{}) {
		return v.registry, nil
	}
	out, err := v.chain.CallContract(ctx, ethereum.CallMsg{To: &v.guardAddr, Data: v.guard.PackRegistry()}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("verify: read registry of guard %s: %w", v.guardAddr, err)
	}
	reg, err := v.guard.UnpackRegistry(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("verify: %s is not a ParameterGuard: %w", v.guardAddr, err)
	}
	v.registry = reg
	return reg, nil
}

// Verdict is the result for one transaction.
type Verdict struct {
	Tx      common.Hash
	Root    common.Hash
	Agent   common.Address
	Block   uint64
	Actions []ActionVerdict
	// Problems that concern the whole transaction (not found, reverted, root not committed).
	Problems []string
}

// ActionVerdict is the result for one action of a bundle.
type ActionVerdict struct {
	Index      int
	Target     common.Address
	Params     map[string]*big.Int
	RecordHash common.Hash
	Problems   []string
}

// OK reports whether the action passed every check.
func (a ActionVerdict) OK() bool { return len(a.Problems) == 0 }

// OK reports whether the transaction and every action passed.
func (v Verdict) OK() bool {
	if len(v.Problems) > 0 || len(v.Actions) == 0 {
		return false
	}
	for _, a := range v.Actions {
		if !a.OK() {
			return false
		}
	}
	return true
}

// Tx verifies one transaction. An error means verification could not run
// (node unreachable); a failed check is a Problem in the verdict.
func (v *Verifier) Tx(ctx context.Context, hash common.Hash) (Verdict, error) {
	out := Verdict{Tx: hash}
	tx, _, err := v.chain.TransactionByHash(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		out.Problems = append(out.Problems, "transaction not found on chain")
		return out, nil
	}
	if err != nil {
		return out, fmt.Errorf("verify %s: fetch transaction: %w", hash, err)
	}
	rcpt, err := v.chain.TransactionReceipt(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		out.Problems = append(out.Problems, "transaction is not mined yet")
		return out, nil
	}
	if err != nil {
		return out, fmt.Errorf("verify %s: fetch receipt: %w", hash, err)
	}
	out.Block = rcpt.BlockNumber.Uint64()
	if rcpt.Status != types.ReceiptStatusSuccessful {
		out.Problems = append(out.Problems, "transaction reverted on chain")
		return out, nil
	}
	chainID, err := v.chain.ChainID(ctx)
	if err != nil {
		return out, fmt.Errorf("verify %s: chain id: %w", hash, err)
	}
	sender, err := types.Sender(types.LatestSignerForChainID(chainID), tx)
	if err != nil {
		return out, fmt.Errorf("verify %s: recover sender: %w", hash, err)
	}
	out.Agent = sender
	if to := tx.To(); to == nil || *to != v.guardAddr {
		out.Problems = append(out.Problems, fmt.Sprintf("transaction is not sent to the guard %s (to: %v)", v.guardAddr, tx.To()))
		return out, nil
	}

	root, actions, err := v.decode(tx.Data())
	if err != nil {
		out.Problems = append(out.Problems, err.Error())
		return out, nil
	}
	out.Root = root
	if err := v.checkRoot(ctx, root, sender, rcpt.BlockNumber); err != nil {
		out.Problems = append(out.Problems, err.Error())
	}
	applied := v.appliedValues(rcpt)
	for i, a := range actions {
		av := v.checkAction(ctx, i, root, a, applied)
		if a.Record.Agent != sender {
			av.Problems = append(av.Problems, fmt.Sprintf("record belongs to agent %s, but %s sent the transaction", a.Record.Agent, sender))
		}
		out.Actions = append(out.Actions, av)
	}
	return out, nil
}

func (v *Verifier) decode(data []byte) (common.Hash, []bindings.Action, error) {
	if len(data) < 4 {
		return common.Hash{}, nil, errors.New("calldata too short to be a guard call")
	}
	m, err := v.guardABI.MethodById(data[:4])
	if err != nil || (m.Name != "commitAndApply" && m.Name != "applyActions") {
		return common.Hash{}, nil, fmt.Errorf("transaction does not call ParameterGuard.commitAndApply or applyActions (selector %x)", data[:4])
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("decode %s calldata: %w", m.Name, err)
	}
	root := abi.ConvertType(args[0], new([32]byte)).(*[32]byte)
	actions := *abi.ConvertType(args[1], new([]bindings.Action)).(*[]bindings.Action)
	return *root, actions, nil
}

func (v *Verifier) checkRoot(ctx context.Context, root common.Hash, sender common.Address, block *big.Int) error {
	registry, err := v.registryOf(ctx)
	if err != nil {
		return err
	}
	data, err := v.reg.TryPackCommitter(root)
	if err != nil {
		return fmt.Errorf("pack committer(%s): %w", root, err)
	}
	// Read at the latest block: nodes prune old state, and a commitment is
	// never removed; its recorded block number is checked instead.
	res, err := v.chain.CallContract(ctx, ethereum.CallMsg{To: &registry, Data: data}, nil)
	if err != nil {
		return fmt.Errorf("read committer of root %s: %w", root, err)
	}
	c, err := v.reg.UnpackCommitter(res)
	if err != nil {
		return fmt.Errorf("decode committer of root %s: %w", root, err)
	}
	switch {
	case c.Agent == (common.Address{}):
		return fmt.Errorf("root %s is not committed in the registry", root)
	case c.Agent != sender:
		return fmt.Errorf("root %s was committed by %s, not by the sender %s", root, c.Agent, sender)
	case c.BlockNumber > block.Uint64():
		return fmt.Errorf("root %s was committed in block %d, after the transaction's block %s", root, c.BlockNumber, block)
	}
	return nil
}

type appliedKey struct {
	target common.Address
	param  [32]byte
}

func (v *Verifier) appliedValues(r *types.Receipt) map[appliedKey]*big.Int {
	out := map[appliedKey]*big.Int{}
	for _, l := range r.Logs {
		if l.Address != v.guardAddr {
			continue // only the guard's own events count
		}
		ev, err := v.guard.UnpackParameterAppliedEvent(l)
		if err != nil {
			continue
		}
		out[appliedKey{ev.Target, ev.Param}] = ev.NewValue
	}
	return out
}

func (v *Verifier) checkAction(ctx context.Context, i int, root common.Hash, a bindings.Action, applied map[appliedKey]*big.Int) ActionVerdict {
	rec := commit.Record{
		Agent: a.Record.Agent, ModelDigest: a.Record.ModelDigest, InputDigest: a.Record.InputDigest,
		OutputDigest: a.Record.OutputDigest, BlockNumber: a.Record.BlockNumber,
		BlockHash: a.Record.BlockHash, Nonce: a.Record.Nonce,
	}
	av := ActionVerdict{Index: i, Target: a.Target, RecordHash: rec.Hash(), Params: map[string]*big.Int{}}
	fail := func(format string, args ...any) { av.Problems = append(av.Problems, fmt.Sprintf(format, args...)) }

	for j, p := range a.Params {
		name, ok := contracts.ParamName(p)
		if !ok {
			name = common.Hash(p).Hex()
		}
		if j < len(a.Values) {
			av.Params[name] = a.Values[j]
			if got, ok := applied[appliedKey{a.Target, p}]; !ok || got.Cmp(a.Values[j]) != 0 {
				fail("%s: the guard did not apply %s (ParameterApplied shows %v)", name, a.Values[j], got)
			}
		}
	}
	proof := make([]common.Hash, len(a.Proof))
	for j, p := range a.Proof {
		proof[j] = p
	}
	if !commit.VerifyProof(proof, root, av.RecordHash) {
		fail("record %s is not in root %s (Merkle proof fails)", av.RecordHash, root)
	}
	if h, err := v.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(rec.BlockNumber)); err != nil {
		fail("block %d of the record not available: %v", rec.BlockNumber, err)
	} else if h.Hash() != rec.BlockHash {
		fail("the record claims block %d has hash %s, but the canonical block has %s", rec.BlockNumber, rec.BlockHash, h.Hash())
	}
	stored, err := v.records.Record(ctx, av.RecordHash)
	if err != nil {
		fail("record %s not available: %v", av.RecordHash, err)
		return av
	}
	for _, m := range []struct {
		field         string
		stored, chain any
	}{
		{"agent", stored.AgentAddress, rec.Agent},
		{"model digest", stored.ModelDigest, rec.ModelDigest},
		{"block number", stored.BlockNumber, rec.BlockNumber},
		{"block hash", stored.BlockHash, rec.BlockHash},
		{"nonce", stored.Nonce, rec.Nonce},
		{"input digest", stored.InputDigest, rec.InputDigest},
		{"output digest", stored.OutputDigest, rec.OutputDigest},
	} {
		if m.stored != m.chain {
			fail("stored record's %s %v differs from the committed %v", m.field, m.stored, m.chain)
		}
	}
	if got := commit.DigestInts(stored.Inputs); got != rec.InputDigest {
		fail("input digest mismatch: the record commits to %s but the recorded inputs hash to %s", rec.InputDigest, got)
	}
	if got := commit.DigestInts(stored.Outputs); got != rec.OutputDigest {
		fail("output digest mismatch: the record commits to %s but the recorded outputs hash to %s", rec.OutputDigest, got)
	}
	model, err := v.models.Model(rec.ModelDigest)
	if err != nil {
		fail("model %s not available to re-run: %v", rec.ModelDigest, err)
		return av
	}
	rerun, err := model.Infer(ctx, stored.Inputs)
	if err != nil {
		fail("re-running model %s failed: %v", rec.ModelDigest, err)
		return av
	}
	if got := commit.DigestInts(rerun); got != rec.OutputDigest {
		fail("re-run output differs: model %s on the recorded inputs gives %v (digest %s), the record commits to %s",
			rec.ModelDigest, rerun, got, rec.OutputDigest)
	} else if !slices.Equal(rerun, stored.Outputs) {
		fail("re-run output %v differs from the recorded output %v", rerun, stored.Outputs)
	}
	return av
}
