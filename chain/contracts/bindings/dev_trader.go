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

// DevTraderMetaData contains all meta data concerning the DevTrader contract.
var DevTraderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotActivePool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"}],\"name\":\"swapTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0Owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Owed\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"uniswapV3MintCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DevTrader",
	Bin: "0x6080604052348015600e575f5ffd5b506107358061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063b8cca34e1461004e578063c160237514610063578063d348799714610076578063fa461e3314610089575b5f5ffd5b61006161005c3660046104e0565b61009c565b005b610061610071366004610544565b610166565b6100616100843660046105c0565b61026c565b6100616100973660046105c0565b610340565b835f805c6001600160a01b0319166001600160a01b03831617905d50604051633c8a7d8d60e01b8152306004820152600284810b602483015283900b60448201526001600160801b038216606482015260a060848201525f60a48201526001600160a01b03851690633c8a7d8d9060c4015b60408051808303815f875af1158015610129573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061014d919061060f565b505f90506001600160a01b0319815c16815d5050505050565b5f826001600160a01b0316633850c7bd6040518163ffffffff1660e01b815260040160e060405180830381865afa1580156101a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101c79190610647565b5050505050509050816001600160a01b0316816001600160a01b0316036101ed57505050565b6001600160a01b03818116838216109084905f805c6001600160a01b03191691831691909117905d50604051630251596160e31b815230600482015281151560248201526001600160ff1b0360448201526001600160a01b03848116606483015260a060848301525f60a483015285169063128acb089060c40161010e565b5f6102756103dd565b905084156102f2576102f23386836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102be573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102e291906106dd565b6001600160a01b0316919061041f565b8315610339576103393385836001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102be573d5f5f3e3d5ffd5b5050505050565b5f6103496103dd565b90505f851315610394576103943386836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102be573d5f5f3e3d5ffd5b5f841315610339576103393385836001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102be573d5f5f3e3d5ffd5b5f336001600160a01b03825c161415806103f5575033155b1561041a5760405163b706a66b60e01b81523360048201526024015b60405180910390fd5b503390565b61042c8383836001610459565b61045457604051635274afe760e01b81526001600160a01b0384166004820152602401610411565b505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166104af5783831516156104a3573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b03811681146104cf575f5ffd5b50565b8060020b81146104cf575f5ffd5b5f5f5f5f608085870312156104f3575f5ffd5b84356104fe816104bb565b9350602085013561050e816104d2565b9250604085013561051e816104d2565b915060608501356001600160801b0381168114610539575f5ffd5b939692955090935050565b5f5f60408385031215610555575f5ffd5b8235610560816104bb565b91506020830135610570816104bb565b809150509250929050565b5f5f83601f84011261058b575f5ffd5b50813567ffffffffffffffff8111156105a2575f5ffd5b6020830191508360208285010111156105b9575f5ffd5b9250929050565b5f5f5f5f606085870312156105d3575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156105f7575f5ffd5b6106038782880161057b565b95989497509550505050565b5f5f60408385031215610620575f5ffd5b505080516020909101519092909150565b805161ffff81168114610642575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a03121561065d575f5ffd5b8751610668816104bb565b6020890151909750610679816104d2565b955061068760408901610631565b945061069560608901610631565b93506106a360808901610631565b925060a088015160ff811681146106b8575f5ffd5b60c089015190925080151581146106cd575f5ffd5b8091505092959891949750929550565b5f602082840312156106ed575f5ffd5b81516106f8816104bb565b939250505056fea26469706673582212204338673594e52aa9401b921d0fb512bb0c9f4f98d4b33e5ee49d9a71b8274f4b64736f6c63430008250033",
}

// DevTrader is an auto generated Go binding around an Ethereum contract.
type DevTrader struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DevTrader) GetABI() abi.ABI {
	return c.abi
}

// NewDevTrader creates a new instance of DevTrader.
func NewDevTrader() *DevTrader {
	parsed, err := DevTraderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DevTrader{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DevTrader) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8cca34e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address pool, int24 tickLower, int24 tickUpper, uint128 liquidity) returns()
func (devTrader *DevTrader) PackMint(pool common.Address, tickLower *big.Int, tickUpper *big.Int, liquidity *big.Int) []byte {
	enc, err := devTrader.abi.Pack("mint", pool, tickLower, tickUpper, liquidity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8cca34e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address pool, int24 tickLower, int24 tickUpper, uint128 liquidity) returns()
func (devTrader *DevTrader) TryPackMint(pool common.Address, tickLower *big.Int, tickUpper *big.Int, liquidity *big.Int) ([]byte, error) {
	return devTrader.abi.Pack("mint", pool, tickLower, tickUpper, liquidity)
}

// PackSwapTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1602375.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swapTo(address pool, uint160 sqrtPriceLimitX96) returns()
func (devTrader *DevTrader) PackSwapTo(pool common.Address, sqrtPriceLimitX96 *big.Int) []byte {
	enc, err := devTrader.abi.Pack("swapTo", pool, sqrtPriceLimitX96)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwapTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1602375.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swapTo(address pool, uint160 sqrtPriceLimitX96) returns()
func (devTrader *DevTrader) TryPackSwapTo(pool common.Address, sqrtPriceLimitX96 *big.Int) ([]byte, error) {
	return devTrader.abi.Pack("swapTo", pool, sqrtPriceLimitX96)
}

// PackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes ) returns()
func (devTrader *DevTrader) PackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, arg2 []byte) []byte {
	enc, err := devTrader.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes ) returns()
func (devTrader *DevTrader) TryPackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, arg2 []byte) ([]byte, error) {
	return devTrader.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, arg2)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes ) returns()
func (devTrader *DevTrader) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, arg2 []byte) []byte {
	enc, err := devTrader.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes ) returns()
func (devTrader *DevTrader) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, arg2 []byte) ([]byte, error) {
	return devTrader.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, arg2)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (devTrader *DevTrader) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], devTrader.abi.Errors["NotActivePool"].ID.Bytes()[:4]) {
		return devTrader.UnpackNotActivePoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], devTrader.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return devTrader.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DevTraderNotActivePool represents a NotActivePool error raised by the DevTrader contract.
type DevTraderNotActivePool struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActivePool(address caller)
func DevTraderNotActivePoolErrorID() common.Hash {
	return common.HexToHash("0xb706a66bf3b275f6a65430f8319ee88c551f98d976dae2fc6180656c79c2cdd5")
}

// UnpackNotActivePoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActivePool(address caller)
func (devTrader *DevTrader) UnpackNotActivePoolError(raw []byte) (*DevTraderNotActivePool, error) {
	out := new(DevTraderNotActivePool)
	if err := devTrader.abi.UnpackIntoInterface(out, "NotActivePool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevTraderSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DevTrader contract.
type DevTraderSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DevTraderSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (devTrader *DevTrader) UnpackSafeERC20FailedOperationError(raw []byte) (*DevTraderSafeERC20FailedOperation, error) {
	out := new(DevTraderSafeERC20FailedOperation)
	if err := devTrader.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
