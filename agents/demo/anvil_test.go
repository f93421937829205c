package demo

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/contracts"
)

// TestAnvilClientAsksAPanicAgain: a call reverting with Panic(0x11) is
// asked again anvilCallRetries times before its revert is returned, named;
// a call that answers returns at once. (A Panic read from a state anvil
// was still mining stopped the lending deploy's market.)
func TestAnvilClientAsksAPanicAgain(t *testing.T) {
	node := anviltest.Start(t, anviltest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := anvilClient{node.Client()}

	// Init code: mstore(0, Panic selector << 224); mstore(4, 0x11); revert(0, 0x24).
	panics := append([]byte{0x7f, 0x4e, 0x48, 0x7b, 0x71}, make([]byte, 28)...)
	panics = append(panics, 0x60, 0x00, 0x52, 0x60, 0x11, 0x60, 0x04, 0x52, 0x60, 0x24, 0x60, 0x00, 0xfd)
	began := time.Now()
	_, err := c.CallContract(ctx, ethereum.CallMsg{Data: panics}, nil)
	var re *contracts.RevertError
	if data, ok := contracts.RevertData(err); !ok || !errors.As(contracts.DecodeRevert(data), &re) || re.Name != "Panic" {
		t.Fatalf("a call reverting with Panic(0x11): %v, want the Panic", err)
	}
	if took := time.Since(began); took < anvilCallRetries*anvilCallRetryWait {
		t.Errorf("a panicking call returned after %s, before %d retries %s apart", took, anvilCallRetries, anvilCallRetryWait)
	}

	// Init code: mstore(0, 42); return(0, 32).
	out, err := c.CallContract(ctx, ethereum.CallMsg{Data: []byte{0x60, 0x2a, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}}, nil)
	if err != nil || len(out) != 32 || out[31] != 42 {
		t.Errorf("a call returning 42: %x, %v", out, err)
	}
}
