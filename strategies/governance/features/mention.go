package features

import (
	"math/big"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// Limits on what is read from a description, so a 1 MiB one costs a
// bounded amount of work and memory.
const (
	maxStatedAmounts = 4096 // numbers kept
	maxNumberDigits  = 40   // longer numbers are not amounts
	maxNamedAddrs    = 4096 // addresses kept
	maxPhraseChecks  = 512  // multi-word searches; past it a phrase counts as absent
	maxShortAddrs    = 256  // shortened addresses (0x1234…abcd) kept
)

// stated is an amount the text states: mant·10^exp whole units, tagged
// with the token it names ("usdc", "eth", "usd" for "$", "" for none).
type stated struct {
	mant *big.Int
	exp  int
	tag  string
}

// suffixExp is the power of ten a suffix multiplies by.
func suffixExp(s string) int {
	switch s {
	case "k", "thousand":
		return 3
	case "m", "mm", "million":
		return 6
	case "b", "bn", "billion":
		return 9
	}
	return 0
}

// tagWord maps a word next to a number to the tag it gives: a symbol the
// vocabulary holds, "eth" for ether, "usd" for dollars.
func tagWord(w string, vocab map[string]bool) string {
	switch w {
	case "eth", "ether", "ethers":
		return "eth"
	case "usd", "dollars", "dollar":
		return "usd"
	}
	if vocab[w] {
		return w
	}
	return ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// statedAmounts reads the amounts of normalised text: numbers with
// thousands separators (1,218,669.76; 3'000'000; 1_000), a fraction, a
// suffix (50k, 1.5m, 2 million) and a tag, "$" before or a symbol after
// (or before) the number. A number that continues a word, a version or a
// hex string (after a letter, a digit, "." or "_") is not an amount. One
// pass, no backtracking: a 1 MiB description costs a scan.
func statedAmounts(text string, vocab map[string]bool) []stated {
	var out []stated
	for i := 0; i < len(text) && len(out) < maxStatedAmounts; {
		if !isDigit(text[i]) {
			i++
			continue
		}
		start := i
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '.' || prev == '_' {
				for i < len(text) && isDigit(text[i]) {
					i++
				}
				continue
			}
		}
		var digits strings.Builder
		for i < len(text) && isDigit(text[i]) {
			digits.WriteByte(text[i])
			i++
		}
		// Groups of exactly three digits after a separator.
		for i+3 < len(text) && (text[i] == ',' || text[i] == '\'' || text[i] == '_') &&
			isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) && (i+4 == len(text) || !isDigit(text[i+4])) {
			digits.WriteString(text[i+1 : i+4])
			i += 4
		}
		frac := 0
		if i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) {
			i++
			for i < len(text) && isDigit(text[i]) {
				digits.WriteByte(text[i])
				frac++
				i++
			}
		}
		end := i
		if digits.Len() > maxNumberDigits {
			continue
		}
		mant, ok := new(big.Int).SetString(digits.String(), 10)
		if !ok {
			continue
		}
		s := stated{mant: mant, exp: -frac}
		rest := text[end:]
		// Letters right after a number make a word ("0x12", "5th"),
		// unless they are a suffix or a symbol ("50k", "10eth").
		if w := leadingWord(rest); w != "" && !isDigit(w[0]) && suffixExp(w) == 0 && tagWord(w, vocab) == "" {
			continue
		}
		// A suffix follows the number directly or after one space.
		gap := 0
		if strings.HasPrefix(rest, " ") {
			gap = 1
		}
		if w := leadingWord(rest[gap:]); suffixExp(w) > 0 {
			s.exp += suffixExp(w)
			rest = rest[gap+len(w):]
		}
		before := strings.TrimRight(text[:start], " ")
		switch {
		case strings.HasSuffix(before, "$"):
			s.tag = "usd"
		default:
			s.tag = tagWord(nextWord(rest), vocab)
			if s.tag == "" {
				s.tag = tagWord(prevWord(text[:start]), vocab)
			}
		}
		out = append(out, s)
	}
	return out
}

// leadingWord is the letters and digits s starts with; nextWord the word
// after s's leading spaces; prevWord the word before its trailing spaces.
// Words over 32 bytes are not symbols: they read as "".
func leadingWord(s string) string {
	end := strings.IndexFunc(s, notWordRune)
	if end < 0 {
		end = len(s)
	}
	if end > 32 {
		return ""
	}
	return s[:end]
}

func nextWord(s string) string { return leadingWord(strings.TrimLeft(s, " \t")) }

func prevWord(s string) string {
	s = strings.TrimRight(s, " \t")
	start := strings.LastIndexFunc(s, notWordRune)
	if start >= 0 {
		_, size := utf8.DecodeRuneInString(s[start:])
		start += size
	} else {
		start = 0
	}
	if w := s[start:]; len(w) <= 32 {
		return w
	}
	return ""
}

// compare relates a decoded amount (base units of a token with decimals
// decimals) to a stated one: whether they match, allowing the rounding
// of the stated digits and 1 %, and decoded/stated at Scale (clamped to
// 1000×).
func compare(amount *big.Int, decimals int, s stated) (match bool, r int64) {
	e := s.exp + decimals
	a, b, unit := new(big.Int).Set(amount), new(big.Int).Set(s.mant), big.NewInt(1)
	if e >= 0 {
		b.Mul(b, pow10(e))
		unit = pow10(e)
	} else {
		a.Mul(a, pow10(-e))
	}
	diff := new(big.Int).Sub(a, b)
	diff.Abs(diff)
	pct := new(big.Int).Mul(diff, big.NewInt(100))
	half := new(big.Int).Mul(diff, big.NewInt(2))
	match = pct.Cmp(b) <= 0 || half.Cmp(unit) <= 0
	return match, ratio(a, b, 1000)
}

// mentions answers whether the description names a term: an address
// (whole, or shortened as 0x1234…abcd), a word, or a phrase of words.
type mentions struct {
	words   string // " w1 w2 … ": normalised words, one space apart
	wordSet map[string]bool
	addrs   map[common.Address]bool
	short   [][2]string // prefix and suffix of shortened addresses
	phrases int         // phrase searches made
	named   map[common.Address]bool
}

// addrRE finds whole and shortened addresses in normalised text.
var addrRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`0x([0-9a-f]{40})|0x([0-9a-f]{3,38})(?:…|\.{2,3})([0-9a-f]{3,38})`)
})

// newMentions indexes normalised text; need is the set of single words
// worth remembering (the terms the calls give), so a long description
// costs no more memory than its text.
func newMentions(text string, need map[string]bool) *mentions {
	m := &mentions{wordSet: map[string]bool{}, addrs: map[common.Address]bool{}, named: map[common.Address]bool{}}
	var b strings.Builder
	b.Grow(len(text) + 2)
	b.WriteByte(' ')
	for w := range strings.FieldsFuncSeq(text, notWordRune) {
		if need[w] {
			m.wordSet[w] = true
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	m.words = b.String()
	for _, g := range addrRE().FindAllStringSubmatch(text, maxNamedAddrs) {
		if g[1] != "" {
			m.addrs[common.HexToAddress(g[1])] = true
		} else if len(m.short) < maxShortAddrs {
			m.short = append(m.short, [2]string{g[2], g[3]})
		}
	}
	return m
}

// address reports a named in full or shortened.
func (m *mentions) address(a common.Address) bool {
	if m.addrs[a] {
		return true
	}
	h := strings.ToLower(a.Hex()[2:])
	for _, s := range m.short {
		if strings.HasPrefix(h, s[0]) && strings.HasSuffix(h, s[1]) {
			return true
		}
	}
	return false
}

// term reports a normalised term: one word, or a phrase of several
// (every word present, then the phrase searched).
func (m *mentions) term(t string) bool {
	ws := words(t)
	switch len(ws) {
	case 0:
		return false
	case 1:
		return m.wordSet[ws[0]]
	}
	for _, w := range ws {
		if !m.wordSet[w] {
			return false
		}
	}
	if m.phrases >= maxPhraseChecks {
		return false
	}
	m.phrases++
	return strings.Contains(m.words, " "+strings.Join(ws, " ")+" ")
}

// methodTerms are the phrases a method is described by: its name
// ("setvotingperiod"), its words ("set voting period") and, without a
// leading verb, its object ("voting period").
func methodTerms(method string) []string {
	name, _, _ := strings.Cut(method, "(")
	name = strings.TrimLeft(name, "_")
	if name == "" || strings.HasPrefix(method, "unknown ") {
		return nil
	}
	var ws []string
	start := 0
	for i := 1; i <= len(name); i++ {
		if i == len(name) || unicode.IsUpper(rune(name[i])) && !unicode.IsUpper(rune(name[i-1])) {
			ws = append(ws, strings.ToLower(name[start:i]))
			start = i
		}
	}
	out := []string{strings.ToLower(name)}
	if len(ws) > 1 {
		out = append(out, strings.Join(ws, " "))
		switch ws[0] {
		case "set", "update", "change", "add", "remove", "enable", "disable", "grant", "revoke", "configure", "transfer":
			out = append(out, strings.Join(ws[1:], " "))
		}
	}
	return out
}
