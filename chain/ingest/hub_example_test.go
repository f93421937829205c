package ingest_test

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/steward-agents/steward/chain/ingest"
)

// Two agents share one chain's Follower through a Hub.
func ExampleHub() {
	ctx := context.Background()
	sim := simulated.NewBackend(nil)
	defer sim.Close()

	f, err := ingest.NewFollower(ingest.FollowerConfig{}, sim.Client(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	hub, err := ingest.NewHub(ingest.HubConfig{}, f, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Subscribe before Start to receive the follower's first head.
	a, _ := hub.Subscribe("agent-a")
	b, _ := hub.Subscribe("agent-b")
	if err := f.Start(ctx); err != nil {
		fmt.Println(err)
		return
	}
	if err := hub.Start(ctx); err != nil {
		fmt.Println(err)
		return
	}
	defer hub.Stop()

	sim.Commit()
	for _, sub := range []*ingest.Subscription{a, b} {
		for range 2 {
			select {
			case ev := <-sub.Heads():
				fmt.Println(sub.Name(), ev.Kind, ev.Header.Number)
			case <-time.After(30 * time.Second):
				fmt.Println("no head in 30s")
				return
			}
		}
	}

	f.Stop() // the source ends: so does every subscription
	for range a.Heads() {
	}
	fmt.Println("agent-a closed, err:", a.Err())
	// Output:
	// agent-a new_head 0
	// agent-a new_head 1
	// agent-b new_head 0
	// agent-b new_head 1
	// agent-a closed, err: <nil>
}
