package ingest

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

const (
	// wordSize is the size of one ABI word.
	wordSize = 32
	// limbs is the number of big.Word in one ABI word.
	limbs = wordSize * 8 / bits.UintSize
	// limbBytes is the size of one big.Word.
	limbBytes = bits.UintSize / 8
)

// Swap is a decoded Uniswap v3 pool Swap event. Amounts are signed token
// deltas from the pool's point of view (positive: the pool received tokens).
// SqrtPriceX96, Liquidity and Tick are the pool's state after the swap.
type Swap struct {
	Pool         common.Address
	Sender       common.Address
	Recipient    common.Address
	Amount0      *big.Int
	Amount1      *big.Int
	SqrtPriceX96 *big.Int
	Liquidity    *big.Int
	Tick         int32
	BlockNumber  uint64
	BlockHash    common.Hash
	TxHash       common.Hash
	LogIndex     uint
}

// Mint is a decoded Uniswap v3 pool Mint event: Amount of liquidity added to
// Owner's position [TickLower, TickUpper) for Amount0 and Amount1 tokens.
type Mint struct {
	Pool        common.Address
	Sender      common.Address
	Owner       common.Address
	TickLower   int32
	TickUpper   int32
	Amount      *big.Int
	Amount0     *big.Int
	Amount1     *big.Int
	BlockNumber uint64
	BlockHash   common.Hash
	TxHash      common.Hash
	LogIndex    uint
}

// Burn is a decoded Uniswap v3 pool Burn event: Amount of liquidity removed
// from Owner's position [TickLower, TickUpper), owing Amount0 and Amount1.
type Burn struct {
	Pool        common.Address
	Owner       common.Address
	TickLower   int32
	TickUpper   int32
	Amount      *big.Int
	Amount0     *big.Int
	Amount1     *big.Int
	BlockNumber uint64
	BlockHash   common.Hash
	TxHash      common.Hash
	LogIndex    uint
}

// DecodeSwap decodes a Uniswap v3 Swap log. It reads the fixed layout by
// hand (3 topics, 5 data words) and checks every field against its ABI type:
// an error wraps ErrWrongEvent or ErrMalformedLog and names the field.
func DecodeSwap(l types.Log) (Swap, error) {
	const event = "Swap"
	if err := checkShape(l, event, swapTopic(), 3, 5); err != nil {
		return Swap{}, err
	}
	s := Swap{
		Pool:        l.Address,
		BlockNumber: l.BlockNumber,
		BlockHash:   l.BlockHash,
		TxHash:      l.TxHash,
		LogIndex:    l.Index,
	}
	var err error
	if s.Sender, err = wordAddress(l.Topics[1][:], event, "sender"); err != nil {
		return Swap{}, err
	}
	if s.Recipient, err = wordAddress(l.Topics[2][:], event, "recipient"); err != nil {
		return Swap{}, err
	}
	d := l.Data
	if err = checkUint(d[64:96], 160, event, "sqrtPriceX96"); err != nil {
		return Swap{}, err
	}
	if err = checkUint(d[96:128], 128, event, "liquidity"); err != nil {
		return Swap{}, err
	}
	if s.Tick, err = wordInt24(d[128:160], event, "tick"); err != nil {
		return Swap{}, err
	}
	// One allocation for the four values and one for their limbs: decoding
	// runs once per log on the ingest path, so allocations are the cost.
	ints := new([4]big.Int)
	buf := make([]big.Word, 4*limbs)
	s.Amount0 = setInt256(&ints[0], d[0:32], buf[0:limbs:limbs])
	s.Amount1 = setInt256(&ints[1], d[32:64], buf[limbs:2*limbs:2*limbs])
	s.SqrtPriceX96 = setUint256(&ints[2], d[64:96], buf[2*limbs:3*limbs:3*limbs])
	s.Liquidity = setUint256(&ints[3], d[96:128], buf[3*limbs:4*limbs:4*limbs])
	return s, nil
}

// DecodeMint decodes a Uniswap v3 Mint log (4 topics, 4 data words) with the
// same checks as DecodeSwap.
func DecodeMint(l types.Log) (Mint, error) {
	const event = "Mint"
	if err := checkShape(l, event, mintTopic(), 4, 4); err != nil {
		return Mint{}, err
	}
	m := Mint{
		Pool:        l.Address,
		BlockNumber: l.BlockNumber,
		BlockHash:   l.BlockHash,
		TxHash:      l.TxHash,
		LogIndex:    l.Index,
	}
	var err error
	if m.Owner, err = wordAddress(l.Topics[1][:], event, "owner"); err != nil {
		return Mint{}, err
	}
	if m.TickLower, err = wordInt24(l.Topics[2][:], event, "tickLower"); err != nil {
		return Mint{}, err
	}
	if m.TickUpper, err = wordInt24(l.Topics[3][:], event, "tickUpper"); err != nil {
		return Mint{}, err
	}
	d := l.Data
	if m.Sender, err = wordAddress(d[0:32], event, "sender"); err != nil {
		return Mint{}, err
	}
	if err = checkUint(d[32:64], 128, event, "amount"); err != nil {
		return Mint{}, err
	}
	m.Amount = new(big.Int).SetBytes(d[32:64])
	m.Amount0 = new(big.Int).SetBytes(d[64:96])
	m.Amount1 = new(big.Int).SetBytes(d[96:128])
	return m, nil
}

// DecodeBurn decodes a Uniswap v3 Burn log (4 topics, 3 data words) with the
// same checks as DecodeSwap.
func DecodeBurn(l types.Log) (Burn, error) {
	const event = "Burn"
	if err := checkShape(l, event, burnTopic(), 4, 3); err != nil {
		return Burn{}, err
	}
	b := Burn{
		Pool:        l.Address,
		BlockNumber: l.BlockNumber,
		BlockHash:   l.BlockHash,
		TxHash:      l.TxHash,
		LogIndex:    l.Index,
	}
	var err error
	if b.Owner, err = wordAddress(l.Topics[1][:], event, "owner"); err != nil {
		return Burn{}, err
	}
	if b.TickLower, err = wordInt24(l.Topics[2][:], event, "tickLower"); err != nil {
		return Burn{}, err
	}
	if b.TickUpper, err = wordInt24(l.Topics[3][:], event, "tickUpper"); err != nil {
		return Burn{}, err
	}
	d := l.Data
	if err = checkUint(d[0:32], 128, event, "amount"); err != nil {
		return Burn{}, err
	}
	b.Amount = new(big.Int).SetBytes(d[0:32])
	b.Amount0 = new(big.Int).SetBytes(d[32:64])
	b.Amount1 = new(big.Int).SetBytes(d[64:96])
	return b, nil
}

// checkShape validates topic0, the topic count and the data length.
func checkShape(l types.Log, event string, topic0 common.Hash, topics, words int) error {
	if len(l.Topics) == 0 {
		return fmt.Errorf("decode %s: log has no topics: %w", event, ErrWrongEvent)
	}
	if l.Topics[0] != topic0 {
		return fmt.Errorf("decode %s: topic0 %s is not the %s signature: %w", event, l.Topics[0].Hex(), event, ErrWrongEvent)
	}
	if len(l.Topics) != topics {
		return fmt.Errorf("decode %s: want %d topics, got %d: %w", event, topics, len(l.Topics), ErrMalformedLog)
	}
	if len(l.Data) != words*wordSize {
		return fmt.Errorf("decode %s: want %d data bytes, got %d: %w", event, words*wordSize, len(l.Data), ErrMalformedLog)
	}
	return nil
}

// wordAddress reads an address word; its 12 high bytes must be zero.
func wordAddress(w []byte, event, field string) (common.Address, error) {
	if !allBytes(w[:12], 0) {
		return common.Address{}, fmt.Errorf("decode %s: field %s: not an address (high 12 bytes are not zero): %w", event, field, ErrMalformedLog)
	}
	return common.BytesToAddress(w[12:]), nil
}

// checkUint checks that an unsigned word fits in size bits (a multiple of 8).
func checkUint(w []byte, size int, event, field string) error {
	if !allBytes(w[:wordSize-size/8], 0) {
		return fmt.Errorf("decode %s: field %s: value exceeds uint%d: %w", event, field, size, ErrMalformedLog)
	}
	return nil
}

// setUint256 sets z to the unsigned word w, using buf (limbs long, capacity
// limbs) as z's storage.
func setUint256(z *big.Int, w []byte, buf []big.Word) *big.Int {
	for i := range buf {
		buf[i] = limb(w, i)
	}
	return z.SetBits(buf)
}

// setInt256 sets z to the two's-complement word w; every word is valid.
func setInt256(z *big.Int, w []byte, buf []big.Word) *big.Int {
	if w[0]&0x80 == 0 {
		return setUint256(z, w, buf)
	}
	// |w| = ^w + 1, computed limb by limb from the least significant.
	carry := big.Word(1)
	for i := range buf {
		v := ^limb(w, i) + carry
		if v != 0 {
			carry = 0
		}
		buf[i] = v
	}
	z.SetBits(buf)
	return z.Neg(z)
}

// limb returns the i-th least significant big.Word of the big-endian word w.
func limb(w []byte, i int) big.Word {
	end := wordSize - i*limbBytes
	if limbBytes == 8 {
		return big.Word(binary.BigEndian.Uint64(w[end-8 : end]))
	}
	return big.Word(binary.BigEndian.Uint32(w[end-4 : end]))
}

// wordInt24 reads an int24 word: the three low bytes hold the value and the 29
// high bytes must be its sign extension.
func wordInt24(w []byte, event, field string) (int32, error) {
	ext := byte(0)
	if w[29]&0x80 != 0 {
		ext = 0xff
	}
	if !allBytes(w[:29], ext) {
		return 0, fmt.Errorf("decode %s: field %s: value exceeds int24: %w", event, field, ErrMalformedLog)
	}
	v := int32(w[29])<<16 | int32(w[30])<<8 | int32(w[31])
	if ext == 0xff {
		v -= 1 << 24
	}
	return v, nil
}

func allBytes(b []byte, v byte) bool {
	for _, c := range b {
		if c != v {
			return false
		}
	}
	return true
}

// The topics as literals: parsing hex per log would cost more than the decode.
// TestTopicLiterals checks them against SwapTopic0, MintTopic0 and BurnTopic0.

func swapTopic() common.Hash {
	return common.Hash{0xc4, 0x20, 0x79, 0xf9, 0x4a, 0x63, 0x50, 0xd7, 0xe6, 0x23, 0x5f, 0x29, 0x17, 0x49, 0x24, 0xf9,
		0x28, 0xcc, 0x2a, 0xc8, 0x18, 0xeb, 0x64, 0xfe, 0xd8, 0x00, 0x4e, 0x11, 0x5f, 0xbc, 0xca, 0x67}
}

func mintTopic() common.Hash {
	return common.Hash{0x7a, 0x53, 0x08, 0x0b, 0xa4, 0x14, 0x15, 0x8b, 0xe7, 0xec, 0x69, 0xb9, 0x87, 0xb5, 0xfb, 0x7d,
		0x07, 0xde, 0xe1, 0x01, 0xfe, 0x85, 0x48, 0x8f, 0x08, 0x53, 0xae, 0x16, 0x23, 0x9d, 0x0b, 0xde}
}

func burnTopic() common.Hash {
	return common.Hash{0x0c, 0x39, 0x6c, 0xd9, 0x89, 0xa3, 0x9f, 0x44, 0x59, 0xb5, 0xfa, 0x1a, 0xed, 0x6a, 0x9a, 0x8d,
		0xcd, 0xbc, 0x45, 0x90, 0x8a, 0xcf, 0xd6, 0x7e, 0x02, 0x8c, 0xd5, 0x68, 0xda, 0x98, 0x98, 0x2c}
}
