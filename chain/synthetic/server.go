package synthetic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
)

// Limits of the JSON-RPC server.
const (
	maxRequestSize = 16 << 20         // bytes of one HTTP body or WebSocket message
	wsSendQueue    = 256              // answers and notifications waiting for one connection's writer
	wsInFlight     = 64               // calls of one WebSocket connection answered at once
	wsWriteTimeout = 10 * time.Second // a connection that takes longer to take a message is closed
)

// JSON-RPC error codes the node answers with (the rest come from the inner node).
const (
	codeParse          = -32700
	codeInvalidRequest = -32600
	codeMethodNotFound = -32601
	codeInvalidParams  = -32602
	codeInternal       = -32603
	codeServer         = -32000
	codeLimitExceeded  = -32005 // as geth and hosted nodes refuse a too-large eth_getLogs
)

// rpcError is an error answered with a JSON-RPC code.
type rpcError struct {
	code int
	msg  string
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }

func invalidParams(format string, args ...any) error {
	return &rpcError{codeInvalidParams, fmt.Sprintf(format, args...)}
}

// serve starts one HTTP server per listener; both accept JSON-RPC over
// HTTP POST and WebSocket upgrades. Called with n.mu held.
func (n *Node) serve(ls []net.Listener) {
	for _, l := range ls {
		srv := &http.Server{Handler: http.HandlerFunc(n.serveHTTP), ReadHeaderTimeout: rpc.DefaultHTTPTimeouts.ReadHeaderTimeout,
			IdleTimeout: rpc.DefaultHTTPTimeouts.IdleTimeout}
		n.servers = append(n.servers, srv)
		go func() { _ = srv.Serve(l) }() // http.ErrServerClosed after Stop
	}
}

func (n *Node) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if websocket.IsWebSocketUpgrade(r) {
		n.serveWS(w, r)
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "JSON-RPC takes POST", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequestSize))
	if err != nil {
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	out, _ := n.handle(r.Context(), body, nil)
	sleep(r.Context(), n.cfg.Latency)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

// handle answers one message, a call or a batch; after are the actions
// to take once the answer is queued (activating a subscription, so its
// first notification cannot overtake the answer that names it).
func (n *Node) handle(ctx context.Context, body []byte, c *wsConn) (out []byte, after []func()) {
	body = bytes.TrimLeft(body, " \t\r\n")
	if len(body) == 0 || body[0] != '[' {
		return n.handleOne(ctx, body, c, &after), after
	}
	var msgs []json.RawMessage
	if err := json.Unmarshal(body, &msgs); err != nil {
		return errorAnswer(nil, &rpcError{codeParse, "parse error: " + err.Error()}), nil
	}
	if len(msgs) == 0 {
		return errorAnswer(nil, &rpcError{codeInvalidRequest, "empty batch"}), nil
	}
	out = append(out, '[')
	for _, m := range msgs {
		a := n.handleOne(ctx, m, c, &after)
		if a == nil {
			continue // a notification
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		out = append(out, a...)
	}
	if len(out) == 1 {
		return nil, after
	}
	return append(out, ']'), after
}

// request is one JSON-RPC call.
type request struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

func (n *Node) handleOne(ctx context.Context, raw []byte, c *wsConn, after *[]func()) []byte {
	var req request
	if err := json.Unmarshal(raw, &req); err != nil {
		return errorAnswer(nil, &rpcError{codeParse, "parse error: " + err.Error()})
	}
	if req.Method == "" {
		return errorAnswer(req.ID, &rpcError{codeInvalidRequest, "no method"})
	}
	n.count(req.Method)
	var params []json.RawMessage
	if len(req.Params) > 0 && string(req.Params) != "null" {
		if err := json.Unmarshal(req.Params, &params); err != nil {
			return errorAnswer(req.ID, invalidParams("params must be an array: %v", err))
		}
	}
	result, err := n.dispatch(ctx, req.Method, params, c, after)
	if len(req.ID) == 0 {
		return nil // a notification: no answer
	}
	if err != nil {
		return errorAnswer(req.ID, err)
	}
	out := make([]byte, 0, len(result)+len(req.ID)+40)
	out = append(out, `{"jsonrpc":"2.0","id":`...)
	out = append(out, req.ID...)
	out = append(out, `,"result":`...)
	out = append(out, result...)
	return append(out, '}')
}

// dispatch answers the methods whose answers hold filler; every other
// method goes to the inner node unchanged.
func (n *Node) dispatch(ctx context.Context, method string, params []json.RawMessage, c *wsConn, after *[]func()) ([]byte, error) {
	switch method {
	case "eth_getLogs":
		return n.getLogs(ctx, params)
	case "eth_getBlockByNumber", "eth_getBlockByHash":
		return n.getBlock(ctx, method, params)
	case "eth_getTransactionByHash", "eth_getTransactionReceipt":
		return n.getTransaction(ctx, method, params)
	case "eth_getBlockReceipts":
		return n.getBlockReceipts(ctx, params)
	case "eth_getBlockTransactionCountByNumber", "eth_getBlockTransactionCountByHash":
		return n.getTransactionCount(ctx, params)
	case "eth_getTransactionByBlockNumberAndIndex", "eth_getTransactionByBlockHashAndIndex":
		return n.getTransactionByIndex(ctx, params)
	case "eth_subscribe":
		return n.subscribe(c, params, after)
	case "eth_unsubscribe":
		return n.unsubscribe(c, params)
	}
	return n.forward(ctx, method, params)
}

// forward asks the inner node, passing the params and the answer through.
func (n *Node) forward(ctx context.Context, method string, params []json.RawMessage) (json.RawMessage, error) {
	args := make([]any, len(params))
	for i, p := range params {
		args[i] = p
	}
	var res json.RawMessage
	if err := n.inner.CallContext(ctx, &res, method, args...); err != nil {
		return nil, err
	}
	if len(res) == 0 {
		return json.RawMessage("null"), nil
	}
	return res, nil
}

// errorAnswer encodes err with its JSON-RPC code and data: the inner
// node's errors keep theirs (a revert's data reaches the caller).
func errorAnswer(id json.RawMessage, err error) []byte {
	code := codeServer
	var coded rpc.Error
	if errors.As(err, &coded) {
		code = coded.ErrorCode()
	} else if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		code = codeInternal
	}
	msg, _ := json.Marshal(err.Error())
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	out := fmt.Appendf(nil, `{"jsonrpc":"2.0","id":%s,"error":{"code":%d,"message":%s`, id, code, msg)
	var withData rpc.DataError
	if errors.As(err, &withData) && withData.ErrorData() != nil {
		if data, err := json.Marshal(withData.ErrorData()); err == nil {
			out = append(append(out, `,"data":`...), data...)
		}
	}
	return append(out, "}}"...)
}

// wsConn is one WebSocket client: a reader (the HTTP handler's
// goroutine), a goroutine per call in flight, and one writer.
type wsConn struct {
	n         *Node
	ws        *websocket.Conn
	send      chan []byte
	done      chan struct{}
	closeOnce sync.Once
}

func (n *Node) serveWS(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{ReadBufferSize: 4 << 10, WriteBufferSize: 64 << 10,
		CheckOrigin: func(*http.Request) bool { return true }} // a dev node on loopback, as geth's --ws.origins "*"
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered
	}
	ws.SetReadLimit(maxRequestSize)
	c := &wsConn{n: n, ws: ws, send: make(chan []byte, wsSendQueue), done: make(chan struct{})}
	n.mu.Lock()
	if n.stopped {
		n.mu.Unlock()
		_ = ws.Close()
		return
	}
	n.conns[c] = true
	n.wg.Add(2)
	n.mu.Unlock()
	defer n.wg.Done()
	go func() {
		defer n.wg.Done()
		c.writeLoop()
	}()
	c.readLoop()
	c.close()
}

func (c *wsConn) readLoop() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-c.done
		cancel()
	}()
	inFlight := make(chan struct{}, wsInFlight)
	var calls sync.WaitGroup
	defer calls.Wait()
	for {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		select {
		case inFlight <- struct{}{}:
		case <-c.done:
			return
		}
		calls.Add(1)
		go func() {
			defer calls.Done()
			defer func() { <-inFlight }()
			out, after := c.n.handle(ctx, msg, c)
			sleep(ctx, c.n.cfg.Latency)
			if out != nil {
				select {
				case c.send <- out:
				case <-c.done:
					return
				}
			}
			for _, f := range after {
				f()
			}
		}()
	}
}

func (c *wsConn) writeLoop() {
	for {
		select {
		case <-c.done:
			return
		case m := <-c.send:
			_ = c.ws.SetWriteDeadline(time.Now().Add(wsWriteTimeout))
			if err := c.ws.WriteMessage(websocket.TextMessage, m); err != nil {
				c.close()
				return
			}
		}
	}
}

func (c *wsConn) close() {
	c.closeOnce.Do(func() {
		close(c.done)
		_ = c.ws.Close()
		c.n.mu.Lock()
		delete(c.n.conns, c)
		delete(c.n.subs, c)
		c.n.mu.Unlock()
	})
}

// subscribe takes eth_subscribe("newHeads"): the only subscription the
// node serves (agents follow heads and ask for logs by block).
func (n *Node) subscribe(c *wsConn, params []json.RawMessage, after *[]func()) ([]byte, error) {
	if c == nil {
		return nil, &rpcError{codeMethodNotFound, "notifications not supported"}
	}
	var kind string
	if len(params) == 0 || json.Unmarshal(params[0], &kind) != nil {
		return nil, invalidParams("eth_subscribe needs a subscription name")
	}
	if kind != "newHeads" {
		return nil, invalidParams("the synthetic node serves the newHeads subscription only, not %q", kind)
	}
	n.mu.Lock()
	n.subSeq++
	id := "0x" + strconv.FormatUint(n.subSeq, 16)
	n.mu.Unlock()
	*after = append(*after, func() {
		n.mu.Lock()
		defer n.mu.Unlock()
		if n.conns[c] {
			if n.subs[c] == nil {
				n.subs[c] = map[string]bool{}
			}
			n.subs[c][id] = true
		}
	})
	return json.Marshal(id)
}

func (n *Node) unsubscribe(c *wsConn, params []json.RawMessage) ([]byte, error) {
	var id string
	if c == nil || len(params) == 0 || json.Unmarshal(params[0], &id) != nil {
		return []byte("false"), nil
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.subs[c][id] {
		return []byte("false"), nil
	}
	delete(n.subs[c], id)
	return []byte("true"), nil
}

// publish announces a head (the inner node's header JSON) to every
// newHeads subscription, without waiting: a client too slow to take its
// notifications is disconnected, as geth does, rather than stalling the node.
func (n *Node) publish(header json.RawMessage) {
	var slow []*wsConn
	n.mu.Lock()
	n.headsPublished.Add(1)
	for c, ids := range n.subs {
		for id := range ids {
			m := make([]byte, 0, len(header)+96)
			m = append(m, `{"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":"`...)
			m = append(m, id...)
			m = append(m, `","result":`...)
			m = append(m, header...)
			m = append(m, "}}"...)
			select {
			case c.send <- m:
			default:
				slow = append(slow, c)
			}
		}
	}
	n.mu.Unlock()
	for _, c := range slow {
		n.log.Warn("WebSocket client too slow for its notifications; disconnecting", "remote", c.ws.RemoteAddr())
		c.close()
	}
}
