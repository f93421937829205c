package lending

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/aavev3"
	"github.com/steward-agents/steward/chain/devchain"
)

// The activity's plan, as devchain.AaveActivity draws it (its unexported
// constants, mirrored; TestFastMatchesExact holds the two activities
// equal step by step, so a change there fails here).
const (
	actSupplierFunds  = 1_000_000 // whole debt tokens per supplier, × [0.5, 1.5)
	actCollateralMin  = 20        // whole collateral tokens a borrower supplies, in [min, max)
	actCollateralMax  = 200
	actBorrowFracMin  = 0.85 // a borrow takes this share of the borrowing power or more …
	actBorrowFracSpan = 0.145
)

// fastActivity is devchain.AaveActivity on the Go model: the same actors
// (their keys derive from the seed as there), the same plan and the same
// decisions, taken on the model's state at the head, and carried out in
// the next block in the order the embedded chain mines them (send order;
// the agent's transaction, sent earlier, first).
type fastActivity struct {
	prices     []*big.Int
	col, debt  devchain.AaveMarketReserve
	suppliers  []fastSupplier
	borrowers  []*fastBorrower
	liquidator common.Address
	topUp      int
	next       int
	lastPrice  *big.Int
}

type fastSupplier struct {
	addr  common.Address
	funds *big.Int
}

type fastBorrower struct {
	addr       common.Address
	collateral *big.Int
	openAt     int
	rng        *rand.Rand
	opened     bool
}

// actorAddress is the address of the activity's actor with seed, role and index.
func actorAddress(seed uint64, role string, i int) common.Address {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint64(b[8:], uint64(i))
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("steward aave activity"), []byte(role), b[:]))
	if err != nil {
		panic(fmt.Sprintf("aave actor key: %v", err)) // keccak256 is a valid key but with negligible probability
	}
	return addressOf(key)
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// newFastActivity draws the plan of seed, with devchain's defaults (3
// suppliers, 10 borrowers opening one a step, 3 % top-up chance).
func newFastActivity(prices []*big.Int, seed uint64, col, debt devchain.AaveMarketReserve) *fastActivity {
	a := &fastActivity{prices: prices, col: col, debt: debt, topUp: devchain.DefaultAaveTopUpPercent}
	plan := rand.New(rand.NewPCG(seed, 0))
	n := devchain.DefaultAaveBorrowers
	openSteps := min(n, len(prices))
	for i := range n {
		hundredths := actCollateralMin*100 + plan.Int64N((actCollateralMax-actCollateralMin)*100)
		amount := new(big.Int).Div(new(big.Int).Mul(big.NewInt(hundredths), unit(col.Decimals)), big.NewInt(100))
		a.borrowers = append(a.borrowers, &fastBorrower{addr: actorAddress(seed, "borrower", i), collateral: amount,
			openAt: i * openSteps / n, rng: rand.New(rand.NewPCG(seed, uint64(i)+1))})
	}
	for i := range devchain.DefaultAaveSuppliers {
		funds := new(big.Int).Mul(big.NewInt(int64(float64(actSupplierFunds)*(0.5+plan.Float64()))), unit(debt.Decimals))
		a.suppliers = append(a.suppliers, fastSupplier{addr: actorAddress(seed, "supplier", i), funds: funds})
	}
	a.liquidator = actorAddress(seed, "liquidator", 0)
	return a
}

func unit(decimals uint8) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
}

// fastAction is one transaction of a step.
type fastAction struct {
	kind   string // "supply", "borrow", "liquidationCall"
	user   common.Address
	amount *big.Int
	hf     *big.Int // the health factor the liquidator saw
}

// step takes the activity's next step on f, as AaveActivity.Step does.
func (a *fastActivity) step(f *fastMarket) (devchain.AaveStep, error) {
	i := a.next
	a.next++
	s := devchain.AaveStep{Index: i, Price: new(big.Int).Set(a.prices[i])}
	if a.lastPrice == nil || a.lastPrice.Cmp(s.Price) != 0 {
		h, err := f.newBlock()
		if err != nil {
			return s, err
		}
		if err := f.m.SetPrice(a.col.Asset, *uint256.MustFromBig(s.Price)); err != nil {
			return s, fmt.Errorf("step %d: set the price: %w", i, err)
		}
		a.lastPrice, s.PriceBlock = s.Price, h.Number.Uint64()
	}
	acts, err := a.decide(f, &s)
	if err != nil {
		return s, fmt.Errorf("step %d: %w", i, err)
	}
	if len(acts) == 0 {
		return s, nil
	}
	if _, err := f.newBlock(); err != nil {
		return s, err
	}
	for _, act := range acts {
		err := f.carryOut(a, act, &s)
		switch {
		case err != nil && act.kind == "supply":
			return s, fmt.Errorf("step %d: supply by %s: %w", i, act.user.Hex(), err)
		case err != nil:
			// The pool refuses it in its block, as on chain: the state it
			// was decided on changed (the agent's change came first).
			s.Refused = append(s.Refused, devchain.AaveRefused{User: act.user, What: act.kind, Reason: err.Error()})
		}
	}
	// The liquidator reads the health factor after once the block is mined.
	for k := range s.Liquidations {
		acct, err := f.m.UserAccountData(s.Liquidations[k].User)
		if err != nil {
			return s, err
		}
		s.Liquidations[k].HealthFactorAfter = acct.HealthFactor.ToBig()
	}
	return s, nil
}

// decide is what the actors send in the step, decided on the head's state.
func (a *fastActivity) decide(f *fastMarket, s *devchain.AaveStep) ([]fastAction, error) {
	debtData, err := f.m.ReserveData(a.debt.Asset)
	if err != nil {
		return nil, err
	}
	liquidity, debtPrice := debtData.AvailableLiquidity.ToBig(), debtData.Price.ToBig()
	debtUnit := unit(a.debt.Decimals)
	var acts []fastAction
	for _, b := range a.borrowers {
		// Drawn every step whatever happens, as devchain's borrowers draw them.
		topUp := b.rng.IntN(100) < a.topUp
		share := actBorrowFracMin + actBorrowFracSpan*b.rng.Float64()
		if !b.opened {
			if b.openAt != s.Index {
				continue
			}
			s.Opened = append(s.Opened, b.addr)
			acts = append(acts, fastAction{kind: "supply", user: b.addr, amount: b.collateral})
			b.opened = true
			continue
		}
		acct, err := f.m.UserAccountData(b.addr)
		if err != nil {
			return nil, err
		}
		hasDebt := !acct.TotalDebtBase.IsZero()
		if hasDebt && acct.HealthFactor.Lt(uint256.NewInt(1e18)) {
			acts = append(acts, fastAction{kind: "liquidationCall", user: b.addr, hf: acct.HealthFactor.ToBig()})
			continue
		}
		if hasDebt && !topUp {
			continue
		}
		amount := new(big.Int).Mul(acct.AvailableBorrowsBase.ToBig(), big.NewInt(int64(share*1e6)))
		amount.Mul(amount, debtUnit)
		amount.Div(amount, new(big.Int).Mul(debtPrice, big.NewInt(1e6)))
		if most := new(big.Int).Div(new(big.Int).Mul(liquidity, big.NewInt(9)), big.NewInt(10)); amount.Cmp(most) > 0 {
			amount = most
		}
		if amount.Sign() <= 0 {
			continue
		}
		liquidity.Sub(liquidity, amount)
		acts = append(acts, fastAction{kind: "borrow", user: b.addr, amount: amount})
	}
	return acts, nil
}

// supplyAll has the suppliers lend their funds, as the activity's set-up does.
func (a *fastActivity) supplyAll(m *aavev3.Market) error {
	for _, s := range a.suppliers {
		if err := m.Supply(aavev3.SupplyParams{Asset: a.debt.Asset, OnBehalfOf: s.addr, Amount: *uint256.MustFromBig(s.funds)}); err != nil {
			return fmt.Errorf("supplier %s: %w", s.addr.Hex(), err)
		}
	}
	return nil
}

func (a *fastActivity) borrowerAddrs() []common.Address {
	out := make([]common.Address, len(a.borrowers))
	for i, b := range a.borrowers {
		out[i] = b.addr
	}
	return out
}
