package ingest_test

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/steward-agents/steward/chain/ingest"
)

func ExampleDecodeSwap() {
	l := types.Log{
		Address: common.HexToAddress("0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640"),
		Topics: []common.Hash{
			common.HexToHash(ingest.SwapTopic0),
			common.HexToHash("0x1111111111111111111111111111111111111111"), // sender
			common.HexToHash("0x2222222222222222222222222222222222222222"), // recipient
		},
		Data: hexutil.MustDecode("0x" +
			"fffffffffffffffffffffffffffffffffffffffffffffffffffffffffea5d662" + // amount0 = -22686110
			"000000000000000000000000000000000000000000000000002386f26fc10000" + // amount1 = 1e16
			"0000000000000000000000000000000000051fdf2fd9b2526872a9b723450f20" + // sqrtPriceX96
			"000000000000000000000000000000000000000000000000acd43e0e7cf808c5" + // liquidity
			"0000000000000000000000000000000000000000000000000000000000030985"), // tick = 199045
		BlockNumber: 18937382,
		Index:       169,
	}
	s, err := ingest.DecodeSwap(l)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Amount0, s.Amount1, s.Tick, s.Liquidity)

	l.Data = l.Data[:128]
	_, err = ingest.DecodeSwap(l)
	fmt.Println(err)
	// Output:
	// -22686110 10000000000000000 199045 12453647101533358277
	// decode Swap: want 160 data bytes, got 128: ingest: malformed log
}

func ExampleFollower() {
	ctx := context.Background()
	sim := simulated.NewBackend(nil)
	defer sim.Close()

	f, err := ingest.NewFollower(ingest.FollowerConfig{}, sim.Client(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := f.Start(ctx); err != nil { // delivers the current head (block 0) first
		fmt.Println(err)
		return
	}
	defer f.Stop()

	show := func(n int) {
		for range n {
			var ev ingest.Event
			select {
			case ev = <-f.Heads():
			case <-time.After(30 * time.Second):
				fmt.Println("no head in 30s")
				return
			}
			if ev.Kind == ingest.Reorg {
				fmt.Printf("%s depth=%d ancestor=%d\n", ev.Kind, ev.ReorgDepth, ev.CommonAncestor)
				continue
			}
			fmt.Println(ev.Kind, ev.Header.Number)
		}
	}
	sim.Commit()
	sim.Commit()
	show(3)

	// Replace block 2 with a longer branch built on block 1.
	one, _ := sim.Client().HeaderByNumber(ctx, big.NewInt(1))
	if err := sim.Fork(one.Hash()); err != nil {
		fmt.Println(err)
		return
	}
	sim.Commit()
	sim.Commit()
	show(3)
	// Output:
	// new_head 0
	// new_head 1
	// new_head 2
	// reorg depth=1 ancestor=1
	// new_head 2
	// new_head 3
}
