package agents_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/devchain"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
)

func TestMetricsEndpoint(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	client := rpcClient(t)

	reg := prometheus.NewRegistry()
	m, err := agents.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := reg.Register(agents.NewRPCCollector("a", client)); err != nil {
		t.Fatal(err)
	}
	m.Observe(agents.Report{Agent: "a", Stage: agents.StageHeld, Elapsed: time.Millisecond})
	m.Observe(agents.Report{Agent: "a", Stage: agents.StageHeld, Elapsed: 2 * time.Millisecond, Skipped: 3,
		Timings: []agents.StageTime{{Stage: "observe", Took: time.Millisecond}, {Stage: "infer", Took: 2 * time.Millisecond}, {Stage: "decide", Took: time.Millisecond}}})
	m.Observe(agents.Report{Agent: "a", Stage: agents.StageSettled, Outcome: &program.Outcome{Success: true, GasUsed: 400000}})

	addr, err := agents.ServeMetrics(ctx, "127.0.0.1:0", reg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + addr.String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`steward_ticks_total{agent="a",stage="held"} 2`,
		`steward_ticks_total{agent="a",stage="settled"} 1`,
		`steward_bundle_gas_total{agent="a",outcome="success"} 400000`,
		`steward_tick_seconds_count{agent="a"} 2`,
		`steward_rpc_requests_total{agent="a"}`,
		`steward_ingest_lag_blocks{agent="a"} 3`,
		`steward_stale_heads_total{agent="a"} 3`,
		`steward_tick_stage_seconds_count{agent="a",stage="infer"} 1`,
		`steward_model_seconds_count{agent="a"} 1`,
		`steward_transactions_settled_total{agent="a",outcome="success"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

// rpcClient is a fail-over client of an embedded chain served over HTTP.
func rpcClient(t *testing.T) *rpcclient.Client {
	t.Helper()
	chain, err := devchain.New(context.Background(), devchain.Config{PriceTicks: []int32{199000, 199010}, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Stop)
	httpURL, _ := chain.Endpoints()
	client, err := rpcclient.Dial(context.Background(), rpcclient.Config{Endpoints: []string{httpURL}}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return client
}

// TestGrafanaDashboard loads configs/grafana/steward-dashboard.json and
// requires every metric its panels query to be one the runtime exports:
// those of a registry after reports of every kind, and the outbox's and
// lease's gauges (registered by the runner for each outbox and HA agent).
func TestGrafanaDashboard(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "configs", "grafana", "steward-dashboard.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Title  string `json:"title"`
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(data, &dash); err != nil {
		t.Fatalf("the dashboard is not JSON Grafana reads: %v", err)
	}
	reg := prometheus.NewRegistry()
	m, err := agents.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := reg.Register(agents.NewRPCCollector("a", rpcClient(t))); err != nil {
		t.Fatal(err)
	}
	m.Observe(agents.Report{Agent: "a", Stage: agents.StageHeld, Skipped: 1, Timings: []agents.StageTime{{Stage: "infer", Took: time.Millisecond}}})
	m.Observe(agents.Report{Agent: "a", Stage: agents.StageSettled, Outcome: &program.Outcome{Success: true, GasUsed: 1}})
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	// Registered beside these by the runner: the outbox's gauge for each
	// outbox, the lease's for each agent of an HA replica.
	exported := map[string]bool{"steward_outbox_stuck": true, "steward_lease_owner": true}
	for _, f := range families {
		exported[f.GetName()] = true
	}
	name := regexp.MustCompile(`\bsteward_[a-z_]+`)
	queried := 0
	for _, p := range dash.Panels {
		if len(p.Targets) == 0 {
			t.Errorf("panel %q queries nothing", p.Title)
		}
		for _, tg := range p.Targets {
			for _, n := range name.FindAllString(tg.Expr, -1) {
				queried++
				base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(n, "_bucket"), "_count"), "_sum")
				if !exported[base] {
					t.Errorf("panel %q queries %s, which the runtime does not export", p.Title, n)
				}
			}
		}
	}
	if queried < 10 {
		t.Fatalf("the dashboard %q queries %d metrics: it shows next to nothing", dash.Title, queried)
	}
}
