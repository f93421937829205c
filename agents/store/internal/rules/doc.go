// Package rules holds what the store's backends must agree on, so that SQLite
// and PostgreSQL accept the same values, allow the same transitions and fail
// with the same errors: row validation (ErrInvalid), the transition table
// (which states each Mark* starts from), the wrong-state and not-found
// errors, and the encodings shared by both schemas (proofs as concatenated
// 32-byte hashes, verdicts as a JSON array, times at microsecond precision).
//
// The authoritative description of the state machines is agents/store/doc.go;
// the CHECK constraints in migrations/ mirror the state lists.
package rules
