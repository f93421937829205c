package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/inference/blob"
	"github.com/steward-agents/steward/inference/llm"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestRunWithAnLLM drives the market-making kind with an LLM from its
// config (model.llm) through `steward check`, `steward run` and `steward
// verify`, the LLM served by a local OpenAI-compatible server and its
// prompts and answers published to a local blob store (issue 10).
func TestRunWithAnLLM(t *testing.T) {
	onnxtest.Runtime(t) // the devnet loads the shipped cards
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, key, dir := startTestDevnet(t, ctx)

	blobs, err := blob.NewHandler(blob.HandlerConfig{Dir: t.TempDir()}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	blobSrv := httptest.NewServer(blobs)
	defer blobSrv.Close()
	var asked atomic.Int64
	chat := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-test", "object": "chat.completion", "created": 1, "model": "steward-range-forecaster",
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": `{"forecast": 38.25}`}}},
		})
	}))
	defer chat.Close()
	llmYAML := fmt.Sprintf(`provider: openai
baseURL: %s/v1
model: steward-range-forecaster
timeout: 10s
variables: [tick, vol30, vol10, drift30, absLastMove, range30]
template: |
  {{define "system"}}Forecast the largest tick move of a Uniswap v3 pool over the next 30 blocks. Answer with JSON only.{{end -}}
  Pool tick {{.tick}}; volatility {{.vol30}} and {{.vol10}}; drift {{.drift30}}; last move {{.absLastMove}}; range {{.range30}}.
schema: '{"type": "object", "additionalProperties": false, "required": ["forecast"], "properties": {"forecast": {"type": "number", "minimum": 1, "maximum": 5000}}}'
outputs: [{name: forecast, scale: 10000}]
blobURL: %s
`, chat.URL, blobSrv.URL)
	if err := os.WriteFile(filepath.Join(dir, "llm.yaml"), []byte(llmYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	llmCfg, err := llm.LoadConfig(filepath.Join(dir, "llm.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := llm.NewVerifier(llmCfg)
	if err != nil {
		t.Fatal(err)
	}
	written, err := os.ReadFile(d.ConfigPath)
	if err != nil {
		t.Fatal(err)
	}
	card := regexp.MustCompile(`(?m)^(\s*)card: .*$`)
	if !card.Match(written) {
		t.Fatalf("the written config names no model card:\n%s", written)
	}
	cfgPath := filepath.Join(dir, "llm-agent.yaml")
	if err := os.WriteFile(cfgPath, card.ReplaceAll(written, []byte("${1}llm: llm.yaml")), 0o644); err != nil {
		t.Fatal(err)
	}

	// An LLM that publishes nothing could never be verified: refused at start.
	noBlobs := filepath.Join(dir, "llm-no-blobs.yaml")
	if err := os.WriteFile(noBlobs, []byte(strings.Replace(llmYAML, "blobURL: "+blobSrv.URL, "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	noBlobsCfg := filepath.Join(dir, "llm-no-blobs-agent.yaml")
	if err := os.WriteFile(noBlobsCfg, card.ReplaceAll(written, []byte("${1}llm: llm-no-blobs.yaml")), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := run(ctx, []string{"run", "-c", noBlobsCfg, "--blocks", "3"}, &out, &out); code != 1 || !strings.Contains(out.String(), "set blobURL") {
		t.Fatalf("run with an LLM that publishes nothing exited %d:\n%s", code, out.String())
	}

	// Not yet authorised: the start-up checks name the LLM's digest.
	out.Reset()
	if code := run(ctx, []string{"check", "-c", cfgPath}, &out, &out); code != 1 || !strings.Contains(out.String(), v.ModelDigest().Hex()) {
		t.Fatalf("check before authorising the LLM exited %d:\n%s", code, out.String())
	}
	if err := d.Chain.Authorize(ctx, crypto.PubkeyToAddress(key.PublicKey), v.ModelDigest()); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run(ctx, []string{"check", "-c", cfgPath}, &out, &out); code != 0 || !strings.Contains(out.String(), "LLM openai/steward-range-forecaster") {
		t.Fatalf("check exited %d:\n%s", code, out.String())
	}

	out.Reset()
	if code := run(ctx, []string{"run", "-c", cfgPath, "--blocks", "40"}, &out, &out); code != 0 {
		t.Fatalf("steward run exited %d:\n%s", code, out.String())
	}
	pasted := regexp.MustCompile(`tx (0x[0-9a-f]{64}) gas \d+ ✓ applied`).FindStringSubmatch(out.String())
	if pasted == nil || asked.Load() == 0 || !strings.Contains(out.String(), "inference started at block") {
		t.Fatalf("the LLM agent applied no re-range (asked %d times):\n%s", asked.Load(), out.String())
	}
	// Verified from the config: the LLM's config and its blob store, no cards.
	out.Reset()
	if code := run(ctx, []string{"verify", "-c", cfgPath, "--with-store", "--tx", pasted[1]}, &out, &out); code != 0 || !strings.Contains(out.String(), "PASS") {
		t.Fatalf("verify --tx %s exited %d:\n%s", pasted[1], code, out.String())
	}
}
