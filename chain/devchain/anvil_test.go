package devchain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// TestStackOnAnvil deploys the stack onto anvil, an external node, with
// the same code the embedded chain uses, and runs one guarded re-range end
// to end with the pipeline's encoding: an authorised agent commits a record
// root and moves the vault's range in one transaction; a step too large is
// refused with the guard's named error, decoded from anvil's answer.
func TestStackOnAnvil(t *testing.T) {
	tests := []struct {
		name      string
		blockTime time.Duration // 0 = automine
	}{
		{"automine", 0},
		{"interval mining", 200 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			node := anviltest.Start(t, anviltest.Options{BlockTime: tt.blockTime})
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cl, keys := node.Client(), node.Keys()
			op, err := NewOperator(ctx, OperatorConfig{Client: cl, Key: keys[0], ChainID: node.ChainID(),
				Flush: func(ctx context.Context) error { return node.Mine(ctx, 1) }})
			if err != nil {
				t.Fatal(err)
			}
			d, err := op.Deploy(ctx, DeployParams{StartTick: 199000, MarketLow: 198000, MarketHigh: 200500})
			if err != nil {
				t.Fatalf("deploy on anvil: %v", err)
			}
			pool, token, guard := bindings.NewUniswapV3Pool(), bindings.NewTestToken(), bindings.NewParameterGuard()
			if got := call(t, cl, d.Pool, pool.PackToken0(), pool.UnpackToken0); got != d.Token0 {
				t.Errorf("pool.token0 = %s, want %s", got, d.Token0)
			}
			if sym := call(t, cl, d.Token0, token.PackSymbol(), token.UnpackSymbol); sym != "tUSDC" {
				t.Errorf("token0 is %s, want tUSDC", sym)
			}
			if tick := call(t, cl, d.Pool, pool.PackSlot0(), pool.UnpackSlot0).Tick.Int64(); tick != 199000 {
				t.Errorf("pool tick = %d, want 199000", tick)
			}

			// The market moves through DevTrader.
			if _, err := op.MarketStep(ctx, d, 199400); err != nil {
				t.Fatal(err)
			}
			if tick := call(t, cl, d.Pool, pool.PackSlot0(), pool.UnpackSlot0).Tick.Int64(); tick < 199390 || tick > 199410 {
				t.Errorf("pool tick after MarketStep(199400) = %d", tick)
			}

			a := agent{key: keys[1], addr: crypto.PubkeyToAddress(keys[1].PublicKey)}
			model := crypto.Keccak256Hash([]byte("range model v1"))
			if err := op.Authorize(ctx, d, a.addr, model); err != nil {
				t.Fatal(err)
			}
			head, err := cl.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			tree, action := rangeAction(t, d, a.addr, model, head, 199400)

			// tickLower 198000 → 194000 is a 4000-tick step; the guard allows 3000.
			_, err = cl.EstimateGas(ctx, ethereum.CallMsg{From: a.addr, To: &d.Guard,
				Data: guard.PackCommitAndApply(tree.Root(), action(194000, 200500))})
			data, ok := contracts.RevertData(err)
			if !ok {
				t.Fatalf("estimate of a too large step = %v, want revert data", err)
			}
			var re *contracts.RevertError
			if err := contracts.DecodeRevert(data); !errors.As(err, &re) || re.Name != "StepTooLarge" || re.Contract != "ParameterGuard" {
				t.Fatalf("decoded revert = %v, want ParameterGuard.StepTooLarge", err)
			}
			t.Logf("anvil's refusal, decoded: %v", re)

			receipt := sendTxOn(ctx, t, cl, node.ChainID(), a, d.Guard, guard.PackCommitAndApply(tree.Root(), action(197500, 200500)))
			t.Logf("commitAndApply on anvil: block %d, gas %d", receipt.BlockNumber, receipt.GasUsed)
			vault := bindings.NewRangeVault()
			pos := call(t, cl, d.Vault, vault.PackPosition(), vault.UnpackPosition)
			if pos.TickLower.Int64() != 197500 || pos.TickUpper.Int64() != 200500 || pos.Liquidity.Cmp(big.NewInt(DefaultLiquidity)) != 0 {
				t.Fatalf("vault position = [%s, %s) %s", pos.TickLower, pos.TickUpper, pos.Liquidity)
			}
			reg := bindings.NewInferenceRegistry()
			if !call(t, cl, d.Registry, reg.PackIsAuthorized(a.addr, model), reg.UnpackIsAuthorized) {
				t.Error("agent not authorised")
			}
		})
	}
}

func TestDeployParamsValidation(t *testing.T) {
	tests := []struct {
		name string
		p    DeployParams
		want string
	}{
		{"start tick beyond the range", DeployParams{StartTick: MaxTick}, "DeployParams.StartTick 887272"},
		{"market upside down", DeployParams{StartTick: 10, MarketLow: 100, MarketHigh: -100}, "MarketLow 100 is above MarketHigh -100"},
		{"no step", DeployParams{UpperBounds: Bounds{Min: -5, Max: 5}}, "DeployParams.UpperBounds.MaxStep 0"},
		{"too much liquidity", DeployParams{Liquidity: new(big.Int).Lsh(big.NewInt(1), 120)}, "DeployParams.Liquidity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.withDefaults().validate()
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("validate = %v, want ErrInvalidConfig mentioning %q", err, tt.want)
			}
		})
	}
}

// A transaction the node leaves pending (here: anvil with automine off, as
// its automine sometimes does, foundry-rs/foundry#10122) is flushed by the
// operator's Flush hook after FlushAfter; without the hook Wait would block
// until its context ends.
func TestOperatorFlushesALingeringTransaction(t *testing.T) {
	node := anviltest.Start(t, anviltest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	flushes := 0
	op, err := NewOperator(ctx, OperatorConfig{Client: node.Client(), Key: node.Keys()[0], ChainID: node.ChainID(),
		FlushAfter: 50 * time.Millisecond,
		Flush:      func(ctx context.Context) error { flushes++; return node.Mine(ctx, 1) }})
	if err != nil {
		t.Fatal(err)
	}
	to := crypto.PubkeyToAddress(node.Keys()[1].PublicKey)
	tx, err := op.Send(ctx, &to, nil, 21_000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := op.Wait(ctx, tx); err != nil {
		t.Fatalf("wait: %v", err)
	}
	if flushes == 0 {
		t.Fatal("the transaction was mined without a flush, so this test proves nothing")
	}

	short, cancelShort := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancelShort()
	noFlush, err := NewOperator(ctx, OperatorConfig{Client: node.Client(), Key: node.Keys()[2], ChainID: node.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	tx, err = noFlush.Send(ctx, &to, nil, 21_000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := noFlush.Wait(short, tx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("wait without flush = %v, want the deadline", err)
	}
}

func TestOperatorConfigRefusesNegativeFlushAfter(t *testing.T) {
	key, _ := crypto.GenerateKey()
	sim := simulated.NewBackend(nil)
	defer sim.Close()
	_, err := NewOperator(context.Background(), OperatorConfig{Client: sim.Client(), Key: key, ChainID: big.NewInt(1337), FlushAfter: -time.Second})
	if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), "FlushAfter") {
		t.Fatalf("err = %v, want ErrInvalidConfig naming FlushAfter", err)
	}
}
