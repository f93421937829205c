// Command genbindings regenerates chain/contracts/bindings from the committed
// artifacts with abigen v2 (go-ethereum's library, no separate abigen build).
//
// Usage (from the module root): go run ./chain/contracts/internal/genbindings [-root chain/contracts]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/steward-agents/steward/chain/contracts/internal/bindgen"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("genbindings", flag.ContinueOnError)
	root := fs.String("root", "chain/contracts", "the chain/contracts folder")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files, err := bindgen.Generate(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbindings:", err)
		return 1
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(*root, "bindings", name)
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "genbindings:", err)
			return 1
		}
		fmt.Println("wrote", path)
	}
	return 0
}
