package api

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/inference/commit"
)

// Store is what the API reads and writes; store.Store has it all.
type Store interface {
	Agents(ctx context.Context) ([]store.AgentActivity, error)
	ListDecisions(ctx context.Context, f store.DecisionFilter) ([]store.Decision, error)
	ListTransactions(ctx context.Context, f store.TxFilter) ([]store.Transaction, error)
	Decision(ctx context.Context, id int64) (store.Decision, error)
	DecisionsByTx(ctx context.Context, txID int64) ([]store.Decision, error)
	Transaction(ctx context.Context, id int64) (store.Transaction, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (store.Transaction, error)
	TransactionByKey(ctx context.Context, key string) (store.Transaction, error)
	Record(ctx context.Context, hash common.Hash) (store.InferenceRecord, error)
	SetControl(ctx context.Context, c store.Control) error
	Control(ctx context.Context, agent string) (store.Control, error)
	Controls(ctx context.Context) ([]store.Control, error)
}

var _ Store = store.Store(nil)

// Defaults of Config.
const (
	DefaultAddr     = "127.0.0.1:8080"
	DefaultPoll     = 2 * time.Second
	DefaultScoreKey = "score"
	// DefaultLimit and MaxLimit bound a page (?limit=).
	DefaultLimit = 50
	MaxLimit     = 500
)

// Config configures a Server. Every field is optional.
type Config struct {
	// Addr is where Start listens. Defaults to 127.0.0.1:8080; ":0" or
	// "127.0.0.1:0" picks a free port (see URL).
	Addr string
	// Token authorises state changes (Authorization: Bearer <Token>).
	// Empty: every state change is refused with 401; reads stay open.
	Token string
	// Explorer is a block explorer's base URL; the dashboard links a
	// transaction to Explorer + "/tx/" + hash. Empty: to this API.
	Explorer string
	// BacktestDir is a folder whose subfolders holding a summary.json are
	// listed as backtest runs (the store keeps none). Empty: none listed.
	BacktestDir string
	// ScoreKey is the action key that makes a decision a score
	// (/api/scores). Defaults to "score".
	ScoreKey string
	// Verified tells the verify status of transactions where one is known
	// (e.g. the demo's Verifications). Optional.
	Verified VerifyStatus
	// Poll is how often the dashboard refreshes. Defaults to 2s.
	Poll time.Duration
	// Now is the clock. Defaults to time.Now.
	Now func() time.Time
	// Logger defaults to slog.Default().
	Logger *slog.Logger
}

func (c *Config) validate() error {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.ScoreKey == "" {
		c.ScoreKey = DefaultScoreKey
	}
	if c.Poll == 0 {
		c.Poll = DefaultPoll
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	var errs []error
	if c.Poll < 100*time.Millisecond {
		errs = append(errs, fmt.Errorf("api: Config.Poll %v is below 100ms", c.Poll))
	}
	if !isKey(c.ScoreKey) {
		errs = append(errs, fmt.Errorf("api: Config.ScoreKey %q: use letters, digits and '_'", c.ScoreKey))
	}
	if c.Explorer != "" && !strings.HasPrefix(c.Explorer, "https://") && !strings.HasPrefix(c.Explorer, "http://") {
		errs = append(errs, fmt.Errorf("api: Config.Explorer %q is not an http(s) URL", c.Explorer))
	}
	return errors.Join(errs...)
}

// isKey reports whether s is a plain JSON object key (letters, digits, '_').
func isKey(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

//go:embed web
var web embed.FS

// Server serves the API and the dashboard over one store.
type Server struct {
	cfg    Config
	store  Store
	logger *slog.Logger
	mux    *http.ServeMux

	mu      sync.Mutex
	srv     *http.Server
	ln      net.Listener
	served  chan error // Serve's result, once it returned
	stopCtx func() bool
	stopped bool
}

// New validates cfg and builds the server's routes; Start serves them, or
// mount Handler in a server of your own.
func New(cfg Config, st Store) (*Server, error) {
	if st == nil {
		return nil, errors.New("api: the store is required")
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, store: st, logger: cfg.Logger, mux: http.NewServeMux()}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/config", s.getConfig)
	m.HandleFunc("GET /api/agents", s.getAgents)
	m.HandleFunc("GET /api/decisions", s.getDecisions)
	m.HandleFunc("GET /api/decisions/{id}", s.getDecision)
	m.HandleFunc("GET /api/transactions", s.getTransactions)
	m.HandleFunc("GET /api/transactions/{ref}", s.getTransaction)
	m.HandleFunc("GET /api/commitments", s.getCommitments)
	m.HandleFunc("GET /api/records/{hash}", s.getRecord)
	m.HandleFunc("GET /api/scores", s.getScores)
	m.HandleFunc("GET /api/backtests", s.getBacktests)
	m.HandleFunc("GET /api/controls", s.getControls)
	for _, a := range []struct {
		name  string
		state store.ControlState
	}{{"pause", store.ControlPaused}, {"resume", store.ControlRunning}, {"halt", store.ControlHalted}} {
		m.Handle("POST /api/agents/{name}/"+a.name, s.authorized(s.setOne(a.state)))
		m.Handle("POST /api/"+a.name, s.authorized(s.setAll(a.state)))
	}
	m.HandleFunc("/api/", s.noRoute)
	m.HandleFunc("GET /backtests/{name}/report.html", s.getBacktestReport)
	static, err := fs.Sub(web, "web")
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	files := http.FileServerFS(static)
	// "/" for every method: "GET /" would conflict with the "/api/" catch-all.
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		// The dashboard loads nothing from elsewhere and runs no inline code.
		w.Header().Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
		files.ServeHTTP(w, r)
	})
}

// Handler is the server's routes: the API under /api/, the dashboard at /.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		if strings.HasPrefix(r.URL.Path, "/api/") {
			w.Header().Set("Cache-Control", "no-store")
		}
		s.mux.ServeHTTP(w, r)
	})
}

// noRoute answers /api/ paths no route serves: 405 when the path has a
// route for another method, else 404; both in JSON.
func (s *Server) noRoute(w http.ResponseWriter, r *http.Request) {
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != "/api/" {
			allowed = append(allowed, m)
		}
	}
	if len(allowed) > 0 {
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		writeError(w, s.logger, errorf(http.StatusMethodNotAllowed, "method_not_allowed",
			"%s %s: use %s", r.Method, r.URL.Path, strings.Join(allowed, " or ")))
		return
	}
	writeError(w, s.logger, errorf(http.StatusNotFound, "not_found", "no route %s %s (see GET /api/config for the routes)", r.Method, r.URL.Path))
}

// Start listens on Config.Addr and serves until ctx ends or Stop.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return errors.New("api: already started")
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("api: listen %s: %w", s.cfg.Addr, err)
	}
	s.ln, s.served = ln, make(chan error, 1)
	s.srv = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(s.logger.Handler(), slog.LevelWarn)}
	go func() {
		err := s.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.served <- err
	}()
	s.stopCtx = context.AfterFunc(ctx, s.Stop)
	s.logger.Info("serving the API and dashboard", "url", s.url())
	return nil
}

// URL is the dashboard's address once started ("" before).
func (s *Server) URL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.url()
}

func (s *Server) url() string {
	if s.ln == nil {
		return ""
	}
	return "http://" + s.ln.Addr().String() + "/"
}

// Stop shuts the server down, letting requests in flight finish (for up to
// five seconds). It is idempotent and safe before Start.
func (s *Server) Stop() {
	s.mu.Lock()
	srv, stopCtx := s.srv, s.stopCtx
	if srv == nil || s.stopped {
		s.mu.Unlock()
		return
	}
	s.stopped = true
	s.mu.Unlock()
	stopCtx()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		_ = srv.Close()
	}
}

// Wait blocks until the server stopped serving and returns why: nil after
// Stop (or the end of Start's ctx), the listener's error otherwise.
func (s *Server) Wait() error {
	s.mu.Lock()
	served := s.served
	s.mu.Unlock()
	if served == nil {
		return errors.New("api: not started")
	}
	err := <-served
	served <- err // for the next Wait
	return err
}

// proofValid reports whether the decision's stored proof puts its record
// under its root; nil when it has no root yet.
func proofValid(d store.Decision) *bool {
	if d.Root == (common.Hash{}) {
		return nil
	}
	ok := commit.VerifyProof(d.Proof, d.Root, d.RecordHash)
	return &ok
}
