package devchain

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// TestAaveOnAnvil deploys the Aave market beside the stack on anvil, an
// external node, with the code the embedded chain uses; moves the oracle;
// applies a guarded change through the steward; has a change breaking
// Aave's invariant refused with Aave's named reason, decoded from anvil's
// answer; and runs a few steps of the activity down the crash.
func TestAaveOnAnvil(t *testing.T) {
	node := anviltest.Start(t, anviltest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
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
	start := time.Now()
	m, err := op.DeployAave(ctx, AaveParams{Guard: d.Guard})
	if err != nil {
		t.Fatalf("deploy aave on anvil: %v", err)
	}
	t.Logf("Aave market on anvil: %d gas in %s", m.Gas, time.Since(start).Round(time.Millisecond))
	weth, _ := m.Reserve("dWETH")

	price := big.NewInt(2_000_00000000)
	if _, err := op.SetPrice(ctx, m, weth.Asset, price); err != nil {
		t.Fatal(err)
	}
	oracle := bindings.NewAaveOracle()
	if got := call(t, cl, m.Oracle, oracle.PackGetAssetPrice(weth.Asset), oracle.UnpackGetAssetPrice); got.Cmp(price) != 0 {
		t.Fatalf("oracle price %s after SetPrice(%s)", got, price)
	}
	if _, err := op.SetPrice(ctx, m, common.HexToAddress("0x1234"), price); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("SetPrice of a non-reserve: %v, want ErrInvalidConfig", err)
	}

	a := agent{key: keys[1], addr: crypto.PubkeyToAddress(keys[1].PublicKey)}
	model := crypto.Keccak256Hash([]byte("aave risk model v1"))
	if err := op.Authorize(ctx, d, a.addr, model); err != nil {
		t.Fatal(err)
	}
	agentOp, err := NewOperator(ctx, OperatorConfig{Client: cl, Key: a.key, ChainID: node.ChainID(),
		Flush: func(ctx context.Context) error { return node.Mine(ctx, 1) }})
	if err != nil {
		t.Fatal(err)
	}
	e := &aaveEnv{t: t, cl: cl, m: m, agent: agentOp, model: model, weth: weth}
	e.usdc, _ = m.Reserve("dUSDC")

	r, err := agentOp.send(ctx, &m.Guard, e.guarded(ctx, map[string]int64{"dWETH.ltv": 7800, "dWETH.borrowCap": 2_000_000}))
	if err != nil {
		t.Fatalf("guarded change on anvil: %v", err)
	}
	t.Logf("guarded change on anvil: %d gas", r.GasUsed)
	cfg, err := AaveReserveConfig(ctx, cl, m, weth.Asset)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.LTV != 7800 || cfg.LiquidationThreshold != ethWETHLiquidationThreshold || cfg.BorrowCap != 2_000_000 {
		t.Fatalf("dWETH on anvil after the change: %+v", cfg)
	}
	_, err = agentOp.EstimateGas(ctx, &m.Guard, e.guarded(ctx, map[string]int64{"dUSDC.liquidationThreshold": 7400}))
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Contract != "Aave" || re.Name != "INVALID_RESERVE_PARAMS" {
		t.Fatalf("threshold below LTV on anvil: %v, want Aave.INVALID_RESERVE_PARAMS", err)
	}
	t.Logf("anvil's refusal, decoded: %v", re)

	// The activity on anvil: the crash path's slide and drop, every 40th block.
	var path []*big.Int
	for i, p := range WETHCrashPath() {
		if i%40 == 0 && i < 1000 {
			path = append(path, p)
		}
	}
	act, err := op.NewAaveActivity(ctx, AaveActivityConfig{Market: m, Prices: path, Seed: 3, Borrowers: 4, TopUpPercent: 20})
	if err != nil {
		t.Fatal(err)
	}
	steps, err := act.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var borrows, liquidations int
	for _, s := range steps {
		borrows += len(s.Borrows)
		liquidations += len(s.Liquidations)
	}
	t.Logf("activity on anvil: %d steps, %d borrows, %d liquidations", len(steps), borrows, liquidations)
	if borrows < 4 || liquidations == 0 {
		t.Errorf("%d borrows and %d liquidations on anvil, want ≥ 4 and > 0", borrows, liquidations)
	}
}
