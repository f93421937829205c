// Package synthetic serves a synthetic high-throughput chain (issue 14): a
// real chain — the embedded dev chain, whose EVM executes the agents'
// transactions and runs the guard's checks — seen through JSON-RPC with
// every block filled to thousands of transactions and logs, as a
// parallel-EVM chain (Monad, Sei, MegaETH) makes them: 4,000 per 400 ms
// block by default, 10,000 TPS.
//
//	agents ── HTTP / WS JSON-RPC ──▶ Node ─── in process ──▶ inner node (devchain: EVM, state, txpool)
//	                                  │
//	                                  └─ filler: per block, TxsPerBlock transactions and
//	                                     LogsPerBlock logs (Uniswap v3 Swap/Mint/Burn,
//	                                     Aave v3 Supply/Borrow/Repay/Withdraw/LiquidationCall)
//
// # What is real and what is filler
//
// Everything the inner node has is served unchanged: headers (hash,
// parent hash, roots, gas used, bloom), the agents' transactions and
// receipts, state (eth_call, eth_estimateGas, balances, nonces), fees
// (eth_feeHistory, eth_gasPrice, eth_maxPriorityFeePerGas), and
// eth_sendRawTransaction, which puts a transaction in the inner node's
// pool for its next block. Every method the node does not name below goes
// to the inner node as it is, answer and error (code, message, revert
// data) alike.
//
// Filler is added to each block's view, after the real content, so the
// real transactions and logs keep their indexes and their receipts stay
// true:
//
//	block N:  real txs 0..r-1        filler txs r..r+TxsPerBlock-1
//	          real logs 0..k-1       filler logs k..k+LogsPerBlock-1 (spread over the filler txs)
//
//	method                                   filler
//	eth_getLogs (block hash or range)        each block's real logs, then its matching filler logs
//	eth_getBlockByNumber / ByHash            filler hashes (or whole transactions) after the real ones
//	eth_getTransactionByHash / Receipt       for filler of the last Keep blocks; else the inner node's
//	eth_getBlockReceipts                     real receipts, then the filler's
//	eth_getBlockTransactionCountBy…          real + filler
//	eth_getTransactionByBlock…AndIndex       indexes past the real ones are filler
//	eth_subscribe newHeads (WebSocket)       a head is announced once its filler is built
//
// Filler is consistent wherever it shows: a filler log's block hash,
// number, timestamp, transaction hash and indexes are those of the block
// and transaction that list it, a filler receipt holds exactly its
// transaction's logs (and their bloom) with cumulative gas continuing the
// real block's, and block N's filler is the same on every read (a
// function of Seed and N). It is not executed: it moves no state, the
// headers' transactions root, gas used and bloom describe only the real
// block (a client that recomputes them, or that checks a block's bloom
// before asking for its logs, sees only the real content), filler
// signatures are well-formed but recover no sender (the "from" field names
// one), and filler gas is not limited by the block's gas limit. Agents
// watch their own contracts, which filler never uses unless configured to.
//
// Events come in order from Config.Uniswap and Config.Aave, looped:
// recorded ones (UniswapEvents encodes backtest/dataset's embedded day of
// the mainnet USDC/WETH pool; ReadAaveRaw reads the shared data's Aave v3
// Polygon raw logs, which hold no LiquidationCall), or by default the
// seeded GenerateUniswap and GenerateAave. Each log's protocol (by
// UniswapWeight:AaveWeight) and emitting address are drawn per block from
// a generator seeded with (Seed, N).
//
// # Heads, building and the cache
//
// The node follows the inner node's heads over an in-process subscription
// (resubscribing after a failure). For each new head it builds the block's
// filler — the real block's transaction and log counts come from its
// receipts — and then announces the head to newHeads subscribers, in
// order and without gaps, so a subscriber that asks for the head's logs
// at once finds them. A block asked for before its announcement (a
// poller over HTTP) is built on that ask; concurrent asks wait for one
// build. The last Keep built blocks are kept (about 5 MB each at 4,000
// transactions); an older block's filler is built again when read, but
// its filler transactions are no longer found by hash. A reorg of the
// inner node shows as it happens there: blocks are keyed by hash, and the
// new branch's heads are announced as they come.
//
// # Serving
//
// One hand-written JSON-RPC 2.0 server answers HTTP POST (single calls and
// batches) and WebSocket on every listener. Filler JSON is written by hand
// in go-ethereum's layout (encode.go) — at 4,000 logs a block, reflection
// would be most of an answer's cost. Latency delays every answer (an HTTP
// request, a WebSocket message) to model a node across a network; head
// notifications are not delayed. A WebSocket client that does not take its
// notifications (256 queued) is disconnected rather than stalling the
// node. An eth_getLogs answer spanning several blocks is capped at MaxLogs
// (-32005, which chain/ingest's backfill halves its range on); one
// block's answer is never refused. Only the newHeads subscription is
// served: eth_subscribe("logs") is refused, and eth_newFilter and the
// other filter methods go to the inner node (real logs only).
//
// Start opens the listeners (a taken port is an error naming the field),
// Stop closes them and every WebSocket connection and is idempotent; the
// inner node is the caller's. `steward devnet --synthetic` serves the
// embedded devnet this way.
package synthetic
