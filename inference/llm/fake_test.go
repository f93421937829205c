package llm

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

// testKeyEnv and testKey are the API key the tests configure.
const (
	testKeyEnv = "STEWARD_TEST_LLM_KEY"
	testKey    = "sk-test-7f3a9c1e5b"
)

// loadTestConfig reads the proposal scorer's config from testdata.
func loadTestConfig(t *testing.T) Config {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "proposal-score", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf("decode config.yaml: %v", err)
	}
	return cfg
}

// testVars are the variables of the golden case.
func testVars() map[string]string {
	return map[string]string{
		"title": "Fund the 2026 grants programme",
		"body":  "Transfer 2% of the treasury (1,200,000 USDC) to a new 3-of-5 grants multisig.\nNo vesting; the committee reports yearly.",
	}
}

// reply is what the fake server answers to one request.
type reply struct {
	status  int    // HTTP status; 200 if 0
	body    string // the whole response body; built from content if empty
	content string // the answer text, wrapped in the provider's response
	hang    bool   // never answer (until the client gives up)
}

// captured is one request the fake server received.
type captured struct {
	Method string
	Path   string
	Header http.Header
	Body   []byte
}

// JSON decodes the request body.
func (c captured) JSON(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(c.Body, &m); err != nil {
		t.Fatalf("request body is not JSON: %v\n%s", err, c.Body)
	}
	return m
}

// fakeServer is a real HTTP server speaking one provider's chat API. It
// answers the i-th request with replies[i] (the last reply repeats) and
// records every request.
type fakeServer struct {
	URL  string
	wrap func(content string) string

	mu       sync.Mutex
	replies  []reply
	requests []captured
}

func newFakeServer(t *testing.T, path string, wrap func(string) string, replies ...reply) *fakeServer {
	t.Helper()
	f := &fakeServer{wrap: wrap, replies: replies}
	done := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+path, func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.requests = append(f.requests, captured{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body})
		rep := f.replies[min(len(f.requests), len(f.replies))-1]
		f.mu.Unlock()
		if rep.hang {
			select {
			case <-r.Context().Done():
			case <-done:
			}
			return
		}
		out := rep.body
		if out == "" {
			out = f.wrap(rep.content)
		}
		status := rep.status
		if status == 0 {
			status = http.StatusOK
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, out)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(done) }) // runs first: releases hanging handlers
	f.URL = srv.URL
	return f
}

// Requests returns a copy of the requests received so far.
func (f *fakeServer) Requests() []captured {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]captured(nil), f.requests...)
}

// newFakeOpenAI serves POST /v1/chat/completions.
func newFakeOpenAI(t *testing.T, replies ...reply) *fakeServer {
	return newFakeServer(t, "/v1/chat/completions", openAIBody, replies...)
}

// openAIBody wraps an answer in a chat.completion response.
func openAIBody(content string) string {
	b, _ := json.Marshal(map[string]any{
		"id":      "chatcmpl-test",
		"object":  "chat.completion",
		"created": 1767225600,
		"model":   "steward-test-model",
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": content},
			"finish_reason": "stop",
		}},
		"usage": map[string]any{"prompt_tokens": 200, "completion_tokens": 40, "total_tokens": 240},
	})
	return string(b)
}

// golden reads a file under testdata.
func golden(t *testing.T, parts ...string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{"testdata"}, parts...)...))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newTestClient builds a Client for cfg with the test key set, logging into
// the returned buffer.
func newTestClient(t *testing.T, cfg Config) (*Client, *syncBuffer) {
	t.Helper()
	t.Setenv(testKeyEnv, testKey)
	logs := &syncBuffer{}
	c, err := New(cfg, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c, logs
}

// syncBuffer is a bytes.Buffer safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
