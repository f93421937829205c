package devchain

import (
	"context"
	"testing"
)

// BenchmarkNew measures building the embedded chain: genesis, node, and the
// four deploy rounds with every transaction's gas estimated.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		c, err := New(context.Background(), Config{PriceTicks: mainnetPath})
		if err != nil {
			b.Fatal(err)
		}
		c.Stop()
	}
}

// BenchmarkCommit measures one block of the embedded chain: the market
// step's gas estimate on the pending state, the step, and sealing.
func BenchmarkCommit(b *testing.B) {
	c, err := New(context.Background(), Config{PriceTicks: mainnetPath})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Stop()
	for b.Loop() {
		c.Commit()
	}
}
