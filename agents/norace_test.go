//go:build !race

package agents_test

// raceSlow is 1 without the race detector (see race_test.go).
const raceSlow = 1
