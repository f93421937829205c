// Package verify checks, independently of the agent that acted, that an
// on-chain bundle is backed by the inferences it claims. It needs only a
// node (calls at the latest block, transactions, receipts, headers, logs)
// and the model files: every record's inputs and outputs travel in the
// transaction's calldata (inference/commit's publication), so the agent's
// store is optional and, when given, only cross-checked.
//
// For a transaction it:
//
//  1. fetches the transaction and its receipt (it must have succeeded and
//     be sent to the guard);
//  2. decodes the ParameterGuard calldata into the root and the actions;
//  3. checks the root is committed in the guard's InferenceRegistry by the
//     sender, no later than the transaction's block;
//  4. for every action: recomputes the record hash and checks its Merkle
//     proof itself (it does not trust the guard's verifier contract), checks
//     the record's block hash is canonical, hashes the published inputs and
//     outputs against the record's digests, re-checks the model found by the
//     record's model digest (an ONNX model re-runs on the published inputs
//     and must give exactly the published outputs), re-derives the applied
//     values from the outputs and the published strategy context (a
//     Deriver per strategy; market-making checks the published pool tick
//     against the pool's Swap events), and checks the guard applied exactly
//     those values (its ParameterApplied events in the receipt).
//
// Root and Range find the transactions to check from the guard's events.
// Every failed check is reported with its cause; a verdict is OK only when
// every check of every action passed. WriteTable prints verdicts for
// people; Verdict marshals to JSON for machines.
package verify
