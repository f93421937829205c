package txmgr

import (
	"context"
	"errors"
	"time"
)

// Fence decides, right before every broadcast, whether this process may
// send for an agent: with several replicas of one agent (agents.Replica,
// HA), only the holder of the agent's lease may.
type Fence interface {
	// Admit returns how long a broadcast for agent may take (the outbox
	// cancels it after that), or an error refusing it: one wrapping
	// ErrFenced when the process may not send for the agent, any other
	// when it could not tell (the broadcast is refused too).
	Admit(ctx context.Context, agent string) (time.Duration, error)
}

// admit asks the fence, if any, to admit a broadcast for agent. It returns
// the context the broadcast runs in (bounded by the time admitted) or a
// *NotAdmittedError.
func (o *Outbox) admit(ctx context.Context, agent string) (context.Context, context.CancelFunc, error) {
	if o.cfg.Fence == nil {
		return ctx, func() {}, nil
	}
	within, err := o.cfg.Fence.Admit(ctx, agent)
	if err == nil && within <= 0 {
		err = errors.New("no time left to broadcast")
	}
	if err != nil {
		return ctx, func() {}, &NotAdmittedError{Agent: agent, Err: err}
	}
	bounded, cancel := context.WithTimeout(ctx, within)
	return bounded, cancel, nil
}

// mayBroadcast asks the fence, without broadcasting, before work only a
// process that may send should do (reserving a nonce, signing a replacement).
func (o *Outbox) mayBroadcast(ctx context.Context, agent string) error {
	_, cancel, err := o.admit(ctx, agent)
	cancel()
	return err
}

// notAdmitted reports whether err is a fence's refusal (nothing was sent).
func notAdmitted(err error) bool {
	var na *NotAdmittedError
	return errors.As(err, &na)
}
