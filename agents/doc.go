// Package agents is the runtime: it drives one pipeline, the same in live,
// dry-run and backtest modes, for every agent.
//
// A tick (pipeline.go, Agent.Tick) runs once per new head:
//
//	head ─▶ settle ─▶ observe ─▶ inputs ─▶ infer ─▶ decide ─▶ guard ─▶ commit ─▶ act
//	        (prev.    (Program.  (Program.  (model,  (Program. (CEL     (Merkle   (Executor:
//	        receipt)  Observe:   Inputs)    records) Decide)  policies) root+     live/dry-run/
//	                  head+logs)                                       proofs)   backtest)
//
// Every stage writes its row to the store before the next stage runs:
// the block, the inference record (inputs, outputs, digests), the decision
// (proposed → held | rejected | approved → submitted | recorded | failed →
// confirmed | failed), then the transaction. A decision row exists before its
// transaction is sent.
//
// What differs between modes is only the Executor (live signs and sends,
// dry-run simulates and records) and the head source; strategies never know
// which mode they run in. The runtime sees a strategy only through the seam
// in agents/program (Program, Plan, Call, Bundle, Executor, Deriver);
// each kind's program and decision logic live in strategies/<kind>, and
// cmd/steward/kinds.go wires the kinds (Open takes the builder), so this
// package names no pool, vault or reserve.
//
// Start-up (setup.go, preflight.go): Open dials the node, loads the key,
// model and policies and builds the program; Preflight then checks what
// would otherwise refuse every tick — policies naming undeclared fields, an
// agent key or model digest the registry has not authorised, a guard over
// another registry or without bounds for a parameter the program changes —
// and Run returns a Summary of what the run did and left.
//
// Triggers: by default every head runs the decision stages. A block holding
// a log the program declares with Trigger (program.Event) runs them too:
// an event is a work item (a proposal created, a reserve changed). With Config.Schedule
// a robfig/cron schedule, evaluated on block timestamps (the chain's clock,
// so backtests replay it exactly), makes the first head at or after each
// firing run them; observation still follows every head so windows stay
// complete. Block triggers never come from cron (it rounds sub-second
// schedules up to a second).
//
// Operator control (Config.Control, the store's switches that `steward
// serve` sets): read once at the start of every tick, after settling, so a
// switch set by any process takes effect at the agent's next tick. Paused,
// the tick observes the head (windows stay complete) and ends as
// StagePaused; halted — the kill switch — every proposed action is
// rejected with the policy engine's kill-switch verdict, no rule run. A
// failed read fails the tick.
//
// Inferences: Program.Inputs asks for one or more per tick; each makes a
// record, the tick's records are the leaves of one Merkle tree, and each
// call of the plan carries its own record and proof (so one bundle can
// change several targets from several inferences). A Model is an ONNX model
// (CardModel) or an LLM (LLMModel). An Asynchronous model (the LLM, whose
// answer takes seconds) runs off the tick (infer.go): the head that starts
// it records nothing yet, the heads after it are reported waiting and keep
// observing, and the first head after the answer stores the records —
// naming the block the inference was made on — and decides on its own,
// newer observation. A reorg below that block drops the inference.
//
// One submission at a time: while a bundle waits for its receipt, further
// actions are held ("previous bundle pending"), so the guard's step and
// cooldown checks always see the state the agent reasoned about.
//
// Many agents per process (parts.go, RunAll): Parts hold what agents share
// — per chain one head follower fanned out through an ingest.Hub and one
// log stream (ingest.LogStream, one eth_getLogs per block for every agent),
// per signing key one outbox (so agents of one key never race for its
// nonces), per store one connection, and per model digest one ONNX model
// (Parts.CardModel) that batches the inferences its agents make at one
// tick into one session run, with the bits each would have had alone
// (inference/onnx, "Batching"; RunAll joins every agent before the first
// tick; HA agents keep their own models). Run takes them from
// RunParams.Parts; `steward run -c a.yaml -c b.yaml` runs several configs
// this way.
//
// High availability (ha.go, agents/lease): with RunParams.HA (`steward run
// --ha --replica NAME`, PostgreSQL only) two or more replicas run the same
// agents, and each agent runs only on the replica that holds its lease:
// the others stand by, retrying; the owner renews the lease at every head
// and goes back to standby when it loses it; a standby whose owner died
// takes the agent over when the lease expires (a few blocks), starting from
// the store as a restart would. Every send is fenced: the executor claims
// the decision's block and the outbox checks the lease and its token in
// PostgreSQL before each broadcast (agents/lease says exactly what this
// guarantees, and the window left).
//
// To add a strategy kind, write four things, none of them here: its pure
// decision logic and its program.Program in strategies/<kind> (chain reads
// through small interfaces declared there; logs it needs as Declaration
// Events), its settings and program.Kind (config section, model kinds,
// builder), a program.Deriver for the values it publishes, and one entry in
// cmd/steward/kinds.go (with its demo/devnet/deploy scenario, if any). See
// agents/program's documentation.
//
// Failure handling: a tick error is logged with agent, block and decision ids
// and the agent goes on with the next head. A bundle that reverts in
// simulation is never sent; its decision is marked failed with the contract's
// named error. Bundles go through the durable outbox (chain/txmgr.Outbox):
// keyed by their decision, saved signed before broadcast, nonces assigned in
// the store, bumped when stuck, re-broadcast after a reorg. After a crash,
// Agent.Recover (recover.go) reconciles the outbox, resumes the decision in
// flight and abandons any that never reached it, so no decision is lost or
// sent twice (cmd/steward's TestCrashSafety kills the process to prove it).
//
// Reorgs: a decision settles when its bundle is mined. A reorg within the
// outbox's confirmations is the outbox's (it re-broadcasts); one deeper is
// seen by the agent (orphans.go) when the follower reports a reorg, when a
// head is not above the last one ticked, and at start-up: each settled
// decision (confirmed, or failed by a revert) whose bundle's block left
// the chain, or whose bundle the outbox saw mined again with the other
// outcome, becomes orphaned, the outbox sends the bundle again
// (Executor.Recheck), and the agent settles it anew — confirmed, or failed
// when the guard refuses records of an orphaned block. New actions are
// held meanwhile, as for a pending bundle.
//
// Restarts (resume.go): the agent saves a checkpoint (block and hash) at
// every tick. Started again, it reads the logs its program declares of the
// blocks it missed, from the checkpoint to the first live head, through the
// reorg-safe log poller (chain/ingest.LogPoller, which first reports a
// reorg below the checkpoint), and hands them to the program with that
// head's, as it does a dropped stale head's: it acts only on live heads
// and misses no event.
package agents
