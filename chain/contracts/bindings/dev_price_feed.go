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

// DevPriceFeedMetaData contains all meta data concerning the DevPriceFeed contract.
var DevPriceFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"initialAnswer\",\"type\":\"int256\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"InvalidAnswer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFeedOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"setAnswer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DevPriceFeed",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516107a23803806107a283398101604081905261002e91610114565b3360805260ff821660a0525f6100448282610274565b5061004e83610056565b505050610369565b5f811361007d576040516309e4f14960e11b81526004810182905260240160405180910390fd5b6001819055600280546001600160501b0316905f61009a83610332565b82546101009290920a6001600160501b03818102199093169183160217909155426003819055600254604051918252909116915082907f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f9060200160405180910390a350565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610126575f5ffd5b83519250602084015160ff8116811461013d575f5ffd5b60408501519092506001600160401b03811115610158575f5ffd5b8401601f81018613610168575f5ffd5b80516001600160401b0381111561018157610181610100565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101af576101af610100565b6040528181528282016020018810156101c6575f5ffd5b8160208401602083015e5f602083830101528093505050509250925092565b600181811c908216806101f957607f821691505b60208210810361021757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561026f578282111561026f57805f5260205f20601f840160051c602085101561024857505f5b90810190601f840160051c035f5b8181101561026b575f83820155600101610256565b5050505b505050565b81516001600160401b0381111561028d5761028d610100565b6102a18161029b84546101e5565b8461021d565b6020601f8211600181146102d3575f83156102bc5750848201515b5f19600385901b1c1916600184901b17845561032b565b5f84815260208120601f198516915b8281101561030257878501518255602094850194600190920191016102e2565b508482101561031f57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b5f6001600160501b0382166002600160501b0319810161036057634e487b7160e01b5f52601160045260245ffd5b60010192915050565b60805160a0516104126103905f395f608e01525f818161010c015261022b01526104125ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80638205bf6a116100585780638205bf6a146100ff5780638da5cb5b1461010757806399213cd814610146578063feaf968c1461015b575f5ffd5b8063313ce5671461008957806350d25bcd146100c7578063668a0f02146100d95780637284e416146100ea575b5f5ffd5b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020015b60405180910390f35b6001545b6040519081526020016100be565b6002546001600160501b03166100cb565b6100f2610195565b6040516100be9190610322565b6003546100cb565b61012e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100be565b610159610154366004610357565b610220565b005b600254600154600354604080516001600160501b03909416808552602085019390935283018190526060830152608082015260a0016100be565b5f80546101a19061036e565b80601f01602080910402602001604051908101604052809291908181526020018280546101cd9061036e565b80156102185780601f106101ef57610100808354040283529160200191610218565b820191905f5260205f20905b8154815290600101906020018083116101fb57829003601f168201915b505050505081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461027057604051630fa12abf60e01b81523360048201526024015b60405180910390fd5b6102798161027c565b50565b5f811361029f576040516309e4f14960e11b815260048101829052602401610267565b6001819055600280546001600160501b0316905f6102bc836103a6565b82546101009290920a6001600160501b03818102199093169183160217909155426003819055600254604051918252909116915082907f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f9060200160405180910390a350565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215610367575f5ffd5b5035919050565b600181811c9082168061038257607f821691505b6020821081036103a057634e487b7160e01b5f52602260045260245ffd5b50919050565b5f6001600160501b0382166001600160501b0381036103d357634e487b7160e01b5f52601160045260245ffd5b6001019291505056fea26469706673582212200c290813a6bcb9e8bafe1d5964fe1724e16ac724a055f5bea57f67c5123e132a64736f6c63430008250033",
}

// DevPriceFeed is an auto generated Go binding around an Ethereum contract.
type DevPriceFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DevPriceFeed) GetABI() abi.ABI {
	return c.abi
}

// NewDevPriceFeed creates a new instance of DevPriceFeed.
func NewDevPriceFeed() *DevPriceFeed {
	parsed, err := DevPriceFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DevPriceFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DevPriceFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(int256 initialAnswer, uint8 decimals_, string description_) returns()
func (devPriceFeed *DevPriceFeed) PackConstructor(initialAnswer *big.Int, decimals_ uint8, description_ string) []byte {
	enc, err := devPriceFeed.abi.Pack("", initialAnswer, decimals_, description_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (devPriceFeed *DevPriceFeed) PackDecimals() []byte {
	enc, err := devPriceFeed.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (devPriceFeed *DevPriceFeed) TryPackDecimals() ([]byte, error) {
	return devPriceFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (devPriceFeed *DevPriceFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := devPriceFeed.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (devPriceFeed *DevPriceFeed) PackDescription() []byte {
	enc, err := devPriceFeed.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (devPriceFeed *DevPriceFeed) TryPackDescription() ([]byte, error) {
	return devPriceFeed.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (devPriceFeed *DevPriceFeed) UnpackDescription(data []byte) (string, error) {
	out, err := devPriceFeed.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256)
func (devPriceFeed *DevPriceFeed) PackLatestAnswer() []byte {
	enc, err := devPriceFeed.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256)
func (devPriceFeed *DevPriceFeed) TryPackLatestAnswer() ([]byte, error) {
	return devPriceFeed.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (devPriceFeed *DevPriceFeed) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := devPriceFeed.abi.Unpack("latestAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint256)
func (devPriceFeed *DevPriceFeed) PackLatestRound() []byte {
	enc, err := devPriceFeed.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint256)
func (devPriceFeed *DevPriceFeed) TryPackLatestRound() ([]byte, error) {
	return devPriceFeed.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint256)
func (devPriceFeed *DevPriceFeed) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := devPriceFeed.abi.Unpack("latestRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (devPriceFeed *DevPriceFeed) PackLatestRoundData() []byte {
	enc, err := devPriceFeed.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (devPriceFeed *DevPriceFeed) TryPackLatestRoundData() ([]byte, error) {
	return devPriceFeed.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (devPriceFeed *DevPriceFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := devPriceFeed.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (devPriceFeed *DevPriceFeed) PackLatestTimestamp() []byte {
	enc, err := devPriceFeed.abi.Pack("latestTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (devPriceFeed *DevPriceFeed) TryPackLatestTimestamp() ([]byte, error) {
	return devPriceFeed.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (devPriceFeed *DevPriceFeed) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := devPriceFeed.abi.Unpack("latestTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (devPriceFeed *DevPriceFeed) PackOwner() []byte {
	enc, err := devPriceFeed.abi.Pack("owner")
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
func (devPriceFeed *DevPriceFeed) TryPackOwner() ([]byte, error) {
	return devPriceFeed.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (devPriceFeed *DevPriceFeed) UnpackOwner(data []byte) (common.Address, error) {
	out, err := devPriceFeed.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99213cd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAnswer(int256 answer) returns()
func (devPriceFeed *DevPriceFeed) PackSetAnswer(answer *big.Int) []byte {
	enc, err := devPriceFeed.abi.Pack("setAnswer", answer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99213cd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAnswer(int256 answer) returns()
func (devPriceFeed *DevPriceFeed) TryPackSetAnswer(answer *big.Int) ([]byte, error) {
	return devPriceFeed.abi.Pack("setAnswer", answer)
}

// DevPriceFeedAnswerUpdated represents a AnswerUpdated event raised by the DevPriceFeed contract.
type DevPriceFeedAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DevPriceFeedAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (DevPriceFeedAnswerUpdated) ContractEventName() string {
	return DevPriceFeedAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (devPriceFeed *DevPriceFeed) UnpackAnswerUpdatedEvent(log *types.Log) (*DevPriceFeedAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevPriceFeedAnswerUpdated)
	if len(log.Data) > 0 {
		if err := devPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devPriceFeed.abi.Events[event].Inputs {
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
func (devPriceFeed *DevPriceFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], devPriceFeed.abi.Errors["InvalidAnswer"].ID.Bytes()[:4]) {
		return devPriceFeed.UnpackInvalidAnswerError(raw[4:])
	}
	if bytes.Equal(raw[:4], devPriceFeed.abi.Errors["NotFeedOwner"].ID.Bytes()[:4]) {
		return devPriceFeed.UnpackNotFeedOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DevPriceFeedInvalidAnswer represents a InvalidAnswer error raised by the DevPriceFeed contract.
type DevPriceFeedInvalidAnswer struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAnswer(int256 answer)
func DevPriceFeedInvalidAnswerErrorID() common.Hash {
	return common.HexToHash("0x13c9e292d8d17d3ab79cc7c9c02085fa3aa42ca62deaac5b6954bd8bb58726ee")
}

// UnpackInvalidAnswerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAnswer(int256 answer)
func (devPriceFeed *DevPriceFeed) UnpackInvalidAnswerError(raw []byte) (*DevPriceFeedInvalidAnswer, error) {
	out := new(DevPriceFeedInvalidAnswer)
	if err := devPriceFeed.abi.UnpackIntoInterface(out, "InvalidAnswer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevPriceFeedNotFeedOwner represents a NotFeedOwner error raised by the DevPriceFeed contract.
type DevPriceFeedNotFeedOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFeedOwner(address caller)
func DevPriceFeedNotFeedOwnerErrorID() common.Hash {
	return common.HexToHash("0x0fa12abf1ab613ca71ace37c504e39d01f1104e4832e0f0c1b45456b1f6b6a61")
}

// UnpackNotFeedOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFeedOwner(address caller)
func (devPriceFeed *DevPriceFeed) UnpackNotFeedOwnerError(raw []byte) (*DevPriceFeedNotFeedOwner, error) {
	out := new(DevPriceFeedNotFeedOwner)
	if err := devPriceFeed.abi.UnpackIntoInterface(out, "NotFeedOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
