package llm

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestConfigFromYAML(t *testing.T) {
	cfg := loadTestConfig(t).withDefaults()
	if cfg.Timeout != 5*time.Second {
		t.Errorf("Timeout = %s, want 5s from the file", cfg.Timeout)
	}
	if cfg.MaxRetries != DefaultMaxRetries || cfg.Deadline != 15*time.Second {
		t.Errorf("MaxRetries, Deadline = %d, %s; want defaults %d, 15s", cfg.MaxRetries, cfg.Deadline, DefaultMaxRetries)
	}
	if cfg.BaseURL != DefaultOpenAIBaseURL || cfg.ResponseFormat != ResponseFormatJSONSchema || cfg.MaxResponseBytes != DefaultMaxResponseBytes {
		t.Errorf("defaults not applied: %+v", cfg)
	}
	if err := cfg.validate(); err != nil {
		t.Fatalf("validate: %v", err)
	}
	if _, err := NewVerifier(loadTestConfig(t)); err != nil {
		t.Fatalf("NewVerifier: %v", err)
	}
}

func TestConfigDefaultsPerProvider(t *testing.T) {
	cases := []struct {
		provider Provider
		baseURL  string
		format   ResponseFormat
	}{
		{ProviderOpenAI, DefaultOpenAIBaseURL, ResponseFormatJSONSchema},
		{ProviderOllama, DefaultOllamaBaseURL, ""},
		{ProviderAnthropic, DefaultAnthropicBaseURL, ""},
	}
	for _, tc := range cases {
		t.Run(string(tc.provider), func(t *testing.T) {
			c := Config{Provider: tc.provider, MaxRetries: -1}.withDefaults()
			if c.BaseURL != tc.baseURL || c.ResponseFormat != tc.format {
				t.Errorf("BaseURL, ResponseFormat = %q, %q; want %q, %q", c.BaseURL, c.ResponseFormat, tc.baseURL, tc.format)
			}
			if c.MaxRetries != 0 || c.Deadline != DefaultTimeout || c.MaxTokens != DefaultMaxTokens {
				t.Errorf("MaxRetries -1 gives %d retries, Deadline %s, MaxTokens %d", c.MaxRetries, c.Deadline, c.MaxTokens)
			}
		})
	}
}

// TestConfigRefuses checks that every bad field is refused by name, through
// NewVerifier (config, template and schema checks together).
func TestConfigRefuses(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Config)
		field  string // the error must name it
	}{
		{"no provider", func(c *Config) { c.Provider = "" }, "Provider"},
		{"unknown provider", func(c *Config) { c.Provider = "gemini" }, "Provider"},
		{"relative base URL", func(c *Config) { c.BaseURL = "localhost:8080/v1" }, "BaseURL"},
		{"credentials in base URL", func(c *Config) { c.BaseURL = "https://user:pw@api.example.com/v1" }, "BaseURL"},
		{"no model", func(c *Config) { c.Model = "" }, "Model"},
		// langchaingo omits temperature for these: 0 could not be guaranteed.
		{"reasoning model o3", func(c *Config) { c.Model = "o3-mini" }, "Model"},
		{"reasoning model gpt-5", func(c *Config) { c.Model = "gpt-5-nano" }, "Model"},
		{"bad env name", func(c *Config) { c.APIKeyEnv = "MY KEY" }, "APIKeyEnv"},
		{"anthropic without key", func(c *Config) { c.Provider = ProviderAnthropic; c.Seed = 0; c.ResponseFormat = ""; c.APIKeyEnv = "" }, "APIKeyEnv"},
		{"negative timeout", func(c *Config) { c.Timeout = -time.Second }, "Timeout"},
		{"deadline below timeout", func(c *Config) { c.Deadline = time.Second }, "Deadline"},
		{"retries below -1", func(c *Config) { c.MaxRetries = -2 }, "MaxRetries"},
		{"negative max tokens", func(c *Config) { c.MaxTokens = -1 }, "MaxTokens"},
		{"seed on anthropic", func(c *Config) { c.Provider = ProviderAnthropic; c.ResponseFormat = "" }, "Seed"},
		{"no template", func(c *Config) { c.Template = "" }, "Template"},
		{"template syntax", func(c *Config) { c.Template = "{{.title" }, "Template"},
		{"template uses undeclared variable", func(c *Config) { c.Template = "{{.title}} {{.author}}" }, "Template"},
		{"system block uses a variable", func(c *Config) { c.Template = `{{define "system"}}{{.title}}{{end}}{{.title}}{{.body}}` }, "Template"},
		{"variable not an identifier", func(c *Config) { c.Variables = []string{"title", "proposal-body"} }, "Variables[1]"},
		{"variable twice", func(c *Config) { c.Variables = []string{"title", "title"} }, "Variables[1]"},
		{"no schema", func(c *Config) { c.Schema = "" }, "Schema"},
		{"schema not JSON", func(c *Config) { c.Schema = "type: object" }, "Schema"},
		{"schema duplicate key", func(c *Config) { c.Schema = `{"type": "object", "type": "array"}` }, "Schema"},
		{"schema open object", func(c *Config) {
			c.Schema = `{"type": "object", "required": ["score", "confidence"], "properties": {"score": {"type": "number", "minimum": 0, "maximum": 10}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}}}`
		}, "additionalProperties"},
		{"schema open nested object", func(c *Config) {
			c.Schema = `{"type": "object", "additionalProperties": false, "required": ["score", "confidence"], "properties": {"score": {"type": "number", "minimum": 0, "maximum": 10}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}, "meta": {"type": "object"}}}`
		}, "/properties/meta"},
		{"output not required", func(c *Config) {
			c.Schema = `{"type": "object", "additionalProperties": false, "required": ["score"], "properties": {"score": {"type": "number", "minimum": 0, "maximum": 10}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}}}`
		}, `"confidence" is not in required`},
		{"output unbounded", func(c *Config) {
			c.Schema = `{"type": "object", "additionalProperties": false, "required": ["score", "confidence"], "properties": {"score": {"type": "number", "minimum": 0}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}}}`
		}, `property "score"`},
		{"output not a number", func(c *Config) {
			c.Schema = `{"type": "object", "additionalProperties": false, "required": ["score", "confidence"], "properties": {"score": {"type": "string"}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}}}`
		}, `property "score"`},
		{"bound overflows at scale", func(c *Config) { c.Outputs[0].Scale = 1e18 }, "Outputs[0].Scale"},
		{"external ref", func(c *Config) {
			c.Schema = `{"type": "object", "additionalProperties": false, "required": ["score", "confidence"], "properties": {"score": {"type": "number", "minimum": 0, "maximum": 10}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}, "x": {"$ref": "file:///etc/passwd"}}}`
		}, "Schema"},
		{"no outputs", func(c *Config) { c.Outputs = nil }, "Outputs"},
		{"output without name", func(c *Config) { c.Outputs[1].Name = "" }, "Outputs[1].Name"},
		{"output twice", func(c *Config) { c.Outputs[1].Name = "score" }, "Outputs[1].Name"},
		{"zero scale", func(c *Config) { c.Outputs[0].Scale = 0 }, "Outputs[0].Scale"},
		{"unknown response format", func(c *Config) { c.ResponseFormat = "xml" }, "ResponseFormat"},
		{"response format on ollama", func(c *Config) { c.Provider = ProviderOllama; c.ResponseFormat = ResponseFormatJSONObject }, "ResponseFormat"},
		{"json_object without json in template", func(c *Config) {
			c.ResponseFormat = ResponseFormatJSONObject
			c.Template = "{{.title}} {{.body}}"
		}, "Template"},
		{"json_schema with anyOf", func(c *Config) {
			c.Schema = `{"type": "object", "additionalProperties": false, "required": ["score", "confidence"], "properties": {"score": {"type": "number", "minimum": 0, "maximum": 10}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}, "x": {"anyOf": [{"type": "string"}, {"type": "null"}]}}}`
		}, `keyword "anyOf"`},
		{"legacy max tokens on anthropic", func(c *Config) {
			c.Provider = ProviderAnthropic
			c.ResponseFormat = ""
			c.Seed = 0
			c.LegacyMaxTokens = true
		}, "LegacyMaxTokens"},
		{"negative response limit", func(c *Config) { c.MaxResponseBytes = -1 }, "MaxResponseBytes"},
		{"blob URL not http", func(c *Config) { c.BlobURL = "s3://bucket" }, "BlobURL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := loadTestConfig(t)
			tc.mutate(&cfg)
			_, err := NewVerifier(cfg)
			if err == nil {
				// Provider-side checks (json_schema translation) run in New.
				t.Setenv(testKeyEnv, testKey)
				_, err = New(cfg, discardLogger())
			}
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("got %v, want ErrInvalidConfig", err)
			}
			if !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("error %q does not name %q", err, tc.field)
			}
			t.Log(err)
		})
	}
}

func TestNewRefusesMissingKey(t *testing.T) {
	cfg := loadTestConfig(t)
	t.Setenv(testKeyEnv, "")
	_, err := New(cfg, discardLogger())
	if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), testKeyEnv) {
		t.Fatalf("New with empty key env: got %v, want ErrInvalidConfig naming %s", err, testKeyEnv)
	}
}

func TestLoadConfig(t *testing.T) {
	cfg, err := LoadConfig(filepath.Join("testdata", "proposal-score", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Model != "steward-test-model" || len(cfg.Outputs) != 2 || cfg.Outputs[0].Name != "score" {
		t.Fatalf("config = %+v", cfg)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("provider: openai\ntemperature: 0.7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(bad); !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), "temperature") {
		t.Fatalf("unknown field: %v", err)
	}
	if _, err := LoadConfig(filepath.Join(t.TempDir(), "missing.yaml")); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("missing file: %v", err)
	}
}
