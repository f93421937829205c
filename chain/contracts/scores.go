package contracts

import (
	"fmt"
	"math/big"
)

// The parameters of ProposalScores, as ParameterGuard names them (pass
// them through Param). A post is ParamProposalIDHi, ParamProposalIDLo,
// ParamScore and ParamFlags; a vote is the two id halves and ParamVote.
const (
	// ParamProposalIDHi and ParamProposalIDLo are the upper and lower 128
	// bits of the Governor's uint256 proposal id (SplitProposalID), so that
	// each fits the guard's int256 bounds and step checks.
	ParamProposalIDHi = "proposalIdHi"
	ParamProposalIDLo = "proposalIdLo"
	// ParamScore is the risk score, 0 (harmless) to MaxScore (dangerous).
	ParamScore = "score"
	// ParamFlags is the bitmap of the score's flags, below 2^64.
	ParamFlags = "flags"
	// ParamVote is the vote ProposalScores casts: VoteAgainst or VoteAbstain
	// (VoteFor is refused with ForVoteRefused).
	ParamVote = "vote"
)

// MaxScore is ProposalScores' highest (most dangerous) score.
const MaxScore = 100

// The vote types of OpenZeppelin's GovernorCountingSimple.
const (
	VoteAgainst = 0
	VoteFor     = 1
	VoteAbstain = 2
)

// SplitProposalID returns the upper and lower 128 bits of a Governor
// proposal id, the values of ParamProposalIDHi and ParamProposalIDLo. An id
// that is negative or does not fit 256 bits is an error.
func SplitProposalID(id *big.Int) (hi, lo *big.Int, err error) {
	if id == nil || id.Sign() < 0 || id.BitLen() > 256 {
		return nil, nil, fmt.Errorf("proposal id %v is not a uint256", id)
	}
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	return new(big.Int).Rsh(id, 128), new(big.Int).And(id, mask), nil
}

// JoinProposalID is the inverse of SplitProposalID: hi·2^128 + lo.
func JoinProposalID(hi, lo *big.Int) *big.Int {
	return new(big.Int).Or(new(big.Int).Lsh(hi, 128), lo)
}
