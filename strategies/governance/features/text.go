package features

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxText is how much of a description is read: the first 1 MiB. A
// longer one is cut there (at a character boundary) and flagged: a
// description that long hides something or floods a reader.
const MaxText = 1 << 20

// isBidi reports the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069) and the Arabic letter mark:
// the characters that make text display in another order than it reads
// ("Trojan Source").
func isBidi(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x061C
}

// isInvisible reports characters that show nothing: zero-width spaces,
// joiners and marks (U+200B–U+200F), word joiner and invisible operators
// (U+2060–U+2064), the BOM (U+FEFF), the soft hyphen, the Mongolian vowel
// separator and the tag characters (U+E0000–U+E007F, which smuggle
// invisible ASCII).
func isInvisible(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r >= 0x2060 && r <= 0x2064 || r == 0xFEFF ||
		r == 0x00AD || r == 0x180E || r >= 0xE0000 && r <= 0xE007F
}

// confusable maps Cyrillic, Greek and Armenian letters that look like
// Latin ones to the Latin letter they imitate. NFKC already maps
// full-width and mathematical letters; these it leaves alone.
func confusable(r rune) (rune, bool) {
	switch r {
	// Cyrillic capitals.
	case 'А':
		return 'A', true
	case 'В':
		return 'B', true
	case 'Е':
		return 'E', true
	case 'Ѕ':
		return 'S', true
	case 'І', 'Ӏ':
		return 'I', true
	case 'Ј':
		return 'J', true
	case 'К':
		return 'K', true
	case 'М':
		return 'M', true
	case 'Н', 'Һ':
		return 'H', true
	case 'О':
		return 'O', true
	case 'Р':
		return 'P', true
	case 'С':
		return 'C', true
	case 'Т':
		return 'T', true
	case 'У', 'Ү':
		return 'Y', true
	case 'Х':
		return 'X', true
	case 'Ԛ':
		return 'Q', true
	case 'Ԝ':
		return 'W', true
	// Cyrillic small letters.
	case 'а':
		return 'a', true
	case 'е':
		return 'e', true
	case 'о':
		return 'o', true
	case 'р':
		return 'p', true
	case 'с':
		return 'c', true
	case 'у', 'ү':
		return 'y', true
	case 'х':
		return 'x', true
	case 'ѕ':
		return 's', true
	case 'і':
		return 'i', true
	case 'ј':
		return 'j', true
	case 'ԁ':
		return 'd', true
	case 'ԛ':
		return 'q', true
	case 'ԝ':
		return 'w', true
	case 'һ':
		return 'h', true
	case 'ӏ':
		return 'l', true
	case 'к':
		return 'k', true
	// Greek capitals.
	case 'Α':
		return 'A', true
	case 'Β':
		return 'B', true
	case 'Ε':
		return 'E', true
	case 'Ζ':
		return 'Z', true
	case 'Η':
		return 'H', true
	case 'Ι':
		return 'I', true
	case 'Κ':
		return 'K', true
	case 'Μ':
		return 'M', true
	case 'Ν':
		return 'N', true
	case 'Ο':
		return 'O', true
	case 'Ρ':
		return 'P', true
	case 'Τ':
		return 'T', true
	case 'Υ':
		return 'Y', true
	case 'Χ':
		return 'X', true
	// Greek small letters.
	case 'ο':
		return 'o', true
	case 'α':
		return 'a', true
	case 'ν':
		return 'v', true
	case 'ρ':
		return 'p', true
	case 'ι':
		return 'i', true
	case 'κ':
		return 'k', true
	case 'υ':
		return 'u', true
	case 'ϲ':
		return 'c', true
	case 'ϳ':
		return 'j', true
	// Armenian and Latin letters that pass for ASCII ones.
	case 'օ':
		return 'o', true
	case 'ս':
		return 'u', true
	case 'հ':
		return 'h', true
	case 'ո':
		return 'n', true
	case 'ı':
		return 'i', true
	case 'ǀ':
		return 'l', true
	}
	return r, false
}

// stripFold removes invisible and bidi characters and maps confusables to
// Latin.
func stripFold(s string) string {
	return strings.Map(func(r rune) rune {
		if isBidi(r) || isInvisible(r) {
			return -1
		}
		if l, ok := confusable(r); ok {
			return l
		}
		return r
	}, s)
}

// normalise is the text matching reads: valid UTF-8, invisible and bidi
// characters removed, NFKC, confusables mapped to Latin, lower case.
// Stripping comes first so "US\u200bDC" is one word; NFKC second so a
// full-width "ＵＳＤＣ" becomes ASCII; folding last, since NFKC keeps
// Cyrillic as it is.
func normalise(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if isBidi(r) || isInvisible(r) {
			return -1
		}
		return r
	}, s)
	s = norm.NFKC.String(s)
	return strings.ToLower(stripFold(s))
}

// foldKey normalises a short term (a book name, a symbol) the way
// normalise does the description.
func foldKey(s string) string { return normalise(s) }

// words splits normalised text into its words: runs of letters and
// digits.
func words(s string) []string { return strings.FieldsFunc(s, notWordRune) }

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// truncate cuts s to MaxText bytes at a character boundary.
func truncate(s string) (string, bool) {
	if len(s) <= MaxText {
		return s, false
	}
	cut := MaxText
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut], true
}

// hostility is what the description does to mislead a reader or a model.
type hostility struct {
	bidi, invisible int
	// confusable counts words mixing Latin letters with look-alikes;
	// confusableKey the words whose disguise hides a term that matters (a
	// token symbol, an address, a word of a book name).
	confusable, confusableKey int
	instructions              int
	firstInstruction          string // which pattern matched first, for the flag
}

// isWordRune: letters, digits and marks make words; invisible and bidi
// characters do not split them, so "US\u200bDC" is one disguised word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || isInvisible(r) || isBidi(r)
}

// measureHostility counts the disguises in raw text; isKey tells the
// normalised words that matter.
func measureHostility(raw string, isKey func(string) bool) hostility {
	var h hostility
	raw = strings.ToValidUTF8(raw, "\uFFFD")
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		ascii, latin, look, hidden := true, false, false, false
		for i < len(raw) {
			r, size = utf8.DecodeRuneInString(raw[i:])
			if !isWordRune(r) {
				break
			}
			switch {
			case isBidi(r):
				h.bidi++
				hidden = true
			case isInvisible(r):
				h.invisible++
				hidden = true
			case r < utf8.RuneSelf:
				latin = latin || unicode.IsLetter(r)
			default:
				if _, ok := confusable(r); ok {
					look = true
				}
			}
			ascii = ascii && r < utf8.RuneSelf
			i += size
		}
		if ascii {
			continue
		}
		word := raw[start:i]
		if look && latin {
			h.confusable++
		}
		folded := normalise(word)
		if (look || hidden || folded != strings.ToLower(word)) && isKey(folded) {
			h.confusableKey++
		}
	}
	return h
}

// pattern is one kind of instruction-like text.
type pattern struct {
	name string   // named in flags, which never quote the text
	need []string // the pattern cannot match a text without one of these
	re   *regexp.Regexp
}

// instructionPatterns match text that addresses a model instead of
// voters: overrides of instructions, fake role headers, persona prompts,
// requests for a score. They run on normalised text, so confusables and
// zero-width characters do not hide them. Every match raises risk; none
// lowers it. Compiled once; read only.
var instructionPatterns = sync.OnceValue(func() []pattern {
	p := func(name string, need []string, expr string) pattern {
		return pattern{name, need, regexp.MustCompile(expr)}
	}
	return []pattern{
		p("override of instructions", []string{"ignore", "disregard", "forget", "override", "bypass"},
			`\b(ignore|disregard|forget|override|bypass)\b[^.!?]{0,60}?\b(instructions?|prompts?|rules|guidelines|directives|guardrails|system (prompt|message))\b`),
		p("role header (system:/assistant:)", []string{"system", "assistant", "developer"},
			`(?m)^[\s>#*_\[(<|-]*(system|assistant|developer)\s*(prompt|message)?\s*[:\]>|]`),
		p("chat-template token", []string{"im_", "system", "endoftext", "inst", "<<"},
			`<\|?(im_start|im_end|system|endoftext)\|?>|\[/?inst\]|<</?sys>>|</?(system|instructions?)>`),
		p("persona address (you are …)", []string{"you"},
			`\byou\s+are\s+(now\s+|an?\s+|the\s+)?(ai|assistant|language\s+model|llm|chatgpt|gpt|claude|bot|(helpful|friendly|security|risk|scoring|governance)\s+\w+)`),
		p("persona override (you are now …)", []string{"you"},
			`\byou\s+are\s+now\s+(dan|free|unrestricted|jailbroken|unfiltered|in\s+\w+\s+mode)\b`),
		p("order to the reader (you must …)", []string{"you"},
			`\byou\s+(must|should|will|shall)\s+(now\s+)?(score|rate|output|respond|answer|reply|return|assign|give|vote|approve|ignore)\b`),
		p("request for a low score", []string{"score", "rate", "grade", "rank", "classify"},
			`\b(score|rate|grade|rank|classify)\s+(this|it|the\s+proposal)\b[^.!?\n]{0,40}?\b(0|zero|low|safe|benign|harmless|minimal)\b`),
		p("score dictated", []string{"score", "give"},
			`\b(risk\s+)?score\s*(:|=|should\s+be|must\s+be)\s*0\b|\bgive\s+(this|it)(\s+proposal)?\s+(a\s+)?(score|rating)\b`),
		p("as an AI …", []string{"ai", "language", "llm", "assistant"},
			`\bas\s+an?\s+(ai|language\s+model|llm|assistant)\b`),
		p("role-play", []string{"role", "pretend", "act", "imagine", "from", "jailbreak", "mode", "anything"},
			`\b(role-?play|pretend\s+(to\s+be|you|that)|act\s+as\s+(if|an?\s+(ai|assistant|model|auditor|scorer|llm))|imagine\s+you\s+are|from\s+now\s+on|jailbreak|developer\s+mode|do\s+anything\s+now)\b`),
		p("hidden instructions / do not flag", []string{"instruction", "flag", "report", "mention", "warn", "alert"},
			`\b(new|updated|real|actual|hidden|secret)\s+instructions?\b|\b(do\s+not|don't|never)\s+(flag|report|mention|warn|alert)\b`),
	}
})

// maxInstructionMatches bounds the count (and the work) per pattern.
const maxInstructionMatches = 64

// countInstructions counts instruction-like matches in normalised text.
func countInstructions(text string, h *hostility) {
	for _, p := range instructionPatterns() {
		if !slices.ContainsFunc(p.need, func(w string) bool { return strings.Contains(text, w) }) {
			continue
		}
		n := len(p.re.FindAllStringIndex(text, maxInstructionMatches))
		if n > 0 && h.instructions == 0 {
			h.firstInstruction = p.name
		}
		h.instructions += n
	}
}
