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

// Action is an auto generated low-level Go binding around an user-defined struct.
type Action struct {
	Target  common.Address
	Params  [][32]byte
	Values  []*big.Int
	Record  InferenceRecord
	Proof   []byte
	Inputs  []byte
	Outputs []byte
	Context []byte
}

// InferenceRecord is an auto generated low-level Go binding around an user-defined struct.
type InferenceRecord struct {
	Agent        common.Address
	ModelDigest  [32]byte
	InputDigest  [32]byte
	OutputDigest [32]byte
	BlockNumber  uint64
	BlockHash    [32]byte
	Nonce        uint64
}

// ParamBounds is an auto generated low-level Go binding around an user-defined struct.
type ParamBounds struct {
	Min            *big.Int
	Max            *big.Int
	MaxStep        *big.Int
	MaxStepBps     uint32
	CooldownBlocks uint64
}

// ParameterGuardMetaData contains all meta data concerning the ParameterGuard contract.
var ParameterGuardMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIInferenceVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"rootTtlBlocks_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"AgentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"readyAtBlock\",\"type\":\"uint64\"}],\"name\":\"CooldownActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"committed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"published\",\"type\":\"bytes32\"}],\"name\":\"InputsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"initial\",\"type\":\"int256\"}],\"name\":\"InvalidBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRootTtl\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidVerifier\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"}],\"name\":\"ModelNotAuthorised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"recorded\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"canonical\",\"type\":\"bytes32\"}],\"name\":\"OrphanedRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"}],\"name\":\"OutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"committed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"published\",\"type\":\"bytes32\"}],\"name\":\"OutputsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Paused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"RecordFromFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"RecordTooOld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ttlBlocks\",\"type\":\"uint64\"}],\"name\":\"RootExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"RootNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"from\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"to\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"}],\"name\":\"StepTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"from\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"to\",\"type\":\"int256\"},{\"internalType\":\"uint32\",\"name\":\"maxStepBps\",\"type\":\"uint32\"}],\"name\":\"StepTooLargePercent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"UnknownParameter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"ActionRefused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"internalType\":\"uint32\",\"name\":\"maxStepBps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"cooldownBlocks\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structParamBounds\",\"name\":\"bounds\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"initial\",\"type\":\"int256\"}],\"name\":\"BoundsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"GuardPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"GuardUnpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"GuardianSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"oldValue\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"newValue\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"ParameterApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"RootTtlSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structInferenceRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"outputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"}],\"internalType\":\"structAction[]\",\"name\":\"actions\",\"type\":\"tuple[]\"}],\"name\":\"applyActions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structInferenceRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"outputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"}],\"internalType\":\"structAction\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"applyOne\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"bounds\",\"outputs\":[{\"components\":[{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"internalType\":\"uint32\",\"name\":\"maxStepBps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"cooldownBlocks\",\"type\":\"uint64\"}],\"internalType\":\"structParamBounds\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"configured\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structInferenceRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"outputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"}],\"internalType\":\"structAction[]\",\"name\":\"actions\",\"type\":\"tuple[]\"}],\"name\":\"commitAndApply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structInferenceRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"outputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"}],\"internalType\":\"structAction[]\",\"name\":\"actions\",\"type\":\"tuple[]\"}],\"name\":\"commitAndTryApply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"applied\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"current\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractInferenceRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootTtlBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"internalType\":\"uint32\",\"name\":\"maxStepBps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"cooldownBlocks\",\"type\":\"uint64\"}],\"internalType\":\"structParamBounds\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"int256\",\"name\":\"initial\",\"type\":\"int256\"}],\"name\":\"setBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"}],\"name\":\"setGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"setRootTtl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIInferenceVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIInferenceVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ParameterGuard",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161210938038061210983398101604081905261002e9161010a565b6001600160a01b0383166100555760405163baa3de5f60e01b815260040160405180910390fd5b806001600160401b03165f0361007e57604051633784a1df60e21b815260040160405180910390fd5b336080526001600160a01b0393841660a0525f8054600180549487166001600160a01b031995909516949094179093556001600160401b03909116600160a81b027fffffff0000000000000000ff00000000000000000000000000000000000000009092169290931691909117179055610171565b6001600160a01b0381168114610107575f5ffd5b50565b5f5f5f5f6080858703121561011d575f5ffd5b8451610128816100f3565b6020860151909450610139816100f3565b604086015190935061014a816100f3565b60608601519092506001600160401b0381168114610166575f5ffd5b939692955090935050565b60805160a051611f316101d85f395f81816102bc0152818161038c0152818161048101528181610d8f0152610f5301525f81816102fe015281816106a70152818161072d015281816107f301528181610b5601528181610be00152610caa0152611f315ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c80636f22d5d31161009e5780638456cb591161006e5780638456cb59146102de5780638a0dac4a146102e65780638da5cb5b146102f95780639e880f0714610320578063e011abd314610333575f5ffd5b80636f22d5d31461022c578063731b177a1461023f5780637ac5e14b146102a45780637b103999146102b7575f5ffd5b80633bbda438116100e45780633bbda438146101ab5780633f4ba83a146101db578063452a9320146101e35780635437988d146101f65780635c975abb14610209575f5ffd5b80630abbb765146101155780631c11798e1461014b5780632b7ac3f31461016057806338ab116a1461018a575b5f5ffd5b5f5461012e90600160a81b90046001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b61015e6101593660046117a2565b610346565b005b5f54610172906001600160a01b031681565b6040516001600160a01b039091168152602001610142565b61019d6101983660046117a2565b61043a565b604051908152602001610142565b6101be6101b9366004611841565b610661565b604080519283526001600160401b03909116602083015201610142565b61015e61069c565b600154610172906001600160a01b031681565b61015e61020436600461186b565b610722565b5f5461021c90600160a01b900460ff1681565b6040519015158152602001610142565b61015e61023a366004611886565b6107e8565b61025261024d366004611841565b610a1e565b604080518351815260208085015190820152838201519181019190915260608084015163ffffffff16908201526080928301516001600160401b031692810192909252151560a082015260c001610142565b61015e6102b23660046117a2565b610ad9565b6101727f000000000000000000000000000000000000000000000000000000000000000081565b61015e610b35565b61015e6102f436600461186b565b610bd5565b6101727f000000000000000000000000000000000000000000000000000000000000000081565b61015e61032e3660046118d4565b610c6e565b61015e610341366004611943565b610c9f565b5f54600160a01b900460ff1615610370576040516313d0ff5960e31b815260040160405180910390fd5b60405163874359ed60e01b8152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063874359ed906044015f604051808303815f87803b1580156103d5575f5ffd5b505af11580156103e7573d5f5f3e3d5ffd5b505050506103f483610d6d565b5f5b818110156104345761042c33858585858181106104155761041561195e565b90506020028101906104279190611972565b610ec5565b6001016103f6565b50505050565b5f8054600160a01b900460ff1615610465576040516313d0ff5960e31b815260040160405180910390fd5b60405163874359ed60e01b8152336004820152602481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063874359ed906044015f604051808303815f87803b1580156104ca575f5ffd5b505af11580156104dc573d5f5f3e3d5ffd5b505050506104e984610d6d565b5f5b828110156106595730639e880f07338787878681811061050d5761050d61195e565b905060200281019061051f9190611972565b6040518463ffffffff1660e01b815260040161053d93929190611b1f565b5f604051808303815f87803b158015610554575f5ffd5b505af1925050508015610565575060015b610643573d808015610592576040519150601f19603f3d011682016040523d82523d5f602084013e610597565b606091505b508484838181106105aa576105aa61195e565b90506020028101906105bc9190611972565b6105ca90602081019061186b565b6001600160a01b0316867f4d451cf2692a3cf45ce5bf71671a6f7b5488ca4dff080b1fadbb80df11d93a6c8461062589898881811061060b5761060b61195e565b905060200281019061061d9190611972565b606001611215565b8560405161063593929190611c67565b60405180910390a350610651565b8161064d81611cbe565b9250505b6001016104eb565b509392505050565b6001600160a01b0382165f908152600360209081526040808320848452909152902080546001909101546001600160401b03165b9250929050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106ec5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b5f805460ff60a01b1916815560405133917fd89bbd7c2778e452f31df6714728a588ad7cfc6a853c76329421e44f27d34bd291a2565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461076d5760405163245aecd360e01b81523360048201526024016106e3565b6001600160a01b0381166107945760405163baa3de5f60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b0383169081179091556040519081527f480b37e3d134e44cb444c9703493c7db564c707cb8a18cecea165f340431da1f906020015b60405180910390a150565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108335760405163245aecd360e01b81523360048201526024016106e3565b60208201358235138061084957505f8260400135125b806108545750813581125b806108625750816020013581135b1561089e57604080516315f4960360e31b81528335600482015260208401356024820152908301356044820152606481018290526084016106e3565b6040518060c00160405280835f0135815260200183602001358152602001836040013581526020018360600160208101906108d99190611ce9565b63ffffffff1681526020016108f460a0850160808601611943565b6001600160401b039081168252600160209283018190526001600160a01b0388165f818152600280865260408083208b84528752808320885181558888015181870155888201519281019290925560608801516003928301805460808b015160a0909b01511515600160601b0260ff60601b199b8a16640100000000026bffffffffffffffffffffffff1990921663ffffffff90941693909317179990991617909755865180880188528881528087018381528484529187528783208b84529096529086902094518555519390910180549390921667ffffffffffffffff1990931692909217905590518491907fd71eef51432dcf29a7f483956c3a7607ea5c702baf8b6c16d20c70e0611b99cc90610a109086908690611d02565b60405180910390a350505050565b610a5a6040518060a001604052805f81526020015f81526020015f81526020015f63ffffffff1681526020015f6001600160401b031681525090565b506001600160a01b0382165f908152600260208181526040808420858552825292839020835160a0810185528154815260018201549281019290925291820154928101929092526003015463ffffffff811660608301526001600160401b03640100000000820416608083015260ff600160601b909104169250929050565b5f54600160a01b900460ff1615610b03576040516313d0ff5960e31b815260040160405180910390fd5b610b0c83610d6d565b5f5b8181101561043457610b2d33858585858181106104155761041561195e565b600101610b0e565b6001546001600160a01b03163314801590610b795750336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614155b15610b995760405163a252c15160e01b81523360048201526024016106e3565b5f805460ff60a01b1916600160a01b17815560405133917fe09b21d6dd32859666ae309428ea624d48855f4762e0c91f342016e4947d793b91a2565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c205760405163245aecd360e01b81523360048201526024016106e3565b600180546001600160a01b0319166001600160a01b0383169081179091556040519081527fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e906020016107dd565b333014610c8f5760405162a19dbf60e81b81523360048201526024016106e3565b610c9a838383610ec5565b505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610cea5760405163245aecd360e01b81523360048201526024016106e3565b806001600160401b03165f03610d1357604051633784a1df60e21b815260040160405180910390fd5b5f805467ffffffffffffffff60a81b1916600160a81b6001600160401b038416908102919091179091556040519081527f0ae50fc8c120483ebb325ed511535624c68fa5ccbbe809f6b23d068a4f3e806a906020016107dd565b604051637c353ed760e11b8152600481018290525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f86a7dae906024016040805180830381865afa158015610dd3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610df79190611d5f565b90925090506001600160a01b038216610e26576040516312ba9cd760e31b8152600481018490526024016106e3565b336001600160a01b03831614610e6057604051639b32845560e01b81526001600160a01b03831660048201523360248201526044016106e3565b5f54610e80906001600160401b03600160a81b9091048116908316611d97565b431115610c9a575f54604051631c34613960e31b8152600481018590526001600160401b038084166024830152600160a81b90920490911660448201526064016106e3565b6001600160a01b038316610edf608083016060840161186b565b6001600160a01b031614610f2a5782610efe608083016060840161186b565b604051639b32845560e01b81526001600160a01b039283166004820152911660248201526044016106e3565b60405163de11892b60e01b81526001600160a01b038481166004830152608083013560248301527f0000000000000000000000000000000000000000000000000000000000000000169063de11892b90604401602060405180830381865afa158015610f98573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fbc9190611daa565b610fee5760405163f4c9cebf60e01b81526001600160a01b0384166004820152608082013560248201526044016106e3565b5f610ffb82606001611215565b5f549091506001600160a01b0316634a6b26d0848361101e610140870187611dc9565b6040518563ffffffff1660e01b815260040161103d9493929190611e0b565b602060405180830381865afa158015611058573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061107c9190611daa565b6110a357604051633c6db5f960e01b815260048101829052602481018490526044016106e3565b6110ad8183611244565b6110cc6110c1610100840160e08501611943565b610100840135611304565b6110d96040830183611e34565b90506110e86020840184611e34565b90501461110b576040516001621398b960e31b0319815260040160405180910390fd5b5f5b61111a6020840184611e34565b905081101561118d57611185611133602085018561186b565b6111406020860186611e34565b848181106111505761115061195e565b905060200201358580604001906111679190611e34565b858181106111775761117761195e565b9050602002013585886113a5565b60010161110d565b5061119b602083018361186b565b6001600160a01b03166382f59b186111b66020850185611e34565b6111c36040870187611e34565b6040518563ffffffff1660e01b81526004016111e29493929190611e79565b5f604051808303815f87803b1580156111f9575f5ffd5b505af115801561120b573d5f5f3e3d5ffd5b5050505050505050565b5f816040516020016112279190611eca565b604051602081830303815290604052805190602001209050919050565b5f611253610160830183611dc9565b604051611261929190611ed8565b604051908190039020905060a082013581146112a4576040516322e560df60e11b81526004810184905260a08301356024820152604481018290526064016106e3565b5f6112b3610180840184611dc9565b6040516112c1929190611ed8565b604051908190039020905060c083013581146104345760405163961ad68d60e01b81526004810185905260c08401356024820152604481018290526064016106e3565b43826001600160401b031610611338576040516371e986c560e11b81526001600160401b03831660048201526024016106e3565b6001600160401b038216408061136c57604051632f29f0bd60e11b81526001600160401b03841660048201526024016106e3565b818114610c9a5760405163709c95cf60e11b81526001600160401b038416600482015260248101839052604481018290526064016106e3565b6001600160a01b0385165f90815260026020908152604080832087845290915290206003810154600160601b900460ff16611405576040516315188a6d60e21b81526001600160a01b0387166004820152602481018690526044016106e3565b80548412806114175750806001015484135b156114625780546001820154604051635659a2bf60e11b81526001600160a01b038916600482015260248101889052604481018790526064810192909252608482015260a4016106e3565b6001600160a01b0386165f9081526003602090815260408083208884529091528120805490916114928288611690565b905083600201548111156114e657600284015460405163470ceec960e01b81526001600160a01b038b166004820152602481018a90526044810184905260648101899052608481019190915260a4016106e3565b600384015463ffffffff1680158015906114ff57508215155b80156115245750611521611512846116ae565b8263ffffffff166127106116c4565b82115b1561156e57604051631876ac2760e21b81526001600160a01b038b166004820152602481018a9052604481018490526064810189905263ffffffff8216608482015260a4016106e3565b60018401546001600160401b0316801561160e5760038601545f906115a8906001600160401b036401000000009091048116908416611d97565b90508043101561160c578b8b6001600160401b0383116115c857826115d1565b6001600160401b035b604051630f9bbac160e01b81526001600160a01b03909316600484015260248301919091526001600160401b031660448201526064016106e3565b505b88855560018501805467ffffffffffffffff1916436001600160401b031617905560408051858152602081018b9052908101899052606081018890528a906001600160a01b038d16907e190d393c06b3f0cc52bbbaeb4fddf3d6a11b3fe646c7c374defe30ae5780ed9060800160405180910390a35050505050505050505050565b5f818312156116a1578282036116a5565b8183035b90505b92915050565b5f5f8212156116c0575f8290036116a8565b5090565b5f5f5f6116d18686611775565b91509150815f036116f5578381816116eb576116eb611ee7565b049250505061176e565b81841161170c5761170c6003851502601118611791565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f5f604084860312156117b4575f5ffd5b8335925060208401356001600160401b038111156117d0575f5ffd5b8401601f810186136117e0575f5ffd5b80356001600160401b038111156117f5575f5ffd5b8660208260051b8401011115611809575f5ffd5b939660209190910195509293505050565b6001600160a01b038116811461182e575f5ffd5b50565b803561183c8161181a565b919050565b5f5f60408385031215611852575f5ffd5b823561185d8161181a565b946020939093013593505050565b5f6020828403121561187b575f5ffd5b813561176e8161181a565b5f5f5f5f84860361010081121561189b575f5ffd5b85356118a68161181a565b94506020860135935060a0603f19820112156118c0575f5ffd5b50929591945050604083019260e001359150565b5f5f5f606084860312156118e6575f5ffd5b83356118f18161181a565b92506020840135915060408401356001600160401b03811115611912575f5ffd5b84016101c08187031215611924575f5ffd5b809150509250925092565b6001600160401b038116811461182e575f5ffd5b5f60208284031215611953575f5ffd5b813561176e8161192f565b634e487b7160e01b5f52603260045260245ffd5b5f82356101be19833603018112611987575f5ffd5b9190910192915050565b5f5f8335601e198436030181126119a6575f5ffd5b83016020810192503590506001600160401b038111156119c4575f5ffd5b8060051b3603821315610695575f5ffd5b8183525f6001600160fb1b038311156119ec575f5ffd5b8260051b80836020870137939093016020019392505050565b8183526020830192505f815f5b84811015611a30578135865260209586019590910190600101611a12565b5093949350505050565b8035611a458161181a565b6001600160a01b031682526020818101359083015260408082013590830152606080820135908301526080810135611a7c8161192f565b6001600160401b0316608083015260a0818101359083015260c0810135611aa28161192f565b6001600160401b03811660c0840152505050565b5f5f8335601e19843603018112611acb575f5ffd5b83016020810192503590506001600160401b03811115611ae9575f5ffd5b803603821315610695575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b038416815260208101839052606060408201819052611b57908201611b4a84611831565b6001600160a01b03169052565b5f611b656020840184611991565b6101c06080850152611b7c610220850182846119d5565b915050611b8c6040850185611991565b848303605f190160a0860152611ba3838284611a05565b92505050611bb760c0840160608601611a3a565b611bc5610140850185611ab6565b848303605f19016101a0860152611bdd838284611af7565b92505050611bef610160850185611ab6565b848303605f19016101c0860152611c07838284611af7565b92505050611c19610180850185611ab6565b848303605f19016101e0860152611c31838284611af7565b92505050611c436101a0850185611ab6565b848303605f1901610200860152611c5b838284611af7565b98975050505050505050565b838152826020820152606060408201525f82518060608401528060208501608085015e5f608082850101526080601f19601f830116840101915050949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201611ccf57611ccf611caa565b5060010190565b803563ffffffff8116811461183c575f5ffd5b5f60208284031215611cf9575f5ffd5b6116a582611cd6565b82358152602080840135908201526040808401359082015260c0810163ffffffff611d2f60608601611cd6565b1660608301526080840135611d438161192f565b6001600160401b0316608083015260a090910191909152919050565b5f5f60408385031215611d70575f5ffd5b8251611d7b8161181a565b6020840151909250611d8c8161192f565b809150509250929050565b808201808211156116a8576116a8611caa565b5f60208284031215611dba575f5ffd5b8151801515811461176e575f5ffd5b5f5f8335601e19843603018112611dde575f5ffd5b8301803591506001600160401b03821115611df7575f5ffd5b602001915036819003821315610695575f5ffd5b848152836020820152606060408201525f611e2a606083018486611af7565b9695505050505050565b5f5f8335601e19843603018112611e49575f5ffd5b8301803591506001600160401b03821115611e62575f5ffd5b6020019150600581901b3603821315610695575f5ffd5b604081525f611e8c6040830186886119d5565b8281036020808501919091528482528591015f5b85811015611ebe578235825260209283019290910190600101611ea0565b50979650505050505050565b60e081016116a88284611a3a565b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffdfea26469706673582212201cbb18b383a54a188a4169c9318710464ccc9a46ac5fa160f3e009964545a63d64736f6c63430008250033",
}

// ParameterGuard is an auto generated Go binding around an Ethereum contract.
type ParameterGuard struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ParameterGuard) GetABI() abi.ABI {
	return c.abi
}

// NewParameterGuard creates a new instance of ParameterGuard.
func NewParameterGuard() *ParameterGuard {
	parsed, err := ParameterGuardMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ParameterGuard{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ParameterGuard) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address verifier_, address guardian_, uint64 rootTtlBlocks_) returns()
func (parameterGuard *ParameterGuard) PackConstructor(registry_ common.Address, verifier_ common.Address, guardian_ common.Address, rootTtlBlocks_ uint64) []byte {
	enc, err := parameterGuard.abi.Pack("", registry_, verifier_, guardian_, rootTtlBlocks_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApplyActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac5e14b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyActions(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes)[] actions) returns()
func (parameterGuard *ParameterGuard) PackApplyActions(root [32]byte, actions []Action) []byte {
	enc, err := parameterGuard.abi.Pack("applyActions", root, actions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac5e14b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyActions(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes)[] actions) returns()
func (parameterGuard *ParameterGuard) TryPackApplyActions(root [32]byte, actions []Action) ([]byte, error) {
	return parameterGuard.abi.Pack("applyActions", root, actions)
}

// PackApplyOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e880f07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyOne(address agent, bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes) a) returns()
func (parameterGuard *ParameterGuard) PackApplyOne(agent common.Address, root [32]byte, a Action) []byte {
	enc, err := parameterGuard.abi.Pack("applyOne", agent, root, a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e880f07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyOne(address agent, bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes) a) returns()
func (parameterGuard *ParameterGuard) TryPackApplyOne(agent common.Address, root [32]byte, a Action) ([]byte, error) {
	return parameterGuard.abi.Pack("applyOne", agent, root, a)
}

// PackBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x731b177a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bounds(address target, bytes32 param) view returns((int256,int256,int256,uint32,uint64) b, bool configured)
func (parameterGuard *ParameterGuard) PackBounds(target common.Address, param [32]byte) []byte {
	enc, err := parameterGuard.abi.Pack("bounds", target, param)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x731b177a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bounds(address target, bytes32 param) view returns((int256,int256,int256,uint32,uint64) b, bool configured)
func (parameterGuard *ParameterGuard) TryPackBounds(target common.Address, param [32]byte) ([]byte, error) {
	return parameterGuard.abi.Pack("bounds", target, param)
}

// BoundsOutput serves as a container for the return parameters of contract
// method Bounds.
type BoundsOutput struct {
	B          ParamBounds
	Configured bool
}

// UnpackBounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x731b177a.
//
// Solidity: function bounds(address target, bytes32 param) view returns((int256,int256,int256,uint32,uint64) b, bool configured)
func (parameterGuard *ParameterGuard) UnpackBounds(data []byte) (BoundsOutput, error) {
	out, err := parameterGuard.abi.Unpack("bounds", data)
	outstruct := new(BoundsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.B = *abi.ConvertType(out[0], new(ParamBounds)).(*ParamBounds)
	outstruct.Configured = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackCommitAndApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c11798e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitAndApply(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes)[] actions) returns()
func (parameterGuard *ParameterGuard) PackCommitAndApply(root [32]byte, actions []Action) []byte {
	enc, err := parameterGuard.abi.Pack("commitAndApply", root, actions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitAndApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c11798e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitAndApply(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes)[] actions) returns()
func (parameterGuard *ParameterGuard) TryPackCommitAndApply(root [32]byte, actions []Action) ([]byte, error) {
	return parameterGuard.abi.Pack("commitAndApply", root, actions)
}

// PackCommitAndTryApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ab116a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitAndTryApply(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes)[] actions) returns(uint256 applied)
func (parameterGuard *ParameterGuard) PackCommitAndTryApply(root [32]byte, actions []Action) []byte {
	enc, err := parameterGuard.abi.Pack("commitAndTryApply", root, actions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitAndTryApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ab116a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitAndTryApply(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes)[] actions) returns(uint256 applied)
func (parameterGuard *ParameterGuard) TryPackCommitAndTryApply(root [32]byte, actions []Action) ([]byte, error) {
	return parameterGuard.abi.Pack("commitAndTryApply", root, actions)
}

// UnpackCommitAndTryApply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38ab116a.
//
// Solidity: function commitAndTryApply(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes,bytes,bytes,bytes)[] actions) returns(uint256 applied)
func (parameterGuard *ParameterGuard) UnpackCommitAndTryApply(data []byte) (*big.Int, error) {
	out, err := parameterGuard.abi.Unpack("commitAndTryApply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bbda438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function current(address target, bytes32 param) view returns(int256 value, uint64 lastBlock)
func (parameterGuard *ParameterGuard) PackCurrent(target common.Address, param [32]byte) []byte {
	enc, err := parameterGuard.abi.Pack("current", target, param)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bbda438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function current(address target, bytes32 param) view returns(int256 value, uint64 lastBlock)
func (parameterGuard *ParameterGuard) TryPackCurrent(target common.Address, param [32]byte) ([]byte, error) {
	return parameterGuard.abi.Pack("current", target, param)
}

// CurrentOutput serves as a container for the return parameters of contract
// method Current.
type CurrentOutput struct {
	Value     *big.Int
	LastBlock uint64
}

// UnpackCurrent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3bbda438.
//
// Solidity: function current(address target, bytes32 param) view returns(int256 value, uint64 lastBlock)
func (parameterGuard *ParameterGuard) UnpackCurrent(data []byte) (CurrentOutput, error) {
	out, err := parameterGuard.abi.Unpack("current", data)
	outstruct := new(CurrentOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Value = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LastBlock = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardian() view returns(address)
func (parameterGuard *ParameterGuard) PackGuardian() []byte {
	enc, err := parameterGuard.abi.Pack("guardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardian() view returns(address)
func (parameterGuard *ParameterGuard) TryPackGuardian() ([]byte, error) {
	return parameterGuard.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (parameterGuard *ParameterGuard) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := parameterGuard.abi.Unpack("guardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (parameterGuard *ParameterGuard) PackOwner() []byte {
	enc, err := parameterGuard.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (parameterGuard *ParameterGuard) TryPackOwner() ([]byte, error) {
	return parameterGuard.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (parameterGuard *ParameterGuard) UnpackOwner(data []byte) (common.Address, error) {
	out, err := parameterGuard.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (parameterGuard *ParameterGuard) PackPause() []byte {
	enc, err := parameterGuard.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (parameterGuard *ParameterGuard) TryPackPause() ([]byte, error) {
	return parameterGuard.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (parameterGuard *ParameterGuard) PackPaused() []byte {
	enc, err := parameterGuard.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (parameterGuard *ParameterGuard) TryPackPaused() ([]byte, error) {
	return parameterGuard.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (parameterGuard *ParameterGuard) UnpackPaused(data []byte) (bool, error) {
	out, err := parameterGuard.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (parameterGuard *ParameterGuard) PackRegistry() []byte {
	enc, err := parameterGuard.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (parameterGuard *ParameterGuard) TryPackRegistry() ([]byte, error) {
	return parameterGuard.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (parameterGuard *ParameterGuard) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := parameterGuard.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRootTtlBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0abbb765.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootTtlBlocks() view returns(uint64)
func (parameterGuard *ParameterGuard) PackRootTtlBlocks() []byte {
	enc, err := parameterGuard.abi.Pack("rootTtlBlocks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootTtlBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0abbb765.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootTtlBlocks() view returns(uint64)
func (parameterGuard *ParameterGuard) TryPackRootTtlBlocks() ([]byte, error) {
	return parameterGuard.abi.Pack("rootTtlBlocks")
}

// UnpackRootTtlBlocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0abbb765.
//
// Solidity: function rootTtlBlocks() view returns(uint64)
func (parameterGuard *ParameterGuard) UnpackRootTtlBlocks(data []byte) (uint64, error) {
	out, err := parameterGuard.abi.Unpack("rootTtlBlocks", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f22d5d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBounds(address target, bytes32 param, (int256,int256,int256,uint32,uint64) b, int256 initial) returns()
func (parameterGuard *ParameterGuard) PackSetBounds(target common.Address, param [32]byte, b ParamBounds, initial *big.Int) []byte {
	enc, err := parameterGuard.abi.Pack("setBounds", target, param, b, initial)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f22d5d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBounds(address target, bytes32 param, (int256,int256,int256,uint32,uint64) b, int256 initial) returns()
func (parameterGuard *ParameterGuard) TryPackSetBounds(target common.Address, param [32]byte, b ParamBounds, initial *big.Int) ([]byte, error) {
	return parameterGuard.abi.Pack("setBounds", target, param, b, initial)
}

// PackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGuardian(address guardian_) returns()
func (parameterGuard *ParameterGuard) PackSetGuardian(guardian common.Address) []byte {
	enc, err := parameterGuard.abi.Pack("setGuardian", guardian)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGuardian(address guardian_) returns()
func (parameterGuard *ParameterGuard) TryPackSetGuardian(guardian common.Address) ([]byte, error) {
	return parameterGuard.abi.Pack("setGuardian", guardian)
}

// PackSetRootTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe011abd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRootTtl(uint64 blocks) returns()
func (parameterGuard *ParameterGuard) PackSetRootTtl(blocks uint64) []byte {
	enc, err := parameterGuard.abi.Pack("setRootTtl", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRootTtl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe011abd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRootTtl(uint64 blocks) returns()
func (parameterGuard *ParameterGuard) TryPackSetRootTtl(blocks uint64) ([]byte, error) {
	return parameterGuard.abi.Pack("setRootTtl", blocks)
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(address verifier_) returns()
func (parameterGuard *ParameterGuard) PackSetVerifier(verifier common.Address) []byte {
	enc, err := parameterGuard.abi.Pack("setVerifier", verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(address verifier_) returns()
func (parameterGuard *ParameterGuard) TryPackSetVerifier(verifier common.Address) ([]byte, error) {
	return parameterGuard.abi.Pack("setVerifier", verifier)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (parameterGuard *ParameterGuard) PackUnpause() []byte {
	enc, err := parameterGuard.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (parameterGuard *ParameterGuard) TryPackUnpause() ([]byte, error) {
	return parameterGuard.abi.Pack("unpause")
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (parameterGuard *ParameterGuard) PackVerifier() []byte {
	enc, err := parameterGuard.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (parameterGuard *ParameterGuard) TryPackVerifier() ([]byte, error) {
	return parameterGuard.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (parameterGuard *ParameterGuard) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := parameterGuard.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ParameterGuardActionRefused represents a ActionRefused event raised by the ParameterGuard contract.
type ParameterGuardActionRefused struct {
	Root       [32]byte
	Index      *big.Int
	Target     common.Address
	RecordHash [32]byte
	Reason     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ParameterGuardActionRefusedEventName = "ActionRefused"

// ContractEventName returns the user-defined event name.
func (ParameterGuardActionRefused) ContractEventName() string {
	return ParameterGuardActionRefusedEventName
}

// UnpackActionRefusedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ActionRefused(bytes32 indexed root, uint256 index, address indexed target, bytes32 recordHash, bytes reason)
func (parameterGuard *ParameterGuard) UnpackActionRefusedEvent(log *types.Log) (*ParameterGuardActionRefused, error) {
	event := "ActionRefused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardActionRefused)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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

// ParameterGuardBoundsSet represents a BoundsSet event raised by the ParameterGuard contract.
type ParameterGuardBoundsSet struct {
	Target  common.Address
	Param   [32]byte
	Bounds  ParamBounds
	Initial *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ParameterGuardBoundsSetEventName = "BoundsSet"

// ContractEventName returns the user-defined event name.
func (ParameterGuardBoundsSet) ContractEventName() string {
	return ParameterGuardBoundsSetEventName
}

// UnpackBoundsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BoundsSet(address indexed target, bytes32 indexed param, (int256,int256,int256,uint32,uint64) bounds, int256 initial)
func (parameterGuard *ParameterGuard) UnpackBoundsSetEvent(log *types.Log) (*ParameterGuardBoundsSet, error) {
	event := "BoundsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardBoundsSet)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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

// ParameterGuardGuardPaused represents a GuardPaused event raised by the ParameterGuard contract.
type ParameterGuardGuardPaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const ParameterGuardGuardPausedEventName = "GuardPaused"

// ContractEventName returns the user-defined event name.
func (ParameterGuardGuardPaused) ContractEventName() string {
	return ParameterGuardGuardPausedEventName
}

// UnpackGuardPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardPaused(address indexed by)
func (parameterGuard *ParameterGuard) UnpackGuardPausedEvent(log *types.Log) (*ParameterGuardGuardPaused, error) {
	event := "GuardPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardGuardPaused)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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

// ParameterGuardGuardUnpaused represents a GuardUnpaused event raised by the ParameterGuard contract.
type ParameterGuardGuardUnpaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const ParameterGuardGuardUnpausedEventName = "GuardUnpaused"

// ContractEventName returns the user-defined event name.
func (ParameterGuardGuardUnpaused) ContractEventName() string {
	return ParameterGuardGuardUnpausedEventName
}

// UnpackGuardUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardUnpaused(address indexed by)
func (parameterGuard *ParameterGuard) UnpackGuardUnpausedEvent(log *types.Log) (*ParameterGuardGuardUnpaused, error) {
	event := "GuardUnpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardGuardUnpaused)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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

// ParameterGuardGuardianSet represents a GuardianSet event raised by the ParameterGuard contract.
type ParameterGuardGuardianSet struct {
	Guardian common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ParameterGuardGuardianSetEventName = "GuardianSet"

// ContractEventName returns the user-defined event name.
func (ParameterGuardGuardianSet) ContractEventName() string {
	return ParameterGuardGuardianSetEventName
}

// UnpackGuardianSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianSet(address guardian)
func (parameterGuard *ParameterGuard) UnpackGuardianSetEvent(log *types.Log) (*ParameterGuardGuardianSet, error) {
	event := "GuardianSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardGuardianSet)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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

// ParameterGuardParameterApplied represents a ParameterApplied event raised by the ParameterGuard contract.
type ParameterGuardParameterApplied struct {
	Target     common.Address
	Param      [32]byte
	OldValue   *big.Int
	NewValue   *big.Int
	RecordHash [32]byte
	Root       [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ParameterGuardParameterAppliedEventName = "ParameterApplied"

// ContractEventName returns the user-defined event name.
func (ParameterGuardParameterApplied) ContractEventName() string {
	return ParameterGuardParameterAppliedEventName
}

// UnpackParameterAppliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParameterApplied(address indexed target, bytes32 indexed param, int256 oldValue, int256 newValue, bytes32 recordHash, bytes32 root)
func (parameterGuard *ParameterGuard) UnpackParameterAppliedEvent(log *types.Log) (*ParameterGuardParameterApplied, error) {
	event := "ParameterApplied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardParameterApplied)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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

// ParameterGuardRootTtlSet represents a RootTtlSet event raised by the ParameterGuard contract.
type ParameterGuardRootTtlSet struct {
	Blocks uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const ParameterGuardRootTtlSetEventName = "RootTtlSet"

// ContractEventName returns the user-defined event name.
func (ParameterGuardRootTtlSet) ContractEventName() string {
	return ParameterGuardRootTtlSetEventName
}

// UnpackRootTtlSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootTtlSet(uint64 blocks)
func (parameterGuard *ParameterGuard) UnpackRootTtlSetEvent(log *types.Log) (*ParameterGuardRootTtlSet, error) {
	event := "RootTtlSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardRootTtlSet)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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

// ParameterGuardVerifierSet represents a VerifierSet event raised by the ParameterGuard contract.
type ParameterGuardVerifierSet struct {
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ParameterGuardVerifierSetEventName = "VerifierSet"

// ContractEventName returns the user-defined event name.
func (ParameterGuardVerifierSet) ContractEventName() string {
	return ParameterGuardVerifierSetEventName
}

// UnpackVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierSet(address verifier)
func (parameterGuard *ParameterGuard) UnpackVerifierSetEvent(log *types.Log) (*ParameterGuardVerifierSet, error) {
	event := "VerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != parameterGuard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ParameterGuardVerifierSet)
	if len(log.Data) > 0 {
		if err := parameterGuard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range parameterGuard.abi.Events[event].Inputs {
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
func (parameterGuard *ParameterGuard) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["AgentMismatch"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackAgentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["CooldownActive"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackCooldownActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["InputsMismatch"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackInputsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["InvalidBounds"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackInvalidBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["InvalidRootTtl"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackInvalidRootTtlError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["InvalidVerifier"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackInvalidVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["ModelNotAuthorised"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackModelNotAuthorisedError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["OnlySelf"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackOnlySelfError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["OrphanedRecord"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackOrphanedRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["OutOfBounds"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["OutputsMismatch"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackOutputsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["Paused"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["RecordFromFuture"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackRecordFromFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["RecordTooOld"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackRecordTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["RootExpired"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackRootExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["RootNotCommitted"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackRootNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["StepTooLarge"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackStepTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["StepTooLargePercent"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackStepTooLargePercentError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["UnknownParameter"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackUnknownParameterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ParameterGuardAgentMismatch represents a AgentMismatch error raised by the ParameterGuard contract.
type ParameterGuardAgentMismatch struct {
	Expected common.Address
	Actual   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgentMismatch(address expected, address actual)
func ParameterGuardAgentMismatchErrorID() common.Hash {
	return common.HexToHash("0x9b32845519baed747393b85e607a2912db5359e449f9c45d84cf3a2370d122eb")
}

// UnpackAgentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgentMismatch(address expected, address actual)
func (parameterGuard *ParameterGuard) UnpackAgentMismatchError(raw []byte) (*ParameterGuardAgentMismatch, error) {
	out := new(ParameterGuardAgentMismatch)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "AgentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardCooldownActive represents a CooldownActive error raised by the ParameterGuard contract.
type ParameterGuardCooldownActive struct {
	Target       common.Address
	Param        [32]byte
	ReadyAtBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CooldownActive(address target, bytes32 param, uint64 readyAtBlock)
func ParameterGuardCooldownActiveErrorID() common.Hash {
	return common.HexToHash("0x0f9bbac1d7840c07598784043944bf4e8433e2e8670bfe7d486b1b9eb25ae539")
}

// UnpackCooldownActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CooldownActive(address target, bytes32 param, uint64 readyAtBlock)
func (parameterGuard *ParameterGuard) UnpackCooldownActiveError(raw []byte) (*ParameterGuardCooldownActive, error) {
	out := new(ParameterGuardCooldownActive)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "CooldownActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardInputsMismatch represents a InputsMismatch error raised by the ParameterGuard contract.
type ParameterGuardInputsMismatch struct {
	RecordHash [32]byte
	Committed  [32]byte
	Published  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputsMismatch(bytes32 recordHash, bytes32 committed, bytes32 published)
func ParameterGuardInputsMismatchErrorID() common.Hash {
	return common.HexToHash("0x45cac1be5701a814a143d78a11c5839969adb209e7efb37a7cda77a66b072be7")
}

// UnpackInputsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputsMismatch(bytes32 recordHash, bytes32 committed, bytes32 published)
func (parameterGuard *ParameterGuard) UnpackInputsMismatchError(raw []byte) (*ParameterGuardInputsMismatch, error) {
	out := new(ParameterGuardInputsMismatch)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "InputsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardInvalidBounds represents a InvalidBounds error raised by the ParameterGuard contract.
type ParameterGuardInvalidBounds struct {
	Min     *big.Int
	Max     *big.Int
	MaxStep *big.Int
	Initial *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBounds(int256 min, int256 max, int256 maxStep, int256 initial)
func ParameterGuardInvalidBoundsErrorID() common.Hash {
	return common.HexToHash("0xafa4b018df9b01afb97e2b19866d4496ffafbde88d2bcd662159ef80fbafdf87")
}

// UnpackInvalidBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBounds(int256 min, int256 max, int256 maxStep, int256 initial)
func (parameterGuard *ParameterGuard) UnpackInvalidBoundsError(raw []byte) (*ParameterGuardInvalidBounds, error) {
	out := new(ParameterGuardInvalidBounds)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "InvalidBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardInvalidProof represents a InvalidProof error raised by the ParameterGuard contract.
type ParameterGuardInvalidProof struct {
	RecordHash [32]byte
	Root       [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(bytes32 recordHash, bytes32 root)
func ParameterGuardInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x3c6db5f91c2eb690f547537ebd8cf139a8a7f10440991199a34c8e8bf4fb5abf")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(bytes32 recordHash, bytes32 root)
func (parameterGuard *ParameterGuard) UnpackInvalidProofError(raw []byte) (*ParameterGuardInvalidProof, error) {
	out := new(ParameterGuardInvalidProof)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardInvalidRootTtl represents a InvalidRootTtl error raised by the ParameterGuard contract.
type ParameterGuardInvalidRootTtl struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRootTtl()
func ParameterGuardInvalidRootTtlErrorID() common.Hash {
	return common.HexToHash("0xde12877c8e6af912b30811758158891c1cba94f3c838aa0d5fae7eb581ce13a1")
}

// UnpackInvalidRootTtlError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRootTtl()
func (parameterGuard *ParameterGuard) UnpackInvalidRootTtlError(raw []byte) (*ParameterGuardInvalidRootTtl, error) {
	out := new(ParameterGuardInvalidRootTtl)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "InvalidRootTtl", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardInvalidVerifier represents a InvalidVerifier error raised by the ParameterGuard contract.
type ParameterGuardInvalidVerifier struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidVerifier()
func ParameterGuardInvalidVerifierErrorID() common.Hash {
	return common.HexToHash("0xbaa3de5f56f60054d9dadb06f546c3a183e9e84225d1555190a57fea1ec801c4")
}

// UnpackInvalidVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidVerifier()
func (parameterGuard *ParameterGuard) UnpackInvalidVerifierError(raw []byte) (*ParameterGuardInvalidVerifier, error) {
	out := new(ParameterGuardInvalidVerifier)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "InvalidVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardLengthMismatch represents a LengthMismatch error raised by the ParameterGuard contract.
type ParameterGuardLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func ParameterGuardLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (parameterGuard *ParameterGuard) UnpackLengthMismatchError(raw []byte) (*ParameterGuardLengthMismatch, error) {
	out := new(ParameterGuardLengthMismatch)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardModelNotAuthorised represents a ModelNotAuthorised error raised by the ParameterGuard contract.
type ParameterGuardModelNotAuthorised struct {
	Agent       common.Address
	ModelDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotAuthorised(address agent, bytes32 modelDigest)
func ParameterGuardModelNotAuthorisedErrorID() common.Hash {
	return common.HexToHash("0xf4c9cebfa92ceb80a7528c152e9054bc35b1fdf12eff76981cc7b0f29041e5d9")
}

// UnpackModelNotAuthorisedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotAuthorised(address agent, bytes32 modelDigest)
func (parameterGuard *ParameterGuard) UnpackModelNotAuthorisedError(raw []byte) (*ParameterGuardModelNotAuthorised, error) {
	out := new(ParameterGuardModelNotAuthorised)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "ModelNotAuthorised", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardNotGuardian represents a NotGuardian error raised by the ParameterGuard contract.
type ParameterGuardNotGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian(address caller)
func ParameterGuardNotGuardianErrorID() common.Hash {
	return common.HexToHash("0xa252c151cd1ee155ad6a596fd962f839a8b963fd05f5e863eca095de2e0b08a4")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian(address caller)
func (parameterGuard *ParameterGuard) UnpackNotGuardianError(raw []byte) (*ParameterGuardNotGuardian, error) {
	out := new(ParameterGuardNotGuardian)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardNotOwner represents a NotOwner error raised by the ParameterGuard contract.
type ParameterGuardNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func ParameterGuardNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (parameterGuard *ParameterGuard) UnpackNotOwnerError(raw []byte) (*ParameterGuardNotOwner, error) {
	out := new(ParameterGuardNotOwner)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardOnlySelf represents a OnlySelf error raised by the ParameterGuard contract.
type ParameterGuardOnlySelf struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySelf(address caller)
func ParameterGuardOnlySelfErrorID() common.Hash {
	return common.HexToHash("0xa19dbf00b183114619ac7288289be50557f5de4df674af2ca544659b36803160")
}

// UnpackOnlySelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySelf(address caller)
func (parameterGuard *ParameterGuard) UnpackOnlySelfError(raw []byte) (*ParameterGuardOnlySelf, error) {
	out := new(ParameterGuardOnlySelf)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "OnlySelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardOrphanedRecord represents a OrphanedRecord error raised by the ParameterGuard contract.
type ParameterGuardOrphanedRecord struct {
	BlockNumber uint64
	Recorded    [32]byte
	Canonical   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrphanedRecord(uint64 blockNumber, bytes32 recorded, bytes32 canonical)
func ParameterGuardOrphanedRecordErrorID() common.Hash {
	return common.HexToHash("0xe1392b9e4668aa425a0f10202bf477fe9685ec9249f13b364d27cb9ee5916291")
}

// UnpackOrphanedRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrphanedRecord(uint64 blockNumber, bytes32 recorded, bytes32 canonical)
func (parameterGuard *ParameterGuard) UnpackOrphanedRecordError(raw []byte) (*ParameterGuardOrphanedRecord, error) {
	out := new(ParameterGuardOrphanedRecord)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "OrphanedRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardOutOfBounds represents a OutOfBounds error raised by the ParameterGuard contract.
type ParameterGuardOutOfBounds struct {
	Target common.Address
	Param  [32]byte
	Value  *big.Int
	Min    *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfBounds(address target, bytes32 param, int256 value, int256 min, int256 max)
func ParameterGuardOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xacb3457ee280598c02493182b9d32b0f9f6698c4ee718c8b3acd065cdb881cb7")
}

// UnpackOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfBounds(address target, bytes32 param, int256 value, int256 min, int256 max)
func (parameterGuard *ParameterGuard) UnpackOutOfBoundsError(raw []byte) (*ParameterGuardOutOfBounds, error) {
	out := new(ParameterGuardOutOfBounds)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "OutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardOutputsMismatch represents a OutputsMismatch error raised by the ParameterGuard contract.
type ParameterGuardOutputsMismatch struct {
	RecordHash [32]byte
	Committed  [32]byte
	Published  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputsMismatch(bytes32 recordHash, bytes32 committed, bytes32 published)
func ParameterGuardOutputsMismatchErrorID() common.Hash {
	return common.HexToHash("0x961ad68d1e058efa95e19f5c005f7f3ffb5f30be62c4a18f4de282bf77a05116")
}

// UnpackOutputsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputsMismatch(bytes32 recordHash, bytes32 committed, bytes32 published)
func (parameterGuard *ParameterGuard) UnpackOutputsMismatchError(raw []byte) (*ParameterGuardOutputsMismatch, error) {
	out := new(ParameterGuardOutputsMismatch)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "OutputsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardPaused represents a Paused error raised by the ParameterGuard contract.
type ParameterGuardPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Paused()
func ParameterGuardPausedErrorID() common.Hash {
	return common.HexToHash("0x9e87fac88ff661f02d44f95383c817fece4bce600a3dab7a54406878b965e752")
}

// UnpackPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Paused()
func (parameterGuard *ParameterGuard) UnpackPausedError(raw []byte) (*ParameterGuardPaused, error) {
	out := new(ParameterGuardPaused)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "Paused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardRecordFromFuture represents a RecordFromFuture error raised by the ParameterGuard contract.
type ParameterGuardRecordFromFuture struct {
	BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordFromFuture(uint64 blockNumber)
func ParameterGuardRecordFromFutureErrorID() common.Hash {
	return common.HexToHash("0xe3d30d8a422ad8d2c6e933ec1f23dd580704967acc75f88db6139ca37d4954cd")
}

// UnpackRecordFromFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordFromFuture(uint64 blockNumber)
func (parameterGuard *ParameterGuard) UnpackRecordFromFutureError(raw []byte) (*ParameterGuardRecordFromFuture, error) {
	out := new(ParameterGuardRecordFromFuture)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "RecordFromFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardRecordTooOld represents a RecordTooOld error raised by the ParameterGuard contract.
type ParameterGuardRecordTooOld struct {
	BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordTooOld(uint64 blockNumber)
func ParameterGuardRecordTooOldErrorID() common.Hash {
	return common.HexToHash("0x5e53e17a28d06e617e3d552925ff6836f5ba4c308d0ab57dd494c2ce50647c83")
}

// UnpackRecordTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordTooOld(uint64 blockNumber)
func (parameterGuard *ParameterGuard) UnpackRecordTooOldError(raw []byte) (*ParameterGuardRecordTooOld, error) {
	out := new(ParameterGuardRecordTooOld)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "RecordTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardRootExpired represents a RootExpired error raised by the ParameterGuard contract.
type ParameterGuardRootExpired struct {
	Root        [32]byte
	CommittedAt uint64
	TtlBlocks   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootExpired(bytes32 root, uint64 committedAt, uint64 ttlBlocks)
func ParameterGuardRootExpiredErrorID() common.Hash {
	return common.HexToHash("0xe1a309c8c9162bb08091c08206088b1189cf90b7409f360b894b4dc7bc395b64")
}

// UnpackRootExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootExpired(bytes32 root, uint64 committedAt, uint64 ttlBlocks)
func (parameterGuard *ParameterGuard) UnpackRootExpiredError(raw []byte) (*ParameterGuardRootExpired, error) {
	out := new(ParameterGuardRootExpired)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "RootExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardRootNotCommitted represents a RootNotCommitted error raised by the ParameterGuard contract.
type ParameterGuardRootNotCommitted struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootNotCommitted(bytes32 root)
func ParameterGuardRootNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x95d4e6b8131c395fd4f2932b654bfb767de8b9c6c123ea34b25568f76ee25115")
}

// UnpackRootNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootNotCommitted(bytes32 root)
func (parameterGuard *ParameterGuard) UnpackRootNotCommittedError(raw []byte) (*ParameterGuardRootNotCommitted, error) {
	out := new(ParameterGuardRootNotCommitted)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "RootNotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardStepTooLarge represents a StepTooLarge error raised by the ParameterGuard contract.
type ParameterGuardStepTooLarge struct {
	Target  common.Address
	Param   [32]byte
	From    *big.Int
	To      *big.Int
	MaxStep *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepTooLarge(address target, bytes32 param, int256 from, int256 to, int256 maxStep)
func ParameterGuardStepTooLargeErrorID() common.Hash {
	return common.HexToHash("0x470ceec9b7765742719fd22b2182ea5966de4502d5c2887e4b5963a00277b100")
}

// UnpackStepTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepTooLarge(address target, bytes32 param, int256 from, int256 to, int256 maxStep)
func (parameterGuard *ParameterGuard) UnpackStepTooLargeError(raw []byte) (*ParameterGuardStepTooLarge, error) {
	out := new(ParameterGuardStepTooLarge)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "StepTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardStepTooLargePercent represents a StepTooLargePercent error raised by the ParameterGuard contract.
type ParameterGuardStepTooLargePercent struct {
	Target     common.Address
	Param      [32]byte
	From       *big.Int
	To         *big.Int
	MaxStepBps uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepTooLargePercent(address target, bytes32 param, int256 from, int256 to, uint32 maxStepBps)
func ParameterGuardStepTooLargePercentErrorID() common.Hash {
	return common.HexToHash("0x61dab09cd8243c34cf6c7dfa2cd09b0978cab309b7f4e7068d49e46427c92499")
}

// UnpackStepTooLargePercentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepTooLargePercent(address target, bytes32 param, int256 from, int256 to, uint32 maxStepBps)
func (parameterGuard *ParameterGuard) UnpackStepTooLargePercentError(raw []byte) (*ParameterGuardStepTooLargePercent, error) {
	out := new(ParameterGuardStepTooLargePercent)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "StepTooLargePercent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ParameterGuardUnknownParameter represents a UnknownParameter error raised by the ParameterGuard contract.
type ParameterGuardUnknownParameter struct {
	Target common.Address
	Param  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownParameter(address target, bytes32 param)
func ParameterGuardUnknownParameterErrorID() common.Hash {
	return common.HexToHash("0x546229b46f2a042827befe6fb3e7e6468b6efde83d4e772b7640ece6b9f02f96")
}

// UnpackUnknownParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownParameter(address target, bytes32 param)
func (parameterGuard *ParameterGuard) UnpackUnknownParameterError(raw []byte) (*ParameterGuardUnknownParameter, error) {
	out := new(ParameterGuardUnknownParameter)
	if err := parameterGuard.abi.UnpackIntoInterface(out, "UnknownParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}
