package governance

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
)

// Kind is proposal scoring as the runtime, the config and `steward verify`
// see it.
func Kind() program.Kind {
	return program.Kind{
		Name:        KindName,
		NewSettings: func() program.Settings { return DefaultSettings() },
		Build:       build,
		Derivers:    map[string]program.Deriver{DerivationName: Deriver{}},
		// The score is a numeric model's over the features; an LLM may
		// only explain it (it never sets it), so the kind runs with ONNX.
		Models: []program.ModelKind{program.ModelONNX},
	}
}

func build(_ context.Context, s program.Settings, chain program.ChainReader) (program.Program, error) {
	st, ok := s.(*Settings)
	if !ok {
		return nil, fmt.Errorf("governance: settings of type %T", s)
	}
	var missing program.Problems
	if st.GovernorAddress == (common.Address{}) {
		missing.Add("strategy.governor", "required to run against a node")
	}
	if st.ScoresAddress == (common.Address{}) {
		missing.Add("strategy.scores", "required to run against a node")
	}
	if err := missing.Err(); err != nil {
		return nil, err
	}
	cfg := ProgramConfig{Governor: st.GovernorAddress, Scores: st.ScoresAddress, Book: st.Book, Lookback: st.Lookback, Vote: st.Vote != ""}
	if st.Vote == "abstain" {
		cfg.Support = contracts.VoteAbstain
	}
	return NewProgram(cfg, chain)
}
