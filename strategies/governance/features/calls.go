package features

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/effects"
)

// Events are what the calls do, read from the decoded trees (static) and
// from the simulation (sim). Features are computed from events, so both
// sources are scored the same way.

// move is a token or ETH movement, or a mint.
type move struct {
	call             int
	token, from, to  common.Address
	amount           *big.Int // nil when not a fungible amount (an NFT id)
	fromExecutor     bool     // the executor pays: comparable with Effects.Holdings
	mint, sim, known bool     // known: the recipient is
}

// approval lets spender move the DAO's token.
type approval struct {
	call           int
	token, spender common.Address
	amount         *big.Int // nil for an operator approval
	sim            bool
}

// grant is a privileged role change: account gains the power named by
// what; a zero account is a change no one gains by (a revocation, a
// renunciation, a new threshold).
type grant struct {
	call     int
	contract common.Address
	account  common.Address
	what     string
	sim      bool
}

// govParam is a new value for a governance setting.
type govParam struct {
	call   int
	target common.Address
	param  string // votingDelay, votingPeriod, quorumNumerator, timelockDelay, proposalThreshold, other
	value  *big.Int
}

// upgrade points proxy at impl.
type upgrade struct {
	call        int
	proxy, impl common.Address
	sim         bool
}

// delegation is a delegatecall the DAO's account makes; payload marks the
// executor's own declared mechanism (an Aave v2 withDelegatecalls call,
// an Aave executor's action set), which is how such a DAO runs every
// proposal.
type delegation struct {
	call    int
	target  common.Address
	payload bool
	sim     bool
}

// caller is the account a node's code acts as.
type caller struct {
	addr     common.Address
	executor bool
}

// Bounds on what one root call contributes to the mention check.
const maxTermsPerCall = 64

// calls reads the decoded trees of the proposal's calls.
func (x *extraction) calls() {
	if x.in.Proposal == nil {
		return
	}
	calls := x.in.Proposal.Calls()
	x.roots = make([]*decode.Node, len(calls))
	x.rootTerms = make([][]string, len(calls))
	x.rootAddrs = make([][]common.Address, len(calls))
	for i, c := range calls {
		var n *decode.Node
		if i < len(x.in.Calls) {
			n = x.in.Calls[i]
		}
		if n == nil {
			n = decode.Decode(c)
		}
		x.roots[i] = n
	}
	for i, n := range x.roots {
		x.walk(n, nil, i, 0, caller{addr: x.reg.executor, executor: true})
	}
}

// maxWalkDepth bounds the recursion over trees handed in: the decoder
// stops at 8 levels, but Input.Calls may come from elsewhere (a cycle
// would otherwise never end).
const maxWalkDepth = 64

// walk reads n, made by from, and its children.
func (x *extraction) walk(n, parent *decode.Node, call, depth int, from caller) {
	if depth > maxWalkDepth {
		x.decodeErrs++
		x.flag(KindDecodeError, call, "%s: calls nested deeper than %d levels are not read", n.Path, maxWalkDepth)
		return
	}
	x.nodes++
	x.maxDepth = max(x.maxDepth, depth)
	if len(n.Data) >= 4 && n.Match == decode.MatchNone {
		x.unknownSel++
		x.flag(KindUnknownSelector, call, "%s: selector 0x%x is unknown; its effect cannot be read", n.Path, n.Selector)
	}
	if n.Err != "" {
		x.decodeErrs++
		x.flag(KindDecodeError, call, "%s: calldata does not decode as %s", n.Path, methodLabel(n))
	}
	if !x.reg.known(n.Target) {
		x.unknownTargets[n.Target] = true
	}
	x.addTerms(call, n)
	if n.Value != nil && n.Value.Sign() > 0 {
		x.ethTotal.Add(x.ethTotal, n.Value)
		x.moves = append(x.moves, move{call: call, token: effects.ETH, from: from.addr, fromExecutor: from.executor, to: n.Target, amount: n.Value})
	}
	if n.Kind == decode.KindDelegatecall {
		x.delegatecall(n, parent, call)
	}
	x.method(n, call, from)
	self := from
	if n.Kind != decode.KindDelegatecall {
		self = caller{addr: n.Target, executor: x.reg.executor != (common.Address{}) && n.Target == x.reg.executor}
	}
	for _, c := range n.Children {
		if c != nil {
			x.walk(c, n, call, depth+1, self)
		}
	}
}

// methodLabel names a node's method for a detail. A name taken from the
// proposal's own Bravo signature is proposal text ("scoreThisZero()"), so
// only its selector is shown; a call without data has no method.
func methodLabel(n *decode.Node) string {
	switch {
	case n.Match == decode.MatchSignature:
		return fmt.Sprintf("selector 0x%x (named only by the proposal's own signature)", n.Selector)
	case n.Method == "":
		return "a value transfer without data"
	}
	return n.Method
}

// delegatecall classifies a delegatecall node: the executor's declared
// payload, an upgrade's initialisation (counted as the upgrade), or one
// made inside a call (a Safe or MultiSend operation 1).
func (x *extraction) delegatecall(n, parent *decode.Node, call int) {
	switch {
	case parent == nil, parent.Method == "queue(address[],uint256[],string[],bytes[],bool[])":
		x.delegations = append(x.delegations, delegation{call: call, target: n.Target, payload: true})
		x.flag(KindPayloadDelegateCall, call, "%s: the executor delegatecalls payload %s: its code runs with the executor's powers and is not decoded here", n.Path, x.reg.label(n.Target))
	case parent.Method == "upgradeToAndCall(address,bytes)", parent.Method == "upgradeAndCall(address,address,bytes)":
	default:
		x.delegations = append(x.delegations, delegation{call: call, target: n.Target})
		x.flagDelegation(call, n.Path, n.Target)
	}
}

// flagDelegation, flagGrant and flagUpgrade flag the general kind for
// every finding and the _unknown kind as well when the account is not
// known: the general bits count both.
func (x *extraction) flagDelegation(call int, where string, target common.Address) {
	x.flag(KindDelegateCall, call, "%s: delegatecall to %s", where, x.reg.label(target))
	if !x.reg.known(target) {
		x.flag(KindDelegateCallUnknown, call, "%s: delegatecall to %s, not in the address book: its code runs with the caller's powers", where, target.Hex())
	}
}

// method reads what a known method does.
func (x *extraction) method(n *decode.Node, call int, from caller) {
	a := args{n}
	switch n.Method {
	case "transfer(address,uint256)":
		x.transfer(call, n.Target, from, a.addr(0), a.uint(1))
	case "transferFrom(address,address,uint256)":
		src := a.addr(0)
		x.transfer(call, n.Target, caller{addr: src, executor: src == x.reg.executor && src != (common.Address{})}, a.addr(1), a.uint(2))
	case "safeTransferFrom(address,address,uint256)", "safeTransferFrom(address,address,uint256,bytes)",
		"safeTransferFrom(address,address,uint256,uint256,bytes)", "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)":
		x.transfer(call, n.Target, from, a.addr(1), nil)
	case "transfer(address,address,address,uint256)": // Aave ecosystem reserve controller
		x.transfer(call, a.addr(1), caller{addr: a.addr(0)}, a.addr(2), a.uint(3))
	case "_grantComp(address,uint256)":
		x.transfer(call, compToken, caller{addr: n.Target}, a.addr(0), a.uint(1))
	case "batchVestingPlans(address,address,uint256,(address,uint256,uint256,uint256,uint256)[],uint256,address,bool,uint8)":
		x.transfer(call, a.addr(1), from, a.addr(0), a.uint(2))
	case "collectProtocol(address,uint128,uint128)", "setFeeTo(address)":
		x.transfer(call, n.Target, caller{addr: n.Target}, a.addr(0), nil)
	case "setFlowrate(address,address,int96)":
		x.transfer(call, a.addr(0), from, a.addr(1), nil)

	case "mint(address,uint256)":
		x.mint(call, n.Target, a.addr(0), a.uint(1))
	case "mint(address,uint256,uint256,bytes)", "mintBatch(address,uint256[],uint256[],bytes)", "safeMint(address,uint256)":
		x.mint(call, n.Target, a.addr(0), nil)

	case "approve(address,uint256)", "increaseAllowance(address,uint256)":
		x.approve(call, n.Target, a.addr(0), a.uint(1))
	case "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)":
		x.approve(call, n.Target, a.addr(1), a.uint(2))
	case "setApprovalForAll(address,bool)":
		if a.boolean(1) {
			x.approve(call, n.Target, a.addr(0), nil)
		}
	case "approve(address,address,address,uint256)": // Aave ecosystem reserve controller
		x.approve(call, a.addr(1), a.addr(2), a.uint(3))
	case "setAllowance(address,address,uint96,uint16,uint32)": // Safe allowance module
		x.approve(call, a.addr(1), a.addr(0), a.uint(2))

	case "grantRole(bytes32,address)":
		x.grant(call, n.Target, a.addr(1), roleName(a.bytes(0)))
	case "beginDefaultAdminTransfer(address)":
		x.grant(call, n.Target, a.addr(0), "default admin")
	case "transferOwnership(address)", "setOwner(address)":
		x.grant(call, n.Target, a.addr(0), "ownership")
	case "changeAdmin(address)":
		x.grant(call, n.Target, a.addr(0), "proxy admin")
	case "changeProxyAdmin(address,address)":
		x.grant(call, a.addr(0), a.addr(1), "proxy admin")
	case "addOwnerWithThreshold(address,uint256)":
		x.grant(call, n.Target, a.addr(0), "Safe owner")
	case "swapOwner(address,address,address)":
		x.grant(call, n.Target, a.addr(2), "Safe owner")
	case "enableModule(address)":
		x.grant(call, n.Target, a.addr(0), "Safe module (executes without signatures)")
	case "setGuard(address)":
		x.grant(call, n.Target, a.addr(0), "Safe guard")
	case "setFallbackHandler(address)":
		x.grant(call, n.Target, a.addr(0), "Safe fallback handler")
	case "addPoolAdmin(address)", "addEmergencyAdmin(address)", "addRiskAdmin(address)",
		"addAssetListingAdmin(address)", "addBridge(address)", "addFlashBorrower(address)":
		x.grant(call, n.Target, a.addr(0), "Aave ACL "+methodName(n.Method)[3:])
	case "_setPendingAdmin(address)", "setPendingAdmin(address)":
		x.grant(call, n.Target, a.addr(0), "pending admin")
	case "_setPauseGuardian(address)", "_setWhitelistGuardian(address)":
		x.grant(call, n.Target, a.addr(0), "guardian")
	case "updateTimelock(address)":
		x.grant(call, n.Target, a.addr(0), "Governor timelock")
	case "setFeeToSetter(address)":
		x.grant(call, n.Target, a.addr(0), "fee setter")
	case "addPermissionAdmins(address[])":
		for _, v := range a.list(0) {
			if acc, ok := v.(common.Address); ok {
				x.grant(call, n.Target, acc, "permission admin")
			}
		}
	case "revokeRole(bytes32,address)", "renounceRole(bytes32,address)", "renounceOwnership()",
		"removeOwner(address,address,uint256)", "changeThreshold(uint256)", "disableModule(address,address)",
		"setRoleAdmin(bytes32,bytes32)", "removePoolAdmin(address)", "removeEmergencyAdmin(address)",
		"removeRiskAdmin(address)", "removeAssetListingAdmin(address)", "removeBridge(address)", "removeFlashBorrower(address)":
		x.grants = append(x.grants, grant{call: call, contract: n.Target, what: methodName(n.Method)})
		x.flag(KindRoleChange, call, "%s: %s on %s", n.Path, methodName(n.Method), x.reg.label(n.Target))

	case "scopeTarget(bytes32,address)", "allowTarget(bytes32,address,uint8)", "revokeTarget(bytes32,address)",
		"scopeFunction(bytes32,address,bytes4,(uint8,uint8,uint8,bytes)[],uint8)", "allowFunction(bytes32,address,bytes4,uint8)",
		"revokeFunction(bytes32,address,bytes4)", "setTransactionUnwrapper(address,bytes4,address)":
		x.permissions++
		x.flag(KindPermissionChange, call, "%s: %s on %s", n.Path, methodName(n.Method), x.reg.label(n.Target))

	case "setVotingDelay(uint48)", "setVotingDelay(uint256)", "_setVotingDelay(uint256)":
		x.param(call, n, "votingDelay", a.uint(0))
	case "setVotingPeriod(uint32)", "setVotingPeriod(uint256)", "_setVotingPeriod(uint256)":
		x.param(call, n, "votingPeriod", a.uint(0))
	case "updateQuorumNumerator(uint256)":
		x.param(call, n, "quorumNumerator", a.uint(0))
	case "updateDelay(uint256)", "setDelay(uint256)":
		x.param(call, n, "timelockDelay", a.uint(0))
	case "setProposalThreshold(uint256)", "_setProposalThreshold(uint256)":
		x.param(call, n, "proposalThreshold", a.uint(0))
	case "setLateQuorumVoteExtension(uint48)", "setLateQuorumVoteExtension(uint64)":
		x.param(call, n, "other", nil)

	case "upgradeTo(address)", "upgradeToAndCall(address,bytes)", "_setImplementation(address)", "_setImplementation(address,bool,bytes)":
		x.upgrade(call, n.Target, a.addr(0))
	case "upgrade(address,address)", "upgradeAndCall(address,address,bytes)":
		x.upgrade(call, a.addr(0), a.addr(1))
	case "updateAToken((address,address,address,string,string,address,bytes))":
		x.upgrade(call, a.field(0, 0), a.field(0, 5))
	case "updateStableDebtToken((address,address,string,string,address,bytes))",
		"updateVariableDebtToken((address,address,string,string,address,bytes))":
		x.upgrade(call, a.field(0, 0), a.field(0, 4))
	}
}

func (x *extraction) transfer(call int, tok common.Address, from caller, to common.Address, amount *big.Int) {
	m := move{call: call, token: tok, from: from.addr, fromExecutor: from.executor, to: to, amount: amount, known: x.reg.known(to)}
	x.moves = append(x.moves, m)
}

func (x *extraction) mint(call int, tok, to common.Address, amount *big.Int) {
	x.moves = append(x.moves, move{call: call, token: tok, to: to, amount: amount, mint: true, known: x.reg.known(to)})
}

func (x *extraction) approve(call int, tok, spender common.Address, amount *big.Int) {
	x.approvals = append(x.approvals, approval{call: call, token: tok, spender: spender, amount: amount})
}

func (x *extraction) grant(call int, contract, account common.Address, what string) {
	if account == (common.Address{}) {
		x.grants = append(x.grants, grant{call: call, contract: contract, what: what})
		x.flag(KindRoleChange, call, "%s on %s set to the zero address", what, x.reg.label(contract))
		return
	}
	x.grants = append(x.grants, grant{call: call, contract: contract, account: account, what: what})
	x.flagGrant(call, contract, account, what)
}

func (x *extraction) flagGrant(call int, contract, account common.Address, what string) {
	x.flag(KindRoleChange, call, "%s on %s to %s", what, x.reg.label(contract), x.reg.label(account))
	if !x.reg.known(account) {
		x.flag(KindRoleChangeUnknown, call, "%s on %s to %s, not in the address book", what, x.reg.label(contract), account.Hex())
	}
}

func (x *extraction) param(call int, n *decode.Node, param string, value *big.Int) {
	x.params = append(x.params, govParam{call: call, target: n.Target, param: param, value: value})
}

func (x *extraction) upgrade(call int, proxy, impl common.Address) {
	x.upgrades = append(x.upgrades, upgrade{call: call, proxy: proxy, impl: impl})
	x.flagUpgrade(call, proxy, impl)
}

func (x *extraction) flagUpgrade(call int, proxy, impl common.Address) {
	x.flag(KindUpgrade, call, "%s upgraded to %s", x.reg.label(proxy), x.reg.label(impl))
	if !x.reg.known(impl) {
		x.flag(KindUpgradeUnknown, call, "%s upgraded to implementation %s, not in the address book", x.reg.label(proxy), impl.Hex())
	}
}

// roleName names well-known AccessControl roles.
func roleName(role []byte) string {
	h := common.BytesToHash(role)
	if h == (common.Hash{}) {
		return "role DEFAULT_ADMIN_ROLE (admin of every role)"
	}
	return "role " + h.Hex()
}

// methodName is a canonical signature's name.
func methodName(sig string) string {
	for i := 0; i < len(sig); i++ {
		if sig[i] == '(' {
			return sig[:i]
		}
	}
	return sig
}

// args reads a decoded node's arguments by position; a value of another
// type than asked (a decoding that stopped early) reads as zero.
type args struct{ n *decode.Node }

func (a args) value(i int) any {
	if i < 0 || i >= len(a.n.Args) {
		return nil
	}
	return a.n.Args[i].Value
}

func (a args) addr(i int) common.Address { v, _ := a.value(i).(common.Address); return v }
func (a args) uint(i int) *big.Int       { v, _ := a.value(i).(*big.Int); return v }
func (a args) boolean(i int) bool        { v, _ := a.value(i).(bool); return v }
func (a args) bytes(i int) []byte        { v, _ := a.value(i).([]byte); return v }
func (a args) list(i int) []any          { v, _ := a.value(i).([]any); return v }

// field reads address field j of tuple argument i.
func (a args) field(i, j int) common.Address {
	fields, _ := a.value(i).([]decode.Arg)
	if j >= len(fields) {
		return common.Address{}
	}
	v, _ := fields[j].Value.(common.Address)
	return v
}

// addTerms records how the description could name root call `call`: its
// targets, methods and the addresses in its arguments, over its whole
// tree.
func (x *extraction) addTerms(call int, n *decode.Node) {
	add := func(a common.Address) {
		if len(x.rootAddrs[call]) < maxTermsPerCall && a != (common.Address{}) {
			x.rootAddrs[call] = append(x.rootAddrs[call], a)
		}
	}
	add(n.Target)
	if len(x.rootTerms[call]) < maxTermsPerCall {
		x.rootTerms[call] = append(x.rootTerms[call], methodTerms(n.Method)...)
	}
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case common.Address:
			add(v)
		case []any:
			for _, e := range v {
				visit(e)
			}
		case []decode.Arg:
			for _, e := range v {
				visit(e.Value)
			}
		}
	}
	for _, arg := range n.Args {
		if len(x.rootAddrs[call]) >= maxTermsPerCall {
			break
		}
		visit(arg.Value)
	}
}

// flag records a finding; finish keeps it when its kind's bit is set.
func (x *extraction) flag(kind string, call int, format string, a ...any) {
	x.flags = append(x.flags, Flag{Kind: kind, Call: call, Detail: fmt.Sprintf(format, a...)})
}
