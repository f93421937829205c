package record

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/steward-agents/steward/agents/program"
)

// Node is what the recorder reads from a JSON-RPC node.
type Node interface {
	program.ChainReader
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// TransactionReceipt is used when no Batcher is set.
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
}

// Batcher sends several JSON-RPC calls in one request (an *rpc.Client).
type Batcher interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// Params configure a recording.
type Params struct {
	Node Node
	// Batch, when set, fetches headers BatchSize at a time in one request,
	// and the receipts of those blocks in another.
	Batch     Batcher
	BatchSize int // default 50
	// Kind and Settings build the program whose reads are recorded, as
	// the agent config names them.
	Kind     program.Kind
	Settings program.Settings
	From, To uint64
	Store    *Store
	// Progress, when set, is called after each block with how many of the
	// range are recorded.
	Progress func(done, total uint64)
}

// Record records blocks From..To (inclusive) into the store: each block's
// header, the logs of the Events the program declares, the receipts of the
// transactions that emitted those logs, and every state read the program
// makes while observing the block (run on the recording node through a
// reader that keeps what it answered). Each block is committed with its
// checkpoint in one transaction, so a recording killed at any point
// resumes where it stopped; resuming with other parameters (chain, kind,
// settings, range) is refused with ErrMismatch, and resuming a recording
// made before receipts were recorded with ErrSchema.
func Record(ctx context.Context, p Params) error {
	if p.Node == nil || p.Store == nil || p.Kind.Build == nil || p.Settings == nil {
		return errors.New("record: Params.Node, Store, Kind and Settings are required")
	}
	if p.To < p.From {
		return fmt.Errorf("record: --to %d is before --from %d", p.To, p.From)
	}
	if p.BatchSize <= 0 {
		p.BatchSize = 50
	}
	if p.Store.version != schemaVersion {
		return fmt.Errorf("%w: %s has schema %d (recorded without receipts), this recorder writes %d; record the range again into a new file", ErrSchema, p.Store.path, p.Store.version, schemaVersion)
	}
	head, err := p.Node.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("record: the node's head: %w", err)
	}
	if p.To > head.Number.Uint64() {
		return fmt.Errorf("record: --to %d is past the node's head %d", p.To, head.Number)
	}
	chainID, err := p.Node.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("record: chain id: %w", err)
	}
	settings, err := json.Marshal(p.Settings)
	if err != nil {
		return err
	}
	want := Meta{ChainID: chainID.Uint64(), Kind: p.Kind.Name, Settings: string(settings), From: p.From, To: p.To}
	have, next, ok, err := p.Store.meta(ctx)
	switch {
	case err != nil:
		return err
	case !ok:
		if err := p.Store.begin(ctx, want); err != nil {
			return err
		}
		next = p.From
	case have != want:
		return fmt.Errorf("%w: it holds %+v, asked for %+v", ErrMismatch, have, want)
	}
	total := p.To - p.From + 1
	if next > p.To {
		if p.Progress != nil {
			p.Progress(total, total)
		}
		return nil // complete
	}
	reader := &recordingReader{node: p.Node}
	prog, err := p.Kind.Build(ctx, p.Settings, reader)
	if err != nil {
		return fmt.Errorf("record: build the program: %w", err)
	}
	events := prog.Declare().Events
	var addrs []common.Address
	for _, e := range events {
		if !slices.Contains(addrs, e.Address) {
			addrs = append(addrs, e.Address)
		}
	}
	receipts := &receiptFetcher{node: p.Node, batch: p.Batch}
	for start := next; start <= p.To; start += uint64(p.BatchSize) {
		end := min(start+uint64(p.BatchSize)-1, p.To)
		headers, err := p.headers(ctx, start, end)
		if err != nil {
			return err
		}
		logs, err := p.logs(ctx, start, end, addrs)
		if err != nil {
			return err
		}
		mine := map[uint64][]types.Log{} // the declared Events' logs, by block
		for _, h := range headers {
			n := h.Number.Uint64()
			for _, l := range logs[n] {
				if l.BlockHash != h.Hash() {
					return fmt.Errorf("record: a log of block %d names block hash %s, the header %s: the chain reorganised while recording; run again to resume", n, l.BlockHash, h.Hash())
				}
				if slices.ContainsFunc(events, func(e program.Event) bool { return e.Matches(l) }) {
					mine[n] = append(mine[n], l)
				}
			}
		}
		rcpts, err := receipts.fetch(ctx, headers, mine)
		if err != nil {
			return err
		}
		for _, h := range headers {
			n := h.Number.Uint64()
			if n > p.From {
				parent, err := p.Store.hashOf(ctx, n-1)
				if err != nil {
					return err
				}
				if parent != h.ParentHash {
					return fmt.Errorf("record: block %d's parent is %s, the recording holds %s at block %d: the chain reorganised; record the range again into a new file", n, h.ParentHash, parent, n-1)
				}
			}
			if _, err := prog.Observe(ctx, h, mine[n]); err != nil {
				return fmt.Errorf("record: observe block %d: %w", h.Number, err)
			}
			b := recordedBlock{header: h, logs: mine[n], receipts: rcpts[n], calls: reader.take()}
			if err := p.Store.commitBlock(ctx, b); err != nil {
				return fmt.Errorf("record: %w", err)
			}
			if p.Progress != nil {
				p.Progress(h.Number.Uint64()-p.From+1, total)
			}
		}
	}
	return nil
}

// headers reads the headers start..end, in one batch when a Batcher is set.
func (p *Params) headers(ctx context.Context, start, end uint64) ([]*types.Header, error) {
	out := make([]*types.Header, 0, end-start+1)
	if p.Batch == nil {
		for n := start; n <= end; n++ {
			h, err := p.Node.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return nil, fmt.Errorf("record: header %d: %w", n, err)
			}
			out = append(out, h)
		}
		return out, nil
	}
	batch := make([]rpc.BatchElem, 0, end-start+1)
	for n := start; n <= end; n++ {
		batch = append(batch, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(n), false}, Result: new(rpcHeader)})
	}
	if err := p.Batch.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("record: headers %d..%d: %w", start, end, err)
	}
	for i, b := range batch {
		h := b.Result.(*rpcHeader)
		if b.Error != nil || h.Number == nil {
			return nil, fmt.Errorf("record: header %d: %v (not on the node yet?)", start+uint64(i), b.Error)
		}
		if h.Hash() != h.RPCHash {
			// A chain whose header fields go-ethereum does not hash as the
			// node does: its logs and replay would not line up.
			return nil, fmt.Errorf("record: block %d: the node says hash %s, its header hashes to %s (a header format this recorder cannot reproduce)", h.Number, h.RPCHash, h.Hash())
		}
		out = append(out, &h.Header)
	}
	return out, nil
}

// rpcHeader is a header as eth_getBlockByNumber returns it, with the hash
// the node gives.
type rpcHeader struct {
	types.Header
	RPCHash common.Hash
}

func (h *rpcHeader) UnmarshalJSON(data []byte) error {
	if err := h.Header.UnmarshalJSON(data); err != nil {
		return err
	}
	var withHash struct {
		Hash common.Hash `json:"hash"`
	}
	if err := json.Unmarshal(data, &withHash); err != nil {
		return err
	}
	h.RPCHash = withHash.Hash
	return nil
}

// logs reads the range's logs of the watched contracts, by block.
func (p *Params) logs(ctx context.Context, start, end uint64, addrs []common.Address) (map[uint64][]types.Log, error) {
	out := map[uint64][]types.Log{}
	if len(addrs) == 0 {
		return out, nil
	}
	logs, err := p.Node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start), ToBlock: new(big.Int).SetUint64(end), Addresses: addrs})
	if err != nil {
		return nil, fmt.Errorf("record: logs of blocks %d..%d: %w", start, end, err)
	}
	for _, l := range logs {
		out[l.BlockNumber] = append(out[l.BlockNumber], l)
	}
	return out, nil
}

// recordingReader answers a program's reads from the node and keeps every
// answer until take.
type recordingReader struct {
	node Node

	mu    sync.Mutex
	calls []call
}

func (r *recordingReader) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := r.node.CallContract(ctx, msg, block)
	if err != nil || msg.To == nil {
		return out, err
	}
	key := int64(latest)
	if block != nil {
		key = block.Int64()
	}
	r.mu.Lock()
	r.calls = append(r.calls, call{block: key, target: *msg.To, data: slices.Clone(msg.Data), result: slices.Clone(out)})
	r.mu.Unlock()
	return out, nil
}

func (r *recordingReader) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return nil, errors.New("record: a program reads logs through the Events it declares, not FilterLogs (they are what a recording keeps)")
}

func (r *recordingReader) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("record: subscriptions are not recorded")
}

func (r *recordingReader) take() []call {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.calls
	r.calls = nil
	return out
}
