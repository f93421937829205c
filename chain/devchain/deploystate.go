package devchain

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// deployStateVersion is the format of the state file; another is refused.
const deployStateVersion = 1

// deployRounds is the number of rounds Deploy runs.
const deployRounds = 4

// DeployState is the progress of one deployment on one node, kept in a JSON
// file so that an interrupted deploy can finish later without redeploying
// what exists: the chain id and the operator it belongs to, the parameters,
// the addresses known so far, the rounds done, every transaction sent (with
// its nonce, and the address of a creation), and what the caller did after
// the contracts (the config written, the agent authorisations, the initial
// market steps, completion).
//
// The file is a record, not the truth: Deploy resuming from it checks on
// chain what each step left before skipping it (code at each address, the
// pool initialised, the bounds configured, …). Every change is saved at
// once, by writing a temporary file and renaming it over the old one, so a
// process killed at any point leaves the previous or the new state whole.
// A DeployState is not safe for concurrent use.
type DeployState struct {
	path    string
	resumed bool
	f       stateFile
}

// stateFile is the JSON form of a DeployState.
type stateFile struct {
	Version        int             `json:"version"`
	ChainID        *big.Int        `json:"chainId"`
	Operator       common.Address  `json:"operator"`
	Params         *stateParams    `json:"params,omitempty"`
	Deployment     stateDeployment `json:"deployment"`
	RoundsDone     []int           `json:"roundsDone"`
	Transactions   []StateTx       `json:"transactions"`
	Config         string          `json:"config,omitempty"`
	Authorizations []Authorization `json:"authorizations,omitempty"`
	MarketSteps    int             `json:"marketSteps"`
	Complete       bool            `json:"complete"`
}

// StateTx is a transaction a deploy sent, as its state file records it.
type StateTx struct {
	Round int    `json:"round"`
	Step  string `json:"step"`
	// Tx is the transaction's hash; Nonce its nonce.
	Tx    common.Hash `json:"tx"`
	Nonce uint64      `json:"nonce"`
	// Address is where a contract creation puts the contract.
	Address common.Address `json:"address,omitzero"`
}

// Authorization is an agent authorised for a model digest, and the
// transaction that did it (zero when it was authorised already).
type Authorization struct {
	Agent common.Address `json:"agent"`
	Model common.Hash    `json:"model"`
	Tx    common.Hash    `json:"tx,omitzero"`
}

// stateDeployment is Deployment with JSON names; unknown addresses are left out.
type stateDeployment struct {
	Token0      common.Address `json:"token0,omitzero"`
	Token1      common.Address `json:"token1,omitzero"`
	Factory     common.Address `json:"factory,omitzero"`
	Pool        common.Address `json:"pool,omitzero"`
	Registry    common.Address `json:"registry,omitzero"`
	Verifier    common.Address `json:"verifier,omitzero"`
	Guard       common.Address `json:"guard,omitzero"`
	Vault       common.Address `json:"vault,omitzero"`
	Trader      common.Address `json:"trader,omitzero"`
	Fee         uint32         `json:"fee,omitzero"`
	TickSpacing int32          `json:"tickSpacing,omitzero"`
}

func toStateDeployment(d Deployment) stateDeployment {
	return stateDeployment{Token0: d.Token0, Token1: d.Token1, Factory: d.Factory, Pool: d.Pool, Registry: d.Registry,
		Verifier: d.Verifier, Guard: d.Guard, Vault: d.Vault, Trader: d.Trader, Fee: d.Fee, TickSpacing: d.TickSpacing}
}

func (s stateDeployment) deployment() Deployment {
	return Deployment{Token0: s.Token0, Token1: s.Token1, Factory: s.Factory, Pool: s.Pool, Registry: s.Registry,
		Verifier: s.Verifier, Guard: s.Guard, Vault: s.Vault, Trader: s.Trader, Fee: s.Fee, TickSpacing: s.TickSpacing}
}

// stateParams are the DeployParams (defaults applied) a state was made with.
type stateParams struct {
	StartTick   int32       `json:"startTick"`
	MarketLow   int32       `json:"marketLow"`
	MarketHigh  int32       `json:"marketHigh"`
	LowerBounds stateBounds `json:"lowerBounds"`
	UpperBounds stateBounds `json:"upperBounds"`
	Liquidity   string      `json:"liquidity"`
}

type stateBounds struct {
	Min            int64  `json:"min"`
	Max            int64  `json:"max"`
	MaxStep        int64  `json:"maxStep"`
	MaxStepBps     uint32 `json:"maxStepBps,omitzero"`
	CooldownBlocks uint64 `json:"cooldownBlocks"`
}

func toStateParams(p DeployParams) *stateParams {
	b := func(b Bounds) stateBounds { return stateBounds(b) }
	return &stateParams{StartTick: p.StartTick, MarketLow: p.MarketLow, MarketHigh: p.MarketHigh,
		LowerBounds: b(p.LowerBounds), UpperBounds: b(p.UpperBounds), Liquidity: p.Liquidity.String()}
}

// OpenDeployState reads the deploy state at path, or starts an empty one
// (written on its first change) when there is no file. A file for another
// chain id or another operator, or in an unknown format, is refused with an
// error wrapping ErrStateMismatch that names the file and the difference.
func OpenDeployState(path string, chainID *big.Int, operator common.Address) (*DeployState, error) {
	if path == "" || chainID == nil {
		return nil, fmt.Errorf("%w: OpenDeployState needs a path and a chain id", ErrInvalidConfig)
	}
	s := &DeployState{path: path, f: stateFile{Version: deployStateVersion, ChainID: new(big.Int).Set(chainID), Operator: operator}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read deploy state: %w", err)
	}
	var f stateFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%w: %s is not a deploy state file: %v", ErrStateMismatch, path, err)
	}
	switch {
	case f.Version != deployStateVersion:
		return nil, fmt.Errorf("%w: %s has format version %d, this steward reads %d", ErrStateMismatch, path, f.Version, deployStateVersion)
	case f.ChainID == nil || f.ChainID.Cmp(chainID) != 0:
		return nil, fmt.Errorf("%w: %s is for chain id %v, the node's is %s; delete it or choose another state file",
			ErrStateMismatch, path, f.ChainID, chainID)
	case f.Operator != operator:
		return nil, fmt.Errorf("%w: %s belongs to operator %s, this deploy's operator is %s; deploy with that key or choose another state file",
			ErrStateMismatch, path, f.Operator.Hex(), operator.Hex())
	}
	s.f, s.resumed = f, true
	return s, nil
}

// Path is the state file's path.
func (s *DeployState) Path() string { return s.path }

// Resumed reports whether the state was read from an existing file.
func (s *DeployState) Resumed() bool { return s.resumed }

// Deployment returns the addresses known so far (zero where unknown).
func (s *DeployState) Deployment() Deployment { return s.f.Deployment.deployment() }

// RoundsDone lists the deploy rounds done, in order.
func (s *DeployState) RoundsDone() []int { return slices.Clone(s.f.RoundsDone) }

// Transactions lists every transaction the deploys of this state sent, in order.
func (s *DeployState) Transactions() []StateTx { return slices.Clone(s.f.Transactions) }

// Authorizations lists the agent authorisations recorded.
func (s *DeployState) Authorizations() []Authorization { return slices.Clone(s.f.Authorizations) }

// MarketSteps is how many of the caller's initial market steps are done.
func (s *DeployState) MarketSteps() int { return s.f.MarketSteps }

// Complete reports whether the caller marked the deployment complete and
// nothing was deployed since.
func (s *DeployState) Complete() bool { return s.f.Complete }

// Summary says what the state records, e.g. "rounds 1-2 done; pool 0x…".
func (s *DeployState) Summary() string {
	parts := []string{roundsText(s.f.RoundsDone)}
	if d := s.f.Deployment; d.Pool != (common.Address{}) {
		parts = append(parts, "pool "+d.Pool.Hex())
	}
	if d := s.f.Deployment; d.Vault != (common.Address{}) {
		parts = append(parts, "vault "+d.Vault.Hex())
	}
	if s.f.Config != "" {
		parts = append(parts, "config "+s.f.Config)
	}
	if n := len(s.f.Authorizations); n > 0 {
		parts = append(parts, fmt.Sprintf("%d authorisation(s)", n))
	}
	if s.f.MarketSteps > 0 {
		parts = append(parts, fmt.Sprintf("%d initial market step(s)", s.f.MarketSteps))
	}
	if s.f.Complete {
		parts = append(parts, "complete")
	}
	return strings.Join(parts, "; ")
}

// roundsText reads like "no round done", "round 1 done", "rounds 1-3 done".
func roundsText(done []int) string {
	switch {
	case len(done) == 0:
		return "no round done"
	case len(done) == 1:
		return fmt.Sprintf("round %d done", done[0])
	}
	contiguous := true
	for i := 1; i < len(done); i++ {
		contiguous = contiguous && done[i] == done[i-1]+1
	}
	if contiguous {
		return fmt.Sprintf("rounds %d-%d done", done[0], done[len(done)-1])
	}
	nums := make([]string, len(done))
	for i, n := range done {
		nums[i] = strconv.Itoa(n)
	}
	return "rounds " + strings.Join(nums, ", ") + " done"
}

// SetConfig records the agent config written for the deployment.
func (s *DeployState) SetConfig(path string) error {
	s.f.Config = path
	return s.save()
}

// RecordAuthorization records that agent may act on model, and the
// transaction that authorised it (zero if it was authorised already).
func (s *DeployState) RecordAuthorization(agent common.Address, model common.Hash, tx common.Hash) error {
	for i, a := range s.f.Authorizations {
		if a.Agent == agent && a.Model == model {
			if tx != (common.Hash{}) {
				s.f.Authorizations[i].Tx = tx
			}
			return s.save()
		}
	}
	s.f.Authorizations = append(s.f.Authorizations, Authorization{Agent: agent, Model: model, Tx: tx})
	return s.save()
}

// SetMarketSteps records that the caller's first n market steps are done.
func (s *DeployState) SetMarketSteps(n int) error {
	s.f.MarketSteps = n
	return s.save()
}

// MarkComplete records that the deployment is complete; a deploy that
// sends anything afterwards clears the mark.
func (s *DeployState) MarkComplete() error {
	s.f.Complete = true
	return s.save()
}

// begin checks that a deploy with params p may continue this state, and
// records p. A state made with other parameters is refused, naming the first
// that differs: its rounds would mix two markets.
func (s *DeployState) begin(p DeployParams) error {
	want := toStateParams(p)
	if got := s.f.Params; got != nil && *got != *want {
		for _, f := range []struct {
			name      string
			got, want any
		}{
			{"StartTick", got.StartTick, want.StartTick}, {"MarketLow", got.MarketLow, want.MarketLow},
			{"MarketHigh", got.MarketHigh, want.MarketHigh}, {"LowerBounds", got.LowerBounds, want.LowerBounds},
			{"UpperBounds", got.UpperBounds, want.UpperBounds}, {"Liquidity", got.Liquidity, want.Liquidity},
		} {
			if f.got != f.want {
				return fmt.Errorf("%w: %s was made with %s %v, this deploy has %v; delete it or choose another state file",
					ErrStateMismatch, s.path, f.name, f.got, f.want)
			}
		}
	}
	s.f.Params = want
	return nil
}

// recordTx records a transaction sent, and d, the addresses known now.
func (s *DeployState) recordTx(tx StateTx, d Deployment) error {
	s.f.Transactions = append(s.f.Transactions, tx)
	s.f.Deployment = toStateDeployment(d)
	s.f.Complete = false
	return s.save()
}

// roundDone records that round is done, with d, the addresses known now.
func (s *DeployState) roundDone(round int, d Deployment) error {
	if !slices.Contains(s.f.RoundsDone, round) {
		s.f.RoundsDone = append(s.f.RoundsDone, round)
		slices.Sort(s.f.RoundsDone)
	}
	s.f.Deployment = toStateDeployment(d)
	return s.save()
}

// poolCreated forgets the initial market steps: they moved another pool.
func (s *DeployState) poolCreated() { s.f.MarketSteps = 0 }

// save writes the state to a temporary file beside path and renames it over
// path, creating the folder if needed.
func (s *DeployState) save() error {
	data, err := json.MarshalIndent(s.f, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deploy state: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return fmt.Errorf("save deploy state: %w", err)
	}
	tmp := s.path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("save deploy state: %w", err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fmt.Errorf("save deploy state: %w", err)
	}
	return nil
}
