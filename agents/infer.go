package agents

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/inference/commit"
)

// tickRecord is one inference of a tick: its record and the model's answer
// with its publication (what the record's digests hash).
type tickRecord struct {
	rec commit.Record
	inf Inference
}

// maxRecordAge is how many blocks a record's block may lie behind the head
// its tick decides at: the guard reads the block's hash with BLOCKHASH,
// which answers for the last 256 blocks; the rest is margin for the bundle
// to be mined.
const maxRecordAge = 200

// inflight is a tick's inferences running off the pipeline, for an
// Asynchronous model: started at head with the record nonces reserved
// then, answered at a later head. Its goroutine sets infs or err, then
// closes done; the agent reads them only after done is closed.
type inflight struct {
	head   *types.Header
	nonce  uint64
	cancel context.CancelFunc
	done   chan struct{}
	infs   []Inference
	err    error
}

// abandonInference cancels an inference still running, waits for its
// goroutine to return, and reports whether there was one. The agent calls
// it when a reorg orphans the inference's block and when it stops.
func (a *Agent) abandonInference() bool {
	fl := a.inflight
	if fl == nil {
		return false
	}
	a.inflight = nil
	fl.cancel()
	<-fl.done
	return true
}

// inferStage is the features and infer stages of a tick. It returns the
// tick's records, stored, or proceed=false when the tick ends here with rep
// saying why: the program is warming up, a schedule is not due, or an
// asynchronous inference is still running.
//
// An asynchronous model's inferences start at one head and are taken at the
// first head after they answer; their records name the block they were
// started on (the state the inputs describe), and the program decides on
// the newer observation of the head that takes them. No new inference
// starts while one runs. A head is due when the schedule says so or when
// its block holds a log the program declares as a trigger.
func (a *Agent) inferStage(ctx context.Context, head *types.Header, obs program.Observation, triggered bool, rep *Report) (recs []tickRecord, proceed bool, err error) {
	if fl := a.inflight; fl != nil {
		select {
		case <-fl.done:
		default:
			rep.Stage, rep.Reason = StageWaiting, fmt.Sprintf("waiting for the inference started at block %d", fl.head.Number)
			return nil, false, nil
		}
		a.inflight = nil
		fl.cancel()
		if fl.err != nil {
			return nil, false, fmt.Errorf("infer (started at block %d): %w", fl.head.Number, fl.err)
		}
		if age := head.Number.Uint64() - fl.head.Number.Uint64(); age > maxRecordAge {
			// The guard checks a record's block hash with BLOCKHASH, which
			// forgets blocks after 256 (RecordTooOld): the answer is dropped.
			return nil, false, fmt.Errorf("infer: the answer for block %d came %d blocks later, past the %d a record may age before the guard refuses it; dropped",
				fl.head.Number, age, maxRecordAge)
		}
		recs, err := a.saveRecords(ctx, fl.head, fl.nonce, fl.infs)
		return recs, err == nil, err
	}

	wanted, ready, err := a.cfg.Program.Inputs(obs)
	if err != nil {
		return nil, false, fmt.Errorf("inputs: %w", err)
	}
	if ready && len(wanted) == 0 {
		return nil, false, errors.New("inputs: the program is ready but asks for no inference")
	}
	// A ready program is due when its schedule fires or its block holds a
	// trigger log (the schedule's clock starts at the first ready head).
	due := false
	if ready {
		due = a.isDue(head.Time) || triggered
	}
	switch {
	case ready && !due:
		rep.Stage, rep.Reason = StageIdle, "not scheduled"
		return nil, false, nil
	case !ready && obs.Idle != "":
		rep.Stage, rep.Reason = StageIdle, obs.Idle
		return nil, false, nil
	case !ready:
		rep.Stage, rep.Reason = StageWarmup, "collecting observations"
		return nil, false, nil
	}

	async := false
	if m, ok := a.cfg.Model.(Asynchronous); ok {
		async = m.Asynchronous()
	}
	if async && a.pending != nil {
		// Its answer could not be acted on before the bundle settles: do
		// not spend a model call on it.
		rep.Stage, rep.Reason = StageHeld, "previous bundle "+a.pending.sub.TxHash.Hex()+" still pending"
		return nil, false, nil
	}
	nonce := a.cfg.Nonces.take(len(wanted))
	if async {
		runCtx, cancel := context.WithCancel(ctx)
		fl := &inflight{head: head, nonce: nonce, cancel: cancel, done: make(chan struct{})}
		a.inflight = fl
		go func() {
			defer close(fl.done)
			defer cancel()
			fl.infs, fl.err = a.run(runCtx, wanted)
		}()
		rep.Stage, rep.Reason = StageWaiting, fmt.Sprintf("inference started at block %d", head.Number)
		return nil, false, nil
	}
	infs, err := a.run(ctx, wanted)
	if err != nil {
		return nil, false, err
	}
	recs, err = a.saveRecords(ctx, head, nonce, infs)
	return recs, err == nil, err
}

// run makes one inference per input, in order.
func (a *Agent) run(ctx context.Context, wanted []program.Input) ([]Inference, error) {
	infs := make([]Inference, len(wanted))
	for i, in := range wanted {
		inf, err := a.cfg.Model.Run(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("infer input %d: %w", i, err)
		}
		infs[i] = inf
	}
	return infs, nil
}

// saveRecords builds the records of inferences started at head, with
// consecutive nonces from nonce, and stores them in one batch.
func (a *Agent) saveRecords(ctx context.Context, head *types.Header, nonce uint64, infs []Inference) ([]tickRecord, error) {
	recs := make([]tickRecord, len(infs))
	rows := make([]store.InferenceRecord, len(infs))
	for i, inf := range infs {
		rec := commit.Record{
			Agent: a.cfg.Address, ModelDigest: a.cfg.Model.Digest(),
			InputDigest: crypto.Keccak256Hash(inf.InBytes), OutputDigest: crypto.Keccak256Hash(inf.OutBytes),
			BlockNumber: head.Number.Uint64(), BlockHash: head.Hash(), Nonce: nonce + uint64(i),
		}
		recs[i] = tickRecord{rec: rec, inf: inf}
		rows[i] = store.InferenceRecord{
			RecordHash: rec.Hash(), Agent: a.cfg.Name, AgentAddress: rec.Agent, ModelDigest: rec.ModelDigest,
			InputScale: inf.InputScale, OutputScale: inf.OutputScale, Inputs: inf.Inputs, Outputs: inf.Outputs,
			InputDigest: rec.InputDigest, OutputDigest: rec.OutputDigest,
			BlockNumber: rec.BlockNumber, BlockHash: rec.BlockHash, Nonce: rec.Nonce,
		}
	}
	if err := a.cfg.Store.InsertRecords(ctx, rows); err != nil {
		return nil, fmt.Errorf("store records: %w", err)
	}
	return recs, nil
}
