package llm

import (
	"context"
	"strings"
	"testing"
)

func TestOllamaRecordedAnswer(t *testing.T) {
	// Ollama streams NDJSON by default (langchaingo leaves "stream" out);
	// the answer arrives in two chunks.
	f := newFakeServer(t, "/api/chat", nil, reply{body: golden(t, "ollama", "valid", "response.ndjson")})
	cfg := loadTestConfig(t)
	cfg.Provider = ProviderOllama
	cfg.BaseURL = f.URL
	cfg.APIKeyEnv = ""
	c, _ := newTestClient(t, cfg)

	inf, err := c.Infer(context.Background(), testVars())
	if err != nil {
		t.Fatalf("Infer: %v", err)
	}
	if got, want := inf.Values(), []int64{3500, 9000}; !equalInts(got, want) {
		t.Fatalf("Values = %v, want %v", got, want)
	}
	wantRaw := `{"score": 3.5, "confidence": 0.9, "flags": ["parameters"], "rationale": "Raises the USDC borrow cap by 10% within the risk framework."}`
	if inf.RawResponse() != wantRaw {
		t.Fatalf("RawResponse = %q, want the concatenated chunks", inf.RawResponse())
	}
	if inf.RawResponseDigest() != keccak([]byte(wantRaw)) {
		t.Fatalf("RawResponseDigest does not hash the raw answer")
	}
	if inf.ModelDigest() != ModelDigest("ollama", "steward-test-model", TemplateDigest(cfg.Template), SpecDigest(cfg.Schema, cfg.Outputs)) {
		t.Fatalf("ModelDigest does not name the ollama provider")
	}

	reqs := f.Requests()
	if len(reqs) != 1 {
		t.Fatalf("server saw %d requests", len(reqs))
	}
	body := reqs[0].JSON(t)
	opts, _ := body["options"].(map[string]any)
	if temp, ok := opts["temperature"]; !ok || temp != float64(0) {
		t.Errorf("options.temperature = %v (present %v), want 0", temp, ok)
	}
	if body["model"] != "steward-test-model" || body["format"] != "json" {
		t.Errorf("model, format = %v, %v", body["model"], body["format"])
	}
	if opts["seed"] != float64(7) || opts["num_predict"] != float64(512) {
		t.Errorf("options.seed, num_predict = %v, %v", opts["seed"], opts["num_predict"])
	}
	msgs, _ := body["messages"].([]any)
	p := inf.Prompt()
	if len(msgs) != 2 {
		t.Fatalf("messages = %v", msgs)
	}
	for i, want := range []struct{ role, content string }{{"system", p.System}, {"user", p.User}} {
		m, _ := msgs[i].(map[string]any)
		if m["role"] != want.role || m["content"] != want.content {
			t.Errorf("message %d = %v %q, want %s %q", i, m["role"], m["content"], want.role, want.content)
		}
	}
}

func TestAnthropicRecordedAnswer(t *testing.T) {
	f := newFakeServer(t, "/v1/messages", nil, reply{body: golden(t, "anthropic", "valid", "response.json")})
	cfg := loadTestConfig(t)
	cfg.Provider = ProviderAnthropic
	cfg.BaseURL = f.URL + "/v1"
	cfg.Seed = 0
	c, logs := newTestClient(t, cfg)

	inf, err := c.Infer(context.Background(), testVars())
	if err != nil {
		t.Fatalf("Infer: %v", err)
	}
	if got, want := inf.Values(), []int64{9000, 9500}; !equalInts(got, want) {
		t.Fatalf("Values = %v, want %v", got, want)
	}

	reqs := f.Requests()
	if len(reqs) != 1 {
		t.Fatalf("server saw %d requests", len(reqs))
	}
	if got := reqs[0].Header.Get("X-Api-Key"); got != testKey {
		t.Errorf("x-api-key = %q", got)
	}
	body := reqs[0].JSON(t)
	if temp, ok := body["temperature"]; !ok || temp != float64(0) {
		t.Errorf("temperature = %v (present %v), want 0", temp, ok)
	}
	if body["model"] != "steward-test-model" || body["max_tokens"] != float64(512) {
		t.Errorf("model, max_tokens = %v, %v", body["model"], body["max_tokens"])
	}
	p := inf.Prompt()
	if body["system"] != p.System {
		t.Errorf("system = %q, want the template's system block", body["system"])
	}
	msgs, _ := body["messages"].([]any)
	if len(msgs) != 1 {
		t.Fatalf("messages = %v, want one user message", msgs)
	}
	m, _ := msgs[0].(map[string]any)
	parts, _ := m["content"].([]any)
	if m["role"] != "user" || len(parts) != 1 {
		t.Fatalf("message = %v", m)
	}
	if part, _ := parts[0].(map[string]any); part["type"] != "text" || part["text"] != p.User {
		t.Errorf("user content = %v, want the rendered user message", part)
	}
	if strings.Contains(logs.String(), testKey) {
		t.Errorf("logs contain the API key")
	}
}
