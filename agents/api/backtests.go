package api

import (
	"cmp"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"
)

// Backtest is one backtest run found under Config.BacktestDir: a folder
// holding the summary.json `steward backtest --out` writes.
type Backtest struct {
	Name     string    `json:"name"`
	Modified time.Time `json:"modified"` // of summary.json
	// Summary is summary.json as written; absent when it cannot be read
	// (Error says why).
	Summary json.RawMessage `json:"summary,omitempty"`
	Error   string          `json:"error,omitempty"`
	// Report is the URL of the run's report.html on this server, when it has one.
	Report string `json:"report,omitempty"`
}

// maxSummary bounds a summary.json read into a listing.
const maxSummary = 1 << 20

// getBacktests lists the backtest runs, newest first. The store keeps no
// backtest runs, so this reads the folder: every direct subfolder with a
// summary.json is a run. The cursor is an offset into that list.
func (s *Server) getBacktests(w http.ResponseWriter, r *http.Request) {
	q, e := params(r, "limit", "cursor")
	var limit int
	var offset int64
	if e == nil {
		limit, offset, e = page(q)
	}
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	out := Page[Backtest]{Items: []Backtest{}}
	if s.cfg.BacktestDir == "" {
		writeJSON(w, http.StatusOK, out)
		return
	}
	entries, err := os.ReadDir(s.cfg.BacktestDir)
	if err != nil {
		writeError(w, s.logger, errorf(http.StatusInternalServerError, CodeInternal, "read the backtest folder: %v", err))
		return
	}
	var runs []Backtest
	for _, ent := range entries {
		if !ent.IsDir() {
			continue
		}
		dir := filepath.Join(s.cfg.BacktestDir, ent.Name())
		st, err := os.Stat(filepath.Join(dir, "summary.json"))
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		b := Backtest{Name: ent.Name(), Modified: st.ModTime().UTC()}
		switch data, err := os.ReadFile(filepath.Join(dir, "summary.json")); {
		case err != nil:
			b.Error = err.Error()
		case len(data) > maxSummary:
			b.Error = "summary.json is over 1 MiB"
		case !json.Valid(data):
			b.Error = "summary.json is not valid JSON"
		default:
			b.Summary = data
		}
		if rep, err := os.Stat(filepath.Join(dir, "report.html")); err == nil && rep.Mode().IsRegular() {
			b.Report = "/backtests/" + ent.Name() + "/report.html"
		}
		runs = append(runs, b)
	}
	slices.SortFunc(runs, func(a, b Backtest) int {
		if c := b.Modified.Compare(a.Modified); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	start := min(int(offset), len(runs))
	end := min(start+limit, len(runs))
	out.Items = append(out.Items, runs[start:end]...)
	if end < len(runs) {
		out.NextCursor = strconv.Itoa(end)
	}
	writeJSON(w, http.StatusOK, out)
}

// getBacktestReport serves a run's report.html. The name must be one
// folder directly under the backtest folder: no separators, no dot names.
func (s *Server) getBacktestReport(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if s.cfg.BacktestDir == "" || name == "" || name == "." || name == ".." || filepath.Base(name) != name || !fs.ValidPath(name) {
		http.NotFound(w, r)
		return
	}
	path := filepath.Join(s.cfg.BacktestDir, name, "report.html")
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			s.logger.Warn("backtest report", "path", path, "err", err)
		}
		http.NotFound(w, r)
		return
	}
	http.ServeFile(w, r, path)
}
