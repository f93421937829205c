package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/agents/verify"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/inference/onnx"
)

// verifyFailed makes `steward verify` exit 3 when a check fails, and 1 when
// verification could not run.
type verifyFailed struct{ n int }

func (e verifyFailed) Error() string {
	return fmt.Sprintf("%d transaction(s) failed verification", e.n)
}
func (e verifyFailed) ExitCode() int { return 3 }

func runVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", "", "agent config: supplies --rpc, --guard and --store")
	rpcURL := fs.String("rpc", "", "node JSON-RPC URL (overrides the config)")
	guard := fs.String("guard", "", "ParameterGuard address the transactions must call (overrides the config)")
	storeURL := fs.String("store", "", "store holding the records: sqlite://<path> or postgres://… (overrides the config)")
	modelsDir := fs.String("models", "configs/models", "folder of model cards to re-run")
	asJSON := fs.Bool("json", false, "print the verdicts as JSON")
	var txs []common.Hash
	fs.Func("tx", "transaction hash to verify (repeatable)", func(s string) error {
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != common.HashLength {
			return fmt.Errorf("%q is not a 32-byte 0x-hex transaction hash", s)
		}
		txs = append(txs, common.BytesToHash(b))
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(txs) == 0 {
		return errors.New("--tx <hash> is required")
	}
	st := config.Store{}
	if *cfgPath != "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			return err
		}
		*rpcURL = firstNonEmpty(*rpcURL, cfg.Chain.RPC)
		*guard = firstNonEmpty(*guard, cfg.Chain.Guard)
		st = cfg.Store
	}
	if *storeURL != "" {
		var err error
		if st, err = config.ParseStoreURL(*storeURL); err != nil {
			return fmt.Errorf("--store: %w", err)
		}
	}
	switch {
	case *rpcURL == "":
		return errors.New("--rpc (or -c with chain.rpc) is required")
	case !common.IsHexAddress(*guard):
		return fmt.Errorf("--guard: %q is not an address (or give -c with chain.guard)", *guard)
	case st.DSN == "":
		return errors.New("--store (or -c with store.url) is required: verification re-runs the recorded inputs")
	}
	if st.Driver == config.StoreSQLite {
		// Opening would create an empty store and blame the agent for missing records.
		if _, err := os.Stat(st.DSN); err != nil {
			return fmt.Errorf("store %s: %w", st.DSN, err)
		}
	}

	client, err := rpcclient.Dial(ctx, rpcclient.Config{Endpoints: []string{*rpcURL}}, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		return err
	}
	defer client.Close()
	node := client.Eth()
	records, err := agents.OpenStore(ctx, st)
	if err != nil {
		return err
	}
	defer records.Close()
	libPath, err := onnx.LibraryPath()
	if err != nil {
		return err
	}
	rt, err := onnx.NewRuntime(libPath)
	if err != nil {
		return err
	}
	models, err := agents.LoadModels(rt, agents.RepoPath(*modelsDir))
	if err != nil {
		return err
	}
	defer models.Close()
	v, err := verify.New(node, records, models, common.HexToAddress(*guard))
	if err != nil {
		return err
	}
	var verdicts []verify.Verdict
	failed := 0
	for _, h := range txs {
		vd, err := v.Tx(ctx, h)
		if err != nil {
			return err
		}
		if !vd.OK() {
			failed++
		}
		verdicts = append(verdicts, vd)
		if !*asJSON {
			demo.PrintVerdict(stdout, vd)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(verdicts); err != nil {
			return err
		}
	}
	if failed > 0 {
		return verifyFailed{failed}
	}
	return nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
