package pgstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
)

// Agents returns every agent with a saved block and its latest block. The
// names come from a loose index scan of blocks' primary key (one probe per
// agent, not one row per block: PostgreSQL has no skip scan), the latest
// block from its (agent, block_number, seq) index.
func (s *Store) Agents(ctx context.Context) ([]store.AgentActivity, error) {
	rows, err := s.pool.Query(ctx, rules.AgentNames)
	if err != nil {
		return nil, fmt.Errorf("agents: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("agents: %w", err)
	}
	out := make([]store.AgentActivity, 0, len(names))
	for _, n := range names {
		var (
			number, bt   int64
			hash, parent []byte
			seen         time.Time
		)
		err := s.pool.QueryRow(ctx, `SELECT block_number, block_hash, parent_hash, block_time, created_at
			FROM blocks WHERE agent = $1 ORDER BY block_number DESC, seq DESC LIMIT 1`, n).
			Scan(&number, &hash, &parent, &bt, &seen)
		if err != nil {
			return nil, fmt.Errorf("agents: latest block of %s: %w", n, err)
		}
		a := store.AgentActivity{Agent: n, SeenAt: seen.UTC(),
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

// conds builds a WHERE clause with numbered placeholders.
type conds struct {
	where []string
	args  []any
}

func (c *conds) add(cond string, arg any) {
	c.args = append(c.args, arg)
	c.where = append(c.where, strings.ReplaceAll(cond, "$?", "$"+strconv.Itoa(len(c.args))))
}

// tail is the WHERE clause, the order and the LIMIT (the next placeholder).
func (c *conds) tail(limit int) string {
	w := ""
	if len(c.where) > 0 {
		w = ` WHERE ` + strings.Join(c.where, ` AND `)
	}
	c.args = append(c.args, limit)
	return w + ` ORDER BY id DESC LIMIT $` + strconv.Itoa(len(c.args))
}

// ListDecisions returns the decisions f selects, newest first.
func (s *Store) ListDecisions(ctx context.Context, f store.DecisionFilter) ([]store.Decision, error) {
	if err := rules.CheckDecisionFilter(f); err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	var c conds
	if f.Agent != "" {
		c.add("agent = $?", f.Agent)
	}
	if f.State != "" {
		c.add("state = $?", string(f.State))
	}
	if f.Committed {
		c.add("root <> $?", common.Hash{}.Bytes())
	}
	if f.ActionKey != "" {
		// -> is NULL when the key is missing or action is NULL or not an
		// object; JSON 'null' when its value is null.
		c.add("action -> $?::text IS NOT NULL", f.ActionKey)
	}
	if f.Before > 0 {
		c.add("id < $?", f.Before)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+decisionColumns+` FROM decisions`+c.tail(f.Limit), c.args...)
	if err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Decision, error) { return scanDecision(row) })
	if err != nil {
		return nil, fmt.Errorf("list decisions: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// ListTransactions returns the transactions f selects, newest first.
func (s *Store) ListTransactions(ctx context.Context, f store.TxFilter) ([]store.Transaction, error) {
	if err := rules.CheckTxFilter(f); err != nil {
		return nil, fmt.Errorf("list transactions: %w", err)
	}
	var c conds
	if f.Agent != "" {
		c.add("agent = $?", f.Agent)
	}
	if f.State != "" {
		c.add("state = $?", string(f.State))
	}
	if f.Before > 0 {
		c.add("id < $?", f.Before)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+txColumns+` FROM transactions`+c.tail(f.Limit), c.args...)
	if err != nil {
		return nil, fmt.Errorf("list transactions: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Transaction, error) { return scanTx(row) })
	if err != nil {
		return nil, fmt.Errorf("list transactions: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// SetControl stores the operator's switch, replacing the previous one.
func (s *Store) SetControl(ctx context.Context, c store.Control) error {
	if err := rules.CheckControl(c); err != nil {
		return fmt.Errorf("set control: %w", err)
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO agent_controls (agent, state, reason, updated_at)
		VALUES ($1, $2, $3, $4) ON CONFLICT (agent) DO UPDATE
		SET state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at`,
		c.Agent, string(c.State), c.Reason, rules.Micros(c.UpdatedAt, s.now()))
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
	cs, err := s.controls(ctx, `WHERE agent IN ($1, $2)`, agent, store.AllAgents)
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
	// Byte order (COLLATE "C"), as SQLite sorts: AllAgents first whatever
	// the database's collation.
	rows, err := s.pool.Query(ctx, `SELECT agent, state, reason, updated_at FROM agent_controls `+where+
		` ORDER BY agent COLLATE "C"`, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Control, error) {
		var (
			c       store.Control
			state   string
			updated time.Time
		)
		err := row.Scan(&c.Agent, &state, &c.Reason, &updated)
		c.State, c.UpdatedAt = store.ControlState(state), updated.UTC()
		return c, err
	})
	if len(out) == 0 {
		return nil, err
	}
	return out, err
}
