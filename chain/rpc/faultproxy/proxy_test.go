package faultproxy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/steward-agents/steward/chain/rpc/faultproxy"
)

func TestConfigAndFaultValidation(t *testing.T) {
	tests := []struct {
		name    string
		cfg     faultproxy.Config
		fault   faultproxy.Fault
		wantMsg string
	}{
		{"upstream not loopback", faultproxy.Config{Upstream: "http://10.0.0.1:8545"}, faultproxy.Fault{}, "not loopback"},
		{"upstream scheme", faultproxy.Config{Upstream: "https://127.0.0.1:8545"}, faultproxy.Fault{}, "scheme"},
		{"unknown kind", faultproxy.Config{Upstream: "http://127.0.0.1:8545"}, faultproxy.Fault{Kind: "flaky"}, "Kind"},
		{"count and probability", faultproxy.Config{Upstream: "http://127.0.0.1:8545"}, faultproxy.Fault{Kind: faultproxy.HTTP429, Count: 1, Probability: 0.5}, "both set"},
		{"probability above 1", faultproxy.Config{Upstream: "http://127.0.0.1:8545"}, faultproxy.Fault{Kind: faultproxy.HTTP5xx, Probability: 2}, "Probability"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := faultproxy.New(tc.cfg)
			if err == nil {
				defer p.Close()
				err = p.Set(tc.fault)
			}
			if !errors.Is(err, faultproxy.ErrInvalidConfig) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Fatalf("err = %v, want ErrInvalidConfig with %q", err, tc.wantMsg)
			}
		})
	}
}

func TestCloseIsIdempotentAndBounded(t *testing.T) {
	p := faultproxy.NewForTest(t, faultproxy.Config{Upstream: "http://127.0.0.1:1"})
	if !strings.HasPrefix(p.URL(), "http://127.0.0.1:") {
		t.Fatalf("URL %s is not loopback", p.URL())
	}
	if err := p.Set(faultproxy.Fault{Kind: faultproxy.Down}); err != nil {
		t.Fatal(err)
	}
	p.Close()
	p.Close()
	if err := p.Set(faultproxy.Fault{Kind: faultproxy.Up}); !errors.Is(err, faultproxy.ErrClosed) {
		t.Fatalf("Set after Close = %v, want ErrClosed", err)
	}
}
