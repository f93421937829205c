package agents_test

import (
	"context"
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
	chain, keys := fundedChain(t, ctx, 2)
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
	vaults := [2]common.Address{dep.Vault, secondVault(t, ctx, chain)}
	var fleet []*fleetAgent
	for i, m := range models {
		if err := chain.Authorize(ctx, crypto.PubkeyToAddress(keys[i].PublicKey), m.Digest()); err != nil {
			t.Fatal(err)
		}
		prog, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: vaults[i],
			Params: testParams(dep.TickSpacing)}, chain.Client())
		if err != nil {
			t.Fatal(err)
		}
		fleet = append(fleet, &fleetAgent{name: []string{"mm-onnx", "mm-llm"}[i], key: keys[i], model: m, program: prog})
	}
	for range marketmaking.Window + 1 {
		chain.Commit()
	}

	runFleet(t, ctx, chain, fleet, 60)
	checkFleet(t, ctx, chain, fleet, agents.ModelSets{cardModels, llmVerifiers})
	for _, a := range fleet {
		// Every head was processed, in order, whatever the model's pace.
		blocks := blocksOf(a)
		for j := 1; j < len(blocks); j++ {
			if blocks[j] != blocks[j-1]+1 {
				t.Fatalf("%s skipped a head: block %d after %d", a.name, blocks[j], blocks[j-1])
			}
		}
		if len(blocks) != 60 {
			t.Fatalf("%s reported %d heads, want 60", a.name, len(blocks))
		}
	}

	// The LLM agent: its inferences started at one head, were answered 3 or
	// more blocks later while the heads in between were reported waiting,
	// and each decision on an answer was made on the newer state, its
	// record naming the block the inference was made on.
	llmRun := fleet[1]
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
