package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
)

const recordColumns = `record_hash, agent, agent_address, model_digest, input_scale, output_scale,
	inputs, outputs, input_digest, output_digest, block_number, block_hash, nonce, created_at`

// InsertRecords stores records in one transaction: all or none. A record whose
// hash is already stored is skipped, so a retried batch is harmless.
func (s *Store) InsertRecords(ctx context.Context, recs []store.InferenceRecord) error {
	if len(recs) == 0 {
		return nil
	}
	for i, r := range recs {
		if err := rules.CheckRecord(r); err != nil {
			return fmt.Errorf("insert records: record %d: %w", i, err)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("insert records: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO inference_records (`+recordColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_hash) DO NOTHING`)
	if err != nil {
		return fmt.Errorf("insert records: %w", err)
	}
	defer stmt.Close()
	now := s.now()
	for i, r := range recs {
		inputs, err := encodeInts(r.Inputs)
		if err != nil {
			return fmt.Errorf("insert records: record %d inputs: %w", i, err)
		}
		outputs, err := encodeInts(r.Outputs)
		if err != nil {
			return fmt.Errorf("insert records: record %d outputs: %w", i, err)
		}
		_, err = stmt.ExecContext(ctx, r.RecordHash.Bytes(), r.Agent, r.AgentAddress.Bytes(),
			r.ModelDigest.Bytes(), r.InputScale, r.OutputScale, inputs, outputs,
			r.InputDigest.Bytes(), r.OutputDigest.Bytes(), int64(r.BlockNumber), r.BlockHash.Bytes(),
			int64(r.Nonce), micros(rules.Micros(r.CreatedAt, now)))
		if err != nil {
			return fmt.Errorf("insert records: record %d (%s): %w", i, r.RecordHash, translate(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("insert records: commit: %w", translate(err))
	}
	return nil
}

// Record returns the record with this hash.
func (s *Store) Record(ctx context.Context, hash common.Hash) (store.InferenceRecord, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+recordColumns+` FROM inference_records WHERE record_hash = ?`, hash.Bytes())
	var (
		r                                            store.InferenceRecord
		rh, addr, model, inDigest, outDigest, blockH []byte
		inputs, outputs                              string
		blockNumber, nonce, created                  int64
	)
	err := row.Scan(&rh, &r.Agent, &addr, &model, &r.InputScale, &r.OutputScale, &inputs, &outputs,
		&inDigest, &outDigest, &blockNumber, &blockH, &nonce, &created)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return r, rules.NotFound("record", hash)
		}
		return r, fmt.Errorf("record %s: %w", hash, err)
	}
	if err := decodeRecord(&r, rh, addr, model, inDigest, outDigest, blockH); err != nil {
		return r, fmt.Errorf("record %s: %w", hash, err)
	}
	if r.Inputs, err = decodeInts(inputs); err != nil {
		return r, fmt.Errorf("record %s inputs: %w", hash, err)
	}
	if r.Outputs, err = decodeInts(outputs); err != nil {
		return r, fmt.Errorf("record %s outputs: %w", hash, err)
	}
	r.BlockNumber, r.Nonce, r.CreatedAt = uint64(blockNumber), uint64(nonce), fromMicros(created)
	return r, nil
}

// decodeRecord fills the record's hash and address fields from their columns.
func decodeRecord(r *store.InferenceRecord, rh, addr, model, inDigest, outDigest, blockH []byte) error {
	var err error
	if r.RecordHash, err = rules.Hash("record_hash", rh); err != nil {
		return err
	}
	if r.AgentAddress, err = rules.Address("agent_address", addr); err != nil {
		return err
	}
	if r.ModelDigest, err = rules.Hash("model_digest", model); err != nil {
		return err
	}
	if r.InputDigest, err = rules.Hash("input_digest", inDigest); err != nil {
		return err
	}
	if r.OutputDigest, err = rules.Hash("output_digest", outDigest); err != nil {
		return err
	}
	r.BlockHash, err = rules.Hash("block_hash", blockH)
	return err
}

// encodeInts writes a vector as a JSON array; encoding/json writes int64
// exactly, and nil becomes [] to satisfy the column's CHECK.
func encodeInts(v []int64) (string, error) {
	if len(v) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// decodeInts reads a JSON array of integers; encoding/json parses integers
// straight into int64, so no value passes through float64. [] gives nil.
func decodeInts(s string) ([]int64, error) {
	var v []int64
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, err
	}
	if len(v) == 0 {
		return nil, nil
	}
	return v, nil
}

// NextRecordNonce returns 1 + the agent's highest record nonce, or 0 when it has none.
func (s *Store) NextRecordNonce(ctx context.Context, agent string) (uint64, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return 0, fmt.Errorf("next record nonce: %w", err)
	}
	var top sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT max(nonce) FROM inference_records WHERE agent = ?`, agent).Scan(&top); err != nil {
		return 0, fmt.Errorf("next record nonce of %s: %w", agent, err)
	}
	if !top.Valid {
		return 0, nil
	}
	return uint64(top.Int64) + 1, nil
}
