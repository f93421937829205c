package synthetic

import (
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// sendersPerBlock is the number of accounts sending filler transactions.
const sendersPerBlock = 1024

// blockInfo is what the filler of a block depends on besides its number:
// the real block's header fields and how many transactions and logs the
// real block holds (the filler's indexes start after them).
type blockInfo struct {
	number   uint64
	hash     common.Hash
	time     uint64
	baseFee  *big.Int // nil before London
	realTxs  int
	realLogs int
	realGas  uint64 // the real block's gas used: the filler's cumulative gas starts there
}

// overlay is one block's filler: transactions after the real ones, each
// with its logs, after the real logs. Read-only once built.
type overlay struct {
	blockInfo
	txs     []*types.Transaction
	from    []common.Address
	gasUsed []uint64
	// cumGas[i] is the block's cumulative gas after filler transaction i.
	cumGas []uint64
	logs   []types.Log
	// logStart[i] is the index in logs of filler transaction i's first
	// log; logStart[len(txs)] == len(logs).
	logStart []int
}

// txIndex returns the block-wide index of filler transaction i.
func (o *overlay) txIndex(i int) uint { return uint(o.realTxs + i) }

// generator makes the filler of any block: a pure function of the seed,
// the block, and the configured events and addresses.
type generator struct {
	chainID      *big.Int
	seed         uint64
	txs, logs    int
	uniswap      []Event
	aave         []Event
	uniswapPools []common.Address
	aavePools    []common.Address
	uniW, aaveW  int
	senders      []common.Address
	gas          map[Kind]uint64
	// topic0s and addresses are every topic0 and address filler can carry,
	// so a filter that names none of them skips the filler.
	topic0s   map[common.Hash]bool
	addresses map[common.Address]bool
}

func newGenerator(cfg Config, chainID *big.Int) *generator {
	g := &generator{chainID: chainID, seed: cfg.Seed, txs: cfg.TxsPerBlock, logs: cfg.LogsPerBlock,
		uniswap: cfg.Uniswap, aave: cfg.Aave, uniswapPools: cfg.UniswapPools, aavePools: cfg.AavePools,
		uniW: cfg.UniswapWeight, aaveW: cfg.AaveWeight, senders: accounts(cfg.Seed, "sender", sendersPerBlock),
		gas: map[Kind]uint64{}, topic0s: map[common.Hash]bool{}, addresses: map[common.Address]bool{}}
	for k, info := range kinds() {
		g.gas[k] = info.gas
	}
	if g.uniW > 0 {
		for _, e := range g.uniswap {
			g.topic0s[e.Topics[0]] = true
		}
		for _, a := range g.uniswapPools {
			g.addresses[a] = true
		}
	}
	if g.aaveW > 0 {
		for _, e := range g.aave {
			g.topic0s[e.Topics[0]] = true
		}
		for _, a := range g.aavePools {
			g.addresses[a] = true
		}
	}
	return g
}

// idleGas is what a filler transaction without logs reports (a transfer).
const idleGas = 21_000

// fill builds block b's filler. Block N's filler is the same whoever asks
// and whenever: its random choices come from a generator seeded with
// (seed, N), and its events are taken in order from position N × logs.
func (g *generator) fill(b blockInfo) *overlay {
	rng := rand.New(rand.NewPCG(g.seed, b.number))
	o := &overlay{blockInfo: b,
		txs: make([]*types.Transaction, g.txs), from: make([]common.Address, g.txs),
		gasUsed: make([]uint64, g.txs), cumGas: make([]uint64, g.txs),
		logs: make([]types.Log, g.logs), logStart: make([]int, g.txs+1)}
	baseFee := b.baseFee
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	perSender := uint64((g.txs + sendersPerBlock - 1) / sendersPerBlock)
	cursor := b.number * uint64(g.logs)
	cum := b.realGas
	for i := range g.txs {
		first, end := i*g.logs/g.txs, (i+1)*g.logs/g.txs
		o.logStart[i] = first
		var to common.Address
		var gas uint64
		var selector []byte
		for j := first; j < end; j++ {
			var e Event
			var addr common.Address
			if rng.IntN(g.uniW+g.aaveW) < g.uniW {
				e, addr = g.uniswap[(cursor+uint64(j))%uint64(len(g.uniswap))], g.uniswapPools[rng.IntN(len(g.uniswapPools))]
			} else {
				e, addr = g.aave[(cursor+uint64(j))%uint64(len(g.aave))], g.aavePools[rng.IntN(len(g.aavePools))]
			}
			if j == first {
				// Calldata: a selector and a word, as long as a small call's.
				selector = make([]byte, 0, 36)
				to, selector = addr, append(append(selector, e.Topics[0][:4]...), e.Data[:min(32, len(e.Data))]...)
			}
			gas += g.gas[e.Kind]
			// Topics and Data are the event's own slices, shared by every
			// block that draws it: nothing writes to an overlay's logs.
			o.logs[j] = types.Log{Address: addr, Topics: e.Topics, Data: e.Data, BlockNumber: b.number,
				TxIndex: o.txIndex(i), BlockHash: b.hash, BlockTimestamp: b.time, Index: uint(b.realLogs + j)}
		}
		if first == end {
			to, gas = g.senders[(i+1)%sendersPerBlock], idleGas
		}
		sender := g.senders[i%sendersPerBlock]
		tip := big.NewInt(1e9 + rng.Int64N(1e9)) // 1 to 2 gwei
		feeCap := new(big.Int).Add(new(big.Int).Lsh(baseFee, 1), tip)
		// The signature is made up (the sender is not recoverable from it)
		// but well-formed: 1 ≤ r < 2^255 < n and 1 ≤ s < 2^254 < n/2.
		var r, s [32]byte
		fillRandom(rng, r[:])
		fillRandom(rng, s[:])
		r[0] &= 0x7f
		s[0] &= 0x3f
		r[31] |= 1
		s[31] |= 1
		o.txs[i] = types.NewTx(&types.DynamicFeeTx{
			ChainID: g.chainID, Nonce: b.number*perSender + uint64(i/sendersPerBlock),
			GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/5, To: &to, Value: new(big.Int), Data: selector,
			V: big.NewInt(int64(rng.IntN(2))), R: new(big.Int).SetBytes(r[:]), S: new(big.Int).SetBytes(s[:]),
		})
		o.from[i], o.gasUsed[i] = sender, gas
		cum += gas
		o.cumGas[i] = cum
		txHash := o.txs[i].Hash()
		for j := first; j < end; j++ {
			o.logs[j].TxHash = txHash
		}
	}
	o.logStart[g.txs] = g.logs
	return o
}

// effectiveGasPrice is what filler transaction i paid per gas.
func (o *overlay) effectiveGasPrice(i int) *big.Int {
	tx := o.txs[i]
	if o.baseFee == nil {
		return tx.GasFeeCap()
	}
	return new(big.Int).Add(o.baseFee, tx.GasTipCap()) // below the cap (2 × base fee + tip)
}

func fillRandom(rng *rand.Rand, b []byte) {
	for i := 0; i < len(b); i += 8 {
		v := rng.Uint64()
		for k := 0; k < 8 && i+k < len(b); k++ {
			b[i+k] = byte(v >> (8 * k))
		}
	}
}

// mayMatch reports whether a filter with these addresses and topic0s can
// match any filler log (empty means any).
func (g *generator) mayMatch(addresses []common.Address, topic0s []common.Hash) bool {
	if g.logs == 0 {
		return false
	}
	if len(addresses) > 0 && !anyIn(addresses, g.addresses) {
		return false
	}
	return len(topic0s) == 0 || anyIn(topic0s, g.topic0s)
}

func anyIn[K comparable](xs []K, set map[K]bool) bool {
	for _, x := range xs {
		if set[x] {
			return true
		}
	}
	return false
}
