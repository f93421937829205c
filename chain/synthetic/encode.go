package synthetic

import (
	"encoding/hex"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The filler's JSON is written by hand, field by field, in the layout
// go-ethereum's RPC server uses (ethapi's RPCTransaction and receipt maps,
// types.Log's gencodec encoding): at 4,000 logs a block, encoding/json's
// reflection would be most of a getLogs answer's cost. TestFillerJSON
// decodes each with go-ethereum's own types.

func appendHex(b, data []byte) []byte {
	b = append(b, `"0x`...)
	n := len(b)
	b = slices.Grow(b, 2*len(data)+1)[:n+2*len(data)]
	hex.Encode(b[n:], data)
	return append(b, '"')
}

func appendQuantity(b []byte, v uint64) []byte {
	b = append(b, `"0x`...)
	b = strconv.AppendUint(b, v, 16)
	return append(b, '"')
}

func appendBig(b []byte, v *big.Int) []byte {
	b = append(b, `"0x`...)
	b = v.Append(b, 16)
	return append(b, '"')
}

func appendField(b []byte, name string) []byte {
	b = append(b, '"')
	b = append(b, name...)
	return append(b, `":`...)
}

// appendLog writes a log as types.Log marshals it.
func appendLog(b []byte, l *types.Log) []byte {
	b = append(b, `{"address":`...)
	b = appendHex(b, l.Address[:])
	b = append(b, `,"topics":[`...)
	for i := range l.Topics {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendHex(b, l.Topics[i][:])
	}
	b = append(b, `],"data":`...)
	b = appendHex(b, l.Data)
	b = append(b, `,"blockNumber":`...)
	b = appendQuantity(b, l.BlockNumber)
	b = append(b, `,"transactionHash":`...)
	b = appendHex(b, l.TxHash[:])
	b = append(b, `,"transactionIndex":`...)
	b = appendQuantity(b, uint64(l.TxIndex))
	b = append(b, `,"blockHash":`...)
	b = appendHex(b, l.BlockHash[:])
	b = append(b, `,"blockTimestamp":`...)
	b = appendQuantity(b, l.BlockTimestamp)
	b = append(b, `,"logIndex":`...)
	b = appendQuantity(b, uint64(l.Index))
	return append(b, `,"removed":false}`...)
}

// appendTx writes filler transaction i as eth_getTransactionByHash answers.
func appendTx(b []byte, o *overlay, i int) []byte {
	tx := o.txs[i]
	v, r, s := tx.RawSignatureValues()
	b = append(b, `{"type":"0x2","chainId":`...)
	b = appendBig(b, tx.ChainId())
	b = append(b, `,"nonce":`...)
	b = appendQuantity(b, tx.Nonce())
	b = append(b, `,"to":`...)
	b = appendHex(b, tx.To()[:])
	b = append(b, `,"gas":`...)
	b = appendQuantity(b, tx.Gas())
	b = append(b, `,"gasPrice":`...)
	b = appendBig(b, o.effectiveGasPrice(i))
	b = append(b, `,"maxPriorityFeePerGas":`...)
	b = appendBig(b, tx.GasTipCap())
	b = append(b, `,"maxFeePerGas":`...)
	b = appendBig(b, tx.GasFeeCap())
	b = append(b, `,"value":"0x0","input":`...)
	b = appendHex(b, tx.Data())
	b = append(b, `,"accessList":[],"v":`...)
	b = appendBig(b, v)
	b = append(b, `,"r":`...)
	b = appendBig(b, r)
	b = append(b, `,"s":`...)
	b = appendBig(b, s)
	b = append(b, `,"yParity":`...)
	b = appendBig(b, v)
	b = append(b, `,"hash":`...)
	b = appendHex(b, tx.Hash().Bytes())
	b = appendBlockFields(b, o, i)
	b = append(b, `,"from":`...)
	b = appendHex(b, o.from[i][:])
	return append(b, '}')
}

func appendBlockFields(b []byte, o *overlay, i int) []byte {
	b = append(b, `,"blockHash":`...)
	b = appendHex(b, o.hash[:])
	b = append(b, `,"blockNumber":`...)
	b = appendQuantity(b, o.number)
	b = append(b, `,"transactionIndex":`...)
	return appendQuantity(b, uint64(o.txIndex(i)))
}

// appendReceipt writes filler transaction i's receipt as
// eth_getTransactionReceipt answers: successful, with its logs and their bloom.
func appendReceipt(b []byte, o *overlay, i int) []byte {
	tx := o.txs[i]
	logs := o.logs[o.logStart[i]:o.logStart[i+1]]
	var bloom types.Bloom
	for k := range logs {
		bloom.Add(logs[k].Address[:])
		for _, t := range logs[k].Topics {
			bloom.Add(t[:])
		}
	}
	b = append(b, `{"type":"0x2","status":"0x1","transactionHash":`...)
	b = appendHex(b, tx.Hash().Bytes())
	b = appendBlockFields(b, o, i)
	b = append(b, `,"from":`...)
	b = appendHex(b, o.from[i][:])
	b = append(b, `,"to":`...)
	b = appendHex(b, tx.To()[:])
	b = append(b, `,"contractAddress":null,"gasUsed":`...)
	b = appendQuantity(b, o.gasUsed[i])
	b = append(b, `,"cumulativeGasUsed":`...)
	b = appendQuantity(b, o.cumGas[i])
	b = append(b, `,"effectiveGasPrice":`...)
	b = appendBig(b, o.effectiveGasPrice(i))
	b = append(b, `,"logsBloom":`...)
	b = appendHex(b, bloom[:])
	b = append(b, `,"logs":[`...)
	for k := range logs {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendLog(b, &logs[k])
	}
	return append(b, "]}"...)
}

// appendTxHash writes filler transaction i's hash (a block's transaction
// list without full transactions).
func appendTxHash(b []byte, o *overlay, i int) []byte {
	h := o.txs[i].Hash()
	return appendHex(b, h[:])
}

// quoteHash is h as a JSON string.
func quoteHash(h common.Hash) []byte { return appendHex(nil, h[:]) }
