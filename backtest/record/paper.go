package record

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
)

// PaperExecutor takes bundles on paper: it keeps them and sends nothing,
// so the pipeline records each decision as a dry run does. It is the
// executor of a replayed recording, whose chain cannot take transactions.
type PaperExecutor struct {
	Bundles []program.Bundle
}

var _ program.Executor = (*PaperExecutor)(nil)

func (p *PaperExecutor) Recover(context.Context) error                { return nil }
func (p *PaperExecutor) Advance(context.Context, *types.Header) error { return nil }
func (p *PaperExecutor) InFlight(context.Context) (int, error)        { return 0, nil }

// Recheck: a paper bundle is never mined, so no reorg can take it back.
func (p *PaperExecutor) Recheck(context.Context, program.Submission) (bool, error) { return false, nil }
func (p *PaperExecutor) Settle(context.Context, program.Submission) (program.Outcome, bool, error) {
	return program.Outcome{}, true, errors.New("record: a paper bundle is never pending")
}

// Submit keeps the bundle; the empty submission tells the pipeline it was
// recorded, not sent.
func (p *PaperExecutor) Submit(_ context.Context, b program.Bundle) (program.Submission, error) {
	p.Bundles = append(p.Bundles, b)
	return program.Submission{}, nil
}

// Outcome is what an agent did on a recording: the same recording and
// config give the same Outcome, byte for byte.
type Outcome struct {
	Blocks  int            `json:"blocks"`
	Stages  map[string]int `json:"stages"`
	Bundles int            `json:"bundles"`
	// Ticks is one line per tick: block, stage, model outputs, action and
	// reason, in order.
	Ticks []string `json:"ticks"`
}

// paperKey signs nothing; its address is the records' agent.
func paperKey() (*ecdsa.PrivateKey, error) {
	return crypto.ToECDSA(crypto.Keccak256([]byte("steward backtest agent")))
}

// Backtest replays the recording through the agent a config describes —
// its program built on the recording's reads, its model, policies and
// schedule, the same pipeline as live — with a PaperExecutor, and returns
// what it did. The run's records go to a fresh SQLite store at storePath.
func Backtest(ctx context.Context, st *Store, cfg *config.Config, model agents.Model, storePath string) (Outcome, error) {
	heads, err := st.Headers(ctx)
	if err != nil {
		return Outcome{}, err
	}
	meta, _, err := st.Meta(ctx)
	if err != nil {
		return Outcome{}, err
	}
	if meta.Kind != cfg.Kind.Name {
		return Outcome{}, fmt.Errorf("record: the recording is of a %s program, the config's agent.strategy is %s", meta.Kind, cfg.Kind.Name)
	}
	prog, err := cfg.Kind.Build(ctx, cfg.Settings, st.Reader())
	if err != nil {
		return Outcome{}, fmt.Errorf("record: build the program on the recording: %w", err)
	}
	engine, err := cfg.NewEngine()
	if err != nil {
		return Outcome{}, err
	}
	if err := os.Remove(storePath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return Outcome{}, err
	}
	store, err := agents.OpenStore(ctx, config.Store{Driver: config.StoreSQLite, DSN: storePath})
	if err != nil {
		return Outcome{}, err
	}
	defer store.Close()
	key, err := paperKey()
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{Stages: map[string]int{}}
	exec := &PaperExecutor{}
	agent, err := agents.New(ctx, agents.Config{
		Name: cfg.Agent.Name, Address: crypto.PubkeyToAddress(key.PublicKey), Program: prog, Model: model,
		Policies: engine, Store: store, Executor: exec, Logs: st, Schedule: cfg.Trigger.Schedule,
		Logger: slog.New(slog.DiscardHandler),
		Report: func(r agents.Report) {
			out.Stages[string(r.Stage)]++
			action, _ := json.Marshal(r.Action) // maps marshal with sorted keys
			out.Ticks = append(out.Ticks, fmt.Sprintf("%d %s %v %s %s", r.Block, r.Stage, r.Forecast, action, r.Reason))
		},
	})
	if err != nil {
		return Outcome{}, err
	}
	for _, h := range heads {
		if err := agent.Tick(ctx, h); err != nil {
			return Outcome{}, fmt.Errorf("record: replay block %d: %w", h.Number, err)
		}
		out.Blocks++
	}
	out.Bundles = len(exec.Bundles)
	return out, nil
}

// StageNames lists an Outcome's stages in a stable order, for printing.
func (o Outcome) StageNames() []string {
	names := make([]string, 0, len(o.Stages))
	for n := range o.Stages {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
