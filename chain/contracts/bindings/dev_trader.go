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

// DevTraderStep is an auto generated low-level Go binding around an user-defined struct.
type DevTraderStep struct {
	Op           uint8
	TickLower    *big.Int
	TickUpper    *big.Int
	SqrtPriceX96 *big.Int
	Liquidity    *big.Int
}

// DevTraderMetaData contains all meta data concerning the DevTrader contract.
var DevTraderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotActivePool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"UnknownOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"pool\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceX96\",\"type\":\"uint160\"},{\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"}],\"internalType\":\"structDevTrader.Step[]\",\"name\":\"steps\",\"type\":\"tuple[]\"}],\"name\":\"play\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"}],\"name\":\"swapTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0Owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Owed\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"uniswapV3MintCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DevTrader",
	Bin: "0x6080604052348015600e575f5ffd5b50610aeb8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80631f2f089314610064578063440d831114610079578063b8cca34e1461008c578063c16023751461009f578063d3487997146100b2578063fa461e33146100c5575b5f5ffd5b61007761007236600461079e565b6100d8565b005b6100776100873660046107f5565b610161565b61007761009a36600461079e565b61032a565b6100776100ad366004610878565b610336565b6100776100c03660046108f4565b610344565b6100776100d33660046108f4565b610418565b60405163a34123a760e01b8152600284810b600483015283900b60248201526001600160801b03821660448201526001600160a01b0385169063a34123a79060640160408051808303815f875af1158015610135573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101599190610943565b505050505050565b5f5b81811015610324573683838381811061017e5761017e610965565b60a0029190910191505f90506101976020830183610987565b60ff16036101bd576101b8856101b360808401606085016109a9565b6104b5565b61031b565b60016101cc6020830183610987565b60ff160361020d576101b8856101e860408401602085016109c4565b6101f860608501604086016109c4565b61020860a08601608087016109df565b61060f565b600261021c6020830183610987565b60ff16036102e3576001600160a01b03851663a34123a761024360408401602085016109c4565b61025360608501604086016109c4565b61026360a08601608087016109df565b6040516001600160e01b031960e086901b168152600293840b60048201529190920b60248201526001600160801b03909116604482015260640160408051808303815f875af11580156102b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102dc9190610943565b505061031b565b816102f16020830183610987565b604051638f57b19360e01b8152600481019290925260ff1660248201526044015b60405180910390fd5b50600101610163565b50505050565b6103248484848461060f565b61034082826104b5565b5050565b5f61034d610685565b905084156103ca576103ca3386836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610396573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ba91906109f8565b6001600160a01b031691906106c2565b8315610411576104113385836001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610396573d5f5f3e3d5ffd5b5050505050565b5f610421610685565b90505f85131561046c5761046c3386836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610396573d5f5f3e3d5ffd5b5f841315610411576104113385836001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610396573d5f5f3e3d5ffd5b5f826001600160a01b0316633850c7bd6040518163ffffffff1660e01b815260040160e060405180830381865afa1580156104f2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105169190610a24565b5050505050509050816001600160a01b0316816001600160a01b03160361053c57505050565b6001600160a01b03818116838216109084905f805c6001600160a01b03191691831691909117905d50604051630251596160e31b815230600482015281151560248201526001600160ff1b0360448201526001600160a01b03848116606483015260a060848301525f60a483015285169063128acb089060c4015b60408051808303815f875af11580156105d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105f69190610943565b505f90506001600160a01b0319815c16815d5050505050565b835f805c6001600160a01b0319166001600160a01b03831617905d50604051633c8a7d8d60e01b8152306004820152600284810b602483015283900b60448201526001600160801b038216606482015260a060848201525f60a48201526001600160a01b03851690633c8a7d8d9060c4016105b7565b5f336001600160a01b03825c1614158061069d575033155b156106bd5760405163b706a66b60e01b8152336004820152602401610312565b503390565b6106cf83838360016106fc565b6106f757604051635274afe760e01b81526001600160a01b0384166004820152602401610312565b505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610752578383151615610746573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0381168114610772575f5ffd5b50565b8060020b8114610772575f5ffd5b80356001600160801b0381168114610799575f5ffd5b919050565b5f5f5f5f608085870312156107b1575f5ffd5b84356107bc8161075e565b935060208501356107cc81610775565b925060408501356107dc81610775565b91506107ea60608601610783565b905092959194509250565b5f5f5f60408486031215610807575f5ffd5b83356108128161075e565b9250602084013567ffffffffffffffff81111561082d575f5ffd5b8401601f8101861361083d575f5ffd5b803567ffffffffffffffff811115610853575f5ffd5b86602060a083028401011115610867575f5ffd5b939660209190910195509293505050565b5f5f60408385031215610889575f5ffd5b82356108948161075e565b915060208301356108a48161075e565b809150509250929050565b5f5f83601f8401126108bf575f5ffd5b50813567ffffffffffffffff8111156108d6575f5ffd5b6020830191508360208285010111156108ed575f5ffd5b9250929050565b5f5f5f5f60608587031215610907575f5ffd5b8435935060208501359250604085013567ffffffffffffffff81111561092b575f5ffd5b610937878288016108af565b95989497509550505050565b5f5f60408385031215610954575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52603260045260245ffd5b60ff81168114610772575f5ffd5b5f60208284031215610997575f5ffd5b81356109a281610979565b9392505050565b5f602082840312156109b9575f5ffd5b81356109a28161075e565b5f602082840312156109d4575f5ffd5b81356109a281610775565b5f602082840312156109ef575f5ffd5b6109a282610783565b5f60208284031215610a08575f5ffd5b81516109a28161075e565b805161ffff81168114610799575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610a3a575f5ffd5b8751610a458161075e565b6020890151909750610a5681610775565b9550610a6460408901610a13565b9450610a7260608901610a13565b9350610a8060808901610a13565b925060a0880151610a9081610979565b60c08901519092508015158114610aa5575f5ffd5b809150509295989194975092955056fea2646970667358221220398ce63983a3810c4a223c5a8d26c8af655472c2fc604e08be65ce5e0608051764736f6c63430008250033",
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

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f2f0893.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address pool, int24 tickLower, int24 tickUpper, uint128 liquidity) returns()
func (devTrader *DevTrader) PackBurn(pool common.Address, tickLower *big.Int, tickUpper *big.Int, liquidity *big.Int) []byte {
	enc, err := devTrader.abi.Pack("burn", pool, tickLower, tickUpper, liquidity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f2f0893.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address pool, int24 tickLower, int24 tickUpper, uint128 liquidity) returns()
func (devTrader *DevTrader) TryPackBurn(pool common.Address, tickLower *big.Int, tickUpper *big.Int, liquidity *big.Int) ([]byte, error) {
	return devTrader.abi.Pack("burn", pool, tickLower, tickUpper, liquidity)
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

// PackPlay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440d8311.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function play(address pool, (uint8,int24,int24,uint160,uint128)[] steps) returns()
func (devTrader *DevTrader) PackPlay(pool common.Address, steps []DevTraderStep) []byte {
	enc, err := devTrader.abi.Pack("play", pool, steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440d8311.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function play(address pool, (uint8,int24,int24,uint160,uint128)[] steps) returns()
func (devTrader *DevTrader) TryPackPlay(pool common.Address, steps []DevTraderStep) ([]byte, error) {
	return devTrader.abi.Pack("play", pool, steps)
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
	if bytes.Equal(raw[:4], devTrader.abi.Errors["UnknownOp"].ID.Bytes()[:4]) {
		return devTrader.UnpackUnknownOpError(raw[4:])
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

// DevTraderUnknownOp represents a UnknownOp error raised by the DevTrader contract.
type DevTraderUnknownOp struct {
	Index *big.Int
	Op    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOp(uint256 index, uint8 op)
func DevTraderUnknownOpErrorID() common.Hash {
	return common.HexToHash("0x8f57b193a91a1ed24fae48b21fa9663b714678ed603d5b784cbb007a677711a5")
}

// UnpackUnknownOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOp(uint256 index, uint8 op)
func (devTrader *DevTrader) UnpackUnknownOpError(raw []byte) (*DevTraderUnknownOp, error) {
	out := new(DevTraderUnknownOp)
	if err := devTrader.abi.UnpackIntoInterface(out, "UnknownOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}
