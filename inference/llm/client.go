package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tmc/langchaingo/llms"

	"github.com/steward-agents/steward/inference/blob"
)

// Verifier holds what checking a recorded answer needs — the template, the
// schema and the outputs — without a provider or an API key.
type Verifier struct {
	tmpl           *promptTemplate
	validator      *validator
	outputs        []Output
	templateText   string
	templateDigest common.Hash
	specDigest     common.Hash
	modelDigest    common.Hash
}

// NewVerifier validates cfg and compiles its template and schema. It reads
// no environment variable and contacts nothing.
func NewVerifier(cfg Config) (*Verifier, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	tmpl, err := parseTemplate(cfg.Template, cfg.Variables)
	if err != nil {
		return nil, err
	}
	val, err := newValidator(cfg.Schema, cfg.Outputs)
	if err != nil {
		return nil, err
	}
	td := TemplateDigest(cfg.Template)
	sd := SpecDigest(cfg.Schema, cfg.Outputs)
	return &Verifier{
		tmpl:           tmpl,
		validator:      val,
		outputs:        append([]Output(nil), cfg.Outputs...),
		templateText:   cfg.Template,
		templateDigest: td,
		specDigest:     sd,
		modelDigest:    ModelDigest(string(cfg.Provider), cfg.Model, td, sd),
	}, nil
}

// ModelDigest returns the modelDigest of this configuration's records.
func (v *Verifier) ModelDigest() common.Hash { return v.modelDigest }

// TemplateDigest returns keccak256 of the template text.
func (v *Verifier) TemplateDigest() common.Hash { return v.templateDigest }

// SpecDigest returns SpecDigest of the configured schema and outputs.
func (v *Verifier) SpecDigest() common.Hash { return v.specDigest }

// Outputs returns the configured outputs (names and fixed-point scales), in
// the order of Inference.Values.
func (v *Verifier) Outputs() []Output { return append([]Output(nil), v.outputs...) }

// Revalidate rebuilds an Inference from a recorded prompt (Prompt.Bytes
// form, as published) and raw answer, without calling the model: it checks
// that the prompt's system message is this template's and validates the
// answer exactly as Infer did. A verifier compares the result's digests and
// publication bytes with the record; an agent uses it to restore its latest
// validated result after a restart.
func (v *Verifier) Revalidate(renderedPrompt []byte, rawResponse string) (Inference, error) {
	p, err := DecodePrompt(renderedPrompt)
	if err != nil {
		return Inference{}, err
	}
	if p.System != v.tmpl.system {
		return Inference{}, fmt.Errorf("%w: the prompt's system message is not this template's", ErrInvalidInput)
	}
	values, err := v.validator.validate(rawResponse)
	if err != nil {
		return Inference{}, err
	}
	return newInference(v, p, rawResponse, values, 0), nil
}

// publisher is what Infer needs of a blob store.
type publisher interface {
	Put(ctx context.Context, data []byte) (common.Hash, error)
}

// Client asks an LLM for structured answers and returns them validated and
// ready to commit. It is safe for concurrent use.
type Client struct {
	v        *Verifier
	cfg      Config
	logger   *slog.Logger
	model    llms.Model
	callOpts []llms.CallOption
	apiKey   string
	blobs    publisher // nil without BlobURL
	// templatePublished is set once the template blob is stored, so later
	// Infers publish only the prompt and the answer.
	templatePublished atomic.Bool
}

// New validates cfg, reads the API key from cfg.APIKeyEnv and builds the
// provider client. It contacts nothing.
func New(cfg Config, logger *slog.Logger) (*Client, error) {
	if logger == nil {
		return nil, fmt.Errorf("%w: logger: required", ErrInvalidConfig)
	}
	v, err := NewVerifier(cfg)
	if err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	var key string
	if cfg.APIKeyEnv != "" {
		key = os.Getenv(cfg.APIKeyEnv)
		if key == "" {
			return nil, fmt.Errorf("%w: APIKeyEnv: environment variable %s is empty or unset", ErrInvalidConfig, cfg.APIKeyEnv)
		}
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	hc := &http.Client{Transport: &limitTransport{base: transport, max: cfg.MaxResponseBytes}}
	model, opts, err := newModel(cfg, key, hc)
	if err != nil {
		return nil, err
	}
	c := &Client{v: v, cfg: cfg, logger: logger, model: model, callOpts: opts, apiKey: key}
	if cfg.BlobURL != "" {
		c.blobs = &blob.Client{BaseURL: cfg.BlobURL, HTTPClient: &http.Client{Transport: transport}}
	}
	return c, nil
}

// Verifier returns the Client's Verifier.
func (c *Client) Verifier() *Verifier { return c.v }

// ModelDigest returns the modelDigest of this Client's records.
func (c *Client) ModelDigest() common.Hash { return c.v.modelDigest }

// TemplateDigest returns keccak256 of the template text.
func (c *Client) TemplateDigest() common.Hash { return c.v.templateDigest }

// SpecDigest returns SpecDigest of the configured schema and outputs.
func (c *Client) SpecDigest() common.Hash { return c.v.specDigest }

// Revalidate is Verifier.Revalidate.
func (c *Client) Revalidate(renderedPrompt []byte, rawResponse string) (Inference, error) {
	return c.v.Revalidate(renderedPrompt, rawResponse)
}

// Deadline causes, to tell our timeouts from the caller's cancellation.
var (
	errAttemptTimeout = errors.New("attempt timeout")
	errDeadline       = errors.New("infer deadline")
)

// Infer renders the template with vars, asks the model, validates the
// answer and returns it with its digests. An invalid answer is asked again
// up to MaxRetries times; when none is valid the error wraps
// ErrInvalidOutput and lists every attempt's reason. A timeout (ErrTimeout),
// a provider failure (ErrProvider) or a cancelled ctx ends Infer at once.
// With BlobURL set, the template, prompt and answer are published before
// Infer returns (ErrPublish on failure).
func (c *Client) Infer(ctx context.Context, vars map[string]string) (Inference, error) {
	prompt, err := c.v.tmpl.render(vars)
	if err != nil {
		return Inference{}, err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, c.cfg.Deadline, errDeadline)
	defer cancel()

	attempts := c.cfg.attempts()
	var failures []error
	for attempt := 1; attempt <= attempts; attempt++ {
		raw, err := c.call(ctx, prompt, attempt)
		var oe *OutputError
		switch {
		case errors.As(err, &oe):
		case err != nil:
			return Inference{}, err
		default:
			var values []int64
			values, err = c.v.validator.validate(raw)
			if err == nil {
				inf := newInference(c.v, prompt, raw, values, attempt)
				if err := c.publish(ctx, inf); err != nil {
					return Inference{}, err
				}
				c.logger.Info("llm inference", "provider", c.cfg.Provider, "model", c.cfg.Model,
					"attempts", attempt, "modelDigest", inf.ModelDigest(),
					"inputDigest", inf.InputDigest(), "outputDigest", inf.OutputDigest())
				return inf, nil
			}
		}
		c.logger.Warn("llm answer refused", "provider", c.cfg.Provider, "model", c.cfg.Model,
			"attempt", attempt, "of", attempts, "reason", err)
		failures = append(failures, fmt.Errorf("attempt %d: %w", attempt, err))
	}
	return Inference{}, fmt.Errorf("llm %s/%s: no valid answer in %d attempts: %w",
		c.cfg.Provider, c.cfg.Model, attempts, errors.Join(failures...))
}

// call sends one request under the per-attempt Timeout and returns the raw
// answer text.
func (c *Client) call(ctx context.Context, p Prompt, attempt int) (string, error) {
	actx, cancel := context.WithTimeoutCause(ctx, c.cfg.Timeout, errAttemptTimeout)
	defer cancel()
	resp, err := c.model.GenerateContent(actx, messages(p), c.callOpts...)
	if err != nil {
		if cause := context.Cause(actx); cause != nil {
			switch {
			case errors.Is(cause, errAttemptTimeout):
				return "", fmt.Errorf("%w: attempt %d exceeded Timeout %s", ErrTimeout, attempt, c.cfg.Timeout)
			case errors.Is(cause, errDeadline):
				return "", fmt.Errorf("%w: Infer exceeded Deadline %s at attempt %d", ErrTimeout, c.cfg.Deadline, attempt)
			case errors.Is(cause, context.DeadlineExceeded):
				return "", fmt.Errorf("%w: caller's deadline at attempt %d: %w", ErrTimeout, attempt, cause)
			default:
				return "", fmt.Errorf("llm call: %w", cause)
			}
		}
		return "", fmt.Errorf("%w: %s at %s: %s", ErrProvider, c.cfg.Provider, c.cfg.BaseURL, redact(err.Error(), c.apiKey))
	}
	return answer(resp)
}

// publish stores the template (once per Client), the rendered prompt and
// the raw answer, each under its digest.
func (c *Client) publish(ctx context.Context, inf Inference) error {
	if c.blobs == nil {
		return nil
	}
	put := func(what string, data []byte, want common.Hash) error {
		got, err := c.blobs.Put(ctx, data)
		if err != nil {
			return fmt.Errorf("%w: %s: %w", ErrPublish, what, err)
		}
		if got != want {
			return fmt.Errorf("%w: %s: stored as %s, want %s", ErrPublish, what, got.Hex(), want.Hex())
		}
		return nil
	}
	if !c.templatePublished.Load() {
		if err := put("template", []byte(c.v.templateText), c.v.templateDigest); err != nil {
			return err
		}
		c.templatePublished.Store(true)
	}
	if err := put("rendered prompt", inf.promptBytes, inf.promptDigest); err != nil {
		return err
	}
	return put("raw response", []byte(inf.raw), crypto.Keccak256Hash([]byte(inf.raw)))
}
