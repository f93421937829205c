// Package blob is a content-addressed blob store over HTTP: the place where
// data too large for calldata (an LLM's rendered prompt, its raw answer, the
// prompt template) is published so that anyone holding a digest can fetch
// the bytes and check them.
//
// A blob's name is keccak256 of its bytes, written as 0x followed by 64
// lower-case hex digits, so the digests committed on chain (see
// inference/commit and inference/llm) are also the blobs' addresses:
//
//	PUT {base}/blobs/0x<keccak256(body)>   store; 201 Created, or 200 OK if already stored
//	GET {base}/blobs/0x<keccak256>         fetch; 404 Not Found if unknown
//
// # Trust
//
// Nobody has to trust the server. Client.Get hashes what it receives and
// refuses bytes that do not hash to the name it asked for
// (ErrDigestMismatch), so a tampering or broken server can make a blob
// unavailable but never substitute it. Handler refuses a PUT whose body does
// not hash to the name in the path (422, which Client.Put reports as
// ErrDigestMismatch), and re-hashes a file before serving it, so a corrupted
// disk shows up as an error rather than as wrong data.
//
// # Storage
//
// Handler keeps one file per blob under its directory, fanned out by the
// first byte of the digest (dir/ab/0xab…). A PUT writes a temporary file in
// the same directory, syncs it and renames it into place, so a reader never
// sees a partial blob and a crash leaves at most a stray temporary file.
// Blobs are immutable: a second PUT of the same bytes is a no-op.
//
// # Limits
//
// Both sides refuse blobs larger than their MaxSize (ErrTooLarge, HTTP 413);
// the client checks Content-Length and reads at most MaxSize+1 bytes, so a
// hostile server cannot make it buffer more than that.
package blob
