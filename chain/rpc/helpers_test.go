package rpcclient_test

import (
	"bytes"
	"context"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/chain/devchain"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
)

// logBuf collects JSON log lines; safe for concurrent writers.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// lines returns the log lines that contain every one of parts.
func (l *logBuf) lines(parts ...string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for line := range strings.Lines(l.b.String()) {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(line, p)
		}
		if ok {
			out = append(out, line)
		}
	}
	return out
}

func newLogger() (*slog.Logger, *logBuf) {
	lb := &logBuf{}
	return slog.New(slog.NewJSONHandler(lb, &slog.HandlerOptions{Level: slog.LevelDebug})), lb
}

// newChain starts an embedded chain serving HTTP and WebSocket on loopback.
func newChain(t *testing.T, blockInterval time.Duration) *devchain.Chain {
	t.Helper()
	ch, err := devchain.New(t.Context(), devchain.Config{
		PriceTicks:    []int32{199000, 199010, 199020, 199010},
		HTTPAddr:      "127.0.0.1:0",
		WSAddr:        "127.0.0.1:0",
		BlockInterval: blockInterval,
	})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(ch.Stop)
	return ch
}

// fastConfig retries quickly and checks health only when a test asks for it.
// Its request timeout is generous, so a loaded machine (race detector, CI)
// never turns a slow answer into a fault a test did not inject; a test of
// timeouts shortens it.
func fastConfig(endpoints ...string) rpcclient.Config {
	return rpcclient.Config{
		Endpoints:      endpoints,
		RequestTimeout: 5 * time.Second,
		MaxRetries:     4,
		BackoffBase:    5 * time.Millisecond,
		BackoffMax:     50 * time.Millisecond,
		HealthInterval: time.Hour,
	}
}

func dial(t *testing.T, cfg rpcclient.Config, logger *slog.Logger) *rpcclient.Client {
	t.Helper()
	c, err := rpcclient.Dial(t.Context(), cfg, logger)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}

// waitLimit bounds every wait of these tests: a wait that would block for
// good fails with the stacks of what it waited on instead.
const waitLimit = 20 * time.Second

// recv receives from ch within waitLimit; on timeout it fails the test,
// naming what, with the stacks of the test, the node's miner and its RPC.
func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(waitLimit):
		t.Fatalf("timed out after %s waiting for %s\n%s", waitLimit, what, stacks("_test.go", "devchain", "catalyst", "miner", "txpool", "rpc."))
		panic("unreachable")
	}
}

// stacks returns the stacks of the goroutines whose frames mention any of parts.
func stacks(parts ...string) string {
	buf := make([]byte, 1<<22)
	buf = buf[:runtime.Stack(buf, true)]
	var out strings.Builder
	for g := range strings.SplitSeq(string(buf), "\n\n") {
		for _, p := range parts {
			if strings.Contains(g, p) {
				out.WriteString(g)
				out.WriteString("\n\n")
				break
			}
		}
	}
	return out.String()
}

// eventually polls cond until it holds or waitLimit passes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), waitLimit)
	defer cancel()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting until %s", what)
		case <-time.After(20 * time.Millisecond):
		}
	}
}
