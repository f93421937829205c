package rpcclient_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	rpcclient "github.com/steward-agents/steward/chain/rpc"
)

// FuzzResponseBody sends arbitrary response bodies through the transport
// into ethclient: the call returns a number or an error, never panics.
// `go test -fuzz FuzzResponseBody ./chain/rpc/` runs it longer.
func FuzzResponseBody(f *testing.F) {
	for _, seed := range []string{
		`{"jsonrpc":"2.0","id":1,"result":"0x10"}`,
		`{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"execution reverted","data":"0x"}}`,
		`{"jsonrpc":"2.0","id":1,"result":"0x1`,
		`[{"jsonrpc":"2.0","id":1,"result":"0x1"}]`,
		`<html>bad gateway</html>`,
		`null`, `"0x1"`, `{}`, ``,
	} {
		f.Add([]byte(seed))
	}
	var body atomic.Pointer[[]byte]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := make([]byte, 512)
		n, _ := r.Body.Read(buf)
		if strings.Contains(string(buf[:n]), "eth_chainId") { // Dial's and the health check's probe
			_, _ = w.Write([]byte(`[{"jsonrpc":"2.0","id":1,"result":"0x539"},{"jsonrpc":"2.0","id":2,"result":"0x1"}]`))
			return
		}
		_, _ = w.Write(*body.Load())
	}))
	defer srv.Close()
	cfg := rpcclient.Config{
		Endpoints: []string{srv.URL}, MaxRetries: 1, BackoffBase: time.Microsecond,
		BackoffMax: time.Microsecond, RequestTimeout: time.Second, HealthInterval: time.Hour,
	}
	c, err := rpcclient.Dial(f.Context(), cfg, nil)
	if err != nil {
		f.Fatal(err)
	}
	defer c.Close()
	f.Fuzz(func(t *testing.T, b []byte) {
		body.Store(&b)
		n, err := c.Eth().BlockNumber(t.Context())
		if err == nil && string(b) == "" {
			t.Fatalf("empty body gave block %d", n)
		}
	})
}
