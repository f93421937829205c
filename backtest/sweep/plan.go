package sweep

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/backtest/mm"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// Plan is a checked sweep: the base config, the grid, and its
// configurations, each of which parsed and validated.
type Plan struct {
	Base   Base
	Grid   *Grid
	Points []Point
}

// NewPlan expands the grid over the base config and checks everything a
// run needs before anything runs or is queued: the window against the
// data, each parameter path on its own (so an unknown path is named once),
// then every configuration, which must load as config.Load would load it
// and be a market-making config with a model card (the one kind with a
// backtest). Every problem is reported, joined.
func NewPlan(base Base, g *Grid) (*Plan, error) {
	if err := checkWindow(g); err != nil {
		return nil, err
	}
	var errs []error
	for _, p := range g.Parameters {
		if err := base.checkPath(p); err != nil {
			errs = append(errs, &FieldError{Field: paramField(p.Path), Err: err})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	points := g.Expand()
	pointErrs := make([]error, len(points))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				_, pointErrs[i] = base.check(points[i])
			}
		})
	}
	for i := range points {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := groupErrors(points, pointErrs); err != nil {
		return nil, err
	}
	return &Plan{Base: base, Grid: g, Points: points}, nil
}

// checkPath checks that a parameter's path names a field of the config:
// Apply can place its first value, and the config does not report the
// field unknown. Whether the values are valid depends on the other
// parameters too (minWidth ≤ maxWidth), so that is each configuration's
// check.
func (b Base) checkPath(p Parameter) error {
	data, err := Apply(b.YAML, []Override{{Path: p.Path, Value: p.Values[0]}})
	if err != nil {
		var fe *FieldError
		if errors.As(err, &fe) {
			return fe.Err
		}
		return err
	}
	field := configField(p.Path, data)
	for _, e := range flatten(parseErr(data, b)) {
		var fe *config.FieldError
		// The config names the first unknown key on the path.
		if errors.As(e, &fe) && (fe.Field == field || strings.HasPrefix(field, fe.Field+".")) && strings.HasPrefix(fe.Err.Error(), "unknown field") {
			return fmt.Errorf("%s is not a field of the config: %w", p.Path, fe.Err)
		}
	}
	return nil
}

func parseErr(data []byte, b Base) error {
	_, err := config.Parse(data, b.Kinds)
	return err
}

// configField is how agents/config names the field a path sets:
// policies.<name>.<field> is policies[<index>].<field>.
func configField(path string, configYAML []byte) string {
	parts := strings.Split(path, ".")
	if parts[0] != "policies" {
		return path
	}
	var c struct {
		Policies []struct{ Name string } `yaml:"policies"`
	}
	_ = yaml.Unmarshal(configYAML, &c)
	name := strings.Join(parts[1:len(parts)-1], ".")
	for i, r := range c.Policies {
		if r.Name == name {
			return fmt.Sprintf("policies[%d].%s", i, parts[len(parts)-1])
		}
	}
	return path
}

// flatten unwraps joined errors into a list.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		if _, field := err.(*config.FieldError); !field {
			var out []error
			for _, e := range j.Unwrap() {
				out = append(out, flatten(e)...)
			}
			return out
		}
	}
	return []error{err}
}

// groupErrors reports the configurations that failed their check, each
// distinct problem once with how many configurations have it and the
// first of them.
func groupErrors(points []Point, errs []error) error {
	type group struct {
		first, count int
	}
	groups := map[string]*group{}
	var order []string
	for i, err := range errs {
		for _, e := range flatten(err) {
			msg := e.Error()
			if g, ok := groups[msg]; ok {
				g.count++
				continue
			}
			groups[msg] = &group{first: i, count: 1}
			order = append(order, msg)
		}
	}
	if len(order) == 0 {
		return nil
	}
	out := make([]error, 0, len(order))
	for _, msg := range order {
		g := groups[msg]
		out = append(out, fmt.Errorf("%w: %d of %d configurations, the first #%d (%s): %s", ErrInvalidGrid, g.count, len(points), g.first, points[g.first], msg))
	}
	return errors.Join(out...)
}

// check builds one configuration and checks it can be backtested.
func (b Base) check(p Point) (*config.Config, error) {
	c, err := b.Build(p)
	if err != nil {
		return nil, err
	}
	if c.Kind.Name != marketmaking.KindName {
		return nil, fmt.Errorf("agent.strategy %s: sweeps run the %s backtest, the one kind with a backtest", c.Kind.Name, marketmaking.KindName)
	}
	if c.Model.Card == "" {
		return nil, errors.New("model.card: the market-making backtest runs an ONNX model (an LLM's answers cannot be replayed offline)")
	}
	if _, err := os.Stat(c.Model.Card); err != nil {
		return nil, fmt.Errorf("model.card: %w", err)
	}
	return c, nil
}

// checkWindow checks the window against the grid's recorded data.
func checkWindow(g *Grid) error {
	tape, err := mm.Market(g.Market).Tape()
	if err != nil {
		return &FieldError{Field: "market", Err: err}
	}
	w, n := g.Window, len(tape.Blocks)
	to := w.To
	if to == 0 {
		to = n
	}
	switch {
	case w.From >= n || to > n:
		return &FieldError{Field: "window", Err: fmt.Errorf("from %d to %d: the data has steps 0..%d", w.From, w.To, n)}
	case to-w.From < marketmaking.Window+1:
		return &FieldError{Field: "window", Err: fmt.Errorf("from %d to %d is %d steps; a backtest needs at least %d (the strategy's window + 1)", w.From, w.To, to-w.From, marketmaking.Window+1)}
	}
	return nil
}

// Outcome is what one backtest of a configuration gave.
type Outcome struct {
	Metrics  Metrics // the strategy's figures
	Model    string  // the model's digest
	Ticks    int
	Failed   int // ticks that failed
	Duration time.Duration
}

// Execute backtests one configuration on the grid's window with its
// executor, with its records in a fresh store under dir (which it creates
// and removes).
func Execute(ctx context.Context, cfg *config.Config, g *Grid, dir string) (Outcome, error) {
	w := g.Window
	start := time.Now()
	tmp, err := os.MkdirTemp(dir, "backtest-*")
	if err != nil {
		return Outcome{}, err
	}
	defer os.RemoveAll(tmp)
	execute := mm.ExecuteFast
	if g.Executor == ExecutorExact {
		execute = mm.Execute
	}
	res, err := execute(ctx, cfg, mm.Window{Market: mm.Market(g.Market), From: w.From, To: w.To}, filepath.Join(tmp, "backtest.db"), nil)
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{
		Metrics: Metrics(res.Report.Strategies[0].Metrics), Model: res.Report.Config["model"],
		Ticks: res.Ticks, Failed: res.Errors, Duration: time.Since(start),
	}, nil
}
