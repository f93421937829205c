package onnx

// CloseBatchSession closes the batched session under b, leaving its
// single-row session open, so that tests can make a batched run fail.
func CloseBatchSession(b *Batcher) error { return b.batch.Close() }

// HoldRun makes b act as if an eager run were under way until release is
// called: the calls made meanwhile queue behind it.
func HoldRun(b *Batcher) (release func()) {
	b.mu.Lock()
	b.draining = true
	b.mu.Unlock()
	return func() {
		b.mu.Lock()
		b.draining = false
		b.mu.Unlock()
	}
}
