package llm

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Provider names the API an LLM is reached through.
type Provider string

// Providers.
const (
	// ProviderOpenAI is any OpenAI-compatible chat-completions endpoint:
	// OpenAI itself, vLLM, llama.cpp, LocalAI, decentralised compute
	// networks' gateways, Ollama's /v1 endpoint.
	ProviderOpenAI Provider = "openai"
	// ProviderOllama is Ollama's native /api/chat.
	ProviderOllama Provider = "ollama"
	// ProviderAnthropic is Anthropic's /v1/messages.
	ProviderAnthropic Provider = "anthropic"
)

// ResponseFormat selects how an OpenAI-compatible endpoint is asked for JSON.
type ResponseFormat string

// Response formats (ProviderOpenAI only).
const (
	// ResponseFormatJSONSchema sends the output schema as a strict
	// json_schema response_format. Keywords that only constrain values
	// (minimum, maxLength, …) are not sent; they are checked locally.
	ResponseFormatJSONSchema ResponseFormat = "json_schema"
	// ResponseFormatJSONObject asks for JSON mode (response_format
	// json_object), for endpoints without json_schema support. OpenAI then
	// requires the word "json" in the prompt, so the template must contain it.
	ResponseFormatJSONObject ResponseFormat = "json_object"
)

// Defaults of Config.
const (
	// DefaultTimeout bounds one attempt.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxRetries is how many times an invalid answer is asked again.
	DefaultMaxRetries = 2
	// DefaultMaxTokens caps an answer's length in tokens.
	DefaultMaxTokens = 1024
	// DefaultMaxResponseBytes caps a provider's HTTP response body: 1 MiB.
	DefaultMaxResponseBytes = 1 << 20

	// DefaultOpenAIBaseURL is OpenAI's API root.
	DefaultOpenAIBaseURL = "https://api.openai.com/v1"
	// DefaultOllamaBaseURL is a local Ollama server.
	DefaultOllamaBaseURL = "http://127.0.0.1:11434"
	// DefaultAnthropicBaseURL is Anthropic's API root.
	DefaultAnthropicBaseURL = "https://api.anthropic.com/v1"
)

// Output is one numeric field of the model's JSON answer that becomes a
// committed value.
type Output struct {
	// Name is the property name in the answer's top-level object.
	Name string `yaml:"name" json:"name"`
	// Scale is the fixed-point scale the value is quantised at
	// (commit.Quantize): 1000 keeps three decimals. Must be > 0.
	Scale int64 `yaml:"scale" json:"scale"`
}

// Config configures a Client. Temperature is not configurable: it is always 0.
type Config struct {
	// Provider is "openai", "ollama" or "anthropic". Required.
	Provider Provider `yaml:"provider" json:"provider"`
	// BaseURL is the API root. For openai and anthropic it includes the
	// version prefix ("https://host/v1"); for ollama it is the server root.
	// Defaults to DefaultOpenAIBaseURL, DefaultOllamaBaseURL or
	// DefaultAnthropicBaseURL.
	BaseURL string `yaml:"baseURL" json:"baseURL"`
	// Model is the provider's model name. Required. It is part of the model
	// digest.
	Model string `yaml:"model" json:"model"`
	// APIKeyEnv names the environment variable holding the API key; the key
	// itself never appears in a config, a log or an error. Required for
	// anthropic; optional for openai (local servers) and ignored by ollama.
	APIKeyEnv string `yaml:"apiKeyEnv" json:"apiKeyEnv"`
	// Timeout bounds one attempt (one HTTP request). Defaults to 30s.
	Timeout time.Duration `yaml:"timeout" json:"timeout"`
	// Deadline bounds a whole Infer: every attempt and the publication.
	// Defaults to Timeout × (MaxRetries+1). Must be ≥ Timeout.
	Deadline time.Duration `yaml:"deadline" json:"deadline"`
	// MaxRetries is how many more times an invalid answer is asked again.
	// Defaults to 2 when 0; -1 means no retry.
	MaxRetries int `yaml:"maxRetries" json:"maxRetries"`
	// MaxTokens caps the answer's length in tokens. Defaults to 1024.
	MaxTokens int `yaml:"maxTokens" json:"maxTokens"`
	// LegacyMaxTokens sends MaxTokens as "max_tokens" instead of
	// "max_completion_tokens", for OpenAI-compatible servers that only read
	// the older field (openai only). Defaults to false.
	LegacyMaxTokens bool `yaml:"legacyMaxTokens" json:"legacyMaxTokens"`
	// Seed is sent to providers that take one (openai, ollama) when non-zero;
	// anthropic has none, so a non-zero Seed is refused there.
	Seed int `yaml:"seed" json:"seed"`
	// Template is a text/template prompt; it is part of the model digest
	// (TemplateDigest). Its body is the user message. An optional
	// {{define "system"}}…{{end}} block is the system message; it must not
	// use variables. Each variable renders as a delimited, JSON-quoted data
	// block (see the package doc), never as raw text. Required.
	Template string `yaml:"template" json:"template"`
	// Variables declares the template's variables; Infer requires exactly
	// these. Names are Go identifiers.
	Variables []string `yaml:"variables" json:"variables"`
	// Schema is the JSON Schema (JSON text) every answer must satisfy. Its
	// top level must be an object with additionalProperties false, and every
	// Output must be a required number or integer property with finite
	// minimum and maximum. Required. The text exactly as given (whitespace
	// included) is part of the model digest (SpecDigest).
	Schema string `yaml:"schema" json:"schema"`
	// Outputs lists the committed numeric fields in commitment order. At
	// least one. Names, order and scales are part of the model digest
	// (SpecDigest).
	Outputs []Output `yaml:"outputs" json:"outputs"`
	// ResponseFormat is how openai endpoints are asked for JSON. Defaults to
	// json_schema; must be empty for other providers (ollama always uses its
	// JSON mode; anthropic has none, so only validation guards it).
	ResponseFormat ResponseFormat `yaml:"responseFormat" json:"responseFormat"`
	// MaxResponseBytes caps the HTTP response body read from the provider.
	// Defaults to 1 MiB.
	MaxResponseBytes int64 `yaml:"maxResponseBytes" json:"maxResponseBytes"`
	// BlobURL, when set, is a blob store (see inference/blob) that Infer
	// publishes the template, the rendered prompt and the raw answer to
	// before it returns; a failed publication fails the Infer.
	BlobURL string `yaml:"blobURL" json:"blobURL"`
}

var (
	identRe  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	envVarRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// attempts is how many requests one Infer may send.
func (c Config) attempts() int { return c.MaxRetries + 1 }

// withDefaults returns a copy of c with every default applied.
func (c Config) withDefaults() Config {
	if c.BaseURL == "" {
		switch c.Provider {
		case ProviderOpenAI:
			c.BaseURL = DefaultOpenAIBaseURL
		case ProviderOllama:
			c.BaseURL = DefaultOllamaBaseURL
		case ProviderAnthropic:
			c.BaseURL = DefaultAnthropicBaseURL
		}
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	switch {
	case c.MaxRetries == 0:
		c.MaxRetries = DefaultMaxRetries
	case c.MaxRetries == -1:
		c.MaxRetries = 0
	}
	if c.Deadline == 0 && c.Timeout > 0 && c.MaxRetries >= 0 {
		c.Deadline = c.Timeout * time.Duration(c.MaxRetries+1)
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.ResponseFormat == "" && c.Provider == ProviderOpenAI {
		c.ResponseFormat = ResponseFormatJSONSchema
	}
	if c.MaxResponseBytes == 0 {
		c.MaxResponseBytes = DefaultMaxResponseBytes
	}
	return c
}

// validate checks a Config that has its defaults applied. It does not look
// at the environment or the network; template and schema are checked by
// the constructors that compile them.
func (c Config) validate() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalidConfig, field, fmt.Sprintf(format, args...))
	}
	switch c.Provider {
	case ProviderOpenAI, ProviderOllama, ProviderAnthropic:
	case "":
		return bad("Provider", "required (openai, ollama or anthropic)")
	default:
		return bad("Provider", "%q is not one of openai, ollama, anthropic", c.Provider)
	}
	if err := checkHTTPURL(c.BaseURL); err != nil {
		return bad("BaseURL", "%v", err)
	}
	if c.Model == "" {
		return bad("Model", "required")
	}
	if c.Provider == ProviderOpenAI && dropsTemperature(c.Model) {
		return bad("Model", "%q is a reasoning model: langchaingo leaves temperature out of its requests "+
			"(and merges the system message into the user message), so temperature 0 cannot be guaranteed", c.Model)
	}
	if c.APIKeyEnv != "" && !envVarRe.MatchString(c.APIKeyEnv) {
		return bad("APIKeyEnv", "%q is not an environment variable name", c.APIKeyEnv)
	}
	if c.Provider == ProviderAnthropic && c.APIKeyEnv == "" {
		return bad("APIKeyEnv", "required for anthropic")
	}
	if c.Timeout < 0 {
		return bad("Timeout", "must be positive, got %s", c.Timeout)
	}
	if c.MaxRetries < 0 {
		return bad("MaxRetries", "must be -1 (no retry), 0 (default %d) or positive", DefaultMaxRetries)
	}
	if c.Deadline < c.Timeout {
		return bad("Deadline", "%s is shorter than Timeout %s", c.Deadline, c.Timeout)
	}
	if c.MaxTokens < 0 {
		return bad("MaxTokens", "must not be negative, got %d", c.MaxTokens)
	}
	if c.LegacyMaxTokens && c.Provider != ProviderOpenAI {
		return bad("LegacyMaxTokens", "only for provider openai")
	}
	if c.Seed < 0 {
		return bad("Seed", "must not be negative, got %d", c.Seed)
	}
	if c.Seed != 0 && c.Provider == ProviderAnthropic {
		return bad("Seed", "anthropic takes no seed")
	}
	if c.Template == "" {
		return bad("Template", "required")
	}
	seen := map[string]bool{}
	for i, v := range c.Variables {
		if !identRe.MatchString(v) {
			return bad(fmt.Sprintf("Variables[%d]", i), "%q is not an identifier", v)
		}
		if seen[v] {
			return bad(fmt.Sprintf("Variables[%d]", i), "%q declared twice", v)
		}
		seen[v] = true
	}
	if c.Schema == "" {
		return bad("Schema", "required")
	}
	if len(c.Outputs) == 0 {
		return bad("Outputs", "at least one output field is required")
	}
	names := map[string]bool{}
	for i, o := range c.Outputs {
		if o.Name == "" {
			return bad(fmt.Sprintf("Outputs[%d].Name", i), "required")
		}
		if names[o.Name] {
			return bad(fmt.Sprintf("Outputs[%d].Name", i), "%q listed twice", o.Name)
		}
		names[o.Name] = true
		if o.Scale <= 0 {
			return bad(fmt.Sprintf("Outputs[%d].Scale", i), "must be positive, got %d", o.Scale)
		}
	}
	switch {
	case c.Provider == ProviderOpenAI && c.ResponseFormat != ResponseFormatJSONSchema && c.ResponseFormat != ResponseFormatJSONObject:
		return bad("ResponseFormat", "%q is not json_schema or json_object", c.ResponseFormat)
	case c.Provider != ProviderOpenAI && c.ResponseFormat != "":
		return bad("ResponseFormat", "only for provider openai")
	}
	if c.Provider == ProviderOpenAI && c.ResponseFormat == ResponseFormatJSONObject &&
		!strings.Contains(strings.ToLower(c.Template), "json") {
		return bad("Template", "must mention JSON when ResponseFormat is json_object (OpenAI refuses the request otherwise)")
	}
	if c.MaxResponseBytes < 0 {
		return bad("MaxResponseBytes", "must not be negative, got %d", c.MaxResponseBytes)
	}
	if c.BlobURL != "" {
		if err := checkHTTPURL(c.BlobURL); err != nil {
			return bad("BlobURL", "%v", err)
		}
	}
	return nil
}

func checkHTTPURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not an absolute http(s) URL", s)
	}
	if u.User != nil {
		return fmt.Errorf("credentials in the URL are not allowed; use APIKeyEnv")
	}
	return nil
}

// dropsTemperature mirrors langchaingo v0.1.14's openaiclient: for these
// model names it omits temperature from the request (isReasoningModel) or
// folds the system message into the user message (o1/o3 capabilities).
// TestOpenAIRequestCarriesTemperatureZero checks the request for an
// ordinary model; this list guards the rest.
func dropsTemperature(model string) bool {
	m := strings.ToLower(model)
	return strings.HasPrefix(m, "o1") || strings.HasPrefix(m, "o3") || strings.HasPrefix(m, "gpt-5")
}

// LoadConfig reads a Config from a YAML file, refusing unknown fields.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("%w: %v", ErrInvalidConfig, err)
	}
	var cfg Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		return Config{}, fmt.Errorf("%w: %s: %v", ErrInvalidConfig, path, err)
	}
	return cfg, nil
}
