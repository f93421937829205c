package storetest

import (
	"encoding/binary"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

// BenchInsertRecords measures InsertRecords in batches of 10, 100 and 1000
// new records (8 inputs, 2 outputs each) and reports records/s. open must
// return a fresh store; the benchmark closes it.
func BenchInsertRecords(b *testing.B, open func(b *testing.B) store.Store) {
	for _, batch := range []int{10, 100, 1000} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			s := open(b)
			defer s.Close()
			recs := make([]store.InferenceRecord, batch)
			created := time.Now()
			n := 0
			for b.Loop() {
				for i := range recs {
					n++
					var h common.Hash
					binary.BigEndian.PutUint64(h[24:], uint64(n))
					recs[i] = store.InferenceRecord{
						RecordHash: h, Agent: "bench", ModelDigest: h, InputScale: 1e6, OutputScale: 1e6,
						Inputs: []int64{1, 2, 3, 4, 5, 6, 7, 8}, Outputs: []int64{9, 10}, BlockNumber: uint64(n),
						Nonce: uint64(n), CreatedAt: created,
					}
				}
				if err := s.InsertRecords(b.Context(), recs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
