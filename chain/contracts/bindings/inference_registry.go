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

// InferenceRegistryMetaData contains all meta data concerning the InferenceRegistry contract.
var InferenceRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentNotAuthorised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"RootAlreadyCommitted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"AgentAuthorized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"committer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CommitterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"RootCommitted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"authorize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"commitFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"committer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"}],\"name\":\"isAuthorized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isCommitter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"committer_\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCommitter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "InferenceRegistry",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516106bd6100395f395f8181610109015281816101d8015261028601526106bd5ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80638da5cb5b116100585780638da5cb5b14610104578063de11892b14610143578063f14fcbc814610156578063f86a7dae14610169575f5ffd5b80631afcac96146100895780632b82e5941461009e578063561fc7ed146100b1578063874359ed146100f1575b5f5ffd5b61009c610097366004610584565b6101cd565b005b61009c6100ac3660046105b5565b61027b565b6100dc6100bf3660046105ee565b6001600160a01b03165f9081526002602052604090205460ff1690565b60405190151581526020015b60405180910390f35b61009c6100ff36600461060e565b6103d9565b61012b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100e8565b6100dc61015136600461060e565b610418565b61009c610164366004610636565b610443565b6101a5610177366004610636565b5f908152600360205260409020546001600160a01b03811691600160a01b90910467ffffffffffffffff1690565b604080516001600160a01b03909316835267ffffffffffffffff9091166020830152016100e8565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461021d5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b6001600160a01b0382165f81815260026020908152604091829020805460ff191685151590811790915591519182527fe2c26d0ee4cfb5fd993732bb8f4a41a798241870dcc310e531bc0b43def5413b910160405180910390a25050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102c65760405163245aecd360e01b8152336004820152602401610214565b6001600160a01b0383165f9081526020818152604080832085845290915290205460ff1615158115151461038e576001600160a01b0383165f908152602081815260408083208584529091529020805460ff1916821580159190911790915561035e576001600160a01b0383165f9081526001602081905260408220805491929091610353908490610661565b9091555061038e9050565b6001600160a01b0383165f9081526001602081905260408220805491929091610388908490610674565b90915550505b81836001600160a01b03167f0fce522b857ff2409af4e35f69536f6dd15d26a4238ef9fb58c7aa0192b4b01d836040516103cc911515815260200190565b60405180910390a3505050565b335f9081526002602052604090205460ff1661040a5760405163bf81524160e01b8152336004820152602401610214565b6104148282610450565b5050565b6001600160a01b0382165f9081526020818152604080832084845290915290205460ff165b92915050565b61044d3382610450565b50565b6001600160a01b0382165f908152600160205260408120549003610492576040516336cd97f360e11b81526001600160a01b0383166004820152602401610214565b5f818152600360205260409020546001600160a01b0316156104ca5760405163e9b367cb60e01b815260048101829052602401610214565b6040805180820182526001600160a01b038481168083524367ffffffffffffffff81811660208087018281525f8a81526003835289902097518854915197166001600160e01b031990911617600160a01b96909316959095029190911790945593519283529184917f6149b08f80d812a761643db0b2e2156ccafa74ee61ba5b6ce24d0c386a7101b791016103cc565b80356001600160a01b0381168114610570575f5ffd5b919050565b80358015158114610570575f5ffd5b5f5f60408385031215610595575f5ffd5b61059e8361055a565b91506105ac60208401610575565b90509250929050565b5f5f5f606084860312156105c7575f5ffd5b6105d08461055a565b9250602084013591506105e560408501610575565b90509250925092565b5f602082840312156105fe575f5ffd5b6106078261055a565b9392505050565b5f5f6040838503121561061f575f5ffd5b6106288361055a565b946020939093013593505050565b5f60208284031215610646575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561043d5761043d61064d565b8181038181111561043d5761043d61064d56fea264697066735822122004142707d078c4003a6406e946854bf71c9286c4cb2685e9afe169d9b8bcf9e464736f6c63430008250033",
}

// InferenceRegistry is an auto generated Go binding around an Ethereum contract.
type InferenceRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InferenceRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewInferenceRegistry creates a new instance of InferenceRegistry.
func NewInferenceRegistry() *InferenceRegistry {
	parsed, err := InferenceRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InferenceRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InferenceRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAuthorize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b82e594.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authorize(address agent, bytes32 modelDigest, bool allowed) returns()
func (inferenceRegistry *InferenceRegistry) PackAuthorize(agent common.Address, modelDigest [32]byte, allowed bool) []byte {
	enc, err := inferenceRegistry.abi.Pack("authorize", agent, modelDigest, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthorize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b82e594.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authorize(address agent, bytes32 modelDigest, bool allowed) returns()
func (inferenceRegistry *InferenceRegistry) TryPackAuthorize(agent common.Address, modelDigest [32]byte, allowed bool) ([]byte, error) {
	return inferenceRegistry.abi.Pack("authorize", agent, modelDigest, allowed)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 root) returns()
func (inferenceRegistry *InferenceRegistry) PackCommit(root [32]byte) []byte {
	enc, err := inferenceRegistry.abi.Pack("commit", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 root) returns()
func (inferenceRegistry *InferenceRegistry) TryPackCommit(root [32]byte) ([]byte, error) {
	return inferenceRegistry.abi.Pack("commit", root)
}

// PackCommitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x874359ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitFor(address agent, bytes32 root) returns()
func (inferenceRegistry *InferenceRegistry) PackCommitFor(agent common.Address, root [32]byte) []byte {
	enc, err := inferenceRegistry.abi.Pack("commitFor", agent, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x874359ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitFor(address agent, bytes32 root) returns()
func (inferenceRegistry *InferenceRegistry) TryPackCommitFor(agent common.Address, root [32]byte) ([]byte, error) {
	return inferenceRegistry.abi.Pack("commitFor", agent, root)
}

// PackCommitter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf86a7dae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committer(bytes32 root) view returns(address agent, uint64 blockNumber)
func (inferenceRegistry *InferenceRegistry) PackCommitter(root [32]byte) []byte {
	enc, err := inferenceRegistry.abi.Pack("committer", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf86a7dae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committer(bytes32 root) view returns(address agent, uint64 blockNumber)
func (inferenceRegistry *InferenceRegistry) TryPackCommitter(root [32]byte) ([]byte, error) {
	return inferenceRegistry.abi.Pack("committer", root)
}

// CommitterOutput serves as a container for the return parameters of contract
// method Committer.
type CommitterOutput struct {
	Agent       common.Address
	BlockNumber uint64
}

// UnpackCommitter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf86a7dae.
//
// Solidity: function committer(bytes32 root) view returns(address agent, uint64 blockNumber)
func (inferenceRegistry *InferenceRegistry) UnpackCommitter(data []byte) (CommitterOutput, error) {
	out, err := inferenceRegistry.abi.Unpack("committer", data)
	outstruct := new(CommitterOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Agent = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.BlockNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde11892b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorized(address agent, bytes32 modelDigest) view returns(bool)
func (inferenceRegistry *InferenceRegistry) PackIsAuthorized(agent common.Address, modelDigest [32]byte) []byte {
	enc, err := inferenceRegistry.abi.Pack("isAuthorized", agent, modelDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde11892b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorized(address agent, bytes32 modelDigest) view returns(bool)
func (inferenceRegistry *InferenceRegistry) TryPackIsAuthorized(agent common.Address, modelDigest [32]byte) ([]byte, error) {
	return inferenceRegistry.abi.Pack("isAuthorized", agent, modelDigest)
}

// UnpackIsAuthorized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde11892b.
//
// Solidity: function isAuthorized(address agent, bytes32 modelDigest) view returns(bool)
func (inferenceRegistry *InferenceRegistry) UnpackIsAuthorized(data []byte) (bool, error) {
	out, err := inferenceRegistry.abi.Unpack("isAuthorized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsCommitter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x561fc7ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCommitter(address account) view returns(bool)
func (inferenceRegistry *InferenceRegistry) PackIsCommitter(account common.Address) []byte {
	enc, err := inferenceRegistry.abi.Pack("isCommitter", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCommitter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x561fc7ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCommitter(address account) view returns(bool)
func (inferenceRegistry *InferenceRegistry) TryPackIsCommitter(account common.Address) ([]byte, error) {
	return inferenceRegistry.abi.Pack("isCommitter", account)
}

// UnpackIsCommitter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x561fc7ed.
//
// Solidity: function isCommitter(address account) view returns(bool)
func (inferenceRegistry *InferenceRegistry) UnpackIsCommitter(data []byte) (bool, error) {
	out, err := inferenceRegistry.abi.Unpack("isCommitter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (inferenceRegistry *InferenceRegistry) PackOwner() []byte {
	enc, err := inferenceRegistry.abi.Pack("owner")
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
func (inferenceRegistry *InferenceRegistry) TryPackOwner() ([]byte, error) {
	return inferenceRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (inferenceRegistry *InferenceRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := inferenceRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetCommitter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1afcac96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitter(address committer_, bool allowed) returns()
func (inferenceRegistry *InferenceRegistry) PackSetCommitter(committer common.Address, allowed bool) []byte {
	enc, err := inferenceRegistry.abi.Pack("setCommitter", committer, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommitter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1afcac96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommitter(address committer_, bool allowed) returns()
func (inferenceRegistry *InferenceRegistry) TryPackSetCommitter(committer common.Address, allowed bool) ([]byte, error) {
	return inferenceRegistry.abi.Pack("setCommitter", committer, allowed)
}

// InferenceRegistryAgentAuthorized represents a AgentAuthorized event raised by the InferenceRegistry contract.
type InferenceRegistryAgentAuthorized struct {
	Agent       common.Address
	ModelDigest [32]byte
	Allowed     bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const InferenceRegistryAgentAuthorizedEventName = "AgentAuthorized"

// ContractEventName returns the user-defined event name.
func (InferenceRegistryAgentAuthorized) ContractEventName() string {
	return InferenceRegistryAgentAuthorizedEventName
}

// UnpackAgentAuthorizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAuthorized(address indexed agent, bytes32 indexed modelDigest, bool allowed)
func (inferenceRegistry *InferenceRegistry) UnpackAgentAuthorizedEvent(log *types.Log) (*InferenceRegistryAgentAuthorized, error) {
	event := "AgentAuthorized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceRegistryAgentAuthorized)
	if len(log.Data) > 0 {
		if err := inferenceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceRegistry.abi.Events[event].Inputs {
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

// InferenceRegistryCommitterSet represents a CommitterSet event raised by the InferenceRegistry contract.
type InferenceRegistryCommitterSet struct {
	Committer common.Address
	Allowed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceRegistryCommitterSetEventName = "CommitterSet"

// ContractEventName returns the user-defined event name.
func (InferenceRegistryCommitterSet) ContractEventName() string {
	return InferenceRegistryCommitterSetEventName
}

// UnpackCommitterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitterSet(address indexed committer, bool allowed)
func (inferenceRegistry *InferenceRegistry) UnpackCommitterSetEvent(log *types.Log) (*InferenceRegistryCommitterSet, error) {
	event := "CommitterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceRegistryCommitterSet)
	if len(log.Data) > 0 {
		if err := inferenceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceRegistry.abi.Events[event].Inputs {
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

// InferenceRegistryRootCommitted represents a RootCommitted event raised by the InferenceRegistry contract.
type InferenceRegistryRootCommitted struct {
	Root        [32]byte
	Agent       common.Address
	BlockNumber uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const InferenceRegistryRootCommittedEventName = "RootCommitted"

// ContractEventName returns the user-defined event name.
func (InferenceRegistryRootCommitted) ContractEventName() string {
	return InferenceRegistryRootCommittedEventName
}

// UnpackRootCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootCommitted(bytes32 indexed root, address indexed agent, uint64 blockNumber)
func (inferenceRegistry *InferenceRegistry) UnpackRootCommittedEvent(log *types.Log) (*InferenceRegistryRootCommitted, error) {
	event := "RootCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceRegistryRootCommitted)
	if len(log.Data) > 0 {
		if err := inferenceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceRegistry.abi.Events[event].Inputs {
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
func (inferenceRegistry *InferenceRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inferenceRegistry.abi.Errors["AgentNotAuthorised"].ID.Bytes()[:4]) {
		return inferenceRegistry.UnpackAgentNotAuthorisedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRegistry.abi.Errors["NotCommitter"].ID.Bytes()[:4]) {
		return inferenceRegistry.UnpackNotCommitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRegistry.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return inferenceRegistry.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRegistry.abi.Errors["RootAlreadyCommitted"].ID.Bytes()[:4]) {
		return inferenceRegistry.UnpackRootAlreadyCommittedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InferenceRegistryAgentNotAuthorised represents a AgentNotAuthorised error raised by the InferenceRegistry contract.
type InferenceRegistryAgentNotAuthorised struct {
	Agent common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgentNotAuthorised(address agent)
func InferenceRegistryAgentNotAuthorisedErrorID() common.Hash {
	return common.HexToHash("0x6d9b2fe64b96ad74d6bceeb61ad1b73c2297279b57301904c264abf2cca54a59")
}

// UnpackAgentNotAuthorisedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgentNotAuthorised(address agent)
func (inferenceRegistry *InferenceRegistry) UnpackAgentNotAuthorisedError(raw []byte) (*InferenceRegistryAgentNotAuthorised, error) {
	out := new(InferenceRegistryAgentNotAuthorised)
	if err := inferenceRegistry.abi.UnpackIntoInterface(out, "AgentNotAuthorised", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRegistryNotCommitter represents a NotCommitter error raised by the InferenceRegistry contract.
type InferenceRegistryNotCommitter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitter(address caller)
func InferenceRegistryNotCommitterErrorID() common.Hash {
	return common.HexToHash("0xbf8152414ecaee5a78258c8d4913f8bedf66a025e92a88eed2e1e4ed4e5f9471")
}

// UnpackNotCommitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitter(address caller)
func (inferenceRegistry *InferenceRegistry) UnpackNotCommitterError(raw []byte) (*InferenceRegistryNotCommitter, error) {
	out := new(InferenceRegistryNotCommitter)
	if err := inferenceRegistry.abi.UnpackIntoInterface(out, "NotCommitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRegistryNotOwner represents a NotOwner error raised by the InferenceRegistry contract.
type InferenceRegistryNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func InferenceRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (inferenceRegistry *InferenceRegistry) UnpackNotOwnerError(raw []byte) (*InferenceRegistryNotOwner, error) {
	out := new(InferenceRegistryNotOwner)
	if err := inferenceRegistry.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRegistryRootAlreadyCommitted represents a RootAlreadyCommitted error raised by the InferenceRegistry contract.
type InferenceRegistryRootAlreadyCommitted struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyCommitted(bytes32 root)
func InferenceRegistryRootAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xe9b367cb3781662706061573505523ac519d7594403d0232e11b998e9aabadb5")
}

// UnpackRootAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyCommitted(bytes32 root)
func (inferenceRegistry *InferenceRegistry) UnpackRootAlreadyCommittedError(raw []byte) (*InferenceRegistryRootAlreadyCommitted, error) {
	out := new(InferenceRegistryRootAlreadyCommitted)
	if err := inferenceRegistry.abi.UnpackIntoInterface(out, "RootAlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
