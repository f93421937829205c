// Package proposal reads what a DAO proposal executes, and the address
// book that names the DAO's contracts: the static input of governance
// scoring (issue 12). It does no I/O; callers hand it bytes.
//
// # Proposal files
//
// Parse reads one JSON object and tells its form by its top-level keys,
// in this order:
//
//	key present          form            calls from
//	───────────────────  ──────────────  ─────────────────────────────────────────
//	"creation_params"    FormAaveReport  creation_params.{targets, values,
//	                                     signatures, calldatas, withDelegatecalls}
//	"files"              FormBlockful    files["proposalCalldata.json"]
//	                                     (else files["draftCalldata.json"])
//	                                     .executableCalls
//	"executableCalls"    FormCalls       executableCalls[{target, calldata, value}]
//	(none of these)      FormGovernor    targets, values, calldatas, signatures
//
// FormGovernor is what a Governor's propose takes:
//
//	{
//	  "targets":     ["0xA0b8…eB48"],              20-byte addresses
//	  "values":      ["0"],                        wei: decimal strings, or JSON
//	                                               numbers with a whole value
//	  "calldatas":   ["0xa9059cbb…"],              0x hex
//	  "signatures":  [""],                         optional, Governor Bravo
//	  "description": "# Pay the auditors …",
//	  "proposer":    "0x…",                        optional
//	  "chainId":     1                             optional: number, decimal or
//	                                               0x hex string
//	}
//
// It is strict: a key outside these is an error (`"tragets": unknown field
// (did you mean "targets"?)`), so a typo cannot turn into a proposal that
// does nothing. A non-empty signature means the calldata lacks its
// selector; Calls puts keccak256(signature)[:4] in front, as a Bravo
// timelock does.
//
// FormAaveReport is a record of the Aave governance reports dataset
// (shared/data/aave-governance-proposals): the description is "# title"
// and the context, the proposer is creation_params.creator, the chain is
// Ethereum. The dataset split each signature at its commas
// ("execute(address", "uint256)"); Parse joins the pieces back while their
// parentheses are open. withDelegatecalls ("true"/"false") becomes
// Delegatecalls: the Aave v2 executor runs those payloads by delegatecall.
// A v3 record has no calls here: its calldata lives in payload contracts
// the record only names.
//
// FormBlockful is a record of blockful's dao-proposals dataset
// (shared/data/dao-proposals-calldata): calls from the calldata file, the
// description from files["proposalDescription.md"]. A record without a
// calldata file (a review of a proposal never encoded) has no calls.
// FormCalls is such a calldata file on its own, optionally with a
// "description"; it takes blockful's bookkeeping keys (proposalId,
// blockNumber, votingStart, votingEnd, createdAt) and refuses others.
//
// # Failure handling
//
// Every problem with the input wraps ErrInvalid, so a command exits 2 on
// it; nearly all are a *FieldError whose Field is the path of the field at
// fault and whose message says what is wrong with it:
//
//	values: has 2 entries, targets has 3
//	calldatas[1]: "0xzz" is not hex: 'z' at offset 2
//	targets[0]: "0x12" is not a 20-byte address
//	values[2]: "1e18" is not a decimal integer
//	values[0]: "-5" is negative
//	files["proposalCalldata.json"].executableCalls[3].target: … fails its EIP-55 checksum (a typo?)
//
// A key repeated in one object is an error too (JSON decoders disagree on
// which copy wins). Input over MaxInputSize (4 MiB; a 1 MiB description
// parses) and proposals over MaxCalls calls wrap ErrTooLarge. A value
// must fit a uint256; an exponent in a JSON number is bounded before it is
// expanded, so "1e999999999" costs nothing.
//
// # Invariants of a parsed Proposal
//
// Targets, Values and Calldatas have one entry per call; Signatures and
// Delegatecalls are nil or have one too. Values are non-negative and fit a
// uint256. Signatures are printable ASCII ending in ")", or empty. The
// Description is kept as written: it is data to check against the calls,
// never instructions to follow.
//
// # Address books
//
// ParseBook reads {"name": "0x…"} or [{address, name, role}] into a Book:
// Name(addr) gives an address's name and Role, Role(role) the addresses
// with a role. An address may appear once; names must not be empty; roles
// are treasury, timelock, governor, token, multisig or known.
package proposal
