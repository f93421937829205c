package proposal

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Role is what an address is to the DAO.
type Role string

// The roles an address book gives. RoleKnown is a contract or account the
// DAO knows without a special part in its governance.
const (
	RoleTreasury Role = "treasury"
	RoleTimelock Role = "timelock"
	RoleGovernor Role = "governor"
	RoleToken    Role = "token"
	RoleMultisig Role = "multisig"
	RoleKnown    Role = "known"
)

// roles lists the valid roles in the order an error names them.
var roles = []Role{RoleTreasury, RoleTimelock, RoleGovernor, RoleToken, RoleMultisig, RoleKnown}

// Entry is one address of a book.
type Entry struct {
	Address common.Address
	Name    string
	Role    Role
}

// Book names the DAO's addresses. The zero Book and a nil *Book are empty.
type Book struct {
	entries []Entry
	byAddr  map[common.Address]int
}

// Name returns the name and role of addr; ok is false when the book does
// not have it.
func (b *Book) Name(addr common.Address) (name string, role Role, ok bool) {
	if b == nil {
		return "", "", false
	}
	i, ok := b.byAddr[addr]
	if !ok {
		return "", "", false
	}
	return b.entries[i].Name, b.entries[i].Role, true
}

// Role returns the addresses with role, in book order.
func (b *Book) Role(role Role) []common.Address {
	if b == nil {
		return nil
	}
	var out []common.Address
	for _, e := range b.entries {
		if e.Role == role {
			out = append(out, e.Address)
		}
	}
	return out
}

// Entries returns a copy of the book's entries, in book order.
func (b *Book) Entries() []Entry {
	if b == nil {
		return nil
	}
	return slices.Clone(b.entries)
}

// Len is the number of entries.
func (b *Book) Len() int {
	if b == nil {
		return 0
	}
	return len(b.entries)
}

// bookEntryKeys are the keys of an entry in the list form.
var bookEntryKeys = []string{"address", "name", "role"}

// ParseBook reads an address book in either form:
//
//	{"ENS DAO wallet": "0xFe89…", "treasury": "0x…"}
//	[{"address": "0xFe89…", "name": "ENS DAO wallet", "role": "treasury"}]
//
// In the object form a name that is a role ("treasury", "Timelock") gives
// the address that role, any other name RoleKnown. In the list form role is
// optional (RoleKnown when absent) and must be one of the Role constants.
// Every entry needs a non-empty name; an address may appear once. Problems
// are *FieldErrors naming the entry: `"ENS Labs"` in the object form,
// `[3].role` in the list form.
func ParseBook(data []byte) (*Book, error) {
	if len(data) > MaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes, more than the %d an address book may have", ErrTooLarge, len(data), MaxInputSize)
	}
	trimmed := strings.TrimLeft(string(data), " \t\r\n")
	b := &Book{byAddr: map[common.Address]int{}}
	if strings.HasPrefix(trimmed, "[") {
		return b, b.readList(data)
	}
	members, err := readObject(data, "")
	if err != nil {
		return nil, err
	}
	for _, m := range members {
		path := keyName(m.key)
		addr, err := readAddress(m.raw, path)
		if err != nil {
			return nil, err
		}
		role := RoleKnown
		if r := Role(strings.ToLower(m.key)); slices.Contains(roles, r) {
			role = r
		}
		if err := b.add(Entry{Address: addr, Name: m.key, Role: role}, path); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func (b *Book) readList(data []byte) error {
	var elems []json.RawMessage
	if err := json.Unmarshal(data, &elems); err != nil {
		return fmt.Errorf("%w: an address book is a JSON object or array: %v", ErrInvalid, err)
	}
	for i, raw := range elems {
		path := index("", i)
		members, err := readObject(raw, path)
		if err != nil {
			return err
		}
		e := Entry{Role: RoleKnown}
		seen := map[string]bool{}
		for _, m := range members {
			p := path + "." + keyName(m.key)
			seen[m.key] = true
			switch m.key {
			case "address":
				e.Address, err = readAddress(m.raw, p)
			case "name":
				e.Name, err = readString(m.raw, p)
			case "role":
				var s string
				if s, err = readString(m.raw, p); err == nil {
					e.Role, err = parseRole(s, p)
				}
			default:
				err = unknownField(path, m.key, bookEntryKeys)
			}
			if err != nil {
				return err
			}
		}
		for _, key := range []string{"address", "name"} {
			if !seen[key] {
				return fieldErr(path+"."+key, "is missing")
			}
		}
		if err := b.add(e, path); err != nil {
			return err
		}
	}
	return nil
}

func parseRole(s, path string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(roles, r) {
		names := make([]string, len(roles))
		for i, r := range roles {
			names[i] = string(r)
		}
		return "", fieldErr(path, "%s is not a role (want one of %s)", quote(s), strings.Join(names, ", "))
	}
	return r, nil
}

// add appends e, refusing an empty name and an address already named.
func (b *Book) add(e Entry, path string) error {
	if strings.TrimSpace(e.Name) == "" {
		return fieldErr(path, "has an empty name")
	}
	if i, ok := b.byAddr[e.Address]; ok {
		return fieldErr(path, "address %s is already named %s", e.Address.Hex(), quote(b.entries[i].Name))
	}
	b.byAddr[e.Address] = len(b.entries)
	b.entries = append(b.entries, e)
	return nil
}
