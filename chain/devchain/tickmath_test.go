package devchain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

func TestSqrtPriceX96AtTickConstants(t *testing.T) {
	tests := []struct {
		tick int32
		want string
	}{
		{MinTick, "4295128739"}, // TickMath.MIN_SQRT_RATIO
		{MaxTick, "1461446703485210103287273052203988822378723970342"}, // TickMath.MAX_SQRT_RATIO
		{0, "79228162514264337593543950336"},                           // 2^96
	}
	for _, tt := range tests {
		if got := SqrtPriceX96AtTick(tt.tick).String(); got != tt.want {
			t.Errorf("SqrtPriceX96AtTick(%d) = %s, want %s", tt.tick, got, tt.want)
		}
	}
	for _, bad := range []int32{MinTick - 1, MaxTick + 1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("SqrtPriceX96AtTick(%d) did not panic", bad)
				}
			}()
			SqrtPriceX96AtTick(bad)
		}()
	}
}

// TestSqrtPriceX96AtTickMatchesPools pins every value exactly against the
// real Uniswap pool: initialised at SqrtPriceX96AtTick(t) a pool reports tick
// t, and one wei of price lower it reports t-1 (the pool's getTickAtSqrtRatio
// is the greatest tick whose price is ≤ the given one).
func TestSqrtPriceX96AtTickMatchesPools(t *testing.T) {
	deployer := newAgent(t, "pool deployer")
	c := newChain(t, Config{PriceTicks: []int32{0, 10}, Funded: []common.Address{deployer.addr}})
	ctx := context.Background()
	var nonce uint64
	send := func(to *common.Address, data []byte) common.Address {
		t.Helper()
		tx, err := types.SignNewTx(deployer.key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
			ChainID: c.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 8_000_000, To: to, Data: data,
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		nonce++
		return crypto.CreateAddress(deployer.addr, tx.Nonce())
	}
	mine := func() {
		t.Helper()
		WaitPending(ctx, c.Client(), deployer.addr, nonce, 5*time.Second)
		c.backend.commit()
	}

	tokenABI := bindings.NewTestToken()
	var tokens []common.Address
	for range 5 {
		tokens = append(tokens, send(nil, append(common.FromHex(bindings.TestTokenMetaData.Bin), tokenABI.PackConstructor("T", "T", 18)...)))
	}
	mine()

	type poolCase struct {
		tick     int32
		minusOne bool
	}
	var cases []poolCase
	for _, tick := range []int32{MinTick, -199000, -50001, -1, 0, 1, 7, 199010, 500000, MaxTick - 1} {
		cases = append(cases, poolCase{tick, false})
		if tick != MinTick { // one below MIN_SQRT_RATIO is refused by initialize
			cases = append(cases, poolCase{tick, true})
		}
	}
	factory := bindings.NewUniswapV3Factory()
	poolABI := bindings.NewUniswapV3Pool()
	d := c.Deployment()
	// One fresh pool per case: every (pair of tokens, fee tier) is a pool.
	type poolKey struct {
		a, b common.Address
		fee  int64
	}
	var keys []poolKey
	for i := range tokens {
		for j := i + 1; j < len(tokens); j++ {
			for _, fee := range []int64{500, 3000, 10000} {
				keys = append(keys, poolKey{tokens[i], tokens[j], fee})
			}
		}
	}
	var pools []common.Address
	for i := range cases {
		a, b, fee := keys[i].a, keys[i].b, keys[i].fee
		send(&d.Factory, factory.PackCreatePool(a, b, big.NewInt(fee)))
		mine()
		pools = append(pools, call(t, c.Client(), d.Factory, factory.PackGetPool(a, b, big.NewInt(fee)), factory.UnpackGetPool))
	}
	for i, pc := range cases {
		price := SqrtPriceX96AtTick(pc.tick)
		if pc.minusOne {
			price.Sub(price, big.NewInt(1))
		}
		send(&pools[i], poolABI.PackInitialize(price))
	}
	mine()
	for i, pc := range cases {
		slot0 := call(t, c.Client(), pools[i], poolABI.PackSlot0(), poolABI.UnpackSlot0)
		want := int64(pc.tick)
		if pc.minusOne {
			want--
		}
		if slot0.SqrtPriceX96.Sign() == 0 {
			t.Fatalf("pool %d (tick %d) not initialised", i, pc.tick)
		}
		if got := slot0.Tick.Int64(); got != want {
			t.Errorf("initialised at SqrtPriceX96AtTick(%d)%s: pool tick %d, want %d",
				pc.tick, map[bool]string{true: " - 1"}[pc.minusOne], got, want)
		}
	}
}
