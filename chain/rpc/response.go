package rpcclient

import (
	"bytes"
	"encoding/json"
)

// looksLikeJSONRPC reports whether a 2xx body can be a JSON-RPC answer: valid
// JSON whose top level is an object (one response) or an array (a batch). A
// JSON-RPC error object passes: it is the node's answer, not a transport fault.
func looksLikeJSONRPC(body []byte) bool {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 || (trimmed[0] != '{' && trimmed[0] != '[') {
		return false
	}
	return json.Valid(trimmed)
}
