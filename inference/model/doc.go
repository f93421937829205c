// Package model is Steward's content-addressed model registry.
//
// A model is an ONNX file plus a card: a JSON file next to it
// (configs/models/<name>-v<version>.card.json) that names the file, its
// keccak256 digest, the input and output tensors, the fixed-point scales and
// the feature names, and how the model was trained and how well it did.
//
// The digest (keccak256 of the .onnx bytes, 0x-hex) is the model's identity
// everywhere: it is the modelDigest of every inference record (see
// inference/commit) and the key the on-chain InferenceRegistry authorises.
// Open therefore refuses a file whose bytes do not hash to the card's digest,
// and a graph whose declared inputs or outputs differ from the card; the
// bytes it hashes are the very bytes it hands to ONNX Runtime.
//
// Infer speaks fixed-point integers on both sides: inputs are dequantised at
// the card's inputScale to float32, the model runs, and outputs are quantised
// at outputScale with commit.Quantize, which refuses NaN, ±Inf and overflow.
// Integer inputs and outputs are what the commitments hash, so any machine
// that re-runs a recorded inference gets the same digests.
//
// OpenBatched opens a model for many callers (the agents of one process
// that share it): its Infer calls go through an onnx.Batcher, which
// coalesces the calls its participants make at one tick into one session
// run when, and only when, batched runs give the bits single runs give
// (inference/onnx, "Batching"). Verification keeps Open's single runs.
// TestBatchedRunsAreBitIdentical checks every shipped model in batches of 1
// to 200 rows.
//
// Golden files pin that promise for every card in configs/models:
// testdata/golden/<card name>/cases.json holds 50 input vectors (real
// market-making features, seeded random vectors and edge cases), their
// quantised outputs, input and output digests, and one combined digest to
// compare machines by. TestGolden regenerates and compares them byte for
// byte (-update rewrites them); TestGoldenAcrossGOMAXPROCS re-runs them in
// fresh processes with GOMAXPROCS=1 and 2. inference/onnx says which ONNX
// Runtime settings are pinned and what they cannot pin.
package model
