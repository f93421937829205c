package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// Guard bounds used by every test: both ticks within ±20000 of tick 0,
// at most 3000 per change, one change per 2 blocks.
const (
	boundRange    = 20000
	boundMaxStep  = 3000
	boundCooldown = 2
	rootTTL       = 16 // blocks a committed root backs actions
	initialLower  = -1000
	initialUpper  = 1000
	feeTier       = 500
	vaultLiq      = 1_000_000_000_000 // liquidity per vault position
)

var (
	tickLower = contracts.Param("tickLower")
	tickUpper = contracts.Param("tickUpper")
	// ABIs, for packing calls and unpacking results.
	registryABI = bindings.NewInferenceRegistry()
	guardABI    = bindings.NewParameterGuard()
	vaultABI    = bindings.NewRangeVault()
	traderABI   = bindings.NewDevTrader()
	tokenABI    = bindings.NewTestToken()
	factoryABI  = bindings.NewUniswapV3Factory()
	poolABI     = bindings.NewUniswapV3Pool()
)

type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// env is a simulated Prague chain with the whole stack deployed: tokens,
// the real Uniswap v3 factory and a fee-500 pool at tick 0 with base
// liquidity from DevTrader, the registry, the guard (a committer) and the
// vault with its bounds. The agent is authorised for model.
type env struct {
	t        *testing.T
	sim      *simulated.Backend
	client   simulated.Client
	owner    account
	agent    account
	other    account // funded, never authorised
	warden   account // the guard's guardian
	model    common.Hash
	token0   common.Address
	token1   common.Address
	factory  common.Address
	pool     common.Address
	trader   common.Address
	reg      common.Address
	verifier common.Address
	guard    common.Address
	vault    common.Address
}

func newAccount(t *testing.T, seed string) account {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	return account{key: key, addr: opts.From, opts: opts}
}

// pragueConfig is the dev chain config without the forks after Prague, so gas is priced as on mainnet today.
func pragueConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.OsakaTime, cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil, nil
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	return &cfg
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{
		t:      t,
		owner:  newAccount(t, "owner"),
		agent:  newAccount(t, "agent"),
		other:  newAccount(t, "other"),
		warden: newAccount(t, "guardian"),
		model:  crypto.Keccak256Hash([]byte("model")),
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	alloc := types.GenesisAlloc{}
	for _, a := range []account{e.owner, e.agent, e.other, e.warden} {
		alloc[a.addr] = types.Account{Balance: eth}
	}
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = pragueConfig() })
	t.Cleanup(func() { _ = e.sim.Close() })
	e.client = e.sim.Client()

	tokA := e.deploy(bindings.TestTokenMetaData.Bin, tokenABI.PackConstructor("Token A", "TKA", 18))
	tokB := e.deploy(bindings.TestTokenMetaData.Bin, tokenABI.PackConstructor("Token B", "TKB", 18))
	e.token0, e.token1 = tokA, tokB
	if tokB.Cmp(tokA) < 0 {
		e.token0, e.token1 = tokB, tokA
	}
	e.factory = e.deploy(bindings.UniswapV3FactoryMetaData.Bin, nil)
	e.send(e.owner, e.factory, factoryABI.PackCreatePool(e.token0, e.token1, big.NewInt(feeTier)))
	e.pool = call(e, e.factory, factoryABI.PackGetPool(e.token0, e.token1, big.NewInt(feeTier)), factoryABI.UnpackGetPool)
	e.send(e.owner, e.pool, poolABI.PackInitialize(new(big.Int).Lsh(big.NewInt(1), 96))) // price 1, tick 0

	e.trader = e.deploy(bindings.DevTraderMetaData.Bin, nil)
	lots := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	for _, tok := range []common.Address{e.token0, e.token1} {
		e.send(e.owner, tok, tokenABI.PackMint(e.trader, lots))
	}
	e.send(e.owner, e.trader, traderABI.PackMint(e.pool, big.NewInt(-60000), big.NewInt(60000), big.NewInt(1e18)))

	e.reg = e.deploy(bindings.InferenceRegistryMetaData.Bin, nil)
	e.verifier = e.deploy(bindings.MerkleVerifierMetaData.Bin, nil)
	e.guard = e.deploy(bindings.ParameterGuardMetaData.Bin, guardABI.PackConstructor(e.reg, e.verifier, e.warden.addr, rootTTL))
	e.send(e.owner, e.reg, registryABI.PackSetCommitter(e.guard, true))
	e.vault = e.deploy(bindings.RangeVaultMetaData.Bin, vaultABI.PackConstructor(e.pool, e.guard, big.NewInt(vaultLiq)))
	for _, tok := range []common.Address{e.token0, e.token1} {
		e.send(e.owner, tok, tokenABI.PackMint(e.vault, lots))
	}
	for param, initial := range map[[32]byte]int64{tickLower: initialLower, tickUpper: initialUpper} {
		e.send(e.owner, e.guard, guardABI.PackSetBounds(e.vault, param, defaultBounds(), big.NewInt(initial)))
	}
	e.send(e.owner, e.reg, registryABI.PackAuthorize(e.agent.addr, e.model, true))
	return e
}

// defaultBounds are the bounds every test starts with (no percent limit).
func defaultBounds() bindings.ParamBounds {
	return bindings.ParamBounds{Min: big.NewInt(-boundRange), Max: big.NewInt(boundRange),
		MaxStep: big.NewInt(boundMaxStep), CooldownBlocks: boundCooldown}
}

// deploy deploys bytecode (hex) with constructor input as the owner and mines it.
func (e *env) deploy(bin string, input []byte) common.Address {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(e.owner.opts, common.FromHex(bin), e.client, input)
	if err != nil {
		e.t.Fatalf("deploy: %v", contracts.DecodeError(err))
	}
	e.mined(tx)
	return addr
}

// send transacts data to `to` from `from`, mines it and fails the test unless it succeeded.
func (e *env) send(from account, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	// A fixed limit: estimates run against the latest block, and a Uniswap
	// action can cost more in the next one (a new oracle observation).
	opts := *from.opts
	opts.GasLimit = 10_000_000 // createPool deploys a pool: ~5M
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client), &opts, data)
	if err != nil {
		e.t.Fatalf("transact to %s: %v", to, contracts.DecodeError(err))
	}
	return e.mined(tx)
}

// transact signs and sends data to `to` (gas estimated by the node) without mining it.
func (e *env) transact(from account, to common.Address, data []byte) (*types.Transaction, error) {
	return bind.Transact(bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client), from.opts, data)
}

func (e *env) mined(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	// The pool promotes transactions in the background; a block sealed before
	// that would leave tx out.
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		e.t.Fatal(err)
	}
	devchain.WaitPending(context.Background(), e.client, from, tx.Nonce()+1, 5*time.Second)
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s failed (gas used %d of %d)", tx.Hash(), r.GasUsed, tx.Gas())
	}
	return r
}

// callAs runs an eth_call from `from` and returns the decoded revert (or nil on success).
func (e *env) callAs(from common.Address, to common.Address, data []byte) error {
	_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err == nil {
		return nil
	}
	return contracts.DecodeError(err)
}

func call[T any](e *env, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("call %s: %v", to, contracts.DecodeError(err))
	}
	v, err := unpack(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}
