package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
)

const decisionColumns = `id, agent, block_number, block_hash, record_hash, action, state, verdict,
	reason, root, proof, tx_id, created_at, updated_at, records`

// InsertDecision stores a new decision in state proposed or held.
func (s *Store) InsertDecision(ctx context.Context, d store.Decision) (int64, error) {
	if err := rules.CheckNewDecision(d); err != nil {
		return 0, fmt.Errorf("insert decision: %w", err)
	}
	verdict, err := rules.MarshalVerdict(d.Verdict)
	if err != nil {
		return 0, fmt.Errorf("insert decision: %w", err)
	}
	var action any // NULL when the strategy gave none
	if len(d.Action) > 0 {
		action = string(d.Action)
	}
	created := micros(rules.Micros(d.CreatedAt, s.now()))
	res, err := s.db.ExecContext(ctx, `INSERT INTO decisions
		(agent, block_number, block_hash, record_hash, action, state, verdict, reason, root, proof, created_at, updated_at, records)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.Agent, int64(d.BlockNumber), d.BlockHash.Bytes(), d.RecordHash.Bytes(), action, string(d.State),
		string(verdict), d.Reason, d.Root.Bytes(), rules.PackHashes(d.Proof), created, created, rules.PackHashes(rules.TickRecords(d)))
	if err != nil {
		return 0, fmt.Errorf("insert decision: %w", translate(err))
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert decision: %w", err)
	}
	return id, nil
}

// Decision returns one decision by id.
func (s *Store) Decision(ctx context.Context, id int64) (store.Decision, error) {
	d, err := scanDecision(s.db.QueryRowContext(ctx, `SELECT `+decisionColumns+` FROM decisions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return d, rules.NotFound("decision", id)
	}
	if err != nil {
		return d, fmt.Errorf("decision %d: %w", id, err)
	}
	return d, nil
}

// DecisionsByTx returns the decisions linked to the transaction, in id order.
func (s *Store) DecisionsByTx(ctx context.Context, txID int64) ([]store.Decision, error) {
	if txID <= 0 {
		return nil, fmt.Errorf("decisions by tx: %w", rules.Invalid("tx id %d is not positive", txID))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+decisionColumns+` FROM decisions WHERE tx_id = ? ORDER BY id`, txID)
	if err != nil {
		return nil, fmt.Errorf("decisions by tx %d: %w", txID, err)
	}
	defer rows.Close()
	var out []store.Decision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("decisions by tx %d: %w", txID, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("decisions by tx %d: %w", txID, err)
	}
	return out, nil
}

// LastDecision returns the agent's decision with the highest id in state.
func (s *Store) LastDecision(ctx context.Context, agent string, state store.DecisionState) (store.Decision, error) {
	if err := errors.Join(rules.CheckAgent(agent), rules.CheckDecisionState(state)); err != nil {
		return store.Decision{}, fmt.Errorf("last decision: %w", err)
	}
	d, err := scanDecision(s.db.QueryRowContext(ctx, `SELECT `+decisionColumns+` FROM decisions
		WHERE agent = ? AND state = ? ORDER BY id DESC LIMIT 1`, agent, string(state)))
	if errors.Is(err, sql.ErrNoRows) {
		return d, rules.NotFound("last "+string(state)+" decision of agent", agent)
	}
	if err != nil {
		return d, fmt.Errorf("last %s decision of %s: %w", state, agent, err)
	}
	return d, nil
}

// MarkApproved moves proposed → approved and stores the verdict.
func (s *Store) MarkApproved(ctx context.Context, id int64, verdict []store.PolicyResult) error {
	if err := rules.CheckApprovingVerdict(verdict); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	v, err := rules.MarshalVerdict(verdict)
	if err != nil {
		return err
	}
	return s.moveDecision(ctx, id, store.DecisionApproved, `, verdict = ?`, string(v))
}

// MarkRejected moves proposed → rejected and stores the verdict and reason.
func (s *Store) MarkRejected(ctx context.Context, id int64, verdict []store.PolicyResult, reason string) error {
	if err := errors.Join(rules.CheckVerdict(verdict), rules.CheckReason(string(store.DecisionRejected), reason)); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	v, err := rules.MarshalVerdict(verdict)
	if err != nil {
		return err
	}
	return s.moveDecision(ctx, id, store.DecisionRejected, `, verdict = ?, reason = ?`, string(v), reason)
}

// MarkRecorded moves approved → recorded (dry run), storing root and proof.
func (s *Store) MarkRecorded(ctx context.Context, id int64, root common.Hash, proof []common.Hash) error {
	if err := rules.CheckRoot(root); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	return s.moveDecision(ctx, id, store.DecisionRecorded, `, root = ?, proof = ?`, root.Bytes(), rules.PackHashes(proof))
}

// MarkSubmitted moves approved → submitted, linking the transaction, root and proof.
func (s *Store) MarkSubmitted(ctx context.Context, id int64, txID int64, root common.Hash, proof []common.Hash) error {
	if txID <= 0 {
		return fmt.Errorf("decision %d: %w", id, rules.Invalid("tx id %d is not positive", txID))
	}
	if err := rules.CheckRoot(root); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	return s.moveDecision(ctx, id, store.DecisionSubmitted, `, tx_id = ?, root = ?, proof = ?`,
		txID, root.Bytes(), rules.PackHashes(proof))
}

// MarkConfirmed moves submitted or orphaned → confirmed.
func (s *Store) MarkConfirmed(ctx context.Context, id int64) error {
	return s.moveDecision(ctx, id, store.DecisionConfirmed, ``)
}

// MarkFailed moves approved, submitted or orphaned → failed with a reason.
func (s *Store) MarkFailed(ctx context.Context, id int64, reason string) error {
	if err := rules.CheckReason(string(store.DecisionFailed), reason); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	return s.moveDecision(ctx, id, store.DecisionFailed, `, reason = ?`, reason)
}

// MarkOrphaned moves confirmed or failed → orphaned with a reason.
func (s *Store) MarkOrphaned(ctx context.Context, id int64, reason string) error {
	if err := rules.CheckReason(string(store.DecisionOrphaned), reason); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	return s.moveDecision(ctx, id, store.DecisionOrphaned, `, reason = ?`, reason)
}

// Stats counts the agent's decisions by state; an agent with none gets an empty map.
func (s *Store) Stats(ctx context.Context, agent string) (store.Stats, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT state, count(*) FROM decisions WHERE agent = ? GROUP BY state`, agent)
	if err != nil {
		return nil, fmt.Errorf("stats of %s: %w", agent, err)
	}
	defer rows.Close()
	st := store.Stats{}
	for rows.Next() {
		var (
			state string
			n     int
		)
		if err := rows.Scan(&state, &n); err != nil {
			return nil, fmt.Errorf("stats of %s: %w", agent, err)
		}
		st[store.DecisionState(state)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stats of %s: %w", agent, err)
	}
	return st, nil
}

// moveDecision runs the guarded update of a decision; see move.
func (s *Store) moveDecision(ctx context.Context, id int64, to store.DecisionState, set string, args ...any) error {
	return move(ctx, s, "decision", "decisions", id, to, rules.DecisionSources(to), set, args...)
}

// move runs the guarded update of one row of table to state `to` with the
// extra SET clause and its arguments. With no row changed it reads the state
// to tell a missing row from a wrong state; states only move forward, so if
// the row has meanwhile reached a source state, one more try settles it.
func move[S ~string](ctx context.Context, s *Store, entity, table string, id int64, to S, from []S, set string, args ...any) error {
	q := `UPDATE ` + table + ` SET state = ?, updated_at = ?` + set + ` WHERE id = ? AND state IN (` + inList(len(from)) + `)`
	params := append([]any{string(to), micros(s.now())}, args...)
	params = append(params, id)
	for _, f := range from {
		params = append(params, string(f))
	}
	for attempt := 0; ; attempt++ {
		res, err := s.db.ExecContext(ctx, q, params...)
		if err != nil {
			return fmt.Errorf("%s %d: move to %s: %w", entity, id, to, translate(err))
		}
		if n, err := res.RowsAffected(); err != nil || n == 1 {
			return err
		}
		var cur string
		err = s.db.QueryRowContext(ctx, `SELECT state FROM `+table+` WHERE id = ?`, id).Scan(&cur)
		if errors.Is(err, sql.ErrNoRows) {
			return rules.NotFound(entity, id)
		}
		if err != nil {
			return fmt.Errorf("%s %d: move to %s: %w", entity, id, to, err)
		}
		if attempt > 0 || !slices.Contains(from, S(cur)) {
			return rules.WrongState(entity, id, to, cur, from)
		}
	}
}

// rowScanner is what *sql.Row and *sql.Rows have in common.
type rowScanner interface{ Scan(dest ...any) error }

func scanDecision(sc rowScanner) (store.Decision, error) {
	var (
		d                            store.Decision
		blockNumber, created, update int64
		blockH, recordH, root, proof []byte
		records                      []byte
		action                       sql.NullString
		state, verdict               string
		txID                         sql.NullInt64
	)
	if err := sc.Scan(&d.ID, &d.Agent, &blockNumber, &blockH, &recordH, &action, &state, &verdict,
		&d.Reason, &root, &proof, &txID, &created, &update, &records); err != nil {
		return d, err
	}
	var err error
	if d.BlockHash, err = rules.Hash("block_hash", blockH); err != nil {
		return d, err
	}
	if d.RecordHash, err = rules.Hash("record_hash", recordH); err != nil {
		return d, err
	}
	if d.Root, err = rules.Hash("root", root); err != nil {
		return d, err
	}
	if d.Proof, err = rules.UnpackHashes(proof); err != nil {
		return d, err
	}
	if d.Records, err = rules.UnpackHashes(records); err != nil {
		return d, err
	}
	if len(d.Records) == 0 { // one record, or a row from before the records column
		d.Records = []common.Hash{d.RecordHash}
	}
	if d.Verdict, err = rules.UnmarshalVerdict([]byte(verdict)); err != nil {
		return d, err
	}
	if action.Valid {
		d.Action = json.RawMessage(action.String)
	}
	d.BlockNumber, d.State, d.TxID = uint64(blockNumber), store.DecisionState(state), txID.Int64
	d.CreatedAt, d.UpdatedAt = fromMicros(created), fromMicros(update)
	return d, nil
}
