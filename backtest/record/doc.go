// Package record records a block range from any JSON-RPC node for
// backtests, and replays it through an agent.
//
// Recording (`steward record --rpc URL --from N --to M -c agent.yaml`)
// builds the program the config describes on the node, then for each block
// of the range stores: the header (fetched in batched JSON-RPC requests),
// the block's logs of the Events the program declares (one eth_getLogs per
// batch), the receipts of the transactions that emitted those logs, and
// every state read the program makes while observing the block — it
// observes each block on the node through a reader that keeps what the
// node answered (a pool's slot0, a vault's position, and the reads of the
// window it back-fills). A block and its checkpoint are committed in one
// SQLite transaction, so a recording killed at any point resumes at the
// next block when the same command runs again; a resumed recording started
// with another chain, kind, settings or range is refused.
//
// Receipts are fetched per batch of headers, in one request: an
// eth_getBlockReceipts for each block holding recorded logs, asked by the
// block's hash (go-ethereum and anvil serve it; unlike
// eth_getTransactionReceipt it needs no transaction index, which
// go-ethereum keeps for about the last year of blocks). A node without
// that method is asked eth_getTransactionReceipt for each transaction
// instead, also batched; without a Batcher, one call each. A batch of
// eth_getBlockReceipts cut short by the node's response size limit
// (go-ethereum's 25 MB: some 50 busy mainnet blocks) is asked again for the
// blocks it left.
// Each receipt must name the recorded header's hash, and each transaction
// must have one: otherwise recording stops with an error naming the block
// and the transaction (the chain reorganised, or the node answered for
// another block).
//
// Of a block's receipts only those of the transactions that emitted the
// recorded logs are kept. Keeping them all would cost no more requests
// (eth_getBlockReceipts returns them all) but would cost the file: a busy
// mainnet block's receipts carry every log of every transaction, some
// hundreds of kilobytes against the few a program watches, so a day of
// blocks would take gigabytes instead of megabytes. Nor could a replay use
// them: a program sees transactions only through its declared Events.
// Store.Receipts (by block) and Store.TransactionReceipt serve them back.
//
// The file's layout is versioned in SQLite's user_version (schemaVersion).
// A recording made before receipts were recorded still replays, but
// Store.Receipts says it has none (ErrNotRecorded) and resuming it is
// refused (ErrSchema), since its blocks so far would lack them.
//
// Replaying (`steward backtest -c agent.yaml --recording FILE`) builds the
// same program on the recording (Store.Reader answers its reads, Store is
// the agent's log source), runs the agent's own pipeline on the recorded
// heads in order — inference, records, policies, bundles — and takes the
// bundles on paper (PaperExecutor): a recorded chain cannot take
// transactions. The Outcome (one line per tick) is the same for the same
// recording and config, so an interrupted-and-resumed recording replays
// exactly as an uninterrupted one (cmd/steward's TestRecordResumesAfterKill).
//
// What is recorded is what the program reads: a program that reads
// something at replay that it did not read while recording gets an error
// wrapping ErrNotRecorded that names the call. Programs read logs through
// their declared Events, never FilterLogs, so that every log they see is
// recorded. The recording is its own SQLite file (the pure-Go driver
// agents/store/sqlite uses), not the agent's store.
package record
