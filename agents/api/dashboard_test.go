//go:build linux

package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents/api"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/backtest/report/reporttest"
)

// TestDashboardInChromium runs a real agent until it has confirmed
// re-ranges, serves its store, loads the dashboard in headless Chromium
// (the page's JavaScript fetches the API and renders), finds the agents and
// their decisions — verdicts, explorer links, verify status — in the
// rendered DOM, and keeps a screenshot (and the DOM) in $STEWARD_ARTIFACTS,
// by default $TMPDIR/steward-artifacts.
func TestDashboardInChromium(t *testing.T) {
	bin := reporttest.FindChromium(t)
	if testing.Short() {
		t.Skip("runs a real agent and Chromium")
	}
	st := openSQLite(t)
	k := newRig(t, st, "mm-usdc-weth", 0).ticker()
	for i := 0; ; i++ {
		k.step()
		confirmed, err := st.ListDecisions(t.Context(), store.DecisionFilter{State: store.DecisionConfirmed, Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		if len(confirmed) == 2 && i >= 40 {
			break
		}
		if i == 300 {
			t.Fatalf("fewer than 2 confirmed decisions in %d blocks", i)
		}
	}
	// A second agent of another kind, as its rows look in the store: its
	// actions carry a score, one was refused by the operator's kill switch.
	scorer := addScorer(t, st)
	// The first agent is paused now, by the operator.
	if err := st.SetControl(t.Context(), store.Control{Agent: "mm-usdc-weth", State: store.ControlPaused, Reason: "rolling the model"}); err != nil {
		t.Fatal(err)
	}
	k.step()

	// The older of the two was verified (as the demo does); the newer shows
	// the proof check the server makes itself.
	confirmed, err := st.ListDecisions(t.Context(), store.DecisionFilter{State: store.DecisionConfirmed, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := st.Transaction(t.Context(), confirmed[1].TxID)
	if err != nil {
		t.Fatal(err)
	}
	verified := &api.Verifications{}
	verified.Set(tx.Hash, api.Verification{OK: true, CheckedAt: time.Now()})
	backtests := t.TempDir()
	if err := os.MkdirAll(filepath.Join(backtests, "mm-2024-01"), 0o755); err != nil {
		t.Fatal(err)
	}
	summary := `{"title":"USDC/WETH January","blocks":{"count":214000},"strategies":[{"name":"model","metrics":{"pnl":1234.5,"maxDrawdown":0.031}}]}`
	if err := os.WriteFile(filepath.Join(backtests, "mm-2024-01", "summary.json"), []byte(summary), 0o644); err != nil {
		t.Fatal(err)
	}

	srv, err := api.New(api.Config{Addr: "127.0.0.1:0", Token: token, Explorer: "https://explorer.example",
		Verified: verified, BacktestDir: backtests, Logger: slog.New(slog.DiscardHandler)}, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)

	// The page polls every 2 s; a 10 s virtual-time budget lets it render
	// and refresh a few times before the DOM is dumped.
	dom := string(reporttest.RunChromium(t, bin, srv.URL(), "--virtual-time-budget=10000", "--dump-dom"))
	if !strings.Contains(dom, `data-ready="true"`) {
		t.Fatalf("the dashboard never rendered the API's data:\n%s", clipped(dom))
	}
	if m := regexp.MustCompile(`data-refreshes="(\d+)"`).FindStringSubmatch(dom); m == nil || m[1] == "1" {
		t.Errorf("the dashboard did not refresh itself (live updates): %v", m)
	}
	for _, want := range []string{
		`<tr data-agent="mm-usdc-weth" data-state="paused">`, // the agents table, with the switch in force
		`<tr data-agent="dao-scorer" data-state="running">`,
		`rolling the model`,
		`data-policy="width"`,       // a policy verdict
		`data-policy="kill-switch"`, // the scorer's refused action
		`href="https://explorer.example/tx/` + tx.Hash.Hex() + `"`, // the explorer link
		`data-verify="ok"`,                     // the verification supplied
		`data-verify="proof"`,                  // the proof check of the others
		fmt.Sprintf(`data-score="%d"`, scorer), // the scores table
		`data-backtest="mm-2024-01"`,
		`USDC/WETH January`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %s", want)
		}
	}
	// The newest decisions, each as a row of the decisions table.
	latest, err := st.ListDecisions(t.Context(), store.DecisionFilter{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range latest {
		row := fmt.Sprintf(`<tr data-decision="%d" data-agent="%s" data-state="%s">`, d.ID, d.Agent, d.State)
		if !strings.Contains(dom, row) {
			t.Errorf("rendered DOM lacks decision %d (%s, %s)", d.ID, d.Agent, d.State)
		}
	}

	dir := t.TempDir()
	shot := filepath.Join(dir, "dashboard.png")
	reporttest.RunChromium(t, bin, srv.URL(), "--virtual-time-budget=10000", "--window-size=1400,2400", "--screenshot="+shot)
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v", err)
	}
	reporttest.KeepArtifacts(t, map[string][]byte{"dashboard.png": data, "dashboard.html": []byte(dom)})
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	checkScreenshot(t, img)
}

// addScorer writes the rows of a scoring agent's ticks: scores held, and
// one action the operator's kill switch refused. It returns the id of its
// latest decision.
func addScorer(t *testing.T, st store.Store) int64 {
	t.Helper()
	ctx := t.Context()
	var id int64
	for i := range 3 {
		block := uint64(500 + i)
		if err := st.SaveBlock(ctx, store.Block{Agent: "dao-scorer", Number: block, Hash: hashOf("gov", block), ParentHash: hashOf("gov", block-1), Time: uint64(time.Now().Unix())}); err != nil {
			t.Fatal(err)
		}
		action, _ := json.Marshal(map[string]any{"score": 20 + 30*i, "flags": []string{"treasury-transfer"}, "vote": i == 2})
		state := store.DecisionHeld
		if i == 2 {
			state = store.DecisionProposed
		}
		var err error
		id, err = st.InsertDecision(ctx, store.Decision{Agent: "dao-scorer", BlockNumber: block, BlockHash: hashOf("gov", block),
			RecordHash: hashOf("gov-record", i), Action: action, State: state, Reason: map[bool]string{true: "below the review floor"}[i < 2]})
		if err != nil {
			t.Fatal(err)
		}
		if state == store.DecisionProposed {
			err := st.MarkRejected(ctx, id, []store.PolicyResult{{Name: "kill-switch", Message: "kill switch engaged by the operator: audit"}},
				"kill-switch: kill switch engaged by the operator: audit")
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	return id
}

// checkScreenshot looks for a page that rendered: the window's size, many
// colours (text and badges; a blank page has one) and the green of the
// "running" and "confirmed" badges and allowed verdicts.
func checkScreenshot(t *testing.T, img image.Image) {
	t.Helper()
	b := img.Bounds()
	if b.Dx() != 1400 || b.Dy() != 2400 {
		t.Errorf("screenshot is %dx%d, want 1400x2400", b.Dx(), b.Dy())
	}
	colors := map[[3]uint8]bool{}
	green := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8)}
			colors[c] = true
			if c == [3]uint8{0xe3, 0xf5, 0xea} { // --ok-bg
				green++
			}
		}
	}
	t.Logf("screenshot %dx%d: %d colours, %d badge-green pixels", b.Dx(), b.Dy(), len(colors), green)
	if len(colors) < 50 {
		t.Errorf("screenshot has %d distinct colours, want at least 50 (a blank page has few)", len(colors))
	}
	if green < 500 {
		t.Errorf("screenshot has %d pixels of the badges' green, want at least 500", green)
	}
}

func clipped(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}
