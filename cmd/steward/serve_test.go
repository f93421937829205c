package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents/api"
	"github.com/steward-agents/steward/agents/store"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// `steward serve` over a store an agent wrote: the dashboard and the API
// answer, a state change needs the token from --token-env and lands in the
// store, and SIGINT (ctx) ends it with exit 0.
func TestServe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "agents.db")
	st, err := sqlitestore.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveBlock(t.Context(), store.Block{Agent: "mm", Number: 7, Hash: [32]byte{7}, Time: 1}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	t.Setenv("STEWARD_SERVE_TEST_TOKEN", "tok-123")

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, errOut lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--store", "sqlite://" + path, "--addr", "127.0.0.1:0",
			"--token-env", "STEWARD_SERVE_TEST_TOKEN"}, &out, &errOut)
	}()
	urlRe := regexp.MustCompile(`dashboard at (http://127\.0\.0\.1:\d+/)`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == ""; {
		if m := urlRe.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s%s", code, out.String(), errOut.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve printed no URL: %s%s", out.String(), errOut.String())
		}
	}
	if !strings.Contains(out.String(), "Authorization: Bearer $STEWARD_SERVE_TEST_TOKEN") {
		t.Errorf("serve does not say how to authorise: %s", out.String())
	}

	get := func(path string) (int, string) {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, page := get(""); code != 200 || !strings.Contains(page, "<title>Steward") {
		t.Fatalf("GET /: %d %.200s", code, page)
	}
	code, body := get("api/agents")
	var list api.AgentList
	if err := json.Unmarshal([]byte(body), &list); err != nil || code != 200 || len(list.Items) != 1 || list.Items[0].Name != "mm" {
		t.Fatalf("GET /api/agents: %d %s", code, body)
	}
	pause := func(auth string) int {
		req, _ := http.NewRequest("POST", base+"api/agents/mm/pause", strings.NewReader(`{"reason":"test"}`))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if c := pause(""); c != http.StatusUnauthorized {
		t.Fatalf("pause without the token: %d, want 401", c)
	}
	if c := pause("Bearer tok-123"); c != http.StatusOK {
		t.Fatalf("pause with the token: %d", c)
	}
	code, body = get("api/agents")
	if err := json.Unmarshal([]byte(body), &list); err != nil || list.Items[0].State != store.ControlPaused {
		t.Fatalf("after the pause: %d %s", code, body)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d after SIGINT: %s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after SIGINT")
	}
}

func TestServeRefuses(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
		says string
	}{
		{"no store", []string{"serve"}, "--store is required"},
		{"a missing SQLite file", []string{"serve", "--store", "sqlite://" + filepath.Join(dir, "none.db")}, "no such file"},
		{"a bad store URL", []string{"serve", "--store", "mysql://h/db"}, "--store: want"},
		{"a password in the URL", []string{"serve", "--store", "postgres://u:pw@127.0.0.1/db"}, "password"},
		{"a missing backtest folder", []string{"serve", "--store", "postgres://127.0.0.1/db", "--backtests", filepath.Join(dir, "nope")}, "not a folder"},
		{"a stray argument", []string{"serve", "extra"}, `unexpected argument "extra"`},
	}
	for _, tc := range cases {
		var out, errOut lockedBuffer
		if code := run(t.Context(), tc.args, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), tc.says) {
			t.Errorf("%s: exit %d, stderr %q; want 1 saying %q", tc.name, code, errOut.String(), tc.says)
		}
	}
}

// `steward demo` serves the dashboard while it runs and prints its URL;
// the API shows the demo's agent ticking, and a pause sent with
// $STEWARD_API_TOKEN holds it until it is resumed.
func TestDemoServesTheDashboard(t *testing.T) {
	onnxtest.Runtime(t)
	if testing.Short() {
		t.Skip("runs the demo")
	}
	t.Setenv("STEWARD_API_TOKEN", "demo-token")
	var out, errOut lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(t.Context(), []string{"demo", "--blocks", "150", "--block-time", "60ms",
			"--store", filepath.Join(t.TempDir(), "demo.db")}, &out, &errOut)
	}()
	urlRe := regexp.MustCompile(`dashboard   : (http://127\.0\.0\.1:\d+/)`)
	var base string
	agent := func() (api.Agent, bool) {
		res, err := http.Get(base + "api/agents")
		if err != nil {
			return api.Agent{}, false
		}
		defer res.Body.Close()
		var list api.AgentList
		if json.NewDecoder(res.Body).Decode(&list) != nil || len(list.Items) != 1 || list.Items[0].LastBlock == nil {
			return api.Agent{}, false
		}
		return list.Items[0], true
	}
	// waitFor polls the API until cond holds for the demo's agent.
	waitFor := func(what string, cond func(api.Agent) bool) api.Agent {
		t.Helper()
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); {
			if base == "" {
				if m := urlRe.FindStringSubmatch(out.String()); m != nil {
					base = m[1]
				}
			} else if a, ok := agent(); ok && cond(a) {
				return a
			}
			select {
			case code := <-done:
				t.Fatalf("the demo exited %d before %s: %s%s", code, what, out.String(), errOut.String())
			case <-time.After(30 * time.Millisecond):
			}
		}
		t.Fatalf("no %s within 60 s: %s", what, out.String())
		return api.Agent{}
	}
	first := waitFor("decision", func(a api.Agent) bool { return a.LastDecision != nil })
	if strings.Contains(out.String(), "API token") {
		t.Error("the demo printed a throw-away token although $STEWARD_API_TOKEN is set")
	}

	req, _ := http.NewRequest("POST", base+"api/agents/"+first.Name+"/pause", strings.NewReader(`{"reason":"look around"}`))
	req.Header.Set("Authorization", "Bearer demo-token")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("pause: %d", res.StatusCode)
	}
	// A tick already past its switch may still decide; the ones after it
	// only observe: the last tick moves on, the last decision stays.
	atPause := waitFor("tick after the pause", func(a api.Agent) bool { return a.State == store.ControlPaused })
	held := waitFor("3 paused ticks", func(a api.Agent) bool { return a.LastBlock.Number >= atPause.LastBlock.Number+4 })
	if held.LastDecision.ID > atPause.LastDecision.ID+1 {
		t.Fatalf("decisions %d..%d were made while paused", atPause.LastDecision.ID+1, held.LastDecision.ID)
	}
	mid := held.LastDecision.ID
	req, _ = http.NewRequest("POST", base+"api/agents/"+first.Name+"/resume", nil)
	req.Header.Set("Authorization", "Bearer demo-token")
	if res, err = http.DefaultClient.Do(req); err != nil || res.StatusCode != 200 {
		t.Fatalf("resume: %v %v", res, err)
	}
	res.Body.Close()
	waitFor("a decision after the resume", func(a api.Agent) bool { return a.LastDecision.ID > mid })

	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("the demo exited %d: %s%s", code, out.String(), errOut.String())
		}
	case <-time.After(120 * time.Second):
		t.Fatal("the demo did not end")
	}
	if _, err := http.Get(base + "api/agents"); err == nil {
		t.Error("the dashboard still answers after the demo ended")
	}
}
