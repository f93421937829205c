package marketmaking

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// Derivers are the derivations market making publishes, by name, for
// `steward verify`.
func Derivers() map[string]program.Deriver {
	return map[string]program.Deriver{DerivationName: Deriver{}}
}

// Deriver re-derives a RangeVault's tickLower and tickUpper from the
// forecast, for `steward verify`. It checks the published pool tick against the pool's tick at
// the end of the record's block: slot0 at that block where the node keeps
// its state, else the pool's last Swap (or its Initialize) event at or
// before that block, so a full node suffices; and
// the published tick spacing against the pool's. WidthMilli, MinWidth and
// MaxWidth are the agent's own published configuration.
type Deriver struct{}

var _ program.Deriver = Deriver{}

// Derive implements program.Deriver.
func (Deriver) Derive(ctx context.Context, d program.Derivation) (map[[32]byte]*big.Int, error) {
	der, err := ParseDerivation(d.Context.Values)
	if err != nil {
		return nil, err
	}
	// The tick was observed at the record's block, or, for an answer that
	// came blocks later, at the later block the derivation names.
	at := d.Record.BlockNumber
	if der.Block != 0 {
		if der.Block < at {
			return nil, fmt.Errorf("published observation block %d is before the record's block %d", der.Block, at)
		}
		if d.Included != 0 && der.Block >= d.Included {
			return nil, fmt.Errorf("published observation block %d is not before the transaction's block %d", der.Block, d.Included)
		}
		at = der.Block
	}

	if len(d.Outputs.Values) != 1 {
		return nil, fmt.Errorf("market-making needs 1 output, the record has %d", len(d.Outputs.Values))
	}
	if d.Outputs.Scale <= 0 {
		return nil, errors.New("market-making needs the output scale of the model")
	}
	vault, pool := bindings.NewRangeVault(), bindings.NewUniswapV3Pool()
	poolAddr, err := contracts.Call(ctx, d.Chain, ethereum.CallMsg{To: &d.Target, Data: vault.PackPool()}, nil, vault.UnpackPool)
	if err != nil {
		return nil, fmt.Errorf("target %s is not a RangeVault: %w", d.Target, err)
	}
	// The pool's state at that block answers at once where the node keeps
	// it; a full node that pruned it still has the logs.
	var tick int64
	if slot0, err := contracts.Call(ctx, d.Chain, ethereum.CallMsg{To: &poolAddr, Data: pool.PackSlot0()}, new(big.Int).SetUint64(at), pool.UnpackSlot0); err == nil {
		tick = slot0.Tick.Int64()
	} else if tick, err = poolTickAt(ctx, d.Chain, poolAddr, at); err != nil {
		return nil, err
	}
	if tick != int64(der.Tick) {
		return nil, fmt.Errorf("published pool tick %d differs from the pool's tick %d at block %d", der.Tick, tick, at)
	}
	spacing, err := contracts.Call(ctx, d.Chain, ethereum.CallMsg{To: &poolAddr, Data: pool.PackTickSpacing()}, nil, pool.UnpackTickSpacing)
	if err != nil {
		return nil, fmt.Errorf("pool %s tick spacing: %w", poolAddr, err)
	}
	if spacing.Cmp(big.NewInt(int64(der.TickSpacing))) != 0 {
		return nil, fmt.Errorf("published tick spacing %d differs from the pool's %s", der.TickSpacing, spacing)
	}
	r := der.Target(d.Outputs.Values[0], d.Outputs.Scale)
	return map[[32]byte]*big.Int{
		contracts.Param("tickLower"): big.NewInt(int64(r.TickLower)),
		contracts.Param("tickUpper"): big.NewInt(int64(r.TickUpper)),
	}, nil
}

// tickLookback bounds how far back poolTickAt searches for the pool's last
// price change: about a day of 400 ms blocks.
const tickLookback = 1 << 18

// poolTickAt returns the pool's tick at the end of block n: the tick of its
// last Swap event in a block ≤ n, or of its Initialize event if it never
// swapped. It searches back in growing windows of logs.
func poolTickAt(ctx context.Context, c ethereum.LogFilterer, pool common.Address, n uint64) (int64, error) {
	poolABI := bindings.NewUniswapV3Pool()
	parsed, err := bindings.UniswapV3PoolMetaData.ParseABI()
	if err != nil {
		return 0, err
	}
	topics := []common.Hash{parsed.Events["Swap"].ID, parsed.Events["Initialize"].ID}
	to, window := n, uint64(256)
	for searched := uint64(0); searched < tickLookback; {
		from := uint64(0)
		if to >= window {
			from = to - window + 1
		}
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{pool}, Topics: [][]common.Hash{topics}})
		if err != nil {
			return 0, fmt.Errorf("pool %s events in blocks %d..%d: %w", pool, from, to, err)
		}
		for i := len(logs) - 1; i >= 0; i-- {
			l := &logs[i]
			if l.Removed {
				continue
			}
			if ev, err := poolABI.UnpackSwapEvent(l); err == nil {
				return ev.Tick.Int64(), nil
			}
			if ev, err := poolABI.UnpackInitializeEvent(l); err == nil {
				return ev.Tick.Int64(), nil
			}
		}
		if from == 0 {
			break
		}
		searched += to - from + 1
		to, window = from-1, window*4
	}
	return 0, fmt.Errorf("pool %s: no Swap or Initialize event in the %d blocks up to %d", pool, tickLookback, n)
}
