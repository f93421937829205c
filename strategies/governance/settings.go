package governance

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// KindName is agent.strategy's value for proposal scoring.
const KindName = "governance"

// DefaultLookback is how many blocks before its first head the agent
// searches for proposals created while it was not running.
const DefaultLookback = 50_000

// Settings are an agent config's strategy: section for proposal scoring.
type Settings struct {
	// Governor is the OpenZeppelin Governor (or Governor Bravo) whose
	// ProposalCreated events the agent scores; Scores the ProposalScores
	// contract it posts to. 0x + 40 hex digits. Required to run against a
	// node; the demo deploys its own.
	Governor string `yaml:"governor"`
	Scores   string `yaml:"scores"`
	// AddressBook names the DAO's accounts: {name: address}, as the object
	// form of `steward score --addresses`: a name that is a role
	// (treasury, timelock, governor, token, multisig) gives its address
	// that role. Addresses not in it count as unknown.
	AddressBook map[string]string `yaml:"addressBook"`
	// Lookback is how many blocks before the first head the agent searches
	// for proposals it has not scored. Defaults to DefaultLookback.
	Lookback uint64 `yaml:"lookback"`
	// Vote, when "against" or "abstain", has ProposalScores cast that vote
	// on every proposal scored 70 or more once its vote opens (the DAO
	// delegates votes to ProposalScores). Empty (the default): no vote.
	Vote string `yaml:"vote"`

	// Parsed by Validate.
	GovernorAddress, ScoresAddress common.Address `yaml:"-"`
	Book                           *proposal.Book `yaml:"-"`
}

var _ program.Settings = (*Settings)(nil)

// DefaultSettings returns the settings with every default.
func DefaultSettings() *Settings { return &Settings{Lookback: DefaultLookback} }

// Validate checks every field and parses the addresses and the book.
func (s *Settings) Validate() error {
	var p program.Problems
	p.OptionalAddress("governor", s.Governor, &s.GovernorAddress)
	p.OptionalAddress("scores", s.Scores, &s.ScoresAddress)
	switch s.Vote {
	case "", "against", "abstain":
	default:
		p.Add("vote", "%q is not a vote the agent may cast: against or abstain (or empty: none)", s.Vote)
	}
	if s.Lookback == 0 {
		p.Add("lookback", "must be > 0 (blocks searched for unscored proposals)")
	}
	s.Book = nil
	for name, addr := range s.AddressBook {
		if _, err := program.ParseAddress(addr); err != nil {
			p.Add("addressBook."+name, "%q %v", addr, err)
		}
	}
	if len(p) == 0 && len(s.AddressBook) > 0 {
		// The object form of an address book file: a name that is a role
		// ("treasury", "timelock", …) gives its address that role.
		data, err := json.Marshal(s.AddressBook)
		if err == nil {
			s.Book, err = proposal.ParseBook(data)
		}
		if err != nil {
			p.Add("addressBook", "%v", err)
		}
	}
	return p.Err()
}
