package synthetic

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/devchain"
)

// The Aave v3 Polygon reserves the shared data records: USDC.e (6
// decimals) and WETH (18 decimals). Generated Aave events use them.
const (
	usdcReserveHex = "0x2791bca1f2de4661ed88a30c99a7a9449aa84174"
	wethReserveHex = "0x7ceb23fd6bc0add59e62ac25578270cff1b9f619"
)

// generatorStartTick is where GenerateUniswap's price starts: the mainnet
// USDC/WETH 5 bps pool's tick on 2024-01-05 (about 2,270 USDC per WETH).
const generatorStartTick = 199_000

// GenerateUniswap makes n plausible Uniswap v3 USDC/WETH pool events from
// seed — 98 % swaps along a random walk of the price from tick 199,000,
// 1 % mints and 1 % burns, about the recorded day's mix — for when no
// recording is given. The same seed gives the same events.
func GenerateUniswap(seed uint64, n int) []Event {
	rng := rand.New(rand.NewPCG(seed, 0x756e6973776170)) // "uniswap"
	traders, routers := accounts(seed, "trader", 256), accounts(seed, "router", 4)
	tick := int32(generatorStartTick)
	liquidity := 1.2e19
	out := make([]Event, 0, n)
	for range n {
		trader, router := traders[rng.IntN(len(traders))], routers[rng.IntN(len(routers))]
		tick += int32(rng.IntN(21)) - 10
		tick = min(max(tick, generatorStartTick-20_000), generatorStartTick+20_000) // stays a USDC/WETH price
		// token1 (WETH wei) per token0 (USDC micro-units) is 1.0001^tick.
		price := math.Pow(1.0001, float64(tick))
		weth := math.Exp(rng.Float64()*math.Log(1e5)) * 1e15 // 0.001 to 100 WETH, log-uniform
		usdc := weth / price
		var e Event
		var err error
		switch r := rng.IntN(100); {
		case r < 98:
			sign := int64(1)
			if rng.IntN(2) == 0 {
				sign = -1
			}
			e, err = swapEvent(router, trader, PoolEvent{Kind: Swap,
				Amount0: bigOf(-float64(sign) * usdc), Amount1: bigOf(float64(sign) * weth),
				SqrtPriceX96: devchain.SqrtPriceX96AtTick(tick), Liquidity: bigOf(liquidity * (0.9 + 0.2*rng.Float64())), Tick: tick})
		default:
			kind := Mint
			if r == 99 {
				kind = Burn
			}
			width := int32(10 * (1 + rng.IntN(200)))
			lower := tick/10*10 - width
			e, err = positionEvent(kind, router, trader, PoolEvent{Kind: kind, Amount0: bigOf(usdc), Amount1: bigOf(weth),
				TickLower: lower, TickUpper: lower + 2*width, PositionLiquidity: bigOf(weth * 1e3)})
		}
		if err != nil {
			panic(err) // the values above are in range by construction; TestGenerate checks many seeds
		}
		out = append(out, e)
	}
	return out
}

// GenerateAave makes n plausible Aave v3 pool events from seed, on the
// USDC.e and WETH reserves of the Polygon market: Supply 39 %, Withdraw
// 37 %, Repay 11 % and Borrow 10 % (the recorded 2024-01-06 mix) and
// LiquidationCall 3 % (the recording holds none). Only, when given,
// keeps those kinds (the mix among them is kept). The same seed gives the
// same events.
func GenerateAave(seed uint64, n int, only ...Kind) []Event {
	rng := rand.New(rand.NewPCG(seed, 0x61617665)) // "aave"
	users, liquidators := accounts(seed, "trader", 256), accounts(seed, "liquidator", 8)
	usdcReserve, wethReserve := common.HexToAddress(usdcReserveHex), common.HexToAddress(wethReserveHex)
	out := make([]Event, 0, n)
	for len(out) < n {
		user := users[rng.IntN(len(users))]
		reserve, amount := usdcReserve, math.Exp(rng.Float64()*math.Log(1e5))*10*1e6 // 10 to 1M USDC
		if rng.IntN(3) == 0 {
			reserve, amount = wethReserve, math.Exp(rng.Float64()*math.Log(5e4))*1e16 // 0.01 to 500 WETH
		}
		var kind Kind
		switch r := rng.IntN(100); {
		case r < 39:
			kind = Supply
		case r < 76:
			kind = Withdraw
		case r < 87:
			kind = Repay
		case r < 97:
			kind = Borrow
		default:
			kind = LiquidationCall
		}
		if len(only) > 0 && !slices.Contains(only, kind) {
			continue
		}
		topic0 := kinds()[kind].topic0
		var e Event
		switch kind {
		case Supply: // reserve, onBehalfOf, referralCode indexed; user, amount
			e = Event{Kind: kind, Topics: []common.Hash{topic0, addressWord(reserve), addressWord(user), {}},
				Data: words(addressWord(user), uintWord(bigOf(amount)))}
		case Withdraw: // reserve, user, to indexed; amount
			e = Event{Kind: kind, Topics: []common.Hash{topic0, addressWord(reserve), addressWord(user), addressWord(user)},
				Data: words(uintWord(bigOf(amount)))}
		case Repay: // reserve, user, repayer indexed; amount, useATokens
			useATokens := int64(0)
			if rng.IntN(10) == 0 {
				useATokens = 1
			}
			e = Event{Kind: kind, Topics: []common.Hash{topic0, addressWord(reserve), addressWord(user), addressWord(user)},
				Data: words(uintWord(bigOf(amount)), uintWord(big.NewInt(useATokens)))}
		case Borrow: // reserve, onBehalfOf, referralCode indexed; user, amount, interestRateMode (2: variable), borrowRate (ray)
			rate := (0.03 + 0.12*rng.Float64()) * 1e27
			e = Event{Kind: kind, Topics: []common.Hash{topic0, addressWord(reserve), addressWord(user), {}},
				Data: words(addressWord(user), uintWord(bigOf(amount)), uintWord(big.NewInt(2)), uintWord(bigOf(rate)))}
		case LiquidationCall: // collateralAsset, debtAsset, user indexed; debtToCover, liquidatedCollateralAmount, liquidator, receiveAToken
			debt := math.Exp(rng.Float64()*math.Log(500)) * 100 * 1e6 // 100 to 50,000 USDC
			collateral := debt * 1e12 / 2270 * 1.05                   // WETH at ~2,270 USDC, 5 % bonus
			e = Event{Kind: kind, Topics: []common.Hash{topic0, addressWord(wethReserve), addressWord(usdcReserve), addressWord(user)},
				Data: words(uintWord(bigOf(debt)), uintWord(bigOf(collateral)), addressWord(liquidators[rng.IntN(len(liquidators))]), common.Hash{})}
		}
		out = append(out, e)
	}
	return out
}

// bigOf is a float's integer part (generated amounts only).
func bigOf(f float64) *big.Int {
	v, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return v
}

func words(ws ...common.Hash) []byte {
	out := make([]byte, 0, 32*len(ws))
	for _, w := range ws {
		out = append(out, w[:]...)
	}
	return out
}
