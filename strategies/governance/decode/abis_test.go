package decode

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestRegistryBuilds(t *testing.T) {
	r, err := buildRegistry()
	if err != nil {
		t.Fatal(err)
	}
	abiCount, tableCount := 0, 0
	for _, m := range r.bySelector {
		if m.match == MatchABI {
			abiCount++
		} else {
			tableCount++
		}
	}
	t.Logf("%d methods from known interfaces, %d from the 4-byte table", abiCount, tableCount)
	if abiCount < 140 || tableCount < 40 {
		t.Fatalf("%d ABI methods, %d table entries: a table was lost", abiCount, tableCount)
	}
}

// TestKnownMethodsRoundTrip packs random arguments for every method the
// decoder knows with go-ethereum's encoder and decodes them back: the
// selector, the method, each argument's type and value must match.
func TestKnownMethodsRoundTrip(t *testing.T) {
	r, err := buildRegistry()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for sel, m := range r.bySelector {
		t.Run(m.iface+"/"+m.canonical, func(t *testing.T) {
			gm := gethMethod(t, m.canonical)
			if !bytes.Equal(gm.ID, sel[:]) {
				t.Fatalf("selector 0x%x, go-ethereum's is 0x%x", sel, gm.ID)
			}
			if gm.Sig != m.canonical {
				t.Fatalf("canonical %s, go-ethereum's %s", m.canonical, gm.Sig)
			}
			for round := 0; round < 3; round++ {
				args := make([]any, len(gm.Inputs))
				want := make([]any, len(gm.Inputs))
				for i, in := range gm.Inputs {
					v := randomValue(in.Type, rng)
					args[i], want[i] = v.Interface(), asDecoded(in.Type, v)
				}
				n := Decode(call(common.Address{1}, pack(t, m.canonical, args...)))
				if n.Method != m.canonical || n.Match != m.match || n.ABIName != m.iface {
					t.Fatalf("decoded as %s [%s, %s]", n.Method, n.ABIName, n.Match)
				}
				if len(n.Args) != len(gm.Inputs) {
					t.Fatalf("%d args decoded, want %d (err %q)", len(n.Args), len(gm.Inputs), n.Err)
				}
				for i, a := range n.Args {
					if a.Type != gm.Inputs[i].Type.String() {
						t.Errorf("arg %d type %s, go-ethereum's %s", i, a.Type, gm.Inputs[i].Type)
					}
					if got, exp := FormatValue(unnamed(a.Value)), FormatValue(want[i]); got != exp {
						t.Errorf("arg %d (%s) = %s, want %s", i, a.Name, got, exp)
					}
				}
				// Random bytes make nonsense nested calls; their failures
				// belong to the children, or to an operation out of range.
				if m.nest == nil && n.Err != "" {
					t.Fatalf("err %q", n.Err)
				}
			}
		})
	}
}

func TestKnownMethodsByInterface(t *testing.T) {
	to := common.HexToAddress("0x690F0581eCecCf8389c223170778cD9D029606F2")
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	role := crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	for _, tc := range []struct {
		name, abiName, method string
		data                  []byte
		args                  string
	}{
		{"ERC-20 transfer", "ERC-20", "transfer(address,uint256)",
			pack(t, "transfer(address,uint256)", to, big.NewInt(1218669760000)), "to: " + to.Hex() + "; amount: 1218669760000"},
		// approve is ERC-20's and ERC-721's: the selector cannot tell them apart.
		{"unlimited approval", "ERC-20/ERC-721", "approve(address,uint256)",
			pack(t, "approve(address,uint256)", to, max), "spender: " + to.Hex() + "; amount: " + max.String()},
		{"ERC-1155 batch transfer", "ERC-1155", "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)",
			pack(t, "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)", to, to, []*big.Int{big.NewInt(1), big.NewInt(2)}, []*big.Int{big.NewInt(10), big.NewInt(20)}, []byte{}),
			"from: " + to.Hex() + "; to: " + to.Hex() + "; ids: [1, 2]; amounts: [10, 20]; data: 0x"},
		{"set approval for all", "ERC-721/ERC-1155", "setApprovalForAll(address,bool)",
			pack(t, "setApprovalForAll(address,bool)", to, true), "operator: " + to.Hex() + "; approved: true"},
		{"Ownable", "Ownable", "transferOwnership(address)",
			pack(t, "transferOwnership(address)", to), "newOwner: " + to.Hex()},
		{"grant role", "AccessControl/Aave v3 ACLManager", "grantRole(bytes32,address)",
			pack(t, "grantRole(bytes32,address)", role, to), "role: " + role.Hex() + "; account: " + to.Hex()},
		{"timelock delay", "TimelockController", "updateDelay(uint256)",
			pack(t, "updateDelay(uint256)", big.NewInt(3600)), "newDelay: 3600"},
		{"OZ 5 voting period", "Governor", "setVotingPeriod(uint32)",
			pack(t, "setVotingPeriod(uint32)", uint32(50400)), "newVotingPeriod: 50400"},
		{"quorum", "Governor", "updateQuorumNumerator(uint256)",
			pack(t, "updateQuorumNumerator(uint256)", big.NewInt(1)), "newQuorumNumerator: 1"},
		{"proxy upgrade", "UUPS proxy/Transparent proxy", "upgradeTo(address)",
			pack(t, "upgradeTo(address)", to), "newImplementation: " + to.Hex()},
		{"ProxyAdmin", "ProxyAdmin", "changeProxyAdmin(address,address)",
			pack(t, "changeProxyAdmin(address,address)", to, to), "proxy: " + to.Hex() + "; newAdmin: " + to.Hex()},
		{"Safe owner", "Safe", "addOwnerWithThreshold(address,uint256)",
			pack(t, "addOwnerWithThreshold(address,uint256)", to, big.NewInt(1)), "owner: " + to.Hex() + "; threshold: 1"},
		{"Aave supply cap", "Aave v3 PoolConfigurator", "setSupplyCap(address,uint256)",
			pack(t, "setSupplyCap(address,uint256)", to, big.NewInt(2_000_000)), "asset: " + to.Hex() + "; newSupplyCap: 2000000"},
		{"Aave v3 and v2 share configureReserveAsCollateral", "Aave v3 PoolConfigurator", "configureReserveAsCollateral(address,uint256,uint256,uint256)",
			pack(t, "configureReserveAsCollateral(address,uint256,uint256,uint256)", to, big.NewInt(8000), big.NewInt(8250), big.NewInt(10500)),
			"asset: " + to.Hex() + "; ltv: 8000; liquidationThreshold: 8250; liquidationBonus: 10500"},
		{"ACL risk admin", "Aave v3 ACLManager", "addRiskAdmin(address)",
			pack(t, "addRiskAdmin(address)", to), "admin: " + to.Hex()},
		{"Uniswap fee tier", "Uniswap v3 factory", "enableFeeAmount(uint24,int24)",
			pack(t, "enableFeeAmount(uint24,int24)", big.NewInt(100), big.NewInt(-1)), "fee: 100; tickSpacing: -1"},
		{"Uniswap protocol fee", "Uniswap v3 pool", "setFeeProtocol(uint8,uint8)",
			pack(t, "setFeeProtocol(uint8,uint8)", uint8(4), uint8(10)), "feeProtocol0: 4; feeProtocol1: 10"},
		{"Compound admin", "Compound Governor Bravo/Compound Comptroller/Compound CToken", "_setPendingAdmin(address)",
			pack(t, "_setPendingAdmin(address)", to), "newPendingAdmin: " + to.Hex()},
		{"Aave v2 payload", "Aave governance v2 payload", "execute()", pack(t, "execute()"), ""},
		{"4-byte table", "ENS registry", "setResolver(bytes32,address)",
			pack(t, "setResolver(bytes32,address)", role, to), "node: " + role.Hex() + "; resolver: " + to.Hex()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := Decode(call(common.Address{1}, tc.data))
			if n.Err != "" || n.Method != tc.method || n.ABIName != tc.abiName {
				t.Fatalf("decoded %s [%s], err %q; want %s [%s]", n.Method, n.ABIName, n.Err, tc.method, tc.abiName)
			}
			if got := argsText(n.Args); got != tc.args {
				t.Fatalf("args %s\nwant %s", got, tc.args)
			}
		})
	}
}

func argsText(args []Arg) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = a.String()
	}
	return strings.Join(parts, "; ")
}

func TestUnidentifiedCalls(t *testing.T) {
	for _, tc := range []struct {
		name, method, err string
		match             Match
		data              []byte
	}{
		{"unknown selector", "unknown 0xdeadbeef", "", MatchNone, common.FromHex("0xdeadbeef0000")},
		{"no data", "", "", MatchNone, nil},
		{"short data", "", "calldata of 3 bytes is shorter than a selector", MatchNone, []byte{1, 2, 3}},
		{"truncated arguments", "transfer(address,uint256)", "decode transfer(address,uint256): amount: data too short", MatchABI,
			pack(t, "transfer(address,uint256)", common.Address{2}, big.NewInt(1))[:40]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := Decode(call(common.Address{1}, tc.data))
			if n.Method != tc.method || n.Match != tc.match || !strings.HasPrefix(n.Err, tc.err) || (tc.err == "") != (n.Err == "") {
				t.Fatalf("method %q match %q err %q; want %q %q %q", n.Method, n.Match, n.Err, tc.method, tc.match, tc.err)
			}
		})
	}
}

// TestStrictDecoding: values Solidity's ABI coder v2 refuses are errors,
// not numbers (a dirty address could otherwise be shown as a clean one).
func TestStrictDecoding(t *testing.T) {
	word := func(hex string) []byte { return common.LeftPadBytes(common.FromHex(hex), 32) }
	transfer := crypto.Keccak256([]byte("transfer(address,uint256)"))[:4]
	setFee := crypto.Keccak256([]byte("setFeeProtocol(uint8,uint8)"))[:4]
	setPause := crypto.Keccak256([]byte("setPoolPause(bool)"))[:4]
	for _, tc := range []struct {
		name string
		data []byte
		err  string
	}{
		{"address high bits", concat(transfer, word("0x01000000000000000000000000000000000000000000000002"), word("0x01")), "high bits set"},
		{"uint8 over 255", concat(setFee, word("0x0100"), word("0x01")), "does not fit uint8"},
		{"bool 2", concat(setPause, word("0x02")), "neither 0 nor 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := Decode(call(common.Address{1}, tc.data))
			if !strings.Contains(n.Err, tc.err) || n.Args != nil {
				t.Fatalf("err %q, args %v; want %q", n.Err, n.Args, tc.err)
			}
		})
	}
}

func concat(parts ...[]byte) []byte {
	return bytes.Join(parts, nil)
}

func TestFourByteTableLines(t *testing.T) {
	for _, tc := range []struct{ name, text, err string }{
		{"good", "0xa9059cbb Token: transfer(address to, uint256 amount)\n", ""},
		{"wrong selector", "0xa9059cbc Token: transfer(address to, uint256 amount)\n", "has selector 0xa9059cbb"},
		{"duplicate", "0xa9059cbb A: transfer(address,uint256)\n0xa9059cbb B: transfer(address,uint256)\n", "already on line 1"},
		{"no label", "0xa9059cbb transfer(address,uint256)\n", "want"},
		{"bad signature", "0xa9059cbb Token: transfer(address to,\n", "not a function signature"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseFourByte(tc.text)
			if (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err = %v, want %q", err, tc.err)
			}
		})
	}
}

// ExampleFormatValue shows how argument values read.
func ExampleFormatValue() {
	fmt.Println(FormatValue([]any{common.HexToAddress("0xfe89cc7abb2c4183683ab71653c4cdc9b02d44b7"), big.NewInt(-5), []byte{0xab}, "a\u202eb"}))
	// Output:
	// [0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7, -5, 0xab, "a\u202eb"]
}
