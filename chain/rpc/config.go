package rpcclient

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Defaults of Config's fields.
const (
	DefaultRequestTimeout = 5 * time.Second
	DefaultMaxRetries     = 4
	DefaultBackoffBase    = 100 * time.Millisecond
	DefaultBackoffMax     = 2 * time.Second
	DefaultHealthInterval = 2 * time.Second
	DefaultFailoverAfter  = 2
	DefaultMaxLagBlocks   = 16
)

// Config configures a Client.
type Config struct {
	// Endpoints are the node URLs (http://, https://, ws://, wss://), in order
	// of preference: the first healthy HTTP one is primary for calls, the first
	// healthy WebSocket one serves subscriptions. At least one is required.
	Endpoints []string
	// RequestTimeout bounds one attempt of one HTTP request. Defaults to 5s.
	RequestTimeout time.Duration
	// MaxRetries is how many times a failed request is retried. Defaults to 4.
	MaxRetries int
	// BackoffBase and BackoffMax bound the jittered exponential wait between
	// two attempts on the same endpoint. Default to 100ms and 2s.
	BackoffBase, BackoffMax time.Duration
	// HealthInterval is how often every endpoint is checked. Defaults to 2s.
	HealthInterval time.Duration
	// FailoverAfter is how many consecutive faults mark an endpoint unhealthy.
	// Defaults to 2.
	FailoverAfter int
	// MaxLagBlocks: an endpoint whose head is more than this many blocks behind
	// the best endpoint's is unhealthy until it catches up. Defaults to 16.
	MaxLagBlocks uint64
	// ExpectChainID is the chain every endpoint must be on; 0 takes the first
	// answering endpoint's and requires the others to match.
	ExpectChainID uint64
}

func (c Config) withDefaults() Config {
	if c.RequestTimeout == 0 {
		c.RequestTimeout = DefaultRequestTimeout
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = DefaultMaxRetries
	}
	if c.BackoffBase == 0 {
		c.BackoffBase = DefaultBackoffBase
	}
	if c.BackoffMax == 0 {
		c.BackoffMax = max(DefaultBackoffMax, c.BackoffBase)
	}
	if c.HealthInterval == 0 {
		c.HealthInterval = DefaultHealthInterval
	}
	if c.FailoverAfter == 0 {
		c.FailoverAfter = DefaultFailoverAfter
	}
	if c.MaxLagBlocks == 0 {
		c.MaxLagBlocks = DefaultMaxLagBlocks
	}
	return c
}

// validate checks a Config with defaults applied and names the bad field.
func (c Config) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	if len(c.Endpoints) == 0 {
		return bad("Endpoints is empty")
	}
	seen := make(map[string]bool, len(c.Endpoints))
	for i, raw := range c.Endpoints {
		u, err := url.Parse(raw)
		if err != nil {
			return bad("Endpoints[%d]: %v", i, redactErr(err))
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
		default:
			return bad("Endpoints[%d] %s: scheme %q is not http, https, ws or wss", i, redact(u), u.Scheme)
		}
		if u.Host == "" {
			return bad("Endpoints[%d] %s: no host", i, redact(u))
		}
		if seen[raw] {
			return bad("Endpoints[%d] %s is listed twice", i, redact(u))
		}
		seen[raw] = true
	}
	switch {
	case c.RequestTimeout < 0:
		return bad("RequestTimeout %s is negative", c.RequestTimeout)
	case c.MaxRetries < 0:
		return bad("MaxRetries %d is negative", c.MaxRetries)
	case c.BackoffBase < 0:
		return bad("BackoffBase %s is negative", c.BackoffBase)
	case c.BackoffMax < c.BackoffBase:
		return bad("BackoffMax %s is below BackoffBase %s", c.BackoffMax, c.BackoffBase)
	case c.HealthInterval < 0:
		return bad("HealthInterval %s is negative", c.HealthInterval)
	case c.FailoverAfter < 0:
		return bad("FailoverAfter %d is negative", c.FailoverAfter)
	}
	return nil
}

// redact returns scheme://host of u: user info, path (where hosted providers
// put API keys) and query are left out.
func redact(u *url.URL) string {
	s := u.Scheme + "://" + u.Host
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" {
		s += "/…"
	}
	return s
}

// redactErr keeps a URL parse error from echoing the raw URL (and its key).
func redactErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("parse endpoint: %v", ue.Err)
	}
	return errors.New("parse endpoint: invalid URL")
}

// withoutURL drops the URL (and any key in it) that net/http puts in its errors.
func withoutURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}
