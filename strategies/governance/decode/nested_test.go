package decode

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

var (
	treasury  = common.HexToAddress("0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7")
	safeAddr  = common.HexToAddress("0x4F2083f5fBede34C2714aFfb3105539775f7FE64")
	multiAddr = common.HexToAddress("0x40A2aCCbd92BCA938b02010E17A5b8929b49130D")
	usdcAddr  = common.HexToAddress("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
	govAddr   = common.HexToAddress("0x323A76393544d5ecca80cd6ef2A560C6a395b7E3")
	recipient = common.HexToAddress("0x690F0581eCecCf8389c223170778cD9D029606F2")
	oneEther  = big.NewInt(1_000_000_000_000_000_000)
)

const (
	execTx        = "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)"
	scheduleBatch = "scheduleBatch(address[],uint256[],bytes[],bytes32,bytes32,uint256)"
)

func safeExec(t testing.TB, to common.Address, value *big.Int, data []byte, op uint8) []byte {
	return pack(t, execTx, to, value, data, op, new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, []byte{1})
}

// nestedProposal is a timelock batch whose first operation has the
// endowment Safe delegatecall MultiSend, which sends USDC, delegatecalls an
// unknown library and sends 1 ETH; its second lowers the voting period.
func nestedProposal(t testing.TB) []byte {
	transfer := pack(t, "transfer(address,uint256)", recipient, big.NewInt(5_000_000))
	batch := packMultiSend(
		packedEntry{0, usdcAddr, new(big.Int), transfer},
		packedEntry{1, common.Address{0xbe, 0xef}, new(big.Int), common.FromHex("0x12345678aabb")},
		packedEntry{0, recipient, oneEther, nil},
	)
	execData := safeExec(t, multiAddr, new(big.Int), pack(t, "multiSend(bytes)", batch), 1)
	period := pack(t, "setVotingPeriod(uint32)", uint32(1))
	return pack(t, scheduleBatch,
		[]common.Address{safeAddr, govAddr}, []*big.Int{new(big.Int), new(big.Int)}, [][]byte{execData, period},
		[32]byte{}, [32]byte{7}, big.NewInt(172800))
}

func TestNestedMultiSendInSafeInTimelockBatch(t *testing.T) {
	root := Decode(call(treasury, nestedProposal(t)))
	var got []string
	Walk([]*Node{root}, func(n *Node) bool {
		got = append(got, strings.Join([]string{n.Path, string(n.Kind), n.Target.Hex(), n.Value.String(), n.Method, n.ABIName, n.Err}, " | "))
		return true
	})
	want := []string{
		"0 | call | " + treasury.Hex() + " | 0 | " + scheduleBatch + " | TimelockController | ",
		"0.0 | call | " + safeAddr.Hex() + " | 0 | " + execTx + " | Safe | ",
		"0.0.0 | delegatecall | " + multiAddr.Hex() + " | 0 | multiSend(bytes) | MultiSend | ",
		"0.0.0.0 | call | " + usdcAddr.Hex() + " | 0 | transfer(address,uint256) | ERC-20 | ",
		"0.0.0.1 | delegatecall | " + common.Address{0xbe, 0xef}.Hex() + " | 0 | unknown 0x12345678 |  | ",
		"0.0.0.2 | call | " + recipient.Hex() + " | 1000000000000000000 |  |  | ",
		"0.1 | call | " + govAddr.Hex() + " | 0 | setVotingPeriod(uint32) | Governor | ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	transfer := root.Children[0].Children[0].Children[0]
	if argsText(transfer.Args) != "to: "+recipient.Hex()+"; amount: 5000000" {
		t.Errorf("nested transfer args %s", argsText(transfer.Args))
	}
	if v := TotalValue(root); v.Cmp(oneEther) != 0 {
		t.Errorf("TotalValue = %s, want 1 ETH", v)
	}
}

func TestMultiSendInsideMultiSend(t *testing.T) {
	inner := pack(t, "multiSend(bytes)", packMultiSend(packedEntry{0, recipient, big.NewInt(3), nil}))
	outer := pack(t, "multiSend(bytes)", packMultiSend(
		packedEntry{1, multiAddr, new(big.Int), inner},
		packedEntry{0, recipient, big.NewInt(4), nil},
	))
	root := Decode(call(multiAddr, outer))
	if len(root.Children) != 2 || len(root.Children[0].Children) != 1 || root.Children[0].Children[0].Path != "0.0.0" {
		t.Fatalf("tree %+v", root)
	}
	if v := TotalValue(root); v.Int64() != 7 {
		t.Fatalf("TotalValue = %s, want 7", v)
	}
}

func TestMultiSendMalformed(t *testing.T) {
	good := packMultiSend(packedEntry{0, recipient, big.NewInt(1), []byte{1, 2, 3, 4}})
	for _, tc := range []struct {
		name   string
		packed []byte
		kids   int
		err    string
	}{
		{"truncated head", append(good, 0, 1, 2), 1, "multiSend entry 1: 3 bytes left"},
		{"operation 2", packMultiSend(packedEntry{2, recipient, new(big.Int), nil}), 0, "operation 2 is neither"},
		{"length past end", good[:len(good)-1], 0, "multiSend entry 0: data length 4 is past the end"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := Decode(call(multiAddr, pack(t, "multiSend(bytes)", tc.packed)))
			if len(n.Children) != tc.kids || !strings.Contains(n.Err, tc.err) {
				t.Fatalf("%d children, err %q; want %d, %q", len(n.Children), n.Err, tc.kids, tc.err)
			}
		})
	}
}

func TestOtherNesters(t *testing.T) {
	transfer := pack(t, "transfer(address,uint256)", recipient, big.NewInt(9))
	initData := pack(t, "transferOwnership(address)", recipient)
	for _, tc := range []struct {
		name  string
		data  []byte
		kinds string // kind@target of each child
		value int64
	}{
		{"multicall", pack(t, "multicall(bytes[])", [][]byte{transfer, transfer}), "call@self call@self", 0},
		{"multicall with deadline", pack(t, "multicall(uint256,bytes[])", big.NewInt(1), [][]byte{transfer}), "call@self", 0},
		// go-ethereum names a parsed selector's tuple fields name0, name1….
		{"aggregate3Value", pack(t, "aggregate3Value((address,bool,uint256,bytes)[])", []struct {
			Name0 common.Address
			Name1 bool
			Name2 *big.Int
			Name3 []byte
		}{{usdcAddr, false, big.NewInt(5), transfer}}), "call@usdc", 5},
		{"tryAggregate", pack(t, "tryAggregate(bool,(address,bytes)[])", true, []struct {
			Name0 common.Address
			Name1 []byte
		}{{usdcAddr, transfer}, {recipient, nil}}), "call@usdc call@recipient", 0},
		{"timelock schedule", pack(t, "schedule(address,uint256,bytes,bytes32,bytes32,uint256)", usdcAddr, big.NewInt(2), transfer, [32]byte{}, [32]byte{}, big.NewInt(1)), "call@usdc", 2},
		{"timelock execute", pack(t, "execute(address,uint256,bytes,bytes32,bytes32)", usdcAddr, new(big.Int), transfer, [32]byte{}, [32]byte{}), "call@usdc", 0},
		{"governor relay", pack(t, "relay(address,uint256,bytes)", usdcAddr, new(big.Int), transfer), "call@usdc", 0},
		{"UUPS upgrade and call", pack(t, "upgradeToAndCall(address,bytes)", recipient, initData), "delegatecall@recipient", 0},
		{"upgrade without call data", pack(t, "upgradeToAndCall(address,bytes)", recipient, []byte{}), "", 0},
		{"ProxyAdmin upgrade and call", pack(t, "upgradeAndCall(address,address,bytes)", usdcAddr, recipient, initData), "delegatecall@recipient", 0},
		{"Safe module transaction", pack(t, "execTransactionFromModule(address,uint256,bytes,uint8)", usdcAddr, new(big.Int), transfer, uint8(0)), "call@usdc", 0},
		// Compound's timelock takes Bravo (signature, data) pairs.
		{"Compound queueTransaction", pack(t, "queueTransaction(address,uint256,string,bytes,uint256)", usdcAddr, big.NewInt(3), "transfer(address,uint256)", transfer[4:], big.NewInt(1)), "call@usdc", 3},
		{"Aave executor queue", pack(t, "queue(address[],uint256[],string[],bytes[],bool[])",
			[]common.Address{usdcAddr, recipient}, []*big.Int{new(big.Int), new(big.Int)}, []string{"", "execute()"}, [][]byte{transfer, {}}, []bool{false, true}),
			"call@usdc delegatecall@recipient", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := Decode(call(govAddr, tc.data))
			if n.Err != "" {
				t.Fatalf("err %q", n.Err)
			}
			names := map[common.Address]string{govAddr: "self", usdcAddr: "usdc", recipient: "recipient"}
			var kinds []string
			for _, c := range n.Children {
				kinds = append(kinds, string(c.Kind)+"@"+names[c.Target])
				if c.Err != "" || (c.Match == MatchNone && len(c.Data) > 0) {
					t.Errorf("child %s: %s, err %q", c.Path, c.Method, c.Err)
				}
			}
			if strings.Join(kinds, " ") != tc.kinds {
				t.Fatalf("children %q, want %q", strings.Join(kinds, " "), tc.kinds)
			}
			if v := TotalValue(n); v.Int64() != tc.value {
				t.Fatalf("TotalValue %s, want %d", v, tc.value)
			}
		})
	}
}

func TestBatchLengthMismatch(t *testing.T) {
	data := pack(t, scheduleBatch, []common.Address{usdcAddr, usdcAddr}, []*big.Int{new(big.Int)}, [][]byte{{}, {}}, [32]byte{}, [32]byte{}, new(big.Int))
	n := Decode(call(treasury, data))
	if len(n.Children) != 0 || !strings.Contains(n.Err, "2 targets, 1 values, 2 payloads") {
		t.Fatalf("children %d, err %q", len(n.Children), n.Err)
	}
}

func TestBravoSignatures(t *testing.T) {
	transferArgs := pack(t, "transfer(address,uint256)", recipient, big.NewInt(9))[4:]
	for _, tc := range []struct {
		name, sig, method, abiName, args, err string
		match                                 Match
	}{
		{"known function", "transfer(address,uint256)", "transfer(address,uint256)", "ERC-20",
			"to: " + recipient.Hex() + "; amount: 9", "", MatchABI},
		{"unknown function", "setPendingRewards(address,uint96)", "setPendingRewards(address,uint96)", "",
			recipient.Hex() + "; 9", "", MatchSignature},
		// The timelock hashes the text as written: the spaced signature's
		// selector is not transfer's, so the call would miss the function.
		{"not canonical", "transfer(address, uint256)", "transfer(address,uint256)", "",
			recipient.Hex() + "; 9", "is not canonical", MatchSignature},
		{"malformed", "transfer(address", "", "", "", "not a function signature", MatchNone},
		{"types do not fit the data", "f(string)", "f(string)", "", "", "decode f(string)", MatchSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := Decode(proposal.Call{Target: usdcAddr, Value: new(big.Int), Signature: tc.sig, Data: proposal.FullCalldata(tc.sig, transferArgs)})
			if tc.method == "" {
				tc.method = "unknown 0x" + common.Bytes2Hex(n.Data[:4])
			}
			if n.Method != tc.method || n.ABIName != tc.abiName || n.Match != tc.match || argsText(n.Args) != tc.args {
				t.Fatalf("got %s [%s, %s] args %q; want %s [%s, %s] args %q", n.Method, n.ABIName, n.Match, argsText(n.Args), tc.method, tc.abiName, tc.match, tc.args)
			}
			if (tc.err == "") != (n.Err == "") || !strings.Contains(n.Err, tc.err) {
				t.Fatalf("err %q, want %q", n.Err, tc.err)
			}
		})
	}
}

func TestDelegatecallRoot(t *testing.T) {
	p := &proposal.Proposal{
		Targets: []common.Address{recipient}, Values: []*big.Int{new(big.Int)},
		Calldatas: [][]byte{{}}, Signatures: []string{"execute()"}, Delegatecalls: []bool{true},
	}
	d, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	nodes := d.DecodeProposal(p)
	if len(nodes) != 1 || nodes[0].Kind != KindDelegatecall || nodes[0].Method != "execute()" || nodes[0].ABIName != "Aave governance v2 payload" {
		t.Fatalf("got %+v", nodes[0])
	}
}

func TestDepthLimit(t *testing.T) {
	data := pack(t, "transfer(address,uint256)", recipient, big.NewInt(1))
	for i := 0; i < 12; i++ {
		data = pack(t, "multiSend(bytes)", packMultiSend(packedEntry{1, multiAddr, new(big.Int), data}))
	}
	root := Decode(call(multiAddr, data))
	deepest, errs := 0, 0
	Walk([]*Node{root}, func(n *Node) bool {
		deepest = max(deepest, pathDepth(n.Path))
		if n.Err != "" {
			errs++
			if !strings.Contains(n.Err, "deeper than 8 levels") || pathDepth(n.Path) != 8 {
				t.Errorf("%s: err %q", n.Path, n.Err)
			}
		}
		return true
	})
	if deepest != 8 || errs != 1 {
		t.Fatalf("deepest %d, %d errors; want 8, 1", deepest, errs)
	}
}

func TestCallLimit(t *testing.T) {
	entries := make([][]byte, 50)
	for i := range entries {
		entries[i] = []byte{1, 2, 3, 4}
	}
	d, err := New(Config{MaxCalls: 10})
	if err != nil {
		t.Fatal(err)
	}
	n := d.Decode(call(multiAddr, pack(t, "multicall(bytes[])", entries)))
	if len(n.Children) != 9 || !strings.Contains(n.Err, "more than 10 calls") {
		t.Fatalf("%d children, err %q", len(n.Children), n.Err)
	}
	// DecodeProposal shares the budget: a second call gets nothing left.
	p := &proposal.Proposal{Targets: []common.Address{multiAddr, multiAddr}, Values: []*big.Int{new(big.Int), new(big.Int)}, Calldatas: [][]byte{n.Data, n.Data}}
	nodes := d.DecodeProposal(p)
	if !strings.Contains(nodes[1].Err, "not decoded") || nodes[1].Method != "" {
		t.Fatalf("second call: %s, err %q", nodes[1].Method, nodes[1].Err)
	}
}

func TestConfigValidate(t *testing.T) {
	if _, err := New(Config{MaxBytes: -1}); err == nil || !strings.Contains(err.Error(), "MaxBytes") {
		t.Fatalf("err = %v, want one naming MaxBytes", err)
	}
}

// TestHostileAmplification: calldata whose offsets all point at one large
// element must cost the element each time it is read, and stop at the
// budget, quickly, instead of decoding it thousands of times.
func TestHostileAmplification(t *testing.T) {
	word := func(n int) []byte { return common.LeftPadBytes(big.NewInt(int64(n)).Bytes(), 32) }
	const count, size = 4000, 64 << 10
	t.Run("nested calls", func(t *testing.T) {
		// multicall(bytes[]): count offsets, all to one 64 KiB entry.
		data := append([]byte{}, gethMethod(t, "multicall(bytes[])").ID...)
		data = append(data, word(32)...)
		data = append(data, word(count)...)
		for i := 0; i < count; i++ {
			data = append(data, word(count*32)...)
		}
		data = append(data, word(size)...)
		data = append(data, make([]byte, size)...)
		start := time.Now()
		n := Decode(call(multiAddr, data))
		if !strings.Contains(n.Err, "budget exhausted") || len(n.Children) >= count {
			t.Fatalf("%d children, err %q", len(n.Children), n.Err)
		}
		t.Logf("%d of %d entries decoded in %v: %s", len(n.Children), count, time.Since(start), n.Err)
	})
	t.Run("nested arrays", func(t *testing.T) {
		// f(uint256[][]) through a Bravo signature: count offsets, all to
		// one array of 2,000 words; 8 million values if read naively.
		const inner = 2000
		var args []byte
		args = append(args, word(32)...)
		args = append(args, word(count)...)
		for i := 0; i < count; i++ {
			args = append(args, word(count*32)...)
		}
		args = append(args, word(inner)...)
		args = append(args, make([]byte, inner*32)...)
		n := Decode(proposal.Call{Target: multiAddr, Value: new(big.Int), Signature: "f(uint256[][])", Data: proposal.FullCalldata("f(uint256[][])", args)})
		if !strings.Contains(n.Err, "budget exhausted") || n.Args != nil {
			t.Fatalf("err %q", n.Err)
		}
	})
	t.Run("huge length", func(t *testing.T) {
		data := append(append(append([]byte{}, gethMethod(t, "multiSend(bytes)").ID...), word(32)...), common.FromHex("0x8000000000000000000000000000000000000000000000000000000000000000")...)
		n := Decode(call(multiAddr, data))
		if !strings.Contains(n.Err, "past the end") {
			t.Fatalf("err %q", n.Err)
		}
	})
}
