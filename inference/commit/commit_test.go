package commit

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestQuantize(t *testing.T) {
	cases := []struct {
		name    string
		x       float64
		scale   int64
		want    int64
		wantErr error
	}{
		{name: "rounds half away from zero", x: 1.2345675, scale: 1_000_000, want: 1234568},
		{name: "negative", x: -0.5, scale: 10, want: -5},
		{name: "NaN refused", x: math.NaN(), scale: 10, wantErr: ErrNotFinite},
		{name: "Inf refused", x: math.Inf(-1), scale: 10, wantErr: ErrNotFinite},
		// 2^63 itself does not fit: float64(MaxInt64) rounds up to it.
		{name: "overflow at the edge", x: math.Ldexp(1, 63), scale: 1, wantErr: ErrOverflow},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Quantize(tc.x, tc.scale)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && got != tc.want {
				t.Fatalf("Quantize(%v) = %d, want %d", tc.x, got, tc.want)
			}
		})
	}
}

func TestQuantizeAllNamesIndex(t *testing.T) {
	_, err := QuantizeAll([]float64{1, 2, math.NaN()}, 100)
	if err == nil || !errors.Is(err, ErrNotFinite) || err.Error()[:7] != "value 2" {
		t.Fatalf("err = %v, want one naming value 2", err)
	}
}

func TestDigestIntsIsABIEncoding(t *testing.T) {
	// abi.encode(int256[]{1,-1}): offset 0x20, length 2, 1, two's complement -1.
	enc := common.FromHex("0x" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"0000000000000000000000000000000000000000000000000000000000000001" +
		"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
	if got, want := DigestInts([]int64{1, -1}), crypto.Keccak256Hash(enc); got != want {
		t.Fatalf("DigestInts = %s, want %s", got, want)
	}
	if DigestInts([]int64{1, 2}) == DigestInts([]int64{2, 1}) {
		t.Fatal("order must change the digest")
	}
}

func TestRecordHashCoversEveryField(t *testing.T) {
	base := Record{Agent: common.HexToAddress("0x01"), ModelDigest: common.HexToHash("0x02"),
		InputDigest: common.HexToHash("0x03"), OutputDigest: common.HexToHash("0x04"),
		BlockNumber: 5, BlockHash: common.HexToHash("0x06"), Nonce: 7}
	mutations := map[string]func(*Record){
		"agent":  func(r *Record) { r.Agent = common.HexToAddress("0x11") },
		"model":  func(r *Record) { r.ModelDigest = common.HexToHash("0x12") },
		"input":  func(r *Record) { r.InputDigest = common.HexToHash("0x13") },
		"output": func(r *Record) { r.OutputDigest = common.HexToHash("0x14") },
		"block":  func(r *Record) { r.BlockNumber = 15 },
		"hash":   func(r *Record) { r.BlockHash = common.HexToHash("0x16") },
		"nonce":  func(r *Record) { r.Nonce = 17 },
	}
	h := base.Hash()
	for name, mutate := range mutations {
		r := base
		mutate(&r)
		if r.Hash() == h {
			t.Errorf("changing %s did not change the record hash", name)
		}
	}
}

func TestMerkleProofsVerifyForEverySize(t *testing.T) {
	for n := 1; n <= 9; n++ {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			leaves := make([]common.Hash, n)
			for i := range leaves {
				leaves[i] = crypto.Keccak256Hash([]byte{byte(i)})
			}
			tree, err := NewTree(leaves)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range leaves {
				proof, err := tree.Proof(l)
				if err != nil {
					t.Fatal(err)
				}
				if !VerifyProof(proof, tree.Root(), l) {
					t.Fatalf("proof for leaf %s does not verify", l)
				}
				if VerifyProof(proof, tree.Root(), crypto.Keccak256Hash(l[:])) {
					t.Fatal("proof verifies a leaf that is not in the tree")
				}
			}
			if n == 1 && tree.Root() != leaves[0] {
				t.Fatal("a one-leaf tree's root must be the leaf")
			}
		})
	}
}

func TestMerkleRefusesBadInput(t *testing.T) {
	if _, err := NewTree(nil); !errors.Is(err, ErrEmptyTree) {
		t.Fatalf("err = %v, want ErrEmptyTree", err)
	}
	l := common.HexToHash("0xaa")
	if _, err := NewTree([]common.Hash{l, l}); err == nil {
		t.Fatal("duplicate leaves accepted")
	}
	tree, _ := NewTree([]common.Hash{l})
	if _, err := tree.Proof(common.HexToHash("0xbb")); !errors.Is(err, ErrLeafIndex) {
		t.Fatalf("err = %v, want ErrLeafIndex", err)
	}
}
