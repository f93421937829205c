package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store/internal/rules"
)

// SaveCheckpoint records where the agent's ingestion stopped, replacing the
// previous checkpoint.
func (s *Store) SaveCheckpoint(ctx context.Context, agent string, number uint64, hash common.Hash) error {
	if err := rules.CheckCheckpoint(agent, number, hash); err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO checkpoints (agent, block_number, block_hash, updated_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (agent) DO UPDATE
		SET block_number = excluded.block_number, block_hash = excluded.block_hash, updated_at = excluded.updated_at`,
		agent, int64(number), hash.Bytes(), micros(s.now()))
	if err != nil {
		return fmt.Errorf("save checkpoint of %s: %w", agent, translate(err))
	}
	return nil
}

// Checkpoint returns the agent's last checkpoint.
func (s *Store) Checkpoint(ctx context.Context, agent string) (uint64, common.Hash, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return 0, common.Hash{}, fmt.Errorf("checkpoint: %w", err)
	}
	var (
		number int64
		hash   []byte
	)
	err := s.db.QueryRowContext(ctx, `SELECT block_number, block_hash FROM checkpoints WHERE agent = ?`, agent).
		Scan(&number, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, common.Hash{}, rules.NotFound("checkpoint of", agent)
	}
	if err != nil {
		return 0, common.Hash{}, fmt.Errorf("checkpoint of %s: %w", agent, err)
	}
	h, err := rules.Hash("block_hash", hash)
	return uint64(number), h, err
}

// BlockHash returns the hash of the agent's block at this height saved last.
func (s *Store) BlockHash(ctx context.Context, agent string, number uint64) (common.Hash, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return common.Hash{}, fmt.Errorf("block hash: %w", err)
	}
	n, err := rules.Int64("block number", number)
	if err != nil {
		return common.Hash{}, fmt.Errorf("block hash: %w", err)
	}
	var hash []byte
	err = s.db.QueryRowContext(ctx, `SELECT block_hash FROM blocks WHERE agent = ? AND block_number = ?
		ORDER BY seq DESC LIMIT 1`, agent, n).Scan(&hash)
	if errors.Is(err, sql.ErrNoRows) {
		return common.Hash{}, rules.NotFound(fmt.Sprintf("block %d of", number), agent)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("block %d of %s: %w", number, agent, err)
	}
	return rules.Hash("block_hash", hash)
}
