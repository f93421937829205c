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

const txColumns = `id, agent, idem_key, from_address, to_address, nonce, hash, raw, gas_tip_cap::text,
	gas_fee_cap::text, gas_limit, attempt, replaces, root, state, gas_used, block_number, block_hash,
	reverted, error, created_at, updated_at`

// InsertTransaction stores a new transaction in state queued. A second row
// with the same key and attempt returns an error wrapping store.ErrConflict.
func (s *Store) InsertTransaction(ctx context.Context, tx store.Transaction) (int64, error) {
	if err := rules.CheckNewTransaction(tx); err != nil {
		return 0, fmt.Errorf("insert transaction: %w", err)
	}
	created := rules.Micros(tx.CreatedAt, s.now())
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO transactions
		(agent, idem_key, from_address, to_address, nonce, hash, raw, gas_tip_cap, gas_fee_cap, gas_limit,
		 attempt, replaces, root, state, gas_used, block_number, block_hash, reverted, error, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::numeric, $9::text::numeric, $10,
		 $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20) RETURNING id`,
		tx.Agent, nullString(tx.Key), tx.From.Bytes(), tx.To.Bytes(), int64(tx.Nonce), nullHash(tx.Hash),
		nullBytes(tx.Raw), rules.FeeString(tx.GasTipCap), rules.FeeString(tx.GasFeeCap), int64(tx.GasLimit),
		int64(tx.Attempt), nullID(tx.Replaces), tx.Root.Bytes(), string(store.TxQueued), int64(tx.GasUsed),
		int64(tx.BlockNumber), nullHash(tx.BlockHash), tx.Reverted, tx.Error, created).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert transaction: %w", translate(err))
	}
	return id, nil
}

// Transaction returns one transaction by id.
func (s *Store) Transaction(ctx context.Context, id int64) (store.Transaction, error) {
	return s.oneTx(ctx, "transaction", id, `WHERE id = $1`, id)
}

// TransactionByHash returns the latest transaction sent with this hash.
func (s *Store) TransactionByHash(ctx context.Context, hash common.Hash) (store.Transaction, error) {
	if hash == (common.Hash{}) {
		return store.Transaction{}, rules.NotFound("transaction with hash", hash)
	}
	return s.oneTx(ctx, "transaction with hash", hash, `WHERE hash = $1 ORDER BY id DESC LIMIT 1`, hash.Bytes())
}

// TransactionByKey returns the current attempt with this idempotency key
// (rules.CurrentAttempt).
func (s *Store) TransactionByKey(ctx context.Context, key string) (store.Transaction, error) {
	if key == "" {
		return store.Transaction{}, fmt.Errorf("transaction by key: %w", rules.Invalid("key is empty"))
	}
	return s.oneTx(ctx, "transaction with key", key, `WHERE idem_key = $1 `+rules.CurrentAttempt, key)
}

func (s *Store) oneTx(ctx context.Context, entity string, key any, where string, args ...any) (store.Transaction, error) {
	tx, err := scanTx(s.pool.QueryRow(ctx, `SELECT `+txColumns+` FROM transactions `+where, args...))
	if errors.Is(err, pgx.ErrNoRows) {
		return tx, rules.NotFound(entity, key)
	}
	if err != nil {
		return tx, fmt.Errorf("%s %v: %w", entity, key, err)
	}
	return tx, nil
}

// OpenTransactions returns the sender's transactions not in a final state,
// in nonce then id order.
func (s *Store) OpenTransactions(ctx context.Context, from common.Address) ([]store.Transaction, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+txColumns+` FROM transactions
		WHERE from_address = $1 AND state = ANY($2) ORDER BY nonce, id`,
		from.Bytes(), rules.Strings(rules.OpenTxStates()))
	if err != nil {
		return nil, fmt.Errorf("open transactions of %s: %w", from, err)
	}
	defer rows.Close()
	var out []store.Transaction
	for rows.Next() {
		tx, err := scanTx(rows)
		if err != nil {
			return nil, fmt.Errorf("open transactions of %s: %w", from, err)
		}
		out = append(out, tx)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("open transactions of %s: %w", from, err)
	}
	return out, nil
}

// ReserveNonce returns max(highest nonce held by the sender's rows + 1, nodePending).
func (s *Store) ReserveNonce(ctx context.Context, from common.Address, nodePending uint64) (uint64, error) {
	if _, err := rules.Int64("node pending nonce", nodePending); err != nil {
		return 0, fmt.Errorf("reserve nonce: %w", err)
	}
	var next int64
	err := s.pool.QueryRow(ctx, `SELECT GREATEST(COALESCE(MAX(nonce) + 1, 0), $3) FROM transactions
		WHERE from_address = $1 AND state = ANY($2)`,
		from.Bytes(), rules.Strings(rules.NonceTxStates()), int64(nodePending)).Scan(&next)
	if err != nil {
		return 0, fmt.Errorf("reserve nonce of %s: %w", from, translate(err))
	}
	return uint64(next), nil
}

// MarkTxSigned moves queued → signed, storing hash, raw bytes and fees.
func (s *Store) MarkTxSigned(ctx context.Context, id int64, st store.SignedTx) error {
	if err := rules.CheckSigned(st); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	return s.moveTx(ctx, id, store.TxSigned,
		`, hash = $5, raw = $6, gas_tip_cap = $7::text::numeric, gas_fee_cap = $8::text::numeric, gas_limit = $9`,
		st.Hash.Bytes(), st.Raw, rules.FeeString(st.GasTipCap), rules.FeeString(st.GasFeeCap), int64(st.GasLimit))
}

// MarkTxSent moves queued, signed or reorged → sent, stores the hash and
// clears any inclusion.
func (s *Store) MarkTxSent(ctx context.Context, id int64, hash common.Hash) error {
	if hash == (common.Hash{}) {
		return fmt.Errorf("transaction %d: %w", id, rules.Invalid("sent hash is zero"))
	}
	return s.moveTx(ctx, id, store.TxSent,
		`, hash = $5, block_number = 0, block_hash = NULL, gas_used = 0, reverted = false`, hash.Bytes())
}

// MarkTxIncluded moves sent (or replaced, when the attempt was mined
// instead of its fee bump) → included with the receipt's block and gas.
func (s *Store) MarkTxIncluded(ctx context.Context, id int64, inc store.Inclusion) error {
	if err := rules.CheckInclusion(inc); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	return s.moveTx(ctx, id, store.TxIncluded, `, block_number = $5, block_hash = $6, gas_used = $7, reverted = $8`,
		int64(inc.BlockNumber), inc.BlockHash.Bytes(), int64(inc.GasUsed), inc.Reverted)
}

// MarkTxConfirmed moves sent or included → confirmed with gas used and block.
func (s *Store) MarkTxConfirmed(ctx context.Context, id int64, gasUsed, blockNumber uint64) error {
	if _, err := rules.Int64("gas used", gasUsed); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	if _, err := rules.Int64("block number", blockNumber); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	return s.moveTx(ctx, id, store.TxConfirmed, `, gas_used = $5, block_number = $6`, int64(gasUsed), int64(blockNumber))
}

// MarkTxReplaced moves sent or included → replaced.
func (s *Store) MarkTxReplaced(ctx context.Context, id int64) error {
	return s.moveTx(ctx, id, store.TxReplaced, ``)
}

// MarkTxDropped moves sent → dropped with the reason.
func (s *Store) MarkTxDropped(ctx context.Context, id int64, reason string) error {
	if err := rules.CheckReason(string(store.TxDropped), reason); err != nil {
		return fmt.Errorf("transaction %d: %w", id, err)
	}
	return s.moveTx(ctx, id, store.TxDropped, `, error = $5`, reason)
}

// MarkTxReorged moves included or confirmed → reorged.
func (s *Store) MarkTxReorged(ctx context.Context, id int64) error {
	return s.moveTx(ctx, id, store.TxReorged, ``)
}

// MarkTxFailed moves queued, signed or sent → failed with the reason.
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

// nullBytes stores an empty slice as NULL.
func nullBytes(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}

// nullString stores an empty string as NULL.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullID stores id 0 as NULL.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func scanTx(sc rowScanner) (store.Transaction, error) {
	var (
		tx                                   store.Transaction
		key, tip, feeCap                     *string
		from, to, hash, raw, root, blockHash []byte
		nonce, gasLimit, attempt, gas, block int64
		replaces                             *int64
		state                                string
		created, updated                     time.Time
	)
	if err := sc.Scan(&tx.ID, &tx.Agent, &key, &from, &to, &nonce, &hash, &raw, &tip, &feeCap, &gasLimit,
		&attempt, &replaces, &root, &state, &gas, &block, &blockHash, &tx.Reverted, &tx.Error,
		&created, &updated); err != nil {
		return tx, err
	}
	if key != nil {
		tx.Key = *key
	}
	if replaces != nil {
		tx.Replaces = *replaces
	}
	if len(raw) > 0 {
		tx.Raw = raw
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
	if blockHash != nil {
		if tx.BlockHash, err = rules.Hash("block_hash", blockHash); err != nil {
			return tx, err
		}
	}
	if tx.Root, err = rules.Hash("root", root); err != nil {
		return tx, err
	}
	if tx.GasTipCap, err = rules.ParseFee("gas_tip_cap", tip); err != nil {
		return tx, err
	}
	if tx.GasFeeCap, err = rules.ParseFee("gas_fee_cap", feeCap); err != nil {
		return tx, err
	}
	tx.Nonce, tx.GasUsed, tx.BlockNumber = uint64(nonce), uint64(gas), uint64(block)
	tx.GasLimit, tx.Attempt = uint64(gasLimit), uint64(attempt)
	tx.State, tx.CreatedAt, tx.UpdatedAt = store.TxState(state), created.UTC(), updated.UTC()
	return tx, nil
}
