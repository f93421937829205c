// Package replay re-executes recorded Ethereum mainnet blocks with
// go-ethereum's own state transition and checks the result against the
// block header. It is the sequential baseline that parallel replay is to be
// measured against, so it takes go-ethereum's ordinary import path and
// nothing cheaper.
//
// # Data
//
// A block directory holds three gzip'd JSON files, recorded by RISE's pevm
// benchmark (risechain/pevm at 8969f2f9948b147de71a95fbc2d6fb68e167cddc,
// MIT):
//
//	block.json.gz         eth_getBlockByNumber(n, true): header, full transactions, withdrawals
//	pre_state.json.gz     every account the block touches, as it was before the block
//	block_hashes.json.gz  ancestor hashes for BLOCKHASH (optional)
//
// The full set of 62 blocks (Frontier to Cancun, 15,850 transactions) lives
// in the shared data folder under pevm-mainnet-blocks/blocks, found with
// dataset.FindSharedDir; ten small ones are copied into testdata/blocks so
// the tests check real blocks where that folder is absent.
//
// # Flow
//
//	Load(dir) ──► decode header ─► header hash = recorded "hash"?
//	          ├─► decode txs ────► tx hash = "hash"?, sender = "from"?, tx root = header?
//	          ├─► withdrawals ───► withdrawals root = header?
//	          └─► pre-state ─────► code hash = code_hash? ─► commit to in-memory path-scheme DB
//	Replay(b) ──► fresh StateDB on that root ─► DAO fork, EIP-4788 beacon root,
//	              transactions in order, withdrawals ─► Result
//	Result.Check() ─► gasUsed, then logsBloom, then receiptsRoot against the header
//
// Load refuses a recording whose decoded values do not hash to the recorded
// ones (ErrHashMismatch, inside a *FileError naming file and field), so a
// decoding fault cannot pass for an execution fault. It also recovers every
// sender, which each transaction caches: go-ethereum recovers senders ahead
// of execution too (core.SenderCacher), so Replay times execution alone.
// The pre-state is committed once, under Frontier rules so recorded empty
// accounts survive (they cost gas differently before EIP-158), to an
// in-memory path-scheme database whose flat state layer serves reads as a
// synced node's does. Each Replay opens its own StateDB on it, so a Block
// can be replayed any number of times, and concurrently, with the same
// Result; the Result holds no timings.
//
// Replay mirrors core.StateProcessor.Process of go-ethereum v1.17 up to the
// receipts. It leaves out block and uncle rewards (no receipt depends on
// them, and uncle headers are not recorded) and refuses Prague blocks
// (ErrUnsupportedFork), whose system calls it does not mirror; no recorded
// block is that late. BLOCKHASH is answered from the parent hash and
// block_hashes.json.gz; any other ancestor stops the replay with
// ErrUnknownBlockHash, since a made-up hash would change execution.
//
// # What is checked, and the exception
//
// Every block must reproduce its header's gasUsed and logsBloom. Every
// block from Byzantium (4,370,000) on must also reproduce its receiptsRoot;
// all 48 recorded ones do. Before Byzantium each receipt commits to the
// full state root after its transaction; with only the touched accounts
// recorded those roots cannot be recomputed, so Check reports that
// receiptsRoot with ErrIntermediateStateRoots — only after gasUsed and
// logsBloom have matched. The 14 recorded pre-Byzantium blocks are
// the only exception. Block 2688148 is not one: the three senders its
// manifest calls missing send their first transactions at gas price 0 and
// did not exist before the block, so the pre-state is right to omit them.
// Without mainnet receipts a gasUsed mismatch cannot be pinned to a
// transaction; the *MismatchError names the number of transactions.
//
// # Benchmark
//
//	go test -bench ReplaySequential -run '^$' ./backtest/replay
//
// replays every available block per iteration and reports Mgas/s and txs/s.
// Loading, decoding, sender recovery and seeding happen before the timer,
// as does one warm-up pass that absorbs the KZG trusted-setup
// initialisation (about 2 s, once per process, on the first blob-proof
// precompile call). Opening the StateDB, state reads, pre-Byzantium
// intermediate roots, withdrawals and the receipts root are timed.
package replay
