package train

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// The shared data files the corpus reads, relative to the shared folder.
const (
	BlockfulFile = "dao-proposals-calldata/blockful_dao_proposals.jsonl"
	AaveFile     = "aave-governance-proposals/aave_proposals_reports.jsonl"
)

// Labels: what a score should be for each kind of sample.
const (
	LabelBenign   = 10 // a real proposal its reviewers passed
	LabelDoubtful = 30 // a real proposal with a failed review check (mostly process findings, a weak label)
	LabelHostile  = 40 // a benign proposal with hostile text added (raises risk, not to "do not pass")
	LabelHarmful  = 90 // a real proposal with a harmful call added
)

// Record is one real proposal of the shared data and its label.
type Record struct {
	Name     string
	Proposal *proposal.Proposal
	Label    int
}

// LoadCorpus reads every real proposal with at least one call from the
// shared folder: the blockful reviews (ENS, Uniswap, Shutter, Tornado),
// labelled benign, and the Aave governance v2 reports with calldata,
// labelled benign, or doubtful where a reviewer's check failed.
func LoadCorpus(sharedDir string) ([]Record, error) {
	var out []Record
	for _, f := range []string{BlockfulFile, AaveFile} {
		data, err := os.ReadFile(filepath.Join(sharedDir, filepath.FromSlash(f)))
		if err != nil {
			return nil, fmt.Errorf("train: corpus: %w", err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for line := 1; sc.Scan(); line++ {
			raw := bytes.TrimSpace(sc.Bytes())
			if len(raw) == 0 {
				continue
			}
			p, err := proposal.Parse(raw)
			if err != nil || len(p.Targets) == 0 {
				continue // an Aave v3 report: its calls live in a payload contract
			}
			var meta struct {
				ProposalDir string `json:"proposal_dir"`
				DAO         string `json:"dao"`
				ID          any    `json:"proposal_id"`
				Validations []struct {
					Status string `json:"status"`
				} `json:"validations"`
			}
			_ = json.Unmarshal(raw, &meta)
			label := LabelBenign
			for _, v := range meta.Validations {
				if v.Status == "x" {
					label = LabelDoubtful
				}
			}
			name := fmt.Sprintf("%s:%d", filepath.Base(f), line)
			if meta.ProposalDir != "" {
				name = meta.DAO + "/" + meta.ProposalDir
			} else if meta.ID != nil {
				name = fmt.Sprintf("aave-v2/%v", meta.ID)
			}
			out = append(out, Record{Name: name, Proposal: p, Label: label})
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("train: corpus %s: %w", f, err)
		}
	}
	return out, nil
}

// BookOf is a real proposal's address book: every address it calls or
// names in its arguments. The proposal was reviewed and passed, so its
// counterparties stand for the DAO's known accounts; the harmful variants
// add an account outside it.
func BookOf(p *proposal.Proposal) (*proposal.Book, error) {
	seen := map[common.Address]bool{}
	var list []map[string]string
	add := func(a common.Address) {
		if a == (common.Address{}) || seen[a] {
			return
		}
		seen[a] = true
		list = append(list, map[string]string{"address": a.Hex(), "name": fmt.Sprintf("known %d", len(list)), "role": "known"})
	}
	calls := p.Calls()
	nodes := make([]*decode.Node, len(calls))
	for i, c := range calls {
		add(c.Target)
		nodes[i] = decode.Decode(c)
	}
	decode.Walk(nodes, func(n *decode.Node) bool {
		add(n.Target)
		for _, a := range n.Args {
			walkAddresses(a.Value, add)
		}
		return true
	})
	data, err := json.Marshal(list)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		data = []byte("[]")
	}
	return proposal.ParseBook(data)
}

func walkAddresses(v any, add func(common.Address)) {
	switch v := v.(type) {
	case common.Address:
		add(v)
	case []any:
		for _, e := range v {
			walkAddresses(e, add)
		}
	case []decode.Arg:
		for _, e := range v {
			walkAddresses(e.Value, add)
		}
	}
}

// attacker is the outside account the harmful variants pay, approve or
// empower: not in any record's book.
var attacker = common.HexToAddress("0xbad0000000000000000000000000000000000bad")

// maxUint256 is an unlimited approval.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// adminRole is AccessControl's DEFAULT_ADMIN_ROLE; proposerRole a timelock's.
var (
	adminRole    = common.Hash{}
	proposerRole = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
)
