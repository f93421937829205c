package contracts

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// TestAaveArtifactsUnchanged checks that aave/ holds the npm package's
// artifacts and licence byte for byte; each artifact names its own source
// path inside the package.
func TestAaveArtifactsUnchanged(t *testing.T) {
	pkg := filepath.Join("node_modules", "@aave", "core-v3")
	if _, err := os.Stat(filepath.Join(pkg, "package.json")); err != nil {
		t.Skip("chain/contracts/node_modules/@aave/core-v3 is not installed: run `npm ci` in chain/contracts")
	}
	entries, err := os.ReadDir("aave")
	if err != nil {
		t.Fatal(err)
	}
	compare := func(committed, original string) {
		t.Helper()
		want, err := os.ReadFile(original)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(committed)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s: run chain/contracts/gen.sh", committed, original)
		}
	}
	n := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		raw, err := os.ReadFile(filepath.Join("aave", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var a struct{ ContractName, SourceName string }
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatalf("aave/%s: %v", e.Name(), err)
		}
		if a.ContractName+".json" != e.Name() || !strings.HasPrefix(a.SourceName, "contracts/") {
			t.Errorf("aave/%s holds %s from %q", e.Name(), a.ContractName, a.SourceName)
			continue
		}
		compare(filepath.Join("aave", e.Name()), filepath.Join(pkg, "artifacts", a.SourceName, e.Name()))
		n++
	}
	compare(filepath.Join("aave", "LICENSE"), filepath.Join(pkg, "LICENSE.md"))
	if n != 18 {
		t.Errorf("aave/ holds %d artifacts, want the 18 gen.sh copies", n)
	}
}

// TestAaveRevertCodes: Aave's numeric require reasons decode to the names
// of its Errors.sol; other reasons stay plain Error(string).
func TestAaveRevertCodes(t *testing.T) {
	reason := func(s string) []byte {
		str, _ := abi.NewType("string", "", nil)
		packed, err := abi.Arguments{{Type: str}}.Pack(s)
		if err != nil {
			t.Fatal(err)
		}
		return append(bytes.Clone(errorSelector), packed...)
	}
	tests := []struct {
		name, reason, want string
	}{
		{"invalid reserve params", "20", `Aave.INVALID_RESERVE_PARAMS(code="20")`},
		{"not a risk admin", "4", `Aave.CALLER_NOT_RISK_OR_POOL_ADMIN(code="4")`},
		{"health factor not below 1", "45", `Aave.HEALTH_FACTOR_NOT_BELOW_THRESHOLD(code="45")`},
		{"last code", "91", `Aave.FLASHLOAN_DISABLED(code="91")`},
		{"code 48 is unused upstream", "48", `Error(reason="48")`},
		{"beyond the table", "92", `Error(reason="92")`},
		{"not canonical", "020", `Error(reason="020")`},
		{"zero", "0", `Error(reason="0")`},
		{"a word", "TLU", `Error(reason="TLU")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var re *RevertError
			if err := DecodeRevert(reason(tt.reason)); !errors.As(err, &re) || re.Error() != tt.want {
				t.Fatalf("DecodeRevert(Error(%q)) = %v, want %s", tt.reason, err, tt.want)
			}
		})
	}
}

// TestAaveReserveConfiguration decodes the configuration word Aave keeps
// for Ethereum's WETH reserve (the shared parameter snapshot's row:
// 8050/8300/10500, reserve factor 1500, caps 3,000,000 and 2,700,000).
func TestAaveReserveConfiguration(t *testing.T) {
	word := new(big.Int)
	set := func(v uint64, shift uint) { word.Or(word, new(big.Int).Lsh(new(big.Int).SetUint64(v), shift)) }
	set(8050, 0)
	set(8300, 16)
	set(10500, 32)
	set(18, 48)
	set(1, 56) // active
	set(1, 58) // borrowing
	set(1, 63) // flash loans
	set(1500, 64)
	set(2_700_000, 80)
	set(3_000_000, 116)
	set(1000, 152)
	got := DecodeReserveConfiguration(word)
	want := ReserveConfiguration{LTV: 8050, LiquidationThreshold: 8300, LiquidationBonus: 10500, Decimals: 18,
		Active: true, BorrowingEnabled: true, FlashLoans: true, ReserveFactor: 1500,
		BorrowCap: 2_700_000, SupplyCap: 3_000_000, LiquidationProtocolFee: 1000}
	if got != want {
		t.Fatalf("DecodeReserveConfiguration:\n got %+v\nwant %+v", got, want)
	}
	for field, v := range map[string]int64{AaveLTV: 8050, AaveLiquidationThreshold: 8300, AaveLiquidationBonus: 10500,
		AaveSupplyCap: 3_000_000, AaveBorrowCap: 2_700_000} {
		if got, err := got.Field(field); err != nil || got != v {
			t.Errorf("Field(%s) = %d, %v; want %d", field, got, err, v)
		}
	}
	if _, err := got.Field("reserveFactor"); err == nil {
		t.Error("Field(reserveFactor) is not a steward field, want an error")
	}
	// The longest name the steward builds for an 11-letter symbol fits a bytes32.
	if name := AaveParam("ABCDEFGHIJK", AaveLiquidationThreshold); len(name) != 32 {
		t.Errorf("%s is %d bytes", name, len(name))
	}
}
