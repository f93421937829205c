package devchain

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// osaka starts anvil with the newest hard fork anvil 1.7.1 runs ("latest"
// is Osaka's blob-parameter successor BPO1; "amsterdam" panics), named
// explicitly so that a newer anvil's default does not change the test.
var osaka = anviltest.Options{Args: []string{"--hardfork", "osaka"}}

// deployTxs is how many transactions a deploy from scratch sends: six
// creations, then createPool, the guard and two mints, then initialize, the
// vault and setCommitter, then the base liquidity, two mints and two bounds.
const deployTxs = 6 + 4 + 3 + 5

func TestGasWithMargin(t *testing.T) {
	tests := []struct {
		name          string
		estimate, gas uint64
	}{
		{"a transfer", 21_000, 21_000 + 4_200 + 20_000},
		{"an authorisation", 70_000, 70_000 + 14_000 + 20_000},
		{"the margin stops at the EIP-7825 cap", 14_000_000, maxTxGas},
		{"an estimate above the cap is kept", maxTxGas + 1, maxTxGas + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gasWithMargin(tt.estimate); got != tt.gas {
				t.Fatalf("gasWithMargin(%d) = %d, want %d", tt.estimate, got, tt.gas)
			}
		})
	}
}

// gasEnv is a deployed stack and what TestOperatorGas needs of its node.
type gasEnv struct {
	op      *Operator
	cl      *ethclient.Client
	chainID *big.Int
	dep     Deployment
	agent   agent
	start   func(ctx context.Context) // has blocks mined for the agent's transaction
}

// TestOperatorGas: every operator transaction gets an estimated gas limit,
// on the embedded chain (Prague rules) and on anvil with Osaka rules —
// deploy, authorise and a market step pass on both — and the gas of an
// authorisation, a market step and an agent's guarded re-range is logged
// for each.
func TestOperatorGas(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, ctx context.Context) gasEnv
	}{
		{"embedded chain", func(t *testing.T, ctx context.Context) gasEnv {
			a := newAgent(t, "agent")
			c := newChain(t, Config{PriceTicks: mainnetPath, Funded: []common.Address{a.addr}, BlockInterval: 20 * time.Millisecond})
			return gasEnv{op: c.op, cl: c.backend.client, chainID: c.ChainID(), dep: c.Deployment(), agent: a,
				start: func(ctx context.Context) {
					if err := c.Start(ctx); err != nil {
						t.Fatal(err)
					}
				}}
		}},
		{"anvil --hardfork osaka", func(t *testing.T, ctx context.Context) gasEnv {
			node := anviltest.Start(t, osaka)
			keys := node.Keys()
			op, err := NewOperator(ctx, OperatorConfig{Client: node.Client(), Key: keys[0], ChainID: node.ChainID(),
				Flush: func(ctx context.Context) error { return node.Mine(ctx, 1) }})
			if err != nil {
				t.Fatal(err)
			}
			d, err := op.Deploy(ctx, DeployParams{StartTick: 199000, MarketLow: 198000, MarketHigh: 200500})
			if err != nil {
				t.Fatalf("deploy on osaka anvil: %v", err)
			}
			return gasEnv{op: op, cl: node.Client(), chainID: node.ChainID(), dep: d,
				agent: agent{key: keys[1], addr: crypto.PubkeyToAddress(keys[1].PublicKey)}, start: func(context.Context) {}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			env := tt.setup(t, ctx)
			model := crypto.Keccak256Hash([]byte("range model v1"))

			auth, err := env.op.EnsureAuthorized(ctx, env.dep, env.agent.addr, model)
			if err != nil || auth == nil {
				t.Fatalf("EnsureAuthorized = %v, %v; want a receipt", auth, err)
			}
			if again, err := env.op.EnsureAuthorized(ctx, env.dep, env.agent.addr, model); err != nil || again != nil {
				t.Fatalf("EnsureAuthorized of an authorised agent = %v, %v; want no transaction", again, err)
			}
			step, err := env.op.MarketStep(ctx, env.dep, 199400)
			if err != nil {
				t.Fatal(err)
			}
			used := map[string][2]uint64{}
			for name, r := range map[string]*types.Receipt{"authorise": auth, "market step": step} {
				tx, _, err := env.cl.TransactionByHash(ctx, r.TxHash)
				if err != nil {
					t.Fatal(err)
				}
				// Estimated: at least what it used, and nowhere near the
				// fixed limits it once had (200,000 and 3,000,000).
				if tx.Gas() < r.GasUsed || tx.Gas() > gasWithMargin(2*r.GasUsed) {
					t.Errorf("%s: gas limit %d for %d used, want an estimate with margin", name, tx.Gas(), r.GasUsed)
				}
				used[name] = [2]uint64{r.GasUsed, tx.Gas()}
			}

			head, err := env.cl.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			tree, action := rangeAction(t, env.dep, env.agent.addr, model, head, 199400)
			env.start(ctx)
			data := bindings.NewParameterGuard().PackCommitAndApply(tree.Root(), action(197500, 200500))
			est, err := env.cl.EstimateGasAtBlock(ctx, ethereum.CallMsg{From: env.agent.addr, To: &env.dep.Guard, Data: data}, big.NewInt(-1))
			if err != nil {
				t.Fatalf("estimate the re-range: %v", contracts.DecodeError(err))
			}
			rr := sendTxOn(ctx, t, env.cl, env.chainID, env.agent, env.dep.Guard, data)
			t.Logf("gas used / limit: authorise %d / %d, market step %d / %d; re-range %d used, %d estimated",
				used["authorise"][0], used["authorise"][1], used["market step"][0], used["market step"][1], rr.GasUsed, est)
		})
	}
}

// TestEstimateRefusesARevertingTransaction: a transaction that would revert
// fails at estimation, with the contract's named error and what was being
// sent, and nothing is sent.
func TestEstimateRefusesARevertingTransaction(t *testing.T) {
	stranger := newAgent(t, "not the owner")
	c := newChain(t, Config{PriceTicks: mainnetPath, Funded: []common.Address{stranger.addr}})
	ctx := context.Background()
	op, err := NewOperator(ctx, OperatorConfig{Client: c.Client(), Key: stranger.key, ChainID: c.ChainID(),
		Mine: func(ctx context.Context) error { c.Commit(); return nil }})
	if err != nil {
		t.Fatal(err)
	}
	err = op.Authorize(ctx, c.Deployment(), stranger.addr, common.Hash{1})
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "NotOwner" || !strings.Contains(err.Error(), "authorize "+stranger.addr.Hex()) ||
		!strings.Contains(err.Error(), "estimate gas") {
		t.Fatalf("Authorize by a stranger = %v, want the registry's NotOwner at estimation, naming the authorisation", err)
	}
	if n, err := c.Client().PendingNonceAt(ctx, stranger.addr); err != nil || n != 0 || op.NextNonce() != 0 {
		t.Fatalf("the stranger's nonce is %d (operator: %d), %v: something was sent", n, op.NextNonce(), err)
	}
}

// stopAt passes progress lines to w and calls stop once a line holds marker:
// the test's way to interrupt a deploy at a chosen point.
type stopAt struct {
	mu     sync.Mutex
	w      bytes.Buffer
	marker string
	stop   context.CancelFunc
}

func (s *stopAt) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.marker != "" && bytes.Contains(p, []byte(s.marker)) {
		s.stop()
	}
	return s.w.Write(p)
}

func (s *stopAt) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}

// TestDeployResumes interrupts a deploy on anvil (Osaka) at several points
// and runs it again from its state file: the second run finishes, keeps
// every contract the first deployed (the operator's nonce advances by the
// 18 transactions of one deploy in all), and a third run sends nothing.
func TestDeployResumes(t *testing.T) {
	tests := []struct {
		name      string
		marker    string // the progress line that interrupts the first run
		firstSent int
		summary   string // how the second run describes the state it resumes
	}{
		{"after round 2 is saved", "round 3/4:", 10, "rounds 1-2 done; pool 0x"},
		{"in round 3, after pool.initialize is sent", "  pool.initialize(", 11, "rounds 1-2 done; pool 0x"},
		{"in round 3, after the vault's creation is sent", "  RangeVault ", 12, "rounds 1-2 done; pool 0x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			node := anviltest.Start(t, osaka)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cl, key := node.Client(), node.Keys()[0]
			owner := crypto.PubkeyToAddress(key.PublicKey)
			path := filepath.Join(t.TempDir(), "agent.deploy.json")
			deploy := func(ctx context.Context, progress *stopAt) (Deployment, error) {
				t.Helper()
				st, err := OpenDeployState(path, node.ChainID(), owner)
				if err != nil {
					t.Fatal(err)
				}
				op, err := NewOperator(ctx, OperatorConfig{Client: cl, Key: key, ChainID: node.ChainID(),
					Flush: func(ctx context.Context) error { return node.Mine(ctx, 1) }})
				if err != nil {
					t.Fatal(err)
				}
				return op.Deploy(ctx, DeployParams{StartTick: 199000, State: st, Progress: progress})
			}
			// The pending nonce counts what was sent: anvil's automine may
			// not have mined the last transaction when the run is cancelled.
			nonce := func() uint64 {
				t.Helper()
				n, err := cl.PendingNonceAt(ctx, owner)
				if err != nil {
					t.Fatal(err)
				}
				return n
			}

			runCtx, stop := context.WithCancel(ctx)
			first := &stopAt{marker: tt.marker, stop: stop}
			if _, err := deploy(runCtx, first); !errors.Is(err, context.Canceled) {
				t.Fatalf("interrupted deploy = %v, want context.Canceled; output:\n%s", err, first)
			}
			stop()
			if got := nonce(); got != uint64(tt.firstSent) {
				t.Fatalf("the interrupted deploy sent %d transactions, want %d; output:\n%s", got, tt.firstSent, first)
			}
			st, err := OpenDeployState(path, node.ChainID(), owner)
			if err != nil {
				t.Fatal(err)
			}
			if got := st.RoundsDone(); !slices.Equal(got, []int{1, 2}) || len(st.Transactions()) != tt.firstSent {
				t.Fatalf("state after the interruption: rounds %v, %d transactions; want rounds [1 2], %d", got, len(st.Transactions()), tt.firstSent)
			}
			before := st.Deployment()

			second := &stopAt{}
			d, err := deploy(ctx, second)
			if err != nil {
				t.Fatalf("resumed deploy: %v; output:\n%s", err, second)
			}
			if want := "resuming from " + path + ": " + tt.summary; !strings.Contains(second.String(), want) {
				t.Errorf("resumed deploy's output lacks %q:\n%s", want, second)
			}
			if got := nonce(); got != deployTxs {
				t.Errorf("the operator sent %d transactions over both runs, want %d (nothing redeployed); second run:\n%s", got, deployTxs, second)
			}
			for name, addrs := range map[string][2]common.Address{
				"token0": {before.Token0, d.Token0}, "token1": {before.Token1, d.Token1}, "factory": {before.Factory, d.Factory},
				"trader": {before.Trader, d.Trader}, "registry": {before.Registry, d.Registry}, "verifier": {before.Verifier, d.Verifier},
				"pool": {before.Pool, d.Pool}, "guard": {before.Guard, d.Guard},
			} {
				if addrs[0] == (common.Address{}) || addrs[0] != addrs[1] {
					t.Errorf("%s: %s before the interruption, %s after", name, addrs[0].Hex(), addrs[1].Hex())
				}
			}
			if before.Vault != (common.Address{}) && before.Vault != d.Vault {
				t.Errorf("vault recorded at %s was redeployed at %s", before.Vault.Hex(), d.Vault.Hex())
			}

			third := &stopAt{}
			d3, err := deploy(ctx, third)
			if err != nil || d3 != d {
				t.Fatalf("third deploy = %+v, %v; want the same deployment", d3, err)
			}
			if got := nonce(); got != deployTxs || strings.Count(third.String(), "nothing to send") != deployRounds {
				t.Errorf("a deploy of a finished deployment sent %d transactions; output:\n%s", got-deployTxs, third)
			}

			// The finished stack works: the market moves, the bounds are set.
			op, err := NewOperator(ctx, OperatorConfig{Client: cl, Key: key, ChainID: node.ChainID()})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := op.MarketStep(ctx, d, 199400); err != nil {
				t.Fatal(err)
			}
			guard := bindings.NewParameterGuard()
			for _, param := range []string{"tickLower", "tickUpper"} {
				if b := call(t, cl, d.Guard, guard.PackBounds(d.Vault, contracts.Param(param)), guard.UnpackBounds); !b.Configured {
					t.Errorf("%s bounds not configured", param)
				}
			}
		})
	}
}

// TestDeployWaitsForPendingTransactions: a deploy with a state first waits
// until the operator's transactions still in the node's pool are mined (on
// anvil with automine off, by the operator's Flush), so that what it reads
// on chain is final.
func TestDeployWaitsForPendingTransactions(t *testing.T) {
	node := anviltest.Start(t, osaka)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	keys := node.Keys()
	op, err := NewOperator(ctx, OperatorConfig{Client: node.Client(), Key: keys[0], ChainID: node.ChainID(),
		FlushAfter: 50 * time.Millisecond, Flush: func(ctx context.Context) error { return node.Mine(ctx, 1) }})
	if err != nil {
		t.Fatal(err)
	}
	to := crypto.PubkeyToAddress(keys[1].PublicKey)
	if _, err := op.Send(ctx, &to, nil, 0); err != nil {
		t.Fatal(err)
	}
	st, err := OpenDeployState(filepath.Join(t.TempDir(), "agent.deploy.json"), node.ChainID(), op.Address())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := op.Deploy(ctx, DeployParams{StartTick: 199000, State: st, Progress: &out}); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out.String())
	}
	if want := "waiting for 1 pending transaction(s) of " + op.Address().Hex(); !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}
	if n, err := node.Client().NonceAt(ctx, op.Address(), nil); err != nil || n != deployTxs+1 {
		t.Errorf("nonce %d (%v), want the transfer and one deploy: %d", n, err, deployTxs+1)
	}
}

// TestDeployOnARestartedNode: a state file whose contracts are gone (the
// node was restarted, same chain id and keys) deploys them again rather
// than trusting the file.
func TestDeployOnARestartedNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	path := filepath.Join(t.TempDir(), "agent.deploy.json")
	var deps []Deployment
	for run := range 2 {
		node := anviltest.Start(t, osaka)
		key := node.Keys()[0]
		st, err := OpenDeployState(path, node.ChainID(), crypto.PubkeyToAddress(key.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		op, err := NewOperator(ctx, OperatorConfig{Client: node.Client(), Key: key, ChainID: node.ChainID()})
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		d, err := op.Deploy(ctx, DeployParams{StartTick: 199000, State: st, Progress: &out})
		if err != nil {
			t.Fatalf("run %d: %v\n%s", run, err, out.String())
		}
		if err := st.MarkComplete(); err != nil {
			t.Fatal(err)
		}
		if n, _ := node.Client().NonceAt(ctx, op.Address(), nil); n != deployTxs {
			t.Fatalf("run %d sent %d transactions, want %d:\n%s", run, n, deployTxs, out.String())
		}
		if run == 1 && !strings.Contains(out.String(), "no code at the recorded "+deps[0].Factory.Hex()) {
			t.Errorf("the second run does not say the recorded contracts are gone:\n%s", out.String())
		}
		deps = append(deps, d)
		node.Stop()
	}
	// The same key and nonces: the same addresses.
	if deps[0] != deps[1] {
		t.Errorf("deployments differ:\n%+v\n%+v", deps[0], deps[1])
	}
}

func TestDeployStateRefusesAnotherChainOrOperator(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "agent.deploy.json")
	op, other := common.HexToAddress("0x1000000000000000000000000000000000000001"), common.HexToAddress("0x2000000000000000000000000000000000000002")
	st, err := OpenDeployState(path, big.NewInt(31337), op)
	if err != nil || st.Resumed() {
		t.Fatalf("OpenDeployState of a missing file = %v (resumed %v), want a new state", err, st != nil && st.Resumed())
	}
	if err := st.begin(DeployParams{StartTick: 199000}.withDefaults()); err != nil {
		t.Fatal(err)
	}
	if err := st.roundDone(1, Deployment{Factory: other}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "junk.json"), []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		path     string
		chainID  int64
		operator common.Address
		params   *DeployParams // checked by begin when the state opens
		want     []string      // in the error, besides ErrStateMismatch
	}{
		{"another chain id", path, 1337, op, nil, []string{path, "chain id 31337", "the node's is 1337"}},
		{"another operator", path, 31337, other, nil, []string{path, op.Hex(), other.Hex()}},
		{"other parameters", path, 31337, op, &DeployParams{StartTick: 190000}, []string{path, "StartTick 199000", "has 190000"}},
		{"not a state file", filepath.Join(dir, "junk.json"), 31337, op, nil, []string{"junk.json", "not a deploy state file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := OpenDeployState(tt.path, big.NewInt(tt.chainID), tt.operator)
			if err == nil && tt.params != nil {
				err = st.begin(tt.params.withDefaults())
			}
			if !errors.Is(err, ErrStateMismatch) {
				t.Fatalf("err = %v, want ErrStateMismatch", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}

	st, err = OpenDeployState(path, big.NewInt(31337), op)
	if err != nil || !st.Resumed() || st.Deployment().Factory != other {
		t.Fatalf("reopened state: %v, resumed %v, factory %s", err, st.Resumed(), st.Deployment().Factory.Hex())
	}
	if got, want := st.Summary(), "round 1 done"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
}

func TestRoundsText(t *testing.T) {
	for _, tt := range []struct {
		done []int
		want string
	}{
		{nil, "no round done"},
		{[]int{1}, "round 1 done"},
		{[]int{1, 2}, "rounds 1-2 done"},
		{[]int{1, 2, 3, 4}, "rounds 1-4 done"},
		{[]int{1, 3}, "rounds 1, 3 done"},
	} {
		if got := roundsText(tt.done); got != tt.want {
			t.Errorf("roundsText(%v) = %q, want %q", tt.done, got, tt.want)
		}
	}
}
