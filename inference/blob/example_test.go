package blob_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"

	"github.com/steward-agents/steward/inference/blob"
)

func ExampleClient() {
	dir, _ := os.MkdirTemp("", "blobs")
	defer os.RemoveAll(dir)
	h, _ := blob.NewHandler(blob.HandlerConfig{Dir: dir}, slog.New(slog.DiscardHandler))
	srv := httptest.NewServer(h)
	defer srv.Close()

	c := &blob.Client{BaseURL: srv.URL}
	hash, _ := c.Put(context.Background(), []byte("hello"))
	data, _ := c.Get(context.Background(), hash)
	fmt.Println(hash.Hex())
	fmt.Println(string(data))
	// Output:
	// 0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8
	// hello
}
