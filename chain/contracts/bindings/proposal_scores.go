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

// ProposalScoresMetaData contains all meta data concerning the ProposalScores contract.
var ProposalScoresMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"guard_\",\"type\":\"address\"},{\"internalType\":\"contractIGovernor\",\"name\":\"governor_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"voteThreshold_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"AlreadyScored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"DuplicateParam\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ForVoteRefused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"IncompletePost\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"InvalidVoteThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MissingProposalId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"NotScored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"NothingToApply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"PostWithVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"ProposalNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"ScoreBelowVoteThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"UnknownParam\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"UnknownProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"ValueOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"snapshot\",\"type\":\"uint256\"}],\"name\":\"VotingStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flags\",\"type\":\"uint64\"}],\"name\":\"ScorePosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"VoteCastOnScore\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_SCORE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"}],\"name\":\"applyParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"contractIGovernor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"scoreOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"scored\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"score\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"flags\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"voteThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ProposalScores",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610c62380380610c6283398101604081905261002e916100cc565b6001600160a01b038316158061004b57506001600160a01b038216155b156100695760405163d92e233d60e01b815260040160405180910390fd5b606460ff8216111561009757604051630e8d843f60e31b815260ff8216600482015260240160405180910390fd5b6001600160a01b03928316608052911660a05260ff1660c05261011b565b6001600160a01b03811681146100c9575f5ffd5b50565b5f5f5f606084860312156100de575f5ffd5b83516100e9816100b5565b60208501519093506100fa816100b5565b604085015190925060ff81168114610110575f5ffd5b809150509250925092565b60805160a05160c051610aee6101745f395f818160c70152818161080c015261085301525f81816069015281816104dc0152818161058a0152818161061801526108a101525f818161016401526101a60152610aee5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80630c340a241461006457806327ff6223146100a85780634fe437d5146100c2578063752821e9146100e95780637ceab3b11461015f57806382f59b1814610186575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100b0606481565b60405160ff909116815260200161009f565b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b61012b6100f7366004610964565b5f9081526020819052604090205467ffffffffffffffff600160481b820481168015159360ff841693610100900490921691565b60408051941515855260ff909316602085015267ffffffffffffffff9182169284019290925216606082015260800161009f565b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b6101996101943660046109c3565b61019b565b005b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101eb57604051635f9ea57160e11b81523360048201526024015b60405180910390fd5b5f8080808080805b898110156103a9575f8b8b8381811061020e5761020e610a2f565b9050602002013590505f8a8a8481811061022a5761022a610a2f565b9050602002013590505f5f6b70726f706f73616c4964486960a01b840361025d5750600190506001600160801b036102f8565b6b70726f706f73616c49644c6f60a01b84036102855750600290506001600160801b036102f8565b6473636f726560d81b84036102a057506004905060646102f8565b64666c61677360d81b84036102c257506008905067ffffffffffffffff6102f8565b63766f746560e01b84036102dc57506010905060026102f8565b604051633bd29a9760e11b8152600481018590526024016101e2565b8a82161561031c57604051632e546a6560e01b8152600481018590526024016101e2565b5f83128061032957508083115b156103515760405163139e854360e21b815260048101859052602481018490526044016101e2565b998117995f19820161036557829950610399565b6002820361037557829850610399565b6004820361038557829750610399565b6008820361039557829650610399565b8295505b5050600190920191506101f39050565b506003868116146103cd57604051634393d1b160e11b815260040160405180910390fd5b608085901b8417600c8716158015906010891615159082906103ec5750805b1561040d5760405163e361f7e760e01b8152600481018490526024016101e2565b811561044957600c89811614610439576040516327e3e17b60e21b8152600481018490526024016101e2565b610444838787610484565b610475565b8015610459576104448385610796565b604051637f85188160e01b8152600481018490526024016101e2565b50505050505050505050505050565b5f8381526020819052604090208054600160481b900467ffffffffffffffff16156104c45760405162212c9360e41b8152600481018590526024016101e2565b604051632d63f69360e01b8152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632d63f69390602401602060405180830381865afa158015610529573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061054d9190610a43565b9050805f036105725760405163147067ad60e11b8152600481018690526024016101e2565b604051631f27a4f360e11b8152600481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633e4f49e690602401602060405180830381865afa1580156105d7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105fb9190610a5a565b90505f81600781111561061057610610610a7f565b146106ff57817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610672573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106969190610a93565b65ffffffffffff1611156106c75760405163f8c0220560e01b815260048101879052602481018390526044016101e2565b858160078111156106da576106da610a7f565b604051631e303f4960e21b8152600481019290925260ff1660248201526044016101e2565b825470ffffffffffffffffffffffffffffffff001916600160481b4367ffffffffffffffff9081169190910268ffffffffffffffff001916919091176101009186169182021760ff191660ff8716908117855560408051918252602082019290925287917ff8ca6c1cbc89ee5ef7d757b708f64b98048762e8253e3be3b5f8c1bd0a0d01f3910160405180910390a2505050505050565b5f1960ff8216016107bd57604051630394011d60e61b8152600481018390526024016101e2565b5f82815260208190526040812080549091600160481b90910467ffffffffffffffff1690036108025760405163e3c8c20360e01b8152600481018490526024016101e2565b805460ff908116907f0000000000000000000000000000000000000000000000000000000000000000168110156108805760405163209a6f4760e11b81526004810185905260ff80831660248301527f00000000000000000000000000000000000000000000000000000000000000001660448201526064016101e2565b604051630acf027160e31b81526004810185905260ff841660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906356781388906044016020604051808303815f875af11580156108ef573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109139190610a43565b6040805160ff80881682528516602082015290810182905290915085907fe406e63910057acfeccf5e9af8fa8581f6694ee1dc8bc0a4f432dcf4b6afd2c49060600160405180910390a25050505050565b5f60208284031215610974575f5ffd5b5035919050565b5f5f83601f84011261098b575f5ffd5b50813567ffffffffffffffff8111156109a2575f5ffd5b6020830191508360208260051b85010111156109bc575f5ffd5b9250929050565b5f5f5f5f604085870312156109d6575f5ffd5b843567ffffffffffffffff8111156109ec575f5ffd5b6109f88782880161097b565b909550935050602085013567ffffffffffffffff811115610a17575f5ffd5b610a238782880161097b565b95989497509550505050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610a53575f5ffd5b5051919050565b5f60208284031215610a6a575f5ffd5b815160088110610a78575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b5f60208284031215610aa3575f5ffd5b815165ffffffffffff81168114610a78575f5ffdfea26469706673582212203167beef4118202fddc10a423387f12aa6482636d09153204d02387686267b6764736f6c63430008250033",
}

// ProposalScores is an auto generated Go binding around an Ethereum contract.
type ProposalScores struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProposalScores) GetABI() abi.ABI {
	return c.abi
}

// NewProposalScores creates a new instance of ProposalScores.
func NewProposalScores() *ProposalScores {
	parsed, err := ProposalScoresMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProposalScores{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProposalScores) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address guard_, address governor_, uint8 voteThreshold_) returns()
func (proposalScores *ProposalScores) PackConstructor(guard_ common.Address, governor_ common.Address, voteThreshold_ uint8) []byte {
	enc, err := proposalScores.abi.Pack("", guard_, governor_, voteThreshold_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff6223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SCORE() view returns(uint8)
func (proposalScores *ProposalScores) PackMAXSCORE() []byte {
	enc, err := proposalScores.abi.Pack("MAX_SCORE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff6223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SCORE() view returns(uint8)
func (proposalScores *ProposalScores) TryPackMAXSCORE() ([]byte, error) {
	return proposalScores.abi.Pack("MAX_SCORE")
}

// UnpackMAXSCORE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27ff6223.
//
// Solidity: function MAX_SCORE() view returns(uint8)
func (proposalScores *ProposalScores) UnpackMAXSCORE(data []byte) (uint8, error) {
	out, err := proposalScores.abi.Unpack("MAX_SCORE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackApplyParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82f59b18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyParameters(bytes32[] params, int256[] values) returns()
func (proposalScores *ProposalScores) PackApplyParameters(params [][32]byte, values []*big.Int) []byte {
	enc, err := proposalScores.abi.Pack("applyParameters", params, values)
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
func (proposalScores *ProposalScores) TryPackApplyParameters(params [][32]byte, values []*big.Int) ([]byte, error) {
	return proposalScores.abi.Pack("applyParameters", params, values)
}

// PackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governor() view returns(address)
func (proposalScores *ProposalScores) PackGovernor() []byte {
	enc, err := proposalScores.abi.Pack("governor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governor() view returns(address)
func (proposalScores *ProposalScores) TryPackGovernor() ([]byte, error) {
	return proposalScores.abi.Pack("governor")
}

// UnpackGovernor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (proposalScores *ProposalScores) UnpackGovernor(data []byte) (common.Address, error) {
	out, err := proposalScores.abi.Unpack("governor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ceab3b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guard() view returns(address)
func (proposalScores *ProposalScores) PackGuard() []byte {
	enc, err := proposalScores.abi.Pack("guard")
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
func (proposalScores *ProposalScores) TryPackGuard() ([]byte, error) {
	return proposalScores.abi.Pack("guard")
}

// UnpackGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ceab3b1.
//
// Solidity: function guard() view returns(address)
func (proposalScores *ProposalScores) UnpackGuard(data []byte) (common.Address, error) {
	out, err := proposalScores.abi.Unpack("guard", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackScoreOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x752821e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scoreOf(uint256 proposalId) view returns(bool scored, uint8 score, uint64 flags, uint64 blockNumber)
func (proposalScores *ProposalScores) PackScoreOf(proposalId *big.Int) []byte {
	enc, err := proposalScores.abi.Pack("scoreOf", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScoreOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x752821e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scoreOf(uint256 proposalId) view returns(bool scored, uint8 score, uint64 flags, uint64 blockNumber)
func (proposalScores *ProposalScores) TryPackScoreOf(proposalId *big.Int) ([]byte, error) {
	return proposalScores.abi.Pack("scoreOf", proposalId)
}

// ScoreOfOutput serves as a container for the return parameters of contract
// method ScoreOf.
type ScoreOfOutput struct {
	Scored      bool
	Score       uint8
	Flags       uint64
	BlockNumber uint64
}

// UnpackScoreOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x752821e9.
//
// Solidity: function scoreOf(uint256 proposalId) view returns(bool scored, uint8 score, uint64 flags, uint64 blockNumber)
func (proposalScores *ProposalScores) UnpackScoreOf(data []byte) (ScoreOfOutput, error) {
	out, err := proposalScores.abi.Unpack("scoreOf", data)
	outstruct := new(ScoreOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Scored = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Score = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Flags = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.BlockNumber = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackVoteThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe437d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteThreshold() view returns(uint8)
func (proposalScores *ProposalScores) PackVoteThreshold() []byte {
	enc, err := proposalScores.abi.Pack("voteThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe437d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteThreshold() view returns(uint8)
func (proposalScores *ProposalScores) TryPackVoteThreshold() ([]byte, error) {
	return proposalScores.abi.Pack("voteThreshold")
}

// UnpackVoteThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fe437d5.
//
// Solidity: function voteThreshold() view returns(uint8)
func (proposalScores *ProposalScores) UnpackVoteThreshold(data []byte) (uint8, error) {
	out, err := proposalScores.abi.Unpack("voteThreshold", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// ProposalScoresScorePosted represents a ScorePosted event raised by the ProposalScores contract.
type ProposalScoresScorePosted struct {
	ProposalId *big.Int
	Score      uint8
	Flags      uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProposalScoresScorePostedEventName = "ScorePosted"

// ContractEventName returns the user-defined event name.
func (ProposalScoresScorePosted) ContractEventName() string {
	return ProposalScoresScorePostedEventName
}

// UnpackScorePostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScorePosted(uint256 indexed proposalId, uint8 score, uint64 flags)
func (proposalScores *ProposalScores) UnpackScorePostedEvent(log *types.Log) (*ProposalScoresScorePosted, error) {
	event := "ScorePosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proposalScores.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProposalScoresScorePosted)
	if len(log.Data) > 0 {
		if err := proposalScores.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proposalScores.abi.Events[event].Inputs {
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

// ProposalScoresVoteCastOnScore represents a VoteCastOnScore event raised by the ProposalScores contract.
type ProposalScoresVoteCastOnScore struct {
	ProposalId *big.Int
	Support    uint8
	Score      uint8
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProposalScoresVoteCastOnScoreEventName = "VoteCastOnScore"

// ContractEventName returns the user-defined event name.
func (ProposalScoresVoteCastOnScore) ContractEventName() string {
	return ProposalScoresVoteCastOnScoreEventName
}

// UnpackVoteCastOnScoreEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastOnScore(uint256 indexed proposalId, uint8 support, uint8 score, uint256 weight)
func (proposalScores *ProposalScores) UnpackVoteCastOnScoreEvent(log *types.Log) (*ProposalScoresVoteCastOnScore, error) {
	event := "VoteCastOnScore"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proposalScores.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProposalScoresVoteCastOnScore)
	if len(log.Data) > 0 {
		if err := proposalScores.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proposalScores.abi.Events[event].Inputs {
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
func (proposalScores *ProposalScores) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["AlreadyScored"].ID.Bytes()[:4]) {
		return proposalScores.UnpackAlreadyScoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["DuplicateParam"].ID.Bytes()[:4]) {
		return proposalScores.UnpackDuplicateParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["ForVoteRefused"].ID.Bytes()[:4]) {
		return proposalScores.UnpackForVoteRefusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["IncompletePost"].ID.Bytes()[:4]) {
		return proposalScores.UnpackIncompletePostError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["InvalidVoteThreshold"].ID.Bytes()[:4]) {
		return proposalScores.UnpackInvalidVoteThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["MissingProposalId"].ID.Bytes()[:4]) {
		return proposalScores.UnpackMissingProposalIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["NotGuard"].ID.Bytes()[:4]) {
		return proposalScores.UnpackNotGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["NotScored"].ID.Bytes()[:4]) {
		return proposalScores.UnpackNotScoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["NothingToApply"].ID.Bytes()[:4]) {
		return proposalScores.UnpackNothingToApplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["PostWithVote"].ID.Bytes()[:4]) {
		return proposalScores.UnpackPostWithVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["ProposalNotPending"].ID.Bytes()[:4]) {
		return proposalScores.UnpackProposalNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["ScoreBelowVoteThreshold"].ID.Bytes()[:4]) {
		return proposalScores.UnpackScoreBelowVoteThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["UnknownParam"].ID.Bytes()[:4]) {
		return proposalScores.UnpackUnknownParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["UnknownProposal"].ID.Bytes()[:4]) {
		return proposalScores.UnpackUnknownProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["ValueOutOfRange"].ID.Bytes()[:4]) {
		return proposalScores.UnpackValueOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["VotingStarted"].ID.Bytes()[:4]) {
		return proposalScores.UnpackVotingStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proposalScores.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return proposalScores.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProposalScoresAlreadyScored represents a AlreadyScored error raised by the ProposalScores contract.
type ProposalScoresAlreadyScored struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyScored(uint256 proposalId)
func ProposalScoresAlreadyScoredErrorID() common.Hash {
	return common.HexToHash("0x0212c9302cc62aea1ae90b85166d1df0d80a23fe00fc146f5c3eef1f8adf2c84")
}

// UnpackAlreadyScoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyScored(uint256 proposalId)
func (proposalScores *ProposalScores) UnpackAlreadyScoredError(raw []byte) (*ProposalScoresAlreadyScored, error) {
	out := new(ProposalScoresAlreadyScored)
	if err := proposalScores.abi.UnpackIntoInterface(out, "AlreadyScored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresDuplicateParam represents a DuplicateParam error raised by the ProposalScores contract.
type ProposalScoresDuplicateParam struct {
	Param [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateParam(bytes32 param)
func ProposalScoresDuplicateParamErrorID() common.Hash {
	return common.HexToHash("0x2e546a65973cfe6a3f70cb24366502d332701ae6de37630fefc265b632acd3bf")
}

// UnpackDuplicateParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateParam(bytes32 param)
func (proposalScores *ProposalScores) UnpackDuplicateParamError(raw []byte) (*ProposalScoresDuplicateParam, error) {
	out := new(ProposalScoresDuplicateParam)
	if err := proposalScores.abi.UnpackIntoInterface(out, "DuplicateParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresForVoteRefused represents a ForVoteRefused error raised by the ProposalScores contract.
type ProposalScoresForVoteRefused struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForVoteRefused(uint256 proposalId)
func ProposalScoresForVoteRefusedErrorID() common.Hash {
	return common.HexToHash("0xe50047400d6989c230f50dadbb44af41d2e93c0328686f80ab96cc92b0a1b01b")
}

// UnpackForVoteRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForVoteRefused(uint256 proposalId)
func (proposalScores *ProposalScores) UnpackForVoteRefusedError(raw []byte) (*ProposalScoresForVoteRefused, error) {
	out := new(ProposalScoresForVoteRefused)
	if err := proposalScores.abi.UnpackIntoInterface(out, "ForVoteRefused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresIncompletePost represents a IncompletePost error raised by the ProposalScores contract.
type ProposalScoresIncompletePost struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompletePost(uint256 proposalId)
func ProposalScoresIncompletePostErrorID() common.Hash {
	return common.HexToHash("0x9f8f85eca8d81ed00058c4b1056fdb7f26897e24472d9c401de880160d70dec7")
}

// UnpackIncompletePostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompletePost(uint256 proposalId)
func (proposalScores *ProposalScores) UnpackIncompletePostError(raw []byte) (*ProposalScoresIncompletePost, error) {
	out := new(ProposalScoresIncompletePost)
	if err := proposalScores.abi.UnpackIntoInterface(out, "IncompletePost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresInvalidVoteThreshold represents a InvalidVoteThreshold error raised by the ProposalScores contract.
type ProposalScoresInvalidVoteThreshold struct {
	Threshold uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidVoteThreshold(uint8 threshold)
func ProposalScoresInvalidVoteThresholdErrorID() common.Hash {
	return common.HexToHash("0x746c21f8df8ce0b368c28820dcbc409285d488fa6962af966d01ebc8a06cc5e2")
}

// UnpackInvalidVoteThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidVoteThreshold(uint8 threshold)
func (proposalScores *ProposalScores) UnpackInvalidVoteThresholdError(raw []byte) (*ProposalScoresInvalidVoteThreshold, error) {
	out := new(ProposalScoresInvalidVoteThreshold)
	if err := proposalScores.abi.UnpackIntoInterface(out, "InvalidVoteThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresMissingProposalId represents a MissingProposalId error raised by the ProposalScores contract.
type ProposalScoresMissingProposalId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingProposalId()
func ProposalScoresMissingProposalIdErrorID() common.Hash {
	return common.HexToHash("0x8727a3620ac74c45f910bf8a4e1e3751ad55b0f58c49dc0bd3f4d67c5fad782b")
}

// UnpackMissingProposalIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingProposalId()
func (proposalScores *ProposalScores) UnpackMissingProposalIdError(raw []byte) (*ProposalScoresMissingProposalId, error) {
	out := new(ProposalScoresMissingProposalId)
	if err := proposalScores.abi.UnpackIntoInterface(out, "MissingProposalId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresNotGuard represents a NotGuard error raised by the ProposalScores contract.
type ProposalScoresNotGuard struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuard(address caller)
func ProposalScoresNotGuardErrorID() common.Hash {
	return common.HexToHash("0xbf3d4ae29e1bfe399a8d0501865aae71b9f297ac0c6859260678dee7e4beedab")
}

// UnpackNotGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuard(address caller)
func (proposalScores *ProposalScores) UnpackNotGuardError(raw []byte) (*ProposalScoresNotGuard, error) {
	out := new(ProposalScoresNotGuard)
	if err := proposalScores.abi.UnpackIntoInterface(out, "NotGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresNotScored represents a NotScored error raised by the ProposalScores contract.
type ProposalScoresNotScored struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotScored(uint256 proposalId)
func ProposalScoresNotScoredErrorID() common.Hash {
	return common.HexToHash("0xe3c8c203d7c7381acf59546ca578ff75aba3de951f29fc83a700cfad7f5f778b")
}

// UnpackNotScoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotScored(uint256 proposalId)
func (proposalScores *ProposalScores) UnpackNotScoredError(raw []byte) (*ProposalScoresNotScored, error) {
	out := new(ProposalScoresNotScored)
	if err := proposalScores.abi.UnpackIntoInterface(out, "NotScored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresNothingToApply represents a NothingToApply error raised by the ProposalScores contract.
type ProposalScoresNothingToApply struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToApply(uint256 proposalId)
func ProposalScoresNothingToApplyErrorID() common.Hash {
	return common.HexToHash("0x7f8518816f76fc31775ab7c7ed0ea94287bad7d38f7738b2a1a8afd8189339a1")
}

// UnpackNothingToApplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToApply(uint256 proposalId)
func (proposalScores *ProposalScores) UnpackNothingToApplyError(raw []byte) (*ProposalScoresNothingToApply, error) {
	out := new(ProposalScoresNothingToApply)
	if err := proposalScores.abi.UnpackIntoInterface(out, "NothingToApply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresPostWithVote represents a PostWithVote error raised by the ProposalScores contract.
type ProposalScoresPostWithVote struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PostWithVote(uint256 proposalId)
func ProposalScoresPostWithVoteErrorID() common.Hash {
	return common.HexToHash("0xe361f7e720e6f957d38408c004a87d0f79c9e24cd941ce624b06ea9e95b41884")
}

// UnpackPostWithVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PostWithVote(uint256 proposalId)
func (proposalScores *ProposalScores) UnpackPostWithVoteError(raw []byte) (*ProposalScoresPostWithVote, error) {
	out := new(ProposalScoresPostWithVote)
	if err := proposalScores.abi.UnpackIntoInterface(out, "PostWithVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresProposalNotPending represents a ProposalNotPending error raised by the ProposalScores contract.
type ProposalScoresProposalNotPending struct {
	ProposalId *big.Int
	State      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalNotPending(uint256 proposalId, uint8 state)
func ProposalScoresProposalNotPendingErrorID() common.Hash {
	return common.HexToHash("0x78c0fd2409d40b5205ee2be564b883f9e95b2df1d152bcbea6b18fdffa799d93")
}

// UnpackProposalNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalNotPending(uint256 proposalId, uint8 state)
func (proposalScores *ProposalScores) UnpackProposalNotPendingError(raw []byte) (*ProposalScoresProposalNotPending, error) {
	out := new(ProposalScoresProposalNotPending)
	if err := proposalScores.abi.UnpackIntoInterface(out, "ProposalNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresScoreBelowVoteThreshold represents a ScoreBelowVoteThreshold error raised by the ProposalScores contract.
type ProposalScoresScoreBelowVoteThreshold struct {
	ProposalId *big.Int
	Score      uint8
	Threshold  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoreBelowVoteThreshold(uint256 proposalId, uint8 score, uint8 threshold)
func ProposalScoresScoreBelowVoteThresholdErrorID() common.Hash {
	return common.HexToHash("0x4134de8e3e9dbe31239c6b910921c670b49d9e1ff2559b5ee7cb4dd638e09125")
}

// UnpackScoreBelowVoteThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoreBelowVoteThreshold(uint256 proposalId, uint8 score, uint8 threshold)
func (proposalScores *ProposalScores) UnpackScoreBelowVoteThresholdError(raw []byte) (*ProposalScoresScoreBelowVoteThreshold, error) {
	out := new(ProposalScoresScoreBelowVoteThreshold)
	if err := proposalScores.abi.UnpackIntoInterface(out, "ScoreBelowVoteThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresUnknownParam represents a UnknownParam error raised by the ProposalScores contract.
type ProposalScoresUnknownParam struct {
	Param [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownParam(bytes32 param)
func ProposalScoresUnknownParamErrorID() common.Hash {
	return common.HexToHash("0x77a5352e7a242346bf5854d7cec9bb9821b8aa96bcce9b352fda2717e3330132")
}

// UnpackUnknownParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownParam(bytes32 param)
func (proposalScores *ProposalScores) UnpackUnknownParamError(raw []byte) (*ProposalScoresUnknownParam, error) {
	out := new(ProposalScoresUnknownParam)
	if err := proposalScores.abi.UnpackIntoInterface(out, "UnknownParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresUnknownProposal represents a UnknownProposal error raised by the ProposalScores contract.
type ProposalScoresUnknownProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProposal(uint256 proposalId)
func ProposalScoresUnknownProposalErrorID() common.Hash {
	return common.HexToHash("0x28e0cf5a770b9ab4da594ebd0cf7af68f08abd0573138e8389260fc0eb761d74")
}

// UnpackUnknownProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProposal(uint256 proposalId)
func (proposalScores *ProposalScores) UnpackUnknownProposalError(raw []byte) (*ProposalScoresUnknownProposal, error) {
	out := new(ProposalScoresUnknownProposal)
	if err := proposalScores.abi.UnpackIntoInterface(out, "UnknownProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresValueOutOfRange represents a ValueOutOfRange error raised by the ProposalScores contract.
type ProposalScoresValueOutOfRange struct {
	Param [32]byte
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfRange(bytes32 param, int256 value)
func ProposalScoresValueOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x4e7a150c9ff18c52e487f3f6ad243f0388684223d95bef8ed65b4ccc6cf5b953")
}

// UnpackValueOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfRange(bytes32 param, int256 value)
func (proposalScores *ProposalScores) UnpackValueOutOfRangeError(raw []byte) (*ProposalScoresValueOutOfRange, error) {
	out := new(ProposalScoresValueOutOfRange)
	if err := proposalScores.abi.UnpackIntoInterface(out, "ValueOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresVotingStarted represents a VotingStarted error raised by the ProposalScores contract.
type ProposalScoresVotingStarted struct {
	ProposalId *big.Int
	Snapshot   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingStarted(uint256 proposalId, uint256 snapshot)
func ProposalScoresVotingStartedErrorID() common.Hash {
	return common.HexToHash("0xf8c022056754dbacca05aff710dc315a2fa7699ae9309fda403cd1e55c11d40f")
}

// UnpackVotingStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingStarted(uint256 proposalId, uint256 snapshot)
func (proposalScores *ProposalScores) UnpackVotingStartedError(raw []byte) (*ProposalScoresVotingStarted, error) {
	out := new(ProposalScoresVotingStarted)
	if err := proposalScores.abi.UnpackIntoInterface(out, "VotingStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProposalScoresZeroAddress represents a ZeroAddress error raised by the ProposalScores contract.
type ProposalScoresZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProposalScoresZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (proposalScores *ProposalScores) UnpackZeroAddressError(raw []byte) (*ProposalScoresZeroAddress, error) {
	out := new(ProposalScoresZeroAddress)
	if err := proposalScores.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
