// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MerkleVerifierMetaData contains all meta data concerning the MerkleVerifier contract.
var MerkleVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyRecord\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "MerkleVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506102238061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80634a6b26d01461002d575b5f5ffd5b61004061003b3660046100e9565b610054565b604051901515815260200160405180910390f35b5f610060602083610165565b1561006c57505f6100e1565b835f5b838110156100db575f858286610086826020610184565b92610093939291906101a9565b61009c916101d0565b90508083106100b7575f8181526020849052604090206100c5565b5f8381526020829052604090205b92506100d49050602082610184565b905061006f565b50851490505b949350505050565b5f5f5f5f606085870312156100fc575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610120575f5ffd5b8501601f81018713610130575f5ffd5b803567ffffffffffffffff811115610146575f5ffd5b876020828401011115610157575f5ffd5b949793965060200194505050565b5f8261017f57634e487b7160e01b5f52601260045260245ffd5b500690565b808201808211156101a357634e487b7160e01b5f52601160045260245ffd5b92915050565b5f5f858511156101b7575f5ffd5b838611156101c3575f5ffd5b5050820193919092039150565b803560208310156101a3575f19602084900360031b1b169291505056fea26469706673582212201a58ef629894393731e9fad578a61b7a2f0f3667281ddc7c964e2e7e8d225cf964736f6c63430008250033",
}

// MerkleVerifier is an auto generated Go binding around an Ethereum contract.
type MerkleVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MerkleVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMerkleVerifier creates a new instance of MerkleVerifier.
func NewMerkleVerifier() *MerkleVerifier {
	parsed, err := MerkleVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MerkleVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MerkleVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerifyRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a6b26d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyRecord(bytes32 root, bytes32 recordHash, bytes proof) pure returns(bool)
func (merkleVerifier *MerkleVerifier) PackVerifyRecord(root [32]byte, recordHash [32]byte, proof []byte) []byte {
	enc, err := merkleVerifier.abi.Pack("verifyRecord", root, recordHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a6b26d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyRecord(bytes32 root, bytes32 recordHash, bytes proof) pure returns(bool)
func (merkleVerifier *MerkleVerifier) TryPackVerifyRecord(root [32]byte, recordHash [32]byte, proof []byte) ([]byte, error) {
	return merkleVerifier.abi.Pack("verifyRecord", root, recordHash, proof)
}

// UnpackVerifyRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a6b26d0.
//
// Solidity: function verifyRecord(bytes32 root, bytes32 recordHash, bytes proof) pure returns(bool)
func (merkleVerifier *MerkleVerifier) UnpackVerifyRecord(data []byte) (bool, error) {
	out, err := merkleVerifier.abi.Unpack("verifyRecord", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
