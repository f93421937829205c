package llm

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

// This file is the only one that talks to langchaingo's provider packages.

// noKey is the token sent to OpenAI-compatible servers when no APIKeyEnv is
// configured: langchaingo refuses an empty token, and local servers ignore it.
const noKey = "no-key"

// newModel builds the langchaingo model and the call options every request
// carries.
func newModel(cfg Config, apiKey string, hc *http.Client) (llms.Model, []llms.CallOption, error) {
	opts := []llms.CallOption{
		// Always 0. langchaingo's openai client sends temperature even at 0
		// for non-reasoning models (reasoning models are refused by
		// validate); ollama and anthropic have no omitempty on it.
		llms.WithTemperature(0),
		llms.WithMaxTokens(cfg.MaxTokens),
	}
	if cfg.Seed != 0 {
		opts = append(opts, llms.WithSeed(cfg.Seed))
	}
	switch cfg.Provider {
	case ProviderOpenAI:
		token := apiKey
		if token == "" {
			token = noKey
		}
		o := []openai.Option{
			openai.WithToken(token),
			openai.WithModel(cfg.Model),
			openai.WithBaseURL(cfg.BaseURL),
			// Set explicitly so OPENAI_ORGANIZATION in the environment is not sent.
			openai.WithOrganization(""),
			openai.WithHTTPClient(hc),
		}
		switch cfg.ResponseFormat {
		case ResponseFormatJSONSchema:
			rf, err := openAISchemaFormat(cfg.Schema)
			if err != nil {
				return nil, nil, err
			}
			o = append(o, openai.WithResponseFormat(rf))
		case ResponseFormatJSONObject:
			opts = append(opts, llms.WithJSONMode())
		}
		if cfg.LegacyMaxTokens {
			opts = append(opts, openai.WithLegacyMaxTokensField())
		}
		m, err := openai.New(o...)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: openai client: %v", ErrInvalidConfig, err)
		}
		return m, opts, nil
	case ProviderOllama:
		m, err := ollama.New(
			ollama.WithServerURL(cfg.BaseURL),
			ollama.WithModel(cfg.Model),
			ollama.WithHTTPClient(hc),
		)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: ollama client: %v", ErrInvalidConfig, err)
		}
		return m, append(opts, llms.WithJSONMode()), nil
	case ProviderAnthropic:
		m, err := anthropic.New(
			anthropic.WithToken(apiKey),
			anthropic.WithModel(cfg.Model),
			anthropic.WithBaseURL(cfg.BaseURL),
			anthropic.WithHTTPClient(hc),
		)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: anthropic client: %v", ErrInvalidConfig, err)
		}
		return m, opts, nil
	}
	return nil, nil, fmt.Errorf("%w: Provider: %q", ErrInvalidConfig, cfg.Provider)
}

// messages turns a Prompt into the messages sent: the system message only
// if there is one, then the user message, each a single text part so every
// provider sends the text unchanged.
func messages(p Prompt) []llms.MessageContent {
	var msgs []llms.MessageContent
	if p.System != "" {
		msgs = append(msgs, llms.TextParts(llms.ChatMessageTypeSystem, p.System))
	}
	return append(msgs, llms.TextParts(llms.ChatMessageTypeHuman, p.User))
}

// answer extracts the raw answer text from a response: exactly one choice,
// text only.
func answer(resp *llms.ContentResponse) (string, error) {
	if resp == nil || len(resp.Choices) != 1 {
		n := 0
		if resp != nil {
			n = len(resp.Choices)
		}
		return "", outputErr("", "provider returned %d choices, want 1", n)
	}
	c := resp.Choices[0]
	if len(c.ToolCalls) > 0 || c.FuncCall != nil {
		return "", outputErr("", "provider returned a tool call, want text")
	}
	return c.Content, nil
}

// openAISchemaFormat translates the output schema into langchaingo's strict
// json_schema response format. langchaingo's type carries only structure
// (type, properties, required, items, enum, description); value
// constraints are left to local validation. Composition keywords cannot be
// expressed and are refused.
func openAISchemaFormat(schemaText string) (*openai.ResponseFormat, error) {
	doc, err := parseStrictJSON(schemaText)
	if err != nil {
		return nil, fmt.Errorf("%w: Schema: %v", ErrInvalidConfig, err)
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: Schema: must be a JSON object", ErrInvalidConfig)
	}
	prop, err := openAIProperty(root, "")
	if err != nil {
		return nil, fmt.Errorf("%w: Schema: %v (set ResponseFormat to json_object to send no schema)", ErrInvalidConfig, err)
	}
	return &openai.ResponseFormat{
		Type:       "json_schema",
		JSONSchema: &openai.ResponseFormatJSONSchema{Name: "output", Strict: true, Schema: prop},
	}, nil
}

// structural lists the keywords openAIProperty translates; valueOnly the
// ones it drops because they only constrain values.
var (
	structural = map[string]bool{"type": true, "description": true, "enum": true, "items": true,
		"properties": true, "required": true, "additionalProperties": true}
	valueOnly = map[string]bool{"$schema": true, "$id": true, "title": true, "minimum": true, "maximum": true,
		"exclusiveMinimum": true, "exclusiveMaximum": true, "multipleOf": true, "minLength": true,
		"maxLength": true, "pattern": true, "format": true, "minItems": true, "maxItems": true,
		"uniqueItems": true, "const": true, "default": true, "examples": true}
)

func openAIProperty(sch map[string]any, path string) (*openai.ResponseFormatJSONSchemaProperty, error) {
	for k := range sch {
		if !structural[k] && !valueOnly[k] {
			return nil, fmt.Errorf("%s: keyword %q cannot be sent as an OpenAI json_schema", orRoot(path), k)
		}
	}
	p := &openai.ResponseFormatJSONSchemaProperty{}
	typ, ok := sch["type"].(string)
	if !ok {
		return nil, fmt.Errorf(`%s: "type" must be a single type name`, orRoot(path))
	}
	p.Type = typ
	p.Description, _ = sch["description"].(string)
	if enum, ok := sch["enum"].([]any); ok {
		p.Enum = enum
	}
	if items, ok := sch["items"].(map[string]any); ok {
		ip, err := openAIProperty(items, path+"/items")
		if err != nil {
			return nil, err
		}
		p.Items = ip
	}
	if props, ok := sch["properties"].(map[string]any); ok {
		p.Properties = make(map[string]*openai.ResponseFormatJSONSchemaProperty, len(props))
		for name, v := range props {
			ps, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s: property %q is not a schema object", orRoot(path), name)
			}
			pp, err := openAIProperty(ps, path+"/properties/"+pointerEscape(name))
			if err != nil {
				return nil, err
			}
			p.Properties[name] = pp
		}
	}
	if req, ok := sch["required"].([]any); ok {
		for _, r := range req {
			if s, ok := r.(string); ok {
				p.Required = append(p.Required, s)
			}
		}
	}
	// langchaingo writes additionalProperties on every property (no
	// omitempty); false is what strict mode requires of objects.
	p.AdditionalProperties = false
	return p, nil
}

// errResponseTooLarge is returned by limitedBody past the limit.
var errResponseTooLarge = errors.New("response body exceeds MaxResponseBytes")

// limitTransport caps every response body so a hostile or broken endpoint
// cannot make the client buffer without bound.
type limitTransport struct {
	base http.RoundTripper
	max  int64
}

func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	resp.Body = &limitedBody{rc: resp.Body, left: t.max}
	return resp, nil
}

type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// Allow a clean EOF exactly at the limit.
		var one [1]byte
		n, err := b.rc.Read(one[:])
		if n > 0 {
			return 0, errResponseTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }

// redact removes the API key from a provider's error text, in case a
// server echoes request headers back.
func redact(msg, key string) string {
	if key == "" {
		return msg
	}
	return strings.ReplaceAll(msg, key, "[redacted]")
}
