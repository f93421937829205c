package agents

import (
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Summary is what one Run did: the closing lines of `steward run`, printed
// at the end of a run and when it is interrupted.
type Summary struct {
	// FirstBlock and LastBlock are the first and last heads ticked (0 when none).
	FirstBlock, LastBlock uint64
	// Ticks counts the heads the pipeline ran on; Dropped the stale heads
	// dropped for a newer one (their logs reached the program with it).
	Ticks, Dropped int
	// Stages counts ticks by how far they went: warmup, idle, paused, held,
	// rejected (by a policy), failed (refused in simulation), recorded
	// (dry run) or submitted.
	Stages map[Stage]int
	// Confirmed and Reverted count submitted bundles whose receipt arrived.
	Confirmed, Reverted int
	// Orphaned counts bundles a reorg took off the chain after they
	// settled; each is settled again (and counted again) when re-mined.
	Orphaned int
	// GasUsed is the gas of every settled bundle.
	GasUsed uint64
	// Txs are the settled bundles' transaction hashes, in order.
	Txs []TxOutcome
	// Unsettled reports a submitted bundle whose receipt had not arrived
	// when the run ended.
	Unsettled bool
	// Abandoned reports an asynchronous inference (an LLM) still running
	// when the run ended: it was cancelled, and nothing was decided on it.
	Abandoned bool
	// Open counts the transactions still short of their confirmations when
	// the run ended: they are in the outbox, and the next start reconciles them.
	Open int
	// Drained reports that the run ended cleanly (--blocks) and waited for
	// its last bundle and open transactions; false when it was interrupted.
	Drained bool
}

// TxOutcome is one settled bundle.
type TxOutcome struct {
	Block    uint64 // the tick that sent it
	Decision int64
	Hash     common.Hash
	Success  bool
	GasUsed  uint64
}

// add counts one report.
func (s *Summary) add(r Report) {
	if s.Stages == nil {
		s.Stages = map[Stage]int{}
	}
	if r.Stage == StageOrphaned {
		s.Orphaned++
		return
	}
	if r.Stage == StageSettled {
		if r.Outcome.Success {
			s.Confirmed++
		} else {
			s.Reverted++
		}
		s.GasUsed += r.Outcome.GasUsed
		s.Txs = append(s.Txs, TxOutcome{Block: r.Block, Decision: r.Decision, Hash: r.TxHash,
			Success: r.Outcome.Success, GasUsed: r.Outcome.GasUsed})
		return
	}
	s.Ticks++
	s.Dropped += r.Skipped
	s.Stages[r.Stage]++
	if s.FirstBlock == 0 || r.Block < s.FirstBlock {
		s.FirstBlock = r.Block
	}
	s.LastBlock = max(s.LastBlock, r.Block)
}

// Write prints the summary for people: ticks and blocks, decisions by
// verdict, transactions by outcome with the gas spent, and what was
// drained or left to the next start.
func (s Summary) Write(w io.Writer) error {
	blocks := "no block"
	if s.Ticks > 0 {
		blocks = fmt.Sprintf("blocks %d..%d", s.FirstBlock, s.LastBlock)
	}
	dropped := ""
	if s.Dropped > 0 {
		dropped = fmt.Sprintf(" (%d stale head(s) dropped)", s.Dropped)
	}
	fmt.Fprintf(w, "summary: %d tick(s)%s, %s\n", s.Ticks, dropped, blocks)
	var parts []string
	for _, st := range []Stage{StageWarmup, StageIdle, StagePaused, StageWaiting, StageHeld, StageRejected, StageFailed, StageRecorded, StageSubmitted, StageError} {
		if n := s.Stages[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", st, n))
		}
	}
	if len(parts) == 0 {
		parts = []string{"none"}
	}
	fmt.Fprintf(w, "  decisions:    %s\n", strings.Join(parts, ", "))
	fmt.Fprintf(w, "  transactions: confirmed %d, reverted %d, gas used %d\n", s.Confirmed, s.Reverted, s.GasUsed)
	if s.Orphaned > 0 {
		fmt.Fprintf(w, "  orphaned by a reorg and sent again: %d (counted again when re-mined)\n", s.Orphaned)
	}
	for _, t := range s.Txs {
		mark := "✓"
		if !t.Success {
			mark = "✗"
		}
		fmt.Fprintf(w, "    %s %s  decision %d  block %d  gas %d\n", mark, t.Hash.Hex(), t.Decision, t.Block, t.GasUsed)
	}
	switch {
	case s.Drained && s.Open == 0 && !s.Unsettled && !s.Abandoned:
		fmt.Fprintln(w, "  stopped cleanly: every transaction final, nothing left to the next start")
	case s.Drained:
		fmt.Fprintf(w, "  stopped cleanly; left to the next start: %s\n", s.left())
	default:
		fmt.Fprintf(w, "  interrupted; left to the next start: %s\n", s.left())
	}
	return nil
}

func (s Summary) left() string {
	var parts []string
	if s.Unsettled {
		parts = append(parts, "1 bundle awaiting its receipt")
	}
	if s.Abandoned {
		parts = append(parts, "an inference still running was cancelled (nothing was decided on it)")
	}
	if s.Open > 0 {
		parts = append(parts, fmt.Sprintf("%d transaction(s) short of their confirmations (the outbox reconciles them)", s.Open))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, ", ")
}
