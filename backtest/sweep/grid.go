package sweep

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/steward-agents/steward/backtest/mm"
)

// Modes of a grid.
const (
	// ModeGrid runs every combination of the parameters' values.
	ModeGrid = "grid"
	// ModeRandom runs Samples distinct combinations drawn with a PRNG
	// seeded by Seed.
	ModeRandom = "random"
)

// MaxConfigurations is the most configurations one sweep may run: more is
// an error before anything runs or is queued.
const MaxConfigurations = 10_000

// DefaultSeed is a random grid's seed when the file gives none.
const DefaultSeed = 1

// Grid is a parsed grid file: which configurations to run, on which
// window of the data, ranked by which figure.
type Grid struct {
	// Market is the recorded data each backtest replays: "swaps" (the
	// default) or "minutes" (backtest/mm.Markets).
	Market string
	// Window is the steps of the data each backtest runs on: From
	// inclusive, To exclusive (0 = the end). Defaults to the whole day.
	Window Window
	// Objective is the figure results are ranked by, a MetricNames entry;
	// Order its direction.
	Objective string
	Order     Order
	// Mode is ModeGrid (the default) or ModeRandom.
	Mode string
	// Samples is how many configurations a random grid draws; Seed seeds
	// the draw (DefaultSeed when the file gives none).
	Samples int
	Seed    uint64
	// Parameters are the swept config paths with their values, in the
	// file's order.
	Parameters []Parameter
	// Executor runs each backtest: ExecutorFast (the default: the Go pool
	// model, the same figures as the EVM but gas, ~18× faster) or
	// ExecutorExact (the real contracts on the embedded EVM).
	Executor string
	// Raw is the file as read, kept with a queued sweep.
	Raw []byte
}

// The executors a grid can name.
const (
	ExecutorFast  = "fast"
	ExecutorExact = "exact"
)

// Window selects the steps of the recorded data a backtest runs on: From
// inclusive, To exclusive (0 = the end of the data).
type Window struct {
	From int `yaml:"from" json:"from"`
	To   int `yaml:"to" json:"to"`
}

// Parameter is one swept config path and the values it takes, each the
// YAML text of one value (so "3" and 3 stay a string and a number).
type Parameter struct {
	Path   string
	Values []string
}

// gridFile is the layout of a grid file.
type gridFile struct {
	Window     *Window   `yaml:"window"`
	Market     string    `yaml:"market"`
	Executor   string    `yaml:"executor"`
	Objective  string    `yaml:"objective"`
	Order      string    `yaml:"order"`
	Mode       string    `yaml:"mode"`
	Samples    int       `yaml:"samples"`
	Seed       *uint64   `yaml:"seed"`
	Parameters yaml.Node `yaml:"parameters"`
}

// LoadGrid reads and parses the grid file at path.
func LoadGrid(path string) (*Grid, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	g, err := ParseGrid(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// ParseGrid parses and checks a grid file: every problem is reported,
// joined, each a *FieldError naming its field. Whether each path exists in
// the agent config, and whether each configuration is valid, is NewPlan's
// to check.
func ParseGrid(data []byte) (*Grid, error) {
	var f gridFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			err = errors.New("the file is empty")
		}
		return nil, &FieldError{Field: "(file)", Err: err}
	}
	g := &Grid{Objective: f.Objective, Mode: f.Mode, Samples: f.Samples, Seed: DefaultSeed, Raw: data}
	var errs []error
	fail := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Err: fmt.Errorf(format, args...)})
	}
	if f.Window != nil {
		g.Window = *f.Window
	}
	switch g.Market = f.Market; g.Market {
	case "":
		g.Market = string(mm.MarketSwaps)
	case string(mm.MarketSwaps), string(mm.MarketMinutes):
	default:
		fail("market", "%q is not a market (swaps or minutes)", f.Market)
	}
	switch g.Executor = f.Executor; g.Executor {
	case "":
		g.Executor = ExecutorFast
	case ExecutorFast, ExecutorExact:
	default:
		fail("executor", "%q is not an executor (fast or exact)", f.Executor)
	}
	switch w := g.Window; {
	case w.From < 0:
		fail("window.from", "%d must not be negative", w.From)
	case w.To < 0:
		fail("window.to", "%d must not be negative (0 = the end of the data)", w.To)
	case w.To != 0 && w.To <= w.From:
		fail("window.to", "%d must be after window.from %d (0 = the end of the data)", w.To, w.From)
	}
	if mt, ok := findMetric(g.Objective); !ok {
		fail("objective", "%q is not a metric (one of %s)", g.Objective, strings.Join(MetricNames(), ", "))
	} else {
		g.Order = mt.order
	}
	switch Order(f.Order) {
	case "":
	case Asc, Desc:
		g.Order = Order(f.Order)
	default:
		fail("order", "%q: want asc or desc (default: asc for maxDrawdown and gasUsed, desc for the rest)", f.Order)
	}
	switch g.Mode {
	case "":
		g.Mode = ModeGrid
		fallthrough
	case ModeGrid:
		if f.Samples != 0 {
			fail("samples", "only for mode: random")
		}
		if f.Seed != nil {
			fail("seed", "only for mode: random")
		}
	case ModeRandom:
		if f.Seed != nil {
			g.Seed = *f.Seed
		}
		if g.Samples < 1 || g.Samples > MaxConfigurations {
			fail("samples", "%d: mode random needs 1 to %d samples", g.Samples, MaxConfigurations)
		}
	default:
		fail("mode", "%q: want grid or random", g.Mode)
	}
	params, perrs := parseParameters(&f.Parameters)
	g.Parameters = params
	errs = append(errs, perrs...)
	if len(errs) == 0 {
		errs = append(errs, g.checkSize()...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return g, nil
}

// parseParameters reads parameters: a mapping from config path to a
// non-empty list of distinct values, in the file's order.
func parseParameters(n *yaml.Node) ([]Parameter, []error) {
	if n.Kind == 0 || n.ShortTag() == "!!null" {
		return nil, []error{&FieldError{Field: "parameters", Err: errors.New("required: a map from config path to a list of values")}}
	}
	if n.Kind != yaml.MappingNode || len(n.Content) == 0 {
		return nil, []error{&FieldError{Field: "parameters", Err: fmt.Errorf("line %d: want a non-empty map from config path to a list of values", n.Line)}}
	}
	var (
		params []Parameter
		errs   []error
		seen   = map[string]bool{}
	)
	for i := 0; i < len(n.Content); i += 2 {
		key, list := n.Content[i], n.Content[i+1]
		path := key.Value
		field := paramField(path)
		fail := func(format string, args ...any) {
			errs = append(errs, &FieldError{Field: field, Err: fmt.Errorf(format, args...)})
		}
		if err := checkPath(path); err != nil {
			fail("%v", err)
			continue
		}
		if seen[path] {
			fail("appears twice")
			continue
		}
		seen[path] = true
		if list.Kind != yaml.SequenceNode {
			fail("line %d: want a list of values, e.g. [1.5, 2]", list.Line)
			continue
		}
		if len(list.Content) == 0 {
			fail("the list of values is empty")
			continue
		}
		p := Parameter{Path: path}
		texts := map[string]int{}
		for j, v := range list.Content {
			text, err := valueText(v)
			if err != nil {
				fail("value %d: %v", j+1, err)
				continue
			}
			if k, dup := texts[text]; dup {
				fail("values %d and %d are the same (%s)", k+1, j+1, text)
				continue
			}
			texts[text] = j
			p.Values = append(p.Values, text)
		}
		params = append(params, p)
	}
	return params, errs
}

// valueText is the YAML text of one value node, which Apply decodes back.
func valueText(v *yaml.Node) (string, error) {
	if v.Kind == yaml.AliasNode {
		return "", errors.New("YAML aliases are not supported here; write the value out")
	}
	c := *v
	c.HeadComment, c.LineComment, c.FootComment = "", "", ""
	c.Style &^= yaml.LiteralStyle | yaml.FoldedStyle
	if c.Kind != yaml.ScalarNode {
		c.Style |= yaml.FlowStyle
	}
	out, err := yaml.Marshal(&c)
	if err != nil {
		return "", err
	}
	return strings.TrimSuffix(string(out), "\n"), nil
}

// checkPath checks a config path's shape: dot-separated names, and
// policies.<rule name>.<field> for a policy.
func checkPath(path string) error {
	if path == "" {
		return errors.New("empty config path")
	}
	parts := strings.Split(path, ".")
	if slices.Contains(parts, "") {
		return fmt.Errorf("%q is not a config path (names separated by single dots, e.g. strategy.widthMultiplier)", path)
	}
	if parts[0] == "policies" && len(parts) < 3 {
		return fmt.Errorf("%q: address a policy by its name: policies.<name>.expr (or .message)", path)
	}
	return nil
}

// productSize is the number of configurations the grid's product holds, and
// false when it exceeds what a uint64 counts.
func (g *Grid) productSize() (uint64, bool) {
	n := uint64(1)
	for _, p := range g.Parameters {
		k := uint64(len(p.Values))
		if n > math.MaxUint64/k {
			return 0, false
		}
		n *= k
	}
	return n, true
}

func (g *Grid) checkSize() []error {
	n, ok := g.productSize()
	switch {
	case g.Mode == ModeGrid && (!ok || n > MaxConfigurations):
		return []error{&FieldError{Field: "parameters", Err: fmt.Errorf("the grid has %s configurations, more than the %d a sweep may run (use mode: random with samples)", sizeText(n, ok), MaxConfigurations)}}
	case g.Mode == ModeRandom && !ok:
		return []error{&FieldError{Field: "parameters", Err: errors.New("the grid has more than 2^64 configurations; sweep fewer values")}}
	case g.Mode == ModeRandom && uint64(g.Samples) > n:
		return []error{&FieldError{Field: "samples", Err: fmt.Errorf("%d samples, but the grid has only %d distinct configurations", g.Samples, n)}}
	}
	return nil
}

func sizeText(n uint64, ok bool) string {
	if !ok {
		return "more than 2^64"
	}
	return fmt.Sprint(n)
}

// Paths are the parameters' config paths, in the file's order.
func (g *Grid) Paths() []string {
	out := make([]string, len(g.Parameters))
	for i, p := range g.Parameters {
		out[i] = p.Path
	}
	return out
}
