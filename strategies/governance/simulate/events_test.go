package simulate

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/strategies/governance/effects"
)

// TestEventTopics guards the topics against a typo in a signature: each is
// the one OpenZeppelin 5.7's ABIs declare.
func TestEventTopics(t *testing.T) {
	timelock, err := bindings.DaoTimelockMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	token, err := bindings.TestTokenMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		abi   *abi.ABI
		event string
		topic common.Hash
	}{
		{token, "Transfer", topicTransfer},
		{token, "Approval", topicApproval},
		{timelock, "RoleGranted", topicRoleGranted},
		{timelock, "RoleRevoked", topicRoleRevoked},
	} {
		if got := tc.abi.Events[tc.event].ID; got != tc.topic {
			t.Errorf("%s topic %s, the ABI says %s", tc.event, tc.topic, got)
		}
	}
	if implementationSlot != common.BigToHash(new(big.Int).Sub(crypto.Keccak256Hash([]byte("eip1967.proxy.implementation")).Big(), big.NewInt(1))) {
		t.Errorf("implementationSlot %s is not EIP-1967's", implementationSlot)
	}
}

// TestRecorderLog decodes each event shape the simulations on the test
// chains do not produce, and skips look-alikes with other indexed
// arguments.
func TestRecorderLog(t *testing.T) {
	var (
		c     = common.HexToAddress("0xC0")
		a     = common.HexToAddress("0xA1")
		b     = common.HexToAddress("0xB2")
		topic = func(x common.Address) common.Hash { return common.BytesToHash(x.Bytes()) }
		num   = func(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }
		words = func(ws ...common.Hash) []byte {
			var out []byte
			for _, w := range ws {
				out = append(out, w.Bytes()...)
			}
			return out
		}
	)
	u256s, _ := abi.NewType("uint256[]", "", nil)
	batch, err := abi.Arguments{{Type: u256s}, {Type: u256s}}.Pack([]*big.Int{big.NewInt(1), big.NewInt(2)}, []*big.Int{big.NewInt(10), big.NewInt(20)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		log  simLog
		want string // the non-empty lists of the Effects, as %+v
	}{
		{"ERC-721 transfer", simLog{c, []common.Hash{topicTransfer, topic(a), topic(b), num(42)}, nil},
			"T[{Call:3 Token:0x00000000000000000000000000000000000000C0 From:0x00000000000000000000000000000000000000A1 To:0x00000000000000000000000000000000000000b2 Amount:+1}]"},
		{"ERC-1155 single", simLog{c, []common.Hash{topicTransferSingle, topic(a), topic(a), topic(b)}, words(num(7), num(5))},
			"T[{Call:3 Token:0x00000000000000000000000000000000000000C0 From:0x00000000000000000000000000000000000000A1 To:0x00000000000000000000000000000000000000b2 Amount:+5}]"},
		{"ERC-1155 batch", simLog{c, []common.Hash{topicTransferBatch, topic(a), topic(a), topic(b)}, batch},
			"T[{Call:3 Token:0x00000000000000000000000000000000000000C0 From:0x00000000000000000000000000000000000000A1 To:0x00000000000000000000000000000000000000b2 Amount:+10} {Call:3 Token:0x00000000000000000000000000000000000000C0 From:0x00000000000000000000000000000000000000A1 To:0x00000000000000000000000000000000000000b2 Amount:+20}]"},
		{"ERC-721 approval", simLog{c, []common.Hash{topicApproval, topic(a), topic(b), num(42)}, nil},
			"A[{Call:3 Token:0x00000000000000000000000000000000000000C0 Owner:0x00000000000000000000000000000000000000A1 Spender:0x00000000000000000000000000000000000000b2 Amount:+1 Approved:true}]"},
		{"ERC-20 approval revoked", simLog{c, []common.Hash{topicApproval, topic(a), topic(b)}, words(num(0))},
			"A[{Call:3 Token:0x00000000000000000000000000000000000000C0 Owner:0x00000000000000000000000000000000000000A1 Spender:0x00000000000000000000000000000000000000b2 Amount:+0 Approved:false}]"},
		{"operator approval", simLog{c, []common.Hash{topicApprovalForAll, topic(a), topic(b)}, words(num(1))},
			"A[{Call:3 Token:0x00000000000000000000000000000000000000C0 Owner:0x00000000000000000000000000000000000000A1 Spender:0x00000000000000000000000000000000000000b2 Amount:<nil> Approved:true}]"},
		{"role revoked", simLog{c, []common.Hash{topicRoleRevoked, num(9), topic(a), topic(b)}, nil},
			"R[{Call:3 Contract:0x00000000000000000000000000000000000000C0 Role:0x0000000000000000000000000000000000000000000000000000000000000009 Account:0x00000000000000000000000000000000000000A1 Granted:false}]"},
		{"ownership", simLog{c, []common.Hash{topicOwnershipTransferred, topic(a), topic(b)}, nil},
			"O[{Call:3 Contract:0x00000000000000000000000000000000000000C0 Previous:0x00000000000000000000000000000000000000A1 New:0x00000000000000000000000000000000000000b2 Admin:false}]"},
		{"proxy admin", simLog{c, []common.Hash{topicAdminChanged}, words(topic(a), topic(b))},
			"O[{Call:3 Contract:0x00000000000000000000000000000000000000C0 Previous:0x00000000000000000000000000000000000000A1 New:0x00000000000000000000000000000000000000b2 Admin:true}]"},
		{"beacon upgrade", simLog{c, []common.Hash{topicBeaconUpgraded, topic(b)}, nil},
			"U[{Call:3 Proxy:0x00000000000000000000000000000000000000C0 Implementation:0x00000000000000000000000000000000000000b2}]"},
		{"ether to oneself moves nothing", simLog{effects.ETH, []common.Hash{topicTransfer, topic(a), topic(a)}, words(num(5))}, ""},
		// Look-alikes: same topic, other shapes.
		{"Transfer with data and four topics", simLog{c, []common.Hash{topicTransfer, topic(a), topic(b), num(1)}, words(num(5))}, ""},
		{"Transfer with nothing indexed", simLog{c, []common.Hash{topicTransfer}, words(topic(a), topic(b), num(5))}, ""},
		{"AdminChanged indexed", simLog{c, []common.Hash{topicAdminChanged, topic(a), topic(b)}, nil}, ""},
		{"batch with bad data", simLog{c, []common.Hash{topicTransferBatch, topic(a), topic(a), topic(b)}, []byte{1, 2, 3}}, ""},
		{"anonymous", simLog{c, nil, words(num(5))}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := &effects.Effects{}
			newRecorder(e).log(3, tc.log)
			var got []string
			for _, l := range []struct {
				tag string
				n   int
				v   any
			}{{"T", len(e.Transfers), e.Transfers}, {"A", len(e.Approvals), e.Approvals}, {"R", len(e.Roles), e.Roles},
				{"O", len(e.Owners), e.Owners}, {"U", len(e.Upgrades), e.Upgrades}} {
				if l.n > 0 {
					got = append(got, l.tag+sprint(l.v))
				}
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("effects\n got %s\nwant %s", s, tc.want)
			}
		})
	}
}

// TestRevertReason names each kind of failure a delegate would read.
func TestRevertReason(t *testing.T) {
	errorString, _ := hex.DecodeString("08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"000000000000000000000000000000000000000000000000000000000000000b" +
		"6e6f7420616c6c6f776564000000000000000000000000000000000000000000")
	panic11 := append(hexutil.MustDecode("0x4e487b71"), common.BigToHash(big.NewInt(0x11)).Bytes()...)
	tokenABI, err := bindings.TestTokenMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	insufficient := tokenABI.Errors["ERC20InsufficientBalance"]
	args, err := insufficient.Inputs.Pack(common.HexToAddress("0xA1"), big.NewInt(1), big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	custom := append(insufficient.ID[:4:4], args...)
	tests := []struct {
		name    string
		data    []byte
		message string
		want    string
	}{
		{"Error(string)", errorString, "execution reverted: not allowed", "not allowed"},
		{"Panic", panic11, "", "Panic(0x11): arithmetic underflow or overflow"},
		{"custom error of a known contract", custom, "", "ERC20InsufficientBalance(sender=0x00000000000000000000000000000000000000A1, balance=1, needed=2)"},
		{"unknown custom error", hexutil.MustDecode("0xdeadbeef"), "execution reverted", "custom error 0xdeadbeef (4 bytes of data)"},
		{"no data: the node's message", nil, "out of gas", "out of gas"},
		{"nothing at all", nil, "", "reverted without a reason"},
		{"short data", []byte{1, 2}, "", "malformed revert data 0x0102"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := revertReason(tc.data, tc.message); !strings.Contains(got, tc.want) {
				t.Errorf("revertReason = %q, want it to contain %q", got, tc.want)
			}
		})
	}
}

// TestOverridesApply carries a prestate diff into the next call's
// overrides: a destroyed account is emptied whole, a zeroed slot is
// written as zero (the tracer leaves it out of post), later writes land
// in the emptied storage.
func TestOverridesApply(t *testing.T) {
	var (
		kept, gone = common.HexToAddress("0x01"), common.HexToAddress("0x02")
		s1, s2     = common.HexToHash("0x1"), common.HexToHash("0x2")
		v          = common.HexToHash("0xff")
		bal        = (*hexutil.Big)(big.NewInt(5))
	)
	o := overrides{}
	o.apply(stateDiff{
		Pre: map[common.Address]diffAccount{
			kept: {Storage: map[common.Hash]common.Hash{s1: v, s2: v}},
			gone: {Storage: map[common.Hash]common.Hash{s1: v}},
		},
		Post: map[common.Address]diffAccount{kept: {Balance: bal, Storage: map[common.Hash]common.Hash{s2: common.HexToHash("0xee")}}},
	})
	if got := o[kept].StateDiff; got[s1] != (common.Hash{}) || got[s2] != common.HexToHash("0xee") || len(got) != 2 {
		t.Errorf("kept account's slots %v, want s1 zeroed and s2 = 0xee", got)
	}
	if o[kept].Balance.ToInt().Cmp(big.NewInt(5)) != 0 {
		t.Errorf("kept account's balance %v, want 5", o[kept].Balance)
	}
	if g := o[gone]; g.State == nil || len(*g.State) != 0 || len(*g.Code) != 0 || g.Balance.ToInt().Sign() != 0 || *g.Nonce != 0 {
		t.Errorf("destroyed account's override %+v, want empty storage, code, balance and nonce", g)
	}
	// Recreated in a later call: its writes go into the replaced storage.
	next := o.clone()
	next.apply(stateDiff{Pre: map[common.Address]diffAccount{gone: {}}, Post: map[common.Address]diffAccount{gone: {Storage: map[common.Hash]common.Hash{s2: v}}}})
	if st := *next[gone].State; st[s2] != v || next[gone].StateDiff != nil {
		t.Errorf("recreated account's storage %v / diff %v, want s2 in the replaced storage", st, next[gone].StateDiff)
	}
	if len(*o[gone].State) != 0 {
		t.Errorf("clone shares storage with the original: %v", *o[gone].State)
	}
}

func sprint(v any) string { return fmt.Sprintf("%+v", v) }
