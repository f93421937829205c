package rpcclient

import "sync/atomic"

// FaultKind names a fault the client saw; it is the "kind" of fault logs.
type FaultKind string

// Fault kinds. The first five are retried; WrongChain and Lag come from the
// health check and take an endpoint out of use.
const (
	FaultHTTP429    FaultKind = "http429"
	FaultHTTP5xx    FaultKind = "http5xx"
	FaultTimeout    FaultKind = "timeout"
	FaultMalformed  FaultKind = "malformed"
	FaultConnection FaultKind = "connection"
	FaultWrongChain FaultKind = "wrong_chain"
	FaultLag        FaultKind = "lag"
)

// Stats is a snapshot of a Client's counters since Dial.
type Stats struct {
	// Requests counts HTTP requests from the RPC client (a batch is one).
	Requests uint64
	// Retries counts attempts after the first.
	Retries uint64
	// Failovers counts changes of the primary endpoint (away and back).
	Failovers uint64
	// Faults counts faults by kind: request faults per failed attempt,
	// WrongChain and Lag per health check that found them.
	Faults map[FaultKind]uint64
}

// counters are the live, lock-free counters behind Stats.
type counters struct {
	requests, retries, failovers atomic.Uint64
	faults                       [7]atomic.Uint64 // in faultKinds order
}

func faultKinds() [7]FaultKind {
	return [...]FaultKind{FaultHTTP429, FaultHTTP5xx, FaultTimeout, FaultMalformed, FaultConnection, FaultWrongChain, FaultLag}
}

func (c *counters) fault(k FaultKind) {
	for i, kind := range faultKinds() {
		if kind == k {
			c.faults[i].Add(1)
			return
		}
	}
}

func (c *counters) snapshot() Stats {
	s := Stats{
		Requests:  c.requests.Load(),
		Retries:   c.retries.Load(),
		Failovers: c.failovers.Load(),
		Faults:    make(map[FaultKind]uint64, len(c.faults)),
	}
	for i, kind := range faultKinds() {
		s.Faults[kind] = c.faults[i].Load()
	}
	return s
}
