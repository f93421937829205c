// Package program is the seam between Steward's runtime and the strategy
// programs it runs: the small set of value types and interfaces that the
// runtime (agents), every strategy kind (strategies/<kind>) and the
// backtester share. It depends on nothing of Steward's but
// inference/commit's value types, so a strategy implements it without
// importing the runtime, and the runtime runs a strategy without knowing
// its kind (river's rivertype plays the same part for river's jobs).
//
//	strategies/<kind> ──▶ program ◀── agents (runtime) ◀── cmd/steward (wires the kinds)
//
// What crosses the seam, in the order of a tick:
//
//   - Program: Observe reads the chain at a head (through a ChainReader),
//     given the block's logs that match the Events it declares, into an
//     Observation; Inputs asks for the tick's inferences, typed for the
//     model (an ONNX model's features, an LLM's prompt fields); Decide
//     turns their Outputs into a Plan of guarded Calls, each naming the
//     inference it carries out, with the Context anyone needs to re-derive
//     them; Declare lists, before the first tick, the state and action keys
//     policies may name, the (target, parameter) pairs the guard must
//     bound, and the Events it reads (an Event marked Trigger makes its
//     block a work item: due for a decision whatever the schedule).
//   - Bundle and Executor: the runtime commits the tick's records and hands
//     the approved calls, each with its record and proof, to an Executor —
//     live (sign and send), dry run (simulate and record) or a backtest's
//     simulated chain — and later Settles its Submission into an Outcome.
//   - Deriver: `steward verify` re-derives the values a kind applied from
//     the committed outputs and the published Context, by the derivation
//     name the kind publishes.
//
// To add a strategy kind, write these four things; the runtime needs no change:
//
//  1. strategies/<kind>: its pure decision logic and its Program (chain
//     reads through a small interface declared there, e.g.
//     ethereum.ContractCaller; the logs it needs as Declaration.Events).
//  2. Its Settings (the config's strategy: section, validated with
//     FieldErrors) and its Kind: name, NewSettings, Build, Models.
//  3. A Deriver for each derivation name it publishes in Plan.Context, so
//     `steward verify` re-derives its applied values.
//  4. One entry in cmd/steward/kinds.go: the Kind, and the commands of its
//     demo/devnet/deploy scenario if it has one.
package program
