package agents

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/chain/txmgr"
)

// Metrics are the runtime's Prometheus metrics. They are registered on a
// registry the caller owns; nothing is global.
type Metrics struct {
	ticks     *prometheus.CounterVec
	tickTime  *prometheus.HistogramVec
	stageTime *prometheus.HistogramVec
	modelTime *prometheus.HistogramVec
	lag       *prometheus.GaugeVec
	stale     *prometheus.CounterVec
	settled   *prometheus.CounterVec
	gas       *prometheus.CounterVec
}

// NewMetrics registers the runtime's metrics on reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		ticks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "steward_ticks_total", Help: "Ticks by how far they went (warmup, idle, held, rejected, failed, recorded, submitted), settled bundles and bundles orphaned by a reorg.",
		}, []string{"agent", "stage"}),
		tickTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "steward_tick_seconds", Help: "Time from a head to the end of its tick, RPC included.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}, []string{"agent"}),
		stageTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "steward_tick_stage_seconds", Help: "Time of each stage of a tick: observe, infer, decide, guard, commit, act.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16),
		}, []string{"agent", "stage"}),
		modelTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "steward_model_seconds", Help: "Time of a tick's inferences (its infer stage).",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16),
		}, []string{"agent"}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "steward_ingest_lag_blocks", Help: "Blocks the agent was behind the chain's head when its last tick started (stale heads it dropped).",
		}, []string{"agent"}),
		stale: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "steward_stale_heads_total", Help: "Heads dropped as stale for a newer one (their logs went with it).",
		}, []string{"agent"}),
		settled: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "steward_transactions_settled_total", Help: "Bundle transactions settled, by outcome (success, failure).",
		}, []string{"agent", "outcome"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "steward_bundle_gas_total", Help: "Gas used by settled bundles.",
		}, []string{"agent", "outcome"}),
	}
	for _, c := range []prometheus.Collector{m.ticks, m.tickTime, m.stageTime, m.modelTime, m.lag, m.stale, m.settled, m.gas} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register metrics: %w", err)
		}
	}
	return m, nil
}

// Observe records one report; use it as (or inside) Config.Report.
func (m *Metrics) Observe(r Report) {
	m.ticks.WithLabelValues(r.Agent, string(r.Stage)).Inc()
	if r.Stage == StageOrphaned {
		return // not a tick: a settled bundle went back to pending
	}
	if r.Stage == StageSettled && r.Outcome != nil {
		outcome := "success"
		if !r.Outcome.Success {
			outcome = "failure"
		}
		m.gas.WithLabelValues(r.Agent, outcome).Add(float64(r.Outcome.GasUsed))
		m.settled.WithLabelValues(r.Agent, outcome).Inc()
		return
	}
	m.tickTime.WithLabelValues(r.Agent).Observe(r.Elapsed.Seconds())
	m.lag.WithLabelValues(r.Agent).Set(float64(r.Skipped))
	m.stale.WithLabelValues(r.Agent).Add(float64(r.Skipped))
	for _, st := range r.Timings {
		m.stageTime.WithLabelValues(r.Agent, st.Stage).Observe(st.Took.Seconds())
		if st.Stage == "infer" {
			m.modelTime.WithLabelValues(r.Agent).Observe(st.Took.Seconds())
		}
	}
}

// rpcCollector exports a fail-over client's counters.
type rpcCollector struct {
	client                       *rpcclient.Client
	requests, retries, failovers *prometheus.Desc
	faults                       *prometheus.Desc
}

// NewRPCCollector exports the client's request, retry, fail-over and fault
// counters, labelled with the agent that owns the client.
func NewRPCCollector(agent string, c *rpcclient.Client) prometheus.Collector {
	l := prometheus.Labels{"agent": agent}
	return &rpcCollector{
		client:    c,
		requests:  prometheus.NewDesc("steward_rpc_requests_total", "JSON-RPC HTTP requests (a batch is one).", nil, l),
		retries:   prometheus.NewDesc("steward_rpc_retries_total", "JSON-RPC attempts after the first.", nil, l),
		failovers: prometheus.NewDesc("steward_rpc_failovers_total", "Changes of the primary endpoint.", nil, l),
		faults:    prometheus.NewDesc("steward_rpc_faults_total", "Node faults (RPC errors) by kind.", []string{"kind"}, l),
	}
}

func (c *rpcCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.requests
	ch <- c.retries
	ch <- c.failovers
	ch <- c.faults
}

func (c *rpcCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.client.Stats()
	ch <- prometheus.MustNewConstMetric(c.requests, prometheus.CounterValue, float64(s.Requests))
	ch <- prometheus.MustNewConstMetric(c.retries, prometheus.CounterValue, float64(s.Retries))
	ch <- prometheus.MustNewConstMetric(c.failovers, prometheus.CounterValue, float64(s.Failovers))
	for kind, n := range s.Faults {
		ch <- prometheus.MustNewConstMetric(c.faults, prometheus.CounterValue, float64(n), string(kind))
	}
}

// newStuckGauge exports how many of the outbox's transactions are stuck at the fee cap.
func newStuckGauge(agent string, o *txmgr.Outbox) prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "steward_outbox_stuck", Help: "Transactions not mined whose fees reached the cap.",
		ConstLabels: prometheus.Labels{"agent": agent},
	}, func() float64 { return float64(len(o.Stuck())) })
}

// ServeMetrics serves reg at http://addr/metrics until ctx ends. addr must
// be a loopback or explicitly chosen address; it is never defaulted to all
// interfaces.
func ServeMetrics(ctx context.Context, addr string, reg *prometheus.Registry, logger *slog.Logger) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics listen %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("metrics server stopped; the agent goes on without metrics", "err", err)
		}
	}()
	return ln.Addr(), nil
}
