package api_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/api"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/policies"
)

// post sends an authorised state change and fails the test unless it is
// accepted.
func post(t *testing.T, base, path, reason string) api.ControlResult {
	t.Helper()
	var res api.ControlResult
	if code, _ := call(t, "POST", base+path, "Bearer "+token, fmt.Sprintf(`{"reason":%q}`, reason), &res); code != http.StatusOK {
		t.Fatalf("POST %s: %d %+v", path, code, res)
	}
	return res
}

func decisionCount(t *testing.T, st store.Store, agent string) int {
	t.Helper()
	ds, err := st.ListDecisions(t.Context(), store.DecisionFilter{Agent: agent, Limit: store.MaxPage})
	if err != nil {
		t.Fatal(err)
	}
	return len(ds)
}

// Pause, resume and the kill switch, sent through the API, take effect at
// the agent's very next tick — on both stores, the switch travelling
// through the store as it would between `steward serve` and `steward run`.
func TestSwitchesTakeEffectAtTheNextTick(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a real agent for a few hundred blocks")
	}
	for name, open := range map[string]func(testing.TB) store.Store{"sqlite": openSQLite, "postgres": openPostgres} {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			k := newRig(t, st, "mm-api", 0).ticker()
			ts := serve(t, st, api.Config{Token: token})
			for range 5 {
				if rep := k.step(); rep.Stage == agents.StagePaused {
					t.Fatalf("paused before any switch: %+v", rep)
				}
			}

			// Pause: the next ticks observe and decide nothing.
			before := decisionCount(t, st, "mm-api")
			post(t, ts.URL, "/api/agents/mm-api/pause", "maintenance")
			var head uint64
			for range 3 {
				rep := k.step()
				if rep.Stage != agents.StagePaused || rep.Reason != "paused by the operator: maintenance" {
					t.Fatalf("the tick after a pause: stage %s, reason %q", rep.Stage, rep.Reason)
				}
				head = rep.Block
			}
			if n := decisionCount(t, st, "mm-api"); n != before {
				t.Fatalf("%d decisions written while paused", n-before)
			}
			var agentsNow api.AgentList
			call(t, "GET", ts.URL+"/api/agents", "", "", &agentsNow)
			if a := agentsNow.Items[0]; a.State != store.ControlPaused || a.LastBlock.Number != head || a.Control.Reason != "maintenance" {
				t.Fatalf("the API shows %+v, want paused with the last observed block %d", a, head)
			}

			// Resume: the next tick decides again.
			post(t, ts.URL, "/api/agents/mm-api/resume", "")
			if rep := k.step(); rep.Stage == agents.StagePaused {
				t.Fatalf("the tick after resume is still paused: %+v", rep)
			}

			// Kill switch for every agent: from the next tick, each action
			// the agent proposes is rejected with the kill-switch verdict;
			// nothing is sent.
			post(t, ts.URL, "/api/halt", "incident")
			want := []store.PolicyResult{{Name: policies.KillSwitchRule, Message: policies.KillSwitchMessage + " by the operator (all agents): incident"}}
			rejected, blocks := 0, 0
			for ; rejected < 2; blocks++ {
				i := blocks
				if i == 200 {
					t.Fatalf("the agent proposed nothing in %d blocks of a climbing market", i)
				}
				rep := k.step()
				switch rep.Stage {
				case agents.StageHeld:
				case agents.StageRejected:
					if !slices.Equal(rep.Verdict, want) {
						t.Fatalf("rejected with %+v, want the kill switch's %+v", rep.Verdict, want)
					}
					rejected++
				default:
					t.Fatalf("block %d under the kill switch: %s (%s)", rep.Block, rep.Stage, rep.Reason)
				}
			}
			t.Logf("kill switch: %d actions rejected in %d blocks", rejected, blocks)
			var page api.Page[api.Decision]
			call(t, "GET", ts.URL+"/api/decisions?agent=mm-api&state=rejected&limit=1", "", "", &page)
			if len(page.Items) != 1 || !slices.Equal(page.Items[0].Verdict, want) {
				t.Fatalf("the API's latest rejected decision: %+v", page.Items)
			}

			// Resume every agent: the agent acts again.
			post(t, ts.URL, "/api/resume", "all clear")
			for i := 0; ; i++ {
				if i == 100 {
					t.Fatal("no bundle submitted in 100 blocks after the kill switch was released")
				}
				rep := k.step()
				if rep.Stage == agents.StageRejected {
					t.Fatalf("rejected after the release: %+v", rep.Verdict)
				}
				if rep.Stage == agents.StageSubmitted {
					break
				}
			}
		})
	}
}

// The runner `steward run` and the demo use (agents.Run) reads the switch
// from its store by itself: a pause sent while it runs on a live chain
// holds every tick that starts after the API answered.
func TestRunningAgentObeysTheSwitch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a real agent on a live embedded chain")
	}
	st := openSQLite(t)
	r := newRig(t, st, "mm-live", 50*time.Millisecond)
	ts := serve(t, st, api.Config{Token: token})
	ctx := t.Context()
	if err := r.chain.Start(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := agents.Run(ctx, agents.RunParams{Name: r.name, Node: r.chain.Client(), Key: r.key,
			Guard: r.chain.Deployment().Guard, Program: r.program(), Model: r.model, Policies: r.engine, Store: st,
			PollInterval: 10 * time.Millisecond, Blocks: 400, Report: r.report})
		done <- err
	}()
	// ticksAfter waits for n tick reports of ticks started after `after`.
	ticksAfter := func(after time.Time, n int) []stamped {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			var out []stamped
			for _, rep := range r.seen() {
				if rep.Stage != agents.StageSettled && rep.started.After(after) {
					out = append(out, rep)
				}
			}
			if len(out) >= n {
				return out
			}
			select {
			case err := <-done:
				t.Fatalf("the agent stopped: %v", err)
			case <-time.After(20 * time.Millisecond):
			}
		}
		t.Fatalf("fewer than %d ticks in 30 s", n)
		return nil
	}
	ticksAfter(time.Time{}, 3)

	post(t, ts.URL, "/api/agents/mm-live/pause", "deploying")
	paused := time.Now()
	for _, rep := range ticksAfter(paused, 5) {
		if rep.Stage != agents.StagePaused || !strings.Contains(rep.Reason, "deploying") {
			t.Fatalf("block %d started after the pause: %s %q", rep.Block, rep.Stage, rep.Reason)
		}
	}
	post(t, ts.URL, "/api/agents/mm-live/resume", "")
	resumed := time.Now()
	for _, rep := range ticksAfter(resumed, 3) {
		if rep.Stage == agents.StagePaused {
			t.Fatalf("block %d started after the resume is paused", rep.Block)
		}
	}
}
