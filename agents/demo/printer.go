package demo

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents"
)

// printer writes one line per tick. A tick that submitted a bundle is
// printed when its receipt arrives, so the line carries the gas used and
// the full transaction hash (to paste into `steward verify --tx`).
type printer struct {
	out   io.Writer
	named bool // several agents print: each line starts with its agent's name

	mu        sync.Mutex
	ticks     int
	dropped   int
	committed int
	rejected  int
	failed    int
	held      int
	txs       []common.Hash
}

func newPrinter(out io.Writer) *printer { return &printer{out: out} }

func (p *printer) report(r agents.Report) {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.out
	if p.named {
		out = prefixWriter{w: p.out, prefix: r.Agent + "  "}
	}
	p.dropped += r.Skipped
	switch r.Stage {
	case agents.StageWarmup, agents.StageIdle, agents.StageWaiting, agents.StagePaused:
		fmt.Fprintf(out, "block %6d  %s\n", r.Block, r.Reason)
		return
	case agents.StageSubmitted:
		p.ticks++
		return // printed when settled
	case agents.StageOrphaned:
		fmt.Fprintf(out, "block %6d  decision %d orphaned: %s; sending it again\n", r.Block, r.Decision, r.Reason)
		return
	case agents.StageSettled:
		if r.Outcome.Success {
			p.txs = append(p.txs, r.TxHash) // only applied bundles are verified
			p.committed++
			fmt.Fprintf(out, "%s  policy ok    tx %s gas %d ✓ applied\n", p.head(r), r.TxHash.Hex(), r.Outcome.GasUsed)
		} else {
			p.failed++
			fmt.Fprintf(out, "%s  policy ok    tx %s gas %d ✗ %s\n", p.head(r), r.TxHash.Hex(), r.Outcome.GasUsed, r.Outcome.Reason)
		}
		return
	}
	p.ticks++
	switch r.Stage {
	case agents.StageHeld:
		p.held++
		fmt.Fprintf(out, "%s  hold: %s\n", p.head(r), r.Reason)
	case agents.StageRejected:
		p.rejected++
		fmt.Fprintf(out, "%s  policy DENY  %s\n", p.head(r), r.Reason)
	case agents.StageFailed:
		p.failed++
		fmt.Fprintf(out, "%s  policy ok    not sent: %s\n", p.head(r), r.Reason)
	case agents.StageError:
		fmt.Fprintf(out, "block %6d  tick failed: %s\n", r.Block, r.Reason)
	case agents.StageRecorded:
		fmt.Fprintf(out, "%s  policy ok    dry run: recorded, not sent\n", p.head(r))
	}
}

// head is the common start of a tick line: the block, then each key the
// program declares for display, from the tick's action or else its state.
func (p *printer) head(r agents.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "block %6d", r.Block)
	for _, k := range r.Display {
		v, ok := r.Action[k] // what the tick proposes, else what it saw
		if !ok {
			v, ok = r.State[k]
		}
		if !ok {
			continue
		}
		if f, isFloat := v.(float64); isFloat {
			fmt.Fprintf(&b, "  %s %.2f", k, f)
		} else {
			fmt.Fprintf(&b, "  %s %v", k, v)
		}
	}
	return b.String()
}

func (p *printer) collect(s *Summary) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s.Ticks, s.Dropped, s.Committed, s.Rejected, s.Failed, s.Held = p.ticks, p.dropped, p.committed, p.rejected, p.failed, p.held
	s.TxHashes = slices.Clone(p.txs)
}

// NewPrinter returns a report callback that prints one line per tick, as
// the demo does, for `steward run`. With named, each line starts with the
// agent's name (several agents in one process).
func NewPrinter(out io.Writer, named bool) func(agents.Report) {
	p := newPrinter(out)
	p.named = named
	return p.report
}

// prefixWriter starts each write (one line) with prefix.
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, p.prefix); err != nil {
		return 0, err
	}
	return p.w.Write(b)
}
