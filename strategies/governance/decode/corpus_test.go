package decode

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// corpusStats counts the nodes of a dataset's decoded proposals.
type corpusStats struct {
	records, calls, nodes int
	withData, known       int // nodes with calldata; of them, with a method identified
	byMatch               map[Match]int
	errs                  int
}

// decodeCorpus parses and decodes every line of a shared JSONL dataset.
func decodeCorpus(t *testing.T, path string) corpusStats {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	s := corpusStats{byMatch: map[Match]int{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, proposal.MaxInputSize)
	for sc.Scan() {
		s.records++
		p, err := proposal.Parse(sc.Bytes())
		if err != nil {
			t.Errorf("%s line %d: %v", filepath.Base(path), s.records, err)
			continue
		}
		roots := d.DecodeProposal(p)
		s.calls += len(roots)
		Walk(roots, func(n *Node) bool {
			s.nodes++
			s.byMatch[n.Match]++
			if len(n.Data) > 0 {
				s.withData++
				if n.Match != MatchNone && n.Err == "" {
					s.known++
				}
			}
			if n.Err != "" {
				s.errs++
				t.Logf("%s line %d call %s: %s: %s", filepath.Base(path), s.records, n.Path, n.Method, n.Err)
			}
			return true
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSharedDatasets parses and decodes every record of the two shared
// proposal datasets. The floors are what was measured when the 4-byte
// table was last extended (every call with data decoded, none failing);
// as the table was built from these datasets they guard against
// regressions, not measure coverage of unseen proposals.
func TestSharedDatasets(t *testing.T) {
	dir, ok := dataset.FindSharedDir()
	if !ok {
		t.Skipf("shared data folder not found (%s unset)", dataset.SharedDataEnv)
	}
	for _, tc := range []struct {
		file             string
		records, calls   int
		minKnownFraction float64
	}{
		{"aave-governance-proposals/aave_proposals_reports.jsonl", 753, 410, 1.0},
		{"dao-proposals-calldata/blockful_dao_proposals.jsonl", 45, 119, 1.0},
	} {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			path := filepath.Join(dir, filepath.FromSlash(tc.file))
			if _, err := os.Stat(path); err != nil {
				t.Skipf("%v", err)
			}
			s := decodeCorpus(t, path)
			t.Logf("%d records, %d calls, %d nodes; %d with data, %d identified (%.1f%%); by match %v; %d errors",
				s.records, s.calls, s.nodes, s.withData, s.known, 100*float64(s.known)/float64(max(s.withData, 1)), s.byMatch, s.errs)
			if s.records != tc.records || s.calls != tc.calls {
				t.Errorf("%d records with %d calls, want %d with %d", s.records, s.calls, tc.records, tc.calls)
			}
			if float64(s.known) < tc.minKnownFraction*float64(s.withData) {
				t.Errorf("%d of %d calls with data identified, floor %.0f%%", s.known, s.withData, 100*tc.minKnownFraction)
			}
			if s.errs != 0 {
				t.Errorf("%d nodes failed to decode", s.errs)
			}
		})
	}
}
