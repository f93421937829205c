package pgstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
)

const txColumns = `id, agent, from_address, to_address, nonce, hash, root, state, gas_used,
	block_number, error, created_at, updated_at`

// InsertTransaction stores a new transaction in state queued.
func (s *Store) InsertTransaction(ctx context.Context, tx store.Transaction) (int64, error) {
	if err := rules.CheckNewTransaction(tx); err != nil {
		return 0, fmt.Errorf("insert transaction: %w", err)
	}
	created := rules.Micros(tx.CreatedAt, s.now())
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO transactions
		(agent, from_address, to_address, nonce, hash, root, state, gas_used, block_number, error, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
		tx.Agent, tx.From.Bytes(), tx.To.Bytes(), int64(tx.Nonce), nullHash(tx.Hash), tx.Root.Bytes(),
		string(store.TxQueued), int64(tx.GasUsed), int64(tx.BlockNumber), tx.Error, created).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert transaction: %w", translate(err))
	}
	return id, nil
}

// Transaction returns one transaction by id.
func (s *Store) Transaction(ctx context.Context, id int64) (store.Transaction, error) {
	tx, err := scanTx(s.pool.QueryRow(ctx, `SELECT `+txColumns+` FROM transactions WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return tx, rules.NotFound("transaction", id)
	}
	if err != nil {
		return tx, fmt.Errorf("transaction %d: %w", id, err)
	}
	return tx, nil
}

// TransactionByHash returns the latest transaction sent with this hash.
func (s *Store) TransactionByHash(ctx context.Context, hash common.Hash) (store.Transaction, error) {
	if hash == (common.Hash{}) {
		return store.Transaction{}, rules.NotFound("transaction with hash", hash)
	}
	tx, err := scanTx(s.pool.QueryRow(ctx, `SELECT `+txColumns+` FROM transactions
		WHERE hash = $1 ORDER BY id DESC LIMIT 1`, hash.Bytes()))
	if errors.Is(err, pgx.ErrNoRows) {
		return tx, rules.NotFound("transaction with hash", hash)
	}
	if err != nil {
		return tx, fmt.Errorf("transaction %s: %w", hash, err)
	}
	return tx, nil
}

// MarkTxSent moves queued → sent and stores the hash.
func (s *Store) MarkTxSent(ctx context.Context, id int64, hash common.Hash) error {
	if hash == (common.Hash{}) {
		return fmt.Errorf("transaction %d: %w", id, rules.Invalid("sent hash is zero"))
	}
	return s.moveTx(ctx, id, store.TxSent, `, hash = $5`, hash.Bytes())
}

// MarkTxConfirmed moves sent → confirmed with gas used and block.
func (s *Store) MarkTxConfirmed(ctx context.Context, id int64, gasUsed, blockNumber uint64) error {
	if _, err := rules.Int64("gas used", gasUsed); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	if _, err := rules.Int64("block number", blockNumber); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	return s.moveTx(ctx, id, store.TxConfirmed, `, gas_used = $5, block_number = $6`, int64(gasUsed), int64(blockNumber))
}

// MarkTxFailed moves queued or sent → failed with the reason.
func (s *Store) MarkTxFailed(ctx context.Context, id int64, reason string) error {
	if err := rules.CheckReason(string(store.TxFailed), reason); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	return s.moveTx(ctx, id, store.TxFailed, `, error = $5`, reason)
}

// moveTx runs the guarded update of a transaction; see move.
func (s *Store) moveTx(ctx context.Context, id int64, to store.TxState, set string, args ...any) error {
	return move(ctx, s, "transaction", "transactions", id, to, rules.TxSources(to), set, args...)
}

// nullHash stores the zero hash as NULL (not sent yet).
func nullHash(h common.Hash) any {
	if h == (common.Hash{}) {
		return nil
	}
	return h.Bytes()
}

func scanTx(sc rowScanner) (store.Transaction, error) {
	var (
		tx                   store.Transaction
		from, to, hash, root []byte
		nonce, gas, block    int64
		state                string
		created, updated     time.Time
	)
	if err := sc.Scan(&tx.ID, &tx.Agent, &from, &to, &nonce, &hash, &root, &state, &gas, &block,
		&tx.Error, &created, &updated); err != nil {
		return tx, err
	}
	var err error
	if tx.From, err = rules.Address("from_address", from); err != nil {
		return tx, err
	}
	if tx.To, err = rules.Address("to_address", to); err != nil {
		return tx, err
	}
	if hash != nil {
		if tx.Hash, err = rules.Hash("hash", hash); err != nil {
			return tx, err
		}
	}
	if tx.Root, err = rules.Hash("root", root); err != nil {
		return tx, err
	}
	tx.Nonce, tx.GasUsed, tx.BlockNumber = uint64(nonce), uint64(gas), uint64(block)
	tx.State, tx.CreatedAt, tx.UpdatedAt = store.TxState(state), created.UTC(), updated.UTC()
	return tx, nil
}
