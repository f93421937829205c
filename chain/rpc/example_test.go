package rpcclient_test

import (
	"context"
	"fmt"

	"github.com/steward-agents/steward/chain/devchain"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
)

func ExampleDial() {
	ctx := context.Background()
	ch, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199010}, HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0"})
	if err != nil {
		panic(err)
	}
	defer ch.Stop()
	httpURL, wsURL := ch.Endpoints()

	client, err := rpcclient.Dial(ctx, rpcclient.Config{Endpoints: []string{httpURL, wsURL}}, nil)
	if err != nil {
		panic(err)
	}
	defer client.Close()
	id, err := client.Eth().ChainID(ctx) // typed calls: retries and fail-over underneath
	if err != nil {
		panic(err)
	}
	fmt.Println("chain", id, "verified", client.ChainID())
	// Output: chain 1337 verified 1337
}
