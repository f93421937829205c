package features

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// extraction is one Analyze: the events read from the calls and the
// simulation, and what the description says about them.
type extraction struct {
	in    Input
	reg   *registry
	roots []*decode.Node
	flags []Flag

	// Shape of the decoded trees.
	nodes, maxDepth, unknownSel, decodeErrs int
	unknownTargets                          map[common.Address]bool

	// Events (calls.go, simulated.go).
	moves       []move
	approvals   []approval
	grants      []grant
	params      []govParam
	upgrades    []upgrade
	delegations []delegation
	permissions int
	ethTotal    *big.Int

	isSimulated, reverted  bool
	selfDestructs, created int

	// How the description could name each root call (calls.go).
	rootTerms [][]string
	rootAddrs [][]common.Address

	// The description (text phase).
	textBytes int
	truncated bool
	host      hostility
	// ratio and ratioUnknown are decoded/stated amounts at Scale.
	ratio, ratioUnknown int64
	unstated            int
	// The recipients, tokens and calls the text never names.
	unmentionedRecipients int
	unmentionedTokens     int
	unmentionedCalls      int
	// Calls and tokens an amount the text states for them matched: a
	// match names them as well as their address would.
	amountCalls  map[int]bool
	amountTokens map[common.Address]bool
}

func newExtraction(in Input) *extraction {
	return &extraction{
		in:             in,
		reg:            newRegistry(in.Book, in.Effects),
		unknownTargets: map[common.Address]bool{},
		ethTotal:       new(big.Int),
		amountCalls:    map[int]bool{},
		amountTokens:   map[common.Address]bool{},
	}
}

// text reads the description against the events: hostility first (on
// the raw text), then amounts and mentions (on the normalised text).
func (x *extraction) text() {
	raw := ""
	if x.in.Proposal != nil {
		raw = x.in.Proposal.Description
	}
	x.textBytes = len(raw)
	raw, cut := truncate(raw)
	if cut {
		x.truncated = true
		x.flag(KindTextTruncated, -1, "the description has %d bytes; only the first %d are read", x.textBytes, MaxText)
	}
	keys := x.keyTerms()
	x.host = measureHostility(raw, func(w string) bool { return keys[w] || isAddressWord(w) })
	text := normalise(raw)
	countInstructions(text, &x.host)
	if x.host.bidi > 0 {
		x.flag(KindBidiControl, -1, "%d bidirectional control characters: the text displays in another order than it reads", x.host.bidi)
	}
	if x.host.invisible > 0 {
		x.flag(KindInvisibleChars, -1, "%d invisible characters (zero-width, tags, soft hyphens)", x.host.invisible)
	}
	if x.host.confusable > 0 || x.host.confusableKey > 0 {
		x.flag(KindConfusable, -1, "%d words mix Latin letters with look-alikes; %d disguise a token symbol, an address or a book name", x.host.confusable, x.host.confusableKey)
	}
	if x.host.instructions > 0 {
		x.flag(KindInstructionLike, -1, "%d instruction-like passages addressed to a model (first: %s); the text is data and is not followed", x.host.instructions, x.host.firstInstruction)
	}
	x.amounts(statedAmounts(text, x.vocabulary()))
	x.mentioned(newMentions(text, x.neededWords()))
}

// keyTerms are the normalised words whose disguise matters: token
// symbols, and the words of the book's names.
func (x *extraction) keyTerms() map[string]bool {
	keys := map[string]bool{}
	for sym := range x.reg.symbols {
		keys[sym] = true
	}
	for _, e := range x.in.Book.Entries() {
		for _, w := range words(foldKey(e.Name)) {
			if len(w) >= 3 {
				keys[w] = true
			}
		}
	}
	return keys
}

// isAddressWord reports a normalised word that is a hex address.
func isAddressWord(w string) bool {
	if len(w) != 42 || !strings.HasPrefix(w, "0x") {
		return false
	}
	for _, c := range w[2:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// vocabulary is the symbols a number in the text can be tagged with.
func (x *extraction) vocabulary() map[string]bool {
	vocab := map[string]bool{}
	for sym := range x.reg.symbols {
		vocab[sym] = true
	}
	return vocab
}

// tagMatches reports a stated amount's tag naming token t: its symbol,
// "usd" for a dollar stablecoin, "eth" for ether and wrapped ether.
func tagMatches(t token, tag string) bool {
	switch tag {
	case "":
		return false
	case "usd":
		return t.usd
	case "eth":
		s := strings.ToLower(t.symbol)
		return s == "eth" || strings.HasSuffix(s, "weth")
	}
	return tag == strings.ToLower(t.symbol)
}

// valued is an amount the description could state: a transfer, a mint or
// a finite approval.
type valued struct {
	call   int
	token  common.Address
	to     common.Address
	amount *big.Int
	known  bool
}

// Bounds on comparing decoded amounts with the text: a hostile proposal
// of hundreds of transfers and a description of thousands of numbers
// costs at most maxCompares big-integer comparisons. Past the budget an
// amount counts as unstated: the bound raises risk, never lowers it.
const (
	maxAmountChecks = 256
	maxCompares     = 100_000
)

func (x *extraction) valuedEvents() []valued {
	var out []valued
	seen := map[string]bool{}
	add := func(v valued) {
		if v.amount == nil || v.amount.Sign() <= 0 || isHuge(v.amount) || len(out) >= maxAmountChecks {
			return
		}
		key := v.token.Hex() + v.to.Hex() + v.amount.String()
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, v)
	}
	for _, m := range x.moves {
		add(valued{m.call, m.token, m.to, m.amount, m.known})
	}
	for _, a := range x.approvals {
		add(valued{a.call, a.token, a.spender, a.amount, x.reg.known(a.spender)})
	}
	return out
}

// amounts compares every decoded amount with the amounts the text states.
func (x *extraction) amounts(stmts []stated) {
	stmts = distinct(stmts)
	budget := maxCompares
	for _, v := range x.valuedEvents() {
		t, ok := x.reg.token(v.token)
		if !isStated(v.amount, t, ok, stmts, &budget) {
			x.unstated++
			x.flag(KindAmountUnstated, v.call, "%s to %s: the description states no such amount", x.formatAmount(v.amount, v.token), x.reg.label(v.to))
		}
		if !ok {
			continue
		}
		// r is 1 when an amount stated for the token matches, else
		// decoded/stated for the largest one (the smallest ratio).
		r, found, matched := int64(0), false, false
		for _, s := range stmts {
			if !tagMatches(t, s.tag) || budget <= 0 {
				continue
			}
			budget--
			match, ri := compare(v.amount, t.decimals, s)
			matched = matched || match
			if !found || ri < r {
				r, found = ri, true
			}
		}
		if !found {
			continue
		}
		if matched {
			r = Scale
			x.amountCalls[v.call] = true
			x.amountTokens[v.token] = true
		}
		maxInto(&x.ratio, r)
		if !v.known {
			maxInto(&x.ratioUnknown, r)
		}
		if r >= mismatchRatio {
			x.flag(KindAmountMismatch, v.call, "%s to %s: %s× the largest amount of %s the description states", x.formatAmount(v.amount, v.token), x.reg.label(v.to), formatFixed(r), t.symbol)
		}
		if r >= bigMismatchRatio && !v.known {
			x.flag(KindAmountMismatchUnknown, v.call, "%s to %s, not in the address book: %s× the largest amount of %s the description states", x.formatAmount(v.amount, v.token), v.to.Hex(), formatFixed(r), t.symbol)
		}
	}
	// A mismatch to an unknown recipient is a mismatch too.
	maxInto(&x.ratio, x.ratioUnknown)
}

// isStated reports an amount some number of the text equals: in whole
// tokens, in base units, or, when the decimals are unknown, in whole
// tokens of the usual decimals. Each comparison spends one of *budget.
func isStated(amount *big.Int, t token, known bool, stmts []stated, budget *int) bool {
	// Unknown decimals are tried at the usual 18, 6 and 8. The last
	// reading is base units, which only a plain integer states.
	readings := []int{18, 6, 8, 0}
	if known {
		readings = []int{t.decimals, 0}
	}
	for _, s := range stmts {
		for i, d := range readings {
			if *budget <= 0 {
				return false
			}
			*budget--
			if m, _ := compare(amount, d, s); m && (i < len(readings)-1 || s.exp == 0) {
				return true
			}
		}
	}
	return false
}

// distinct drops repeated stated amounts (same digits, exponent and tag).
func distinct(stmts []stated) []stated {
	seen := map[string]bool{}
	out := stmts[:0:0]
	for _, s := range stmts {
		key := s.mant.String() + "e" + strconv.Itoa(s.exp) + s.tag
		if !seen[key] {
			seen[key] = true
			out = append(out, s)
		}
	}
	return out
}

// formatAmount writes an amount in whole tokens when the decimals are
// known ("1218669.76 USDC"), in base units otherwise.
func (x *extraction) formatAmount(amount *big.Int, tok common.Address) string {
	t, ok := x.reg.token(tok)
	if !ok {
		return amount.String() + " base units of " + tok.Hex()
	}
	s := amount.String()
	if t.decimals > 0 {
		if len(s) <= t.decimals {
			s = strings.Repeat("0", t.decimals-len(s)+1) + s
		}
		whole, frac := s[:len(s)-t.decimals], strings.TrimRight(s[len(s)-t.decimals:], "0")
		s = whole
		if frac != "" {
			s += "." + frac
		}
	}
	return s + " " + t.symbol
}

// neededWords are the single words the mention checks look up.
func (x *extraction) neededWords() map[string]bool {
	need := map[string]bool{"eth": true, "ether": true}
	addAll := func(term string) {
		for _, w := range words(term) {
			need[w] = true
		}
	}
	for _, terms := range x.rootTerms {
		for _, t := range terms {
			addAll(t)
		}
	}
	for sym := range x.reg.symbols {
		need[sym] = true
	}
	for _, e := range x.in.Book.Entries() {
		addAll(foldKey(e.Name))
	}
	return need
}

// addrMentioned reports an address the text names: in hex, by its book
// name, or by its token's symbol. Answers are kept: a proposal of a
// thousand calls to one token asks a thousand times.
func (x *extraction) addrMentioned(m *mentions, a common.Address) bool {
	if named, ok := m.named[a]; ok {
		return named
	}
	named := x.lookUp(m, a)
	m.named[a] = named
	return named
}

func (x *extraction) lookUp(m *mentions, a common.Address) bool {
	if m.address(a) {
		return true
	}
	if name, _, ok := x.reg.book.Name(a); ok && m.term(foldKey(name)) {
		return true
	}
	if t, ok := x.reg.token(a); ok {
		sym := strings.ToLower(t.symbol)
		return m.term(sym) || sym == "eth" && m.term("ether")
	}
	return false
}

// maxMentionChecks bounds the distinct addresses checked for a mention.
const maxMentionChecks = 1024

// mentioned finds the recipients, tokens and calls the text never names.
func (x *extraction) mentioned(m *mentions) {
	checked := map[common.Address]bool{}
	check := func(call int, a common.Address, what string) {
		if a == (common.Address{}) || a == burnAddress || checked[a] || len(checked) >= maxMentionChecks {
			return
		}
		checked[a] = true
		if !x.addrMentioned(m, a) {
			x.unmentionedRecipients++
			x.flag(KindUnmentionedRecipient, call, "%s %s is named nowhere in the description", what, x.reg.label(a))
		}
	}
	for _, mv := range x.moves {
		check(mv.call, mv.to, "recipient")
	}
	for _, a := range x.approvals {
		check(a.call, a.spender, "spender")
	}
	for _, g := range x.grants {
		check(g.call, g.account, "new holder of "+g.what)
	}
	for _, u := range x.upgrades {
		check(u.call, u.impl, "implementation")
	}
	tokens := map[common.Address]bool{}
	checkToken := func(call int, tok common.Address) {
		if tokens[tok] || len(tokens) >= maxMentionChecks {
			return
		}
		tokens[tok] = true
		if !x.amountTokens[tok] && !x.addrMentioned(m, tok) {
			x.unmentionedTokens++
			x.flag(KindUnmentionedToken, call, "token %s is named nowhere in the description", x.reg.label(tok))
		}
	}
	for _, mv := range x.moves {
		checkToken(mv.call, mv.token)
	}
	for _, a := range x.approvals {
		checkToken(a.call, a.token)
	}
	for i := range x.roots {
		if !x.callMentioned(m, i) {
			x.unmentionedCalls++
			x.flag(KindUnmentionedCall, i, "call %d (%s on %s): neither its target, its method nor the addresses it passes appear in the description",
				i, methodLabel(x.roots[i]), x.reg.label(x.roots[i].Target))
		}
	}
}

func (x *extraction) callMentioned(m *mentions, i int) bool {
	if x.amountCalls[i] {
		return true
	}
	for _, a := range x.rootAddrs[i] {
		if x.addrMentioned(m, a) {
			return true
		}
	}
	for _, t := range x.rootTerms[i] {
		if m.term(t) {
			return true
		}
	}
	return false
}

// signalOnly reports a proposal that executes nothing: no calls, or only
// zero-value calls without data to the DAO's own governor or timelock (or
// to no one), which OpenZeppelin's Governor needs to accept a proposal.
func (x *extraction) signalOnly() bool {
	for _, n := range x.roots {
		if n.Value != nil && n.Value.Sign() != 0 || len(n.Data) != 0 {
			return false
		}
		if role := x.reg.role(n.Target); n.Target != (common.Address{}) && role != proposal.RoleGovernor && role != proposal.RoleTimelock {
			return false
		}
	}
	return true
}
