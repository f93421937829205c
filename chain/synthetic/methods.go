package synthetic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// logFilter is an eth_getLogs filter, parsed.
type logFilter struct {
	blockHash            *common.Hash
	fromBlock, toBlock   json.RawMessage
	rawAddress, rawTopic json.RawMessage
	addresses            []common.Address
	topics               [][]common.Hash // per position; empty matches any
}

func parseFilter(raw json.RawMessage) (logFilter, error) {
	var q struct {
		BlockHash *common.Hash    `json:"blockHash"`
		FromBlock json.RawMessage `json:"fromBlock"`
		ToBlock   json.RawMessage `json:"toBlock"`
		Address   json.RawMessage `json:"address"`
		Topics    json.RawMessage `json:"topics"`
	}
	if err := json.Unmarshal(raw, &q); err != nil {
		return logFilter{}, err
	}
	f := logFilter{blockHash: q.BlockHash, fromBlock: q.FromBlock, toBlock: q.ToBlock, rawAddress: q.Address, rawTopic: q.Topics}
	if f.blockHash != nil && (isSet(q.FromBlock) || isSet(q.ToBlock)) {
		return logFilter{}, errors.New("blockHash excludes fromBlock and toBlock")
	}
	if isSet(q.Address) {
		if q.Address[0] == '"' {
			f.addresses = make([]common.Address, 1)
			if err := json.Unmarshal(q.Address, &f.addresses[0]); err != nil {
				return logFilter{}, fmt.Errorf("address: %w", err)
			}
		} else if err := json.Unmarshal(q.Address, &f.addresses); err != nil {
			return logFilter{}, fmt.Errorf("address: %w", err)
		}
	}
	if isSet(q.Topics) {
		var positions []json.RawMessage
		if err := json.Unmarshal(q.Topics, &positions); err != nil {
			return logFilter{}, fmt.Errorf("topics: %w", err)
		}
		for i, p := range positions {
			var alts []common.Hash
			switch {
			case !isSet(p):
			case p[0] == '"':
				alts = make([]common.Hash, 1)
				if err := json.Unmarshal(p, &alts[0]); err != nil {
					return logFilter{}, fmt.Errorf("topics[%d]: %w", i, err)
				}
			default:
				var opt []*common.Hash
				if err := json.Unmarshal(p, &opt); err != nil {
					return logFilter{}, fmt.Errorf("topics[%d]: %w", i, err)
				}
				for _, h := range opt {
					if h == nil { // a null alternative matches anything
						alts = nil
						break
					}
					alts = append(alts, *h)
				}
			}
			f.topics = append(f.topics, alts)
		}
	}
	return f, nil
}

func isSet(raw json.RawMessage) bool { return len(raw) > 0 && string(raw) != "null" }

func (f logFilter) topic0s() []common.Hash {
	if len(f.topics) == 0 {
		return nil
	}
	return f.topics[0]
}

func (f logFilter) match(l *types.Log) bool {
	if len(f.addresses) > 0 && !slices.Contains(f.addresses, l.Address) {
		return false
	}
	for i, alts := range f.topics {
		if len(alts) == 0 {
			continue
		}
		if i >= len(l.Topics) || !slices.Contains(alts, l.Topics[i]) {
			return false
		}
	}
	return true
}

// getLogs answers eth_getLogs: the inner node's logs, each block's
// followed by its filler logs that match. A filter naming no filler
// address or topic goes to the inner node unchanged.
func (n *Node) getLogs(ctx context.Context, params []json.RawMessage) ([]byte, error) {
	if len(params) != 1 {
		return nil, invalidParams("eth_getLogs takes one filter")
	}
	f, err := parseFilter(params[0])
	if err != nil {
		return nil, invalidParams("filter: %v", err)
	}
	if !n.gen.mayMatch(f.addresses, f.topic0s()) {
		res, err := n.forward(ctx, "eth_getLogs", params)
		if err == nil {
			n.logsServed.Add(uint64(bytes.Count(res, []byte(`"logIndex"`))))
		}
		return res, err
	}
	var headers []headerJSON
	realParams := params
	if f.blockHash != nil {
		_, h, err := n.header(ctx, f.blockHash.Hex())
		if errors.Is(err, errBlockNotFound) {
			return nil, &rpcError{codeServer, "unknown block"}
		}
		if err != nil {
			return nil, err
		}
		headers = []headerJSON{h}
	} else {
		// Tags resolve once, here: the real and the filler logs are then
		// read over the same numbers even when a block arrives meanwhile.
		from, err := n.blockNumber(ctx, f.fromBlock)
		if err != nil {
			return nil, err
		}
		to, err := n.blockNumber(ctx, f.toBlock)
		if err != nil {
			return nil, err
		}
		if from > to {
			return nil, &rpcError{codeServer, "invalid block range params"}
		}
		if headers, err = n.headers(ctx, from, to); err != nil {
			return nil, err
		}
		q := fmt.Appendf(nil, `{"fromBlock":"%s","toBlock":"%s"`, hexutil.EncodeUint64(from), hexutil.EncodeUint64(to))
		if isSet(f.rawAddress) {
			q = append(append(q, `,"address":`...), f.rawAddress...)
		}
		if isSet(f.rawTopic) {
			q = append(append(q, `,"topics":`...), f.rawTopic...)
		}
		realParams = []json.RawMessage{append(q, '}')}
	}
	realRaw, err := n.forward(ctx, "eth_getLogs", realParams)
	if err != nil {
		return nil, err
	}
	var real []json.RawMessage
	if err := json.Unmarshal(realRaw, &real); err != nil {
		return nil, fmt.Errorf("the inner node's logs: %w", err)
	}
	return n.mergeLogs(ctx, f, headers, real)
}

// mergeLogs writes each block's real logs, then its matching filler logs;
// more than MaxLogs over several blocks is refused (-32005), as hosted
// nodes do, and the caller narrows the range. A first pass counts the
// matches and sizes the answer, so a 3 MB answer is written into one
// allocation.
func (n *Node) mergeLogs(ctx context.Context, f logFilter, headers []headerJSON, real []json.RawMessage) ([]byte, error) {
	tooMany := &rpcError{codeLimitExceeded, fmt.Sprintf("query returned more than %d results; narrow the block range", n.cfg.MaxLogs)}
	count, size := len(real), 2
	for _, l := range real {
		size += len(l) + 1
	}
	if len(headers) > 1 && count > n.cfg.MaxLogs {
		return nil, tooMany
	}
	ovs := make([]*overlay, len(headers))
	for i, h := range headers {
		ov, err := n.overlayFor(ctx, h)
		if err != nil {
			return nil, err
		}
		ovs[i] = ov
		for k := range ov.logs {
			if f.match(&ov.logs[k]) {
				count++
				size += logSize(&ov.logs[k])
			}
		}
		if len(headers) > 1 && count > n.cfg.MaxLogs {
			return nil, tooMany
		}
	}
	out := make([]byte, 0, size)
	out = append(out, '[')
	r := 0
	sep := func() {
		if len(out) > 1 {
			out = append(out, ',')
		}
	}
	for i, h := range headers {
		for ; r < len(real); r++ {
			var l struct {
				BlockNumber hexutil.Uint64 `json:"blockNumber"`
			}
			if err := json.Unmarshal(real[r], &l); err != nil {
				return nil, fmt.Errorf("the inner node's log: %w", err)
			}
			if uint64(l.BlockNumber) > uint64(*h.Number) {
				break
			}
			sep()
			out = append(out, real[r]...)
		}
		for k := range ovs[i].logs {
			if f.match(&ovs[i].logs[k]) {
				sep()
				out = appendLog(out, &ovs[i].logs[k])
			}
		}
	}
	for ; r < len(real); r++ { // none, unless the inner node answered beyond the range
		sep()
		out = append(out, real[r]...)
	}
	n.logsServed.Add(uint64(count))
	return append(out, ']'), nil
}

// logSize bounds the length of appendLog's encoding of l, separator included.
func logSize(l *types.Log) int { return 420 + 70*len(l.Topics) + 2*len(l.Data) }

// blockNumber resolves a block parameter (absent: latest) to a number,
// asking the inner node what a tag means.
func (n *Node) blockNumber(ctx context.Context, raw json.RawMessage) (uint64, error) {
	tag := "latest"
	if isSet(raw) {
		if err := json.Unmarshal(raw, &tag); err != nil {
			return 0, invalidParams("block number: %v", err)
		}
	}
	if strings.HasPrefix(tag, "0x") {
		v, err := hexutil.DecodeUint64(tag)
		if err != nil {
			return 0, invalidParams("block number %q: %v", tag, err)
		}
		return v, nil
	}
	if tag == "earliest" {
		return 0, nil
	}
	_, h, err := n.header(ctx, tag)
	if err != nil {
		return 0, fmt.Errorf("block %q: %w", tag, err)
	}
	return uint64(*h.Number), nil
}

// headers reads the headers of blocks from..to in one batch.
func (n *Node) headers(ctx context.Context, from, to uint64) ([]headerJSON, error) {
	raws := make([]json.RawMessage, to-from+1)
	batch := make([]rpc.BatchElem, len(raws))
	for i := range batch {
		batch[i] = rpc.BatchElem{Method: "eth_getHeaderByNumber", Args: []any{hexutil.EncodeUint64(from + uint64(i))}, Result: &raws[i]}
	}
	if err := n.inner.BatchCallContext(ctx, batch); err != nil {
		return nil, err
	}
	out := make([]headerJSON, len(raws))
	for i := range batch {
		if batch[i].Error != nil {
			return nil, batch[i].Error
		}
		h, err := parseHeader(raws[i])
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", from+uint64(i), err)
		}
		out[i] = h
	}
	return out, nil
}

// getBlock answers eth_getBlockByNumber and eth_getBlockByHash: the inner
// node's block with the filler transactions (hashes or, when asked, whole)
// after its own. The header is the inner node's, unchanged: its hash,
// transactions root, gas used and bloom describe the real block only.
func (n *Node) getBlock(ctx context.Context, method string, params []json.RawMessage) ([]byte, error) {
	raw, err := n.forward(ctx, method, params)
	if err != nil {
		return nil, err
	}
	h, err := parseHeader(raw)
	if errors.Is(err, errBlockNotFound) {
		return raw, nil // null, or the pending block
	}
	if err != nil {
		return nil, err
	}
	ov, err := n.overlayFor(ctx, h)
	if err != nil {
		return nil, err
	}
	full := len(params) > 1 && string(bytes.TrimSpace(params[1])) == "true"
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, fmt.Errorf("the inner node's block: %w", err)
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range fields {
			if !yield(k) {
				return
			}
		}
	})
	per := 70
	if full {
		per = 900
	}
	out := make([]byte, 0, len(raw)+per*len(ov.txs))
	out = append(out, '{')
	for i, k := range keys {
		if i > 0 {
			out = append(out, ',')
		}
		out = appendField(out, k)
		if k != "transactions" {
			out = append(out, fields[k]...)
			continue
		}
		txs := bytes.TrimSpace(fields[k])
		if len(txs) < 2 || txs[0] != '[' {
			txs = []byte("[]") // null: none
		}
		out = append(out, txs[:len(txs)-1]...) // without its ']'
		for t := range ov.txs {
			if t > 0 || len(txs) > 2 {
				out = append(out, ',')
			}
			if full {
				out = appendTx(out, ov, t)
			} else {
				out = appendTxHash(out, ov, t)
			}
		}
		out = append(out, ']')
	}
	return append(out, '}'), nil
}

// getTransaction answers eth_getTransactionByHash and
// eth_getTransactionReceipt for the filler of the last Keep blocks; other
// hashes go to the inner node.
func (n *Node) getTransaction(ctx context.Context, method string, params []json.RawMessage) ([]byte, error) {
	var hash common.Hash
	if len(params) != 1 || json.Unmarshal(params[0], &hash) != nil {
		return n.forward(ctx, method, params) // the inner node names what is wrong
	}
	ov, i, ok := n.fillerTx(hash)
	if !ok {
		return n.forward(ctx, method, params)
	}
	if method == "eth_getTransactionReceipt" {
		return appendReceipt(nil, ov, i), nil
	}
	return appendTx(nil, ov, i), nil
}

// resolveBlock reads the header a block parameter names: a hash, a number
// or tag, or an EIP-1898 object.
func (n *Node) resolveBlock(ctx context.Context, raw json.RawMessage) (headerJSON, error) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		_, h, err := n.header(ctx, s)
		return h, err
	}
	var obj struct {
		BlockHash   *common.Hash `json:"blockHash"`
		BlockNumber *string      `json:"blockNumber"`
	}
	if json.Unmarshal(raw, &obj) == nil {
		switch {
		case obj.BlockHash != nil:
			_, h, err := n.header(ctx, obj.BlockHash.Hex())
			return h, err
		case obj.BlockNumber != nil:
			_, h, err := n.header(ctx, *obj.BlockNumber)
			return h, err
		}
	}
	return headerJSON{}, invalidParams("block parameter %s", raw)
}

// getBlockReceipts answers eth_getBlockReceipts: the inner node's receipts
// followed by the filler's.
func (n *Node) getBlockReceipts(ctx context.Context, params []json.RawMessage) ([]byte, error) {
	if len(params) != 1 {
		return nil, invalidParams("eth_getBlockReceipts takes one block")
	}
	h, err := n.resolveBlock(ctx, params[0])
	if errors.Is(err, errBlockNotFound) {
		return n.forward(ctx, "eth_getBlockReceipts", params)
	}
	if err != nil {
		return nil, err
	}
	real, err := n.forward(ctx, "eth_getBlockReceipts", []json.RawMessage{quoteHash(*h.Hash)})
	if err != nil || string(real) == "null" {
		return real, err
	}
	ov, err := n.overlayFor(ctx, h)
	if err != nil {
		return nil, err
	}
	real = bytes.TrimSpace(real)
	out := append(make([]byte, 0, len(real)+1200*len(ov.txs)), real[:len(real)-1]...)
	for i := range ov.txs {
		if i > 0 || len(real) > 2 {
			out = append(out, ',')
		}
		out = appendReceipt(out, ov, i)
	}
	return append(out, ']'), nil
}

// blockOverlay resolves a block parameter (number, tag or hash) to its
// header and filler; errBlockNotFound when the chain has no such block.
func (n *Node) blockOverlay(ctx context.Context, raw json.RawMessage) (headerJSON, *overlay, error) {
	h, err := n.resolveBlock(ctx, raw)
	if err != nil {
		return h, nil, err
	}
	ov, err := n.overlayFor(ctx, h)
	return h, ov, err
}

// getTransactionCount answers eth_getBlockTransactionCountByNumber and
// …ByHash: real and filler transactions.
func (n *Node) getTransactionCount(ctx context.Context, params []json.RawMessage) ([]byte, error) {
	if len(params) != 1 {
		return nil, invalidParams("takes one block")
	}
	_, ov, err := n.blockOverlay(ctx, params[0])
	if errors.Is(err, errBlockNotFound) {
		return []byte("null"), nil
	}
	if err != nil {
		return nil, err
	}
	return appendQuantity(nil, uint64(ov.realTxs+len(ov.txs))), nil
}

// getTransactionByIndex answers eth_getTransactionByBlockNumberAndIndex
// and …HashAndIndex: indexes past the real transactions are the filler's.
func (n *Node) getTransactionByIndex(ctx context.Context, params []json.RawMessage) ([]byte, error) {
	var index hexutil.Uint64
	if len(params) != 2 || json.Unmarshal(params[1], &index) != nil {
		return nil, invalidParams("takes a block and an index")
	}
	h, ov, err := n.blockOverlay(ctx, params[0])
	if errors.Is(err, errBlockNotFound) {
		return []byte("null"), nil
	}
	if err != nil {
		return nil, err
	}
	switch i := int(index); {
	case i < ov.realTxs:
		return n.forward(ctx, "eth_getTransactionByBlockHashAndIndex", []json.RawMessage{quoteHash(*h.Hash), params[1]})
	case i-ov.realTxs < len(ov.txs):
		return appendTx(nil, ov, i-ov.realTxs), nil
	}
	return []byte("null"), nil
}
