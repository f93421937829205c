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

// RangeVaultMetaData contains all meta data concerning the RangeVault contract.
var RangeVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guard_\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"liquidityPerPosition_\",\"type\":\"uint128\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int24\",\"name\":\"tick\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"spacing\",\"type\":\"int24\"}],\"name\":\"TickNotAligned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"TickOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"UnknownParam\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroLiquidity\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"indexed\":false,\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"}],\"name\":\"Reranged\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"}],\"name\":\"applyParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidityPerPosition\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIUniswapV3Pool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"position\",\"outputs\":[{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0Owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Owed\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"uniswapV3MintCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "RangeVault",
	Bin: "0x610140604052348015610010575f5ffd5b50604051610db5380380610db583398101604081905261002f916101f2565b806001600160801b03165f0361005857604051630200e8a960e31b815260040160405180910390fd5b6001600160a01b03808416608081905290831660a0526001600160801b03821660c05260408051630dfe168160e01b81529051630dfe1681916004808201926020929091908290030181865afa1580156100b4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100d89190610247565b6001600160a01b031660e0816001600160a01b031681525050826001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa15801561012d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101519190610247565b6001600160a01b0316610100816001600160a01b031681525050826001600160a01b031663d0c93a7c6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101cb9190610269565b60020b6101205250610289915050565b6001600160a01b03811681146101ef575f5ffd5b50565b5f5f5f60608486031215610204575f5ffd5b835161020f816101db565b6020850151909350610220816101db565b60408501519092506001600160801b038116811461023c575f5ffd5b809150509250925092565b5f60208284031215610257575f5ffd5b8151610262816101db565b9392505050565b5f60208284031215610279575f5ffd5b81518060020b8114610262575f5ffd5b60805160a05160c05160e0516101005161012051610aa16103145f395f8181610320015281816103660152818161039901526103df01525f6107c301525f61078901525f818160e50152818161059c01526106cb01525f8181610124015261017901525f818160a6015281816104630152818161051b0152818161064b01526107360152610aa15ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806309218e911461006457806316f0115b146100a1578063350d87be146100e05780637ceab3b11461011f57806382f59b1814610146578063d34879971461015b575b5f5ffd5b5f5460408051600283810b825263010000008404900b6020820152600160301b9092046001600160801b0316908201526060015b60405180910390f35b6100c87f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610098565b6101077f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160801b039091168152602001610098565b6100c87f000000000000000000000000000000000000000000000000000000000000000081565b6101596101543660046108d4565b61016e565b005b610159610169366004610940565b61072b565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101be57604051635f9ea57160e11b81523360048201526024015b60405180910390fd5b5f8054600281810b926301000000909204900b905b858110156102c1575f8787838181106101ee576101ee6109bc565b9050602002013590505f86868481811061020a5761020a6109bc565b905060200201359050683a34b1b5a637bbb2b960b91b821415801561023b5750683a34b1b5aab83832b960b91b8214155b1561025c57604051633bd29a9760e11b8152600481018390526024016101b5565b627fffff198112806102705750627fffff81135b156102985760405163e4ace9bf60e01b815260048101839052602481018290526044016101b5565b683a34b1b5a637bbb2b960b91b82036102b3578094506102b7565b8093505b50506001016101d3565b508060020b8260020b1215806102de5750620d89e719600283900b125b806102ef5750620d89e8600282900b135b1561031b5760405163452d886760e11b8152600283810b600483015282900b60248201526044016101b5565b6103457f0000000000000000000000000000000000000000000000000000000000000000836109d0565b60020b1561039457604051637565964960e11b8152600283810b60048301527f0000000000000000000000000000000000000000000000000000000000000000900b60248201526044016101b5565b6103be7f0000000000000000000000000000000000000000000000000000000000000000826109d0565b60020b1561040d57604051637565964960e11b8152600282810b60048301527f0000000000000000000000000000000000000000000000000000000000000000900b60248201526044016101b5565b5f54600160301b90046001600160801b03161561058f575f5460405163a34123a760e01b8152600282810b600483015263010000008304900b6024820152600160301b9091046001600160801b031660448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a34123a79060640160408051808303815f875af11580156104b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104d491906109fd565b50505f546040516309e3d67b60e31b8152306004820152600282810b6024830152630100000090920490910b60448201526001600160801b036064820181905260848201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634f1eb3d89060a40160408051808303815f875af1158015610568573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061058c9190610a3a565b50505b5f80546001600160801b037f000000000000000000000000000000000000000000000000000000000000000016600160301b810275ffffffffffffffffffffffffffffffff0000000000001962ffffff86811663010000000265ffffffffffff19909516908816179390931792909216919091178255604051633c8a7d8d60e01b8152306004820152600285810b602483015284900b6044820152606481019190915260a0608482015260a48101919091526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633c8a7d8d9060c40160408051808303815f875af1158015610690573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106b491906109fd565b505060408051600284810b825283900b60208201527f00000000000000000000000000000000000000000000000000000000000000006001600160801b03168183015290517fb22c97ba6cb54d64979679f827221b49ea5ce57a639216e7f7b15fe2a707218e9181900360600190a1505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107765760405163250abb5160e11b81523360048201526024016101b5565b83156107b0576107b06001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633866107f0565b82156107ea576107ea6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633856107f0565b50505050565b6107fd838383600161082a565b61082557604051635274afe760e01b81526001600160a01b03841660048201526024016101b5565b505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610880578383151615610874573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f83601f84011261089c575f5ffd5b50813567ffffffffffffffff8111156108b3575f5ffd5b6020830191508360208260051b85010111156108cd575f5ffd5b9250929050565b5f5f5f5f604085870312156108e7575f5ffd5b843567ffffffffffffffff8111156108fd575f5ffd5b6109098782880161088c565b909550935050602085013567ffffffffffffffff811115610928575f5ffd5b6109348782880161088c565b95989497509550505050565b5f5f5f5f60608587031215610953575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610977575f5ffd5b8501601f81018713610987575f5ffd5b803567ffffffffffffffff81111561099d575f5ffd5b8760208284010111156109ae575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52603260045260245ffd5b5f8260020b806109ee57634e487b7160e01b5f52601260045260245ffd5b808360020b0791505092915050565b5f5f60408385031215610a0e575f5ffd5b505080516020909101519092909150565b80516001600160801b0381168114610a35575f5ffd5b919050565b5f5f60408385031215610a4b575f5ffd5b610a5483610a1f565b9150610a6260208401610a1f565b9050925092905056fea2646970667358221220a2a9ee102e3211238280502bc5402f333662043ddf504ff2f649274e0b948d4764736f6c63430008250033",
}

// RangeVault is an auto generated Go binding around an Ethereum contract.
type RangeVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RangeVault) GetABI() abi.ABI {
	return c.abi
}

// NewRangeVault creates a new instance of RangeVault.
func NewRangeVault() *RangeVault {
	parsed, err := RangeVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RangeVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RangeVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool_, address guard_, uint128 liquidityPerPosition_) returns()
func (rangeVault *RangeVault) PackConstructor(pool_ common.Address, guard_ common.Address, liquidityPerPosition_ *big.Int) []byte {
	enc, err := rangeVault.abi.Pack("", pool_, guard_, liquidityPerPosition_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApplyParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82f59b18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyParameters(bytes32[] params, int256[] values) returns()
func (rangeVault *RangeVault) PackApplyParameters(params [][32]byte, values []*big.Int) []byte {
	enc, err := rangeVault.abi.Pack("applyParameters", params, values)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82f59b18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyParameters(bytes32[] params, int256[] values) returns()
func (rangeVault *RangeVault) TryPackApplyParameters(params [][32]byte, values []*big.Int) ([]byte, error) {
	return rangeVault.abi.Pack("applyParameters", params, values)
}

// PackGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ceab3b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guard() view returns(address)
func (rangeVault *RangeVault) PackGuard() []byte {
	enc, err := rangeVault.abi.Pack("guard")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ceab3b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guard() view returns(address)
func (rangeVault *RangeVault) TryPackGuard() ([]byte, error) {
	return rangeVault.abi.Pack("guard")
}

// UnpackGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ceab3b1.
//
// Solidity: function guard() view returns(address)
func (rangeVault *RangeVault) UnpackGuard(data []byte) (common.Address, error) {
	out, err := rangeVault.abi.Unpack("guard", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLiquidityPerPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350d87be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidityPerPosition() view returns(uint128)
func (rangeVault *RangeVault) PackLiquidityPerPosition() []byte {
	enc, err := rangeVault.abi.Pack("liquidityPerPosition")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidityPerPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350d87be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidityPerPosition() view returns(uint128)
func (rangeVault *RangeVault) TryPackLiquidityPerPosition() ([]byte, error) {
	return rangeVault.abi.Pack("liquidityPerPosition")
}

// UnpackLiquidityPerPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x350d87be.
//
// Solidity: function liquidityPerPosition() view returns(uint128)
func (rangeVault *RangeVault) UnpackLiquidityPerPosition(data []byte) (*big.Int, error) {
	out, err := rangeVault.abi.Unpack("liquidityPerPosition", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (rangeVault *RangeVault) PackPool() []byte {
	enc, err := rangeVault.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(address)
func (rangeVault *RangeVault) TryPackPool() ([]byte, error) {
	return rangeVault.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (rangeVault *RangeVault) UnpackPool(data []byte) (common.Address, error) {
	out, err := rangeVault.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09218e91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function position() view returns(int24 tickLower, int24 tickUpper, uint128 liquidity)
func (rangeVault *RangeVault) PackPosition() []byte {
	enc, err := rangeVault.abi.Pack("position")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09218e91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function position() view returns(int24 tickLower, int24 tickUpper, uint128 liquidity)
func (rangeVault *RangeVault) TryPackPosition() ([]byte, error) {
	return rangeVault.abi.Pack("position")
}

// PositionOutput serves as a container for the return parameters of contract
// method Position.
type PositionOutput struct {
	TickLower *big.Int
	TickUpper *big.Int
	Liquidity *big.Int
}

// UnpackPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09218e91.
//
// Solidity: function position() view returns(int24 tickLower, int24 tickUpper, uint128 liquidity)
func (rangeVault *RangeVault) UnpackPosition(data []byte) (PositionOutput, error) {
	out, err := rangeVault.abi.Unpack("position", data)
	outstruct := new(PositionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TickLower = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TickUpper = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Liquidity = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes ) returns()
func (rangeVault *RangeVault) PackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, arg2 []byte) []byte {
	enc, err := rangeVault.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, arg2)
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
func (rangeVault *RangeVault) TryPackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, arg2 []byte) ([]byte, error) {
	return rangeVault.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, arg2)
}

// RangeVaultReranged represents a Reranged event raised by the RangeVault contract.
type RangeVaultReranged struct {
	TickLower *big.Int
	TickUpper *big.Int
	Liquidity *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RangeVaultRerangedEventName = "Reranged"

// ContractEventName returns the user-defined event name.
func (RangeVaultReranged) ContractEventName() string {
	return RangeVaultRerangedEventName
}

// UnpackRerangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reranged(int24 tickLower, int24 tickUpper, uint128 liquidity)
func (rangeVault *RangeVault) UnpackRerangedEvent(log *types.Log) (*RangeVaultReranged, error) {
	event := "Reranged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rangeVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RangeVaultReranged)
	if len(log.Data) > 0 {
		if err := rangeVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rangeVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rangeVault *RangeVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["InvalidRange"].ID.Bytes()[:4]) {
		return rangeVault.UnpackInvalidRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["NotGuard"].ID.Bytes()[:4]) {
		return rangeVault.UnpackNotGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["NotPool"].ID.Bytes()[:4]) {
		return rangeVault.UnpackNotPoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rangeVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["TickNotAligned"].ID.Bytes()[:4]) {
		return rangeVault.UnpackTickNotAlignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["TickOutOfRange"].ID.Bytes()[:4]) {
		return rangeVault.UnpackTickOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["UnknownParam"].ID.Bytes()[:4]) {
		return rangeVault.UnpackUnknownParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], rangeVault.abi.Errors["ZeroLiquidity"].ID.Bytes()[:4]) {
		return rangeVault.UnpackZeroLiquidityError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RangeVaultInvalidRange represents a InvalidRange error raised by the RangeVault contract.
type RangeVaultInvalidRange struct {
	TickLower *big.Int
	TickUpper *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRange(int24 tickLower, int24 tickUpper)
func RangeVaultInvalidRangeErrorID() common.Hash {
	return common.HexToHash("0x8a5b10ce91ea0b77186a5acbc076575fc88f0703872f0f23d00a24954a0cd6c5")
}

// UnpackInvalidRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRange(int24 tickLower, int24 tickUpper)
func (rangeVault *RangeVault) UnpackInvalidRangeError(raw []byte) (*RangeVaultInvalidRange, error) {
	out := new(RangeVaultInvalidRange)
	if err := rangeVault.abi.UnpackIntoInterface(out, "InvalidRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RangeVaultNotGuard represents a NotGuard error raised by the RangeVault contract.
type RangeVaultNotGuard struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuard(address caller)
func RangeVaultNotGuardErrorID() common.Hash {
	return common.HexToHash("0xbf3d4ae29e1bfe399a8d0501865aae71b9f297ac0c6859260678dee7e4beedab")
}

// UnpackNotGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuard(address caller)
func (rangeVault *RangeVault) UnpackNotGuardError(raw []byte) (*RangeVaultNotGuard, error) {
	out := new(RangeVaultNotGuard)
	if err := rangeVault.abi.UnpackIntoInterface(out, "NotGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RangeVaultNotPool represents a NotPool error raised by the RangeVault contract.
type RangeVaultNotPool struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPool(address caller)
func RangeVaultNotPoolErrorID() common.Hash {
	return common.HexToHash("0x4a1576a22fc9a6e32bee006d701c2fd8e0bd926b9b70819eea572757e6654a19")
}

// UnpackNotPoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPool(address caller)
func (rangeVault *RangeVault) UnpackNotPoolError(raw []byte) (*RangeVaultNotPool, error) {
	out := new(RangeVaultNotPool)
	if err := rangeVault.abi.UnpackIntoInterface(out, "NotPool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RangeVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RangeVault contract.
type RangeVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RangeVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rangeVault *RangeVault) UnpackSafeERC20FailedOperationError(raw []byte) (*RangeVaultSafeERC20FailedOperation, error) {
	out := new(RangeVaultSafeERC20FailedOperation)
	if err := rangeVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RangeVaultTickNotAligned represents a TickNotAligned error raised by the RangeVault contract.
type RangeVaultTickNotAligned struct {
	Tick    *big.Int
	Spacing *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TickNotAligned(int24 tick, int24 spacing)
func RangeVaultTickNotAlignedErrorID() common.Hash {
	return common.HexToHash("0xeacb2c923b81ae760269bbbc159f31cf98bd23c376f551c153eec489bfd61011")
}

// UnpackTickNotAlignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TickNotAligned(int24 tick, int24 spacing)
func (rangeVault *RangeVault) UnpackTickNotAlignedError(raw []byte) (*RangeVaultTickNotAligned, error) {
	out := new(RangeVaultTickNotAligned)
	if err := rangeVault.abi.UnpackIntoInterface(out, "TickNotAligned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RangeVaultTickOutOfRange represents a TickOutOfRange error raised by the RangeVault contract.
type RangeVaultTickOutOfRange struct {
	Param [32]byte
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TickOutOfRange(bytes32 param, int256 value)
func RangeVaultTickOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xe4ace9bff7485c3853ebfde350ca4451f92765f82a127388e94c0c067e26e5a4")
}

// UnpackTickOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TickOutOfRange(bytes32 param, int256 value)
func (rangeVault *RangeVault) UnpackTickOutOfRangeError(raw []byte) (*RangeVaultTickOutOfRange, error) {
	out := new(RangeVaultTickOutOfRange)
	if err := rangeVault.abi.UnpackIntoInterface(out, "TickOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RangeVaultUnknownParam represents a UnknownParam error raised by the RangeVault contract.
type RangeVaultUnknownParam struct {
	Param [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownParam(bytes32 param)
func RangeVaultUnknownParamErrorID() common.Hash {
	return common.HexToHash("0x77a5352e7a242346bf5854d7cec9bb9821b8aa96bcce9b352fda2717e3330132")
}

// UnpackUnknownParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownParam(bytes32 param)
func (rangeVault *RangeVault) UnpackUnknownParamError(raw []byte) (*RangeVaultUnknownParam, error) {
	out := new(RangeVaultUnknownParam)
	if err := rangeVault.abi.UnpackIntoInterface(out, "UnknownParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RangeVaultZeroLiquidity represents a ZeroLiquidity error raised by the RangeVault contract.
type RangeVaultZeroLiquidity struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroLiquidity()
func RangeVaultZeroLiquidityErrorID() common.Hash {
	return common.HexToHash("0x100745484141de1668a86d92bc9492f0aa44f9945862280657cd34aacf118cd5")
}

// UnpackZeroLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroLiquidity()
func (rangeVault *RangeVault) UnpackZeroLiquidityError(raw []byte) (*RangeVaultZeroLiquidity, error) {
	out := new(RangeVaultZeroLiquidity)
	if err := rangeVault.abi.UnpackIntoInterface(out, "ZeroLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}
