package txmgr

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/txtype"
)

// Reconcile resumes every open row after a start: it reads the head from the
// node and runs Tick. Signed rows are broadcast again with their saved bytes
// (same hash); sent rows are checked for a receipt or a used nonce; included
// rows are confirmed or, when their block left the chain, broadcast again.
// The bump clock of rows still pending starts again at this head.
func (o *Outbox) Reconcile(ctx context.Context) error {
	head, err := o.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("txmgr: reconcile: latest header: %w", err)
	}
	return o.Tick(ctx, head.Number.Uint64())
}

// Advance runs Tick once per head: the agents sharing the outbox of their
// key each call it at every head, and only the first call for a head does
// the work.
func (o *Outbox) Advance(ctx context.Context, head *types.Header) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	// Checked and ticked under one lock: agents handed the same head at
	// once wait for the first, then find it done.
	if head.Hash() == o.ticked {
		return nil
	}
	o.tip, o.ticking = head, true
	defer func() { o.ticking = false }()
	if err := o.tick(ctx, head.Number.Uint64()); err != nil {
		return err
	}
	o.ticked = head.Hash()
	return nil
}

// latestHeader is the head the fees are priced on: the one Advance was
// given at this tick — on a busy chain a block's header comes with
// thousands of transaction hashes, and the agents already read it — or
// the node's, when no Advance gave one or a receipt showed a newer block.
// Called with o.mu held.
func (o *Outbox) latestHeader(ctx context.Context) (*types.Header, error) {
	if o.tip != nil && o.tip.Number.Uint64() >= o.head {
		return o.tip, nil
	}
	head, err := o.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("txmgr: latest header: %w", err)
	}
	return head, nil
}

// Tick advances every open row at a new head: receipts, confirmations,
// reorgs, re-broadcasts and fee bumps. It goes on past a row that fails and
// returns the joined errors.
func (o *Outbox) Tick(ctx context.Context, head uint64) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.tick(ctx, head)
}

// tick is Tick with o.mu held.
func (o *Outbox) tick(ctx context.Context, head uint64) error {
	o.head = max(o.head, head)
	rows, err := o.st.OpenTransactions(ctx, o.from)
	if err != nil {
		return fmt.Errorf("txmgr: tick: %w", err)
	}
	// The mined nonce is read before any receipt, so a row whose nonce is
	// used and whose receipt is still missing afterwards was not mined.
	mined, err := o.backend.NonceAt(ctx, o.from, nil)
	if err != nil {
		return fmt.Errorf("txmgr: tick: nonce of %s: %w", o.from, err)
	}
	var errs []error
	for _, row := range rows {
		if err := o.advance(ctx, row, mined); err != nil {
			errs = append(errs, fmt.Errorf("txmgr: transaction %d (nonce %d): %w", row.ID, row.Nonce, err))
		}
	}
	for id := range o.stuck { // forget rows that left sent
		if !slices.ContainsFunc(rows, func(r txtype.Transaction) bool { return r.ID == id && r.State == txtype.Sent }) {
			delete(o.stuck, id)
		}
	}
	return errors.Join(errs...)
}

// advance moves one open row as far as the chain allows.
func (o *Outbox) advance(ctx context.Context, row txtype.Transaction, mined uint64) error {
	if row.State == txtype.Queued {
		if len(row.Raw) == 0 {
			// Written before signing (the issue-2 path): nothing to broadcast.
			delete(o.sentAt, row.ID)
			return o.st.MarkTxFailed(ctx, row.ID, "abandoned at restart: never signed")
		}
		tx, err := decodeRaw(row)
		if err != nil {
			return err
		}
		st, err := signedOf(tx)
		if err != nil {
			return err
		}
		if err := o.st.MarkTxSigned(ctx, row.ID, st); err != nil {
			return err
		}
		row.State = txtype.Signed
	}
	switch row.State {
	case txtype.Signed, txtype.Reorged:
		return o.rebroadcast(ctx, row)
	case txtype.Sent:
		return o.advanceSent(ctx, row, mined)
	case txtype.Included:
		return o.advanceIncluded(ctx, row)
	}
	return nil
}

// rebroadcast sends a signed or reorged row's saved bytes again.
func (o *Outbox) rebroadcast(ctx context.Context, row txtype.Transaction) error {
	tx, err := decodeRaw(row)
	if err != nil {
		return err
	}
	if row.State != txtype.Reorged {
		o.logger.Info("broadcasting saved transaction", "id", row.ID, "tx", tx.Hash(), "nonce", tx.Nonce())
		return o.leaveIfFenced(row, o.broadcast(ctx, row.Agent, row.ID, row.Replaces, tx))
	}
	o.logger.Warn("transaction's block left the chain; broadcasting it again", "id", row.ID, "tx", tx.Hash(),
		"block", row.BlockNumber, "blockHash", row.BlockHash)
	if err := o.send(ctx, row.Agent, tx); notAdmitted(err) {
		return o.leaveIfFenced(row, err)
	} else if err != nil && !alreadyKnown(err) {
		// A reorged row cannot fail: it was valid, and the node may refuse
		// it only for now (its pool still on the old branch's state: "nonce
		// too low") or for good (the new branch used its nonce). Either way
		// it is followed as sent: the next heads find its receipt, find its
		// nonce used by another transaction (dropped), or broadcast it again.
		o.logger.Warn("re-broadcast after reorg refused; following it as sent", "id", row.ID, "tx", tx.Hash(),
			"nonce", tx.Nonce(), "err", err)
	}
	return o.markSent(ctx, row.ID, row.Replaces, tx)
}

func (o *Outbox) advanceSent(ctx context.Context, row txtype.Transaction, mined uint64) error {
	included, err := o.include(ctx, row)
	if included {
		delete(o.usedAt, row.ID)
	}
	if err != nil || included {
		return err
	}
	if row.Nonce < mined {
		// The nonce is used and this hash has no receipt: another
		// transaction took it (a predecessor this replaced, or a foreign
		// one) — if a later head says so too. A node may count the nonce
		// before the receipt is served (anvil while it mines): dropping the
		// row then would lose a transaction that was mined.
		first, seen := o.usedAt[row.ID]
		if !seen {
			o.usedAt[row.ID] = o.head
			return nil
		}
		if o.head <= first {
			return nil
		}
		delete(o.usedAt, row.ID)
		reason := fmt.Sprintf("nonce %d used by another transaction", row.Nonce)
		if pred, ok := o.minedPredecessor(ctx, row); ok {
			reason = fmt.Sprintf("nonce %d used by its predecessor, transaction %d (%s)", row.Nonce, pred.ID, pred.Hash)
			// The attempt this bump replaced was mined: it is the key's
			// transaction again (replaced → included), followed to its
			// confirmations like any other. Recorded before the bump is
			// dropped, so a crash between the two leaves both open and the
			// next start-up finishes the step.
			if pred.State == txtype.Replaced {
				included, err := o.include(ctx, pred)
				if err != nil {
					return fmt.Errorf("record the mined predecessor %d of transaction %d: %w", pred.ID, row.ID, err)
				}
				if !included {
					// Its receipt is gone since minedPredecessor saw it (another
					// endpoint, a reorg): look again at the next head.
					o.usedAt[row.ID] = o.head
					return nil
				}
			}
		}
		o.logger.Warn("transaction dropped", "id", row.ID, "tx", row.Hash, "reason", reason)
		delete(o.sentAt, row.ID)
		return o.st.MarkTxDropped(ctx, row.ID, reason)
	}
	// Still pending.
	if _, _, err := o.backend.TransactionByHash(ctx, row.Hash); errors.Is(err, ethereum.NotFound) || o.builder != nil {
		// The node forgot it (restart, eviction), or a bundle is valid for one block only.
		tx, err := decodeRaw(row)
		if err != nil {
			return err
		}
		if err := o.send(ctx, row.Agent, tx); notAdmitted(err) {
			return o.leaveIfFenced(row, err)
		} else if err != nil && !alreadyKnown(err) {
			o.logger.Warn("re-broadcast of a pending transaction failed", "id", row.ID, "tx", row.Hash, "err", err)
		}
	}
	since, ok := o.sentAt[row.ID]
	if !ok {
		o.sentAt[row.ID] = o.head
		return nil
	}
	if o.head >= since+o.cfg.BumpAfterBlocks {
		return o.bump(ctx, row)
	}
	return nil
}

// include records the receipt of a sent row, if any, and confirms it when
// it already has enough confirmations.
func (o *Outbox) include(ctx context.Context, row txtype.Transaction) (bool, error) {
	r, err := o.backend.TransactionReceipt(ctx, row.Hash)
	if notYet(err) || (err == nil && r == nil) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("receipt %s: %w", row.Hash, err)
	}
	inc := txtype.Inclusion{BlockNumber: r.BlockNumber.Uint64(), BlockHash: r.BlockHash, GasUsed: r.GasUsed,
		Reverted: r.Status != types.ReceiptStatusSuccessful}
	if err := o.st.MarkTxIncluded(ctx, row.ID, inc); err != nil {
		return false, err
	}
	delete(o.sentAt, row.ID)
	delete(o.stuck, row.ID)
	// A receipt in block B proves the chain's head is at least B, whatever
	// head this tick was given (a follower a block or two behind the node):
	// without this a row mined in the newest block waited one more tick to
	// be confirmed, and a clean stop in between left it open.
	o.head = max(o.head, inc.BlockNumber)
	o.logger.Debug("transaction included", "id", row.ID, "tx", row.Hash, "block", inc.BlockNumber, "reverted", inc.Reverted)
	row.State, row.BlockNumber, row.BlockHash, row.GasUsed = txtype.Included, inc.BlockNumber, inc.BlockHash, inc.GasUsed
	return true, o.advanceIncluded(ctx, row)
}

// advanceIncluded confirms an included row after enough blocks, or marks it
// reorged and broadcasts it again when its block is no longer canonical.
func (o *Outbox) advanceIncluded(ctx context.Context, row txtype.Transaction) error {
	h, err := o.headerAt(ctx, row.BlockNumber)
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("header %d: %w", row.BlockNumber, err)
	}
	if h == nil || h.Hash() != row.BlockHash {
		if err := o.st.MarkTxReorged(ctx, row.ID); err != nil {
			return err
		}
		row.State = txtype.Reorged
		return o.rebroadcast(ctx, row)
	}
	if o.head+1 >= row.BlockNumber+o.cfg.Confirmations {
		if err := o.st.MarkTxConfirmed(ctx, row.ID, row.GasUsed, row.BlockNumber); err != nil {
			return err
		}
		o.logger.Info("transaction confirmed", "id", row.ID, "tx", row.Hash, "block", row.BlockNumber, "reverted", row.Reverted)
	}
	return nil
}

// Recheck looks again at a row the agent settled as mined, after a reorg
// (an included row is looked at every Tick; a confirmed one never again):
// it reports true when the row is no longer mined in a canonical block. An
// included or confirmed row whose block left the chain is marked reorged
// and broadcast again, as Tick does for included ones — the way a reorg
// deeper than Confirmations is noticed. A row a Tick already moved back
// (reorged, sent) or ended (failed, dropped) is reported as not mined; a
// confirmed row without a block hash (the path that skips inclusion)
// cannot be checked and is reported mined.
func (o *Outbox) Recheck(ctx context.Context, id int64) (bool, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	row, err := o.st.Transaction(ctx, id)
	if err != nil {
		return false, fmt.Errorf("txmgr: recheck: %w", err)
	}
	switch row.State {
	case txtype.Included, txtype.Confirmed:
	case txtype.Replaced:
		return false, fmt.Errorf("txmgr: recheck transaction %d: replaced; recheck the latest attempt", id)
	default:
		return true, nil
	}
	if row.BlockHash == (common.Hash{}) {
		return false, nil
	}
	// Always the node's: the head of the last tick may be what the reorg
	// replaced.
	h, err := o.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(row.BlockNumber))
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return false, fmt.Errorf("txmgr: recheck transaction %d: header %d: %w", id, row.BlockNumber, err)
	}
	if h != nil && h.Hash() == row.BlockHash {
		return false, nil
	}
	if err := o.st.MarkTxReorged(ctx, row.ID); err != nil {
		return false, fmt.Errorf("txmgr: recheck: %w", err)
	}
	delete(o.sentAt, row.ID)
	row.State = txtype.Reorged
	if err := o.rebroadcast(ctx, row); err != nil {
		// Marked reorged: the next Tick broadcasts it again.
		o.logger.Warn("re-broadcast after a deep reorg failed", "id", row.ID, "tx", row.Hash, "err", err)
	}
	return true, nil
}

// headerAt is the canonical header at block n: while Advance ticks, the
// head it was given when that is the one (a transaction mined in the
// newest block, the common case), else the node's.
func (o *Outbox) headerAt(ctx context.Context, n uint64) (*types.Header, error) {
	if o.ticking && o.tip.Number.Uint64() == n && o.head == n {
		return o.tip, nil
	}
	return o.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
}

// minedPredecessor finds the attempt this row replaced (directly or not)
// that was mined instead of it.
func (o *Outbox) minedPredecessor(ctx context.Context, row txtype.Transaction) (txtype.Transaction, bool) {
	for id := row.Replaces; id != 0; {
		pred, err := o.st.Transaction(ctx, id)
		if err != nil {
			return txtype.Transaction{}, false
		}
		if r, err := o.backend.TransactionReceipt(ctx, pred.Hash); err == nil && r != nil {
			return pred, true
		}
		id = pred.Replaces
	}
	return txtype.Transaction{}, false
}

// bump replaces a pending row with the same nonce and higher fees, or
// reports it stuck when the fees it needs are above MaxFeeCap.
func (o *Outbox) bump(ctx context.Context, row txtype.Transaction) error {
	old, err := decodeRaw(row)
	if err != nil {
		return err
	}
	if row.Key == "" {
		return o.reportStuck(row, "no idempotency key: cannot make a replacement row")
	}
	// A process that may not send signs no replacement.
	if err := o.mayBroadcast(ctx, row.Agent); err != nil {
		return o.leaveIfFenced(row, err)
	}
	head, err := o.latestHeader(ctx)
	if err != nil {
		return err
	}
	market, err := suggestFees(ctx, o.backend, head, o.cfg.MaxFeeMultiplier)
	if err != nil {
		return err
	}
	f, reason := o.bumpedFees(old, market)
	if reason != "" {
		return o.reportStuck(row, reason)
	}
	to := old.To()
	if to == nil {
		return fmt.Errorf("transaction %s has no recipient", old.Hash())
	}
	next, err := types.SignNewTx(o.key, o.signer, f.tx(o.cfg.ChainID, old.Nonce(), old.Gas(), *to, old.Data()))
	if err != nil {
		return fmt.Errorf("sign replacement: %w", err)
	}
	// The next attempt number at the key: above this row's, and above any
	// earlier bump of it the node refused (failed rows keep theirs).
	var id int64
	for attempt := row.Attempt + 1; ; attempt++ {
		id, err = o.save(ctx, txtype.Transaction{
			Agent: row.Agent, Key: row.Key, Attempt: attempt, Replaces: row.ID,
			From: o.from, To: row.To, Nonce: row.Nonce, Root: row.Root,
		}, next)
		if !errors.Is(err, txtype.ErrConflict) || row.Key == "" {
			break
		}
		if attempt >= row.Attempt+maxRefusedBumps {
			return o.reportStuck(row, fmt.Sprintf("%d replacements refused; not bumped again", maxRefusedBumps))
		}
	}
	if err != nil {
		return err
	}
	o.logger.Warn("bumping fees of a stuck transaction", "id", row.ID, "tx", row.Hash, "replacement", id,
		"newTx", next.Hash(), "nonce", row.Nonce, "feeCap", next.GasFeeCap(), "tip", next.GasTipCap())
	if err := o.broadcast(ctx, row.Agent, id, row.ID, next); notAdmitted(err) {
		// Saved signed: the agent's lease holder broadcasts it (it
		// replaces the same nonce, so at most one of the two is mined).
		return o.leaveIfFenced(row, err)
	} else if err != nil {
		o.sentAt[row.ID] = o.head // the next try BumpAfterBlocks heads on
		return o.reportStuck(row, "replacement refused: "+err.Error())
	}
	return nil
}

// maxRefusedBumps is how many refused replacements of one transaction the
// outbox tries before it only reports the transaction stuck.
const maxRefusedBumps = 32

// leaveIfFenced passes err on, unless it is the fence's refusal: a row of
// an agent this process may not send for is left as it is for the
// process that may (the lease holder), and is no error of this tick's.
func (o *Outbox) leaveIfFenced(row txtype.Transaction, err error) error {
	if notAdmitted(err) {
		o.logger.Debug("broadcast not admitted; left to the agent's lease holder", "id", row.ID, "tx", row.Hash,
			"rowAgent", row.Agent, "err", err)
		return nil
	}
	return err
}

// bumpedFees raises both fees by BumpPercent, or to the market's when that
// is higher, capped at MaxFeeCap. It returns a reason instead when even the
// smallest bump a node accepts (10%) is above the cap.
func (o *Outbox) bumpedFees(old *types.Transaction, market fees) (fees, string) {
	oldTip, oldFee := old.GasTipCap(), old.GasFeeCap()
	floorTip, floorFee := raise(oldTip, 10), raise(oldFee, 10)
	wantTip, wantFee := raise(oldTip, o.cfg.BumpPercent), raise(oldFee, o.cfg.BumpPercent)
	if market.gasPrice != nil {
		wantTip, wantFee = bigMax(wantTip, market.gasPrice), bigMax(wantFee, market.gasPrice)
	} else {
		wantTip, wantFee = bigMax(wantTip, market.tip), bigMax(wantFee, market.feeCap)
	}
	limit := o.cfg.MaxFeeCap
	if floorFee.Cmp(limit) > 0 || floorTip.Cmp(limit) > 0 {
		return fees{}, fmt.Sprintf("fee cap %s wei needs a bump to at least %s, above the cap %s", oldFee, floorFee, limit)
	}
	wantFee = bigMin(wantFee, limit)
	wantTip = bigMin(wantTip, wantFee)
	if old.Type() == types.LegacyTxType {
		return fees{gasPrice: wantFee}, ""
	}
	return fees{tip: wantTip, feeCap: wantFee}, ""
}

// reportStuck logs a row that cannot be bumped, once, and lists it in Stuck.
func (o *Outbox) reportStuck(row txtype.Transaction, reason string) error {
	if _, seen := o.stuck[row.ID]; !seen {
		o.logger.Error("transaction stuck: not bumped, still pending", "id", row.ID, "tx", row.Hash,
			"nonce", row.Nonce, "reason", reason)
	}
	o.stuck[row.ID] = StuckTx{Tx: row, Reason: reason}
	return nil
}

// raise returns v increased by pct percent, rounded up, and by at least 1.
func raise(v *big.Int, pct uint64) *big.Int {
	out := new(big.Int).Mul(v, new(big.Int).SetUint64(100+pct))
	out.Add(out, big.NewInt(99)).Div(out, big.NewInt(100))
	if out.Cmp(v) <= 0 {
		out.Add(v, big.NewInt(1))
	}
	return out
}

// decodeRaw decodes a row's saved signed transaction.
func decodeRaw(row txtype.Transaction) (*types.Transaction, error) {
	if len(row.Raw) == 0 {
		return nil, fmt.Errorf("transaction %d has no saved bytes", row.ID)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(row.Raw); err != nil {
		return nil, fmt.Errorf("decode saved transaction %d: %w", row.ID, err)
	}
	if tx.Hash() != row.Hash {
		return nil, fmt.Errorf("saved transaction %d hashes to %s, row says %s", row.ID, tx.Hash(), row.Hash)
	}
	return tx, nil
}

func sortStuck(s []StuckTx) {
	slices.SortFunc(s, func(a, b StuckTx) int { return cmp.Compare(a.Tx.ID, b.Tx.ID) })
}
