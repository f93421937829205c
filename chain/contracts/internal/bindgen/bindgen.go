// Package bindgen turns the committed contract artifacts into abigen v2 Go
// bindings. It is shared by the generator command (which writes the files)
// and the drift test (which regenerates them in memory and compares).
package bindgen

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/crypto"
)

// Package is the Go package name of the generated bindings.
const Package = "bindings"

// Contract names one binding and the artifact it is generated from.
type Contract struct {
	// Name is the Go type name and the contract name in the artifact.
	Name string
	// Artifact is the artifact path relative to chain/contracts.
	Artifact string
	// Aliases renames ABI methods, events or errors in the generated Go
	// (abigen's aliases; the ABI and selectors are unchanged). abigen names
	// a method's multi-value result type <Method>Output without the
	// contract's name, so two contracts with the same such method would
	// declare one type twice in the bindings package.
	Aliases map[string]string
	// Library marks a linked library (Aave's logic libraries): its
	// MetaData.ID is the link placeholder solc puts in the bytecode of the
	// contracts that use it (the first 34 hex digits of keccak256 of
	// "<sourceName>:<Name>"), and those contracts' MetaData.Deps name it,
	// so a deployer can replace each __$ID$__ with the library's address.
	Library bool
	// Shared maps a struct type abigen declares in this binding to the
	// contract whose binding (earlier in Contracts) already declares it:
	// abigen names a struct after its Solidity type (Checkpoints.Checkpoint208
	// is CheckpointsCheckpoint208), so two contracts returning one library
	// struct would declare it twice. The declaration is left out of this
	// binding after checking that it is the other's, word for word.
	Shared map[string]string
}

// Contracts lists every binding, in generation order.
func Contracts() []Contract {
	return append([]Contract{
		{Name: "InferenceRegistry", Artifact: "artifacts/InferenceRegistry.json"},
		{Name: "ParameterGuard", Artifact: "artifacts/ParameterGuard.json"},
		{Name: "MerkleVerifier", Artifact: "artifacts/MerkleVerifier.json"},
		{Name: "RangeVault", Artifact: "artifacts/RangeVault.json"},
		{Name: "DevTrader", Artifact: "artifacts/DevTrader.json"},
		{Name: "TestToken", Artifact: "artifacts/TestToken.json"},
		{Name: "GovToken", Artifact: "artifacts/GovToken.json"},
		// GovToken on the timestamp clock: its eip712Domain's output type
		// would clash with GovToken's, and its checkpoint struct is GovToken's.
		{Name: "GovTokenTimestamp", Artifact: "artifacts/GovTokenTimestamp.json",
			Aliases: map[string]string{"eip712Domain": "timestampTokenEip712Domain"},
			Shared:  map[string]string{"CheckpointsCheckpoint208": "GovToken"}},
		{Name: "DaoTimelock", Artifact: "artifacts/DaoTimelock.json"},
		// GovToken has eip712Domain too: EIP-5267, with the same outputs.
		{Name: "StewardGovernor", Artifact: "artifacts/StewardGovernor.json",
			Aliases: map[string]string{"eip712Domain": "governorEip712Domain"}},
		{Name: "ProposalScores", Artifact: "artifacts/ProposalScores.json"},
		{Name: "UniswapV3Factory", Artifact: "uniswap/UniswapV3Factory.json"},
		{Name: "UniswapV3Pool", Artifact: "uniswap/UniswapV3Pool.json"},
		{Name: "AaveRiskSteward", Artifact: "artifacts/AaveRiskSteward.json"},
		{Name: "DevPriceFeed", Artifact: "artifacts/DevPriceFeed.json"},
	}, aaveContracts()...)
}

// aaveContracts are the Aave v3 core artifacts (aave/, @aave/core-v3 1.19.3):
// the market's contracts and the logic libraries Pool, FlashLoanLogic and
// PoolConfigurator link.
func aaveContracts() []Contract {
	var cs []Contract
	for _, lib := range []string{"SupplyLogic", "BorrowLogic", "LiquidationLogic", "EModeLogic", "BridgeLogic",
		"FlashLoanLogic", "PoolLogic", "ConfiguratorLogic"} {
		cs = append(cs, Contract{Name: lib, Artifact: "aave/" + lib + ".json", Library: true})
	}
	for _, name := range []string{"PoolAddressesProvider", "ACLManager", "AaveOracle", "AaveProtocolDataProvider",
		"Pool", "PoolConfigurator", "DefaultReserveInterestRateStrategy", "AToken"} {
		cs = append(cs, Contract{Name: name, Artifact: "aave/" + name + ".json"})
	}
	// The debt tokens' mint, burn and scaled-balance methods return several
	// values, as UniswapV3Pool's mint and burn and AToken's
	// getScaledUserBalanceAndSupply do: renamed so each <Method>Output type
	// is declared once.
	return append(cs,
		Contract{Name: "StableDebtToken", Artifact: "aave/StableDebtToken.json",
			Aliases: map[string]string{"mint": "stableDebtMint", "burn": "stableDebtBurn"}},
		Contract{Name: "VariableDebtToken", Artifact: "aave/VariableDebtToken.json",
			Aliases: map[string]string{"mint": "variableDebtMint",
				"getScaledUserBalanceAndSupply": "variableDebtScaledUserBalanceAndSupply"}})
}

// artifact is the part of a solc (build.mjs) or hardhat artifact that bindings need.
type artifact struct {
	ContractName string          `json:"contractName"`
	SourceName   string          `json:"sourceName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// Generate reads the artifacts under root (the chain/contracts folder) and
// returns the binding source of each contract, keyed by its file name in the
// bindings folder (e.g. "parameter_guard.go").
func Generate(root string) (map[string][]byte, error) {
	contracts := Contracts()
	artifacts := make([]artifact, len(contracts))
	// libs maps each library's link placeholder to its Go type name.
	libs := make(map[string]string)
	for i, c := range contracts {
		raw, err := os.ReadFile(filepath.Join(root, c.Artifact))
		if err != nil {
			return nil, fmt.Errorf("read artifact of %s: %w", c.Name, err)
		}
		a := &artifacts[i]
		if err := json.Unmarshal(raw, a); err != nil {
			return nil, fmt.Errorf("parse artifact %s: %w", c.Artifact, err)
		}
		if a.ContractName != c.Name {
			return nil, fmt.Errorf("artifact %s holds contract %q, want %q", c.Artifact, a.ContractName, c.Name)
		}
		if len(a.ABI) == 0 || !strings.HasPrefix(a.Bytecode, "0x") || len(a.Bytecode) < 4 {
			return nil, fmt.Errorf("artifact %s: missing abi or bytecode", c.Artifact)
		}
		if c.Library {
			if a.SourceName == "" {
				return nil, fmt.Errorf("artifact %s: a library needs its sourceName", c.Artifact)
			}
			libs[LinkPattern(a.SourceName, a.ContractName)] = c.Name
		}
	}
	out := make(map[string][]byte, len(contracts))
	for i, c := range contracts {
		a := artifacts[i]
		var linked map[string]string // nil unless needed: it changes no other binding
		for _, m := range linkPlaceholder.FindAllStringSubmatch(a.Bytecode, -1) {
			if _, ok := libs[m[1]]; !ok {
				return nil, fmt.Errorf("artifact %s links a library (placeholder %s) that is not in the list", c.Artifact, m[1])
			}
			linked = libs
		}
		if c.Library {
			linked = libs
		}
		code, err := abigen.BindV2([]string{c.Name}, []string{string(a.ABI)}, []string{a.Bytecode}, Package, linked, c.Aliases)
		if err != nil {
			return nil, fmt.Errorf("bind %s: %w", c.Name, err)
		}
		for typ, owner := range c.Shared {
			if code, err = dropShared(code, typ, string(out[FileName(owner)+".go"])); err != nil {
				return nil, fmt.Errorf("bind %s: %w", c.Name, err)
			}
		}
		out[FileName(c.Name)+".go"] = []byte(code)
	}
	return out, nil
}

// dropShared removes struct type typ's declaration (with its doc comment)
// from code, after checking that owner, another binding's source, declares
// it identically.
func dropShared(code, typ, owner string) (string, error) {
	decl := regexp.MustCompile(`(?s)// ` + regexp.QuoteMeta(typ) + ` is an auto generated [^\n]*\ntype ` +
		regexp.QuoteMeta(typ) + ` struct \{.*?\n\}\n\n`)
	found := decl.FindString(code)
	switch {
	case found == "":
		return "", fmt.Errorf("no struct %s to share", typ)
	case !strings.Contains(owner, found):
		return "", fmt.Errorf("struct %s is not declared identically by the binding it is shared with", typ)
	}
	return strings.Replace(code, found, "", 1), nil
}

// linkPlaceholder is solc's placeholder for a library address in unlinked bytecode.
var linkPlaceholder = regexp.MustCompile(`__\$([a-f0-9]{34})\$__`)

// LinkPattern is the placeholder ID solc gives the library name declared in
// sourceName: the first 34 hex digits of keccak256("<sourceName>:<name>").
func LinkPattern(sourceName, name string) string {
	return hex.EncodeToString(crypto.Keccak256([]byte(sourceName + ":" + name)))[:34]
}

// FileName turns a contract name into a snake_case file stem:
// "InferenceRegistry" → "inference_registry", "UniswapV3Pool" → "uniswap_v3_pool".
func FileName(name string) string {
	wordStart := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	return strings.ToLower(wordStart.ReplaceAllString(name, "${1}_${2}"))
}
