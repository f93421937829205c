package risk

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// poolLog builds a log of the Pool's event `name` as the contract emits
// it: indexed arguments in the topics, the others ABI-encoded in data.
func poolLog(t testing.TB, name string, args map[string]any) types.Log {
	t.Helper()
	a, err := bindings.PoolMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	ev := a.Events[name]
	topics := []common.Hash{ev.ID}
	var data []any
	for _, in := range ev.Inputs {
		v, ok := args[in.Name]
		if !ok {
			t.Fatalf("%s: no value for %s", name, in.Name)
		}
		if !in.Indexed {
			data = append(data, v)
			continue
		}
		tt, err := abi.MakeTopics([]any{v})
		if err != nil {
			t.Fatal(err)
		}
		topics = append(topics, tt[0][0])
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Topics: topics, Data: packed}
}

// TestTouchedAgreesWithTheABI: the topic reader names the same borrower
// as the generated ABI decoder for every position event, and nobody for
// the Pool's other events or a log of the wrong shape.
func TestTouchedAgreesWithTheABI(t *testing.T) {
	pool := bindings.NewPool()
	reserve, user, other, third := common.HexToAddress("0x11"), common.HexToAddress("0xA11CE"), common.HexToAddress("0xB0B"), common.HexToAddress("0xC0C")
	amount := big.NewInt(1_234_567)
	logs := []struct {
		log  types.Log
		want common.Address
		abi  func(*types.Log) (common.Address, error)
	}{
		{poolLog(t, "Supply", map[string]any{"reserve": reserve, "user": other, "onBehalfOf": user, "amount": amount, "referralCode": uint16(7)}), user,
			func(l *types.Log) (common.Address, error) {
				e, err := pool.UnpackSupplyEvent(l)
				return orZero(e, err, func() common.Address { return e.OnBehalfOf })
			}},
		{poolLog(t, "Borrow", map[string]any{"reserve": reserve, "user": other, "onBehalfOf": user, "amount": amount, "interestRateMode": uint8(2), "borrowRate": amount, "referralCode": uint16(0)}), user,
			func(l *types.Log) (common.Address, error) {
				e, err := pool.UnpackBorrowEvent(l)
				return orZero(e, err, func() common.Address { return e.OnBehalfOf })
			}},
		{poolLog(t, "Repay", map[string]any{"reserve": reserve, "user": user, "repayer": other, "amount": amount, "useATokens": true}), user,
			func(l *types.Log) (common.Address, error) {
				e, err := pool.UnpackRepayEvent(l)
				return orZero(e, err, func() common.Address { return e.User })
			}},
		{poolLog(t, "Withdraw", map[string]any{"reserve": reserve, "user": user, "to": other, "amount": amount}), user,
			func(l *types.Log) (common.Address, error) {
				e, err := pool.UnpackWithdrawEvent(l)
				return orZero(e, err, func() common.Address { return e.User })
			}},
		{poolLog(t, "LiquidationCall", map[string]any{"collateralAsset": reserve, "debtAsset": third, "user": user, "debtToCover": amount,
			"liquidatedCollateralAmount": amount, "liquidator": other, "receiveAToken": false}), user,
			func(l *types.Log) (common.Address, error) {
				e, err := pool.UnpackLiquidationCallEvent(l)
				return orZero(e, err, func() common.Address { return e.User })
			}},
	}
	for _, tc := range logs {
		got, ok := touched(&tc.log)
		byABI, err := tc.abi(&tc.log)
		if err != nil || !ok || got != tc.want || byABI != got {
			t.Errorf("topic %s: touched %s (%v), ABI %s (%v); want %s", tc.log.Topics[0], got, ok, byABI, err, tc.want)
		}
	}
	notPosition := []types.Log{
		poolLog(t, "ReserveUsedAsCollateralEnabled", map[string]any{"reserve": reserve, "user": user}),
		poolLog(t, "MintUnbacked", map[string]any{"reserve": reserve, "user": other, "onBehalfOf": user, "amount": amount, "referralCode": uint16(0)}),
		{Topics: logs[0].log.Topics[:3]}, // a Supply topic with a topic missing
		{},
	}
	dirty := logs[0].log
	dirty.Topics = append([]common.Hash(nil), dirty.Topics...)
	dirty.Topics[2][0] = 1 // the borrower's word is not an address
	notPosition = append(notPosition, dirty)
	for _, l := range notPosition {
		if who, ok := touched(&l); ok {
			t.Errorf("log %v: touched %s, want nobody", l.Topics, who)
		}
	}
}

func orZero[E any](e *E, err error, get func() common.Address) (common.Address, error) {
	if err != nil {
		return common.Address{}, err
	}
	return get(), nil
}

// BenchmarkTouched: the borrower of a Pool event, read from the topics
// and by the generated (reflecting) ABI decoder, in logs/s.
func BenchmarkTouched(b *testing.B) {
	l := poolLog(b, "Borrow", map[string]any{"reserve": common.HexToAddress("0x11"), "user": common.HexToAddress("0x22"),
		"onBehalfOf": common.HexToAddress("0x33"), "amount": big.NewInt(1), "interestRateMode": uint8(2), "borrowRate": big.NewInt(1), "referralCode": uint16(0)})
	b.Run("topics", func(b *testing.B) {
		for b.Loop() {
			if _, ok := touched(&l); !ok {
				b.Fatal("not touched")
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "logs/s")
	})
	b.Run("abigen", func(b *testing.B) {
		pool := bindings.NewPool()
		for b.Loop() {
			if _, err := pool.UnpackBorrowEvent(&l); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "logs/s")
	})
}
