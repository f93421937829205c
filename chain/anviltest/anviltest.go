package anviltest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults of Options, and the limits of Start and Stop.
const (
	DefaultChainID      = 31337
	DefaultStartTimeout = 15 * time.Second
	// InstallCommand installs the pinned anvil from the repository root.
	InstallCommand = "npm ci --prefix chain/anviltest"
	// EnvBinary names an anvil binary to use instead of the npm-installed one.
	EnvBinary = "STEWARD_ANVIL"

	binaryInRepo  = "chain/anviltest/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
	binaryHere    = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
	launchTries   = 3 // a free port can be taken between finding and binding it
	readyPoll     = 20 * time.Millisecond
	termGrace     = 5 * time.Second // SIGTERM to SIGKILL
	outputKeep    = 64 << 10        // bytes of anvil's output kept for failure messages
	hostLoopback  = "127.0.0.1"
	probeCallWait = time.Second
)

// Options configures an anvil node. The zero value is a chain 31337 node
// that mines a block for every transaction (automine).
type Options struct {
	// ChainID is the node's chain id. Defaults to 31337.
	ChainID uint64
	// BlockTime switches to interval mining: a block every BlockTime
	// (sub-second values work), and no block per transaction. Zero = automine.
	BlockTime time.Duration
	// Args are extra anvil flags, e.g. {"--hardfork", "prague"}.
	Args []string
	// Binary is the anvil executable. Defaults to $STEWARD_ANVIL, then to the
	// npm-installed one under chain/anviltest/node_modules.
	Binary string
	// StartTimeout bounds the wait for eth_chainId to answer. Defaults to 15s.
	StartTimeout time.Duration
}

// Node is a running anvil process. Its methods are safe for concurrent use.
type Node struct {
	cmd     *exec.Cmd
	out     *tailBuffer
	exited  chan struct{} // closed once the process has been reaped
	httpURL string
	wsURL   string
	chainID *big.Int
	rpc     *rpc.Client
	client  *ethclient.Client

	stopOnce sync.Once
}

// Start runs anvil on a free loopback port, waits until it answers
// eth_chainId with the expected id, and stops it in t.Cleanup. A missing
// binary skips the test (naming InstallCommand), or fails it when the
// environment variable CI is set.
func Start(t testing.TB, opts Options) *Node {
	t.Helper()
	if opts.ChainID == 0 {
		opts.ChainID = DefaultChainID
	}
	if opts.StartTimeout <= 0 {
		opts.StartTimeout = DefaultStartTimeout
	}
	if opts.BlockTime < 0 {
		t.Fatalf("anviltest: BlockTime %s is negative", opts.BlockTime)
	}
	bin, err := findBinary(opts.Binary, os.Getenv)
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%v: run `%s` (CI fails instead of skipping)", err, InstallCommand)
		}
		t.Fatalf("%v: CI must run the anvil tests; run `%s`", err, InstallCommand)
	}
	for try := 1; ; try++ {
		n, err := launch(bin, opts)
		if err == nil {
			t.Cleanup(n.Stop)
			return n
		}
		if try == launchTries {
			t.Fatalf("anviltest: start %s (%d tries): %v", bin, try, err)
		}
		t.Logf("anviltest: start try %d: %v", try, err)
	}
}

// launch spawns anvil on a fresh port and waits until it is ready; on any
// failure it leaves no process behind.
func launch(bin string, opts Options) (*Node, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := []string{"--host", hostLoopback, "--port", strconv.Itoa(port),
		"--chain-id", strconv.FormatUint(opts.ChainID, 10)}
	if opts.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(opts.BlockTime.Seconds(), 'f', -1, 64))
	}
	args = append(args, opts.Args...)
	n := &Node{
		cmd:     exec.Command(bin, args...),
		out:     &tailBuffer{max: outputKeep},
		exited:  make(chan struct{}),
		httpURL: "http://" + net.JoinHostPort(hostLoopback, strconv.Itoa(port)),
		wsURL:   "ws://" + net.JoinHostPort(hostLoopback, strconv.Itoa(port)),
		chainID: new(big.Int).SetUint64(opts.ChainID),
	}
	n.cmd.Stdout, n.cmd.Stderr = n.out, n.out
	// The kernel kills anvil if the test binary dies before Stop.
	n.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := n.cmd.Start(); err != nil {
		return nil, fmt.Errorf("spawn: %w", err)
	}
	go func() {
		_ = n.cmd.Wait() // the exit status of a stopped test node carries no news
		close(n.exited)
	}()
	if n.rpc, err = rpc.DialHTTP(n.httpURL); err != nil {
		n.Stop()
		return nil, fmt.Errorf("rpc client: %w", err)
	}
	n.client = ethclient.NewClient(n.rpc)
	if err := n.waitReady(opts.StartTimeout); err != nil {
		n.Stop()
		return nil, fmt.Errorf("%w; anvil said:\n%s", err, n.out.String())
	}
	return n, nil
}

// waitReady polls eth_chainId until anvil answers with the expected id.
func (n *Node) waitReady(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var lastErr error
	for {
		ctx, cancel := context.WithTimeout(context.Background(), probeCallWait)
		var id hexutil.Big
		err := n.rpc.CallContext(ctx, &id, "eth_chainId")
		cancel()
		switch {
		case err == nil && (*big.Int)(&id).Cmp(n.chainID) == 0:
			return nil
		case err == nil:
			return fmt.Errorf("eth_chainId = %s, want %s (is another node on this port?)", (*big.Int)(&id), n.chainID)
		}
		lastErr = err
		select {
		case <-n.exited:
			return fmt.Errorf("anvil exited before answering: %s", n.cmd.ProcessState)
		case <-time.After(readyPoll):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no answer to eth_chainId within %s: %w", timeout, lastErr)
		}
	}
}

// Stop ends anvil: SIGTERM, then SIGKILL if it has not exited after 5 s,
// and reaps the process. It is idempotent; Start registers it in t.Cleanup.
func (n *Node) Stop() {
	n.stopOnce.Do(func() {
		if n.client != nil {
			n.client.Close()
		}
		select {
		case <-n.exited:
			return
		default:
		}
		_ = n.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-n.exited:
		case <-time.After(termGrace):
			_ = n.cmd.Process.Kill()
			<-n.exited
		}
	})
}

// HTTPURL is the node's JSON-RPC endpoint over HTTP ("http://127.0.0.1:P").
func (n *Node) HTTPURL() string { return n.httpURL }

// WSURL is the node's JSON-RPC endpoint over WebSocket (the same port).
func (n *Node) WSURL() string { return n.wsURL }

// ChainID is the node's chain id.
func (n *Node) ChainID() *big.Int { return new(big.Int).Set(n.chainID) }

// PID is the anvil process id.
func (n *Node) PID() int { return n.cmd.Process.Pid }

// Keys returns anvil's pre-funded dev keys (10,000 ETH each); Keys()[0] is
// 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266.
func (n *Node) Keys() []*ecdsa.PrivateKey { return DevKeys() }

// Client is an HTTP ethclient of the node, closed by Stop.
func (n *Node) Client() *ethclient.Client { return n.client }

// RPC is the raw HTTP RPC client of the node, closed by Stop.
func (n *Node) RPC() *rpc.Client { return n.rpc }

// Output returns the last 64 KiB anvil wrote to stdout and stderr.
func (n *Node) Output() string { return n.out.String() }

// Exited reports whether the anvil process has ended (and been reaped).
func (n *Node) Exited() bool {
	select {
	case <-n.exited:
		return true
	default:
		return false
	}
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(hostLoopback, "0"))
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	return port, l.Close()
}

// findBinary returns the anvil to run: explicit, else $STEWARD_ANVIL, else
// the npm-installed one beside this source file or under the module root
// found from the working directory (a test's directory).
func findBinary(explicit string, getenv func(string) string) (string, error) {
	for _, named := range []struct{ what, path string }{{"Options.Binary", explicit}, {EnvBinary, getenv(EnvBinary)}} {
		if named.path == "" {
			continue
		}
		if !isExecutable(named.path) {
			return "", fmt.Errorf("%w: %s %q is not an executable file", ErrNotInstalled, named.what, named.path)
		}
		return named.path, nil
	}
	var tried []string
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		tried = append(tried, filepath.Join(filepath.Dir(file), binaryHere))
	}
	if root, ok := moduleRoot(); ok {
		tried = append(tried, filepath.Join(root, binaryInRepo))
	}
	for _, p := range tried {
		if isExecutable(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w: looked at %q", ErrNotInstalled, tried)
}

// moduleRoot walks up from the working directory to the first go.mod.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if over := len(b.buf) - b.max; over > 0 {
		b.buf = append(b.buf[:0], b.buf[over:]...)
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}

// errorf keeps RPC helper errors uniform: "anvil METHOD: …".
func errorf(method string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("anvil %s: %w", method, err)
}
