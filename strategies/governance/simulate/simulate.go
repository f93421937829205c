package simulate

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Client is what Run needs of a node: JSON-RPC calls and batches.
// go-ethereum's *rpc.Client is one (chain/rpc's Client.RPC() returns it;
// an *ethclient.Client's Client() too).
type Client interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

var _ Client = (*rpc.Client)(nil)

// TraceMode says whether Run traces the calls with debug_traceCall.
type TraceMode int

const (
	// TraceAuto traces when the node serves debug_traceCall with the
	// callTracer and prestateTracer, and otherwise leaves DelegateCalls,
	// SelfDestructs and Created empty (logging that it did).
	TraceAuto TraceMode = iota
	// TraceOff never traces: one eth_simulateV1 request and one batch of
	// reads, the fastest run.
	TraceOff
	// TraceRequired fails with an *UnsupportedError when the node cannot trace.
	TraceRequired
)

// maxSimBlocks is how many blocks one eth_simulateV1 request may hold
// (go-ethereum's limit; anvil's is not lower).
const maxSimBlocks = 256

// Options configures Run.
type Options struct {
	// Executor is the account that makes the proposal's calls: the
	// timelock (or Aave executor) that would execute it. Required.
	Executor common.Address
	// Block is the block whose state the proposal runs on. Defaults to the
	// node's latest block, read once so every request of the run sees the
	// same state.
	Block *big.Int
	// Trace says whether to trace the calls for delegatecalls,
	// self-destructs and created contracts. Defaults to TraceAuto.
	Trace TraceMode
	// Logger gets a line when tracing is unavailable or disagrees with the
	// simulation. Defaults to discarding.
	Logger *slog.Logger
}

// Run executes p's calls in order from opts.Executor on the node's state,
// each with its value and calldata, every call seeing the state the ones
// before it left, and records what they did. Nothing is sent: the node
// simulates (eth_simulateV1) and traces (debug_traceCall) without
// changing its chain.
//
// A call that reverts (or sends more ETH than the executor holds at that
// point) is an effect: Effects.Reverted, FailedCall and Reason, with the
// effects of the calls before it and none of the calls after it, since the
// timelock's execution would revert there. Run returns an error only when
// the proposal cannot be run (ErrInvalidProposal, ErrNoExecutor,
// ErrWrongChain) or the node cannot simulate it (*UnsupportedError naming
// the method, or the node's own error).
func Run(ctx context.Context, c Client, p *proposal.Proposal, opts Options) (*effects.Effects, error) {
	if err := validate(p, opts); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := &run{c: c, executor: opts.Executor, calls: p.Calls(), log: log}
	if err := r.start(ctx, p.ChainID, opts.Block); err != nil {
		return nil, err
	}
	res, after, err := r.simulateAll(ctx)
	if err != nil {
		return nil, err
	}

	e := &effects.Effects{Executor: r.executor, FailedCall: -1,
		Supply: map[common.Address]*big.Int{}, Holdings: map[common.Address]*big.Int{}}
	end := len(r.calls)
	for i := range res {
		if res[i].Status != 1 {
			e.Reverted, e.FailedCall, end = true, i, i
			msg := ""
			if res[i].Error != nil {
				msg = res[i].Error.Message
			}
			e.Reason = revertReason(res[i].revertData(), msg)
			break
		}
	}
	if !e.Reverted && len(res) < len(r.calls) {
		// The node refused call len(res) for want of ETH.
		k := len(res)
		e.Reverted, e.FailedCall, end = true, k, k
		e.Reason = fmt.Sprintf("call %d sends %s wei, more ETH than the executor holds after the calls before it", k, r.calls[k].Value)
	}
	rec := newRecorder(e)
	for i := range end {
		for _, l := range res[i].Logs {
			rec.log(i, l)
		}
	}
	if after != nil && end < len(res)-1 {
		// Calls after the failed one ran in the simulation and may have
		// moved the slots: read them as the executed calls left them.
		if after, err = r.slotsAfter(ctx, end); err != nil {
			return nil, err
		}
	}

	traced, err := r.trace(ctx, opts.Trace, end, e)
	if err != nil {
		return nil, err
	}
	before, err := r.readBefore(ctx, rec.tokens, e)
	if err != nil {
		return nil, err
	}
	if !traced && end > 0 {
		r.slotUpgrades(e, end, before, after)
	}
	return e, nil
}

// validate checks what Run needs of p and opts.
func validate(p *proposal.Proposal, opts Options) error {
	if opts.Executor == (common.Address{}) {
		return ErrNoExecutor
	}
	if p == nil {
		return fmt.Errorf("%w: nil", ErrInvalidProposal)
	}
	n := len(p.Targets)
	switch {
	case len(p.Values) != n:
		return fmt.Errorf("%w: %d values for %d targets", ErrInvalidProposal, len(p.Values), n)
	case len(p.Calldatas) != n:
		return fmt.Errorf("%w: %d calldatas for %d targets", ErrInvalidProposal, len(p.Calldatas), n)
	case p.Signatures != nil && len(p.Signatures) != n:
		return fmt.Errorf("%w: %d signatures for %d targets", ErrInvalidProposal, len(p.Signatures), n)
	case p.Delegatecalls != nil && len(p.Delegatecalls) != n:
		return fmt.Errorf("%w: %d delegatecall flags for %d targets", ErrInvalidProposal, len(p.Delegatecalls), n)
	}
	for i, v := range p.Values {
		if v == nil || v.Sign() < 0 {
			return fmt.Errorf("%w: values[%d] is %v", ErrInvalidProposal, i, v)
		}
	}
	return nil
}

// run is one Run's requests: all on one block, from one executor.
type run struct {
	c        Client
	executor common.Address
	calls    []proposal.Call
	log      *slog.Logger
	block    *big.Int
	// code is the executor's code, restored after a delegatecall's block;
	// read only when the proposal has a delegatecall.
	code []byte
	// proxies are the targets whose EIP-1967 implementation slot is read
	// before and after the calls.
	proxies []common.Address
}

// start reads, in one batch, the node's chain id (to refuse a proposal
// for another chain), the latest block number (unless block is given),
// and the executor's code when a call is a delegatecall.
func (r *run) start(ctx context.Context, chainID, block *big.Int) error {
	var (
		id, head hexutil.Big
		code     hexutil.Bytes
		batch    []rpc.BatchElem
	)
	if chainID != nil {
		batch = append(batch, rpc.BatchElem{Method: "eth_chainId", Result: &id})
	}
	if block == nil {
		batch = append(batch, rpc.BatchElem{Method: "eth_blockNumber", Result: &head})
	}
	delegates := false
	for _, c := range r.calls {
		delegates = delegates || c.Delegatecall
	}
	if delegates {
		tag := "latest"
		if block != nil {
			tag = blockTag(block)
		}
		batch = append(batch, rpc.BatchElem{Method: "eth_getCode", Args: []any{r.executor, tag}, Result: &code})
	}
	if len(batch) > 0 {
		if err := r.c.BatchCallContext(ctx, batch); err != nil {
			return fmt.Errorf("read chain id, head and executor code: %w", err)
		}
		for _, b := range batch {
			if b.Error != nil {
				return fmt.Errorf("%s: %w", b.Method, b.Error)
			}
		}
	}
	if chainID != nil && (*big.Int)(&id).Cmp(chainID) != 0 {
		return fmt.Errorf("%w: the proposal names chain %s, the node is chain %s", ErrWrongChain, chainID, (*big.Int)(&id))
	}
	r.block = block
	if block == nil {
		// With a delegatecall, the code was read at "latest" in the same
		// batch: a block mined in between could in principle change it.
		r.block = (*big.Int)(&head)
	}
	r.code = code
	seen := map[common.Address]bool{}
	for _, c := range r.calls {
		if !seen[c.Target] && !precompile(c.Target) {
			seen[c.Target] = true
			r.proxies = append(r.proxies, c.Target)
		}
	}
	return nil
}

// precompile reports whether a is a precompile's address (or near enough:
// below 0x10000), where no code can be put to read a slot.
func precompile(a common.Address) bool {
	return new(big.Int).SetBytes(a.Bytes()).Cmp(big.NewInt(0x10000)) < 0
}

// args is call i as a transaction from the executor: to the target, or,
// for a delegatecall, to the executor running delegateForwarder.
func (r *run) args(i int) txArgs {
	c := r.calls[i]
	a := txArgs{From: &r.executor, To: c.Target, Value: (*hexutil.Big)(c.Value), Input: c.Data}
	if c.Delegatecall {
		a.To, a.Input = r.executor, forwarderInput(c.Target, c.Data)
	}
	return a
}

// blocks lays calls[:n] out as eth_simulateV1 blocks: one block per run of
// calls or of delegatecalls, since the executor's code is overridden with
// delegateForwarder for the latter and restored after; then, when there
// are proxies to read, a block reading their implementation slots.
func (r *run) blocks(n int) ([]simBlock, error) {
	var blocks []simBlock
	forwarding := false
	for i := range n {
		dc := r.calls[i].Delegatecall
		if i == 0 || dc != forwarding {
			b := simBlock{}
			switch {
			case dc:
				code := hexutil.Bytes(delegateForwarder)
				b.StateOverrides = overrides{r.executor: {Code: &code}}
			case forwarding:
				code := hexutil.Bytes(r.code)
				b.StateOverrides = overrides{r.executor: {Code: &code}}
			}
			blocks = append(blocks, b)
			forwarding = dc
		}
		blocks[len(blocks)-1].Calls = append(blocks[len(blocks)-1].Calls, r.args(i))
	}
	if len(r.proxies) > 0 {
		b := simBlock{StateOverrides: overrides{}}
		code := hexutil.Bytes(slotReader)
		for _, p := range r.proxies {
			b.StateOverrides[p] = override{Code: &code}
			b.Calls = append(b.Calls, txArgs{From: &r.executor, To: p, Input: implementationSlot.Bytes()})
		}
		blocks = append(blocks, b)
	}
	if len(blocks) > maxSimBlocks {
		return nil, fmt.Errorf("%w: %d blocks, at most %d", ErrTooManyBlocks, len(blocks), maxSimBlocks)
	}
	return blocks, nil
}

// simulate runs calls[:n] and returns each call's result and the proxies'
// implementation slots after them (nil when there are no proxies).
func (r *run) simulate(ctx context.Context, n int) ([]simCallResult, []common.Hash, error) {
	blocks, err := r.blocks(n)
	if err != nil {
		return nil, nil, err
	}
	if len(blocks) == 0 {
		return nil, nil, nil
	}
	res, err := simulate(ctx, r.c, r.block, blocks)
	if err != nil {
		return nil, nil, err
	}
	var calls []simCallResult
	for _, b := range res {
		calls = append(calls, b.Calls...)
	}
	if len(r.proxies) == 0 {
		return calls[:n], nil, nil
	}
	after := make([]common.Hash, len(r.proxies))
	for i, c := range calls[n:] {
		// A proxy's reader cannot fail; an empty answer reads as zero.
		after[i] = common.BytesToHash(c.ReturnData)
	}
	return calls[:n], after, nil
}

// simulateAll runs every call. When the node refuses the request because
// a call sends more ETH than the executor has then (which the timelock's
// own execution would turn into a revert), it finds that call by bisection
// over prefixes and returns the results of the calls before it only.
func (r *run) simulateAll(ctx context.Context) ([]simCallResult, []common.Hash, error) {
	n := len(r.calls)
	res, after, err := r.simulate(ctx, n)
	if err == nil || !insufficientFunds(err) {
		return res, after, err
	}
	// Invariant: calls[:lo] simulate, calls[:hi+1] do not.
	lo, hi := 0, n-1
	res, after = nil, nil
	for lo < hi {
		mid := (lo + hi + 1) / 2
		mres, mafter, err := r.simulate(ctx, mid)
		switch {
		case err == nil:
			lo, res, after = mid, mres, mafter
		case insufficientFunds(err):
			hi = mid - 1
		default:
			return nil, nil, err
		}
	}
	if lo > 0 && len(res) != lo {
		return r.simulate(ctx, lo)
	}
	return res, after, nil
}

// slotsAfter reads the proxies' implementation slots after calls[:n].
func (r *run) slotsAfter(ctx context.Context, n int) ([]common.Hash, error) {
	if n == 0 {
		return nil, nil
	}
	_, after, err := r.simulate(ctx, n)
	return after, err
}

// slotUpgrades records a proxy whose implementation slot changed without
// an Upgraded event, attributed to the last executed call to it (to the
// last executed call when none calls it: the change came from a nested
// call, which only a trace could place).
func (r *run) slotUpgrades(e *effects.Effects, end int, before, after []common.Hash) {
	if before == nil || after == nil {
		return
	}
	for i, p := range r.proxies {
		if before[i] == after[i] || hasUpgrade(e, -1, p) {
			continue
		}
		call := end - 1
		for j := end - 1; j >= 0; j-- {
			if r.calls[j].Target == p {
				call = j
				break
			}
		}
		e.Upgrades = append(e.Upgrades, effects.Upgrade{Call: call, Proxy: p, Implementation: common.BytesToAddress(after[i][12:])})
	}
}
