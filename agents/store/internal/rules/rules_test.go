package rules

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

func TestInt64Boundary(t *testing.T) {
	if v, err := Int64("nonce", math.MaxInt64); err != nil || v != math.MaxInt64 {
		t.Fatalf("Int64(MaxInt64) = %d, %v", v, err)
	}
	_, err := Int64("nonce", math.MaxInt64+1)
	if !errors.Is(err, store.ErrInvalid) || !strings.Contains(err.Error(), "nonce") {
		t.Fatalf("Int64(MaxInt64+1) = %v, want ErrInvalid naming the field", err)
	}
}

func TestHashesRoundTrip(t *testing.T) {
	for _, hs := range [][]common.Hash{nil, {common.HexToHash("0x01")}, {{}, common.HexToHash("0xff"), {1}}} {
		packed := PackHashes(hs)
		if packed == nil {
			t.Fatal("PackHashes returned nil; the column is NOT NULL")
		}
		got, err := UnpackHashes(packed)
		if err != nil || len(got) != len(hs) {
			t.Fatalf("UnpackHashes(PackHashes(%v)) = %v, %v", hs, got, err)
		}
		for i := range hs {
			if got[i] != hs[i] {
				t.Fatalf("hash %d: %s, want %s", i, got[i], hs[i])
			}
		}
	}
	if _, err := UnpackHashes(make([]byte, 33)); err == nil {
		t.Fatal("UnpackHashes accepted 33 bytes")
	}
}

func TestWrongStateNamesStates(t *testing.T) {
	err := WrongState("decision", 7, store.DecisionFailed, "held",
		[]store.DecisionState{store.DecisionApproved, store.DecisionSubmitted})
	want := "decision 7: cannot move to failed: state is held, want approved or submitted"
	if !errors.Is(err, store.ErrWrongState) || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("WrongState = %q, want prefix %q wrapping ErrWrongState", err, want)
	}
}

// Every state but the two a decision starts in is reached by a transition.
func TestEveryLaterStateHasSources(t *testing.T) {
	for _, s := range DecisionStates() {
		starts := s == store.DecisionProposed || s == store.DecisionHeld
		if has := DecisionSources(s) != nil; has == starts {
			t.Errorf("DecisionSources(%s) = %v", s, DecisionSources(s))
		}
	}
}
