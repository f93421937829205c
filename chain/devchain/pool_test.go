package devchain

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// countingNonces reports a pending nonce that grows by one per call.
type countingNonces struct {
	calls atomic.Uint64
	err   error
}

func (c *countingNonces) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	n := c.calls.Add(1)
	return n, c.err
}

func TestWaitPending(t *testing.T) {
	ctx := context.Background()
	c := &countingNonces{}
	if n, ok := WaitPending(ctx, c, common.Address{}, 3, time.Second); !ok || n != 3 {
		t.Fatalf("WaitPending = %d, %v; want 3, true once the pool reaches nonce 3", n, ok)
	}
	c = &countingNonces{err: errors.New("node down")}
	if n, ok := WaitPending(ctx, c, common.Address{}, 3, 20*time.Millisecond); ok || n != 0 {
		t.Fatalf("WaitPending on a failing node = %d, %v; want 0, false after the timeout", n, ok)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, ok := WaitPending(cancelled, &countingNonces{}, common.Address{}, 1_000_000, time.Hour); ok {
		t.Fatal("WaitPending reached an unreachable nonce")
	}
}
