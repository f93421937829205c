package sqlitestore

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
)

// Agents returns every agent with a saved block and its latest block. The
// names come from a loose index scan of blocks' primary key (one probe per
// agent, not one row per block), the latest block from its (agent,
// block_number, seq) index.
func (s *Store) Agents(ctx context.Context) ([]store.AgentActivity, error) {
	rows, err := s.db.QueryContext(ctx, rules.AgentNames)
	if err != nil {
		return nil, fmt.Errorf("agents: %w", err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("agents: %w", err)
		}
		names = append(names, n)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, fmt.Errorf("agents: %w", err)
	}
	out := make([]store.AgentActivity, 0, len(names))
	for _, n := range names {
		var (
			number, bt, seen int64
			hash, parent     []byte
		)
		err := s.db.QueryRowContext(ctx, `SELECT block_number, block_hash, parent_hash, block_time, created_at
			FROM blocks WHERE agent = ? ORDER BY block_number DESC, seq DESC LIMIT 1`, n).
			Scan(&number, &hash, &parent, &bt, &seen)
		if err != nil {
			return nil, fmt.Errorf("agents: latest block of %s: %w", n, err)
		}
		a := store.AgentActivity{Agent: n, SeenAt: fromMicros(seen),
			LastBlock: store.Block{Agent: n, Number: uint64(number), Time: uint64(bt)}}
		if a.LastBlock.Hash, err = rules.Hash("block_hash", hash); err != nil {
			return nil, err
		}
		if a.LastBlock.ParentHash, err = rules.Hash("parent_hash", parent); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// ListDecisions returns the decisions f selects, newest first.
func (s *Store) ListDecisions(ctx context.Context, f store.DecisionFilter) ([]store.Decision, error) {
	if err := rules.CheckDecisionFilter(f); err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	var where []string
	var args []any
	add := func(cond string, arg any) {
		where = append(where, cond)
		args = append(args, arg)
	}
	if f.Agent != "" {
		add("agent = ?", f.Agent)
	}
	if f.State != "" {
		add("state = ?", string(f.State))
	}
	if f.Committed {
		add("root <> ?", common.Hash{}.Bytes())
	}
	if f.ActionKey != "" {
		// json_type is NULL when the key is missing (or action is NULL or
		// not an object); 'null' when its value is JSON null.
		add("json_type(action, ?) IS NOT NULL", "$."+f.ActionKey)
	}
	if f.Before > 0 {
		add("id < ?", f.Before)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+decisionColumns+` FROM decisions`+whereClause(where)+
		` ORDER BY id DESC LIMIT ?`, append(args, f.Limit)...)
	if err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	defer rows.Close()
	var out []store.Decision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("list decisions: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	return out, nil
}

// ListTransactions returns the transactions f selects, newest first.
func (s *Store) ListTransactions(ctx context.Context, f store.TxFilter) ([]store.Transaction, error) {
	if err := rules.CheckTxFilter(f); err != nil {
		return nil, fmt.Errorf("list transactions: %w", err)
	}
	var where []string
	var args []any
	if f.Agent != "" {
		where, args = append(where, "agent = ?"), append(args, f.Agent)
	}
	if f.State != "" {
		where, args = append(where, "state = ?"), append(args, string(f.State))
	}
	if f.Before > 0 {
		where, args = append(where, "id < ?"), append(args, f.Before)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+txColumns+` FROM transactions`+whereClause(where)+
		` ORDER BY id DESC LIMIT ?`, append(args, f.Limit)...)
	if err != nil {
		return nil, fmt.Errorf("list transactions: %w", err)
	}
	defer rows.Close()
	var out []store.Transaction
	for rows.Next() {
		tx, err := scanTx(rows)
		if err != nil {
			return nil, fmt.Errorf("list transactions: %w", err)
		}
		out = append(out, tx)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list transactions: %w", err)
	}
	return out, nil
}

// SetControl stores the operator's switch, replacing the previous one.
func (s *Store) SetControl(ctx context.Context, c store.Control) error {
	if err := rules.CheckControl(c); err != nil {
		return fmt.Errorf("set control: %w", err)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO agent_controls (agent, state, reason, updated_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (agent) DO UPDATE
		SET state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at`,
		c.Agent, string(c.State), c.Reason, micros(rules.Micros(c.UpdatedAt, s.now())))
	if err != nil {
		return fmt.Errorf("set control of %s: %w", c.Agent, translate(err))
	}
	return nil
}

// Control returns the switch in force for the agent (its own or every
// agent's, whichever is stricter).
func (s *Store) Control(ctx context.Context, agent string) (store.Control, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return store.Control{}, fmt.Errorf("control: %w", err)
	}
	cs, err := s.controls(ctx, `WHERE agent IN (?, ?)`, agent, store.AllAgents)
	if err != nil {
		return store.Control{}, fmt.Errorf("control of %s: %w", agent, err)
	}
	return rules.InForce(agent, cs), nil
}

// Controls returns every switch set, in agent order.
func (s *Store) Controls(ctx context.Context) ([]store.Control, error) {
	cs, err := s.controls(ctx, ``)
	if err != nil {
		return nil, fmt.Errorf("controls: %w", err)
	}
	return cs, nil
}

func (s *Store) controls(ctx context.Context, where string, args ...any) ([]store.Control, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT agent, state, reason, updated_at FROM agent_controls `+where+` ORDER BY agent`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Control
	for rows.Next() {
		var (
			c       store.Control
			state   string
			updated int64
		)
		if err := rows.Scan(&c.Agent, &state, &c.Reason, &updated); err != nil {
			return nil, err
		}
		c.State, c.UpdatedAt = store.ControlState(state), fromMicros(updated)
		out = append(out, c)
	}
	return out, rows.Err()
}

// whereClause joins conditions with AND ("" for none).
func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(conds, ` AND `)
}
