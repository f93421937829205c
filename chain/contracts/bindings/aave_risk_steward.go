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

// AaveRiskStewardMetaData contains all meta data concerning the AaveRiskSteward contract.
var AaveRiskStewardMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"guard_\",\"type\":\"address\"},{\"internalType\":\"contractIAavePoolConfigurator\",\"name\":\"configurator_\",\"type\":\"address\"},{\"internalType\":\"contractIAavePool\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"},{\"internalType\":\"string[]\",\"name\":\"symbols\",\"type\":\"string[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"symbols\",\"type\":\"uint256\"}],\"name\":\"AssetsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"usage\",\"type\":\"uint256\"}],\"name\":\"CapBelowUsage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"DuplicateParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"NameTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"ParamsValuesMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"UnknownRiskParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"params\",\"type\":\"bytes32[]\"},{\"internalType\":\"int256[]\",\"name\":\"values\",\"type\":\"int256[]\"}],\"name\":\"applyParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configurator\",\"outputs\":[{\"internalType\":\"contractIAavePoolConfigurator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parameters\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIAavePool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"targetOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"enumAaveRiskSteward.Field\",\"name\":\"field\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"usageOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"borrowed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"param\",\"type\":\"bytes32\"}],\"name\":\"valueOf\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AaveRiskSteward",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051611c9d380380611c9d83398101604081905261002e9161061a565b6001600160a01b038516158061004b57506001600160a01b038416155b8061005d57506001600160a01b038316155b1561007b57604051639db8d5b160e01b815260040160405180910390fd5b80518251146100af57815181516040516304d3bc6760e41b8152600481019290925260248201526044015b60405180910390fd5b6001600160a01b0380861660805284811660a052831660c0525f5b8251811015610340575f6001600160a01b03168382815181106100ef576100ef610718565b60200260200101516001600160a01b0316036101215760405163b1207b7960e01b8152600481018290526024016100a6565b61018283828151811061013657610136610718565b602002602001015183838151811061015057610150610718565b60200260200101516040518060400160405280600481526020016317363a3b60e11b815250600161034b60201b60201c565b6101fc83828151811061019757610197610718565b60200260200101518383815181106101b1576101b1610718565b60200260200101516040518060400160405280601581526020017f2e6c69717569646174696f6e5468726573686f6c640000000000000000000000815250600261034b60201b60201c565b61026a83828151811061021157610211610718565b602002602001015183838151811061022b5761022b610718565b6020026020010151604051806040016040528060118152602001702e6c69717569646174696f6e426f6e757360781b815250600361034b60201b60201c565b6102d183828151811061027f5761027f610718565b602002602001015183838151811061029957610299610718565b60200260200101516040518060400160405280600a81526020016902e737570706c794361760b41b815250600461034b60201b60201c565b6103388382815181106102e6576102e6610718565b602002602001015183838151811061030057610300610718565b60200260200101516040518060400160405280600a81526020016902e626f72726f774361760b41b815250600561034b60201b60201c565b6001016100ca565b5050505050506107ce565b5f838360405160200161035f929190610743565b60405160208183030381529060405290506020815111156103955780604051630dfb34fb60e41b81526004016100a6919061075f565b5f61039f82610794565b90505f5f82815260208190526040902054600160a01b900460ff1660058111156103cb576103cb6107ba565b146103ec57604051636bd57c2d60e01b8152600481018290526024016100a6565b6040518060400160405280876001600160a01b03168152602001846005811115610418576104186107ba565b90525f82815260208181526040909120825181546001600160a01b039091166001600160a01b031982168117835592840151919283916001600160a81b03191617600160a01b836005811115610470576104706107ba565b0217905550506001805480820182555f919091527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf60191909155505050505050565b6001600160a01b03811681146104c6575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610505576105056104c9565b604052919050565b5f6001600160401b03821115610525576105256104c9565b5060051b60200190565b5f82601f83011261053e575f5ffd5b815161055161054c8261050d565b6104dd565b8082825260208201915060208360051b860101925085831115610572575f5ffd5b602085015b838110156106105780516001600160401b03811115610594575f5ffd5b8601603f810188136105a4575f5ffd5b60208101516001600160401b038111156105c0576105c06104c9565b6105d3601f8201601f19166020016104dd565b8181526040838301018a10156105e7575f5ffd5b8160408401602083015e5f60208383010152808652505050602083019250602081019050610577565b5095945050505050565b5f5f5f5f5f60a0868803121561062e575f5ffd5b8551610639816104b2565b602087015190955061064a816104b2565b604087015190945061065b816104b2565b60608701519093506001600160401b03811115610676575f5ffd5b8601601f81018813610686575f5ffd5b805161069461054c8261050d565b8082825260208201915060208360051b85010192508a8311156106b5575f5ffd5b6020840193505b828410156106e05783516106cf816104b2565b8252602093840193909101906106bc565b60808a0151909550925050506001600160401b038111156106ff575f5ffd5b61070b8882890161052f565b9150509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f610757610751838661072c565b8461072c565b949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107b4575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52602160045260245ffd5b60805160a05160c0516114686108355f395f8181608e015281816101d40152818161079401528181610aa201528181610bed0152610e3301525f818160d20152818161053b015281816105f601526108b701525f8181610121015261026a01526114685ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c806382f59b181161005857806382f59b18146101435780638903573014610158578063a5c0b8f61461016d578063d6c300981461018e575f5ffd5b806316f0115b146100895780632b507df8146100cd578063634dab75146100f45780637ceab3b11461011c575b5f5ffd5b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b610107610102366004610f65565b6101af565b604080519283526020830191909152016100c4565b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b610156610151366004610fc8565b61025f565b005b610160610927565b6040516100c49190611034565b61018061017b366004611076565b61097d565b6040516100c49291906110a1565b6101a161019c366004611076565b6109ed565b6040519081526020016100c4565b6040516335ea6a7560e01b81526001600160a01b0382811660048301525f91829182917f0000000000000000000000000000000000000000000000000000000000000000909116906335ea6a75906024016101e060405180830381865afa15801561021c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610240919061116f565b905061024c8482610bca565b61025582610d18565b9250925050915091565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102af576040516324c31f4d60e11b81523360048201526024015b60405180910390fd5b8281146102d95760405163bf43cd7360e01b815260048101849052602481018290526044016102a6565b5f8367ffffffffffffffff8111156102f3576102f36110da565b60405190808252806020026020018201604052801561035857816020015b6040805160e0810182525f8082526020808301829052928201819052606082018190526080820181905260a0820181905260c082015282525f199092019101816103115790505b5090505f805b85811015610769575f5f5f89898581811061037b5761037b611291565b602090810292909201358352508181019290925260409081015f20815180830190925280546001600160a01b03811683529192909190830190600160a01b900460ff1660058111156103cf576103cf61108d565b60058111156103e0576103e061108d565b90525090505f816020015160058111156103fc576103fc61108d565b036104365787878381811061041357610413611291565b9050602002013560405163245426cf60e21b81526004016102a691815260200190565b5f86868481811061044957610449611291565b9050602002013512156104ac5787878381811061046857610468611291565b9050602002013586868481811061048157610481611291565b9050602002013560405163e061e19b60e01b81526004016102a6929190918252602082015260400190565b5f8686848181106104bf576104bf611291565b6020029190910135915060049050826020015160058111156104e3576104e361108d565b0361059c576105138989858181106104fd576104fd611291565b90506020020135835f0151838560200151610e0c565b815160405163571f03e560e01b81526001600160a01b039182166004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000009091169063571f03e5906044015b5f604051808303815f87803b15801561057f575f5ffd5b505af1158015610591573d5f5f3e3d5ffd5b505050505050610761565b6005826020015160058111156105b4576105b461108d565b03610627576105ce8989858181106104fd576104fd611291565b815160405163d14a098360e01b81526001600160a01b039182166004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000009091169063d14a098390604401610568565b5f5b84811080156106695750825f01516001600160a01b031686828151811061065257610652611291565b60200260200101515f01516001600160a01b031614155b156106805780610678816112b9565b915050610629565b8481036106bf5782518686610694816112b9565b9750815181106106a6576106a6611291565b60209081029190910101516001600160a01b0390911690525b5f8682815181106106d2576106d2611291565b60200260200101519050600160058111156106ef576106ef61108d565b846020015160058111156107055761070561108d565b0361071d57600160808201526020810183905261075c565b6002846020015160058111156107355761073561108d565b0361074d57600160a08201526040810183905261075c565b600160c0820152606081018390525b505050505b60010161035e565b505f5b8181101561091e575f83828151811061078757610787611291565b602002602001015190505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c44b11f7835f01516040518263ffffffff1660e01b81526004016107f091906001600160a01b0391909116815260200190565b602060405180830381865afa15801561080b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061082f91906112d1565b905081608001516108455761ffff811660208301525b8160a0015161085d57601081901c61ffff1660408301525b8160c0015161087557602081901c61ffff1660608301525b8151602083015160408085015160608601519151637c4e560b60e01b81526001600160a01b0394851660048201526024810193909352604483015260648201527f000000000000000000000000000000000000000000000000000000000000000090911690637c4e560b906084015f604051808303815f87803b1580156108fa575f5ffd5b505af115801561090c573d5f5f3e3d5ffd5b50506001909401935061076c92505050565b50505050505050565b6060600180548060200260200160405190810160405280929190818152602001828054801561097357602002820191905f5260205f20905b81548152602001906001019080831161095f575b5050505050905090565b5f81815260208181526040808320815180830190925280546001600160a01b038116835284938493929190830190600160a01b900460ff1660058111156109c6576109c661108d565b60058111156109d7576109d761108d565b9052508051602090910151909590945092505050565b5f81815260208181526040808320815180830190925280546001600160a01b03811683528493830190600160a01b900460ff166005811115610a3157610a3161108d565b6005811115610a4257610a4261108d565b90525090505f81602001516005811115610a5e57610a5e61108d565b03610a7f5760405163245426cf60e21b8152600481018490526024016102a6565b805160405163c44b11f760e01b81526001600160a01b0391821660048201525f917f0000000000000000000000000000000000000000000000000000000000000000169063c44b11f790602401602060405180830381865afa158015610ae7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b0b91906112d1565b9050600182602001516005811115610b2557610b2561108d565b03610b355761ffff169392505050565b600282602001516005811115610b4d57610b4d61108d565b03610b605760101c61ffff169392505050565b600382602001516005811115610b7857610b7861108d565b03610b8b5760201c61ffff169392505050565b600482602001516005811115610ba357610ba361108d565b03610bb95760741c640fffffffff169392505050565b60501c640fffffffff169392505050565b60405163d15e005360e01b81526001600160a01b0383811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063d15e005390602401602060405180830381865afa158015610c32573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c5691906112d1565b90506b033b2e3c9fd0803ce8000000818461018001516001600160801b0316610c7f91906112e8565b610c95906b019d971e4fe8401e740000006112ff565b610c9f9190611312565b8361010001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ce0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d0491906112d1565b610d0e91906112ff565b9150505b92915050565b5f5f8261014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d5b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d7f91906112d1565b6101208401519091506001600160a01b031615610d12578261012001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610dd7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dfb91906112d1565b610e0590826112ff565b9392505050565b8115610f48576040516335ea6a7560e01b81526001600160a01b0384811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906335ea6a75906024016101e060405180830381865afa158015610e7b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e9f919061116f565b90505f6004836005811115610eb657610eb661108d565b14610ec957610ec482610d18565b610ed3565b610ed38583610bca565b82519091505f90610eeb9060301c60ff16600a611414565b90505f816001610efb82866112ff565b610f05919061141f565b610f0f9190611312565b905080861015610f435760405163076fff7560e31b81526004810189905260248101879052604481018290526064016102a6565b505050505b50505050565b6001600160a01b0381168114610f62575f5ffd5b50565b5f60208284031215610f75575f5ffd5b8135610e0581610f4e565b5f5f83601f840112610f90575f5ffd5b50813567ffffffffffffffff811115610fa7575f5ffd5b6020830191508360208260051b8501011115610fc1575f5ffd5b9250929050565b5f5f5f5f60408587031215610fdb575f5ffd5b843567ffffffffffffffff811115610ff1575f5ffd5b610ffd87828801610f80565b909550935050602085013567ffffffffffffffff81111561101c575f5ffd5b61102887828801610f80565b95989497509550505050565b602080825282518282018190525f918401906040840190835b8181101561106b57835183526020938401939092019160010161104d565b509095945050505050565b5f60208284031215611086575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6001600160a01b038316815260408101600683106110cd57634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52604160045260245ffd5b6040516101e0810167ffffffffffffffff8111828210171561111e57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160801b038116811461113a575f5ffd5b919050565b805164ffffffffff8116811461113a575f5ffd5b805161ffff8116811461113a575f5ffd5b805161113a81610f4e565b5f6101e0828403128015611181575f5ffd5b5061118a6110ee565b8251815261119a60208401611124565b60208201526111ab60408401611124565b60408201526111bc60608401611124565b60608201526111cd60808401611124565b60808201526111de60a08401611124565b60a08201526111ef60c0840161113f565b60c082015261120060e08401611153565b60e08201526112126101008401611164565b6101008201526112256101208401611164565b6101208201526112386101408401611164565b61014082015261124b6101608401611164565b61016082015261125e6101808401611124565b6101808201526112716101a08401611124565b6101a08201526112846101c08401611124565b6101c08201529392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f600182016112ca576112ca6112a5565b5060010190565b5f602082840312156112e1575f5ffd5b5051919050565b8082028115828204841417610d1257610d126112a5565b80820180821115610d1257610d126112a5565b5f8261132c57634e487b7160e01b5f52601260045260245ffd5b500490565b6001815b600184111561136c57808504811115611350576113506112a5565b600184161561135e57908102905b60019390931c928002611335565b935093915050565b5f8261138257506001610d12565b8161138e57505f610d12565b81600181146113a457600281146113ae576113ca565b6001915050610d12565b60ff8411156113bf576113bf6112a5565b50506001821b610d12565b5060208310610133831016604e8410600b84101617156113ed575081810a610d12565b6113f95f198484611331565b805f190482111561140c5761140c6112a5565b029392505050565b5f610e058383611374565b81810381811115610d1257610d126112a556fea2646970667358221220d83e73331fd48731e69e3442a37138a07f7efe6499a3db1a8ce25afa934bbbd864736f6c63430008250033",
}

// AaveRiskSteward is an auto generated Go binding around an Ethereum contract.
type AaveRiskSteward struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AaveRiskSteward) GetABI() abi.ABI {
	return c.abi
}

// NewAaveRiskSteward creates a new instance of AaveRiskSteward.
func NewAaveRiskSteward() *AaveRiskSteward {
	parsed, err := AaveRiskStewardMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AaveRiskSteward{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AaveRiskSteward) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address guard_, address configurator_, address pool_, address[] assets, string[] symbols) returns()
func (aaveRiskSteward *AaveRiskSteward) PackConstructor(guard_ common.Address, configurator_ common.Address, pool_ common.Address, assets []common.Address, symbols []string) []byte {
	enc, err := aaveRiskSteward.abi.Pack("", guard_, configurator_, pool_, assets, symbols)
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
func (aaveRiskSteward *AaveRiskSteward) PackApplyParameters(params [][32]byte, values []*big.Int) []byte {
	enc, err := aaveRiskSteward.abi.Pack("applyParameters", params, values)
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
func (aaveRiskSteward *AaveRiskSteward) TryPackApplyParameters(params [][32]byte, values []*big.Int) ([]byte, error) {
	return aaveRiskSteward.abi.Pack("applyParameters", params, values)
}

// PackConfigurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b507df8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configurator() view returns(address)
func (aaveRiskSteward *AaveRiskSteward) PackConfigurator() []byte {
	enc, err := aaveRiskSteward.abi.Pack("configurator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b507df8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configurator() view returns(address)
func (aaveRiskSteward *AaveRiskSteward) TryPackConfigurator() ([]byte, error) {
	return aaveRiskSteward.abi.Pack("configurator")
}

// UnpackConfigurator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b507df8.
//
// Solidity: function configurator() view returns(address)
func (aaveRiskSteward *AaveRiskSteward) UnpackConfigurator(data []byte) (common.Address, error) {
	out, err := aaveRiskSteward.abi.Unpack("configurator", data)
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
func (aaveRiskSteward *AaveRiskSteward) PackGuard() []byte {
	enc, err := aaveRiskSteward.abi.Pack("guard")
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
func (aaveRiskSteward *AaveRiskSteward) TryPackGuard() ([]byte, error) {
	return aaveRiskSteward.abi.Pack("guard")
}

// UnpackGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ceab3b1.
//
// Solidity: function guard() view returns(address)
func (aaveRiskSteward *AaveRiskSteward) UnpackGuard(data []byte) (common.Address, error) {
	out, err := aaveRiskSteward.abi.Unpack("guard", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89035730.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parameters() view returns(bytes32[])
func (aaveRiskSteward *AaveRiskSteward) PackParameters() []byte {
	enc, err := aaveRiskSteward.abi.Pack("parameters")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89035730.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parameters() view returns(bytes32[])
func (aaveRiskSteward *AaveRiskSteward) TryPackParameters() ([]byte, error) {
	return aaveRiskSteward.abi.Pack("parameters")
}

// UnpackParameters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89035730.
//
// Solidity: function parameters() view returns(bytes32[])
func (aaveRiskSteward *AaveRiskSteward) UnpackParameters(data []byte) ([][32]byte, error) {
	out, err := aaveRiskSteward.abi.Unpack("parameters", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (aaveRiskSteward *AaveRiskSteward) PackPool() []byte {
	enc, err := aaveRiskSteward.abi.Pack("pool")
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
func (aaveRiskSteward *AaveRiskSteward) TryPackPool() ([]byte, error) {
	return aaveRiskSteward.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (aaveRiskSteward *AaveRiskSteward) UnpackPool(data []byte) (common.Address, error) {
	out, err := aaveRiskSteward.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTargetOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5c0b8f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function targetOf(bytes32 param) view returns(address asset, uint8 field)
func (aaveRiskSteward *AaveRiskSteward) PackTargetOf(param [32]byte) []byte {
	enc, err := aaveRiskSteward.abi.Pack("targetOf", param)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTargetOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5c0b8f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function targetOf(bytes32 param) view returns(address asset, uint8 field)
func (aaveRiskSteward *AaveRiskSteward) TryPackTargetOf(param [32]byte) ([]byte, error) {
	return aaveRiskSteward.abi.Pack("targetOf", param)
}

// TargetOfOutput serves as a container for the return parameters of contract
// method TargetOf.
type TargetOfOutput struct {
	Asset common.Address
	Field uint8
}

// UnpackTargetOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5c0b8f6.
//
// Solidity: function targetOf(bytes32 param) view returns(address asset, uint8 field)
func (aaveRiskSteward *AaveRiskSteward) UnpackTargetOf(data []byte) (TargetOfOutput, error) {
	out, err := aaveRiskSteward.abi.Unpack("targetOf", data)
	outstruct := new(TargetOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Asset = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Field = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackUsageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634dab75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usageOf(address asset) view returns(uint256 supplied, uint256 borrowed)
func (aaveRiskSteward *AaveRiskSteward) PackUsageOf(asset common.Address) []byte {
	enc, err := aaveRiskSteward.abi.Pack("usageOf", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634dab75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usageOf(address asset) view returns(uint256 supplied, uint256 borrowed)
func (aaveRiskSteward *AaveRiskSteward) TryPackUsageOf(asset common.Address) ([]byte, error) {
	return aaveRiskSteward.abi.Pack("usageOf", asset)
}

// UsageOfOutput serves as a container for the return parameters of contract
// method UsageOf.
type UsageOfOutput struct {
	Supplied *big.Int
	Borrowed *big.Int
}

// UnpackUsageOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x634dab75.
//
// Solidity: function usageOf(address asset) view returns(uint256 supplied, uint256 borrowed)
func (aaveRiskSteward *AaveRiskSteward) UnpackUsageOf(data []byte) (UsageOfOutput, error) {
	out, err := aaveRiskSteward.abi.Unpack("usageOf", data)
	outstruct := new(UsageOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Supplied = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Borrowed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c30098.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueOf(bytes32 param) view returns(int256)
func (aaveRiskSteward *AaveRiskSteward) PackValueOf(param [32]byte) []byte {
	enc, err := aaveRiskSteward.abi.Pack("valueOf", param)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c30098.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueOf(bytes32 param) view returns(int256)
func (aaveRiskSteward *AaveRiskSteward) TryPackValueOf(param [32]byte) ([]byte, error) {
	return aaveRiskSteward.abi.Pack("valueOf", param)
}

// UnpackValueOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6c30098.
//
// Solidity: function valueOf(bytes32 param) view returns(int256)
func (aaveRiskSteward *AaveRiskSteward) UnpackValueOf(data []byte) (*big.Int, error) {
	out, err := aaveRiskSteward.abi.Unpack("valueOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aaveRiskSteward *AaveRiskSteward) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["AssetsMismatch"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackAssetsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["CapBelowUsage"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackCapBelowUsageError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["DuplicateParameter"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackDuplicateParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["InvalidAsset"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackInvalidAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["InvalidMarket"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackInvalidMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["NameTooLong"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackNameTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["NegativeValue"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackNegativeValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["OnlyGuard"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackOnlyGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["ParamsValuesMismatch"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackParamsValuesMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], aaveRiskSteward.abi.Errors["UnknownRiskParameter"].ID.Bytes()[:4]) {
		return aaveRiskSteward.UnpackUnknownRiskParameterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AaveRiskStewardAssetsMismatch represents a AssetsMismatch error raised by the AaveRiskSteward contract.
type AaveRiskStewardAssetsMismatch struct {
	Assets  *big.Int
	Symbols *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetsMismatch(uint256 assets, uint256 symbols)
func AaveRiskStewardAssetsMismatchErrorID() common.Hash {
	return common.HexToHash("0x4d3bc670d3423d3bae9496eb3262fcb4aae1397e979682bb314856996eb47303")
}

// UnpackAssetsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetsMismatch(uint256 assets, uint256 symbols)
func (aaveRiskSteward *AaveRiskSteward) UnpackAssetsMismatchError(raw []byte) (*AaveRiskStewardAssetsMismatch, error) {
	out := new(AaveRiskStewardAssetsMismatch)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "AssetsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardCapBelowUsage represents a CapBelowUsage error raised by the AaveRiskSteward contract.
type AaveRiskStewardCapBelowUsage struct {
	Param [32]byte
	Cap   *big.Int
	Usage *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapBelowUsage(bytes32 param, uint256 cap, uint256 usage)
func AaveRiskStewardCapBelowUsageErrorID() common.Hash {
	return common.HexToHash("0x3b7ffba85a1e6a0d8305014b327ac75f3983f723fbb6a24b0f90767ab2bc638e")
}

// UnpackCapBelowUsageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapBelowUsage(bytes32 param, uint256 cap, uint256 usage)
func (aaveRiskSteward *AaveRiskSteward) UnpackCapBelowUsageError(raw []byte) (*AaveRiskStewardCapBelowUsage, error) {
	out := new(AaveRiskStewardCapBelowUsage)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "CapBelowUsage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardDuplicateParameter represents a DuplicateParameter error raised by the AaveRiskSteward contract.
type AaveRiskStewardDuplicateParameter struct {
	Param [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateParameter(bytes32 param)
func AaveRiskStewardDuplicateParameterErrorID() common.Hash {
	return common.HexToHash("0x6bd57c2d737427dc89ab37ed5ee49a7df25b803d2b00e53bedd310ea8996c2f2")
}

// UnpackDuplicateParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateParameter(bytes32 param)
func (aaveRiskSteward *AaveRiskSteward) UnpackDuplicateParameterError(raw []byte) (*AaveRiskStewardDuplicateParameter, error) {
	out := new(AaveRiskStewardDuplicateParameter)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "DuplicateParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardInvalidAsset represents a InvalidAsset error raised by the AaveRiskSteward contract.
type AaveRiskStewardInvalidAsset struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAsset(uint256 index)
func AaveRiskStewardInvalidAssetErrorID() common.Hash {
	return common.HexToHash("0xb1207b79538ac1735a12152178ce1ed79feded054c0c3c8fa1978919e490cb22")
}

// UnpackInvalidAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAsset(uint256 index)
func (aaveRiskSteward *AaveRiskSteward) UnpackInvalidAssetError(raw []byte) (*AaveRiskStewardInvalidAsset, error) {
	out := new(AaveRiskStewardInvalidAsset)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "InvalidAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardInvalidMarket represents a InvalidMarket error raised by the AaveRiskSteward contract.
type AaveRiskStewardInvalidMarket struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMarket()
func AaveRiskStewardInvalidMarketErrorID() common.Hash {
	return common.HexToHash("0x9db8d5b1bd1df0929e62d5cd7f3996f288961edcda549cafb4531c760793e460")
}

// UnpackInvalidMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMarket()
func (aaveRiskSteward *AaveRiskSteward) UnpackInvalidMarketError(raw []byte) (*AaveRiskStewardInvalidMarket, error) {
	out := new(AaveRiskStewardInvalidMarket)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "InvalidMarket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardNameTooLong represents a NameTooLong error raised by the AaveRiskSteward contract.
type AaveRiskStewardNameTooLong struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NameTooLong(string name)
func AaveRiskStewardNameTooLongErrorID() common.Hash {
	return common.HexToHash("0xdfb34fb07487f1b8439fd79c4967112e5904c5f2f99eaaae07feb0210d2a4845")
}

// UnpackNameTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NameTooLong(string name)
func (aaveRiskSteward *AaveRiskSteward) UnpackNameTooLongError(raw []byte) (*AaveRiskStewardNameTooLong, error) {
	out := new(AaveRiskStewardNameTooLong)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "NameTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardNegativeValue represents a NegativeValue error raised by the AaveRiskSteward contract.
type AaveRiskStewardNegativeValue struct {
	Param [32]byte
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NegativeValue(bytes32 param, int256 value)
func AaveRiskStewardNegativeValueErrorID() common.Hash {
	return common.HexToHash("0xe061e19b7dee8fc99b544bb0f116d4af5bfdcf4afc37b7dee0920635022e6ed7")
}

// UnpackNegativeValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NegativeValue(bytes32 param, int256 value)
func (aaveRiskSteward *AaveRiskSteward) UnpackNegativeValueError(raw []byte) (*AaveRiskStewardNegativeValue, error) {
	out := new(AaveRiskStewardNegativeValue)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "NegativeValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardOnlyGuard represents a OnlyGuard error raised by the AaveRiskSteward contract.
type AaveRiskStewardOnlyGuard struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyGuard(address caller)
func AaveRiskStewardOnlyGuardErrorID() common.Hash {
	return common.HexToHash("0x49863e9aa1206ccf0da01e6156053554733357c9d6f5865a64a4ed01886ecc08")
}

// UnpackOnlyGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyGuard(address caller)
func (aaveRiskSteward *AaveRiskSteward) UnpackOnlyGuardError(raw []byte) (*AaveRiskStewardOnlyGuard, error) {
	out := new(AaveRiskStewardOnlyGuard)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "OnlyGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardParamsValuesMismatch represents a ParamsValuesMismatch error raised by the AaveRiskSteward contract.
type AaveRiskStewardParamsValuesMismatch struct {
	Params *big.Int
	Values *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParamsValuesMismatch(uint256 params, uint256 values)
func AaveRiskStewardParamsValuesMismatchErrorID() common.Hash {
	return common.HexToHash("0xbf43cd739d371b916907d56e7cf29ddd9f98bccd4c35c60ff4dc232ac3de8a76")
}

// UnpackParamsValuesMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParamsValuesMismatch(uint256 params, uint256 values)
func (aaveRiskSteward *AaveRiskSteward) UnpackParamsValuesMismatchError(raw []byte) (*AaveRiskStewardParamsValuesMismatch, error) {
	out := new(AaveRiskStewardParamsValuesMismatch)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "ParamsValuesMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AaveRiskStewardUnknownRiskParameter represents a UnknownRiskParameter error raised by the AaveRiskSteward contract.
type AaveRiskStewardUnknownRiskParameter struct {
	Param [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRiskParameter(bytes32 param)
func AaveRiskStewardUnknownRiskParameterErrorID() common.Hash {
	return common.HexToHash("0x91509b3cd98f9ea8a8b22834b7714a2044f748c00b8be9c38fbc89a82fc01255")
}

// UnpackUnknownRiskParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRiskParameter(bytes32 param)
func (aaveRiskSteward *AaveRiskSteward) UnpackUnknownRiskParameterError(raw []byte) (*AaveRiskStewardUnknownRiskParameter, error) {
	out := new(AaveRiskStewardUnknownRiskParameter)
	if err := aaveRiskSteward.abi.UnpackIntoInterface(out, "UnknownRiskParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}
