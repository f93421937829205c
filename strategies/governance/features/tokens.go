package features

import (
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// token is what the scorer knows of a token: its symbol and decimals.
type token struct {
	symbol   string
	decimals int
	usd      bool // a dollar stablecoin: "$50,000" states an amount of it
}

// mainnetTokens are Ethereum mainnet tokens by address: the ones the
// shared proposal datasets move, and those DAOs pay grants in.
func mainnetTokens() map[common.Address]token {
	return map[common.Address]token{
		common.HexToAddress("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"): {"USDC", 6, true},
		common.HexToAddress("0xdAC17F958D2ee523a2206206994597C13D831ec7"): {"USDT", 6, true},
		common.HexToAddress("0x6B175474E89094C44Da98b954EedeAC495271d0F"): {"DAI", 18, true},
		common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"): {"WETH", 18, false},
		common.HexToAddress("0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9"): {"AAVE", 18, false},
		common.HexToAddress("0xC18360217D8F7Ab5e7c516566761Ea12Ce7F9D72"): {"ENS", 18, false},
		common.HexToAddress("0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984"): {"UNI", 18, false},
		common.HexToAddress("0xc00e94Cb662C3520282E6f5717214004A7f26888"): {"COMP", 18, false},
		effects.ETH: {"ETH", 18, false},
	}
}

// compToken is where Comptroller._grantComp pays from.
var compToken = common.HexToAddress("0xc00e94Cb662C3520282E6f5717214004A7f26888")

// symbolTokens are tokens by lower-case symbol, for tokens the address
// book names: the mainnet ones, and the embedded devnet's (chain/devchain:
// the DAO's sDAO, its treasury's dUSDC and dWETH, the market's tUSDC and
// tWETH), whose addresses depend on the deployment.
func symbolTokens() map[string]token {
	out := map[string]token{
		"sdao":  {"sDAO", 18, false},
		"dusdc": {"dUSDC", 6, true},
		"dweth": {"dWETH", 18, false},
		"tusdc": {"tUSDC", 6, true},
		"tweth": {"tWETH", 18, false},
	}
	for _, t := range mainnetTokens() {
		out[strings.ToLower(t.symbol)] = t
	}
	return out
}

// knownInfrastructure are contracts every Safe and DAO uses and no
// address book lists: Safe's MultiSend libraries (a Safe delegatecalls
// them to batch) and Multicall3.
func knownInfrastructure() map[common.Address]string {
	return map[common.Address]string{
		common.HexToAddress("0xA238CBeb142c10Ef7Ad8442C6D1f9E89e07e7761"): "Safe MultiSend 1.3.0",
		common.HexToAddress("0x40A2aCCbd92BCA938b02010E17A5b8929b49130D"): "Safe MultiSendCallOnly 1.3.0",
		common.HexToAddress("0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526"): "Safe MultiSend 1.4.1",
		common.HexToAddress("0x9641d764fc13c8B624c04430C7356C1C7C8102e2"): "Safe MultiSendCallOnly 1.4.1",
		common.HexToAddress("0x998739BFdAAdde7C933B942a68053933098f9EDa"): "Safe MultiSend 1.3.0 (EIP-155)",
		common.HexToAddress("0xA1dabEF33b3B82c7814B6D82A79e50F4AC44102B"): "Safe MultiSendCallOnly 1.3.0 (EIP-155)",
		common.HexToAddress("0x218543288004CD07832472D464648173c77D7eB7"): "Safe MultiSend 1.5.0",
		common.HexToAddress("0xA83c336B20401Af773B6219BA5027174338D1836"): "Safe MultiSendCallOnly 1.5.0",
		common.HexToAddress("0xcA11bde05977b3631167028862bE2a173976CA11"): "Multicall3",
	}
}

// burnAddress is the conventional dead address tokens are burnt to.
var burnAddress = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

// registry answers who an address is, from the book and the tables.
type registry struct {
	book     *proposal.Book
	tokens   map[common.Address]token
	symbols  map[string]token
	infra    map[common.Address]string
	executor common.Address // the account the calls run as; zero if unknown
}

func newRegistry(book *proposal.Book, fx *effects.Effects) *registry {
	r := &registry{book: book, tokens: mainnetTokens(), symbols: symbolTokens(), infra: knownInfrastructure()}
	switch {
	case fx != nil && fx.Executor != (common.Address{}):
		r.executor = fx.Executor
	case len(book.Role(proposal.RoleTimelock)) > 0:
		r.executor = book.Role(proposal.RoleTimelock)[0]
	}
	return r
}

// known reports an address the scorer can name: in the book, a table's
// token or library, the executor, or a burn address. Everything else is
// unknown, whatever the description says about it.
func (r *registry) known(a common.Address) bool {
	if _, _, ok := r.book.Name(a); ok {
		return true
	}
	if _, ok := r.tokens[a]; ok {
		return true
	}
	if _, ok := r.infra[a]; ok {
		return true
	}
	return a == r.executor && a != (common.Address{}) || a == burnAddress
}

// daoOwned reports an account whose funds are the DAO's: the executor and
// the book's treasury, timelock and multisig addresses.
func (r *registry) daoOwned(a common.Address) bool {
	if a == (common.Address{}) {
		return false
	}
	if a == r.executor {
		return true
	}
	_, role, ok := r.book.Name(a)
	return ok && (role == proposal.RoleTreasury || role == proposal.RoleTimelock || role == proposal.RoleMultisig)
}

// role is the book's role of a, or "".
func (r *registry) role(a common.Address) proposal.Role {
	_, role, _ := r.book.Name(a)
	return role
}

// token returns what is known of the token at a: the mainnet table by
// address, else a known symbol in the book's name for it.
func (r *registry) token(a common.Address) (token, bool) {
	if t, ok := r.tokens[a]; ok {
		return t, true
	}
	name, _, ok := r.book.Name(a)
	if !ok {
		return token{}, false
	}
	for _, w := range words(foldKey(name)) {
		if t, ok := r.symbols[w]; ok {
			return t, true
		}
	}
	return token{}, false
}

// label names a for a flag's detail: its book name or table symbol, and
// the address.
func (r *registry) label(a common.Address) string {
	if name, _, ok := r.book.Name(a); ok {
		return quoteName(name) + " " + a.Hex()
	}
	if t, ok := r.tokens[a]; ok {
		return t.symbol + " " + a.Hex()
	}
	if n, ok := r.infra[a]; ok {
		return n + " " + a.Hex()
	}
	return a.Hex()
}

// quoteName quotes a book name for a detail, escaped (control, bidi and
// zero-width characters show as escapes) and bounded: the book is the
// DAO's, but its names are still text.
func quoteName(s string) string {
	if r := []rune(s); len(r) > 64 {
		s = string(r[:64]) + "…"
	}
	return strconv.QuoteToASCII(s)
}
