//go:build race

package agents_test

// raceSlow stretches the HA tests' lease under the race detector, which
// slows every goroutine several times over: a 500 ms lease renewed on time
// in a plain build can run out between two renewals there, handing the
// agent over when nobody died.
const raceSlow = 3
