package rpcclient_test

import (
	"errors"
	"fmt"
	"testing"

	rpcclient "github.com/steward-agents/steward/chain/rpc"
)

func TestIsStateUnavailable(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"go-ethereum path scheme", errors.New("historical state 07e82ca77c8a4db6160e329b7535a8bc2cb17306ec053154af93205b08ab4fde is not available"), true},
		{"go-ethereum hash scheme, wrapped", fmt.Errorf("call: %w", errors.New("missing trie node 1f2e (path ) state 0xab is not available")), true},
		{"go-ethereum reexec", errors.New("required historical state unavailable (reexec=128)"), true},
		{"pruned", errors.New("state at block #19000000 is pruned"), true},
		{"provider without archive", errors.New("project ID does not have access to archive state"), true},
		{"connection refused", errors.New("dial tcp 127.0.0.1:8545: connect: connection refused"), false},
		{"header not found", errors.New("header not found"), false}, // a lagging backend of a load balancer: asking again helps
		{"revert", errors.New("execution reverted"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rpcclient.IsStateUnavailable(tt.err); got != tt.want {
				t.Fatalf("IsStateUnavailable(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}
