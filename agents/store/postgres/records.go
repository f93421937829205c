package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
)

const recordColumns = `record_hash, agent, agent_address, model_digest, input_scale, output_scale,
	inputs, outputs, input_digest, output_digest, block_number, block_hash, nonce, created_at`

// recordCopyColumns is recordColumns for CopyFrom, in the same order.
var recordCopyColumns = []string{"record_hash", "agent", "agent_address", "model_digest", "input_scale",
	"output_scale", "inputs", "outputs", "input_digest", "output_digest", "block_number", "block_hash",
	"nonce", "created_at"}

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
	now := s.now()
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Session-local staging table: created once per connection, emptied at commit.
		if _, err := tx.Exec(ctx, `CREATE TEMP TABLE IF NOT EXISTS inference_records_in
			(LIKE inference_records) ON COMMIT DELETE ROWS`); err != nil {
			return err
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"inference_records_in"}, recordCopyColumns,
			pgx.CopyFromSlice(len(recs), func(i int) ([]any, error) {
				r := &recs[i]
				return []any{r.RecordHash.Bytes(), r.Agent, r.AgentAddress.Bytes(), r.ModelDigest.Bytes(),
					r.InputScale, r.OutputScale, ints(r.Inputs), ints(r.Outputs), r.InputDigest.Bytes(),
					r.OutputDigest.Bytes(), int64(r.BlockNumber), r.BlockHash.Bytes(), int64(r.Nonce),
					rules.Micros(r.CreatedAt, now)}, nil
			}))
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO inference_records (`+recordColumns+`)
			SELECT `+recordColumns+` FROM inference_records_in ORDER BY record_hash
			ON CONFLICT (record_hash) DO NOTHING`)
		return err
	})
	if err != nil {
		return fmt.Errorf("insert records: %w", translate(err))
	}
	return nil
}

// ints makes nil an empty array: the columns are NOT NULL.
func ints(v []int64) []int64 {
	if v == nil {
		return []int64{}
	}
	return v
}

// Record returns the record with this hash.
func (s *Store) Record(ctx context.Context, hash common.Hash) (store.InferenceRecord, error) {
	row := s.pool.QueryRow(ctx, `SELECT `+recordColumns+` FROM inference_records WHERE record_hash = $1`, hash.Bytes())
	var (
		r                                            store.InferenceRecord
		rh, addr, model, inDigest, outDigest, blockH []byte
		blockNumber, nonce                           int64
	)
	err := row.Scan(&rh, &r.Agent, &addr, &model, &r.InputScale, &r.OutputScale, &r.Inputs, &r.Outputs,
		&inDigest, &outDigest, &blockNumber, &blockH, &nonce, &r.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, rules.NotFound("record", hash)
	}
	if err != nil {
		return r, fmt.Errorf("record %s: %w", hash, err)
	}
	for _, f := range []struct {
		column string
		dst    *common.Hash
		src    []byte
	}{
		{"record_hash", &r.RecordHash, rh}, {"model_digest", &r.ModelDigest, model},
		{"input_digest", &r.InputDigest, inDigest}, {"output_digest", &r.OutputDigest, outDigest},
		{"block_hash", &r.BlockHash, blockH},
	} {
		if *f.dst, err = rules.Hash(f.column, f.src); err != nil {
			return r, fmt.Errorf("record %s: %w", hash, err)
		}
	}
	if r.AgentAddress, err = rules.Address("agent_address", addr); err != nil {
		return r, fmt.Errorf("record %s: %w", hash, err)
	}
	if len(r.Inputs) == 0 {
		r.Inputs = nil
	}
	if len(r.Outputs) == 0 {
		r.Outputs = nil
	}
	r.BlockNumber, r.Nonce, r.CreatedAt = uint64(blockNumber), uint64(nonce), r.CreatedAt.UTC()
	return r, nil
}

// NextRecordNonce returns 1 + the agent's highest record nonce, or 0 when it has none.
func (s *Store) NextRecordNonce(ctx context.Context, agent string) (uint64, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return 0, fmt.Errorf("next record nonce: %w", err)
	}
	var top *int64
	if err := s.pool.QueryRow(ctx, `SELECT max(nonce) FROM inference_records WHERE agent = $1`, agent).Scan(&top); err != nil {
		return 0, fmt.Errorf("next record nonce of %s: %w", agent, err)
	}
	if top == nil {
		return 0, nil
	}
	return uint64(*top) + 1, nil
}
