package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/steward-agents/steward/agents/store"
)

// Error is an API error as the client sees it: an HTTP status, a stable
// machine-readable code and a message for people. The body of every
// failed request is {"error": {"code": …, "message": …}}.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

// Error codes.
const (
	CodeBadRequest   = "bad_request"
	CodeUnauthorized = "unauthorized"
	CodeNotFound     = "not_found"
	CodeInternal     = "internal"
)

func errorf(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

func badRequest(format string, args ...any) *Error {
	return errorf(http.StatusBadRequest, CodeBadRequest, format, args...)
}

// fromStore maps a store error to the client's: a value the store refuses
// is the request's fault (400), a missing row 404, the rest 500.
func fromStore(what string, err error) *Error {
	switch {
	case errors.Is(err, store.ErrInvalid):
		return badRequest("%s: %v", what, err)
	case errors.Is(err, store.ErrNotFound):
		return errorf(http.StatusNotFound, CodeNotFound, "%s: not found", what)
	}
	return errorf(http.StatusInternalServerError, CodeInternal, "%s: %v", what, err)
}

func writeError(w http.ResponseWriter, logger *slog.Logger, e *Error) {
	if e.Status >= 500 {
		logger.Error("api request failed", "err", e.Message)
	}
	writeJSON(w, e.Status, struct {
		Error *Error `json:"error"`
	}{e})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}
