package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

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
	created := rules.Micros(d.CreatedAt, s.now())
	var id int64
	err = s.pool.QueryRow(ctx, `INSERT INTO decisions
		(agent, block_number, block_hash, record_hash, action, state, verdict, reason, root, proof, created_at, updated_at, records)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id`,
		d.Agent, int64(d.BlockNumber), d.BlockHash.Bytes(), d.RecordHash.Bytes(), action, string(d.State),
		string(verdict), d.Reason, d.Root.Bytes(), rules.PackHashes(d.Proof), created, rules.PackHashes(rules.TickRecords(d))).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert decision: %w", translate(err))
	}
	return id, nil
}

// Decision returns one decision by id.
func (s *Store) Decision(ctx context.Context, id int64) (store.Decision, error) {
	d, err := scanDecision(s.pool.QueryRow(ctx, `SELECT `+decisionColumns+` FROM decisions WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
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
	rows, err := s.pool.Query(ctx, `SELECT `+decisionColumns+` FROM decisions WHERE tx_id = $1 ORDER BY id`, txID)
	if err != nil {
		return nil, fmt.Errorf("decisions by tx %d: %w", txID, err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Decision, error) { return scanDecision(row) })
	if err != nil {
		return nil, fmt.Errorf("decisions by tx %d: %w", txID, err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// LastDecision returns the agent's decision with the highest id in state.
func (s *Store) LastDecision(ctx context.Context, agent string, state store.DecisionState) (store.Decision, error) {
	if err := errors.Join(rules.CheckAgent(agent), rules.CheckDecisionState(state)); err != nil {
		return store.Decision{}, fmt.Errorf("last decision: %w", err)
	}
	d, err := scanDecision(s.pool.QueryRow(ctx, `SELECT `+decisionColumns+` FROM decisions
		WHERE agent = $1 AND state = $2 ORDER BY id DESC LIMIT 1`, agent, string(state)))
	if errors.Is(err, pgx.ErrNoRows) {
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
	return s.moveDecision(ctx, id, store.DecisionApproved, `, verdict = $5`, string(v))
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
	return s.moveDecision(ctx, id, store.DecisionRejected, `, verdict = $5, reason = $6`, string(v), reason)
}

// MarkRecorded moves approved → recorded (dry run), storing root and proof.
func (s *Store) MarkRecorded(ctx context.Context, id int64, root common.Hash, proof []common.Hash) error {
	if err := rules.CheckRoot(root); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	return s.moveDecision(ctx, id, store.DecisionRecorded, `, root = $5, proof = $6`, root.Bytes(), rules.PackHashes(proof))
}

// MarkSubmitted moves approved → submitted, linking the transaction, root and proof.
func (s *Store) MarkSubmitted(ctx context.Context, id int64, txID int64, root common.Hash, proof []common.Hash) error {
	if txID <= 0 {
		return fmt.Errorf("decision %d: %w", id, rules.Invalid("tx id %d is not positive", txID))
	}
	if err := rules.CheckRoot(root); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	return s.moveDecision(ctx, id, store.DecisionSubmitted, `, tx_id = $5, root = $6, proof = $7`,
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
	return s.moveDecision(ctx, id, store.DecisionFailed, `, reason = $5`, reason)
}

// MarkOrphaned moves confirmed or failed → orphaned with a reason.
func (s *Store) MarkOrphaned(ctx context.Context, id int64, reason string) error {
	if err := rules.CheckReason(string(store.DecisionOrphaned), reason); err != nil {
		return fmt.Errorf("decision %d: %w", id, err)
	}
	return s.moveDecision(ctx, id, store.DecisionOrphaned, `, reason = $5`, reason)
}

// Stats counts the agent's decisions by state; an agent with none gets an empty map.
func (s *Store) Stats(ctx context.Context, agent string) (store.Stats, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	rows, err := s.pool.Query(ctx, `SELECT state, count(*) FROM decisions WHERE agent = $1 GROUP BY state`, agent)
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

// move runs the guarded update of one row of table to state `to`; set is the
// extra SET clause, numbering its arguments from $5. With no row changed it
// reads the state to tell a missing row from a wrong state; states only move
// forward, so if the row has meanwhile reached a source state, one more try
// settles it.
func move[S ~string](ctx context.Context, s *Store, entity, table string, id int64, to S, from []S, set string, args ...any) error {
	q := `UPDATE ` + table + ` SET state = $2, updated_at = $3` + set + ` WHERE id = $1 AND state = ANY($4)`
	params := append([]any{id, string(to), s.now(), rules.Strings(from)}, args...)
	for attempt := 0; ; attempt++ {
		tag, err := s.pool.Exec(ctx, q, params...)
		if err != nil {
			return fmt.Errorf("%s %d: move to %s: %w", entity, id, to, translate(err))
		}
		if tag.RowsAffected() == 1 {
			return nil
		}
		var cur string
		err = s.pool.QueryRow(ctx, `SELECT state FROM `+table+` WHERE id = $1`, id).Scan(&cur)
		if errors.Is(err, pgx.ErrNoRows) {
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

func scanDecision(sc rowScanner) (store.Decision, error) {
	var (
		d                            store.Decision
		blockNumber                  int64
		blockH, recordH, root, proof []byte
		records                      []byte
		action, verdict              []byte
		state                        string
		txID                         *int64
		created, updated             time.Time
	)
	if err := sc.Scan(&d.ID, &d.Agent, &blockNumber, &blockH, &recordH, &action, &state, &verdict,
		&d.Reason, &root, &proof, &txID, &created, &updated, &records); err != nil {
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
	if d.Verdict, err = rules.UnmarshalVerdict(verdict); err != nil {
		return d, err
	}
	if action != nil {
		d.Action = json.RawMessage(action)
	}
	if txID != nil {
		d.TxID = *txID
	}
	d.BlockNumber, d.State = uint64(blockNumber), store.DecisionState(state)
	d.CreatedAt, d.UpdatedAt = created.UTC(), updated.UTC()
	return d, nil
}
