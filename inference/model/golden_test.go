package model_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// The golden files pin what every shipped model outputs, digest for digest:
// testdata/golden/<card name without .card.json>/cases.json holds ~50 input
// vectors at the card's inputScale and, for each, the quantised outputs, the
// input and output digests (commit.DigestInts) and, at the top, one combined
// digest of all outputs to compare machines by eye. TestGolden regenerates
// the file and compares it byte for byte; with -update it writes it instead.

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden (go test ./inference/model -run TestGolden -update)")

const (
	modelsDir      = "../../configs/models"
	goldenDir      = "testdata/golden"
	goldenFileName = "cases.json"
	// closeTicksFile holds the minute close ticks the real feature vectors
	// come from; see backtest/dataset/embedded/README.md.
	closeTicksFile = dataset.EmbeddedCloseTickFile
	// goldenCases is how many cases each golden file holds; realCases of
	// them are feature vectors of real ticks, for cards whose features are
	// marketmaking.FeatureNames.
	goldenCases = 50
	realCases   = 36
	// goldenSeed seeds the random cases.
	goldenSeed = 0x601de4
	// goldenHelperEnv marks the child process of TestGoldenAcrossGOMAXPROCS;
	// goldenReportPrefix starts each line it reports on.
	goldenHelperEnv    = "STEWARD_GOLDEN_HELPER"
	goldenReportPrefix = "golden-report "
)

// goldenFile is the layout of a cases.json file.
type goldenFile struct {
	Comment     string      `json:"comment"`
	Card        string      `json:"card"`
	Model       string      `json:"model"`
	Version     string      `json:"version"`
	ModelDigest common.Hash `json:"modelDigest"`
	InputScale  int64       `json:"inputScale"`
	OutputScale int64       `json:"outputScale"`
	Features    []string    `json:"features"`
	OutputNames []string    `json:"outputNames"`
	// ONNXRuntime and Session say what produced the outputs: a new library
	// version or session setting must be reviewed by regenerating the file.
	ONNXRuntime string   `json:"onnxRuntime"`
	Session     []string `json:"session"`
	// CombinedOutputDigest is keccak256 of the cases' output digests (32
	// bytes each) concatenated in case order.
	CombinedOutputDigest common.Hash  `json:"combinedOutputDigest"`
	Cases                []goldenCase `json:"cases,omitempty"`
}

// goldenCase is one input vector and what the model made of it.
type goldenCase struct {
	Name         string      `json:"name"`
	Inputs       []int64     `json:"inputs"`
	InputDigest  common.Hash `json:"inputDigest"`
	Outputs      []int64     `json:"outputs"`
	OutputDigest common.Hash `json:"outputDigest"`
}

// encode writes g with one line per case, so that a diff names the case.
func (g goldenFile) encode() ([]byte, error) {
	cases := g.Cases
	g.Cases = nil
	head, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Write(bytes.TrimSuffix(head, []byte("\n}")))
	b.WriteString(",\n  \"cases\": [\n")
	for i, c := range cases {
		line, err := json.Marshal(c)
		if err != nil {
			return nil, err
		}
		b.WriteString("    ")
		b.Write(line)
		if i < len(cases)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("  ]\n}\n")
	return b.Bytes(), nil
}

func combinedDigest(digests []common.Hash) common.Hash {
	cat := make([]byte, 0, len(digests)*common.HashLength)
	for _, d := range digests {
		cat = append(cat, d.Bytes()...)
	}
	return crypto.Keccak256Hash(cat)
}

func outputDigests(cases []goldenCase) []common.Hash {
	out := make([]common.Hash, len(cases))
	for i, c := range cases {
		out[i] = c.OutputDigest
	}
	return out
}

// shippedModel is one card of configs/models and its golden file.
type shippedModel struct {
	stem     string // "mm-range-v1"
	cardPath string // relative to this package
	golden   string // relative to this package
}

// shippedModels lists every *.card.json in configs/models.
func shippedModels(t *testing.T) []shippedModel {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(modelsDir, "*.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no *.card.json in %s", modelsDir)
	}
	out := make([]shippedModel, len(paths))
	for i, p := range paths {
		stem := strings.TrimSuffix(filepath.Base(p), ".card.json")
		out[i] = shippedModel{stem: stem, cardPath: p, golden: filepath.Join(goldenDir, stem, goldenFileName)}
	}
	return out
}

// namedInput is one generated input vector.
type namedInput struct {
	name   string
	values []int64
}

// goldenInputs generates the cases for a card: feature vectors of real
// ticks when the card takes marketmaking's features, seeded random vectors
// of several magnitudes, and edge cases.
func goldenInputs(t *testing.T, card model.Card) []namedInput {
	t.Helper()
	var cases []namedInput
	if slices.Equal(card.Features, marketmaking.FeatureNames) {
		cases = append(cases, realInputs(t, card.InputScale)...)
	}
	edges := edgeInputs(len(card.Features), card.InputScale)
	cases = append(cases, seededInputs(max(goldenCases-len(cases)-len(edges), 6), len(card.Features), card.InputScale)...)
	return append(cases, edges...)
}

// realInputs returns realCases feature vectors of windows of minute close
// ticks, spread evenly over the day; each is named after its last minute.
func realInputs(t *testing.T, scale int64) []namedInput {
	t.Helper()
	ticks, err := dataset.EmbeddedMinuteTicks()
	if err != nil {
		t.Fatal(err)
	}
	if len(ticks) != 24*60 {
		t.Fatalf("%s: %d minutes, want %d", closeTicksFile, len(ticks), 24*60)
	}
	first, last := marketmaking.Window-1, len(ticks)-1
	out := make([]namedInput, realCases)
	for k := range out {
		end := first + k*(last-first)/(realCases-1)
		features, err := marketmaking.Features(ticks[:end+1])
		if err != nil {
			t.Fatal(err)
		}
		q, err := commit.QuantizeAll(features, scale)
		if err != nil {
			t.Fatalf("window ending at minute %d: %v", end, err)
		}
		out[k] = namedInput{name: fmt.Sprintf("usdc-weth-5bps/2024-01-05T%02d:%02d", end/60, end%60), values: q}
	}
	return out
}

// seededInputs returns n vectors of width values, uniform in ±1, ±10, ±100
// and ±1000 (in turn) at scale, from PCG with a fixed seed.
func seededInputs(n, width int, scale int64) []namedInput {
	src := rand.NewPCG(goldenSeed, uint64(width))
	out := make([]namedInput, n)
	for i := range out {
		bound := scale * []int64{1, 10, 100, 1000}[i%4]
		v := make([]int64, width)
		for j := range v {
			v[j] = int64(src.Uint64()%uint64(2*bound+1)) - bound
		}
		out[i] = namedInput{name: fmt.Sprintf("seeded/%02d-within-%d", i, bound/scale), values: v}
	}
	return out
}

// edgeInputs returns vectors at the ends of the fixed-point range a model
// may be fed: zero, one unit of the scale, and large magnitudes.
func edgeInputs(width int, scale int64) []namedInput {
	fill := func(f func(i int) int64) []int64 {
		v := make([]int64, width)
		for i := range v {
			v[i] = f(i)
		}
		return v
	}
	all := func(x int64) []int64 { return fill(func(int) int64 { return x }) }
	return []namedInput{
		{name: "edge/zeros", values: all(0)},
		{name: "edge/one-unit", values: all(1)},
		{name: "edge/minus-one-unit", values: all(-1)},
		{name: "edge/ones", values: all(scale)},
		{name: "edge/alternating-signs", values: fill(func(i int) int64 {
			if i%2 == 1 {
				return -int64(i+1) * scale
			}
			return int64(i+1) * scale
		})},
		{name: "edge/1e6", values: all(1_000_000 * scale)},
		{name: "edge/minus-1e6", values: all(-1_000_000 * scale)},
		{name: "edge/1e9", values: all(1_000_000_000 * scale)},
	}
}

// inferAll runs m on every input and records the results.
func inferAll(t *testing.T, m *model.Model, inputs []namedInput) []goldenCase {
	t.Helper()
	out := make([]goldenCase, len(inputs))
	for i, in := range inputs {
		y, err := m.Infer(context.Background(), in.values)
		if err != nil {
			t.Fatalf("case %s: %v", in.name, err)
		}
		out[i] = goldenCase{
			Name: in.name, Inputs: in.values, InputDigest: commit.DigestInts(in.values),
			Outputs: y, OutputDigest: commit.DigestInts(y),
		}
	}
	return out
}

func openModel(t *testing.T, rt *onnx.Runtime, cardPath string) *model.Model {
	t.Helper()
	m, err := model.Open(rt, cardPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// TestGolden checks, for every shipped model, that three runs in this
// process (two on one session, one on a fresh session) give the same output
// digests, and that the golden file is exactly what the model gives now.
func TestGolden(t *testing.T) {
	rt := onnxtest.Runtime(t)
	models := shippedModels(t)
	for _, sm := range models {
		t.Run(sm.stem, func(t *testing.T) {
			card, err := model.LoadCard(sm.cardPath)
			if err != nil {
				t.Fatal(err)
			}
			inputs := goldenInputs(t, card)
			first := openModel(t, rt, sm.cardPath)
			runs := [][]goldenCase{inferAll(t, first, inputs), inferAll(t, first, inputs)}
			runs = append(runs, inferAll(t, openModel(t, rt, sm.cardPath), inputs))
			for r, run := range runs[1:] {
				for i, c := range run {
					if c.OutputDigest != runs[0][i].OutputDigest {
						t.Errorf("case %s: run %d gave outputs %v (%s), run 1 gave %v (%s)",
							c.Name, r+2, c.Outputs, c.OutputDigest.Hex(), runs[0][i].Outputs, runs[0][i].OutputDigest.Hex())
					}
				}
			}
			if t.Failed() {
				t.FailNow()
			}
			g := newGoldenFile(sm, card, rt, runs[0])
			want, err := g.encode()
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.MkdirAll(filepath.Dir(sm.golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(sm.golden, want, 0o644); err != nil {
					t.Fatal(err)
				}
				t.Logf("wrote %s: %d cases, combined output digest %s", sm.golden, len(g.Cases), g.CombinedOutputDigest.Hex())
				return
			}
			have, err := os.ReadFile(sm.golden)
			if errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("no golden file %s for %s: run go test ./inference/model -run TestGolden -update and review it", sm.golden, sm.cardPath)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(have, want) {
				t.Fatalf("%s is not what %s gives now: %s\nIf the change is intended (new model, runtime or session settings), run go test ./inference/model -run TestGolden -update and review the diff.",
					sm.golden, sm.cardPath, goldenDiff(have, g))
			}
		})
	}
	// A golden file whose card is gone would otherwise never be checked again.
	dirs, err := os.ReadDir(goldenDir)
	if err != nil && !*update {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !slices.ContainsFunc(models, func(sm shippedModel) bool { return sm.stem == d.Name() }) {
			t.Errorf("%s has no card %s.card.json in %s: delete it", filepath.Join(goldenDir, d.Name()), d.Name(), modelsDir)
		}
	}
}

func newGoldenFile(sm shippedModel, card model.Card, rt *onnx.Runtime, cases []goldenCase) goldenFile {
	var session []string
	for _, s := range onnx.PinnedSettings() {
		session = append(session, s.Name+"="+s.Value)
	}
	return goldenFile{
		Comment: "Generated by go test ./inference/model -run TestGolden -update; do not edit. " +
			"Digests are commit.DigestInts (keccak256 of the ABI-encoded int256[]); " +
			"combinedOutputDigest is keccak256 of the output digests concatenated in case order.",
		Card:                 path.Join("configs/models", filepath.Base(sm.cardPath)),
		Model:                card.Name,
		Version:              card.Version,
		ModelDigest:          card.Digest,
		InputScale:           card.InputScale,
		OutputScale:          card.OutputScale,
		Features:             card.Features,
		OutputNames:          card.OutputNames,
		ONNXRuntime:          rt.Version(),
		Session:              session,
		CombinedOutputDigest: combinedDigest(outputDigests(cases)),
		Cases:                cases,
	}
}

// goldenDiff says where a golden file first differs from the current results.
func goldenDiff(have []byte, want goldenFile) string {
	var got goldenFile
	if err := json.Unmarshal(have, &got); err != nil {
		return fmt.Sprintf("it does not parse: %v", err)
	}
	switch {
	case got.ModelDigest != want.ModelDigest:
		return fmt.Sprintf("model digest %s, card says %s", got.ModelDigest.Hex(), want.ModelDigest.Hex())
	case got.ONNXRuntime != want.ONNXRuntime:
		return fmt.Sprintf("made with ONNX Runtime %s, this is %s", got.ONNXRuntime, want.ONNXRuntime)
	case !slices.Equal(got.Session, want.Session):
		return fmt.Sprintf("made with session settings %v, now %v", got.Session, want.Session)
	case len(got.Cases) != len(want.Cases):
		return fmt.Sprintf("%d cases, the generator makes %d", len(got.Cases), len(want.Cases))
	}
	for i, g := range got.Cases {
		w := want.Cases[i]
		switch {
		case g.Name != w.Name || !slices.Equal(g.Inputs, w.Inputs) || g.InputDigest != w.InputDigest:
			return fmt.Sprintf("case %d is %s %v (%s), the generator makes %s %v (%s)",
				i, g.Name, g.Inputs, g.InputDigest.Hex(), w.Name, w.Inputs, w.InputDigest.Hex())
		case !slices.Equal(g.Outputs, w.Outputs) || g.OutputDigest != w.OutputDigest:
			return fmt.Sprintf("case %s: outputs %v (%s) recorded, %v (%s) now",
				g.Name, g.Outputs, g.OutputDigest.Hex(), w.Outputs, w.OutputDigest.Hex())
		}
	}
	if got.CombinedOutputDigest != want.CombinedOutputDigest {
		return fmt.Sprintf("combined output digest %s recorded, %s now", got.CombinedOutputDigest.Hex(), want.CombinedOutputDigest.Hex())
	}
	return "the same values, written differently (a hand edit?)"
}

// readGolden reads a golden file; it fails the test when there is none.
func readGolden(t *testing.T, sm shippedModel) goldenFile {
	t.Helper()
	raw, err := os.ReadFile(sm.golden)
	if err != nil {
		t.Fatalf("%v (go test ./inference/model -run TestGolden -update writes it)", err)
	}
	var g goldenFile
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("%s: %v", sm.golden, err)
	}
	if len(g.Cases) == 0 {
		t.Fatalf("%s holds no cases", sm.golden)
	}
	return g
}

// goldenReport is what the child process of TestGoldenAcrossGOMAXPROCS
// prints for one model: the output digests of the golden file's inputs.
type goldenReport struct {
	Model                string        `json:"model"`
	GOMAXPROCS           int           `json:"gomaxprocs"`
	OutputDigests        []common.Hash `json:"outputDigests"`
	CombinedOutputDigest common.Hash   `json:"combinedOutputDigest"`
}

// TestGoldenAcrossGOMAXPROCS runs the golden inputs of every shipped model in
// fresh processes with GOMAXPROCS=1 and GOMAXPROCS=2 (the test binary again,
// running only TestGoldenHelperProcess) and compares their output digests
// with the golden files.
func TestGoldenAcrossGOMAXPROCS(t *testing.T) {
	onnxtest.Runtime(t) // skip here, not in the child, when no library is installed
	models := shippedModels(t)
	for _, procs := range []int{1, 2} {
		t.Run(fmt.Sprintf("GOMAXPROCS=%d", procs), func(t *testing.T) {
			reports := runGoldenHelper(t, procs)
			for _, sm := range models {
				g := readGolden(t, sm)
				r, ok := reports[sm.stem]
				if !ok {
					t.Errorf("%s: the child process reported nothing", sm.stem)
					continue
				}
				if r.GOMAXPROCS != procs {
					t.Fatalf("child ran with GOMAXPROCS %d, want %d", r.GOMAXPROCS, procs)
				}
				want := outputDigests(g.Cases)
				if len(r.OutputDigests) != len(want) {
					t.Fatalf("%s: %d output digests, golden file has %d", sm.stem, len(r.OutputDigests), len(want))
				}
				for i, d := range r.OutputDigests {
					if d != want[i] {
						t.Errorf("%s case %s: output digest %s, golden %s", sm.stem, g.Cases[i].Name, d.Hex(), want[i].Hex())
					}
				}
				if r.CombinedOutputDigest != g.CombinedOutputDigest {
					t.Errorf("%s: combined output digest %s, golden %s", sm.stem, r.CombinedOutputDigest.Hex(), g.CombinedOutputDigest.Hex())
				}
			}
		})
	}
}

// runGoldenHelper runs TestGoldenHelperProcess in a child process with the
// given GOMAXPROCS and returns its reports by model.
func runGoldenHelper(t *testing.T, procs int) map[string]goldenReport {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestGoldenHelperProcess$", "-test.count=1")
	// Later entries win, so these override any inherited GOMAXPROCS.
	cmd.Env = append(os.Environ(), goldenHelperEnv+"=1", "GOMAXPROCS="+strconv.Itoa(procs))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child process: %v\n%s%s", err, out, stderr.Bytes())
	}
	reports := map[string]goldenReport{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), goldenReportPrefix)
		if !ok {
			continue
		}
		var r goldenReport
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("child report %q: %v", line, err)
		}
		reports[r.Model] = r
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return reports
}

// TestGoldenHelperProcess is the child process of TestGoldenAcrossGOMAXPROCS,
// which runs the test binary again with only this test selected and
// STEWARD_GOLDEN_HELPER=1. It runs every shipped model on its golden inputs
// and prints one goldenReport line per model. In a normal test run it
// returns at once.
func TestGoldenHelperProcess(t *testing.T) {
	if os.Getenv(goldenHelperEnv) != "1" {
		return
	}
	rt := onnxtest.Runtime(t)
	for _, sm := range shippedModels(t) {
		g := readGolden(t, sm)
		inputs := make([]namedInput, len(g.Cases))
		for i, c := range g.Cases {
			inputs[i] = namedInput{name: c.Name, values: c.Inputs}
		}
		cases := inferAll(t, openModel(t, rt, sm.cardPath), inputs)
		line, err := json.Marshal(goldenReport{
			Model:                sm.stem,
			GOMAXPROCS:           runtime.GOMAXPROCS(0),
			OutputDigests:        outputDigests(cases),
			CombinedOutputDigest: combinedDigest(outputDigests(cases)),
		})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println(goldenReportPrefix + string(line))
	}
}
