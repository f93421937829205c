package storetest

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/store"
)

// RunSuite runs the behavioural suite against the backend that open returns.
// open is called once per subtest, possibly from parallel subtests, and must
// return a fresh, empty store; the suite closes it.
func RunSuite(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s store.Store)
	}{
		{"Blocks", testBlocks},
		{"RecordsRoundTrip", testRecordsRoundTrip},
		{"RecordsIdempotentAndAtomic", testRecordsIdempotentAndAtomic},
		{"RecordsInvalid", testRecordsInvalid},
		{"NextRecordNonce", testNextRecordNonce},
		{"DecisionRoundTrip", testDecisionRoundTrip},
		{"DecisionInvalid", testDecisionInvalid},
		{"DecisionLegalTransitions", testDecisionLegalTransitions},
		{"DecisionIllegalTransitions", testDecisionIllegalTransitions},
		{"DecisionTransitionBadInput", testDecisionTransitionBadInput},
		{"DecisionTransitionRace", testDecisionTransitionRace},
		{"TransactionRoundTrip", testTransactionRoundTrip},
		{"TransactionTransitions", testTransactionTransitions},
		{"TransactionIllegalTransitions", testTransactionIllegalTransitions},
		{"OutboxRoundTrip", testOutboxRoundTrip},
		{"CurrentAttempt", testCurrentAttempt},
		{"OpenTransactionsAndNonces", testOpenTransactionsAndNonces},
		{"Checkpoints", testCheckpoints},
		{"BlockHash", testBlockHash},
		{"DecisionsByTx", testDecisionsByTx},
		{"LastDecision", testLastDecision},
		{"Stats", testStats},
		{"Agents", testAgents},
		{"ListDecisions", testListDecisions},
		{"ListTransactions", testListTransactions},
		{"Controls", testControls},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tc.run(t, s)
		})
	}
}

// hashOf derives a distinct, reproducible hash from its arguments.
func hashOf(parts ...any) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprint(parts...)))
}

// addrOf derives a distinct, reproducible address from its arguments.
func addrOf(parts ...any) common.Address {
	return common.BytesToAddress(hashOf(parts...).Bytes())
}

// canonical returns t as the store hands it back: UTC, microsecond precision,
// in one canonical representation so reflect.DeepEqual can compare it.
func canonical(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.UnixMicro(t.UnixMicro()).UTC()
}

// mustEqual fails the test when got and want differ, printing both.
func mustEqual[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got  %+v\n want %+v", what, got, want)
	}
}

// mustBe fails the test unless err wraps target.
func mustBe(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("%s: got error %v, want one wrapping %v", what, err, target)
	}
}

// mustOK fails the test on an error.
func mustOK(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func testBlocks(t *testing.T, s store.Store) {
	ctx := t.Context()
	b := store.Block{Agent: "a", Number: 7, Hash: hashOf("b", 7), ParentHash: hashOf("b", 6), Time: 1_700_000_000}
	mustOK(t, "save", s.SaveBlock(ctx, b))
	mustOK(t, "save again (idempotent)", s.SaveBlock(ctx, b))
	sibling := b
	sibling.Hash = hashOf("reorg", 7)
	mustOK(t, "save a reorged sibling at the same height", s.SaveBlock(ctx, sibling))
	mustOK(t, "save genesis with zero parent", s.SaveBlock(ctx, store.Block{Agent: "a", Hash: hashOf("genesis")}))
	mustOK(t, "save max int64 height", s.SaveBlock(ctx, store.Block{Agent: "a", Number: math.MaxInt64, Hash: hashOf("top"), Time: math.MaxInt64}))

	bad := []struct {
		name string
		b    store.Block
	}{
		{"empty agent", store.Block{Number: 1, Hash: hashOf(1)}},
		{"zero hash", store.Block{Agent: "a", Number: 1}},
		{"number above int64", store.Block{Agent: "a", Number: math.MaxInt64 + 1, Hash: hashOf(2)}},
		{"time above int64", store.Block{Agent: "a", Number: 1, Hash: hashOf(3), Time: math.MaxUint64}},
	}
	for _, tc := range bad {
		mustBe(t, tc.name, s.SaveBlock(ctx, tc.b), store.ErrInvalid)
	}
}

// sampleRecord is a valid record whose fields all derive from i.
func sampleRecord(agent string, i int) store.InferenceRecord {
	return store.InferenceRecord{
		RecordHash:   hashOf("record", agent, i),
		Agent:        agent,
		AgentAddress: addrOf("agent", agent),
		ModelDigest:  hashOf("model", i%3),
		InputScale:   1_000_000,
		OutputScale:  1_000_000_000_000_000_000,
		Inputs:       []int64{int64(i), -int64(i), 42},
		Outputs:      []int64{int64(i) * 1_000_003},
		InputDigest:  hashOf("in", i),
		OutputDigest: hashOf("out", i),
		BlockNumber:  uint64(1000 + i),
		BlockHash:    hashOf("block", 1000+i),
		Nonce:        uint64(i),
		CreatedAt:    time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC).Add(time.Duration(i) * time.Microsecond),
	}
}

// expectRecord is what the store returns for r: times canonical, empty
// vectors nil.
func expectRecord(r store.InferenceRecord) store.InferenceRecord {
	r.CreatedAt = canonical(r.CreatedAt)
	if len(r.Inputs) == 0 {
		r.Inputs = nil
	}
	if len(r.Outputs) == 0 {
		r.Outputs = nil
	}
	return r
}

func readRecord(t *testing.T, s store.Store, h common.Hash) store.InferenceRecord {
	t.Helper()
	r, err := s.Record(t.Context(), h)
	mustOK(t, "record "+h.Hex(), err)
	if loc := r.CreatedAt.Location(); loc != time.UTC {
		t.Fatalf("record %s: CreatedAt in %v, want UTC", h, loc)
	}
	r.CreatedAt = canonical(r.CreatedAt)
	return r
}

func testRecordsRoundTrip(t *testing.T, s store.Store) {
	ctx := t.Context()
	berlin := time.FixedZone("CET", 3600)
	extremes := sampleRecord("a", 1)
	extremes.Inputs = []int64{math.MinInt64, -1, 0, 1, math.MaxInt64}
	extremes.Outputs = []int64{math.MaxInt64, math.MinInt64}
	extremes.InputScale, extremes.OutputScale = math.MaxInt64, math.MinInt64
	extremes.BlockNumber, extremes.Nonce = math.MaxInt64, math.MaxInt64
	// Sub-microsecond part and a non-UTC zone: stored at µs, returned in UTC.
	extremes.CreatedAt = time.Date(2025, 6, 7, 8, 9, 10, 123_456_789, berlin)
	zeros := store.InferenceRecord{RecordHash: hashOf("zeros"), Agent: "a", Inputs: []int64{}, CreatedAt: time.Unix(1, 0)}
	recs := []store.InferenceRecord{extremes, zeros, sampleRecord("a", 2)}
	mustOK(t, "insert", s.InsertRecords(ctx, recs))
	for _, r := range recs {
		mustEqual(t, "record "+r.RecordHash.Hex(), readRecord(t, s, r.RecordHash), expectRecord(r))
	}
	if got := readRecord(t, s, extremes.RecordHash).CreatedAt; got.Nanosecond() != 123_456_000 {
		t.Fatalf("CreatedAt nanoseconds = %d, want 123456000 (truncated to µs)", got.Nanosecond())
	}

	// A zero CreatedAt means "now".
	before := time.Now().Add(-time.Second)
	now := sampleRecord("a", 3)
	now.CreatedAt = time.Time{}
	mustOK(t, "insert without time", s.InsertRecords(ctx, []store.InferenceRecord{now}))
	if got := readRecord(t, s, now.RecordHash).CreatedAt; got.Before(before) || got.After(time.Now().Add(time.Second)) {
		t.Fatalf("CreatedAt of a record stored without one = %v, want about now", got)
	}

	// A batch large enough to take a backend's bulk path.
	var big []store.InferenceRecord
	for i := 100; i < 2100; i++ {
		big = append(big, sampleRecord("bulk", i))
	}
	mustOK(t, "insert 2000", s.InsertRecords(ctx, big))
	for _, r := range big {
		mustEqual(t, "bulk record", readRecord(t, s, r.RecordHash), expectRecord(r))
	}
	mustOK(t, "insert empty batch", s.InsertRecords(ctx, nil))
}

func testRecordsIdempotentAndAtomic(t *testing.T, s store.Store) {
	ctx := t.Context()
	r1, r2 := sampleRecord("a", 1), sampleRecord("a", 2)
	mustOK(t, "insert", s.InsertRecords(ctx, []store.InferenceRecord{r1}))

	// Same hash with other content: the first write wins, the batch still succeeds.
	clash := r1
	clash.Inputs, clash.Agent = []int64{9, 9, 9}, "other"
	mustOK(t, "insert again with a new record", s.InsertRecords(ctx, []store.InferenceRecord{clash, r2, r2}))
	mustEqual(t, "first write kept", readRecord(t, s, r1.RecordHash), expectRecord(r1))
	mustEqual(t, "new record of a partly repeated batch", readRecord(t, s, r2.RecordHash), expectRecord(r2))

	// One bad record refuses the whole batch.
	good, bad := sampleRecord("a", 3), sampleRecord("a", 4)
	bad.Agent = ""
	mustBe(t, "batch with a bad record", s.InsertRecords(ctx, []store.InferenceRecord{good, bad}), store.ErrInvalid)
	_, err := s.Record(ctx, good.RecordHash)
	mustBe(t, "good record of a refused batch", err, store.ErrNotFound)
}

func testRecordsInvalid(t *testing.T, s store.Store) {
	ctx := t.Context()
	cases := []struct {
		name   string
		modify func(r *store.InferenceRecord)
	}{
		{"zero record hash", func(r *store.InferenceRecord) { r.RecordHash = common.Hash{} }},
		{"empty agent", func(r *store.InferenceRecord) { r.Agent = "" }},
		{"nonce above int64", func(r *store.InferenceRecord) { r.Nonce = math.MaxInt64 + 1 }},
		{"block above int64", func(r *store.InferenceRecord) { r.BlockNumber = math.MaxUint64 }},
	}
	for i, tc := range cases {
		r := sampleRecord("a", i)
		tc.modify(&r)
		mustBe(t, tc.name, s.InsertRecords(ctx, []store.InferenceRecord{r}), store.ErrInvalid)
	}
}

func testNextRecordNonce(t *testing.T, s store.Store) {
	ctx := t.Context()
	n, err := s.NextRecordNonce(ctx, "a")
	mustOK(t, "next nonce of an agent without records", err)
	mustEqual(t, "next nonce of an agent without records", n, uint64(0))

	var recs []store.InferenceRecord
	for _, nonce := range []uint64{0, 5, 3} {
		r := sampleRecord("a", int(nonce))
		recs = append(recs, r)
	}
	other := sampleRecord("b", 100)
	recs = append(recs, other)
	mustOK(t, "insert", s.InsertRecords(ctx, recs))
	for agent, want := range map[string]uint64{"a": 6, "b": 101, "c": 0} {
		n, err := s.NextRecordNonce(ctx, agent)
		mustOK(t, "next nonce of "+agent, err)
		mustEqual(t, "next nonce of "+agent, n, want)
	}
	_, err = s.NextRecordNonce(ctx, "")
	mustBe(t, "next nonce of empty agent", err, store.ErrInvalid)
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := t.Context()
	const missing = int64(1) << 40
	_, err := s.Record(ctx, hashOf("missing"))
	mustBe(t, "Record", err, store.ErrNotFound)
	_, err = s.Decision(ctx, missing)
	mustBe(t, "Decision", err, store.ErrNotFound)
	_, err = s.Transaction(ctx, missing)
	mustBe(t, "Transaction", err, store.ErrNotFound)
	_, err = s.TransactionByHash(ctx, hashOf("missing"))
	mustBe(t, "TransactionByHash", err, store.ErrNotFound)
	_, err = s.TransactionByHash(ctx, common.Hash{})
	mustBe(t, "TransactionByHash(zero)", err, store.ErrNotFound)
	_, err = s.LastDecision(ctx, "nobody", store.DecisionProposed)
	mustBe(t, "LastDecision", err, store.ErrNotFound)

	txID := insertTx(t, s, "a", 0)
	marks := map[string]func() error{
		"MarkApproved":    func() error { return s.MarkApproved(ctx, missing, passed) },
		"MarkRejected":    func() error { return s.MarkRejected(ctx, missing, refused, "limit") },
		"MarkRecorded":    func() error { return s.MarkRecorded(ctx, missing, hashOf("root"), nil) },
		"MarkSubmitted":   func() error { return s.MarkSubmitted(ctx, missing, txID, hashOf("root"), nil) },
		"MarkConfirmed":   func() error { return s.MarkConfirmed(ctx, missing) },
		"MarkFailed":      func() error { return s.MarkFailed(ctx, missing, "reverted") },
		"MarkOrphaned":    func() error { return s.MarkOrphaned(ctx, missing, "reorged") },
		"MarkTxSent":      func() error { return s.MarkTxSent(ctx, missing, hashOf("tx")) },
		"MarkTxConfirmed": func() error { return s.MarkTxConfirmed(ctx, missing, 21000, 5) },
		"MarkTxFailed":    func() error { return s.MarkTxFailed(ctx, missing, "dropped") },
		"MarkTxSigned": func() error {
			return s.MarkTxSigned(ctx, missing, store.SignedTx{Hash: hashOf("tx"), Raw: []byte{1},
				GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1)})
		},
		"MarkTxIncluded": func() error {
			return s.MarkTxIncluded(ctx, missing, store.Inclusion{BlockNumber: 1, BlockHash: hashOf("b")})
		},
		"MarkTxReplaced": func() error { return s.MarkTxReplaced(ctx, missing) },
		"MarkTxDropped":  func() error { return s.MarkTxDropped(ctx, missing, "gone") },
		"MarkTxReorged":  func() error { return s.MarkTxReorged(ctx, missing) },
	}
	for name, mark := range marks {
		err := mark()
		mustBe(t, name+" of a missing row", err, store.ErrNotFound)
		if errors.Is(err, store.ErrWrongState) {
			t.Fatalf("%s of a missing row also wraps ErrWrongState: %v", name, err)
		}
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := t.Context()
	const (
		workers = 6
		batches = 8
		perBat  = 40
		own     = 1_000_000 // record numbers above this belong to one worker
	)
	// In step b every worker inserts the same shared records (in its own
	// order: odd workers reversed) plus records of its own, so the same hashes
	// arrive from several goroutines at once: a backend that locks rows in
	// batch order deadlocks here.
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	ids := make(chan int64, workers*batches)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				var recs []store.InferenceRecord
				for i := range perBat {
					recs = append(recs, sampleRecord("c", b*perBat+i), sampleRecord("c", own+(w*batches+b)*perBat+i))
				}
				if w%2 == 1 {
					slices.Reverse(recs)
				}
				if err := s.InsertRecords(ctx, recs); err != nil {
					errs <- fmt.Errorf("worker %d batch %d: %w", w, b, err)
					return
				}
				id, err := s.InsertDecision(ctx, store.Decision{Agent: "c", State: store.DecisionProposed, BlockNumber: uint64(b)})
				if err != nil {
					errs <- fmt.Errorf("worker %d decision %d: %w", w, b, err)
					return
				}
				ids <- id
				if err := s.MarkApproved(ctx, id, passed); err != nil {
					errs <- fmt.Errorf("worker %d approve %d: %w", w, id, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(ids)
	for err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}
	seen := map[int64]bool{}
	for id := range ids {
		if seen[id] {
			t.Fatalf("decision id %d handed out twice", id)
		}
		seen[id] = true
	}
	var want []int
	for i := range batches * perBat {
		want = append(want, i)
	}
	for i := range workers * batches * perBat {
		want = append(want, own+i)
	}
	for _, i := range want {
		r := sampleRecord("c", i)
		mustEqual(t, fmt.Sprintf("record %d", i), readRecord(t, s, r.RecordHash), expectRecord(r))
	}
	next, err := s.NextRecordNonce(ctx, "c")
	mustOK(t, "next nonce", err)
	mustEqual(t, "next nonce", next, uint64(own+workers*batches*perBat))
	st, err := s.Stats(ctx, "c")
	mustOK(t, "stats", err)
	mustEqual(t, "stats", st, store.Stats{store.DecisionApproved: workers * batches})
}
