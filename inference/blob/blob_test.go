package blob_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/inference/blob"
)

// newStore starts a Handler over a temporary directory and returns a client
// for it and the directory.
func newStore(t *testing.T, maxSize int64) (*blob.Client, string) {
	t.Helper()
	dir := t.TempDir()
	h, err := blob.NewHandler(blob.HandlerConfig{Dir: dir, MaxSize: maxSize}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("NewHandler: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &blob.Client{BaseURL: srv.URL, HTTPClient: srv.Client()}, dir
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	c, dir := newStore(t, 0)
	cases := []struct {
		name string
		data []byte
	}{
		{"empty", []byte{}},
		{"text", []byte("rendered prompt")},
		{"binary", bytes.Repeat([]byte{0, 1, 2, 0xff}, 4096)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hash, err := c.Put(ctx, tc.data)
			if err != nil {
				t.Fatalf("Put: %v", err)
			}
			if want := crypto.Keccak256Hash(tc.data); hash != want {
				t.Fatalf("Put returned %s, want keccak256 %s", hash.Hex(), want.Hex())
			}
			got, err := c.Get(ctx, hash)
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if !bytes.Equal(got, tc.data) {
				t.Fatalf("Get returned %d bytes, want the %d put", len(got), len(tc.data))
			}
			// Storing the same bytes again is a no-op, not an error.
			if _, err := c.Put(ctx, tc.data); err != nil {
				t.Fatalf("second Put: %v", err)
			}
		})
	}
	// Atomic writes leave no temporary files behind.
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentPutSameBlob(t *testing.T) {
	ctx := context.Background()
	c, _ := newStore(t, 0)
	data := bytes.Repeat([]byte("same"), 1000)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			if _, err := c.Put(ctx, data); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent Put: %v", err)
	}
	got, err := c.Get(ctx, crypto.Keccak256Hash(data))
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("Get after concurrent puts: %d bytes, %v", len(got), err)
	}
}

func TestGetNotFound(t *testing.T) {
	c, _ := newStore(t, 0)
	_, err := c.Get(context.Background(), crypto.Keccak256Hash([]byte("never stored")))
	if !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("Get of unknown blob: got %v, want ErrNotFound", err)
	}
}

// tampered serves fixed bytes for every GET, whatever the name.
func tampered(t *testing.T, body []byte, setLength bool) *blob.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !setLength {
			// Chunked: the client learns the size only by reading.
			w.Header().Set("Transfer-Encoding", "chunked")
			w.(http.Flusher).Flush()
		}
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return &blob.Client{BaseURL: srv.URL, HTTPClient: srv.Client(), MaxSize: 1024}
}

func TestGetRefuses(t *testing.T) {
	asked := crypto.Keccak256Hash([]byte("the real prompt"))
	cases := []struct {
		name   string
		client *blob.Client
		want   error
	}{
		{"substituted bytes", tampered(t, []byte("a different prompt"), true), blob.ErrDigestMismatch},
		{"oversize with content-length", tampered(t, bytes.Repeat([]byte("x"), 2048), true), blob.ErrTooLarge},
		{"oversize chunked", tampered(t, bytes.Repeat([]byte("x"), 2048), false), blob.ErrTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.client.Get(context.Background(), asked)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Get: got %v, want %v", err, tc.want)
			}
			if data != nil {
				t.Fatalf("Get returned %d bytes along with the error", len(data))
			}
		})
	}
}

func TestPutOversize(t *testing.T) {
	ctx := context.Background()
	t.Run("client limit, nothing sent", func(t *testing.T) {
		var requests atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			w.WriteHeader(http.StatusCreated)
		}))
		t.Cleanup(srv.Close)
		c := &blob.Client{BaseURL: srv.URL, MaxSize: 10}
		if _, err := c.Put(ctx, make([]byte, 11)); !errors.Is(err, blob.ErrTooLarge) {
			t.Fatalf("Put: got %v, want ErrTooLarge", err)
		}
		if n := requests.Load(); n != 0 {
			t.Fatalf("server saw %d requests, want 0", n)
		}
	})
	t.Run("server limit", func(t *testing.T) {
		c, dir := newStore(t, 10)
		c.MaxSize = 1 << 20
		data := make([]byte, 11)
		if _, err := c.Put(ctx, data); !errors.Is(err, blob.ErrTooLarge) {
			t.Fatalf("Put: got %v, want ErrTooLarge", err)
		}
		if _, err := c.Get(ctx, crypto.Keccak256Hash(data)); !errors.Is(err, blob.ErrNotFound) {
			t.Fatalf("Get after refused Put: got %v, want ErrNotFound", err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 0 {
			t.Fatalf("refused Put left %d entries in the store", len(entries))
		}
	})
}

func TestHandlerRefuses(t *testing.T) {
	c, _ := newStore(t, 0)
	body := []byte("payload")
	good := crypto.Keccak256Hash(body).Hex()
	cases := []struct {
		name   string
		method string
		path   string
		body   []byte
		want   int
	}{
		{"put under another hash", http.MethodPut, "/blobs/" + crypto.Keccak256Hash([]byte("other")).Hex(), body, http.StatusUnprocessableEntity},
		{"upper-case hex", http.MethodPut, "/blobs/0x" + strings.ToUpper(good[2:]), body, http.StatusBadRequest},
		{"no 0x", http.MethodGet, "/blobs/" + good[2:], nil, http.StatusBadRequest},
		{"short", http.MethodGet, "/blobs/0x1234", nil, http.StatusBadRequest},
		{"path traversal", http.MethodGet, "/blobs/..%2f..%2fetc%2fpasswd", nil, http.StatusBadRequest},
		{"delete", http.MethodDelete, "/blobs/" + good, nil, http.StatusMethodNotAllowed},
		{"put ok", http.MethodPut, "/blobs/" + good, body, http.StatusCreated},
		{"put again", http.MethodPut, "/blobs/" + good, body, http.StatusOK},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, c.BaseURL+tc.path, bytes.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := c.HTTPClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			_ = resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Fatalf("%s %s: status %d, want %d", tc.method, tc.path, resp.StatusCode, tc.want)
			}
		})
	}
}

func TestCorruptedFileIsNotServed(t *testing.T) {
	ctx := context.Background()
	c, dir := newStore(t, 0)
	data := []byte("stored once")
	hash, err := c.Put(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, hash.Hex()[2:4], hash.Hex())
	if err := os.WriteFile(path, []byte("bit rot"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = c.Get(ctx, hash)
	var se *blob.StatusError
	if !errors.As(err, &se) || se.Code != http.StatusInternalServerError {
		t.Fatalf("Get of corrupted blob: got %v, want a 500 StatusError", err)
	}
}

func TestClientConfig(t *testing.T) {
	cases := []struct {
		name    string
		baseURL string
	}{
		{"empty", ""},
		{"relative", "blobs.local"},
		{"ftp", "ftp://127.0.0.1/"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &blob.Client{BaseURL: tc.baseURL}
			if _, err := c.Get(context.Background(), common.Hash{}); !errors.Is(err, blob.ErrInvalidConfig) || !strings.Contains(err.Error(), "BaseURL") {
				t.Fatalf("Get: got %v, want ErrInvalidConfig naming BaseURL", err)
			}
		})
	}
	if _, err := blob.NewHandler(blob.HandlerConfig{}, slog.New(slog.DiscardHandler)); !errors.Is(err, blob.ErrInvalidConfig) || !strings.Contains(err.Error(), "Dir") {
		t.Fatalf("NewHandler without Dir: got %v, want ErrInvalidConfig naming Dir", err)
	}
}

func TestParseHash(t *testing.T) {
	h := crypto.Keccak256Hash([]byte("x"))
	cases := []struct {
		name string
		in   string
		ok   bool
	}{
		{"canonical", h.Hex(), true},
		{"upper", "0x" + strings.ToUpper(h.Hex()[2:]), false},
		{"0X prefix", "0X" + h.Hex()[2:], false},
		{"too long", h.Hex() + "0", false},
		{"non-hex", "0x" + strings.Repeat("g", 64), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := blob.ParseHash(tc.in)
			if tc.ok != (err == nil) {
				t.Fatalf("ParseHash(%q): err %v, want ok=%v", tc.in, err, tc.ok)
			}
			if tc.ok && got != h {
				t.Fatalf("ParseHash(%q) = %s", tc.in, got.Hex())
			}
			if !tc.ok && !errors.Is(err, blob.ErrInvalidHash) {
				t.Fatalf("ParseHash(%q): got %v, want ErrInvalidHash", tc.in, err)
			}
		})
	}
}
