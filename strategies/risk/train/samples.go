package train

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/steward-agents/steward/strategies/risk"
)

// The sampling of the training data. The agent sees one oracle price per
// step; the model is trained with one step every Every Ethereum blocks
// (48 s), a window of Window steps (24 min) and a horizon of Horizon steps.
const (
	Every   = 4
	Window  = 30
	Horizon = 30
	// BookSize is how many borrowers a drawn book holds.
	BookSize = 30
	// FullRiskShare is the share of debt pushed below a health factor of 1
	// within the horizon that counts as full risk (label 1).
	FullRiskShare = 0.2
	// liquidationThreshold is the collateral's threshold in a drawn book
	// (WETH's on Aave v3 Ethereum, 83 %), for its positions' collateral.
	liquidationThreshold = 0.83
)

// The held-out blocks: 2024-01-03 (7,200 blocks from 18923295, at 12 s a
// block), the day of the ETH sell-off the lending demo replays. Samples
// whose window or horizon touches them are neither trained nor validated on
// beside it.
const (
	HoldoutFirst = 18923295
	HoldoutLast  = 18930494
)

// Sample is one example: the features at a step and its label.
type Sample struct {
	Step     int // index into the stepped series
	Block    int64
	Features []float64
	Label    float64
	// Share is the share of the book's market's debt that the horizon's
	// lowest price pushes below a health factor of 1 (Label = min(1,
	// Share/FullRiskShare)).
	Share float64
}

// Stepped returns one price in USD every Every blocks of the cents series,
// and the block of each.
func Stepped(cents []int64) (prices []float64, blocks []int64) {
	for i := 0; i < len(cents); i += Every {
		prices = append(prices, float64(cents[i])/100)
		blocks = append(blocks, int64(FirstBlock+i))
	}
	return prices, blocks
}

// DrawBook draws a market's book: the mean m of its borrowers' health
// factors above 1 (uniform in [0.02, 0.4]: from a market crowded at the
// liquidation line to a calm one), and BookSize borrowers from it (health
// factors 1 + Exp(mean m), debts log-normal with σ uniform in [0.2, 2], σ
// setting concentration) — the borrowers the agent would see.
func DrawBook(rng *rand.Rand) (m float64, book []risk.Position) {
	m = 0.02 + 0.38*rng.Float64()
	sigma := 0.2 + 1.8*rng.Float64()
	book = make([]risk.Position, BookSize)
	for i := range book {
		hf := 1 + rng.ExpFloat64()*m
		debt := math.Exp(sigma * rng.NormFloat64())
		book[i] = risk.Position{Debt: debt, Collateral: debt * hf / liquidationThreshold, HealthFactor: hf}
	}
	return m, book
}

// LiquidatableShare is the share of a market's debt (health factors
// 1 + Exp(mean m)) whose health factor falls below 1 when the collateral's
// price moves by the factor move: health factors scale with the
// collateral's price (the debt is a stablecoin's), so it is
// P(hf < 1/move) = 1 − exp(−(1/move − 1)/m), and 0 when the price does
// not fall.
func LiquidatableShare(m, move float64) float64 {
	if move >= 1 {
		return 0
	}
	return 1 - math.Exp(-(1/move-1)/m)
}

// Samples builds one example per step with a full window behind it and a
// full horizon ahead: the features of the window with a drawn book and
// utilisation, labelled by the share of the book's market the horizon's
// lowest price would make liquidatable. seed fixes the books.
func Samples(prices []float64, blocks []int64, seed uint64) ([]Sample, error) {
	if len(prices) != len(blocks) || len(prices) < Window+Horizon {
		return nil, fmt.Errorf("train: %d prices and %d blocks: need equal lengths of at least %d", len(prices), len(blocks), Window+Horizon)
	}
	rng := rand.New(rand.NewPCG(seed, 0x41a7e))
	var out []Sample
	for i := Window - 1; i+Horizon < len(prices); i++ {
		m, book := DrawBook(rng)
		util := 0.2 + 0.75*rng.Float64()
		x, err := risk.Features(prices[i+1-Window:i+1], book, util)
		if err != nil {
			return nil, fmt.Errorf("train: step %d: %w", i, err)
		}
		low := prices[i+1]
		for _, p := range prices[i+1 : i+1+Horizon] {
			low = min(low, p)
		}
		share := LiquidatableShare(m, low/prices[i])
		out = append(out, Sample{Step: i, Block: blocks[i], Features: x, Share: share, Label: min(1, share/FullRiskShare)})
	}
	if len(out) == 0 {
		return nil, errors.New("train: no samples")
	}
	return out, nil
}

// touchesHoldout reports whether a sample's window or horizon overlaps the
// held-out blocks.
func touchesHoldout(s Sample) bool {
	from := s.Block - int64((Window-1)*Every)
	to := s.Block + int64(Horizon*Every)
	return from <= HoldoutLast && to >= HoldoutFirst
}

// inHoldout reports whether a sample's step lies in the held-out blocks
// with its window and horizon inside them too.
func inHoldout(s Sample) bool {
	from := s.Block - int64((Window-1)*Every)
	to := s.Block + int64(Horizon*Every)
	return from >= HoldoutFirst && to <= HoldoutLast
}
