package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/steward-agents/steward/agents/store"
)

// authorized lets a request through only with Authorization: Bearer <the
// configured token>; anything else gets 401, and without a configured
// token every request does.
func (s *Server) authorized(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if e := s.checkToken(r); e != nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="steward"`)
			s.logger.Warn("refused a state change", "route", r.Method+" "+r.URL.Path, "remote", r.RemoteAddr, "why", e.Message)
			writeError(w, s.logger, e)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) checkToken(r *http.Request) *Error {
	unauthorized := func(format string, args ...any) *Error {
		return errorf(http.StatusUnauthorized, CodeUnauthorized, format, args...)
	}
	if s.cfg.Token == "" {
		return unauthorized("state changes are disabled: the server has no API token (start it with one, e.g. STEWARD_API_TOKEN)")
	}
	h := r.Header.Get("Authorization")
	if h == "" {
		return unauthorized("state changes need Authorization: Bearer <token>")
	}
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return unauthorized("the Authorization header must be: Bearer <token>")
	}
	// Compare digests: equal length, so the comparison's time says nothing
	// of the token's length either.
	got, want := sha256.Sum256([]byte(token)), sha256.Sum256([]byte(s.cfg.Token))
	if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		return unauthorized("wrong token")
	}
	return nil
}

// ControlResult answers a state change: the switch set, and the one in
// force for the agent (they differ when every agent's switch is stricter).
type ControlResult struct {
	Set     Control  `json:"set"`
	InForce *Control `json:"inForce,omitempty"`
	// Changed lists the agents a resume of every agent released.
	Changed []string `json:"changed,omitempty"`
	Note    string   `json:"note"`
}

// controlBody is a state change's optional body.
type controlBody struct {
	Reason string `json:"reason"`
}

// reason reads the optional JSON body {"reason": "…"}.
func reason(r *http.Request) (string, *Error) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 4097))
	if err != nil {
		return "", badRequest("read the body: %v", err)
	}
	if len(data) > 4096 {
		return "", badRequest("the body is over 4 KiB; send at most {\"reason\": \"…\"}")
	}
	if strings.TrimSpace(string(data)) == "" {
		return "", nil
	}
	var b controlBody
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return "", badRequest("the body must be empty or {\"reason\": \"…\"}: %v", err)
	}
	return b.Reason, nil
}

const nextTick = "takes effect at each agent's next tick"

// setOne sets one agent's switch. The agent must be known to the store
// (a saved block or a switch), so a misspelt name is refused, not stored.
func (s *Server) setOne(state store.ControlState) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		name := r.PathValue("name")
		why, e := reason(r)
		if e == nil && (name == "" || name == store.AllAgents) {
			e = badRequest("agent name %q: to switch every agent, POST /api/%s", name, verb(state))
		}
		if e == nil {
			e = s.known(r, name)
		}
		if e != nil {
			writeError(w, s.logger, e)
			return
		}
		c := store.Control{Agent: name, State: state, Reason: why, UpdatedAt: s.cfg.Now()}
		if err := s.store.SetControl(ctx, c); err != nil {
			writeError(w, s.logger, fromStore("set the switch of "+name, err))
			return
		}
		inForce, err := s.store.Control(ctx, name)
		if err != nil {
			writeError(w, s.logger, fromStore("control of "+name, err))
			return
		}
		s.logger.Info("operator switch", "agent", name, "state", state, "reason", why, "remote", r.RemoteAddr)
		res := ControlResult{Set: *controlView(c), InForce: controlView(inForce), Note: "takes effect at the agent's next tick"}
		if inForce.State != state {
			res.Note = fmt.Sprintf("set, but every agent is %s: POST /api/resume to release them all", inForce.State)
		}
		writeJSON(w, http.StatusOK, res)
	}
}

// setAll sets every agent's switch. Resuming every agent also releases
// each agent's own pause or kill switch: "resume all" means run them all.
func (s *Server) setAll(state store.ControlState) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		why, e := reason(r)
		if e != nil {
			writeError(w, s.logger, e)
			return
		}
		now := s.cfg.Now()
		c := store.Control{Agent: store.AllAgents, State: state, Reason: why, UpdatedAt: now}
		if err := s.store.SetControl(ctx, c); err != nil {
			writeError(w, s.logger, fromStore("set every agent's switch", err))
			return
		}
		res := ControlResult{Set: *controlView(c), Note: nextTick}
		if state == store.ControlRunning {
			ctls, err := s.store.Controls(ctx)
			if err != nil {
				writeError(w, s.logger, fromStore("controls", err))
				return
			}
			for _, own := range ctls {
				if own.Agent == store.AllAgents || own.State == store.ControlRunning {
					continue
				}
				run := store.Control{Agent: own.Agent, State: store.ControlRunning, Reason: why, UpdatedAt: now}
				if err := s.store.SetControl(ctx, run); err != nil {
					writeError(w, s.logger, fromStore("resume "+own.Agent, err))
					return
				}
				res.Changed = append(res.Changed, own.Agent)
			}
		}
		s.logger.Info("operator switch", "agent", store.AllAgents, "state", state, "reason", why, "remote", r.RemoteAddr)
		writeJSON(w, http.StatusOK, res)
	}
}

// known refuses an agent the store has never seen.
func (s *Server) known(r *http.Request, name string) *Error {
	acts, err := s.store.Agents(r.Context())
	if err != nil {
		return fromStore("agents", err)
	}
	ctls, err := s.store.Controls(r.Context())
	if err != nil {
		return fromStore("controls", err)
	}
	var names []string
	for _, a := range acts {
		if a.Agent == name {
			return nil
		}
		names = append(names, a.Agent)
	}
	for _, c := range ctls {
		if c.Agent == name {
			return nil
		}
	}
	if len(names) == 0 {
		names = []string{"none yet"}
	}
	return errorf(http.StatusNotFound, CodeNotFound, "agent %q has no ticks in this store (agents: %s)", name, strings.Join(names, ", "))
}

func verb(s store.ControlState) string {
	switch s {
	case store.ControlPaused:
		return "pause"
	case store.ControlHalted:
		return "halt"
	}
	return "resume"
}
