package harness

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
)

func TestAppliedTakesOnlyAppliedSettlements(t *testing.T) {
	var a Applied
	for _, c := range []struct {
		name string
		rep  agents.Report
		want bool
	}{
		{"submitted", agents.Report{Stage: agents.StageSubmitted, TxHash: common.Hash{1}}, false},
		{"settled without outcome", agents.Report{Stage: agents.StageSettled, TxHash: common.Hash{2}}, false},
		{"settled, reverted", agents.Report{Stage: agents.StageSettled, TxHash: common.Hash{3}, Outcome: &program.Outcome{GasUsed: 7}}, false},
		{"settled, applied", agents.Report{Stage: agents.StageSettled, TxHash: common.Hash{4}, Outcome: &program.Outcome{Success: true, GasUsed: 100}}, true},
	} {
		if got := a.Take(c.rep); got != c.want {
			t.Errorf("%s: Take = %v, want %v", c.name, got, c.want)
		}
	}
	if len(a.Txs) != 1 || a.Txs[0] != (common.Hash{4}) || a.Gas != 100 {
		t.Errorf("Applied = %+v, want the one applied transaction and its gas", a)
	}
}

func TestLogBook(t *testing.T) {
	block := common.Hash{9}
	b := LogBook{block: {{Index: 0, Address: common.Address{1}}, {Index: 1, Address: common.Address{2}}}}
	got, err := b.Logs(context.Background(), block, func(l types.Log) bool { return l.Address == common.Address{2} })
	if err != nil || len(got) != 1 || got[0].Index != 1 {
		t.Fatalf("Logs = %v, %v; want the matching log", got, err)
	}
	if got, _ := b.Logs(context.Background(), common.Hash{8}, func(types.Log) bool { return true }); len(got) != 0 {
		t.Errorf("an unknown block has %d logs", len(got))
	}
	if _, err := b.FilterLogs(context.Background(), ethereum.FilterQuery{}); err == nil {
		t.Error("FilterLogs answered a query; a program reads logs through its declared Events")
	}
}
