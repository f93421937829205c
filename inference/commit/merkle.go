package commit

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Tree is a Merkle tree over record hashes, compatible with OpenZeppelin's
// MerkleProof.verify: leaves are sorted, and each inner node is the keccak256
// of its two children in ascending byte order. A tree of one leaf has that
// leaf as its root and an empty proof.
type Tree struct {
	// levels[0] holds the sorted leaves; the last level holds the root.
	levels [][]common.Hash
	index  map[common.Hash]int
}

// NewTree builds the tree. Duplicate leaves are refused: a record is
// committed once.
func NewTree(leaves []common.Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmptyTree
	}
	level := append([]common.Hash(nil), leaves...)
	sort.Slice(level, func(i, j int) bool { return bytes.Compare(level[i][:], level[j][:]) < 0 })
	index := make(map[common.Hash]int, len(level))
	for i, l := range level {
		if _, dup := index[l]; dup {
			return nil, fmt.Errorf("merkle tree: duplicate leaf %s", l)
		}
		index[l] = i
	}
	t := &Tree{levels: [][]common.Hash{level}, index: index}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				// An odd node is promoted unchanged; the proof skips this level.
				next = append(next, level[i])
				continue
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root returns the Merkle root.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Proof returns the sibling hashes from the leaf up to the root.
func (t *Tree) Proof(leaf common.Hash) ([]common.Hash, error) {
	i, ok := t.index[leaf]
	if !ok {
		return nil, fmt.Errorf("merkle proof for %s: %w", leaf, ErrLeafIndex)
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		sibling := i ^ 1
		if sibling < len(level) {
			proof = append(proof, level[sibling])
		}
		i /= 2
	}
	return proof, nil
}

// VerifyProof reports whether proof links leaf to root, exactly as
// OpenZeppelin's MerkleProof.verify does on chain.
func VerifyProof(proof []common.Hash, root, leaf common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}
