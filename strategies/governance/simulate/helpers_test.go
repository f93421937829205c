package simulate

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/devchain"
)

// path is a market path for the embedded chain; its market plays no part here.
var path = []int32{199000, 199030, 199100}

// env is a node with the dev DAO deployed (the timelock holds 10,000,000
// dUSDC, 5,000 dWETH and 100 ETH) and the helper contracts the cases call.
type env struct {
	name   string
	rpc    *rpc.Client
	eth    *ethclient.Client
	g      devchain.Governance
	dep    devchain.Deployment
	traces bool // the node serves debug_traceCall
	// httpURL serves the node's JSON-RPC over HTTP (rpc is in process on
	// the embedded chain).
	httpURL string

	upgrader, silent, destructor, bouncer common.Address
}

// deployer is the key that deploys the helper contracts.
func deployerKey() *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("simulate test deployer")))
	if err != nil {
		panic(err)
	}
	return k
}

// newEmbedded is the embedded chain (in-process client) with the DAO.
func newEmbedded(t testing.TB) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key := deployerKey()
	c, err := devchain.New(ctx, devchain.Config{PriceTicks: path, Funded: []common.Address{crypto.PubkeyToAddress(key.PublicKey)},
		HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Stop)
	g, err := c.DeployGovernance(ctx, devchain.GovernanceParams{})
	if err != nil {
		t.Fatalf("deploy governance: %v", err)
	}
	cl, ok := c.Client().(*ethclient.Client)
	if !ok {
		t.Fatalf("devchain client is a %T, not an *ethclient.Client", c.Client())
	}
	e := &env{name: "embedded", rpc: cl.Client(), eth: cl, g: g, dep: c.Deployment()}
	e.httpURL, _ = c.Endpoints()
	op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{Client: cl, Key: key, ChainID: c.ChainID(),
		Mine: func(context.Context) error { c.Commit(); return nil }})
	if err != nil {
		t.Fatal(err)
	}
	e.deployHelpers(t, ctx, op, func() { c.Commit() })
	return e
}

// newAnvil is anvil with the stack and the DAO deployed through an
// Operator, as on any external node; the test is skipped without anvil.
func newAnvil(t testing.TB) *env {
	t.Helper()
	node := anviltest.Start(t, anviltest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{Client: node.Client(), Key: node.Keys()[0], ChainID: node.ChainID(),
		Flush: func(ctx context.Context) error { return node.Mine(ctx, 1) }})
	if err != nil {
		t.Fatal(err)
	}
	dep, err := op.Deploy(ctx, devchain.DeployParams{StartTick: 199000, MarketLow: 198000, MarketHigh: 200500})
	if err != nil {
		t.Fatalf("deploy on anvil: %v", err)
	}
	g, err := op.DeployGovernance(ctx, devchain.GovernanceParams{Guard: dep.Guard})
	if err != nil {
		t.Fatalf("deploy governance on anvil: %v", err)
	}
	e := &env{name: "anvil", rpc: node.RPC(), eth: node.Client(), g: g, dep: dep, traces: true, httpURL: node.HTTPURL()}
	e.deployHelpers(t, ctx, op, func() {})
	return e
}

// Runtime code of the helper contracts, written in bytecode because each
// does one thing no compiled contract of the repository does.
var (
	// upgraderCode stores calldata word 0 in the EIP-1967 implementation
	// slot and emits Upgraded(word 0), as an OpenZeppelin proxy does:
	//	PUSH1 0 CALLDATALOAD DUP1 PUSH32 slot SSTORE PUSH32 Upgraded PUSH1 0 PUSH1 0 LOG2 STOP
	upgraderCode = bytes.Join([][]byte{{0x60, 0x00, 0x35, 0x80, 0x7f}, implementationSlot.Bytes(), {0x55, 0x7f},
		topicUpgraded.Bytes(), {0x60, 0x00, 0x60, 0x00, 0xa2, 0x00}}, nil)
	// silentCode stores calldata word 0 in the implementation slot and
	// says nothing: an upgrade only the slot shows.
	//	PUSH1 0 CALLDATALOAD PUSH32 slot SSTORE STOP
	silentCode = bytes.Join([][]byte{{0x60, 0x00, 0x35, 0x7f}, implementationSlot.Bytes(), {0x55, 0x00}}, nil)
	// bouncerCode sends the value it gets back to its caller:
	//	PUSH1 0 PUSH1 0 PUSH1 0 PUSH1 0 CALLVALUE CALLER GAS CALL STOP
	bouncerCode = []byte{0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x34, 0x33, 0x5a, 0xf1, 0x00}
	// destructorCode self-destructs to its caller: CALLER SELFDESTRUCT.
	destructorCode = []byte{0x33, 0xff}
)

// creation wraps runtime code in init code that returns it:
// PUSH1 len DUP1 PUSH1 11 PUSH1 0 CODECOPY PUSH1 0 RETURN.
func creation(runtime []byte) []byte {
	return append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
}

func (e *env) deployHelpers(t testing.TB, ctx context.Context, op *devchain.Operator, mine func()) {
	t.Helper()
	for _, h := range []struct {
		at   *common.Address
		code []byte
	}{{&e.upgrader, upgraderCode}, {&e.silent, silentCode}, {&e.destructor, destructorCode}, {&e.bouncer, bouncerCode}} {
		tx, err := op.Send(ctx, nil, creation(h.code), 200_000)
		if err != nil {
			t.Fatal(err)
		}
		mine()
		r, err := op.Wait(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		*h.at = r.ContractAddress
	}
}

// logBuffer is a Logger whose lines a test can read.
func logBuffer() (*slog.Logger, *bytes.Buffer) {
	var buf bytes.Buffer
	return slog.New(slog.NewTextHandler(&buf, nil)), &buf
}

func wei(n int64, decimals int) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
}
