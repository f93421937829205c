// Package record records a block range from any JSON-RPC node for
// backtests, and replays it through an agent.
//
// Recording (`steward record --rpc URL --from N --to M -c agent.yaml`)
// builds the program the config describes on the node, then for each block
// of the range stores: the header (fetched in batched JSON-RPC requests),
// the block's logs of the Events the program declares (one eth_getLogs per
// batch), and every state read the program makes while observing the block
// — it observes each block on the node through a reader that keeps what
// the node answered (a pool's slot0, a vault's position, and the reads of
// the window it back-fills). A block and its checkpoint are committed in
// one SQLite transaction, so a recording killed at any point resumes at
// the next block when the same command runs again; a resumed recording
// started with another chain, kind, settings or range is refused.
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
