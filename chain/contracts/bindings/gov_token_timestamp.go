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

// GovTokenTimestampMetaData contains all meta data concerning the GovTokenTimestamp contract.
var GovTokenTimestampMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "GovTokenTimestamp",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161221f38038061221f83398101604081905261002f9161028d565b8181338280604051806040016040528060018152602001603160f81b8152508585816003908161005f9190610381565b50600461006c8282610381565b50505061007e8261016260201b60201c565b6101205261008b81610162565b61014052815160208084019190912060e052815190820120610100524660a05261011760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03811661014f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101588161019f565b5050505050610497565b5f5f829050601f8151111561018c578260405163305a27a960e01b8152600401610146919061043f565b805161019782610474565b179392505050565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610213575f5ffd5b81516001600160401b0381111561022c5761022c6101f0565b604051601f8201601f19908116603f011681016001600160401b038111828210171561025a5761025a6101f0565b604052818152838201602001851015610271575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f6040838503121561029e575f5ffd5b82516001600160401b038111156102b3575f5ffd5b6102bf85828601610204565b602085015190935090506001600160401b038111156102dc575f5ffd5b6102e885828601610204565b9150509250929050565b600181811c9082168061030657607f821691505b60208210810361032457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561037c578282111561037c57805f5260205f20601f840160051c602085101561035557505f5b90810190601f840160051c035f5b81811015610378575f83820155600101610363565b5050505b505050565b81516001600160401b0381111561039a5761039a6101f0565b6103ae816103a884546102f2565b8461032a565b6020601f8211600181146103e0575f83156103c95750848201515b5f19600385901b1c1916600184901b178455610438565b5f84815260208120601f198516915b8281101561040f57878501518255602094850194600190920191016103ef565b508482101561042c57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610324575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051611d376104e85f395f610d7501525f610d4a01525f610a9401525f610a6c01525f6109c701525f6109f101525f610a1b0152611d375ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c8063715018a6116100f35780639ab24eb011610093578063d505accf1161006e578063d505accf146103d4578063dd62ed3e146103e7578063f1127ed81461041f578063f2fde38b1461045e575f5ffd5b80639ab24eb01461039b578063a9059cbb146103ae578063c3cda520146103c1575f5ffd5b80638da5cb5b116100ce5780638da5cb5b146103505780638e539e8c1461036157806391ddadf41461037457806395d89b4114610393575f5ffd5b8063715018a61461031a5780637ecebe001461032257806384b0196e14610335575f5ffd5b80633a46b1a81161015e578063587cde1e11610139578063587cde1e146102745780635c19a95c146102b75780636fcfff45146102ca57806370a08231146102f2575f5ffd5b80633a46b1a81461022257806340c10f19146102355780634bf5d7e91461024a575f5ffd5b806306fdde03146101a5578063095ea7b3146101c357806318160ddd146101e657806323b872dd146101f8578063313ce5671461020b5780633644e5151461021a575b5f5ffd5b6101ad610471565b6040516101ba9190611988565b60405180910390f35b6101d66101d13660046119b5565b610501565b60405190151581526020016101ba565b6002545b6040519081526020016101ba565b6101d66102063660046119dd565b61051a565b604051601281526020016101ba565b6101ea61053d565b6101ea6102303660046119b5565b61054b565b6102486102433660046119b5565b610585565b005b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b60208201526101ad565b61029f610282366004611a17565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b0390911681526020016101ba565b6102486102c5366004611a17565b61059b565b6102dd6102d8366004611a17565b6105a6565b60405163ffffffff90911681526020016101ba565b6101ea610300366004611a17565b6001600160a01b03165f9081526020819052604090205490565b6102486105b0565b6101ea610330366004611a17565b6105c3565b61033d6105cd565b6040516101ba9796959493929190611a30565b600b546001600160a01b031661029f565b6101ea61036f366004611ac6565b61060f565b61037c610633565b60405165ffffffffffff90911681526020016101ba565b6101ad61063c565b6101ea6103a9366004611a17565b61064b565b6101d66103bc3660046119b5565b61066b565b6102486103cf366004611aed565b610678565b6102486103e2366004611b41565b610739565b6101ea6103f5366004611ba7565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61043261042d366004611bd8565b61086f565b60408051825165ffffffffffff1681526020928301516001600160d01b031692810192909252016101ba565b61024861046c366004611a17565b610893565b60606003805461048090611c15565b80601f01602080910402602001604051908101604052809291908181526020018280546104ac90611c15565b80156104f75780601f106104ce576101008083540402835291602001916104f7565b820191905f5260205f20905b8154815290600101906020018083116104da57829003601f168201915b5050505050905090565b5f3361050e8185856108d0565b60019150505b92915050565b5f336105278582856108e2565b61053285858561095e565b506001949350505050565b5f6105466109bb565b905090565b5f61057561055883610ae4565b6001600160a01b0385165f90815260096020526040902090610b32565b6001600160d01b03169392505050565b61058d610be2565b6105978282610c0f565b5050565b336105978183610c43565b5f61051482610cb4565b6105b8610be2565b6105c15f610cd5565b565b5f61051482610d26565b5f6060805f5f5f60606105de610d43565b6105e6610d6e565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61062461061c83610ae4565b600a90610b32565b6001600160d01b031692915050565b5f610546610d99565b60606004805461048090611c15565b6001600160a01b0381165f90815260096020526040812061062490610da3565b5f3361050e81858561095e565b834211156106a157604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f9061071a906107129060a00160405160208183030381529060405280519060200120610dda565b858585610e06565b90506107268187610e32565b6107308188610c43565b50505050505050565b8342111561075d5760405163313c898160e11b815260048101859052602401610698565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107a88c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61080282610dda565b90505f61081182878787610e06565b9050896001600160a01b0316816001600160a01b031614610858576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610698565b6108638a8a8a6108d0565b50505050505050505050565b604080518082019091525f808252602082015261088c8383610e84565b9392505050565b61089b610be2565b6001600160a01b0381166108c457604051631e4fbdf760e01b81525f6004820152602401610698565b6108cd81610cd5565b50565b6108dd8383836001610eb8565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610958578181101561094a57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610698565b61095884848484035f610eb8565b50505050565b6001600160a01b03831661098757604051634b637e8f60e11b81525f6004820152602401610698565b6001600160a01b0382166109b05760405163ec442f0560e01b81525f6004820152602401610698565b6108dd838383610f8a565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a1357507f000000000000000000000000000000000000000000000000000000000000000046145b15610a3d57507f000000000000000000000000000000000000000000000000000000000000000090565b610546604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f610aee610633565b90508065ffffffffffff168310610b2957604051637669fc0f60e11b81526004810184905265ffffffffffff82166024820152604401610698565b61088c83610f95565b81545f9081816005811115610b8e575f610b4b84610fcb565b610b559085611c61565b5f8881526020902090915081015465ffffffffffff9081169087161015610b7e57809150610b8c565b610b89816001611c74565b92505b505b5f610b9b87878585611123565b90508015610bd557610bbf87610bb2600184611c61565b5f91825260209091200190565b54600160301b90046001600160d01b0316610bd7565b5f5b979650505050505050565b600b546001600160a01b031633146105c15760405163118cdaa760e01b8152336004820152602401610698565b6001600160a01b038216610c385760405163ec442f0560e01b81525f6004820152602401610698565b6105975f8383610f8a565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46108dd8183610caf86611179565b611196565b6001600160a01b0381165f90815260096020526040812054610514906112ff565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381165f90815260076020526040812054610514565b60606105467f000000000000000000000000000000000000000000000000000000000000000061132f565b60606105467f000000000000000000000000000000000000000000000000000000000000000061132f565b5f61054642610f95565b80545f908015610dd257610dbc83610bb2600184611c61565b54600160301b90046001600160d01b031661088c565b5f9392505050565b5f610514610de66109bb565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610e168888888861136c565b925092509250610e268282611434565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146108dd576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610698565b604080518082019091525f80825260208201526001600160a01b0383165f90815260096020526040902061088c90836114ec565b6001600160a01b038416610ee15760405163e602df0560e01b81525f6004820152602401610698565b6001600160a01b038316610f0a57604051634a1406b160e11b81525f6004820152602401610698565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561095857826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610f7c91815260200190565b60405180910390a350505050565b6108dd838383611559565b5f65ffffffffffff821115610fc7576040516306dfcc6560e41b81526030600482015260248101839052604401610698565b5090565b5f60018211610fd8575090565b816001600160801b8210610ff15760809190911c9060401b5b68010000000000000000821061100c5760409190911c9060201b5b64010000000082106110235760209190911c9060101b5b6201000082106110385760109190911c9060081b5b610100821061104c5760089190911c9060041b5b6010821061105f5760049190911c9060021b5b6004821061106b5760011b5b600302600190811c9081858161108357611083611c87565b048201901c9050600181858161109b5761109b611c87565b048201901c905060018185816110b3576110b3611c87565b048201901c905060018185816110cb576110cb611c87565b048201901c905060018185816110e3576110e3611c87565b048201901c905060018185816110fb576110fb611c87565b048201901c905061111a81858161111457611114611c87565b04821190565b90039392505050565b5f5b81831015611171575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561115d5780925061116b565b611168816001611c74565b93505b50611125565b509392505050565b6001600160a01b0381165f90815260208190526040812054610514565b816001600160a01b0316836001600160a01b0316141580156111b757505f81115b156108dd576001600160a01b0383161561125e576001600160a01b0383165f90815260096020526040812081906111f9906115bf6111f4866115ca565b6115fd565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611253929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156108dd576001600160a01b0382165f9081526009602052604081208190611296906116356111f4866115ca565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516112f0929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610fc7576040516306dfcc6560e41b81526020600482015260248101839052604401610698565b60605f61133b83611640565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156113a557505f9150600390508261142a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156113f6573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661142157505f92506001915082905061142a565b92505f91508190505b9450945094915050565b5f82600381111561144757611447611c9b565b03611450575050565b600182600381111561146457611464611c9b565b036114825760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561149657611496611c9b565b036114b75760405163fce698f760e01b815260048101829052602401610698565b60038260038111156114cb576114cb611c9b565b03610597576040516335e2f38360e21b815260048101829052602401610698565b604080518082019091525f8082526020820152825f018263ffffffff168154811061151957611519611caf565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b611564838383611667565b6001600160a01b0383166115b4575f61157c60025490565b90506001600160d01b03808211156115b157604051630e58ae9360e11b81526004810183905260248101829052604401610698565b50505b6108dd83838361178d565b5f61088c8284611cc3565b5f6001600160d01b03821115610fc7576040516306dfcc6560e41b815260d0600482015260248101839052604401610698565b5f5f61162861160a610633565b61162061161688610da3565b868863ffffffff16565b879190611802565b915091505b935093915050565b5f61088c8284611ce2565b5f60ff8216601f81111561051457604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038316611691578060025f8282546116869190611c74565b909155506117019050565b6001600160a01b0383165f90815260208190526040902054818110156116e35760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610698565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661171d5760028054829003905561173b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161178091815260200190565b60405180910390a3505050565b6001600160a01b0383166117af576117ac600a6116356111f4846115ca565b50505b6001600160a01b0382166117d1576117ce600a6115bf6111f4846115ca565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546108dd92918216911683611196565b5f8061162885858582545f9081908015611900575f61182687610bb2600185611c61565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561186957604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036118a257825465ffffffffffff16600160301b6001600160d01b038916021783556118f2565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061162d92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161162d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61088c602083018461195a565b80356001600160a01b03811681146119b0575f5ffd5b919050565b5f5f604083850312156119c6575f5ffd5b6119cf8361199a565b946020939093013593505050565b5f5f5f606084860312156119ef575f5ffd5b6119f88461199a565b9250611a066020850161199a565b929592945050506040919091013590565b5f60208284031215611a27575f5ffd5b61088c8261199a565b60ff60f81b8816815260e060208201525f611a4e60e083018961195a565b8281036040840152611a60818961195a565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611ab5578351835260209384019390920191600101611a97565b50909b9a5050505050505050505050565b5f60208284031215611ad6575f5ffd5b5035919050565b803560ff811681146119b0575f5ffd5b5f5f5f5f5f5f60c08789031215611b02575f5ffd5b611b0b8761199a565b95506020870135945060408701359350611b2760608801611add565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a031215611b57575f5ffd5b611b608861199a565b9650611b6e6020890161199a565b95506040880135945060608801359350611b8a60808901611add565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611bb8575f5ffd5b611bc18361199a565b9150611bcf6020840161199a565b90509250929050565b5f5f60408385031215611be9575f5ffd5b611bf28361199a565b9150602083013563ffffffff81168114611c0a575f5ffd5b809150509250929050565b600181811c90821680611c2957607f821691505b602082108103611c4757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561051457610514611c4d565b8082018082111561051457610514611c4d565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6001600160d01b03828116828216039081111561051457610514611c4d565b6001600160d01b03818116838216019081111561051457610514611c4d56fea26469706673582212207d11a901c3db33cb97e1fa536b0306d5e55400f63f069c9b102bf38415e23f5b64736f6c63430008250033",
}

// GovTokenTimestamp is an auto generated Go binding around an Ethereum contract.
type GovTokenTimestamp struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GovTokenTimestamp) GetABI() abi.ABI {
	return c.abi
}

// NewGovTokenTimestamp creates a new instance of GovTokenTimestamp.
func NewGovTokenTimestamp() *GovTokenTimestamp {
	parsed, err := GovTokenTimestampMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GovTokenTimestamp{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GovTokenTimestamp) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_) returns()
func (govTokenTimestamp *GovTokenTimestamp) PackConstructor(name_ string, symbol_ string) []byte {
	enc, err := govTokenTimestamp.abi.Pack("", name_, symbol_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (govTokenTimestamp *GovTokenTimestamp) PackCLOCKMODE() []byte {
	enc, err := govTokenTimestamp.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (govTokenTimestamp *GovTokenTimestamp) TryPackCLOCKMODE() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (govTokenTimestamp *GovTokenTimestamp) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := govTokenTimestamp.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (govTokenTimestamp *GovTokenTimestamp) PackDOMAINSEPARATOR() []byte {
	enc, err := govTokenTimestamp.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (govTokenTimestamp *GovTokenTimestamp) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (govTokenTimestamp *GovTokenTimestamp) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := govTokenTimestamp.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := govTokenTimestamp.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) UnpackApprove(data []byte) (bool, error) {
	out, err := govTokenTimestamp.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) PackBalanceOf(account common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (govTokenTimestamp *GovTokenTimestamp) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := govTokenTimestamp.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (govTokenTimestamp *GovTokenTimestamp) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (govTokenTimestamp *GovTokenTimestamp) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := govTokenTimestamp.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (govTokenTimestamp *GovTokenTimestamp) PackClock() []byte {
	enc, err := govTokenTimestamp.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (govTokenTimestamp *GovTokenTimestamp) TryPackClock() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (govTokenTimestamp *GovTokenTimestamp) UnpackClock(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (govTokenTimestamp *GovTokenTimestamp) PackDecimals() []byte {
	enc, err := govTokenTimestamp.abi.Pack("decimals")
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
func (govTokenTimestamp *GovTokenTimestamp) TryPackDecimals() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (govTokenTimestamp *GovTokenTimestamp) UnpackDecimals(data []byte) (uint8, error) {
	out, err := govTokenTimestamp.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (govTokenTimestamp *GovTokenTimestamp) PackDelegate(delegatee common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (govTokenTimestamp *GovTokenTimestamp) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (govTokenTimestamp *GovTokenTimestamp) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := govTokenTimestamp.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (govTokenTimestamp *GovTokenTimestamp) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (govTokenTimestamp *GovTokenTimestamp) PackDelegates(account common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (govTokenTimestamp *GovTokenTimestamp) TryPackDelegates(account common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (govTokenTimestamp *GovTokenTimestamp) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := govTokenTimestamp.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTimestampTokenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (govTokenTimestamp *GovTokenTimestamp) PackTimestampTokenEip712Domain() []byte {
	enc, err := govTokenTimestamp.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimestampTokenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (govTokenTimestamp *GovTokenTimestamp) TryPackTimestampTokenEip712Domain() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("eip712Domain")
}

// TimestampTokenEip712DomainOutput serves as a container for the return parameters of contract
// method TimestampTokenEip712Domain.
type TimestampTokenEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackTimestampTokenEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (govTokenTimestamp *GovTokenTimestamp) UnpackTimestampTokenEip712Domain(data []byte) (TimestampTokenEip712DomainOutput, error) {
	out, err := govTokenTimestamp.abi.Unpack("eip712Domain", data)
	outstruct := new(TimestampTokenEip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := govTokenTimestamp.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := govTokenTimestamp.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) PackGetVotes(account common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) TryPackGetVotes(account common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (govTokenTimestamp *GovTokenTimestamp) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := govTokenTimestamp.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (govTokenTimestamp *GovTokenTimestamp) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (govTokenTimestamp *GovTokenTimestamp) PackName() []byte {
	enc, err := govTokenTimestamp.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (govTokenTimestamp *GovTokenTimestamp) TryPackName() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (govTokenTimestamp *GovTokenTimestamp) UnpackName(data []byte) (string, error) {
	out, err := govTokenTimestamp.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) PackNonces(owner common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) TryPackNonces(owner common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (govTokenTimestamp *GovTokenTimestamp) PackNumCheckpoints(account common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (govTokenTimestamp *GovTokenTimestamp) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (govTokenTimestamp *GovTokenTimestamp) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := govTokenTimestamp.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (govTokenTimestamp *GovTokenTimestamp) PackOwner() []byte {
	enc, err := govTokenTimestamp.abi.Pack("owner")
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
func (govTokenTimestamp *GovTokenTimestamp) TryPackOwner() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (govTokenTimestamp *GovTokenTimestamp) UnpackOwner(data []byte) (common.Address, error) {
	out, err := govTokenTimestamp.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (govTokenTimestamp *GovTokenTimestamp) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := govTokenTimestamp.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (govTokenTimestamp *GovTokenTimestamp) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (govTokenTimestamp *GovTokenTimestamp) PackRenounceOwnership() []byte {
	enc, err := govTokenTimestamp.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (govTokenTimestamp *GovTokenTimestamp) TryPackRenounceOwnership() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (govTokenTimestamp *GovTokenTimestamp) PackSymbol() []byte {
	enc, err := govTokenTimestamp.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (govTokenTimestamp *GovTokenTimestamp) TryPackSymbol() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (govTokenTimestamp *GovTokenTimestamp) UnpackSymbol(data []byte) (string, error) {
	out, err := govTokenTimestamp.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) PackTotalSupply() []byte {
	enc, err := govTokenTimestamp.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) TryPackTotalSupply() ([]byte, error) {
	return govTokenTimestamp.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (govTokenTimestamp *GovTokenTimestamp) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := govTokenTimestamp.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := govTokenTimestamp.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) UnpackTransfer(data []byte) (bool, error) {
	out, err := govTokenTimestamp.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := govTokenTimestamp.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (govTokenTimestamp *GovTokenTimestamp) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := govTokenTimestamp.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (govTokenTimestamp *GovTokenTimestamp) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := govTokenTimestamp.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (govTokenTimestamp *GovTokenTimestamp) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return govTokenTimestamp.abi.Pack("transferOwnership", newOwner)
}

// GovTokenTimestampApproval represents a Approval event raised by the GovTokenTimestamp contract.
type GovTokenTimestampApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GovTokenTimestampApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (GovTokenTimestampApproval) ContractEventName() string {
	return GovTokenTimestampApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (govTokenTimestamp *GovTokenTimestamp) UnpackApprovalEvent(log *types.Log) (*GovTokenTimestampApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != govTokenTimestamp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovTokenTimestampApproval)
	if len(log.Data) > 0 {
		if err := govTokenTimestamp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range govTokenTimestamp.abi.Events[event].Inputs {
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

// GovTokenTimestampDelegateChanged represents a DelegateChanged event raised by the GovTokenTimestamp contract.
type GovTokenTimestampDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const GovTokenTimestampDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (GovTokenTimestampDelegateChanged) ContractEventName() string {
	return GovTokenTimestampDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (govTokenTimestamp *GovTokenTimestamp) UnpackDelegateChangedEvent(log *types.Log) (*GovTokenTimestampDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != govTokenTimestamp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovTokenTimestampDelegateChanged)
	if len(log.Data) > 0 {
		if err := govTokenTimestamp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range govTokenTimestamp.abi.Events[event].Inputs {
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

// GovTokenTimestampDelegateVotesChanged represents a DelegateVotesChanged event raised by the GovTokenTimestamp contract.
type GovTokenTimestampDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const GovTokenTimestampDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (GovTokenTimestampDelegateVotesChanged) ContractEventName() string {
	return GovTokenTimestampDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (govTokenTimestamp *GovTokenTimestamp) UnpackDelegateVotesChangedEvent(log *types.Log) (*GovTokenTimestampDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != govTokenTimestamp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovTokenTimestampDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := govTokenTimestamp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range govTokenTimestamp.abi.Events[event].Inputs {
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

// GovTokenTimestampEIP712DomainChanged represents a EIP712DomainChanged event raised by the GovTokenTimestamp contract.
type GovTokenTimestampEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const GovTokenTimestampEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (GovTokenTimestampEIP712DomainChanged) ContractEventName() string {
	return GovTokenTimestampEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (govTokenTimestamp *GovTokenTimestamp) UnpackEIP712DomainChangedEvent(log *types.Log) (*GovTokenTimestampEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != govTokenTimestamp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovTokenTimestampEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := govTokenTimestamp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range govTokenTimestamp.abi.Events[event].Inputs {
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

// GovTokenTimestampOwnershipTransferred represents a OwnershipTransferred event raised by the GovTokenTimestamp contract.
type GovTokenTimestampOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const GovTokenTimestampOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (GovTokenTimestampOwnershipTransferred) ContractEventName() string {
	return GovTokenTimestampOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (govTokenTimestamp *GovTokenTimestamp) UnpackOwnershipTransferredEvent(log *types.Log) (*GovTokenTimestampOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != govTokenTimestamp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovTokenTimestampOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := govTokenTimestamp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range govTokenTimestamp.abi.Events[event].Inputs {
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

// GovTokenTimestampTransfer represents a Transfer event raised by the GovTokenTimestamp contract.
type GovTokenTimestampTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GovTokenTimestampTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (GovTokenTimestampTransfer) ContractEventName() string {
	return GovTokenTimestampTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (govTokenTimestamp *GovTokenTimestamp) UnpackTransferEvent(log *types.Log) (*GovTokenTimestampTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != govTokenTimestamp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovTokenTimestampTransfer)
	if len(log.Data) > 0 {
		if err := govTokenTimestamp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range govTokenTimestamp.abi.Events[event].Inputs {
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
func (govTokenTimestamp *GovTokenTimestamp) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], govTokenTimestamp.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return govTokenTimestamp.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GovTokenTimestampCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the GovTokenTimestamp contract.
type GovTokenTimestampCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func GovTokenTimestampCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (govTokenTimestamp *GovTokenTimestamp) UnpackCheckpointUnorderedInsertionError(raw []byte) (*GovTokenTimestampCheckpointUnorderedInsertion, error) {
	out := new(GovTokenTimestampCheckpointUnorderedInsertion)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the GovTokenTimestamp contract.
type GovTokenTimestampECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func GovTokenTimestampECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (govTokenTimestamp *GovTokenTimestamp) UnpackECDSAInvalidSignatureError(raw []byte) (*GovTokenTimestampECDSAInvalidSignature, error) {
	out := new(GovTokenTimestampECDSAInvalidSignature)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the GovTokenTimestamp contract.
type GovTokenTimestampECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func GovTokenTimestampECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (govTokenTimestamp *GovTokenTimestamp) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*GovTokenTimestampECDSAInvalidSignatureLength, error) {
	out := new(GovTokenTimestampECDSAInvalidSignatureLength)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the GovTokenTimestamp contract.
type GovTokenTimestampECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func GovTokenTimestampECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (govTokenTimestamp *GovTokenTimestamp) UnpackECDSAInvalidSignatureSError(raw []byte) (*GovTokenTimestampECDSAInvalidSignatureS, error) {
	out := new(GovTokenTimestampECDSAInvalidSignatureS)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func GovTokenTimestampERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC20ExceededSafeSupplyError(raw []byte) (*GovTokenTimestampERC20ExceededSafeSupply, error) {
	out := new(GovTokenTimestampERC20ExceededSafeSupply)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func GovTokenTimestampERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC20InsufficientAllowanceError(raw []byte) (*GovTokenTimestampERC20InsufficientAllowance, error) {
	out := new(GovTokenTimestampERC20InsufficientAllowance)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func GovTokenTimestampERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC20InsufficientBalanceError(raw []byte) (*GovTokenTimestampERC20InsufficientBalance, error) {
	out := new(GovTokenTimestampERC20InsufficientBalance)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC20InvalidApprover represents a ERC20InvalidApprover error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func GovTokenTimestampERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC20InvalidApproverError(raw []byte) (*GovTokenTimestampERC20InvalidApprover, error) {
	out := new(GovTokenTimestampERC20InvalidApprover)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func GovTokenTimestampERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC20InvalidReceiverError(raw []byte) (*GovTokenTimestampERC20InvalidReceiver, error) {
	out := new(GovTokenTimestampERC20InvalidReceiver)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC20InvalidSender represents a ERC20InvalidSender error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func GovTokenTimestampERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC20InvalidSenderError(raw []byte) (*GovTokenTimestampERC20InvalidSender, error) {
	out := new(GovTokenTimestampERC20InvalidSender)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC20InvalidSpender represents a ERC20InvalidSpender error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func GovTokenTimestampERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC20InvalidSpenderError(raw []byte) (*GovTokenTimestampERC20InvalidSpender, error) {
	out := new(GovTokenTimestampERC20InvalidSpender)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func GovTokenTimestampERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC2612ExpiredSignatureError(raw []byte) (*GovTokenTimestampERC2612ExpiredSignature, error) {
	out := new(GovTokenTimestampERC2612ExpiredSignature)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func GovTokenTimestampERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC2612InvalidSignerError(raw []byte) (*GovTokenTimestampERC2612InvalidSigner, error) {
	out := new(GovTokenTimestampERC2612InvalidSigner)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampERC5805FutureLookup represents a ERC5805FutureLookup error raised by the GovTokenTimestamp contract.
type GovTokenTimestampERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func GovTokenTimestampERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (govTokenTimestamp *GovTokenTimestamp) UnpackERC5805FutureLookupError(raw []byte) (*GovTokenTimestampERC5805FutureLookup, error) {
	out := new(GovTokenTimestampERC5805FutureLookup)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampInvalidAccountNonce represents a InvalidAccountNonce error raised by the GovTokenTimestamp contract.
type GovTokenTimestampInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func GovTokenTimestampInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (govTokenTimestamp *GovTokenTimestamp) UnpackInvalidAccountNonceError(raw []byte) (*GovTokenTimestampInvalidAccountNonce, error) {
	out := new(GovTokenTimestampInvalidAccountNonce)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampInvalidShortString represents a InvalidShortString error raised by the GovTokenTimestamp contract.
type GovTokenTimestampInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func GovTokenTimestampInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (govTokenTimestamp *GovTokenTimestamp) UnpackInvalidShortStringError(raw []byte) (*GovTokenTimestampInvalidShortString, error) {
	out := new(GovTokenTimestampInvalidShortString)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the GovTokenTimestamp contract.
type GovTokenTimestampOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func GovTokenTimestampOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (govTokenTimestamp *GovTokenTimestamp) UnpackOwnableInvalidOwnerError(raw []byte) (*GovTokenTimestampOwnableInvalidOwner, error) {
	out := new(GovTokenTimestampOwnableInvalidOwner)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the GovTokenTimestamp contract.
type GovTokenTimestampOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func GovTokenTimestampOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (govTokenTimestamp *GovTokenTimestamp) UnpackOwnableUnauthorizedAccountError(raw []byte) (*GovTokenTimestampOwnableUnauthorizedAccount, error) {
	out := new(GovTokenTimestampOwnableUnauthorizedAccount)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the GovTokenTimestamp contract.
type GovTokenTimestampSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func GovTokenTimestampSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (govTokenTimestamp *GovTokenTimestamp) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*GovTokenTimestampSafeCastOverflowedUintDowncast, error) {
	out := new(GovTokenTimestampSafeCastOverflowedUintDowncast)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampStringTooLong represents a StringTooLong error raised by the GovTokenTimestamp contract.
type GovTokenTimestampStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func GovTokenTimestampStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (govTokenTimestamp *GovTokenTimestamp) UnpackStringTooLongError(raw []byte) (*GovTokenTimestampStringTooLong, error) {
	out := new(GovTokenTimestampStringTooLong)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovTokenTimestampVotesExpiredSignature represents a VotesExpiredSignature error raised by the GovTokenTimestamp contract.
type GovTokenTimestampVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func GovTokenTimestampVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (govTokenTimestamp *GovTokenTimestamp) UnpackVotesExpiredSignatureError(raw []byte) (*GovTokenTimestampVotesExpiredSignature, error) {
	out := new(GovTokenTimestampVotesExpiredSignature)
	if err := govTokenTimestamp.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}
