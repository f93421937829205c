// Package simulate executes a governance proposal on a node's latest state
// as its executor (the timelock) would, without sending anything, and
// records what it did as effects.Effects: the input of the proposal's
// features and score (issue 12, item 3).
//
// Run takes the proposal's calls in order, each from Options.Executor
// with its ETH value and full calldata, each seeing the state the calls
// before it left, and asks the node, all on one block:
//
//	start     one batch: eth_chainId (when the proposal names a chain),
//	          eth_blockNumber (unless Options.Block is set), eth_getCode of
//	          the executor (only when a call is a delegatecall)
//	simulate  eth_simulateV1: one block of the calls (validation off,
//	          traceTransfers on), then one block reading each target's
//	          EIP-1967 implementation slot
//	trace     per call, one batch of two debug_traceCall: callTracer, and
//	          prestateTracer in diffMode, with the state the calls before
//	          it changed carried as state overrides (Options.Trace)
//	read      one batch: eth_getBalance of the executor; balanceOf(executor)
//	          and totalSupply() of every touched token (eth_call); each
//	          target's implementation slot before (eth_getStorageAt)
//
// Where each effect comes from:
//
//	effect                            source                                    embedded chain   anvil
//	Transfers: ERC-20, ERC-721,       logs of eth_simulateV1                    yes              yes
//	  ERC-1155 (Transfer, TransferSingle, TransferBatch)
//	Transfers: ETH, nested too        eth_simulateV1 traceTransfers (logs from  yes              yes; a self-destruct's
//	                                  effects.ETH's address); self-destructs'                    ether from the trace
//	                                  ether also from the trace
//	Approvals, Roles, Owners          logs (Approval, ApprovalForAll,           yes              yes
//	                                  RoleGranted/Revoked, OwnershipTransferred,
//	                                  AdminChanged)
//	Upgrades                          logs (Upgraded, BeaconUpgraded), and the  yes (slot: the   yes (slot: any
//	                                  EIP-1967 implementation slot: before by   targets only)    account, per call)
//	                                  eth_getStorageAt, after by the reader
//	                                  block or the trace's diff
//	DelegateCalls, SelfDestructs,     debug_traceCall's callTracer              no: not served   yes
//	  Created (code size = the
//	  creation frame's output)
//	Holdings, Supply                  eth_getBalance, eth_call on the block     yes              yes
//	Reverted, FailedCall, Reason      eth_simulateV1's call status and revert   yes              yes
//	                                  data (chain/contracts.DecodeRevert)
//
// The embedded chain (chain/devchain) serves eth, net and web3 only, in
// process as over HTTP: no debug_traceCall, so with TraceAuto Run logs a
// warning and leaves DelegateCalls, SelfDestructs and Created empty, and
// with TraceRequired it fails with an *UnsupportedError naming
// debug_traceCall. Registering go-ethereum's tracers API
// (eth/tracers.APIs) on its node would light the trace path up unchanged.
// anvil 1.x serves eth_simulateV1 and debug_traceCall with state
// overrides, but no muxTracer (so two traces per call), no
// debug_traceCallMany or trace_callMany, and its simulateV1 logs no ether
// moved by a self-destruct (taken from the trace instead) and puts revert
// data in returnData where go-ethereum puts it in error.data (both read).
//
// Reverts are effects, not errors. The first call whose status is failed
// is FailedCall; Reason is its Error(string) text, "Panic(0x11): …", a
// custom error decoded with its arguments when a contract of
// chain/contracts declares it (OpenZeppelin's ERC20InsufficientBalance
// among them), its selector otherwise, or the node's message (out of gas).
// eth_simulateV1 runs the calls after a failed one too; their effects are
// dropped, as the timelock's transaction would revert there, and the slots
// are read again after the calls before it. A call sending more ETH than
// the executor holds at that point makes go-ethereum and anvil refuse the
// whole request, not fail the call: Run finds that call by bisection over
// prefixes of the proposal (log2 of its calls, requests) and reports it
// as the failed call. Go errors are for what cannot be simulated: an
// invalid proposal, a proposal for another chain, a node that lacks
// eth_simulateV1 (*UnsupportedError), or the node's own failures.
//
// Delegatecalls of an Aave-style executor (proposal.Call.Delegatecall):
// for those calls the executor's code is overridden with a 38-byte
// forwarder that delegatecalls the target with the calldata, so the
// target's code runs in the executor's storage and its logs carry the
// executor's address, as they would; consecutive calls of one kind share
// a simulated block, and the executor's own code is put back for the next
// plain call (at most 256 blocks: ErrTooManyBlocks past that).
//
// How closely this follows the real execution:
//   - Each call is its own transaction from the executor, not one call
//     frame of the timelock's execute: the executor's nonce rises per call
//     (only a contract the executor itself creates would see it), each call
//     may use the rest of the block's gas, and the timelock's own checks
//     (delay, roles, operation state) are not run — the proposal is taken
//     as passed.
//   - eth_simulateV1 runs on the block after Options.Block, 12 s later on
//     go-ethereum; debug_traceCall runs in the block's own context. A
//     trace that fails where the simulation did not (a contract reading
//     the block time) is logged, and its frames are skipped.
//   - Trace state is carried as prestate diffs: every balance, nonce, code
//     and storage slot a call changed, a destroyed account emptied whole.
//
// Conventions of the recorded effects: an ERC-721 Transfer and Approval
// count one token (Amount 1), ERC-1155 transfers keep the amount but not
// the token id, ether sent to oneself is not a transfer, a BeaconUpgraded
// event is an Upgrade whose Implementation is the beacon. An
// implementation slot changed without an Upgraded event is an Upgrade of
// the call that changed it (trace) or, from the reader block, of the last
// call to that target. Holdings and Supply are before the calls, at
// Options.Block; a token that does not answer balanceOf(address) or
// totalSupply() (an ERC-1155) is left out of that map.
//
// Throughput (BenchmarkSimulate, 2 cores): on the embedded chain in
// process about 940 one-call and 640 four-call proposals/s without
// tracing (670 and 480 over HTTP); on anvil over HTTP 1,050 and 700
// without tracing, 600 and 210 traced.
package simulate
