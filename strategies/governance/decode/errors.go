package decode

import "errors"

// Sentinel errors. Decoding reports its failures as text in Node.Err (a
// tree is data for a report, and one bad call must not hide the others);
// these are what that text wraps, and what the package's own functions
// return.
var (
	// errBudget is wrapped when a decoding's budget (Config) runs out.
	errBudget = errors.New("decode budget exhausted")
	// errShort is wrapped when calldata ends before its encoding does, or
	// an offset or length points past its end.
	errShort = errors.New("data too short")
	// errSignature is wrapped when a signature does not parse.
	errSignature = errors.New("not a function signature")
	// errRegistry is wrapped when an embedded table (abis.go,
	// fourbyte.txt) is wrong: a bug the package's tests catch.
	errRegistry = errors.New("decode: bad embedded table")
)
