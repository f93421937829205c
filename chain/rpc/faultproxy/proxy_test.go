package faultproxy_test

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

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

// TestDownKeepsThePort: while Down, requests fail at the connection and the
// port stays the proxy's (no one else can listen on it); after Up the same
// URL answers again.
func TestDownKeepsThePort(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x1"}`))
	}))
	defer upstream.Close()
	p := faultproxy.NewForTest(t, faultproxy.Config{Upstream: upstream.URL})
	post := func() error {
		cl := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 5 * time.Second}
		resp, err := cl.Post(p.URL(), "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if body, _ := io.ReadAll(resp.Body); !strings.Contains(string(body), `"0x1"`) {
			return fmt.Errorf("status %s, body %q", resp.Status, body)
		}
		return nil
	}
	if err := post(); err != nil {
		t.Fatalf("before Down: %v", err)
	}
	if err := p.Set(faultproxy.Fault{Kind: faultproxy.Down}); err != nil {
		t.Fatal(err)
	}
	if err := post(); err == nil {
		t.Fatal("a request went through while the proxy was down")
	}
	if ln, err := net.Listen("tcp", strings.TrimPrefix(p.URL(), "http://")); err == nil {
		ln.Close()
		t.Fatal("the port was free while the proxy was down; another process could take it")
	}
	if err := p.Set(faultproxy.Fault{Kind: faultproxy.Up}); err != nil {
		t.Fatal(err)
	}
	if err := post(); err != nil {
		t.Fatalf("after Up: %v", err)
	}
	if got := p.Hits(faultproxy.Down); got != 1 {
		t.Fatalf("Down hits = %d, want 1", got)
	}
}
