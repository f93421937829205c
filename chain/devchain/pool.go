package devchain

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// PendingNonceReader reads an account's next nonce counting the pool's
// executable transactions.
type PendingNonceReader interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// WaitPending polls, every millisecond for up to timeout, until from's
// pending nonce reaches next: until the pool holds every transaction of
// from below next as executable. go-ethereum's pool promotes transactions
// on a goroutine of its own, so a block sealed right after sending can
// leave them out. It returns the last pending nonce seen and whether next
// was reached (false also when ctx ends or the node does not answer).
func WaitPending(ctx context.Context, c PendingNonceReader, from common.Address, next uint64, timeout time.Duration) (uint64, bool) {
	var n uint64
	for deadline := time.Now().Add(timeout); ; {
		got, err := c.PendingNonceAt(ctx, from)
		if err == nil {
			n = got
			if n >= next {
				return n, true
			}
		}
		if ctx.Err() != nil || !time.Now().Before(deadline) {
			return n, false
		}
		time.Sleep(time.Millisecond)
	}
}
