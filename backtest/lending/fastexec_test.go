package lending

import (
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/aavev3"
	"github.com/steward-agents/steward/chain/contracts"
)

// TestFastCapCoversUsage: the fast executor refuses a non-zero cap below
// the reserve's usage in whole tokens rounded up, as AaveRiskSteward's
// CapBelowUsage does, and takes a cap equal to it or 0 (no cap).
func TestFastCapCoversUsage(t *testing.T) {
	f := &fastMarket{addrs: fastMarketAddrs()}
	m, err := aavev3.New(aavev3.Config{Treasury: fastAddress("treasury"), Timestamp: genesisTime})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range f.addrs.Reserves {
		if err := m.AddReserve(reserveParams(r)); err != nil {
			t.Fatal(err)
		}
	}
	f.m = m
	e := newFastExecutor(f)
	weth, _ := f.addrs.Reserve("dWETH")
	usdc, _ := f.addrs.Reserve("dUSDC")
	user := fastAddress("user")
	whole := func(n uint64, decimals uint8) uint256.Int {
		return *new(uint256.Int).Mul(uint256.NewInt(n), new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(decimals))))
	}
	for _, s := range []aavev3.SupplyParams{{Asset: weth.Asset, OnBehalfOf: user, Amount: whole(900, 18)}, {Asset: usdc.Asset, OnBehalfOf: user, Amount: whole(4_000_000, 6)}} {
		if err := m.Supply(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Borrow(aavev3.BorrowParams{Asset: weth.Asset, User: user, Amount: whole(700, 18)}); err != nil {
		t.Fatal(err)
	}
	// A block on: 900 and 700 dWETH and the interest accrued, 901 and 701 rounded up.
	if err := m.SetTimestamp(genesisTime + 12); err != nil {
		t.Fatal(err)
	}
	bundle := func(set map[string]int64) *fastBundle {
		p := &fastBundle{}
		for _, field := range []string{contracts.AaveSupplyCap, contracts.AaveBorrowCap} {
			if v, ok := set[field]; ok {
				p.params, p.values = append(p.params, contracts.Param(contracts.AaveParam("dWETH", field))), append(p.values, v)
			}
		}
		return p
	}
	for _, tc := range []struct {
		name string
		set  map[string]int64
		want string // "" when accepted
	}{
		{"supply cap below usage", map[string]int64{contracts.AaveSupplyCap: 900}, `AaveRiskSteward.CapBelowUsage(param="dWETH.supplyCap", cap=900, usage=901)`},
		{"borrow cap below usage", map[string]int64{contracts.AaveBorrowCap: 700}, `AaveRiskSteward.CapBelowUsage(param="dWETH.borrowCap", cap=700, usage=701)`},
		{"caps at usage rounded up", map[string]int64{contracts.AaveSupplyCap: 901, contracts.AaveBorrowCap: 701}, ""},
		{"no caps", map[string]int64{contracts.AaveSupplyCap: 0, contracts.AaveBorrowCap: 0}, ""},
	} {
		err := e.configure(m.Clone(), bundle(tc.set))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want accepted", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
}
