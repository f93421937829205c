package faultproxy

import (
	"net"
	"sync"
)

// gate owns the proxy's listening socket for the proxy's whole life, so Down
// and Up never give the port back to the system: another process (or one
// of its outgoing connections) could take it in between, and Up would then
// fail or, worse, the client would reach someone else's server. While the
// proxy is down every new connection is reset at once, as a restarting node
// behind its port does. Connections go to the current session, the
// listener one http.Server serves; once that server closes it (Down), the
// gate resets them until the next open (Up).
type gate struct {
	ln net.Listener

	mu      sync.Mutex
	session *session // nil before the first open
}

func newGate(ln net.Listener) *gate {
	g := &gate{ln: ln}
	go g.acceptLoop()
	return g
}

// open starts a new session and returns its listener.
func (g *gate) open() net.Listener {
	g.mu.Lock()
	defer g.mu.Unlock()
	s := &session{addr: g.ln.Addr(), conns: make(chan net.Conn), closed: make(chan struct{})}
	g.session = s
	return s
}

// close closes the socket; the accept loop ends.
func (g *gate) close() error { return g.ln.Close() }

func (g *gate) acceptLoop() {
	for {
		c, err := g.ln.Accept()
		if err != nil {
			return // closed by close
		}
		g.mu.Lock()
		s := g.session
		g.mu.Unlock()
		if s == nil || !s.hand(c) {
			reset(c)
		}
	}
}

// reset closes c with an RST, so the client sees its connection refused
// rather than a clean end of stream.
func reset(c net.Conn) {
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = c.Close()
}

// session is a net.Listener fed by the gate's accept loop.
type session struct {
	addr      net.Addr
	conns     chan net.Conn
	closed    chan struct{}
	closeOnce sync.Once
}

// hand gives c to the session's server; false if the session is closed.
func (s *session) hand(c net.Conn) bool {
	select {
	case s.conns <- c:
		return true
	case <-s.closed:
		return false
	}
}

func (s *session) Accept() (net.Conn, error) {
	select {
	case c := <-s.conns:
		return c, nil
	case <-s.closed:
		return nil, net.ErrClosed
	}
}

func (s *session) Close() error {
	s.closeOnce.Do(func() { close(s.closed) })
	return nil
}

func (s *session) Addr() net.Addr { return s.addr }
