// Package ingest turns a node into ordered chain data: a head follower that
// reports every canonical block and every reorg, decoders for Uniswap v3 pool
// events, and pinned-block reads of pool state.
//
// # Head follower
//
// A Follower reads heads from a HeadReader (an *ethclient.Client over
// WebSocket, IPC or HTTP, or the simulated backend's client). It subscribes
// to new heads and, when the node cannot push them (plain HTTP answers
// rpc.ErrNotificationsUnsupported) or the subscription fails later, polls
// the head every PollInterval instead, for the rest of its life. Either way a
// notification is only a hint: the follower fetches by number whatever it
// has not delivered yet.
//
//	            head hint (subscription or poll)
//	                       │
//	                       ▼
//	  ┌──────── n ≤ last delivered? ────────┐
//	  │ yes                                 │ no
//	  ▼                                     ▼
//	hash == delivered[n]?         fetch last+1 by number
//	  │ yes: nothing new            │
//	  │ no ──────────┐              ▼
//	  │              │      parent == delivered[last]? ── yes ──▶ NewHead, repeat up to n
//	  │              ▼              │ no
//	  │        walk back by number, checking each parent hash,
//	  │        to the newest delivered block still canonical
//	  │              │
//	  │              ▼
//	  │        Reorg{CommonAncestor, ReorgDepth}, then NewHead for
//	  │        each block of the new branch, oldest first
//
// Guarantees, for a consumer reading Heads:
//
//   - Every NewHead's number is one more than the previous NewHead's, or one
//     more than the preceding Reorg's CommonAncestor; its ParentHash is that
//     block's hash. There are no gaps, even when the node skips notifications.
//   - A Reorg says that the delivered blocks above CommonAncestor are no longer
//     canonical; ReorgDepth counts them. Its Header is the ancestor. When even
//     the first delivered block was replaced, the ancestor is that block's
//     parent on the new branch, which was never delivered.
//   - Nothing is dropped: when the consumer is slow the follower waits on the
//     channel (capacity 64) and coalesces queued notifications, so a slow
//     consumer delays heads but never loses one.
//   - A head at or below the last delivered number whose hash matches what was
//     delivered (a repeated notification, a node lagging behind a load
//     balancer, a rewind not yet followed by new blocks) changes nothing. A
//     rewind is reported as a Reorg once the new branch produces a block.
//   - RPC errors are logged and retried after PollInterval; they never end the
//     follower. Only a reorg whose ancestor is older than the last ReorgWindow
//     (128) delivered blocks does: the follower logs it, closes Heads, and Err
//     returns ErrReorgTooDeep. A consumer must then rebuild from its store.
//
// The follower is live-only and uses wall-clock timers for polling and
// retries; backtests replay stored blocks through their own source.
//
// # Fan-out
//
// A Hub lets the agents of one process share one Follower per chain (issue
// 10). It is the follower's only reader and hands every event, in order, to
// each Subscription on its own channel (capacity HubConfig.Buffer, 256 by
// default). A Follower and a Subscription are both HeadStreams (Heads, then
// Err once Heads is closed), so a consumer reads either the same way.
//
//	Follower.Heads ──▶ Hub ──┬─▶ sub "a" [buffer] ──▶ agent a
//	                         ├─▶ sub "b" [buffer] ──▶ agent b
//	                         └─▶ sub "c" [full]   ✂  cut off: LagError
//
// Guarantees, for a subscriber reading Heads:
//
//   - Delivery never blocks. A subscriber whose buffer is full when the next
//     event arrives is cut off: it still reads what was buffered, then Heads
//     closes and Err is a LagError (ErrSubscriberLagged) naming how far
//     behind it was and the first event it missed. A subscriber that stays
//     attached never misses an event, and a slow one stalls neither the
//     others nor the follower. HubStats.Lagged counts cut-offs.
//   - A subscriber receives the events read after it subscribed: subscribe
//     before Start to get the first. Close detaches it at any time.
//   - When the follower ends, every subscription closes and Err is the
//     follower's Err: nil when it was stopped, ErrReorgTooDeep when it failed.
//     Hub.Stop, or cancelling Start's context, closes them with a nil Err.
//   - Events share their headers between subscribers: read-only.
//
// The buffer absorbs bursts (a reorg, a busy tick), not sustained slowness:
// while the follower catches up from a StartBlock far behind the head it
// emits blocks as fast as the node serves them, and a subscriber slower than
// that is cut off. Such a consumer should follow with its own Follower, or
// subscribe once it has caught up.
//
// # Log poller
//
// A LogPoller turns the follower's heads into the logs of every canonical
// block, for one filter (addresses and topics), handed to a LogConsumer in
// order, with checkpoints in a Checkpoints store (the agent store).
//
//	Start: read checkpoint (n, hash)
//	  │ none: start at StartBlock or the head
//	  ▼
//	resume ── hash no longer canonical? ── walk back along the orphaned branch
//	  │                                    (HeaderByHash), LogReorg, save ancestor
//	  ▼
//	backfill ── while next ≤ head − FinalityDepth: eth_getLogs [next, next+range)
//	  │          refused (see below)? halve the range and retry;
//	  │          accepted: deliver each block with logs (Finalized), after checking
//	  │          its header's hash; every 4 accepted in a row grow the range by ¼
//	  ▼
//	live ─── Follower from next: per NewHead, block by block, each block must
//	         extend the last delivered (ParentHash); its logs are fetched by block
//	         hash (FilterQuery.BlockHash) so they belong to exactly that header.
//	         A block that does not extend it, or a follower Reorg, makes the poller
//	         compare what it delivered with the node's canonical chain, newest
//	         first: LogReorg{Depth, CommonAncestor, Orphaned}, then the canonical
//	         blocks from CommonAncestor+1.
//
// Guarantees, for a consumer that applies BlockLogs and, on LogReorg, drops
// everything it holds above CommonAncestor:
//
//   - What it holds is always a hash-linked prefix of a chain the node called
//     canonical; after it catches up with the node, exactly the canonical
//     chain's logs, each once. A log of an orphaned block is never delivered
//     without a LogReorg retracting it before anything replaces it.
//   - Reorgs are resolved up to ReorgWindow (128) blocks deep; deeper ends the
//     poller with ErrReorgTooDeep. If the node no longer serves an orphaned
//     header, the poller assumes the block FinalityDepth below its last one is
//     final and retracts down to it (Orphaned then lists what it knew).
//   - Acknowledge, then save: the checkpoint is saved after the consumer
//     accepted a block (after a LogReorg: at the ancestor). Within a run every
//     block is delivered exactly once as canonical, and so across a clean
//     Stop (the save of an accepted block is not cut short by it); across a
//     crash between the two steps the last accepted block is delivered again
//     (at-least-once).
//     Consumers dedupe by (block hash, log index) or by block hash. A consumer
//     error (ErrConsumer) or a checkpoint error (ErrCheckpoint) ends the poller
//     so a restart repeats the delivery; RPC errors are logged and retried
//     after RetryInterval.
//   - Backfill delivers only the blocks with matching logs; live delivery
//     delivers every block, with or without logs.
//
// A node refuses a range (IsRangeRefused) with JSON-RPC code -32005, HTTP 413,
// or a message containing (case-insensitive) one of: "query returned more
// than", "block range too large", "block range is too", "maximum block range",
// "limit exceeded", "response size exceeded", "range is too large", "is
// limited to", "too many logs", "request entity too large", "exceeds the range
// allowed".
//
// # Decoding
//
// DecodeSwap, DecodeMint and DecodeBurn read the fixed ABI layout of the
// Uniswap v3 pool events by hand (about ten times faster than abi.Unpack, two
// allocations per swap) and check it as strictly as the ABI allows: topic0,
// topic count, exact data length, addresses with zero high bytes, uint160 and
// uint128 in range, int24 properly sign-extended. Errors wrap ErrWrongEvent or
// ErrMalformedLog and name the field. Decoders never panic (FuzzDecodeSwap)
// and accept only canonical encodings.
//
// # Pool state
//
// PoolReader.ReadPool eth_calls slot0() and liquidity() at one pinned block,
// so both values describe the same state; the "latest" tag is refused because
// two calls against it can straddle a new block. SwapFilter builds the
// eth_getLogs query for one pool's swaps over an inclusive block range.
//
// # Left for later
//
//   - Reorgs deeper than ReorgWindow, resolved against the blocks table of the
//     store (issue 3).
//   - Batched header fetches in backfill (one eth_getBlockByNumber per block
//     with logs today) and several filters per poller.
//   - Confirmation depth (emitting blocks only once N deep) and resubscribing
//     after a fallback to polling.
package ingest
