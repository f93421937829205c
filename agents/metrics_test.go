package agents_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
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
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199010}, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	httpURL, _ := chain.Endpoints()
	client, err := rpcclient.Dial(ctx, rpcclient.Config{Endpoints: []string{httpURL}}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()

	reg := prometheus.NewRegistry()
	m, err := agents.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := reg.Register(agents.NewRPCCollector(client)); err != nil {
		t.Fatal(err)
	}
	m.Observe(agents.Report{Agent: "a", Stage: agents.StageHeld, Elapsed: time.Millisecond})
	m.Observe(agents.Report{Agent: "a", Stage: agents.StageHeld, Elapsed: 2 * time.Millisecond})
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
		`steward_rpc_requests_total`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
