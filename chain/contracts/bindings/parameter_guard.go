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
	Target common.Address
	Params [][32]byte
	Values []*big.Int
	Record InferenceRecord
	Proof  [][32]byte
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

// ParameterGuardMetaData contains all meta data concerning the ParameterGuard contract.
var ParameterGuardMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"AgentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"readyAtBlock\",\"type\":\"uint64\"}],\"name\":\"CooldownActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"initial\",\"type\":\"int256\"}],\"name\":\"InvalidBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"}],\"name\":\"ModelNotAuthorised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"recorded\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"canonical\",\"type\":\"bytes32\"}],\"name\":\"OrphanedRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"}],\"name\":\"OutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"RecordFromFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"RecordTooOld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"RootNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"from\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"to\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"}],\"name\":\"StepTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"UnknownParameter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cooldownBlocks\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"initial\",\"type\":\"int256\"}],\"name\":\"BoundsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"oldValue\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"newValue\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"ParameterApplied\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structInferenceRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAction[]\",\"name\":\"actions\",\"type\":\"tuple[]\"}],\"name\":\"applyActions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"bounds\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"cooldownBlocks\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"configured\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structInferenceRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAction[]\",\"name\":\"actions\",\"type\":\"tuple[]\"}],\"name\":\"commitAndApply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"current\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractInferenceRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"min\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"max\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxStep\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"cooldownBlocks\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"initial\",\"type\":\"int256\"}],\"name\":\"setBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ParameterGuard",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161115a38038061115a83398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a0516110ad6100ad5f395f818161015f015281816104c20152818161054001526106b701525f818161019e015261023a01526110ad5ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80637b103999116100585780637b1039991461015a5780638da5cb5b14610199578063de0fd2c1146101c0578063e0ddf23a146101d3575f5ffd5b80633bbda4381461007e5780633c4a1400146100b3578063731b177a146100c8575b5f5ffd5b61009161008c366004610d3f565b6101e6565b604080519283526001600160401b039091166020830152015b60405180910390f35b6100c66100c1366004610d69565b61021f565b005b6101276100d6366004610d3f565b6001600160a01b03919091165f908152602081815260408083209383529290522080546001820154600283015460039093015491939092916001600160401b03811691600160401b90910460ff1690565b604080519586526020860194909452928401919091526001600160401b031660608301521515608082015260a0016100aa565b6101817f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100aa565b6101817f000000000000000000000000000000000000000000000000000000000000000081565b6100c66101ce366004610df5565b61022f565b6100c66101e1366004610d69565b6104a6565b6001600160a01b0382165f90815260016020818152604080842085855290915290912080549101546001600160401b03165b9250929050565b61022a838383610528565b505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461027f5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b8385138061028c57505f83125b8061029657508481125b806102a057508381135b156102d6576040516315f4960360e31b815260048101869052602481018590526044810184905260648101829052608401610276565b6040518060a00160405280868152602001858152602001848152602001836001600160401b03168152602001600115158152505f5f896001600160a01b03166001600160a01b031681526020019081526020015f205f8881526020019081526020015f205f820151815f015560208201518160010155604082015181600201556060820151816003015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160030160086101000a81548160ff02191690831515021790555090505060405180604001604052808281526020015f6001600160401b031681525060015f896001600160a01b03166001600160a01b031681526020019081526020015f205f8881526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816001600160401b0302191690836001600160401b0316021790555090505085876001600160a01b03167ff5b952e00c4fa3b8b72a11aa6c7957840cb45fe0cd5ec78b205cf67fbda00b498787878787604051610495959493929190948552602085019390935260408401919091526001600160401b03166060830152608082015260a00190565b60405180910390a350505050505050565b60405163874359ed60e01b8152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063874359ed906044015f604051808303815f87803b15801561050b575f5ffd5b505af115801561051d573d5f5f3e3d5ffd5b5050505061022a8383835b604051637c353ed760e11b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f86a7dae906024016040805180830381865afa15801561058c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105b09190610e5a565b5090506001600160a01b0381166105dd576040516312ba9cd760e31b815260048101859052602401610276565b5f5b8281101561095d57368484838181106105fa576105fa610e92565b905060200281019061060c9190610ea6565b9050336001600160a01b0384161461064857604051639b32845560e01b81526001600160a01b0384166004820152336024820152604401610276565b6001600160a01b0383166106626080830160608401610ec5565b6001600160a01b0316146106ad57826106816080830160608401610ec5565b604051639b32845560e01b81526001600160a01b03928316600482015291166024820152604401610276565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663de11892b6106ec6080840160608501610ec5565b60405160e083901b6001600160e01b03191681526001600160a01b03909116600482015260808401356024820152604401602060405180830381865afa158015610738573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061075c9190610ee7565b61079f576107706080820160608301610ec5565b60405163f4c9cebf60e01b81526001600160a01b03909116600482015260808201356024820152604401610276565b5f6107ac82606001610964565b90506107c66107bf610140840184610f06565b8984610993565b6107ed57604051633c6db5f960e01b81526004810182905260248101889052604401610276565b61080c610801610100840160e08501610f4b565b6101008401356109aa565b6108196040830183610f06565b90506108286020840184610f06565b90501461084b576040516001621398b960e31b0319815260040160405180910390fd5b5f5b61085a6020840184610f06565b90508110156108cd576108c56108736020850185610ec5565b6108806020860186610f06565b8481811061089057610890610e92565b905060200201358580604001906108a79190610f06565b858181106108b7576108b7610e92565b90506020020135858c610a4b565b60010161084d565b506108db6020830183610ec5565b6001600160a01b03166382f59b186108f66020850185610f06565b6109036040870187610f06565b6040518563ffffffff1660e01b81526004016109229493929190610f66565b5f604051808303815f87803b158015610939575f5ffd5b505af115801561094b573d5f5f3e3d5ffd5b5050600190940193506105df92505050565b5050505050565b5f816040516020016109769190610fd6565b604051602081830303815290604052805190602001209050919050565b5f826109a0868685610c9d565b1495945050505050565b43826001600160401b0316106109de576040516371e986c560e11b81526001600160401b0383166004820152602401610276565b6001600160401b0382164080610a1257604051632f29f0bd60e11b81526001600160401b0384166004820152602401610276565b81811461022a5760405163709c95cf60e11b81526001600160401b03841660048201526024810183905260448101829052606401610276565b6001600160a01b0385165f9081526020818152604080832087845290915290206003810154600160401b900460ff16610aa9576040516315188a6d60e21b81526001600160a01b038716600482015260248101869052604401610276565b8054841280610abb5750806001015484135b15610b065780546001820154604051635659a2bf60e11b81526001600160a01b038916600482015260248101889052604481018790526064810192909252608482015260a401610276565b6001600160a01b0386165f908152600160209081526040808320888452909152902080546002830154610b398288610cde565b1115610b8557600283015460405163470ceec960e01b81526001600160a01b038a166004820152602481018990526044810183905260648101889052608481019190915260a401610276565b60018201546001600160401b03168015610c1d5760038401545f90610bb7906001600160401b03908116908416611058565b905080431015610c1b5789896001600160401b038311610bd75782610be0565b6001600160401b035b604051630f9bbac160e01b81526001600160a01b03909316600484015260248301919091526001600160401b03166044820152606401610276565b505b86835560018301805467ffffffffffffffff1916436001600160401b031617905560408051838152602081018990529081018790526060810186905288906001600160a01b038b16907e190d393c06b3f0cc52bbbaeb4fddf3d6a11b3fe646c7c374defe30ae5780ed9060800160405180910390a3505050505050505050565b5f81815b84811015610cd557610ccb82878784818110610cbf57610cbf610e92565b90506020020135610cfc565b9150600101610ca1565b50949350505050565b5f81831215610cef57828203610cf3565b8183035b90505b92915050565b5f818310610d16575f828152602084905260409020610cf3565b5f838152602083905260409020610cf3565b6001600160a01b0381168114610d3c575f5ffd5b50565b5f5f60408385031215610d50575f5ffd5b8235610d5b81610d28565b946020939093013593505050565b5f5f5f60408486031215610d7b575f5ffd5b8335925060208401356001600160401b03811115610d97575f5ffd5b8401601f81018613610da7575f5ffd5b80356001600160401b03811115610dbc575f5ffd5b8660208260051b8401011115610dd0575f5ffd5b939660209190910195509293505050565b6001600160401b0381168114610d3c575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610e0b575f5ffd5b8735610e1681610d28565b96506020880135955060408801359450606088013593506080880135925060a0880135610e4281610de1565b96999598509396929591949193505060c09091013590565b5f5f60408385031215610e6b575f5ffd5b8251610e7681610d28565b6020840151909250610e8781610de1565b809150509250929050565b634e487b7160e01b5f52603260045260245ffd5b5f823561015e19833603018112610ebb575f5ffd5b9190910192915050565b5f60208284031215610ed5575f5ffd5b8135610ee081610d28565b9392505050565b5f60208284031215610ef7575f5ffd5b81518015158114610ee0575f5ffd5b5f5f8335601e19843603018112610f1b575f5ffd5b8301803591506001600160401b03821115610f34575f5ffd5b6020019150600581901b3603821315610218575f5ffd5b5f60208284031215610f5b575f5ffd5b8135610ee081610de1565b604080825281018490525f6001600160fb1b03851115610f84575f5ffd5b8460051b80876060850137820182810360609081016020850152810184905284905f906080015b85821015610fca57823581526020928301926001929092019101610fab565b98975050505050505050565b60e081018235610fe581610d28565b6001600160a01b03168252602083810135908301526040808401359083015260608084013590830152608083013561101c81610de1565b6001600160401b0316608083015260a0838101359083015260c083013561104281610de1565b6001600160401b03811660c08401525092915050565b80820180821115610cf657634e487b7160e01b5f52601160045260245ffdfea26469706673582212202fbdd8af01f1051870377ad9598a958a488de17fced9d3ce234ada1ed3fd1e2c64736f6c63430008250033",
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
// Solidity: constructor(address registry_) returns()
func (parameterGuard *ParameterGuard) PackConstructor(registry_ common.Address) []byte {
	enc, err := parameterGuard.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApplyActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c4a1400.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyActions(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes32[])[] actions) returns()
func (parameterGuard *ParameterGuard) PackApplyActions(root [32]byte, actions []Action) []byte {
	enc, err := parameterGuard.abi.Pack("applyActions", root, actions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c4a1400.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyActions(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes32[])[] actions) returns()
func (parameterGuard *ParameterGuard) TryPackApplyActions(root [32]byte, actions []Action) ([]byte, error) {
	return parameterGuard.abi.Pack("applyActions", root, actions)
}

// PackBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x731b177a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bounds(address target, bytes32 param) view returns(int256 min, int256 max, int256 maxStep, uint64 cooldownBlocks, bool configured)
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
// Solidity: function bounds(address target, bytes32 param) view returns(int256 min, int256 max, int256 maxStep, uint64 cooldownBlocks, bool configured)
func (parameterGuard *ParameterGuard) TryPackBounds(target common.Address, param [32]byte) ([]byte, error) {
	return parameterGuard.abi.Pack("bounds", target, param)
}

// BoundsOutput serves as a container for the return parameters of contract
// method Bounds.
type BoundsOutput struct {
	Min            *big.Int
	Max            *big.Int
	MaxStep        *big.Int
	CooldownBlocks uint64
	Configured     bool
}

// UnpackBounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x731b177a.
//
// Solidity: function bounds(address target, bytes32 param) view returns(int256 min, int256 max, int256 maxStep, uint64 cooldownBlocks, bool configured)
func (parameterGuard *ParameterGuard) UnpackBounds(data []byte) (BoundsOutput, error) {
	out, err := parameterGuard.abi.Unpack("bounds", data)
	outstruct := new(BoundsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Min = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Max = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.MaxStep = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.CooldownBlocks = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Configured = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
}

// PackCommitAndApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0ddf23a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitAndApply(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes32[])[] actions) returns()
func (parameterGuard *ParameterGuard) PackCommitAndApply(root [32]byte, actions []Action) []byte {
	enc, err := parameterGuard.abi.Pack("commitAndApply", root, actions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitAndApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0ddf23a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitAndApply(bytes32 root, (address,bytes32[],int256[],(address,bytes32,bytes32,bytes32,uint64,bytes32,uint64),bytes32[])[] actions) returns()
func (parameterGuard *ParameterGuard) TryPackCommitAndApply(root [32]byte, actions []Action) ([]byte, error) {
	return parameterGuard.abi.Pack("commitAndApply", root, actions)
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

// PackSetBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde0fd2c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBounds(address target, bytes32 param, int256 min, int256 max, int256 maxStep, uint64 cooldownBlocks, int256 initial) returns()
func (parameterGuard *ParameterGuard) PackSetBounds(target common.Address, param [32]byte, min *big.Int, max *big.Int, maxStep *big.Int, cooldownBlocks uint64, initial *big.Int) []byte {
	enc, err := parameterGuard.abi.Pack("setBounds", target, param, min, max, maxStep, cooldownBlocks, initial)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde0fd2c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBounds(address target, bytes32 param, int256 min, int256 max, int256 maxStep, uint64 cooldownBlocks, int256 initial) returns()
func (parameterGuard *ParameterGuard) TryPackSetBounds(target common.Address, param [32]byte, min *big.Int, max *big.Int, maxStep *big.Int, cooldownBlocks uint64, initial *big.Int) ([]byte, error) {
	return parameterGuard.abi.Pack("setBounds", target, param, min, max, maxStep, cooldownBlocks, initial)
}

// ParameterGuardBoundsSet represents a BoundsSet event raised by the ParameterGuard contract.
type ParameterGuardBoundsSet struct {
	Target         common.Address
	Param          [32]byte
	Min            *big.Int
	Max            *big.Int
	MaxStep        *big.Int
	CooldownBlocks uint64
	Initial        *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ParameterGuardBoundsSetEventName = "BoundsSet"

// ContractEventName returns the user-defined event name.
func (ParameterGuardBoundsSet) ContractEventName() string {
	return ParameterGuardBoundsSetEventName
}

// UnpackBoundsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BoundsSet(address indexed target, bytes32 indexed param, int256 min, int256 max, int256 maxStep, uint64 cooldownBlocks, int256 initial)
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (parameterGuard *ParameterGuard) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["AgentMismatch"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackAgentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["CooldownActive"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackCooldownActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["InvalidBounds"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackInvalidBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["ModelNotAuthorised"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackModelNotAuthorisedError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["OrphanedRecord"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackOrphanedRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["OutOfBounds"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["RecordFromFuture"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackRecordFromFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["RecordTooOld"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackRecordTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["RootNotCommitted"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackRootNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], parameterGuard.abi.Errors["StepTooLarge"].ID.Bytes()[:4]) {
		return parameterGuard.UnpackStepTooLargeError(raw[4:])
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
