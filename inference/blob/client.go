package blob

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DefaultMaxSize is the size limit of a blob when none is configured: 16 MiB.
const DefaultMaxSize int64 = 16 << 20

// maxErrorBody is how much of an unexpected response body an error quotes.
const maxErrorBody = 256

// Client talks to a blob store: a Handler, or any server that speaks the
// same two requests. The zero value is not usable; set BaseURL. A Client is
// safe for concurrent use.
type Client struct {
	// BaseURL is the store's root, for example "http://127.0.0.1:8090";
	// blobs live under {BaseURL}/blobs/. Required.
	BaseURL string
	// HTTPClient sends the requests. Defaults to http.DefaultClient. Bound
	// each call with its context, not with HTTPClient.Timeout.
	HTTPClient *http.Client
	// MaxSize is the largest blob Put sends and Get accepts, in bytes.
	// Defaults to DefaultMaxSize.
	MaxSize int64
}

// Put stores data and returns its keccak256, the name it is stored under.
// Storing the same bytes twice is not an error.
func (c *Client) Put(ctx context.Context, data []byte) (common.Hash, error) {
	hash := crypto.Keccak256Hash(data)
	u, err := c.blobURL(hash)
	if err != nil {
		return common.Hash{}, err
	}
	if limit := c.maxSize(); int64(len(data)) > limit {
		return common.Hash{}, fmt.Errorf("blob put %s: %d bytes, limit %d: %w", hash.Hex(), len(data), limit, ErrTooLarge)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, u, bytes.NewReader(data))
	if err != nil {
		return common.Hash{}, fmt.Errorf("blob put %s: %w", hash.Hex(), err)
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return common.Hash{}, fmt.Errorf("blob put %s: %w", hash.Hex(), err)
	}
	defer drain(resp.Body)
	switch resp.StatusCode {
	case http.StatusCreated, http.StatusOK, http.StatusNoContent:
		return hash, nil
	case http.StatusRequestEntityTooLarge:
		return common.Hash{}, fmt.Errorf("blob put %s: server refused %d bytes: %w", hash.Hex(), len(data), ErrTooLarge)
	case http.StatusUnprocessableEntity:
		return common.Hash{}, fmt.Errorf("blob put %s: server hashed the body differently: %w", hash.Hex(), ErrDigestMismatch)
	default:
		return common.Hash{}, statusError("put", resp)
	}
}

// Get fetches the blob named hash. It refuses bytes that do not hash to hash
// (ErrDigestMismatch) and blobs larger than MaxSize (ErrTooLarge); an unknown
// hash is ErrNotFound.
func (c *Client) Get(ctx context.Context, hash common.Hash) ([]byte, error) {
	u, err := c.blobURL(hash)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("blob get %s: %w", hash.Hex(), err)
	}
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return nil, fmt.Errorf("blob get %s: %w", hash.Hex(), err)
	}
	defer drain(resp.Body)
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotFound:
		return nil, fmt.Errorf("blob get %s: %w", hash.Hex(), ErrNotFound)
	default:
		return nil, statusError("get", resp)
	}
	limit := c.maxSize()
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("blob get %s: server announces %d bytes, limit %d: %w", hash.Hex(), resp.ContentLength, limit, ErrTooLarge)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("blob get %s: read body: %w", hash.Hex(), err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("blob get %s: more than %d bytes: %w", hash.Hex(), limit, ErrTooLarge)
	}
	if got := crypto.Keccak256Hash(data); got != hash {
		return nil, fmt.Errorf("blob get %s: served bytes hash to %s: %w", hash.Hex(), got.Hex(), ErrDigestMismatch)
	}
	return data, nil
}

func (c *Client) blobURL(hash common.Hash) (string, error) {
	base := strings.TrimRight(c.BaseURL, "/")
	if base == "" {
		return "", fmt.Errorf("%w: BaseURL: required", ErrInvalidConfig)
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%w: BaseURL: %q is not an absolute http(s) URL", ErrInvalidConfig, c.BaseURL)
	}
	return base + "/blobs/" + hash.Hex(), nil
}

func (c *Client) httpClient() *http.Client {
	if c.HTTPClient != nil {
		return c.HTTPClient
	}
	return http.DefaultClient
}

func (c *Client) maxSize() int64 {
	if c.MaxSize > 0 {
		return c.MaxSize
	}
	return DefaultMaxSize
}

func statusError(op string, resp *http.Response) error {
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	return &StatusError{Op: op, Code: resp.StatusCode, Message: strings.TrimSpace(string(msg))}
}

// drain reads a little of what is left so the connection can be reused, then
// closes the body.
func drain(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, 4096))
	_ = body.Close()
}

// ParseHash parses a blob name: 0x followed by exactly 64 lower-case hex
// digits, the form common.Hash.Hex writes. Any other spelling is refused so
// that every blob has exactly one name.
func ParseHash(s string) (common.Hash, error) {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, fmt.Errorf("%w: %q", ErrInvalidHash, s)
	}
	for _, r := range s[2:] {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return common.Hash{}, fmt.Errorf("%w: %q", ErrInvalidHash, s)
		}
	}
	return common.HexToHash(s), nil
}

// errorsIsTooLarge reports whether err is http.MaxBytesReader's limit error.
func errorsIsTooLarge(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe)
}
