package blob

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// HandlerConfig configures a Handler.
type HandlerConfig struct {
	// Dir is the directory that holds the blobs; it is created if missing.
	// Required.
	Dir string `yaml:"dir" json:"dir"`
	// MaxSize is the largest blob accepted, in bytes. Defaults to
	// DefaultMaxSize.
	MaxSize int64 `yaml:"maxSize" json:"maxSize"`
}

func (c *HandlerConfig) validate() error {
	if c.Dir == "" {
		return fmt.Errorf("%w: Dir: required", ErrInvalidConfig)
	}
	if c.MaxSize < 0 {
		return fmt.Errorf("%w: MaxSize: must not be negative, got %d", ErrInvalidConfig, c.MaxSize)
	}
	if c.MaxSize == 0 {
		c.MaxSize = DefaultMaxSize
	}
	return nil
}

// Handler serves a directory-backed blob store (see the package doc for the
// protocol). It is safe for concurrent use.
type Handler struct {
	dir     string
	maxSize int64
	logger  *slog.Logger
	mux     *http.ServeMux
}

var _ http.Handler = (*Handler)(nil)

// NewHandler returns a Handler storing blobs under cfg.Dir.
func NewHandler(cfg HandlerConfig, logger *slog.Logger) (*Handler, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		return nil, fmt.Errorf("%w: logger: required", ErrInvalidConfig)
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("blob store dir: %w", err)
	}
	h := &Handler{dir: cfg.Dir, maxSize: cfg.MaxSize, logger: logger, mux: http.NewServeMux()}
	h.mux.HandleFunc("PUT /blobs/{hash}", h.put)
	h.mux.HandleFunc("GET /blobs/{hash}", h.get)
	return h, nil
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mux.ServeHTTP(w, r)
}

func (h *Handler) put(w http.ResponseWriter, r *http.Request) {
	hash, err := ParseHash(r.PathValue("hash"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if r.ContentLength > h.maxSize {
		http.Error(w, fmt.Sprintf("blob of %d bytes exceeds the limit of %d", r.ContentLength, h.maxSize), http.StatusRequestEntityTooLarge)
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxSize))
	if err != nil {
		if errorsIsTooLarge(err) {
			http.Error(w, fmt.Sprintf("blob exceeds the limit of %d bytes", h.maxSize), http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
		return
	}
	if got := crypto.Keccak256Hash(data); got != hash {
		http.Error(w, fmt.Sprintf("body hashes to %s, not %s", got.Hex(), hash.Hex()), http.StatusUnprocessableEntity)
		return
	}
	created, err := h.store(hash, data)
	if err != nil {
		h.logger.Error("blob store write failed", "hash", hash.Hex(), "err", err)
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	if created {
		h.logger.Debug("blob stored", "hash", hash.Hex(), "bytes", len(data))
		w.WriteHeader(http.StatusCreated)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Handler) get(w http.ResponseWriter, r *http.Request) {
	hash, err := ParseHash(r.PathValue("hash"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(h.path(hash))
	if errors.Is(err, fs.ErrNotExist) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		h.logger.Error("blob store read failed", "hash", hash.Hex(), "err", err)
		http.Error(w, "read failed", http.StatusInternalServerError)
		return
	}
	if got := crypto.Keccak256Hash(data); got != hash {
		h.logger.Error("blob store file corrupted", "hash", hash.Hex(), "got", got.Hex())
		http.Error(w, "stored blob is corrupted", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	// Blobs never change: a name always means the same bytes.
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(data)
}

// store writes data under hash unless it is already there; it reports
// whether it wrote a new file.
func (h *Handler) store(hash common.Hash, data []byte) (bool, error) {
	final := h.path(hash)
	if _, err := os.Stat(final); err == nil {
		return false, nil
	}
	dir := filepath.Dir(final)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return false, err
	}
	committed := false
	defer func() {
		if !committed {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return false, err
	}
	if err := tmp.Sync(); err != nil {
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return false, err
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return false, err
	}
	committed = true
	// Make the rename durable; a failure here leaves a complete blob that
	// may not survive a power cut, which a later PUT repairs.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return true, nil
}

// path is dir/<first byte>/<0x-hash>.
func (h *Handler) path(hash common.Hash) string {
	name := hash.Hex()
	return filepath.Join(h.dir, name[2:4], name)
}
