package proposal

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParseBookObjectForm(t *testing.T) {
	b, err := ParseBook([]byte(`{
		"ENS Labs": "` + ensLabs + `",
		"Treasury": "` + strings.ToLower(timelock) + `",
		"USDC": "` + usdc + `"
	}`))
	if err != nil {
		t.Fatal(err)
	}
	if name, role, ok := b.Name(common.HexToAddress(ensLabs)); !ok || name != "ENS Labs" || role != RoleKnown {
		t.Errorf("ENS Labs = %q, %q, %v", name, role, ok)
	}
	// A name that is a role gives the role.
	if name, role, ok := b.Name(common.HexToAddress(timelock)); !ok || name != "Treasury" || role != RoleTreasury {
		t.Errorf("treasury = %q, %q, %v", name, role, ok)
	}
	if got := b.Role(RoleTreasury); len(got) != 1 || got[0] != common.HexToAddress(timelock) {
		t.Errorf("Role(treasury) = %v", got)
	}
	if _, _, ok := b.Name(common.Address{1}); ok {
		t.Error("an unknown address has a name")
	}
	if b.Len() != 3 || b.Entries()[2].Name != "USDC" {
		t.Errorf("entries = %+v, want book order", b.Entries())
	}
}

func TestParseBookListForm(t *testing.T) {
	b, err := ParseBook([]byte(`[
		{"address": "` + timelock + `", "name": "ENS DAO wallet", "role": "timelock"},
		{"address": "` + ensLabs + `", "name": "ENS Labs"},
		{"address": "0x4F2083f5fBede34C2714aFfb3105539775f7FE64", "name": "Endowment", "role": "Multisig"},
		{"address": "0xC18360217D8F7Ab5e7c516566761Ea12Ce7F9D72", "name": "ENS", "role": "token"}
	]`))
	if err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]Role{timelock: RoleTimelock, ensLabs: RoleKnown, "0x4F2083f5fBede34C2714aFfb3105539775f7FE64": RoleMultisig, "0xC18360217D8F7Ab5e7c516566761Ea12Ce7F9D72": RoleToken} {
		if _, role, ok := b.Name(common.HexToAddress(addr)); !ok || role != want {
			t.Errorf("%s: role %q, want %q", addr, role, want)
		}
	}
	if got := b.Role(RoleGovernor); got != nil {
		t.Errorf("Role(governor) = %v, want none", got)
	}
}

func TestNilBook(t *testing.T) {
	var b *Book
	if _, _, ok := b.Name(common.Address{}); ok || b.Role(RoleTreasury) != nil || b.Len() != 0 || b.Entries() != nil {
		t.Fatal("a nil book is not empty")
	}
}

func TestParseBookErrors(t *testing.T) {
	for _, tc := range []struct {
		name, input, field, msg string
	}{
		{"object bad address", `{"ENS Labs": "0x690F"}`, `"ENS Labs"`, "is not a 20-byte address"},
		{"object empty name", `{"": "` + usdc + `"}`, `""`, "empty name"},
		{"object duplicate address", `{"USDC": "` + usdc + `", "USD Coin": "` + strings.ToLower(usdc) + `"}`, `"USD Coin"`, `already named "USDC"`},
		{"object duplicate name", `{"USDC": "` + usdc + `", "USDC": "` + ensLabs + `"}`, "USDC", "appears twice"},
		{"object not a string", `{"USDC": 5}`, "USDC", "is not a string"},
		{"list unknown role", `[{"address": "` + usdc + `", "name": "USDC", "role": "admin"}]`, "[0].role", `"admin" is not a role (want one of treasury, timelock, governor, token, multisig, known)`},
		{"list missing name", `[{"address": "` + usdc + `"}]`, "[0].name", "is missing"},
		{"list missing address", `[{"name": "USDC"}]`, "[0].address", "is missing"},
		{"list unknown key", `[{"address": "` + usdc + `", "name": "USDC", "adress": "x"}]`, "[0].adress", `did you mean "address"`},
		{"list duplicate address", `[{"address": "` + usdc + `", "name": "a"}, {"address": "` + usdc + `", "name": "b"}]`, "[1]", `already named "a"`},
		{"list bad checksum", `[{"address": "0xa0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", "name": "USDC"}]`, "[0].address", "EIP-55"},
		{"list entry not object", `["` + usdc + `"]`, "[0]", "is not a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseBook([]byte(tc.input))
			var fe *FieldError
			if !errors.Is(err, ErrInvalid) || !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *FieldError wrapping ErrInvalid", err)
			}
			if fe.Field != tc.field || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("err = %q (field %q), want field %q saying %q", err, fe.Field, tc.field, tc.msg)
			}
		})
	}
}

func TestParseBookInputErrors(t *testing.T) {
	for _, input := range []string{``, `5`, `"x"`, `[`, `{"a": "` + usdc + `"} []`, `[1, 2]`} {
		if _, err := ParseBook([]byte(input)); !errors.Is(err, ErrInvalid) {
			t.Errorf("%q: err = %v, want ErrInvalid", input, err)
		}
	}
	if _, err := ParseBook(make([]byte, MaxInputSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized book: err = %v, want ErrTooLarge", err)
	}
}
