package agents_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents"
)

// fleetStats gathers the reports of a fleet's agents for BenchmarkFleet's
// metrics: over all the ticks, and per kind.
type fleetStats struct {
	mu     sync.Mutex
	lags   []int // per tick: the stale heads dropped for it
	stages map[string][]time.Duration
	kinds  map[string]*kindStats
	// rows and runs of the shared models' batchers: inferences, and the
	// session runs that computed them.
	rows, runs uint64
}

func (s *fleetStats) addBatches(rows, runs uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rows, s.runs = s.rows+rows, s.runs+runs
}

// kindStats are the ticks of one kind that ran the model.
type kindStats struct {
	pipeline, tick []time.Duration
	bundles        int
	ticks, lagged  int // every tick of the kind; those that started ≥ 1 block late
	// stages are the pipeline stages' times of the ticks that ran the
	// model, for the log (where a kind's pipeline time goes).
	stages map[string][]time.Duration
}

func newFleetStats() *fleetStats {
	s := &fleetStats{stages: map[string][]time.Duration{}, kinds: map[string]*kindStats{}}
	for _, k := range fleetKinds {
		s.kinds[k] = &kindStats{stages: map[string][]time.Duration{}}
	}
	return s
}

// reporter is the Report callback of an agent of kind.
func (s *fleetStats) reporter(kind string) func(agents.Report) {
	return func(r agents.Report) {
		if r.Stage == agents.StageSettled {
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		k := s.kinds[kind]
		s.lags = append(s.lags, r.Skipped)
		k.ticks++
		if r.Skipped >= 1 {
			k.lagged++
		}
		if r.Stage == agents.StageSubmitted {
			k.bundles++
		}
		var work time.Duration
		ran := false
		for _, st := range r.Timings {
			s.stages[st.Stage] = append(s.stages[st.Stage], st.Took)
			switch st.Stage {
			case "infer", "decide", "guard", "commit":
				work += st.Took
				// A tick that ran the model decided; a warm-up or idle
				// one times an empty infer stage only.
				ran = ran || st.Stage == "decide"
			}
		}
		if ran {
			k.pipeline, k.tick = append(k.pipeline, work), append(k.tick, r.Elapsed)
			for _, st := range r.Timings {
				k.stages[st.Stage] = append(k.stages[st.Stage], st.Took)
			}
		}
	}
}

// p99 is the 99th percentile of d in milliseconds; it sorts d.
func p99(d []time.Duration) float64 {
	slices.Sort(d)
	return float64(d[len(d)*99/100].Microseconds()) / 1000
}

// publish reports the metrics (see BenchmarkFleet).
func (s *fleetStats) publish(b *testing.B) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var pipeline, tick []time.Duration
	bundles := 0
	for _, name := range fleetKinds {
		k := s.kinds[name]
		bundles += k.bundles
		pipeline, tick = append(pipeline, k.pipeline...), append(tick, k.tick...)
		if len(k.pipeline) == 0 {
			continue // none of the kind in the fleet, or none that ran the model
		}
		b.ReportMetric(p99(k.pipeline), name+"-pipeline-p99-ms")
		b.ReportMetric(float64(len(k.pipeline)), name+"-inferred-ticks")
		b.ReportMetric(float64(k.bundles), name+"-bundles")
		b.ReportMetric(100*float64(k.lagged)/float64(k.ticks), name+"-lagged-ticks-%")
		line := name + " stage p99 (ms):"
		for _, st := range []string{"infer", "decide", "guard", "commit"} {
			if d := k.stages[st]; len(d) > 0 {
				line += fmt.Sprintf(" %s %.2f", st, p99(d))
			}
		}
		b.Log(line)
	}
	if len(pipeline) == 0 || len(s.lags) == 0 {
		b.Fatal("no tick ran the model")
	}
	slices.Sort(s.lags)
	lagged, sum := 0, 0
	for _, l := range s.lags {
		sum += l
		if l >= 1 {
			lagged++
		}
	}
	b.ReportMetric(p99(pipeline), "pipeline-p99-ms")
	b.ReportMetric(p99(tick), "tick-p99-ms")
	b.ReportMetric(float64(s.lags[len(s.lags)-1]), "lag-blocks")
	b.ReportMetric(float64(sum)/float64(len(s.lags)), "lag-mean-blocks")
	b.ReportMetric(float64(s.lags[len(s.lags)*99/100]), "lag-p99-blocks")
	b.ReportMetric(100*float64(lagged)/float64(len(s.lags)), "lagged-ticks-%")
	b.ReportMetric(float64(bundles), "bundles")
	if s.runs > 0 {
		b.ReportMetric(float64(s.rows)/float64(s.runs), "rows-per-run")
	}
	for _, st := range []string{"observe", "act"} {
		if len(s.stages[st]) > 0 {
			b.ReportMetric(p99(s.stages[st]), st+"-p99-ms")
		}
	}
	b.ReportMetric(0, "ns/op")
}
