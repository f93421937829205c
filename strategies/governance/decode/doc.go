// Package decode turns each call of a proposal into a tree: the method,
// its named arguments, and the calls nested in them, decoded in turn. It
// is static analysis, pure and without I/O; simulation is another step.
//
// # Identifying a method
//
// For a call's selector, in order:
//
//  1. a known interface (abis.go): ERC-20/721/1155, Ownable,
//     AccessControl, TimelockController, Governor settings, UUPS and
//     Transparent proxies and ProxyAdmin, Safe, MultiSend, Multicall and
//     Multicall3, Aave v3 PoolConfigurator and ACLManager, the Aave v2
//     payload execute() and cross-chain executor, Uniswap v3 factory and
//     pool owner functions, Compound Governor Bravo, Comptroller, CToken
//     and Timelock admin functions. Match is MatchABI.
//  2. the embedded 4-byte table (fourbyte.txt): selectors no interface has,
//     collected from every call of the two shared proposal datasets and
//     named from their reports. Match is MatchFourByte.
//  3. the proposal's own Governor Bravo signature, which the selector was
//     hashed from: it gives the argument types even for a function
//     nothing else knows. Match is MatchSignature. A signature whose
//     canonical form matches a known method takes that method (and its
//     argument names); one that is not canonical ("transfer(address,
//     uint256)") is decoded, and Err notes that its selector is not the
//     function's.
//
// Otherwise Method is "unknown 0x12345678". A call without data is a plain
// value transfer: Method is empty.
//
// Arguments are decoded by this package's own ABI decoder (abidecode.go),
// as strictly as Solidity's ABI coder v2: an address with high bits set, a
// uint8 over 255 or a bool other than 0 and 1 is an error, not a value.
// The tests check it against go-ethereum's encoder for every known method.
//
// # Nesting
//
// A method that carries calls gets them as Children, decoded recursively:
//
//	Safe execTransaction / execTransactionFromModule   one call; operation 1 is a delegatecall
//	MultiSend multiSend(bytes)                         the packed entries, each
//	                                                   operation(1) ‖ to(20) ‖ value(32) ‖ len(32) ‖ data
//	multicall(bytes[]), multicall(deadline, bytes[])   calls to the same contract
//	Multicall3 aggregate, tryAggregate, aggregate3,    the (target, [value,] callData) list
//	  aggregate3Value, (try)blockAndAggregate
//	TimelockController schedule, execute               one call; the batch forms, one per entry
//	  scheduleBatch, executeBatch
//	Governor relay                                     one call
//	upgradeToAndCall, ProxyAdmin upgradeAndCall        the initialisation data, a delegatecall
//	                                                   to the new implementation
//	Compound Timelock queue/execute/cancelTransaction  one Bravo-style call (signature + data)
//	Aave executor queue(…, withDelegatecalls)          Bravo-style calls with their own flags
//
// A Path names each node: "3" is the proposal's call 3, "3.0.2" the third
// call in the first call nested in it. An Aave v2 call with its
// withDelegatecalls flag set is a KindDelegatecall root.
//
// # Limits and failure
//
// Calldata is input, and hostile calldata must not blow up the scorer. A
// Decoder's Config bounds one decoding (Decode: a call; DecodeProposal: a
// whole proposal, under one shared budget):
//
//	MaxDepth    8        levels of nesting below a proposal's call
//	MaxCalls    4096     nodes
//	MaxValues   262144   ABI values (array slots, tuple fields)
//	MaxBytes    32 MiB   bytes and strings produced, nested data read
//
// Costs are charged per read, so an array of offsets that all point at one
// large element pays for the element each time; an encoded length or
// offset is checked against the data before anything is allocated. When a
// limit is reached the node's Err says which, and what was decoded before
// stays. Nothing panics: a decoding failure is Err on the node, and a
// panic (a bug) is recovered into Err as well. FuzzDecode checks both.
//
// # Output
//
// TotalValue sums the wei every call of a tree sends. WriteText renders
// trees for a person (the Markdown and HTML reports build on it), naming
// addresses from an address book and escaping text from the proposal;
// json.Marshal of a Node is stable: checksummed addresses, integers as
// decimal strings, bytes as 0x hex.
package decode
