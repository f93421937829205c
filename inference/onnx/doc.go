// Package onnx runs ONNX models on ONNX Runtime. It is the only package of
// Steward that imports github.com/yalue/onnxruntime_go; every error from it is
// translated into this package's errors (errors.go) before it leaves.
//
// # Runtime
//
// ONNX Runtime is a shared library loaded once per process: onnxruntime_go
// keeps its environment in package-level variables, so one process can hold
// only one environment, from one library file. NewRuntime initialises it on
// the first call and hands out a *Runtime on every later call for the same
// library; asking for a different library file once one is loaded fails with
// ErrRuntimeConflict. The mutex and the loaded path that enforce this are the
// only package-level mutable state here, and they exist only because
// onnxruntime_go's environment is process-wide. The environment lives until
// the process exits.
//
// The library comes from the npm package onnxruntime-node, installed by
// fetch-runtime.sh into <repo>/.cache/onnxruntime/. LibraryPath finds the
// library for a binary run from any directory: the file named by
// STEWARD_ONNXRUNTIME_LIB, else libonnxruntime.so next to the binary, else
// the repository's .cache (found above the working directory or above the
// binary), else LD_LIBRARY_PATH and the system library directories; its
// error lists where it looked and names the variable.
//
// # Sessions
//
// A Session is one loaded model with one float32 input and one float32 output
// of fixed shapes (batch included). Load checks the graph's declared names,
// element types and shapes against the caller's Specs and refuses a mismatch
// with a *SpecError. Input and output tensors are allocated once; Run copies
// the inputs in, runs, and copies the outputs out under a mutex, so a Session
// is safe for concurrent use and allocates only the returned slice.
//
// Outputs that are NaN or ±Inf are refused (ErrNonFiniteOutput) rather than
// returned. ctx is checked before a run starts; a run itself (microseconds
// for the models Steward ships) is not interrupted.
//
// # Batching
//
// The models Steward ships declare a fixed batch dimension of 1, and their
// bytes are their identity (the digest every inference commits to), so
// they are never changed on disk. LoadBatch loads the same bytes with the
// first dimension of the input and the output rewritten, in memory, to a
// symbolic one (batchgraph.go, with protowire): one run then computes k
// rows. It rewrites only graphs it can show compute each row on its own —
// MatMul of data by a constant matrix, Add/Sub/Mul/Div whose constants
// cannot broadcast over the batch, Relu, Sigmoid, Tanh, no attributes, no
// other domain, no other graph fields — and refuses anything else with
// ErrNotBatchable.
//
// Rows apart is not yet bits equal: a kernel may pick another summation
// order by the number of rows (as MatMul does for one row without
// prepacking, see Reproducibility). So equality is measured, not assumed:
// TestBatchedRunsAreBitIdentical (inference/model) runs every shipped
// model in batches of 1, 2, 7, 50 and 200 rows on real and seeded inputs
// against single runs, and LoadBatcher checks again on the machine it runs
// on: it runs seeded probe rows alone and in batches of 2, 7 and 64, and
// turns batching on only if every output has the same bits.
//
// A Batcher coalesces the calls of its participants into rounds:
//
//	           first call                     every participant has called,
//	(no round) ──────────▶ round open ───────▶ or MaxRows calls, or leave(),
//	    ▲                  (timer: Window)     or the Window ends
//	    │                                            │
//	    └──────── one run answers every call ◀───────┘
//
// In detail:
//
//   - Join registers a participant (an agent, which calls about once per
//     tick) and returns leave. With one participant or none, or with
//     batching off, Run runs at once on the single-row Session: a lone
//     caller never waits.
//   - Otherwise the first call opens a round and starts its timer; the
//     call that completes the round (one per participant, or MaxRows)
//     runs it on its own goroutine, or the timer does when Window ends
//     first (a participant that skips a tick costs the others at most
//     Window). Calls made while a round runs open the next round.
//   - A round drops the calls whose context has ended: a caller whose
//     context ends returns its error at once, and the others do not
//     notice. A round left with one call runs it on the Session.
//   - A failed run fails every call of its round with its error; a NaN or
//     ±Inf output fails only the call whose row it is. Close fails the
//     calls of the open round with ErrClosed.
//
// Rounds buy one run per tick with a wait, and a busy machine stretches
// the wait: on 2 cores shared by 50 agents and a node, the timer and the
// hand-offs it takes made the infer stage's p99 10-20 ms against 1-5 ms
// alone (BENCHMARKS.md). BatcherConfig.Eager is the other way, the one the
// runtime's shared models use (agents.Parts.CardModel): no call waits for
// others; a call runs at once unless a run is under way, and the calls
// that arrive meanwhile run together as soon as it ends (a group commit),
// on the goroutine of the caller that found no run under way. Batches
// then form exactly when calls meet — under load, or with a model slow
// enough for them to — and never cost a lone call anything.
//
// Every row of a batched run is the row its caller would have had alone,
// so batching changes no record, no digest and no verification: a
// verifier re-running one inference at a time gets the same bits.
//
// # Reproducibility
//
// The commitments in inference/commit hash quantised model outputs, and
// anyone re-running a recorded inference must get the same digests. Every
// session is therefore created with the ONNX Runtime settings below pinned
// (settings.go; PinnedSettings lists them), including those whose value is
// the library's default, so that neither a new default nor another caller
// can move them:
//
//   - intra_op_num_threads = 1. An operator split over threads adds partial
//     sums in an order that depends on the split, and the default (0) means
//     one thread per core, which differs between machines. With one thread
//     no pool exists: every kernel runs on the calling thread, in one order.
//   - inter_op_num_threads = 1 and execution_mode = ORT_SEQUENTIAL. Nodes
//     run one after another in the graph's order, never as a parallel
//     executor happens to schedule them.
//   - graph_optimization_level = ORT_DISABLE_ALL. ONNX Runtime runs the
//     graph as written: the nodes that run are the ones in the bytes whose
//     keccak256 is the model digest. At the default (ORT_ENABLE_ALL)
//     MatMul+Add become Gemm, and which fusions and CPU-specific layouts
//     apply changes with the library version and the machine. Measured for
//     configs/models/mm-range-v1.onnx: the same output bits as ORT_ENABLE_ALL
//     on 200,000 random inputs, and about 1 µs more per run (3.3 µs, not 2.2).
//   - session.disable_prepacking = "0" (the default). MatMul packs constant
//     weights at load and runs the packed GEMM kernel; without prepacking a
//     batch-1 MatMul runs another kernel with another summation order, which
//     changed the last bit of about half of mm-range-v1's float32 outputs on
//     random inputs, and the quantised output of 2 of its 50 golden cases.
//     Either is reproducible; the point is never to switch.
//   - session.set_denormal_as_zero = "0" (the default): subnormals are
//     computed as IEEE 754 specifies and as Go computes them. "1" would flush them, and
//     would also set flush-to-zero on the OS thread that creates the
//     process's first session: a Go runtime thread that later runs any
//     goroutine, whose float arithmetic would then silently change.
//   - mlas.enable_gemm_fastmath_arm64_bfloat16 = "0" (the default): on arm64,
//     "1" computes float32 GEMMs in bfloat16.
//
// Left at their defaults on purpose: the CPU memory arena and memory
// patterns decide where intermediate tensors live, not what is computed. No
// execution provider is appended, so only the CPU provider runs (the C API's
// SetDeterministicCompute, which onnxruntime_go does not expose, concerns GPU
// providers). Quantisation settings (QDQ fusion, x64 quantisation precision)
// do not apply to Steward's float32 models.
//
// What no session setting pins: the library version, and the kernels ONNX
// Runtime's math library (MLAS) picks by the CPU's instruction set at run
// time (SSE, AVX2, FMA, AVX-512). fetch-runtime.sh pins the library by
// checksum; kernels of different CPU families may still differ in the last
// float32 bit, which quantisation at a model's outputScale absorbs unless
// the value lies at a rounding boundary. The golden files under
// inference/model/testdata/golden record the expected digests, with one
// combined digest per model, to compare machines.
package onnx
