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
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/verify"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/inference/blob"
	"github.com/steward-agents/steward/inference/llm"
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
	cfgPath := fs.String("c", "", "agent config: supplies --rpc and --guard (and --store with --with-store)")
	rpcURL := fs.String("rpc", "", "node JSON-RPC URL (overrides the config)")
	guard := fs.String("guard", "", "ParameterGuard address the transactions must call (overrides the config)")
	storeURL := fs.String("store", "", "optional: the agent's store (sqlite://<path> or postgres://…) to cross-check its records against the chain")
	withStore := fs.Bool("with-store", false, "with -c: also cross-check the config's store")
	modelsDir := fs.String("models", "", "folder of model cards to re-run, searched with its subfolders (default: the folder of the config's model.card with -c, else configs/models of the repository, which holds every kind's models: a governance score's are in governance/)")
	asJSON := fs.Bool("json", false, "print the verdicts as JSON")
	blobURL := fs.String("blobs", "", "content-addressed blob store (HTTP) holding LLM prompts and answers; needed with --llm")
	var llmConfigs []string
	fs.Func("llm", "LLM config (YAML, inference/llm.Config) whose records to re-check (repeatable)", func(s string) error {
		llmConfigs = append(llmConfigs, s)
		return nil
	})
	from := fs.Uint64("from", 0, "verify every guarded change (a re-range, a risk parameter, a governance score or vote) in blocks --from..--to")
	to := fs.Uint64("to", 0, "last block of the range (default: the latest block)")
	var txs, roots []common.Hash
	hashFlag := func(kind string, into *[]common.Hash) func(string) error {
		return func(s string) error {
			b, err := hexutil.Decode(s)
			if err != nil || len(b) != common.HashLength {
				return fmt.Errorf("%q is not a 32-byte 0x-hex %s", s, kind)
			}
			*into = append(*into, common.BytesToHash(b))
			return nil
		}
	}
	fs.Func("tx", "transaction hash to verify (repeatable)", hashFlag("transaction hash", &txs))
	fs.Func("root", "committed root whose transactions to verify (repeatable)", hashFlag("root", &roots))
	if err := fs.Parse(args); err != nil {
		return err
	}
	rangeSet := false
	fs.Visit(func(f *flag.Flag) { rangeSet = rangeSet || f.Name == "from" || f.Name == "to" })
	if len(txs) == 0 && len(roots) == 0 && !rangeSet {
		return errors.New("give what to verify: --tx <hash>, --root <root> or --from <block> [--to <block>]")
	}
	st := config.Store{}
	modelsFlag := "--models"
	needCards := true // an LLM agent's config needs no model cards
	if *cfgPath != "" {
		cfg, err := config.Load(*cfgPath, kinds())
		if err != nil {
			return err
		}
		*rpcURL = firstNonEmpty(*rpcURL, cfg.Chain.RPC)
		*guard = firstNonEmpty(*guard, cfg.Chain.Guard)
		if cfg.Model.LLM != "" && !slices.Contains(llmConfigs, cfg.Model.LLM) {
			llmConfigs = append(llmConfigs, cfg.Model.LLM) // the agent's LLM, whatever --models says
		}
		switch {
		case *modelsDir != "":
		case cfg.Model.LLM != "":
			needCards = false
		default:
			*modelsDir, modelsFlag = filepath.Dir(cfg.Model.Card), "model.card of "+*cfgPath+" (or --models)"
		}
		if *withStore {
			st = cfg.Store
		}
	}
	if *storeURL != "" {
		var err error
		if st, err = config.ParseStoreURL(*storeURL); err != nil {
			return fmt.Errorf("--store: %w", err)
		}
	}
	var vm agents.VerifyModels // loaded as `steward run` loads an agent's model
	if len(llmConfigs) > 0 {
		cfgs := make([]llm.Config, len(llmConfigs))
		for i, path := range llmConfigs {
			var err error
			if cfgs[i], err = llm.LoadConfig(path); err != nil {
				return fmt.Errorf("--llm %s: %w", path, err)
			}
			if *blobURL == "" {
				*blobURL = cfgs[i].BlobURL // where the agent published its prompts and answers
			}
		}
		if *blobURL == "" {
			return errors.New("--llm needs --blobs (or a blobURL in the LLM config): LLM answers are re-checked from the blob store")
		}
		vm.LLMs, vm.Blobs = cfgs, &blob.Client{BaseURL: *blobURL}
	}
	switch {
	case *rpcURL == "":
		return errors.New("--rpc (or -c with chain.rpc) is required")
	case !common.IsHexAddress(*guard):
		return fmt.Errorf("--guard: %q is not an address (or give -c with chain.guard)", *guard)
	}

	if st.Driver == config.StoreSQLite && st.DSN != "" {
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
	vcfg := verify.Config{Guard: common.HexToAddress(*guard), Derivers: allDerivers()}
	if st.DSN != "" {
		records, err := agents.OpenStore(ctx, st)
		if err != nil {
			return err
		}
		defer records.Close()
		vcfg.Records = records
	}
	var more []string // further folders of cards
	if needCards {
		dirs, err := cardDirs(firstNonEmpty(*modelsDir, agents.RepoPath("configs/models")))
		if err != nil {
			return fmt.Errorf("%s: %w; give --models DIR, the folder of the model cards the agent used", modelsFlag, err)
		}
		vm.CardsDir, more = dirs[0], dirs[1:]
	}
	sets, closeModels, err := agents.OpenVerifyModels(vm)
	if err != nil && needCards {
		return fmt.Errorf("%s: %w; give --models DIR, the folder of the model cards the agent used", modelsFlag, err)
	}
	if err != nil {
		return err
	}
	defer closeModels()
	for _, dir := range more {
		cards, closeCards, err := agents.OpenVerifyModels(agents.VerifyModels{CardsDir: dir})
		if err != nil {
			return fmt.Errorf("%s: %w", modelsFlag, err)
		}
		defer closeCards()
		sets = append(sets, cards...)
	}
	vcfg.Models = sets
	if needCards {
		vcfg.Models = cardsHint{sets, append([]string{vm.CardsDir}, more...)}
	}
	v, err := verify.New(node, vcfg)
	if err != nil {
		return err
	}

	var verdicts []verify.Verdict
	for _, h := range txs {
		vd, err := v.Tx(ctx, h)
		if err != nil {
			return err
		}
		verdicts = append(verdicts, vd)
	}
	for _, r := range roots {
		vds, err := v.Root(ctx, r)
		if err != nil {
			return err
		}
		verdicts = append(verdicts, vds...)
	}
	if rangeSet {
		last := *to
		if last == 0 {
			if last, err = node.BlockNumber(ctx); err != nil {
				return fmt.Errorf("latest block: %w", err)
			}
		}
		vds, err := v.Range(ctx, *from, last)
		if err != nil {
			return err
		}
		if len(vds) == 0 {
			fmt.Fprintf(stderr, "no guarded change in blocks %d..%d\n", *from, last)
		}
		verdicts = append(verdicts, vds...)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(jsonVerdicts(verdicts)); err != nil {
			return err
		}
	} else if err := verify.WriteTable(stdout, verdicts); err != nil {
		return err
	}
	failed := 0
	for _, vd := range verdicts {
		if !vd.OK() {
			failed++
		}
	}
	if failed > 0 {
		return verifyFailed{failed}
	}
	return nil
}

// jsonVerdict adds the overall result to a verdict for machines.
type jsonVerdict struct {
	OK bool `json:"ok"`
	verify.Verdict
}

func jsonVerdicts(vs []verify.Verdict) []jsonVerdict {
	out := make([]jsonVerdict, len(vs))
	for i, v := range vs {
		out[i] = jsonVerdict{OK: v.OK(), Verdict: v}
	}
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// cardDirs are dir, if it holds model cards, and each of its subfolders
// that does: configs/models keeps each kind's models in a folder of its own
// (governance/, risk/), so a score of any kind verifies without naming one.
func cardDirs(dir string) ([]string, error) {
	var dirs []string
	for _, pattern := range []string{"*.card.json", filepath.Join("*", "*.card.json")} {
		cards, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return nil, err
		}
		for _, c := range cards {
			if d := filepath.Dir(c); !slices.Contains(dirs, d) {
				dirs = append(dirs, d)
			}
		}
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("no model cards (*.card.json) in %s or its subfolders", dir)
	}
	return dirs, nil
}

// cardsHint says which folders of model cards were searched when a
// committed model is in none of them, and how to give the right one.
type cardsHint struct {
	agents.ModelSets
	dirs []string
}

func (h cardsHint) Model(digest common.Hash) (verify.Model, error) {
	m, err := h.ModelSets.Model(digest)
	if err != nil {
		return nil, fmt.Errorf("%w (the model cards searched: %s; give --models with the folder of the agent's model card)", err, strings.Join(h.dirs, ", "))
	}
	return m, nil
}
