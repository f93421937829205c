package report

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// syntheticLending is a deterministic lending run of n steps (metrics are
// constants, so the golden summary does not depend on the platform's
// arithmetic): a price that slides 9 % and recovers part of it; an agent
// that cuts LTV and threshold and raises the bonus as it falls (a change
// every 20 steps, marked), and the static market's constant parameters;
// liquidations after the low, more of them on the agent's market.
func syntheticLending(n int) Lending {
	r := Lending{
		Title: "aave-risk — lending-risk backtest", Source: "testdata: synthetic slide", Executor: "exact",
		Config: map[string]string{"collateral": "dWETH", "borrowed": "dUSDC", "seed": "1"},
		Blocks: make([]uint64, n), Price: make([]float64, n),
	}
	agent := LendingSide{Name: "agent (aave-risk)", Metrics: LendingMetrics{BadDebt: 0, Liquidations: 13, DebtLiquidated: 1076663.886003,
		BonusPaid: 55638.258519, MeanUtilisation: 55.898333, MaxUtilisation: 79.436891, ProtocolRevenue: 0.087429,
		DebtOutstanding: 912674.488442, ParameterChanges: 120, Transactions: 24, GasUsed: 6_999_808}}
	static := LendingSide{Name: "static parameters", Metrics: LendingMetrics{BadDebt: 1234.5, Underwater: 1, Liquidations: 11,
		DebtLiquidated: 981482.235531, BonusPaid: 49074.111777, MeanUtilisation: 58.044347, MaxUtilisation: 79.865686,
		ProtocolRevenue: 0.093349, DebtOutstanding: 996090.684677}}
	ltv := 80.5
	for i := range n {
		x := float64(i) / float64(n)
		p := 2376 - 204*math.Sin(math.Pi*math.Min(x/0.52, 1)/2) + 30*math.Max(0, x-0.52)
		r.Blocks[i] = 18_926_000 + 4*uint64(i)
		r.Price[i] = p
		if i > 0 && i%20 == 0 {
			ltv = 80.5 - 0.9*(2376-p)/204*3
			r.Markers = append(r.Markers, Marker{Block: r.Blocks[i], Label: "ltv and threshold"})
		}
		liq := 0.0
		if x > 0.46 {
			liq = math.Min(13, math.Floor((x-0.46)*120))
		}
		for k, s := range []*LendingSide{&agent, &static} {
			l, lt, b := ltv, ltv+2.5+0.1*float64(k), 5+(80.5-ltv)/3
			if k == 1 {
				l, lt, b, liq = 80.5, 83, 5, math.Min(11, liq)
			}
			s.LTV, s.Threshold, s.Bonus = append(s.LTV, l), append(s.Threshold, lt), append(s.Bonus, b)
			s.Utilisation = append(s.Utilisation, 40+35*math.Sin(math.Pi*x)+3*float64(k))
			s.Liquidations = append(s.Liquidations, liq)
		}
	}
	r.Sides = []LendingSide{agent, static}
	return r
}

func TestLendingValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(*Lending)
		want []string
	}{
		{"valid", func(*Lending) {}, nil},
		{"short series", func(r *Lending) { r.Sides[1].Utilisation = r.Sides[1].Utilisation[:5] },
			[]string{`Sides[1].Utilisation ("static parameters") has 5 values, Blocks has 360`}},
		{"no sides", func(r *Lending) { r.Sides = nil }, []string{"Sides is empty; the agent's market must come first"}},
		{"repeated name", func(r *Lending) { r.Sides[1].Name = r.Sides[0].Name }, []string{`Sides[1].Name "agent (aave-risk)" repeats the name of Sides[0]`}},
		{"marker outside", func(r *Lending) { r.Markers = append(r.Markers, Marker{Block: 1}) }, []string{"is outside the run's blocks"}},
		// Both problems at once, not only the first.
		{"two problems", func(r *Lending) { r.Price = nil; r.Blocks[3] = r.Blocks[2] },
			[]string{"Price has 0 values", "Blocks[3] block 18926008 follows block 18926008"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := syntheticLending(360)
			c.edit(&r)
			err := r.Validate()
			if c.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrInvalidRun) {
				t.Fatalf("Validate() = %v, want an ErrInvalidRun", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Validate() = %q, want it to say %q", err, w)
				}
			}
			var buf bytes.Buffer
			if WriteLendingSummary(&buf, r) == nil || WriteLendingHTML(&buf, r) == nil || buf.Len() != 0 {
				t.Errorf("the writers accepted an invalid run or wrote %d bytes", buf.Len())
			}
		})
	}
}

func TestWriteLendingSummary(t *testing.T) {
	r := syntheticLending(360)
	var first, second bytes.Buffer
	if err := WriteLendingSummary(&first, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteLendingSummary(&second, syntheticLending(360)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatal("WriteLendingSummary gave different bytes for the same run")
	}
	checkGolden(t, "lending.json", "TestWriteLendingSummary", first.Bytes())
}

func TestWriteLendingHTML(t *testing.T) {
	r := syntheticLending(360)
	var a, b bytes.Buffer
	if err := WriteLendingHTML(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteLendingHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("WriteLendingHTML gave different bytes for the same run")
	}
	html := a.String()
	for _, id := range []string{"chart-price", "chart-params", "chart-bonus", "chart-liquidations", "chart-utilisation"} {
		svgSection(t, html, id)
	}
	params := seriesPaths(t, html, "chart-params")
	for _, s := range r.Sides {
		for _, what := range []string{" LTV", " threshold"} {
			if params[s.Name+what] == "" {
				t.Errorf("chart-params has no series %q", s.Name+what)
			}
		}
	}
	if got := strings.Count(svgSection(t, html, "chart-params"), "<title>"); got != len(r.Markers) {
		t.Errorf("chart-params has %d change dots, want %d", got, len(r.Markers))
	}
	if !strings.Contains(html, `stroke-dasharray="6 4"`) {
		t.Error("the thresholds are not dashed")
	}
	for _, want := range []string{"(360 steps)", "Bad debt (USD)", "1,234.50", "Bonus paid to liquidators (USD)", "55,638.26", "79.87%", "6,999,808"} {
		if !strings.Contains(html, want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	for _, banned := range []string{"<script", "http://", "https://"} {
		if strings.Contains(strings.ReplaceAll(html, `xmlns="http://www.w3.org/2000/svg"`, ""), banned) {
			t.Errorf("report.html contains %q: it must work offline, without scripts", banned)
		}
	}
}

func TestWriteLendingDir(t *testing.T) {
	r := syntheticLending(100)
	dir := filepath.Join(t.TempDir(), "lending")
	if err := WriteLendingDir(dir, r); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{SummaryFile, HTMLFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	bad := r
	bad.Price = nil
	other := filepath.Join(t.TempDir(), "bad")
	if err := WriteLendingDir(other, bad); err == nil {
		t.Fatal("WriteLendingDir wrote an invalid run")
	}
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Errorf("WriteLendingDir created %s for an invalid run", other)
	}
}
