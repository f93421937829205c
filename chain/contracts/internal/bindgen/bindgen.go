// Package bindgen turns the committed contract artifacts into abigen v2 Go
// bindings. It is shared by the generator command (which writes the files)
// and the drift test (which regenerates them in memory and compares).
package bindgen

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Package is the Go package name of the generated bindings.
const Package = "bindings"

// Contract names one binding and the artifact it is generated from.
type Contract struct {
	// Name is the Go type name and the contract name in the artifact.
	Name string
	// Artifact is the artifact path relative to chain/contracts.
	Artifact string
}

// Contracts lists every binding, in generation order.
func Contracts() []Contract {
	return []Contract{
		{Name: "InferenceRegistry", Artifact: "artifacts/InferenceRegistry.json"},
		{Name: "ParameterGuard", Artifact: "artifacts/ParameterGuard.json"},
		{Name: "MerkleVerifier", Artifact: "artifacts/MerkleVerifier.json"},
		{Name: "RangeVault", Artifact: "artifacts/RangeVault.json"},
		{Name: "DevTrader", Artifact: "artifacts/DevTrader.json"},
		{Name: "TestToken", Artifact: "artifacts/TestToken.json"},
		{Name: "UniswapV3Factory", Artifact: "uniswap/UniswapV3Factory.json"},
		{Name: "UniswapV3Pool", Artifact: "uniswap/UniswapV3Pool.json"},
	}
}

// artifact is the part of a solc (build.mjs) or hardhat artifact that bindings need.
type artifact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// Generate reads the artifacts under root (the chain/contracts folder) and
// returns the binding source of each contract, keyed by its file name in the
// bindings folder (e.g. "parameter_guard.go").
func Generate(root string) (map[string][]byte, error) {
	contracts := Contracts()
	out := make(map[string][]byte, len(contracts))
	for _, c := range contracts {
		raw, err := os.ReadFile(filepath.Join(root, c.Artifact))
		if err != nil {
			return nil, fmt.Errorf("read artifact of %s: %w", c.Name, err)
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, fmt.Errorf("parse artifact %s: %w", c.Artifact, err)
		}
		if a.ContractName != c.Name {
			return nil, fmt.Errorf("artifact %s holds contract %q, want %q", c.Artifact, a.ContractName, c.Name)
		}
		if len(a.ABI) == 0 || !strings.HasPrefix(a.Bytecode, "0x") || len(a.Bytecode) < 4 {
			return nil, fmt.Errorf("artifact %s: missing abi or bytecode", c.Artifact)
		}
		code, err := abigen.BindV2([]string{c.Name}, []string{string(a.ABI)}, []string{a.Bytecode}, Package, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("bind %s: %w", c.Name, err)
		}
		out[FileName(c.Name)+".go"] = []byte(code)
	}
	return out, nil
}

// FileName turns a contract name into a snake_case file stem:
// "InferenceRegistry" → "inference_registry", "UniswapV3Pool" → "uniswap_v3_pool".
func FileName(name string) string {
	wordStart := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	return strings.ToLower(wordStart.ReplaceAllString(name, "${1}_${2}"))
}
