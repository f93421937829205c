package verify

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
)

// Chain is what verification reads from a node: nothing else is needed.
type Chain interface {
	ethereum.TransactionReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ethereum.ContractCaller
	ethereum.ChainIDReader
	ethereum.LogFilterer
}

// Model re-checks one committed inference of one model from the bytes
// published with it (see inference/commit): an ONNX model re-runs on the
// published inputs; an LLM, which cannot be re-run bit for bit, re-fetches
// its prompt and answer by digest and re-validates the answer. A mismatch is
// an error that names what differs.
type Model interface {
	Recheck(ctx context.Context, inputs, outputs []byte) (program.Output, error)
}

// Models finds a model by its content digest.
type Models interface {
	Model(digest common.Hash) (Model, error)
}

// Records finds inference records by hash in an agent's store.
type Records interface {
	Record(ctx context.Context, hash common.Hash) (store.InferenceRecord, error)
}

// Config configures a Verifier.
type Config struct {
	// Guard is the ParameterGuard the transactions must call. Required.
	Guard common.Address
	// Models re-check the committed inferences. Required.
	Models Models
	// Records, when set, is the agent's store: each stored record is
	// cross-checked against the committed one. Optional: everything else is
	// verified from the chain alone.
	Records Records
	// Derivers re-derive applied values from outputs, by the derivation
	// named in the published context: each strategy kind's (registered with
	// the kind), added to DefaultDerivers.
	Derivers map[string]program.Deriver
}

func (c Config) validate() error {
	var errs []error
	if c.Guard == (common.Address{}) {
		errs = append(errs, errors.New("verify: Config.Guard is required"))
	}
	if c.Models == nil {
		errs = append(errs, errors.New("verify: Config.Models is required"))
	}
	return errors.Join(errs...)
}

// Verifier checks transactions sent to one ParameterGuard.
type Verifier struct {
	chain    Chain
	cfg      Config
	guardABI *abi.ABI
	reg      *bindings.InferenceRegistry
	guard    *bindings.ParameterGuard

	registry common.Address // read from the guard on first use
}

// New returns a Verifier for transactions to cfg.Guard; roots are checked in
// the InferenceRegistry that guard uses.
func New(chain Chain, cfg Config) (*Verifier, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	derivers := DefaultDerivers()
	for name, d := range cfg.Derivers {
		derivers[name] = d
	}
	cfg.Derivers = derivers
	parsed, err := bindings.ParameterGuardMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("verify: parse guard ABI: %w", err)
	}
	return &Verifier{chain: chain, cfg: cfg, guardABI: parsed,
		reg: bindings.NewInferenceRegistry(), guard: bindings.NewParameterGuard()}, nil
}

// registryOf reads the registry the guard commits to.
func (v *Verifier) registryOf(ctx context.Context) (common.Address, error) {
	if v.registry != (common.Address{}) {
		return v.registry, nil
	}
	out, err := v.chain.CallContract(ctx, ethereum.CallMsg{To: &v.cfg.Guard, Data: v.guard.PackRegistry()}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("verify: read registry of guard %s: %w", v.cfg.Guard, err)
	}
	reg, err := v.guard.UnpackRegistry(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("verify: %s is not a ParameterGuard: %w", v.cfg.Guard, err)
	}
	v.registry = reg
	return reg, nil
}

// Verdict is the result for one transaction.
type Verdict struct {
	Tx      common.Hash     `json:"tx"`
	Root    common.Hash     `json:"root"`
	Agent   common.Address  `json:"agent"`
	Block   uint64          `json:"block"`
	Actions []ActionVerdict `json:"actions"`
	// Problems that concern the whole transaction (not found, reverted, root not committed).
	Problems []string `json:"problems,omitempty"`
}

// ActionVerdict is the result for one action of a bundle.
type ActionVerdict struct {
	Index      int                 `json:"index"`
	Target     common.Address      `json:"target"`
	Params     map[string]*big.Int `json:"params"`
	RecordHash common.Hash         `json:"recordHash"`
	Model      common.Hash         `json:"model"`
	// Outputs are the committed outputs (fixed point) once re-checked.
	Outputs []int64 `json:"outputs,omitempty"`
	// Refused is the guard's named error when commitAndTryApply refused
	// this action (it applied nothing; the record is still checked).
	Refused string `json:"refused,omitempty"`
	// StoreChecked reports that the agent's stored record was found and
	// compared field by field with the committed one (StoreFields).
	StoreChecked bool `json:"storeChecked,omitempty"`
	// StoreMatched reports that every compared field agreed.
	StoreMatched bool     `json:"storeMatched,omitempty"`
	Problems     []string `json:"problems,omitempty"`
}

// StoreFields are what a cross-check with the agent's store compares
// between its stored record and the committed one.
const StoreFields = "agent, model digest, block number and hash, nonce, input and output digests, inputs, outputs"

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
	if to := tx.To(); to == nil || *to != v.cfg.Guard {
		out.Problems = append(out.Problems, fmt.Sprintf("transaction is not sent to the guard %s (to: %v)", v.cfg.Guard, tx.To()))
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
	applied, refused := v.guardEvents(rcpt)
	for i, a := range actions {
		av := v.checkAction(ctx, i, out.Block, root, a, applied, refused[i])
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
	if err != nil || (m.Name != "commitAndApply" && m.Name != "commitAndTryApply" && m.Name != "applyActions") {
		return common.Hash{}, nil, fmt.Errorf("transaction does not call ParameterGuard.commitAndApply, commitAndTryApply or applyActions (selector %x)", data[:4])
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
	c, err := v.committer(ctx, root)
	if err != nil {
		return err
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

// committer reads who committed root and when. It reads at the latest
// block: nodes prune old state, and a commitment is never removed; its
// recorded block number is checked instead.
func (v *Verifier) committer(ctx context.Context, root common.Hash) (bindings.CommitterOutput, error) {
	registry, err := v.registryOf(ctx)
	if err != nil {
		return bindings.CommitterOutput{}, err
	}
	res, err := v.chain.CallContract(ctx, ethereum.CallMsg{To: &registry, Data: v.reg.PackCommitter(root)}, nil)
	if err != nil {
		return bindings.CommitterOutput{}, fmt.Errorf("read committer of root %s: %w", root, err)
	}
	c, err := v.reg.UnpackCommitter(res)
	if err != nil {
		return bindings.CommitterOutput{}, fmt.Errorf("decode committer of root %s: %w", root, err)
	}
	return c, nil
}

type appliedKey struct {
	target common.Address
	param  [32]byte
}

// guardEvents reads the guard's own events in a receipt: the values it
// applied, and the actions commitAndTryApply refused (by index, with the
// decoded error).
func (v *Verifier) guardEvents(r *types.Receipt) (map[appliedKey]*big.Int, map[int]string) {
	applied, refused := map[appliedKey]*big.Int{}, map[int]string{}
	for _, l := range r.Logs {
		if l.Address != v.cfg.Guard {
			continue // only the guard's own events count
		}
		if ev, err := v.guard.UnpackParameterAppliedEvent(l); err == nil {
			applied[appliedKey{ev.Target, ev.Param}] = ev.NewValue
		}
		if ev, err := v.guard.UnpackActionRefusedEvent(l); err == nil && ev.Index.IsInt64() {
			refused[int(ev.Index.Int64())] = contracts.DecodeRevert(ev.Reason).Error()
		}
	}
	return applied, refused
}

// record converts the calldata's record.
func record(r bindings.InferenceRecord) commit.Record {
	return commit.Record{Agent: r.Agent, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest,
		OutputDigest: r.OutputDigest, BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: r.Nonce}
}
