package decode

import (
	"fmt"
	"math/big"
	"runtime/debug"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Config bounds a Decoder's work. Zero fields take their defaults.
type Config struct {
	// MaxDepth is how many levels of nested calls are decoded below a
	// proposal's call; deeper ones are not, and their parent's Err says
	// so. Defaults to 8.
	MaxDepth int
	// MaxCalls bounds the nodes of one decoding. Defaults to 4096.
	MaxCalls int
	// MaxValues bounds the ABI values of one decoding (array slots and
	// tuple fields). Defaults to 262144.
	MaxValues int
	// MaxBytes bounds the bytes of one decoding: bytes and string values
	// produced and nested call data read. Defaults to 32 MiB.
	MaxBytes int
}

func (c *Config) setDefaults() {
	if c.MaxDepth == 0 {
		c.MaxDepth = 8
	}
	if c.MaxCalls == 0 {
		c.MaxCalls = 4096
	}
	if c.MaxValues == 0 {
		c.MaxValues = 1 << 18
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = 32 << 20
	}
}

func (c *Config) validate() error {
	for _, f := range []struct {
		name  string
		value int
	}{{"MaxDepth", c.MaxDepth}, {"MaxCalls", c.MaxCalls}, {"MaxValues", c.MaxValues}, {"MaxBytes", c.MaxBytes}} {
		if f.value < 0 {
			return fmt.Errorf("decode config: %s is %d, must not be negative", f.name, f.value)
		}
	}
	return nil
}

// Decoder decodes proposal calls into trees. It holds no mutable state and
// is safe for concurrent use.
type Decoder struct {
	cfg      Config
	registry *registry
}

// New returns a Decoder bounded by cfg.
func New(cfg Config) (*Decoder, error) {
	cfg.setDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	r, err := loadRegistry()
	if err != nil {
		return nil, err
	}
	return &Decoder{cfg: cfg, registry: r}, nil
}

// defaultDecoder backs Decode. New fails only when the embedded tables do
// not parse, which the package's tests rule out.
var defaultDecoder = sync.OnceValue(func() *Decoder {
	d, err := New(Config{})
	if err != nil {
		panic(err)
	}
	return d
})

// Decode decodes one call with the default Config.
func Decode(call proposal.Call) *Node {
	return defaultDecoder().Decode(call)
}

// Decode decodes one call and the calls nested in it.
func (d *Decoder) Decode(call proposal.Call) *Node {
	return d.newWalker().root(call)
}

// DecodeProposal decodes every call of p, in order, under one budget: a
// proposal cannot escape the limits by spreading its calldata over many
// calls.
func (d *Decoder) DecodeProposal(p *proposal.Proposal) []*Node {
	w := d.newWalker()
	calls := p.Calls()
	out := make([]*Node, len(calls))
	for i, c := range calls {
		out[i] = w.root(c)
	}
	return out
}

func (d *Decoder) newWalker() *walker {
	return &walker{d: d, b: &budget{values: d.cfg.MaxValues, bytes: d.cfg.MaxBytes, calls: d.cfg.MaxCalls}}
}

// walker decodes under one budget.
type walker struct {
	d *Decoder
	b *budget
}

// childCall is a nested call a nester found.
type childCall struct {
	kind      Kind
	target    common.Address
	value     *big.Int
	data      []byte
	signature string
}

func (w *walker) root(call proposal.Call) *Node {
	kind := KindCall
	if call.Delegatecall {
		kind = KindDelegatecall
	}
	value := call.Value
	if value == nil {
		value = new(big.Int)
	}
	n := &Node{Path: strconv.Itoa(call.Index), Kind: kind, Target: call.Target, Value: new(big.Int).Set(value), Data: call.Data}
	if w.b.calls <= 0 {
		n.Err = fmt.Sprintf("more than %d calls: not decoded", w.d.cfg.MaxCalls)
		return n
	}
	w.b.calls--
	w.decode(n, call.Signature, 0)
	return n
}

// child decodes c as the next child of parent. It returns false when the
// budget stops the nesting; parent.Err then says so.
func (w *walker) child(parent *Node, c childCall) bool {
	if w.b.calls <= 0 {
		parent.addErr(fmt.Sprintf("more than %d calls in the tree: the rest are not decoded", w.d.cfg.MaxCalls))
		return false
	}
	if err := w.b.spendBytes(len(c.data)); err != nil {
		parent.addErr(err.Error() + ": the rest of the nested calls are not decoded")
		return false
	}
	w.b.calls--
	value := c.value
	if value == nil {
		value = new(big.Int)
	}
	n := &Node{
		Path:   parent.Path + "." + strconv.Itoa(len(parent.Children)),
		Kind:   c.kind,
		Target: c.target,
		Value:  new(big.Int).Set(value),
		Data:   c.data,
	}
	parent.Children = append(parent.Children, n)
	w.decode(n, c.signature, pathDepth(n.Path))
	return true
}

func pathDepth(path string) int {
	d := 0
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			d++
		}
	}
	return d
}

// decode identifies n's method, decodes its arguments and nests its calls.
// A panic anywhere below is a bug; it is turned into n.Err so one bad call
// cannot take the scorer down.
func (w *walker) decode(n *Node, sig string, depth int) {
	defer func() {
		if r := recover(); r != nil {
			n.addErr(fmt.Sprintf("decoder bug: %v\n%s", r, debug.Stack()))
		}
	}()
	if len(n.Data) == 0 {
		return
	}
	if len(n.Data) < 4 {
		n.Err = fmt.Sprintf("calldata of %d bytes is shorter than a selector", len(n.Data))
		return
	}
	n.Selector = [4]byte(n.Data[:4])
	m, note := w.lookup(n.Selector, sig)
	if m == nil {
		n.Method = fmt.Sprintf("unknown 0x%x", n.Selector)
		n.Err = note
		return
	}
	n.Method, n.ABIName, n.Match = m.canonical, m.iface, m.match
	args, err := decodeParams(m.sig.params, n.Data[4:], w.b)
	if err != nil {
		n.addErr(note)
		n.addErr(fmt.Sprintf("decode %s: %v", m.canonical, err))
		return
	}
	n.Args = args
	n.addErr(note)
	if m.nest != nil && depth < w.d.cfg.MaxDepth {
		m.nest(w, n)
	} else if m.nest != nil {
		n.addErr(fmt.Sprintf("calls nested deeper than %d levels are not decoded", w.d.cfg.MaxDepth))
	}
}

// addErr appends msg to n.Err, so a later problem does not hide an
// earlier one.
func (n *Node) addErr(msg string) {
	switch {
	case msg == "":
	case n.Err == "":
		n.Err = msg
	default:
		n.Err += "; " + msg
	}
}

// lookup finds the method for sel. A Bravo signature, when the call has
// one, is what the selector was hashed from: a known method with the same
// canonical form wins (its arguments are named), otherwise the signature
// itself gives the types. note reports a signature that cannot be what it
// claims.
func (w *walker) lookup(sel [4]byte, sig string) (m *method, note string) {
	known := w.d.registry.bySelector[sel]
	if sig == "" {
		return known, ""
	}
	parsed, err := parseSignature(sig)
	if err != nil {
		return nil, fmt.Sprintf("signature %q: %v", sig, err)
	}
	canonical := parsed.canonical()
	if canonical != sig {
		// The timelock hashes the text as written, so the selector is not
		// the function's: the call reaches no function of that name.
		note = fmt.Sprintf("signature %q is not canonical (%s): its selector is not that function's", sig, canonical)
	}
	if known != nil && known.canonical == canonical {
		return known, note
	}
	return &method{sig: parsed, canonical: canonical, match: MatchSignature}, note
}

// method is a function the registry knows.
type method struct {
	iface     string
	sig       signature
	canonical string
	match     Match
	nest      nester
}

// registry maps selectors to the methods of the known ABIs and the 4-byte
// table. It is built once and only read after.
type registry struct {
	bySelector map[[4]byte]*method
}

var loadRegistry = sync.OnceValues(buildRegistry)

func buildRegistry() (*registry, error) {
	r := &registry{bySelector: map[[4]byte]*method{}}
	nests := nesters()
	used := map[string]bool{}
	for _, ifc := range knownInterfaces() {
		for _, text := range ifc.funcs {
			sig, err := parseSignature(text)
			if err != nil {
				return nil, fmt.Errorf("%w: %s: %v", errRegistry, ifc.name, err)
			}
			canonical := sig.canonical()
			sel := sig.selector()
			if m, ok := r.bySelector[sel]; ok {
				if m.canonical != canonical {
					return nil, fmt.Errorf("%w: %s and %s share selector 0x%x", errRegistry, m.canonical, canonical, sel)
				}
				m.iface += "/" + ifc.name
				continue
			}
			m := &method{iface: ifc.name, sig: sig, canonical: canonical, match: MatchABI, nest: nests[canonical]}
			used[canonical] = m.nest != nil
			r.bySelector[sel] = m
		}
	}
	for canonical := range nests {
		if !used[canonical] {
			return nil, fmt.Errorf("%w: nester for %s, which no interface has", errRegistry, canonical)
		}
	}
	entries, err := parseFourByte(fourByteTable)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if m, ok := r.bySelector[e.selector]; ok {
			return nil, fmt.Errorf("%w: fourbyte.txt repeats %s, which %s has", errRegistry, e.sig.canonical(), m.iface)
		}
		r.bySelector[e.selector] = &method{iface: e.label, sig: e.sig, canonical: e.sig.canonical(), match: MatchFourByte}
	}
	return r, nil
}
