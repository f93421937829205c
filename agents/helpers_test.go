package agents_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/txmgr"
)

func newOutbox(chain *devchain.Chain, st store.Store, key *ecdsa.PrivateKey, confirmations uint64) (*txmgr.Outbox, error) {
	return txmgr.NewOutbox(txmgr.OutboxConfig{ChainID: chain.ChainID(), Agent: "mm-test", Confirmations: confirmations},
		chain.Client(), st, key, slog.New(slog.DiscardHandler))
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func ingestPoolReader() (*ingest.PoolReader, error) { return ingest.NewPoolReader() }

// onceHandler is a slog handler that records, for every log record, any
// attribute key that appears twice (from With and the call together):
// logs carry each attribute once (issue 9: "agent=… agent=…").
type onceHandler struct {
	attrs []string
	dups  *dupLog
}

type dupLog struct {
	mu    sync.Mutex
	lines []string
	n     int
}

func newOnceHandler() onceHandler { return onceHandler{dups: &dupLog{}} }

func (h onceHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h onceHandler) Handle(_ context.Context, r slog.Record) error {
	seen := map[string]bool{}
	var dup []string
	for _, k := range h.attrs {
		if seen[k] {
			dup = append(dup, k)
		}
		seen[k] = true
	}
	r.Attrs(func(a slog.Attr) bool {
		if seen[a.Key] {
			dup = append(dup, a.Key)
		}
		seen[a.Key] = true
		return true
	})
	h.dups.mu.Lock()
	defer h.dups.mu.Unlock()
	h.dups.n++
	if len(dup) > 0 {
		h.dups.lines = append(h.dups.lines, fmt.Sprintf("%q repeats %v", r.Message, dup))
	}
	return nil
}

func (h onceHandler) WithAttrs(as []slog.Attr) slog.Handler {
	next := onceHandler{attrs: slices.Clone(h.attrs), dups: h.dups}
	for _, a := range as {
		next.attrs = append(next.attrs, a.Key)
	}
	return next
}

func (h onceHandler) WithGroup(string) slog.Handler { return h }

// check fails the test if any record repeated an attribute, or none was logged.
func (h onceHandler) check(t *testing.T) {
	t.Helper()
	h.dups.mu.Lock()
	defer h.dups.mu.Unlock()
	if h.dups.n == 0 {
		t.Fatal("nothing was logged: the attribute check saw nothing")
	}
	if len(h.dups.lines) > 0 {
		t.Fatalf("log records repeat attributes:\n%s", strings.Join(h.dups.lines, "\n"))
	}
}
