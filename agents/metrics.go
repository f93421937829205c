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
	ticks    *prometheus.CounterVec
	tickTime *prometheus.HistogramVec
	gas      *prometheus.CounterVec
}

// NewMetrics registers the runtime's metrics on reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		ticks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "steward_ticks_total", Help: "Ticks by how far they went (warmup, idle, held, rejected, failed, recorded, submitted) and settled bundles.",
		}, []string{"agent", "stage"}),
		tickTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "steward_tick_seconds", Help: "Time from a head to the end of its tick, RPC included.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}, []string{"agent"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "steward_bundle_gas_total", Help: "Gas used by settled bundles.",
		}, []string{"agent", "outcome"}),
	}
	for _, c := range []prometheus.Collector{m.ticks, m.tickTime, m.gas} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register metrics: %w", err)
		}
	}
	return m, nil
}

// Observe records one report; use it as (or inside) Config.Report.
func (m *Metrics) Observe(r Report) {
	m.ticks.WithLabelValues(r.Agent, string(r.Stage)).Inc()
	if r.Stage == StageSettled && r.Outcome != nil {
		outcome := "success"
		if !r.Outcome.Success {
			outcome = "failure"
		}
		m.gas.WithLabelValues(r.Agent, outcome).Add(float64(r.Outcome.GasUsed))
		return
	}
	m.tickTime.WithLabelValues(r.Agent).Observe(r.Elapsed.Seconds())
}

// rpcCollector exports a fail-over client's counters.
type rpcCollector struct {
	client                       *rpcclient.Client
	requests, retries, failovers *prometheus.Desc
	faults                       *prometheus.Desc
}

// NewRPCCollector exports the client's request, retry, fail-over and fault counters.
func NewRPCCollector(c *rpcclient.Client) prometheus.Collector {
	return &rpcCollector{
		client:    c,
		requests:  prometheus.NewDesc("steward_rpc_requests_total", "JSON-RPC HTTP requests (a batch is one).", nil, nil),
		retries:   prometheus.NewDesc("steward_rpc_retries_total", "JSON-RPC attempts after the first.", nil, nil),
		failovers: prometheus.NewDesc("steward_rpc_failovers_total", "Changes of the primary endpoint.", nil, nil),
		faults:    prometheus.NewDesc("steward_rpc_faults_total", "Node faults by kind.", []string{"kind"}, nil),
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
