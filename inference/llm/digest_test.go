package llm

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/sha3"
)

// The helpers below encode by hand, from the Solidity ABI specification,
// what digest.go encodes with go-ethereum: an independent check of the
// bytes the contracts and the verifier rely on.

func keccak(b []byte) common.Hash {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	return common.BytesToHash(h.Sum(nil))
}

func word(n uint64) []byte {
	w := make([]byte, 32)
	binary.BigEndian.PutUint64(w[24:], n)
	return w
}

// intWord is int256 two's complement.
func intWord(v int64) []byte {
	w := make([]byte, 32)
	if v < 0 {
		for i := range w {
			w[i] = 0xff
		}
	}
	binary.BigEndian.PutUint64(w[24:], uint64(v))
	return w
}

// tailString is the tail encoding of a string: length, then bytes padded
// to a multiple of 32.
func tailString(s string) []byte {
	out := word(uint64(len(s)))
	padded := make([]byte, (len(s)+31)/32*32)
	copy(padded, s)
	return append(out, padded...)
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// manualModel is abi.encode(string, string, string, bytes32, bytes32).
func manualModel(kind, provider, model string, td, sd common.Hash) []byte {
	a, b, c := tailString(kind), tailString(provider), tailString(model)
	head := 5 * 32
	return cat(word(uint64(head)), word(uint64(head+len(a))), word(uint64(head+len(a)+len(b))), td[:], sd[:], a, b, c)
}

// manualSpec is abi.encode(string, string[], int256[]). A string[] tail is
// its length, one offset per element (from just after the length word),
// then each element's string tail.
func manualSpec(schema string, names []string, scales []int64) []byte {
	a := tailString(schema)
	heads := make([][]byte, len(names))
	tails := make([][]byte, len(names))
	off := 32 * len(names)
	for i, n := range names {
		heads[i] = word(uint64(off))
		tails[i] = tailString(n)
		off += len(tails[i])
	}
	b := cat(word(uint64(len(names))), cat(heads...), cat(tails...))
	c := word(uint64(len(scales)))
	for _, v := range scales {
		c = append(c, intWord(v)...)
	}
	head := 3 * 32
	return cat(word(uint64(head)), word(uint64(head+len(a))), word(uint64(head+len(a)+len(b))), a, b, c)
}

// manualSpecOf is manualSpec of a schema and its outputs.
func manualSpecOf(schema string, outputs []Output) []byte {
	names := make([]string, len(outputs))
	scales := make([]int64, len(outputs))
	for i, o := range outputs {
		names[i], scales[i] = o.Name, o.Scale
	}
	return manualSpec(schema, names, scales)
}

// manualPrompt is abi.encode(string, string).
func manualPrompt(system, user string) []byte {
	a, b := tailString(system), tailString(user)
	return cat(word(64), word(uint64(64+len(a))), a, b)
}

// manualOutputs is abi.encode(bytes32, int256[]).
func manualOutputs(raw common.Hash, values []int64) []byte {
	out := cat(raw[:], word(64), word(uint64(len(values))))
	for _, v := range values {
		out = append(out, intWord(v)...)
	}
	return out
}

func TestDigestsMatchManualEncoding(t *testing.T) {
	td := keccak([]byte("template {{.x}}"))
	cases := []struct {
		name         string
		provider     string
		model        string
		system, user string
		values       []int64
		schema       string
		outputs      []Output
	}{
		{"typical", "openai", "gpt-4o-mini-2024-07-18", "You score proposals.", "Proposal: <data>…</data>", []int64{7250, 8000},
			`{"type":"object","additionalProperties":false,"required":["score","confidence"],"properties":{"score":{"type":"number","minimum":0,"maximum":10},"confidence":{"type":"number","minimum":0,"maximum":1}}}`,
			[]Output{{"score", 1000}, {"confidence", 10000}}},
		{"no system, long user", "ollama", "llama3.1:8b", "", string(bytes.Repeat([]byte("x"), 100)), []int64{0},
			"{}", []Output{{"a_name_of_exactly_thirty_two_byt", 1}}},
		{"extreme values", "anthropic", "claude-3-5-haiku-20241022", "s", "u", []int64{-1, math.MinInt64, math.MaxInt64, 0},
			"  {\n\t\"x\": 1 }\n", []Output{{"é", math.MaxInt64}, {"b", 1}, {"a name longer than thirty-two bytes, surely", 7}}},
		{"empty values", "openai", "m", "", "", []int64{}, "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := TemplateDigest("template {{.x}}"), td; got != want {
				t.Errorf("TemplateDigest = %s, want %s", got, want)
			}
			sd := keccak(manualSpecOf(tc.schema, tc.outputs))
			if got := SpecDigest(tc.schema, tc.outputs); got != sd {
				t.Errorf("SpecDigest = %s, want %s", got, sd)
			}
			if got, want := ModelDigest(tc.provider, tc.model, td, sd), keccak(manualModel("llm", tc.provider, tc.model, td, sd)); got != want {
				t.Errorf("ModelDigest = %s, want %s", got, want)
			}
			p := Prompt{System: tc.system, User: tc.user}
			if got, want := p.Bytes(), manualPrompt(tc.system, tc.user); !bytes.Equal(got, want) {
				t.Errorf("Prompt.Bytes =\n%x\nwant\n%x", got, want)
			}
			pd := keccak(manualPrompt(tc.system, tc.user))
			if p.Digest() != pd {
				t.Errorf("Prompt.Digest = %s, want %s", p.Digest(), pd)
			}
			// abi.encode(bytes32) is the 32 bytes themselves.
			if got := EncodeInputs(pd); !bytes.Equal(got, pd[:]) {
				t.Errorf("EncodeInputs = %x, want %x", got, pd[:])
			}
			raw := keccak([]byte(`{"score": 1}`))
			if got, want := EncodeOutputs(raw, tc.values), manualOutputs(raw, tc.values); !bytes.Equal(got, want) {
				t.Errorf("EncodeOutputs =\n%x\nwant\n%x", got, want)
			}
		})
	}
}

// TestModelDigestBindsSpec checks that the schema text and the outputs
// (names, order, scales) are part of the authorised model digest: each
// change an agent could make to loosen or reinterpret its committed values
// is a new ModelDigest, while the same configuration arrived at another way
// is the same one.
func TestModelDigestBindsSpec(t *testing.T) {
	base := loadTestConfig(t)
	const maxScore = `"score": {"type": "number", "minimum": 0, "maximum": 10}`
	if !strings.Contains(base.Schema, maxScore) {
		t.Fatalf("test config schema lacks %s", maxScore)
	}
	baseV, err := NewVerifier(base)
	if err != nil {
		t.Fatalf("NewVerifier: %v", err)
	}
	if got, want := baseV.SpecDigest(), keccak(manualSpecOf(base.Schema, base.Outputs)); got != want {
		t.Fatalf("SpecDigest = %s, want %s", got, want)
	}

	// clone copies cfg deeply enough that edits do not reach base.
	clone := func(cfg Config) Config {
		cfg.Outputs = slices.Clone(cfg.Outputs)
		cfg.Variables = slices.Clone(cfg.Variables)
		return cfg
	}
	cases := []struct {
		name    string
		edit    func(t *testing.T, cfg Config) Config
		changes bool
	}{
		{"schema maximum raised", func(t *testing.T, cfg Config) Config {
			cfg.Schema = strings.Replace(cfg.Schema, maxScore, `"score": {"type": "number", "minimum": 0, "maximum": 100}`, 1)
			return cfg
		}, true},
		{"schema minimum lowered", func(t *testing.T, cfg Config) Config {
			cfg.Schema = strings.Replace(cfg.Schema, maxScore, `"score": {"type": "number", "minimum": -10, "maximum": 10}`, 1)
			return cfg
		}, true},
		{"output scale changed", func(t *testing.T, cfg Config) Config {
			cfg.Outputs[0].Scale *= 10
			return cfg
		}, true},
		{"outputs reordered", func(t *testing.T, cfg Config) Config {
			slices.Reverse(cfg.Outputs)
			return cfg
		}, true},
		{"output dropped", func(t *testing.T, cfg Config) Config {
			cfg.Outputs = cfg.Outputs[:1]
			return cfg
		}, true},
		// The schema is hashed as text: reformatting it is a new digest.
		{"schema reformatted", func(t *testing.T, cfg Config) Config {
			cfg.Schema = strings.Replace(cfg.Schema, maxScore, `"score": {"type": "number", "minimum": 0,  "maximum": 10}`, 1)
			return cfg
		}, true},
		{"identical copy", func(t *testing.T, cfg Config) Config { return cfg }, false},
		{"reloaded from YAML", func(t *testing.T, _ Config) Config { return loadTestConfig(t) }, false},
		{"round-tripped through JSON", func(t *testing.T, cfg Config) Config {
			b, err := json.Marshal(cfg)
			if err != nil {
				t.Fatal(err)
			}
			var out Config
			if err := json.Unmarshal(b, &out); err != nil {
				t.Fatal(err)
			}
			return out
		}, false},
		{"non-digest fields changed", func(t *testing.T, cfg Config) Config {
			cfg.BaseURL = "https://other.example/v1"
			cfg.Timeout = 2 * cfg.Timeout
			cfg.MaxRetries = -1
			cfg.MaxTokens = 64
			return cfg
		}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.edit(t, clone(base))
			v, err := NewVerifier(cfg)
			if err != nil {
				t.Fatalf("NewVerifier of the edited config: %v", err)
			}
			if v.TemplateDigest() != baseV.TemplateDigest() {
				t.Fatalf("TemplateDigest changed; the case must edit only the spec")
			}
			if got, want := v.SpecDigest(), SpecDigest(cfg.Schema, cfg.Outputs); got != want {
				t.Errorf("Verifier.SpecDigest = %s, want SpecDigest(...) = %s", got, want)
			}
			if got, want := v.ModelDigest(), ModelDigest(string(cfg.Provider), cfg.Model, v.TemplateDigest(), v.SpecDigest()); got != want {
				t.Errorf("Verifier.ModelDigest = %s, want ModelDigest(...) = %s", got, want)
			}
			if changed := v.ModelDigest() != baseV.ModelDigest(); changed != tc.changes {
				t.Errorf("ModelDigest changed = %v, want %v (%s vs base %s)", changed, tc.changes, v.ModelDigest(), baseV.ModelDigest())
			}
			if changed := v.SpecDigest() != baseV.SpecDigest(); changed != tc.changes {
				t.Errorf("SpecDigest changed = %v, want %v", changed, tc.changes)
			}
		})
	}
	if base.Outputs[0] != (Output{Name: "score", Scale: 1000}) {
		t.Fatalf("a case edited the base config: Outputs = %v", base.Outputs)
	}
}

func TestDecodeRoundTrip(t *testing.T) {
	raw := keccak([]byte("answer"))
	values := []int64{-5, 0, 9_999_999_999}
	gotRaw, gotValues, err := DecodeOutputs(EncodeOutputs(raw, values))
	if err != nil || gotRaw != raw || !equalInts(gotValues, values) {
		t.Fatalf("DecodeOutputs = %s %v %v, want %s %v", gotRaw, gotValues, err, raw, values)
	}
	pd := keccak([]byte("prompt"))
	if got, err := DecodeInputs(EncodeInputs(pd)); err != nil || got != pd {
		t.Fatalf("DecodeInputs = %s %v", got, err)
	}
	p := Prompt{System: "sys", User: "user ✓"}
	if got, err := DecodePrompt(p.Bytes()); err != nil || got != p {
		t.Fatalf("DecodePrompt = %+v %v", got, err)
	}
}

func TestDecodeRefuses(t *testing.T) {
	raw := keccak([]byte("answer"))
	good := EncodeOutputs(raw, []int64{1, 2})
	// An offset of 96 instead of 64 with a padding word in between decodes
	// to the same values under a lenient decoder, but hashes differently.
	nonCanonical := cat(raw[:], word(96), word(0), word(2), intWord(1), intWord(2))
	tooBig := cat(raw[:], word(64), word(1), append([]byte{0x01}, make([]byte, 31)...))
	trailing := append(append([]byte{}, good...), make([]byte, 32)...)
	promptNonCanonical := cat(word(64), word(128), tailString("a"), tailString("b"), word(0))
	cases := []struct {
		name   string
		decode func() error
	}{
		{"outputs truncated", func() error { _, _, err := DecodeOutputs(good[:70]); return err }},
		{"outputs non-canonical offset", func() error { _, _, err := DecodeOutputs(nonCanonical); return err }},
		{"outputs trailing bytes", func() error { _, _, err := DecodeOutputs(trailing); return err }},
		{"outputs value beyond int64", func() error { _, _, err := DecodeOutputs(tooBig); return err }},
		{"inputs 31 bytes", func() error { _, err := DecodeInputs(make([]byte, 31)); return err }},
		{"inputs 64 bytes", func() error { _, err := DecodeInputs(make([]byte, 64)); return err }},
		{"prompt trailing word", func() error { _, err := DecodePrompt(promptNonCanonical); return err }},
		{"prompt garbage", func() error { _, err := DecodePrompt([]byte("hello")); return err }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.decode(); !errors.Is(err, ErrEncoding) {
				t.Fatalf("got %v, want ErrEncoding", err)
			}
		})
	}
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
