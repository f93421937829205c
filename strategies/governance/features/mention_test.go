package features

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestStatedAmounts(t *testing.T) {
	vocab := map[string]bool{"usdc": true, "ens": true, "aave": true}
	type amt struct {
		mant string
		exp  int
		tag  string
	}
	for _, tc := range []struct {
		text string
		want []amt
	}{
		{"a grant of 50,000 usdc", []amt{{"50000", 0, "usdc"}}},
		{"1,218,669.76 usdc (1218669760000 considering usdc's 6 decimals)", []amt{{"121866976", -2, "usdc"}, {"1218669760000", 0, ""}, {"6", 0, ""}}},
		{"$50k and $ 1.5m", []amt{{"50", 3, "usd"}, {"15", 5, "usd"}}},
		{"2 million ens", []amt{{"2", 6, "ens"}}},
		{"3'000'000 aave", []amt{{"3000000", 0, "aave"}}},
		{"10 eth, 4 ether", []amt{{"10", 0, "eth"}, {"4", 0, "eth"}}},
		{"usdc 250", []amt{{"250", 0, "usdc"}}},
		{"ep 5.16 and v3.1 and 0x690f05 and a1b2", []amt{{"516", -2, ""}}},
		{"1,2,3 and 1,0000", []amt{{"1", 0, ""}, {"2", 0, ""}, {"3", 0, ""}, {"1", 0, ""}, {"0", 0, ""}}},
		{"10eth and 5th", []amt{{"10", 0, "eth"}}},
		{"50 kittens, 7 mins", []amt{{"50", 0, ""}, {"7", 0, ""}}},
		{"99999999999999999999999999999999999999999 usdc", nil}, // too many digits
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []amt
			for _, s := range statedAmounts(tc.text, vocab) {
				got = append(got, amt{s.mant.String(), s.exp, s.tag})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	mk := func(m int64, exp int) stated { return stated{mant: big.NewInt(m), exp: exp} }
	for _, tc := range []struct {
		name     string
		amount   *big.Int
		decimals int
		s        stated
		match    bool
		ratio    int64
	}{
		{"exact", units(50_000, 6), 6, mk(50_000, 0), true, Scale},
		{"100x", units(5_000_000, 6), 6, mk(50_000, 0), false, 100 * Scale},
		{"rounded 1.2M", big.NewInt(1_218_669_760_000), 6, mk(12, 5), true, 10155},
		{"within 1%", units(10_050, 18), 18, mk(10_000, 0), true, 10050},
		{"2% over", units(10_200, 18), 18, mk(10_000, 0), false, 10200},
		{"fraction", big.NewInt(121866976), 2, mk(121866976, -2), true, Scale},
		{"less than stated", units(5, 6), 6, mk(50, 0), false, 1000},
		{"over 1000x clamps", units(1, 30), 0, mk(1, 0), false, 1000 * Scale},
	} {
		t.Run(tc.name, func(t *testing.T) {
			match, r := compare(tc.amount, tc.decimals, tc.s)
			if match != tc.match || r != tc.ratio {
				t.Errorf("match %v ratio %s, want %v %s", match, formatFixed(r), tc.match, formatFixed(tc.ratio))
			}
		})
	}
}

func TestMethodTerms(t *testing.T) {
	for _, tc := range []struct {
		method string
		want   []string
	}{
		{"setVotingPeriod(uint256)", []string{"setvotingperiod", "set voting period", "voting period"}},
		{"transfer(address,uint256)", []string{"transfer"}},
		{"_setPendingAdmin(address)", []string{"setpendingadmin", "set pending admin", "pending admin"}},
		{"execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)", []string{"exectransaction", "exec transaction"}},
		{"unknown 0xdeadbeef", nil},
		{"", nil},
	} {
		if got := methodTerms(tc.method); !slices.Equal(got, tc.want) {
			t.Errorf("methodTerms(%q) = %q, want %q", tc.method, got, tc.want)
		}
	}
}

func TestMentions(t *testing.T) {
	a := common.HexToAddress("0x690F0581eCecCf8389c223170778cD9D029606F2")
	text := normalise("Pay ENS Labs (0x690F…06F2) via the Endowment  Safe; see 0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7.")
	m := newMentions(text, map[string]bool{"ens": true, "labs": true, "endowment": true, "safe": true, "missing": true})
	for _, tc := range []struct {
		term string
		want bool
	}{
		{"ens labs", true}, {"endowment safe", true}, {"labs ens", false}, {"missing", false}, {"pay", false}, // "pay" was not asked for
	} {
		if got := m.term(tc.term); got != tc.want {
			t.Errorf("term(%q) = %v", tc.term, got)
		}
	}
	if !m.address(a) {
		t.Error("shortened address not found")
	}
	if !m.address(common.HexToAddress("0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7")) {
		t.Error("whole address not found")
	}
	if m.address(stranger) {
		t.Error("stranger found")
	}
}
