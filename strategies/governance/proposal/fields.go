package proposal

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// member is one "key": value pair of a JSON object, in file order.
type member struct {
	key string
	raw json.RawMessage
}

// readObject reads a JSON object's members in file order. Unlike
// json.Unmarshal into a map it refuses duplicate keys: a file with two
// "targets" would otherwise be judged on whichever came last.
func readObject(data []byte, path string) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := expectDelim(dec, '{'); err != nil {
		return nil, objectErr(path, err)
	}
	var out []member
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, objectErr(path, err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, objectErr(path, fmt.Errorf("key %v is not a string", tok))
		}
		if seen[key] {
			return nil, fieldErr(join(path, keyName(key)), "appears twice")
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, objectErr(path, err)
		}
		out = append(out, member{key: key, raw: raw})
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, objectErr(path, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, objectErr(path, errors.New("data after the closing brace"))
	}
	return out, nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("want %q, found %s", want, describeToken(tok))
	}
	return nil
}

func describeToken(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		return strconv.QuoteRune(rune(v))
	case string:
		return "string " + quote(v)
	case nil:
		return "null"
	default:
		return fmt.Sprintf("%T %v", v, v)
	}
}

func objectErr(path string, err error) error {
	if path == "" {
		return fmt.Errorf("%w: not a JSON object: %v", ErrInvalid, err)
	}
	return fieldErr(path, "is not a JSON object: %v", err)
}

// join appends key to a field path: "creation_params" + "targets".
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

// isNull reports whether raw is JSON null (or absent). The readers below
// take raw as encoding/json hands it out: without surrounding space.
func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// readArray reads a JSON array's elements.
func readArray(raw json.RawMessage, path string) ([]json.RawMessage, error) {
	var elems []json.RawMessage
	if isNull(raw) || raw[0] != '[' {
		return nil, fieldErr(path, "%s is not an array", rawText(raw))
	}
	if err := json.Unmarshal(raw, &elems); err != nil {
		return nil, fieldErr(path, "is not an array: %v", err)
	}
	return elems, nil
}

// readString reads a JSON string.
func readString(raw json.RawMessage, path string) (string, error) {
	var s string
	if isNull(raw) || raw[0] != '"' {
		return "", fieldErr(path, "%s is not a string", rawText(raw))
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fieldErr(path, "is not a string: %v", err)
	}
	return s, nil
}

// readAddress reads a JSON string holding a 0x-prefixed 20-byte address. A
// mixed-case address must pass its EIP-55 checksum: a typo in one would
// otherwise name another account silently.
func readAddress(raw json.RawMessage, path string) (common.Address, error) {
	s, err := readString(raw, path)
	if err != nil {
		return common.Address{}, err
	}
	return parseAddress(s, path)
}

func parseAddress(s, path string) (common.Address, error) {
	if !common.IsHexAddress(s) || !has0x(s) {
		return common.Address{}, fieldErr(path, "%s is not a 20-byte address", quote(s))
	}
	a := common.HexToAddress(s)
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != "0x"+body {
		return common.Address{}, fieldErr(path, "%s fails its EIP-55 checksum (a typo?)", quote(s))
	}
	return a, nil
}

func has0x(s string) bool { return len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') }

// readHex reads a JSON string of 0x-prefixed hex bytes ("0x" is empty).
func readHex(raw json.RawMessage, path string) ([]byte, error) {
	s, err := readString(raw, path)
	if err != nil {
		return nil, err
	}
	if !has0x(s) {
		return nil, fieldErr(path, "%s does not start with 0x", quote(s))
	}
	if len(s)%2 != 0 {
		return nil, fieldErr(path, "%s has an odd number of hex digits", quote(s))
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		var bad hex.InvalidByteError
		if errors.As(err, &bad) {
			return nil, fieldErr(path, "%s is not hex: %q at offset %d", quote(s), rune(bad), bytes.IndexByte([]byte(s[2:]), byte(bad))+2)
		}
		return nil, fieldErr(path, "%s is not hex: %v", quote(s), err)
	}
	return b, nil
}

// maxUint256 is the largest value a uint256 holds.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// readUint reads a non-negative integer that fits a uint256: a string of
// decimal digits, or, when hexOK, a 0x-prefixed hex string; or a JSON
// number whose value is a whole number (1000, 1e18, 5.0).
func readUint(raw json.RawMessage, path string, hexOK bool) (*big.Int, error) {
	if isNull(raw) {
		return nil, fieldErr(path, "is null, want a decimal integer")
	}
	var n *big.Int
	switch raw[0] {
	case '"':
		s, err := readString(raw, path)
		if err != nil {
			return nil, err
		}
		if n, err = parseUintString(s, path, hexOK); err != nil {
			return nil, err
		}
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		var err error
		if n, err = parseJSONInteger(string(raw), path); err != nil {
			return nil, err
		}
	default:
		return nil, fieldErr(path, "%s is not a decimal integer (want a string of digits)", rawText(raw))
	}
	if n.Cmp(maxUint256) > 0 {
		return nil, fieldErr(path, "%s is more than a uint256 holds", quote(n.String()))
	}
	return n, nil
}

func parseUintString(s, path string, hexOK bool) (*big.Int, error) {
	if strings.HasPrefix(s, "-") && len(s) > 1 && isDigits(s[1:]) {
		return nil, fieldErr(path, "%s is negative", quote(s))
	}
	if hexOK && has0x(s) {
		// 64 digits, and a few zeros of padding, are all a uint256 can use.
		if len(s) > 2+80 {
			return nil, fieldErr(path, "%s is more than a uint256 holds", quote(s))
		}
		n, ok := new(big.Int).SetString(s[2:], 16)
		if !ok || len(s) == 2 || strings.ContainsAny(s[2:], "+-_") {
			return nil, fieldErr(path, "%s is not a hex integer", quote(s))
		}
		return n, nil
	}
	if !isDigits(s) {
		if hexOK {
			return nil, fieldErr(path, "%s is not a decimal or 0x hex integer", quote(s))
		}
		return nil, fieldErr(path, "%s is not a decimal integer", quote(s))
	}
	if len(strings.TrimLeft(s, "0")) > 78 {
		return nil, fieldErr(path, "%s is more than a uint256 holds", quote(s))
	}
	n, _ := new(big.Int).SetString(s, 10)
	return n, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseJSONInteger reads a JSON number token whose value is a whole number.
// The exponent is bounded before big.Rat sees it: "1e999999999" would
// otherwise cost a billion-digit power of ten.
func parseJSONInteger(tok, path string) (*big.Int, error) {
	mant, exp := tok, 0
	if i := strings.IndexAny(tok, "eE"); i >= 0 {
		e, err := strconv.Atoi(strings.TrimPrefix(tok[i+1:], "+"))
		if err != nil || e > 80 || e < -80 {
			return nil, fieldErr(path, "%s is not a whole number in range", tok)
		}
		mant, exp = tok[:i], e
	}
	if len(mant) > 100 {
		return nil, fieldErr(path, "%s has too many digits", quote(tok))
	}
	r, ok := new(big.Rat).SetString(mant)
	if !ok {
		return nil, fieldErr(path, "%s is not a number", quote(tok))
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(exp))), nil)
	if exp >= 0 {
		r.Mul(r, new(big.Rat).SetInt(scale))
	} else {
		r.Quo(r, new(big.Rat).SetInt(scale))
	}
	if r.Sign() < 0 {
		return nil, fieldErr(path, "%s is negative", tok)
	}
	if !r.IsInt() {
		return nil, fieldErr(path, "%s is not a whole number", tok)
	}
	return new(big.Int).Set(r.Num()), nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// rawText writes a raw JSON value for an error message, cut like quote.
func rawText(raw json.RawMessage) string {
	const limit = 80
	if len(raw) > limit {
		return string(raw[:limit]) + "…"
	}
	return string(raw)
}

// quote quotes s for an error message, cut to 80 bytes: a malformed 1 MiB
// field should not come back whole in the error.
func quote(s string) string {
	const limit = 80
	if len(s) > limit {
		return strconv.Quote(s[:limit]) + "…"
	}
	return strconv.Quote(s)
}
