// Package verify checks, independently of the agent that acted, that an
// on-chain bundle is backed by the inferences it claims.
//
// For a transaction it:
//
//  1. fetches the transaction and its receipt (it must have succeeded);
//  2. decodes the ParameterGuard calldata into the root and the actions;
//  3. checks the root is committed in the InferenceRegistry by the sender;
//  4. for every action: recomputes the record hash, checks its Merkle proof
//     against the root, loads the record's inputs and outputs from the store,
//     recomputes the input digest, re-runs the model (found by the record's
//     model digest) on the recorded inputs, recomputes the output digest, and
//     checks the guard applied exactly the action's values (ParameterApplied
//     events in the receipt).
//
// Every failed check is reported with its cause; a verdict is OK only when
// every check of every action passed.
package verify
