package agents_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/inference/blob"
	"github.com/steward-agents/steward/inference/llm"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// slowAdvisor is an OpenAI-compatible chat server whose answer comes only
// once the chain has moved lag blocks past the block the request arrived
// at: an LLM slower than the chain, measured in blocks, not wall time.
type slowAdvisor struct {
	chain interface {
		BlockNumber(ctx context.Context) (uint64, error)
	}
	lag    uint64
	answer string
	stop   chan struct{}

	mu      sync.Mutex
	prompts []string
	waited  []uint64 // blocks between each request and its answer
}

func (s *slowAdvisor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct{ Content string } `json:"messages"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	from, err := s.chain.BlockNumber(r.Context())
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	deadline := time.After(30 * time.Second)
	for now := from; now < from+s.lag; {
		select {
		case <-r.Context().Done():
			return
		case <-s.stop:
			return
		case <-deadline:
			http.Error(w, "the chain did not move", http.StatusGatewayTimeout)
			return
		case <-time.After(10 * time.Millisecond):
		}
		if now, err = s.chain.BlockNumber(r.Context()); err != nil {
			return
		}
	}
	to, _ := s.chain.BlockNumber(r.Context())
	s.mu.Lock()
	for _, m := range req.Messages {
		s.prompts = append(s.prompts, m.Content)
	}
	s.waited = append(s.waited, to-from)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": 1, "model": "steward-range-forecaster",
		"choices": []map[string]any{{"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": s.answer}}},
	})
}

const forecastSchema = `{
  "type": "object",
  "additionalProperties": false,
  "required": ["forecast"],
  "properties": {"forecast": {"type": "number", "minimum": 1, "maximum": 5000}}
}`

// TestONNXAndLLMAgentsOnOneChain runs two market-making agents in one
// process on one embedded chain, sharing one follower (issue 10): one
// driven by the shipped ONNX model, one by an LLM served by a local
// OpenAI-compatible server that answers only 3 blocks after it is asked.
// Both act, commit and verify; the LLM agent processes every head on time
// while its answer is on the way, decides on the newer state, and its
// record names the block the inference was made on.
func TestONNXAndLLMAgentsOnOneChain(t *testing.T) {
	rt := onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	keys := [2]*ecdsa.PrivateKey{}
	var addrs []common.Address
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs = append(addrs, crypto.PubkeyToAddress(keys[i].PublicKey))
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path(), Funded: addrs, BlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	dep := chain.Deployment()

	onnxModel, err := agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer onnxModel.Close()
	cardModels, err := agents.LoadModels(rt, agents.RepoPath("configs/models"))
	if err != nil {
		t.Fatal(err)
	}
	defer cardModels.Close()

	blobHandler, err := blob.NewHandler(blob.HandlerConfig{Dir: t.TempDir()}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	blobSrv := httptest.NewServer(blobHandler)
	defer blobSrv.Close()
	advisor := &slowAdvisor{chain: chain.Client(), lag: 3, answer: `{"forecast": 41.5}`, stop: make(chan struct{})}
	chatSrv := httptest.NewServer(advisor)
	defer chatSrv.Close()
	defer close(advisor.stop)
	llmCfg := llm.Config{
		Provider: llm.ProviderOpenAI, BaseURL: chatSrv.URL + "/v1", Model: "steward-range-forecaster",
		Timeout: 20 * time.Second, MaxRetries: 0, Variables: []string{"tick", "vol30", "vol10", "drift30", "absLastMove", "range30"},
		Template: "{{define \"system\"}}Forecast the largest tick move of a Uniswap v3 pool over the next 30 blocks. Answer with JSON only.{{end -}}\n" +
			"Pool tick {{.tick}}; volatility {{.vol30}} (30 blocks), {{.vol10}} (10); drift {{.drift30}}; last move {{.absLastMove}}; range {{.range30}}.\n",
		Schema: forecastSchema, Outputs: []llm.Output{{Name: "forecast", Scale: onnxModel.Card().OutputScale}},
		BlobURL: blobSrv.URL,
	}
	client, err := llm.New(llmCfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	llmModel, err := agents.NewLLMModel(client)
	if err != nil {
		t.Fatal(err)
	}
	llmVerifiers, err := agents.NewLLMModels([]llm.Config{llmCfg}, &blob.Client{BaseURL: blobSrv.URL})
	if err != nil {
		t.Fatal(err)
	}
	models := [2]agents.Model{onnxModel, llmModel}
	for i, m := range models {
		if err := chain.Authorize(ctx, addrs[i], m.Digest()); err != nil {
			t.Fatal(err)
		}
	}
	vaults := [2]common.Address{dep.Vault, secondVault(t, ctx, chain)}
	for range marketmaking.Window + 1 {
		chain.Commit()
	}

	follower, err := ingest.NewFollower(ingest.FollowerConfig{PollInterval: 25 * time.Millisecond}, chain.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := ingest.NewHub(ingest.HubConfig{}, follower, nil)
	if err != nil {
		t.Fatal(err)
	}
	names := [2]string{"mm-onnx", "mm-llm"}
	var subs [2]*ingest.Subscription
	for i := range subs {
		if subs[i], err = hub.Subscribe(names[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := hub.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer hub.Stop()
	if err := follower.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer follower.Stop()
	if err := chain.Start(ctx); err != nil {
		t.Fatal(err)
	}

	type result struct {
		sum     agents.Summary
		err     error
		reports []agents.Report
		settled []agents.Report
		store   store.Store
	}
	var results [2]result
	var wg sync.WaitGroup
	for i := range results {
		prog, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: vaults[i],
			Params: testParams(dep.TickSpacing)}, chain.Client())
		if err != nil {
			t.Fatal(err)
		}
		r := &results[i]
		r.store = sqliteStore(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.sum, r.err = agents.Run(ctx, agents.RunParams{
				Name: names[i], Node: chain.Client(), Source: subs[i], Key: keys[i], Guard: dep.Guard,
				Program: prog, Model: models[i], Policies: widthPolicy(t), Store: r.store, Blocks: 60,
				Logger: slog.New(slog.DiscardHandler),
				Report: func(rep agents.Report) {
					if rep.Stage == agents.StageSettled {
						r.settled = append(r.settled, rep)
						return
					}
					r.reports = append(r.reports, rep)
				},
			})
		}()
	}
	wg.Wait()

	allModels := agents.ModelSets{cardModels, llmVerifiers}
	for i, r := range results {
		if r.err != nil {
			t.Fatalf("%s: %v", names[i], r.err)
		}
		if r.sum.Confirmed == 0 {
			t.Fatalf("%s applied nothing: %+v", names[i], r.sum)
		}
		verifySettled(t, ctx, chain.Client(), r.store, allModels, dep.Guard, r.settled)
		// Every head was processed, in order, whatever the model's pace.
		for j := 1; j < len(r.reports); j++ {
			if r.reports[j].Block != r.reports[j-1].Block+1 {
				t.Fatalf("%s skipped a head: block %d after %d", names[i], r.reports[j].Block, r.reports[j-1].Block)
			}
		}
		if len(r.reports) != 60 {
			t.Fatalf("%s reported %d heads, want 60", names[i], len(r.reports))
		}
	}

	// The LLM agent: its inferences started at one head, were answered 3 or
	// more blocks later while the heads in between were reported waiting,
	// and each decision on an answer was made on the newer state, its
	// record naming the block the inference was made on.
	llmRun := results[1]
	started := map[uint64]bool{}
	waiting := 0
	for _, rep := range llmRun.reports {
		if rep.Stage == agents.StageWaiting {
			waiting++
			if strings.HasPrefix(rep.Reason, "inference started at block") {
				started[rep.Block] = true
			}
		}
	}
	if len(started) == 0 || waiting < 3*len(started) {
		t.Fatalf("the LLM agent started %d inferences and waited %d heads; want each to take ≥ 3 heads", len(started), waiting)
	}
	for _, s := range llmRun.settled {
		d, err := llmRun.store.Decision(ctx, s.Decision)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := llmRun.store.Record(ctx, d.RecordHash)
		if err != nil {
			t.Fatal(err)
		}
		if !started[rec.BlockNumber] || rec.ModelDigest != llmModel.Digest() {
			t.Fatalf("decision %d: record at block %d (model %s); inferences started at %v", d.ID, rec.BlockNumber, rec.ModelDigest, started)
		}
		if d.BlockNumber < rec.BlockNumber+3 {
			t.Fatalf("decision %d at block %d on a record of block %d: want the decision ≥ 3 blocks later, on the newer state",
				d.ID, d.BlockNumber, rec.BlockNumber)
		}
	}
	advisor.mu.Lock()
	defer advisor.mu.Unlock()
	for _, w := range advisor.waited {
		if w < 3 {
			t.Fatalf("the advisor answered after %d blocks, want ≥ 3", w)
		}
	}
	if len(advisor.prompts) == 0 || !strings.Contains(strings.Join(advisor.prompts, "\n"), "vol30") {
		t.Fatalf("the LLM never saw the program's fields: %v", advisor.prompts)
	}
}
