package model_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// BenchmarkBatchedModel measures one tick of n agents that infer at once,
// each on its own goroutine, with the shipped mm-range model: "per-agent"
// gives every agent its own model (n session runs a tick, as agents
// without shared Parts run); "batched" shares one OpenBatched model that
// the n agents joined (agents under RunAll). ns/op is one tick; it reports
// inferences/s and session runs/tick.
func BenchmarkBatchedModel(b *testing.B) {
	rt := onnxtest.Runtime(b)
	card := filepath.Join(modelsDir, "mm-range-v1.card.json")
	for _, n := range []int{50, 200} {
		inputs := seededInputs(n, 5, 10000)
		b.Run(fmt.Sprintf("agents=%d/per-agent", n), func(b *testing.B) {
			models := make([]*model.Model, n)
			for i := range models {
				m, err := model.Open(rt, card)
				if err != nil {
					b.Fatal(err)
				}
				defer m.Close()
				models[i] = m
			}
			benchTicks(b, inputs, func(i int) *model.Model { return models[i] })
			b.ReportMetric(float64(n), "runs/tick")
		})
		b.Run(fmt.Sprintf("agents=%d/batched", n), func(b *testing.B) {
			m, err := model.OpenBatched(rt, card, onnx.BatcherConfig{})
			if err != nil {
				b.Fatal(err)
			}
			defer m.Close()
			if err := m.Batcher().Batching(); err != nil {
				b.Fatal(err)
			}
			for range n {
				defer m.Batcher().Join()()
			}
			before := m.Batcher().Stats()
			benchTicks(b, inputs, func(int) *model.Model { return m })
			after := m.Batcher().Stats()
			b.ReportMetric(float64(after.Runs-before.Runs)/float64(b.N), "runs/tick")
		})
	}
}

// benchTicks runs b.N ticks in which agent i infers inputs[i] on model(i),
// all agents at once, and reports inferences/s.
func benchTicks(b *testing.B, inputs []namedInput, model func(i int) *model.Model) {
	ctx := context.Background()
	start := time.Now()
	for b.Loop() {
		var wg sync.WaitGroup
		for i, in := range inputs {
			wg.Go(func() {
				if _, err := model(i).Infer(ctx, in.values); err != nil {
					b.Error(err)
				}
			})
		}
		wg.Wait()
	}
	b.ReportMetric(float64(b.N*len(inputs))/time.Since(start).Seconds(), "inferences/s")
}
