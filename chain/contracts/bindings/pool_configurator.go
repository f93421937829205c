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

// ConfiguratorInputTypesInitReserveInput is an auto generated low-level Go binding around an user-defined struct.
type ConfiguratorInputTypesInitReserveInput struct {
	ATokenImpl                  common.Address
	StableDebtTokenImpl         common.Address
	VariableDebtTokenImpl       common.Address
	UnderlyingAssetDecimals     uint8
	InterestRateStrategyAddress common.Address
	UnderlyingAsset             common.Address
	Treasury                    common.Address
	IncentivesController        common.Address
	ATokenName                  string
	ATokenSymbol                string
	VariableDebtTokenName       string
	VariableDebtTokenSymbol     string
	StableDebtTokenName         string
	StableDebtTokenSymbol       string
	Params                      []byte
}

// ConfiguratorInputTypesUpdateATokenInput is an auto generated low-level Go binding around an user-defined struct.
type ConfiguratorInputTypesUpdateATokenInput struct {
	Asset                common.Address
	Treasury             common.Address
	IncentivesController common.Address
	Name                 string
	Symbol               string
	Implementation       common.Address
	Params               []byte
}

// ConfiguratorInputTypesUpdateDebtTokenInput is an auto generated low-level Go binding around an user-defined struct.
type ConfiguratorInputTypesUpdateDebtTokenInput struct {
	Asset                common.Address
	IncentivesController common.Address
	Name                 string
	Symbol               string
	Implementation       common.Address
	Params               []byte
}

// PoolConfiguratorMetaData contains all meta data concerning the PoolConfigurator contract.
var PoolConfiguratorMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxy\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ATokenUpgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldBorrowCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBorrowCap\",\"type\":\"uint256\"}],\"name\":\"BorrowCapChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"borrowable\",\"type\":\"bool\"}],\"name\":\"BorrowableInIsolationChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldBridgeProtocolFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBridgeProtocolFee\",\"type\":\"uint256\"}],\"name\":\"BridgeProtocolFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationBonus\",\"type\":\"uint256\"}],\"name\":\"CollateralConfigurationChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDebtCeiling\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDebtCeiling\",\"type\":\"uint256\"}],\"name\":\"DebtCeilingChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"oldCategoryId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newCategoryId\",\"type\":\"uint8\"}],\"name\":\"EModeAssetCategoryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationBonus\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"EModeCategoryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"oldFlashloanPremiumToProtocol\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumToProtocol\",\"type\":\"uint128\"}],\"name\":\"FlashloanPremiumToProtocolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"oldFlashloanPremiumTotal\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumTotal\",\"type\":\"uint128\"}],\"name\":\"FlashloanPremiumTotalUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"LiquidationProtocolFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ReserveActive\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ReserveBorrowing\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ReserveDropped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldReserveFactor\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newReserveFactor\",\"type\":\"uint256\"}],\"name\":\"ReserveFactorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ReserveFlashLoaning\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"ReserveFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"aToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"stableDebtToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"variableDebtToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"}],\"name\":\"ReserveInitialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldStrategy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newStrategy\",\"type\":\"address\"}],\"name\":\"ReserveInterestRateStrategyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"ReservePaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ReserveStableRateBorrowing\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"oldState\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"newState\",\"type\":\"bool\"}],\"name\":\"SiloedBorrowingChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxy\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"StableDebtTokenUpgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldSupplyCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newSupplyCap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldUnbackedMintCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newUnbackedMintCap\",\"type\":\"uint256\"}],\"name\":\"UnbackedMintCapChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxy\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"VariableDebtTokenUpgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONFIGURATOR_REVISION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidationThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidationBonus\",\"type\":\"uint256\"}],\"name\":\"configureReserveAsCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"dropReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"aTokenImpl\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stableDebtTokenImpl\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"variableDebtTokenImpl\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"underlyingAssetDecimals\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"underlyingAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"aTokenName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"aTokenSymbol\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"variableDebtTokenName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"variableDebtTokenSymbol\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"stableDebtTokenName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"stableDebtTokenSymbol\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.InitReserveInput[]\",\"name\":\"input\",\"type\":\"tuple[]\"}],\"name\":\"initReserves\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"newCategoryId\",\"type\":\"uint8\"}],\"name\":\"setAssetEModeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newBorrowCap\",\"type\":\"uint256\"}],\"name\":\"setBorrowCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"borrowable\",\"type\":\"bool\"}],\"name\":\"setBorrowableInIsolation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newDebtCeiling\",\"type\":\"uint256\"}],\"name\":\"setDebtCeiling\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"ltv\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationBonus\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"setEModeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"setLiquidationProtocolFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"setPoolPause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setReserveActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setReserveBorrowing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newReserveFactor\",\"type\":\"uint256\"}],\"name\":\"setReserveFactor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setReserveFlashLoaning\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"freeze\",\"type\":\"bool\"}],\"name\":\"setReserveFreeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newRateStrategyAddress\",\"type\":\"address\"}],\"name\":\"setReserveInterestRateStrategyAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"setReservePause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setReserveStableRateBorrowing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"newSiloed\",\"type\":\"bool\"}],\"name\":\"setSiloedBorrowing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newSupplyCap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newUnbackedMintCap\",\"type\":\"uint256\"}],\"name\":\"setUnbackedMintCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.UpdateATokenInput\",\"name\":\"input\",\"type\":\"tuple\"}],\"name\":\"updateAToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newBridgeProtocolFee\",\"type\":\"uint256\"}],\"name\":\"updateBridgeProtocolFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumToProtocol\",\"type\":\"uint128\"}],\"name\":\"updateFlashloanPremiumToProtocol\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumTotal\",\"type\":\"uint128\"}],\"name\":\"updateFlashloanPremiumTotal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.UpdateDebtTokenInput\",\"name\":\"input\",\"type\":\"tuple\"}],\"name\":\"updateStableDebtToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.UpdateDebtTokenInput\",\"name\":\"input\",\"type\":\"tuple\"}],\"name\":\"updateVariableDebtToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PoolConfigurator",
	Bin: "0x60806040526000805534801561001457600080fd5b50615ecb80620000256000396000f3fe608060405234801561001057600080fd5b50600436106101cf5760003560e01c80637af635a611610104578063aeb4fcc1116100a2578063c4d66de811610071578063c4d66de8146103b8578063d14a0983146103cb578063d4fe3f99146103de578063f213ef0e146103f157600080fd5b8063aeb4fcc11461036c578063b736aaeb1461037f578063bb01c37c14610392578063c19d61e4146103a557600080fd5b80638a751a60116100de5780638a751a601461032057806396e957c414610333578063a7fa83b714610346578063ad4e64321461035957600080fd5b80637af635a6146102e05780637c4e560b146102fa5780638a4936761461030d57600080fd5b806348d9fba91161017157806363c9b8601161014b57806363c9b86014610294578063682cf264146102a75780637626cde3146102ba5780637641f3d9146102cd57600080fd5b806348d9fba91461025b5780634b4e67531461026e578063571f03e51461028157600080fd5b80631df970bd116101ad5780631df970bd1461020f57806326d2cec2146102225780633036b4391461023557806338ae0cc31461024857600080fd5b806302fb45e6146101d4578063145f5892146101e95780631d2118f9146101fc575b600080fd5b6101e76101e2366004614dc3565b610404565b005b6101e76101f7366004614e6d565b6104d5565b6101e761020a366004614e99565b61066f565b6101e761021d366004614ef0565b6107f4565b6101e7610230366004614e6d565b610a90565b6101e7610243366004614f14565b610c8f565b6101e7610256366004614f3b565b610e59565b6101e7610269366004614f3b565b610fe4565b6101e761027c366004614e6d565b611170565b6101e761028f366004614e6d565b61136f565b6101e76102a2366004614f69565b6114ff565b6101e76102b5366004614f3b565b6115d0565b6101e76102c8366004614f86565b6117cf565b6101e76102db366004614fc1565b611874565b6102e8600181565b60405190815260200160405180910390f35b6101e7610308366004614fde565b6119c6565b6101e761031b366004614ef0565b611d50565b6101e761032e366004614f3b565b611fdb565b6101e7610341366004614f3b565b6121de565b6101e7610354366004614f3b565b61235d565b6101e7610367366004614f86565b61250a565b6101e761037a366004614e6d565b61257c565b6101e761038d366004614f3b565b6127a9565b6101e76103a0366004615019565b612936565b6101e76103b3366004615075565b6129a8565b6101e76103c6366004614f69565b61301c565b6101e76103d9366004614e6d565b613235565b6101e76103ec366004615143565b6133c5565b6101e76103ff366004614f3b565b6136a4565b61040c613823565b60355473ffffffffffffffffffffffffffffffffffffffff1660005b828110156104cf5773__$3ddc574512022f331a6a4c7e4bbb5c67b6$__63df59b8b28386868581811061045d5761045d615178565b905060200281019061046f91906151a7565b6040518363ffffffff1660e01b815260040161048c929190615299565b60006040518083038186803b1580156104a457600080fd5b505af41580156104b8573d6000803e3d6000fd5b5050505080806104c790615548565b915050610428565b50505050565b6104dd613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa15801561054e573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061057291906156b5565b805190915060b01c640fffffffff1661058b8284613c75565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b1580156105ff57600080fd5b505af1158015610613573d6000803e3d6000fd5b5050604080518481526020810187905273ffffffffffffffffffffffffffffffffffffffff881693507f09808b1fc5abde94edf02fdde393bea0d2e4795999ba31695472848638b5c29f9250015b60405180910390a250505050565b610677613a4e565b6035546040517f35ea6a7500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff848116600483015260009216906335ea6a75906024016101e060405180830381865afa1580156106e9573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061070d9190615707565b6101608101516035546040517f1d2118f900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152868116602483015293945091921690631d2118f990604401600060405180830381600087803b15801561078b57600080fd5b505af115801561079f573d6000803e3d6000fd5b50506040805173ffffffffffffffffffffffffffffffffffffffff85811682528781166020830152881693507fdb8dada53709ce4988154324196790c2e4a60c377e1256790946f83b87db3c33925001610661565b6107fc613d19565b60408051808201909152600281527f313900000000000000000000000000000000000000000000000000000000000060208201526127106fffffffffffffffffffffffffffffffff83161115610888576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b60405180910390fd5b50603554604080517f6a99c036000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff1691636a99c0369160048083019260209291908290030181865afa1580156108f9573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061091d91906158b3565b603554604080517f074b2e43000000000000000000000000000000000000000000000000000000008152905192935073ffffffffffffffffffffffffffffffffffffffff9091169163bcb6e52291839163074b2e43916004808201926020929091908290030181865afa158015610998573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906109bc91906158b3565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526fffffffffffffffffffffffffffffffff91821660048201529085166024820152604401600060405180830381600087803b158015610a2657600080fd5b505af1158015610a3a573d6000803e3d6000fd5b5050604080516fffffffffffffffffffffffffffffffff8086168252861660208201527fe7e0c75e1fc2d0bd83dc85d59f085b3e763107c392fb368e85572b292f1f557693500190505b60405180910390a15050565b610a98613a4e565b60408051808201909152600281527f37300000000000000000000000000000000000000000000000000000000000006020820152612710821115610b09576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b506035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa158015610b7b573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610b9f91906156b5565b805190915060981c61ffff16610bb58284613eac565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b158015610c2957600080fd5b505af1158015610c3d573d6000803e3d6000fd5b5050604080518481526020810187905273ffffffffffffffffffffffffffffffffffffffff881693507fb5b0a963825337808b6e3154de8e98027595a5cad4219bb3a9bc55b192f4b391925001610661565b610c97613d19565b60408051808201909152600281527f32320000000000000000000000000000000000000000000000000000000000006020820152612710821115610d08576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50603554604080517f272d9072000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163272d90729160048083019260209291908290030181865afa158015610d79573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610d9d91906158d0565b6035546040517f3036b4390000000000000000000000000000000000000000000000000000000081526004810185905291925073ffffffffffffffffffffffffffffffffffffffff1690633036b43990602401600060405180830381600087803b158015610e0a57600080fd5b505af1158015610e1e573d6000803e3d6000fd5b505060408051848152602081018690527f30b17cb587a89089d003457c432f73e22aeee93de425e92224ba01080260ecd99350019050610a84565b610e61613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa158015610ed2573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610ef691906156b5565b9050610f028183613f4d565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b158015610f7657600080fd5b505af1158015610f8a573d6000803e3d6000fd5b50506040805173ffffffffffffffffffffffffffffffffffffffff8716815285151560208201527f74adf6aaf58c08bc4f993640385e136522375ea3d1589a10d02adbb906c67d1c935001905060405180910390a1505050565b610fec613f92565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa15801561105d573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061108191906156b5565b905061108d81836141b9565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b15801561110157600080fd5b505af1158015611115573d6000803e3d6000fd5b505050508273ffffffffffffffffffffffffffffffffffffffff167fe188d542a5f11925d3a3af33703cdd30a43cb3e8066a3cf68b1b57f61a5a94b583604051611163911515815260200190565b60405180910390a2505050565b611178613a4e565b60408051808201909152600281527f363700000000000000000000000000000000000000000000000000000000000060208201526127108211156111e9576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b506035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa15801561125b573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061127f91906156b5565b805190915060401c61ffff1661129582846141fe565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b15801561130957600080fd5b505af115801561131d573d6000803e3d6000fd5b5050604080518481526020810187905273ffffffffffffffffffffffffffffffffffffffff881693507fb46e2b82b0c2cf3d7d9dece53635e165c53e0eaa7a44f904d61a2b7174826aef925001610661565b611377613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa1580156113e8573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061140c91906156b5565b805190915060741c640fffffffff16611425828461429f565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b15801561149957600080fd5b505af11580156114ad573d6000803e3d6000fd5b5050604080518481526020810187905273ffffffffffffffffffffffffffffffffffffffff881693507f0263602682188540a2d633561c0b4453b7d8566285e99f9f6018b8ef2facef49925001610661565b611507613d19565b6035546040517f63c9b86000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8381166004830152909116906363c9b86090602401600060405180830381600087803b15801561157457600080fd5b505af1158015611588573d6000803e3d6000fd5b505060405173ffffffffffffffffffffffffffffffffffffffff841692507feeec4c06f7adad215cbdb4d2960896c83c26aedce02dde76d36fa28588d62da49150600090a250565b6115d8613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa158015611649573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061166d91906156b5565b9050816116ef57805160408051808201909152600281527f383800000000000000000000000000000000000000000000000000000000000060208201529067080000000000000016156116ed576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b505b6116f98183614343565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b15801561176d57600080fd5b505af1158015611781573d6000803e3d6000fd5b505050508273ffffffffffffffffffffffffffffffffffffffff167f2443ba28e8d1d88d531a3d90b981816a4f3b3c7f1fd4085c6029e81d1b7a570d83604051611163911515815260200190565b6117d7613d19565b6035546040517ff5b50e7000000000000000000000000000000000000000000000000000000000815273__$3ddc574512022f331a6a4c7e4bbb5c67b6$__9163f5b50e70916118419173ffffffffffffffffffffffffffffffffffffffff169085906004016158e9565b60006040518083038186803b15801561185957600080fd5b505af415801561186d573d6000803e3d6000fd5b5050505050565b61187c614388565b603554604080517fd1946dbc000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163d1946dbc91600480830192869291908290030181865afa1580156118eb573d6000803e3d6000fd5b505050506040513d6000823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820160405261193191908101906159ee565b905060005b81518110156119c157600073ffffffffffffffffffffffffffffffffffffffff1682828151811061196957611969615178565b602002602001015173ffffffffffffffffffffffffffffffffffffffff16146119af576119af8282815181106119a1576119a1615178565b602002602001015184610fe4565b806119b981615548565b915050611936565b505050565b6119ce613a4e565b60408051808201909152600281527f3230000000000000000000000000000000000000000000000000000000000000602082015282841115611a3d576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b506035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152600092169063c44b11f790602401602060405180830381865afa158015611aaf573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190611ad391906156b5565b90508215611bcf5760408051808201909152600281527f323000000000000000000000000000000000000000000000000000000000000060208201526127108311611b4b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50612710611b59848461451b565b11156040518060400160405280600281526020017f323000000000000000000000000000000000000000000000000000000000000081525090611bc9576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50611c46565b60408051808201909152600281527f323000000000000000000000000000000000000000000000000000000000000060208201528215611c3c576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50611c468561455e565b611c50818561470f565b611c5a81846147aa565b611c64818361484b565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b158015611cd857600080fd5b505af1158015611cec573d6000803e3d6000fd5b5050604080518781526020810187905290810185905273ffffffffffffffffffffffffffffffffffffffff881692507f637febbda9275aea2e85c0ff690444c8d87eb2e8339bbede9715abcc89cb0995915060600160405180910390a25050505050565b611d58613d19565b60408051808201909152600281527f313900000000000000000000000000000000000000000000000000000000000060208201526127106fffffffffffffffffffffffffffffffff83161115611ddb576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50603554604080517f074b2e43000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163074b2e439160048083019260209291908290030181865afa158015611e4c573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190611e7091906158b3565b603554604080517f6a99c036000000000000000000000000000000000000000000000000000000008152905192935073ffffffffffffffffffffffffffffffffffffffff9091169163bcb6e5229185918491636a99c0369160048083019260209291908290030181865afa158015611eec573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190611f1091906158b3565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526fffffffffffffffffffffffffffffffff928316600482015291166024820152604401600060405180830381600087803b158015611f7957600080fd5b505af1158015611f8d573d6000803e3d6000fd5b5050604080516fffffffffffffffffffffffffffffffff8086168252861660208201527f71aba182c9d0529b516de7a78bed74d49c207ef7e152f52f7ea5d8730138f6439350019050610a84565b611fe3613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa158015612054573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061207891906156b5565b905081156120fe5780516704000000000000001615156040518060400160405280600281526020017f3330000000000000000000000000000000000000000000000000000000000000815250906120fc576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b505b61210881836148ec565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b15801561217c57600080fd5b505af1158015612190573d6000803e3d6000fd5b505050508273ffffffffffffffffffffffffffffffffffffffff167f0b64d0941719acd363f1a6be3d8525d8ec9d71738f7445aabcd88d7939b472e783604051611163911515815260200190565b6121e6613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa158015612257573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061227b91906156b5565b90506122878183614931565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b1580156122fb57600080fd5b505af115801561230f573d6000803e3d6000fd5b505050508273ffffffffffffffffffffffffffffffffffffffff167f0c4443d258a350d27dc50c378b2ebf165e6469725f786d21b30cab16823f558783604051611163911515815260200190565b612365613a4e565b80156123745761237482614976565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa1580156123e5573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061240991906156b5565b90506000612421825167400000000000000016151590565b905061242d8284614b0c565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b1580156124a157600080fd5b505af11580156124b5573d6000803e3d6000fd5b5050604080518415158152861515602082015273ffffffffffffffffffffffffffffffffffffffff881693507f842a280b07e8e502a9101f32a3b768ebaba3655556dd674f0831900861fc674b925001610661565b612512613d19565b6035546040517fb0f0935500000000000000000000000000000000000000000000000000000000815273__$3ddc574512022f331a6a4c7e4bbb5c67b6$__9163b0f09355916118419173ffffffffffffffffffffffffffffffffffffffff169085906004016158e9565b612584613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa1580156125f5573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061261991906156b5565b805190915060d41c64ffffffffff1680612636576126368461455e565b6126408284614b51565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b1580156126b457600080fd5b505af11580156126c8573d6000803e3d6000fd5b50505050826000141561275b576035546040517fe43e88a100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86811660048301529091169063e43e88a190602401600060405180830381600087803b15801561274257600080fd5b505af1158015612756573d6000803e3d6000fd5b505050505b604080518281526020810185905273ffffffffffffffffffffffffffffffffffffffff8616917f6824a6c7fbc10d2979b1f1ccf2dd4ed0436541679a661dedb5c10bd4be8306829101610661565b6127b1613d19565b806127bf576127bf8261455e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa158015612830573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061285491906156b5565b90506128608183614bf5565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b1580156128d457600080fd5b505af11580156128e8573d6000803e3d6000fd5b505050508273ffffffffffffffffffffffffffffffffffffffff167fc36c7d11ba01a5869d52aa4a3781939dab851cbc9ee6e7fdcedc7d58898a3f1e83604051611163911515815260200190565b61293e613d19565b6035546040517fb13c96a800000000000000000000000000000000000000000000000000000000815273__$3ddc574512022f331a6a4c7e4bbb5c67b6$__9163b13c96a8916118419173ffffffffffffffffffffffffffffffffffffffff16908590600401615aa0565b6129b0613a4e565b60408051808201909152600281527f3231000000000000000000000000000000000000000000000000000000000000602082015261ffff8716612a20576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5060408051808201909152600281527f3231000000000000000000000000000000000000000000000000000000000000602082015261ffff8616612a91576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b508461ffff168661ffff1611156040518060400160405280600281526020017f323100000000000000000000000000000000000000000000000000000000000081525090612b0c576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5060408051808201909152600281527f3231000000000000000000000000000000000000000000000000000000000000602082015261271061ffff861611612b81576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50612710612b9661ffff87811690871661451b565b11156040518060400160405280600281526020017f323100000000000000000000000000000000000000000000000000000000000081525090612c06576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50603554604080517fd1946dbc000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163d1946dbc91600480830192869291908290030181865afa158015612c76573d6000803e3d6000fd5b505050506040513d6000823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201604052612cbc91908101906159ee565b905060005b8151811015612ea457603554825160009173ffffffffffffffffffffffffffffffffffffffff169063c44b11f790859085908110612d0157612d01615178565b60200260200101516040518263ffffffff1660e01b8152600401612d41919073ffffffffffffffffffffffffffffffffffffffff91909116815260200190565b602060405180830381865afa158015612d5e573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190612d8291906156b5565b805190915060a81c60ff168a60ff161415612e9157805161ffff168961ffff16116040518060400160405280600281526020017f323100000000000000000000000000000000000000000000000000000000000081525090612e11576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50805160101c61ffff168861ffff16116040518060400160405280600281526020017f323100000000000000000000000000000000000000000000000000000000000081525090612e8f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b505b5080612e9c81615548565b915050612cc1565b50603560009054906101000a900473ffffffffffffffffffffffffffffffffffffffff1673ffffffffffffffffffffffffffffffffffffffff1663d579ea7d896040518060a001604052808b61ffff1681526020018a61ffff1681526020018961ffff1681526020018873ffffffffffffffffffffffffffffffffffffffff16815260200187878080601f01602080910402602001604051908101604052809392919081815260200183838082843760009201919091525050509152506040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b168152612f9b929190600401615bdf565b600060405180830381600087803b158015612fb557600080fd5b505af1158015612fc9573d6000803e3d6000fd5b505050508760ff167f0acf8b4a3cace10779798a89a206a0ae73a71b63acdd3be2801d39c2ef7ab3cb88888888888860405161300a96959493929190615c55565b60405180910390a25050505050505050565b6001805460ff168061302d5750303b155b80613039575060005481115b6130c5576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602e60248201527f436f6e747261637420696e7374616e63652068617320616c726561647920626560448201527f656e20696e697469616c697a6564000000000000000000000000000000000000606482015260840161087f565b60015460ff1615801561310257600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00168117905560008290555b603480547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8516908117909155604080517f026b1d5f000000000000000000000000000000000000000000000000000000008152905163026b1d5f916004808201926020929091908290030181865afa158015613199573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906131bd9190615ca1565b603580547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9290921691909117905580156119c157600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055505050565b61323d613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa1580156132ae573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906132d291906156b5565b805190915060501c640fffffffff166132eb8284614c3a565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b15801561335f57600080fd5b505af1158015613373573d6000803e3d6000fd5b5050604080518481526020810187905273ffffffffffffffffffffffffffffffffffffffff881693507fc51aca575985d521c5072ad11549bad77013bb786d57f30f94b40ed8f8dc9bc4925001610661565b6133cd613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa15801561343e573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061346291906156b5565b905060ff8216156135ac576035546040517f6c6f6ae100000000000000000000000000000000000000000000000000000000815260ff8416600482015260009173ffffffffffffffffffffffffffffffffffffffff1690636c6f6ae190602401600060405180830381865afa1580156134df573d6000803e3d6000fd5b505050506040513d6000823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682016040526135259190810190615cbe565b825190915060101c61ffff16816020015161ffff16116040518060400160405280600281526020017f3137000000000000000000000000000000000000000000000000000000000000815250906135a9576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b50505b805160009060a81c60ff1690506135c68260ff8516614cde565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8681166004830152845160248301529091169063f51e435b90604401600060405180830381600087803b15801561363a57600080fd5b505af115801561364e573d6000803e3d6000fd5b50506040805160ff80861682528716602082015273ffffffffffffffffffffffffffffffffffffffff881693507f5bb69795b6a2ea222d73a5f8939c23471a1f85a99c7ca43c207f1b71f10c6264925001610661565b6136ac613a4e565b6035546040517fc44b11f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152600092169063c44b11f790602401602060405180830381865afa15801561371d573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061374191906156b5565b905061374d8183614d7e565b6035546040517ff51e435b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152835160248301529091169063f51e435b90604401600060405180830381600087803b1580156137c157600080fd5b505af11580156137d5573d6000803e3d6000fd5b505050508273ffffffffffffffffffffffffffffffffffffffff167fc8ff3cc5b0fddaa3e6ebbbd7438f43393e4ea30e88b80ad016c1bc094655034d83604051611163911515815260200190565b603454604080517f707cd716000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163707cd7169160048083019260209291908290030181865afa158015613893573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906138b79190615ca1565b6040517f13ee32e000000000000000000000000000000000000000000000000000000000815233600482015290915073ffffffffffffffffffffffffffffffffffffffff8216906313ee32e090602401602060405180830381865afa158015613924573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906139489190615de9565b806139dc57506040517f7be53ca100000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff821690637be53ca190602401602060405180830381865afa1580156139b8573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906139dc9190615de9565b6040518060400160405280600181526020017f350000000000000000000000000000000000000000000000000000000000000081525090613a4a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5050565b603454604080517f707cd716000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163707cd7169160048083019260209291908290030181865afa158015613abe573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190613ae29190615ca1565b6040517f674b5e4d00000000000000000000000000000000000000000000000000000000815233600482015290915073ffffffffffffffffffffffffffffffffffffffff82169063674b5e4d90602401602060405180830381865afa158015613b4f573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190613b739190615de9565b80613c0757506040517f7be53ca100000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff821690637be53ca190602401602060405180830381865afa158015613be3573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190613c079190615de9565b6040518060400160405280600181526020017f340000000000000000000000000000000000000000000000000000000000000081525090613a4a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b60408051808201909152600281527f37320000000000000000000000000000000000000000000000000000000000006020820152640fffffffff821115613ce9576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517ffffffffffff000000000ffffffffffffffffffffffffffffffffffffffffffff1660b09190911b179052565b603454604080517f707cd716000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163707cd7169160048083019260209291908290030181865afa158015613d89573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190613dad9190615ca1565b6040517f7be53ca100000000000000000000000000000000000000000000000000000000815233600482015290915073ffffffffffffffffffffffffffffffffffffffff821690637be53ca190602401602060405180830381865afa158015613e1a573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190613e3e9190615de9565b6040518060400160405280600181526020017f310000000000000000000000000000000000000000000000000000000000000081525090613a4a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b60408051808201909152600281527f3730000000000000000000000000000000000000000000000000000000000000602082015261ffff821115613f1d576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517fffffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffff1660989190911b179052565b603d81613f5b576000613f5e565b60015b83517fffffffffffffffffffffffffffffffffffffffffffffffffdfffffffffffffff1660ff9190911690911b1790915250565b603454604080517f707cd716000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163707cd7169160048083019260209291908290030181865afa158015614002573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906140269190615ca1565b6040517f7be53ca100000000000000000000000000000000000000000000000000000000815233600482015290915073ffffffffffffffffffffffffffffffffffffffff821690637be53ca190602401602060405180830381865afa158015614093573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906140b79190615de9565b8061414b57506040517f2500f2b600000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff821690632500f2b690602401602060405180830381865afa158015614127573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061414b9190615de9565b6040518060400160405280600181526020017f330000000000000000000000000000000000000000000000000000000000000081525090613a4a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b603c816141c75760006141ca565b60015b83517fffffffffffffffffffffffffffffffffffffffffffffffffefffffffffffffff1660ff9190911690911b1790915250565b60408051808201909152600281527f3637000000000000000000000000000000000000000000000000000000000000602082015261ffff82111561426f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517fffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffffffff1660409190911b179052565b60408051808201909152600281527f36390000000000000000000000000000000000000000000000000000000000006020820152640fffffffff821115614313576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517fffffffffffffffffffffffffff000000000fffffffffffffffffffffffffffff1660749190911b179052565b603a81614351576000614354565b60015b83517ffffffffffffffffffffffffffffffffffffffffffffffffffbffffffffffffff1660ff9190911690911b1790915250565b603454604080517f707cd716000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163707cd7169160048083019260209291908290030181865afa1580156143f8573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061441c9190615ca1565b6040517f2500f2b600000000000000000000000000000000000000000000000000000000815233600482015290915073ffffffffffffffffffffffffffffffffffffffff821690632500f2b690602401602060405180830381865afa158015614489573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906144ad9190615de9565b6040518060400160405280600181526020017f320000000000000000000000000000000000000000000000000000000000000081525090613a4a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b600081157fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec778390048411151761455057600080fd5b506127109102611388010490565b600080603460009054906101000a900473ffffffffffffffffffffffffffffffffffffffff1673ffffffffffffffffffffffffffffffffffffffff1663e860accb6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156145ce573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906145f29190615ca1565b6040517f35ea6a7500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015291909116906335ea6a759060240161018060405180830381865afa158015614661573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906146859190615e06565b50505050505050505092509250508060001480156146a1575081155b6040518060400160405280600281526020017f3138000000000000000000000000000000000000000000000000000000000000815250906104cf576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b60408051808201909152600281527f3633000000000000000000000000000000000000000000000000000000000000602082015261ffff821115614780576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000016179052565b60408051808201909152600281527f3634000000000000000000000000000000000000000000000000000000000000602082015261ffff82111561481b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffff1660109190911b179052565b60408051808201909152600281527f3635000000000000000000000000000000000000000000000000000000000000602082015261ffff8211156148bc576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517fffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffff1660209190911b179052565b603b816148fa5760006148fd565b60015b83517ffffffffffffffffffffffffffffffffffffffffffffffffff7ffffffffffffff1660ff9190911690911b1790915250565b60398161493f576000614942565b60015b83517ffffffffffffffffffffffffffffffffffffffffffffffffffdffffffffffffff1660ff9190911690911b1790915250565b603454604080517fe860accb000000000000000000000000000000000000000000000000000000008152905160009273ffffffffffffffffffffffffffffffffffffffff169163e860accb9160048083019260209291908290030181865afa1580156149e6573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190614a0a9190615ca1565b6040517f4d44ac4f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301529190911690634d44ac4f90602401602060405180830381865afa158015614a78573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190614a9c91906158d0565b60408051808201909152600281527f3930000000000000000000000000000000000000000000000000000000000000602082015290915081156119c1576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b603e81614b1a576000614b1d565b60015b83517fffffffffffffffffffffffffffffffffffffffffffffffffbfffffffffffffff1660ff9190911690911b1790915250565b60408051808201909152600281527f3733000000000000000000000000000000000000000000000000000000000000602082015264ffffffffff821115614bc5576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517ff0000000000fffffffffffffffffffffffffffffffffffffffffffffffffffff1660d49190911b179052565b603881614c03576000614c06565b60015b83517ffffffffffffffffffffffffffffffffffffffffffffffffffeffffffffffffff1660ff9190911690911b1790915250565b60408051808201909152600281527f36380000000000000000000000000000000000000000000000000000000000006020820152640fffffffff821115614cae576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517ffffffffffffffffffffffffffffffffffff000000000ffffffffffffffffffff1660509190911b179052565b60408051808201909152600281527f3731000000000000000000000000000000000000000000000000000000000000602082015260ff821115614d4e576040517f08c379a000000000000000000000000000000000000000000000000000000000815260040161087f91906158a0565b5081517fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1660a89190911b179052565b603f81614d8c576000614d8f565b60015b83517fffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffff1660ff9190911690911b1790915250565b60008060208385031215614dd657600080fd5b823567ffffffffffffffff80821115614dee57600080fd5b818501915085601f830112614e0257600080fd5b813581811115614e1157600080fd5b8660208260051b8501011115614e2657600080fd5b60209290920196919550909350505050565b73ffffffffffffffffffffffffffffffffffffffff81168114614e5a57600080fd5b50565b8035614e6881614e38565b919050565b60008060408385031215614e8057600080fd5b8235614e8b81614e38565b946020939093013593505050565b60008060408385031215614eac57600080fd5b8235614eb781614e38565b91506020830135614ec781614e38565b809150509250929050565b6fffffffffffffffffffffffffffffffff81168114614e5a57600080fd5b600060208284031215614f0257600080fd5b8135614f0d81614ed2565b9392505050565b600060208284031215614f2657600080fd5b5035919050565b8015158114614e5a57600080fd5b60008060408385031215614f4e57600080fd5b8235614f5981614e38565b91506020830135614ec781614f2d565b600060208284031215614f7b57600080fd5b8135614f0d81614e38565b600060208284031215614f9857600080fd5b813567ffffffffffffffff811115614faf57600080fd5b820160c08185031215614f0d57600080fd5b600060208284031215614fd357600080fd5b8135614f0d81614f2d565b60008060008060808587031215614ff457600080fd5b8435614fff81614e38565b966020860135965060408601359560600135945092505050565b60006020828403121561502b57600080fd5b813567ffffffffffffffff81111561504257600080fd5b820160e08185031215614f0d57600080fd5b803560ff81168114614e6857600080fd5b61ffff81168114614e5a57600080fd5b600080600080600080600060c0888a03121561509057600080fd5b61509988615054565b965060208801356150a981615065565b955060408801356150b981615065565b945060608801356150c981615065565b935060808801356150d981614e38565b925060a088013567ffffffffffffffff808211156150f657600080fd5b818a0191508a601f83011261510a57600080fd5b81358181111561511957600080fd5b8b602082850101111561512b57600080fd5b60208301945080935050505092959891949750929550565b6000806040838503121561515657600080fd5b823561516181614e38565b915061516f60208401615054565b90509250929050565b7f4e487b7100000000000000000000000000000000000000000000000000000000600052603260045260246000fd5b600082357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe218336030181126151db57600080fd5b9190910192915050565b60008083357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261521a57600080fd5b830160208101925035905067ffffffffffffffff81111561523a57600080fd5b80360383131561524957600080fd5b9250929050565b8183528181602085013750600060208284010152600060207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff83168152604060208201526152e3604082016152c984614e5d565b73ffffffffffffffffffffffffffffffffffffffff169052565b60006152f160208401614e5d565b73ffffffffffffffffffffffffffffffffffffffff16606083015261531860408401614e5d565b73ffffffffffffffffffffffffffffffffffffffff16608083015261533f60608401615054565b60ff1660a083015261535360808401614e5d565b73ffffffffffffffffffffffffffffffffffffffff1660c083015261537a60a08401614e5d565b73ffffffffffffffffffffffffffffffffffffffff1660e08301526153a160c08401614e5d565b6101006153c58185018373ffffffffffffffffffffffffffffffffffffffff169052565b6153d160e08601614e5d565b91506101206153f78186018473ffffffffffffffffffffffffffffffffffffffff169052565b615403828701876151e5565b935091506101e0610140818188015261542161022088018686615250565b945061542f838901896151e5565b945092507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc06101608189880301818a015261546b878787615250565b9650615479838b018b6151e5565b9650945061018092508189880301838a0152615496878787615250565b96506154a4818b018b6151e5565b96509450506101a08189880301818a01526154c0878787615250565b96506154ce838b018b6151e5565b965094506101c092508189880301838a01526154eb878787615250565b96506154f9818b018b6151e5565b9650945050808887030183890152615512868686615250565b9550615520828a018a6151e5565b95509350808887030161020089015250505061553d838383615250565b979650505050505050565b60007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8214156155a1577f4e487b7100000000000000000000000000000000000000000000000000000000600052601160045260246000fd5b5060010190565b7f4e487b7100000000000000000000000000000000000000000000000000000000600052604160045260246000fd5b6040516101e0810167ffffffffffffffff811182821017156155fb576155fb6155a8565b60405290565b60405160a0810167ffffffffffffffff811182821017156155fb576155fb6155a8565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561566b5761566b6155a8565b604052919050565b60006020828403121561568557600080fd5b6040516020810181811067ffffffffffffffff821117156156a8576156a86155a8565b6040529151825250919050565b6000602082840312156156c757600080fd5b614f0d8383615673565b8051614e6881614ed2565b805164ffffffffff81168114614e6857600080fd5b8051614e6881615065565b8051614e6881614e38565b60006101e0828403121561571a57600080fd5b6157226155d7565b61572c8484615673565b815261573a602084016156d1565b602082015261574b604084016156d1565b604082015261575c606084016156d1565b606082015261576d608084016156d1565b608082015261577e60a084016156d1565b60a082015261578f60c084016156dc565b60c08201526157a060e084016156f1565b60e08201526101006157b38185016156fc565b908201526101206157c58482016156fc565b908201526101406157d78482016156fc565b908201526101606157e98482016156fc565b908201526101806157fb8482016156d1565b908201526101a061580d8482016156d1565b908201526101c061581f8482016156d1565b908201529392505050565b60005b8381101561584557818101518382015260200161582d565b838111156104cf5750506000910152565b6000815180845261586e81602086016020860161582a565b601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0169290920160200192915050565b602081526000614f0d6020830184615856565b6000602082840312156158c557600080fd5b8151614f0d81614ed2565b6000602082840312156158e257600080fd5b5051919050565b600073ffffffffffffffffffffffffffffffffffffffff808516835260406020840152833561591781614e38565b81166040840152602084013561592c81614e38565b16606083015261593f60408401846151e5565b60c0608085015261595561010085018284615250565b91505061596560608501856151e5565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0808685030160a087015261599b848385615250565b93506159a960808801614e5d565b73ffffffffffffffffffffffffffffffffffffffff811660c088015292506159d460a08801886151e5565b93509150808685030160e08701525061553d838383615250565b60006020808385031215615a0157600080fd5b825167ffffffffffffffff80821115615a1957600080fd5b818501915085601f830112615a2d57600080fd5b815181811115615a3f57615a3f6155a8565b8060051b9150615a50848301615624565b8181529183018401918481019088841115615a6a57600080fd5b938501935b83851015615a945784519250615a8483614e38565b8282529385019390850190615a6f565b98975050505050505050565b600073ffffffffffffffffffffffffffffffffffffffff8085168352604060208401528335615ace81614e38565b166040830152615ae060208401614e5d565b73ffffffffffffffffffffffffffffffffffffffff166060830152615b0760408401614e5d565b73ffffffffffffffffffffffffffffffffffffffff166080830152615b2f60608401846151e5565b60e060a0850152615b4561012085018284615250565b915050615b5560808501856151e5565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0808685030160c0870152615b8b848385615250565b9350615b9960a08801614e5d565b73ffffffffffffffffffffffffffffffffffffffff811660e08801529250615bc460c08801886151e5565b9350915080868503016101008701525061553d838383615250565b60ff8316815260406020820152600061ffff8084511660408401528060208501511660608401528060408501511660808401525073ffffffffffffffffffffffffffffffffffffffff60608401511660a0830152608083015160a060c0840152615c4c60e0840182615856565b95945050505050565b600061ffff8089168352808816602084015280871660408401525073ffffffffffffffffffffffffffffffffffffffff8516606083015260a06080830152615a9460a083018486615250565b600060208284031215615cb357600080fd5b8151614f0d81614e38565b60006020808385031215615cd157600080fd5b825167ffffffffffffffff80821115615ce957600080fd5b9084019060a08287031215615cfd57600080fd5b615d05615601565b8251615d1081615065565b815282840151615d1f81615065565b818501526040830151615d3181615065565b60408201526060830151615d4481614e38565b6060820152608083015182811115615d5b57600080fd5b80840193505086601f840112615d7057600080fd5b825182811115615d8257615d826155a8565b615db2857fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601615624565b92508083528785828601011115615dc857600080fd5b615dd78186850187870161582a565b50608081019190915295945050505050565b600060208284031215615dfb57600080fd5b8151614f0d81614f2d565b6000806000806000806000806000806000806101808d8f031215615e2957600080fd5b8c519b5060208d01519a5060408d0151995060608d0151985060808d0151975060a08d0151965060c08d0151955060e08d015194506101008d015193506101208d015192506101408d01519150615e836101608e016156dc565b90509295989b509295989b509295989b56fea264697066735822122001dac2e7ba1c03f36af015a9940a8249669c16fe14a56cc365e85fa9f7f0b8a764736f6c634300080a0033",
	Deps: []*bind.MetaData{
		&ConfiguratorLogicMetaData,
	},
}

// PoolConfigurator is an auto generated Go binding around an Ethereum contract.
type PoolConfigurator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PoolConfigurator) GetABI() abi.ABI {
	return c.abi
}

// NewPoolConfigurator creates a new instance of PoolConfigurator.
func NewPoolConfigurator() *PoolConfigurator {
	parsed, err := PoolConfiguratorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PoolConfigurator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PoolConfigurator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCONFIGURATORREVISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7af635a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONFIGURATOR_REVISION() view returns(uint256)
func (poolConfigurator *PoolConfigurator) PackCONFIGURATORREVISION() []byte {
	enc, err := poolConfigurator.abi.Pack("CONFIGURATOR_REVISION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONFIGURATORREVISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7af635a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONFIGURATOR_REVISION() view returns(uint256)
func (poolConfigurator *PoolConfigurator) TryPackCONFIGURATORREVISION() ([]byte, error) {
	return poolConfigurator.abi.Pack("CONFIGURATOR_REVISION")
}

// UnpackCONFIGURATORREVISION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7af635a6.
//
// Solidity: function CONFIGURATOR_REVISION() view returns(uint256)
func (poolConfigurator *PoolConfigurator) UnpackCONFIGURATORREVISION(data []byte) (*big.Int, error) {
	out, err := poolConfigurator.abi.Unpack("CONFIGURATOR_REVISION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfigureReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4e560b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus) returns()
func (poolConfigurator *PoolConfigurator) PackConfigureReserveAsCollateral(asset common.Address, ltv *big.Int, liquidationThreshold *big.Int, liquidationBonus *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("configureReserveAsCollateral", asset, ltv, liquidationThreshold, liquidationBonus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4e560b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus) returns()
func (poolConfigurator *PoolConfigurator) TryPackConfigureReserveAsCollateral(asset common.Address, ltv *big.Int, liquidationThreshold *big.Int, liquidationBonus *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("configureReserveAsCollateral", asset, ltv, liquidationThreshold, liquidationBonus)
}

// PackDropReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63c9b860.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dropReserve(address asset) returns()
func (poolConfigurator *PoolConfigurator) PackDropReserve(asset common.Address) []byte {
	enc, err := poolConfigurator.abi.Pack("dropReserve", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDropReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63c9b860.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dropReserve(address asset) returns()
func (poolConfigurator *PoolConfigurator) TryPackDropReserve(asset common.Address) ([]byte, error) {
	return poolConfigurator.abi.Pack("dropReserve", asset)
}

// PackInitReserves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb45e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initReserves((address,address,address,uint8,address,address,address,address,string,string,string,string,string,string,bytes)[] input) returns()
func (poolConfigurator *PoolConfigurator) PackInitReserves(input []ConfiguratorInputTypesInitReserveInput) []byte {
	enc, err := poolConfigurator.abi.Pack("initReserves", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitReserves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb45e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initReserves((address,address,address,uint8,address,address,address,address,string,string,string,string,string,string,bytes)[] input) returns()
func (poolConfigurator *PoolConfigurator) TryPackInitReserves(input []ConfiguratorInputTypesInitReserveInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("initReserves", input)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address provider) returns()
func (poolConfigurator *PoolConfigurator) PackInitialize(provider common.Address) []byte {
	enc, err := poolConfigurator.abi.Pack("initialize", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address provider) returns()
func (poolConfigurator *PoolConfigurator) TryPackInitialize(provider common.Address) ([]byte, error) {
	return poolConfigurator.abi.Pack("initialize", provider)
}

// PackSetAssetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4fe3f99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetEModeCategory(address asset, uint8 newCategoryId) returns()
func (poolConfigurator *PoolConfigurator) PackSetAssetEModeCategory(asset common.Address, newCategoryId uint8) []byte {
	enc, err := poolConfigurator.abi.Pack("setAssetEModeCategory", asset, newCategoryId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4fe3f99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetEModeCategory(address asset, uint8 newCategoryId) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetAssetEModeCategory(asset common.Address, newCategoryId uint8) ([]byte, error) {
	return poolConfigurator.abi.Pack("setAssetEModeCategory", asset, newCategoryId)
}

// PackSetBorrowCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd14a0983.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBorrowCap(address asset, uint256 newBorrowCap) returns()
func (poolConfigurator *PoolConfigurator) PackSetBorrowCap(asset common.Address, newBorrowCap *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setBorrowCap", asset, newBorrowCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBorrowCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd14a0983.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBorrowCap(address asset, uint256 newBorrowCap) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetBorrowCap(asset common.Address, newBorrowCap *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setBorrowCap", asset, newBorrowCap)
}

// PackSetBorrowableInIsolation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ae0cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBorrowableInIsolation(address asset, bool borrowable) returns()
func (poolConfigurator *PoolConfigurator) PackSetBorrowableInIsolation(asset common.Address, borrowable bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setBorrowableInIsolation", asset, borrowable)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBorrowableInIsolation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ae0cc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBorrowableInIsolation(address asset, bool borrowable) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetBorrowableInIsolation(asset common.Address, borrowable bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setBorrowableInIsolation", asset, borrowable)
}

// PackSetDebtCeiling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb4fcc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDebtCeiling(address asset, uint256 newDebtCeiling) returns()
func (poolConfigurator *PoolConfigurator) PackSetDebtCeiling(asset common.Address, newDebtCeiling *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setDebtCeiling", asset, newDebtCeiling)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDebtCeiling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb4fcc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDebtCeiling(address asset, uint256 newDebtCeiling) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetDebtCeiling(asset common.Address, newDebtCeiling *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setDebtCeiling", asset, newDebtCeiling)
}

// PackSetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d61e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, address oracle, string label) returns()
func (poolConfigurator *PoolConfigurator) PackSetEModeCategory(categoryId uint8, ltv uint16, liquidationThreshold uint16, liquidationBonus uint16, oracle common.Address, label string) []byte {
	enc, err := poolConfigurator.abi.Pack("setEModeCategory", categoryId, ltv, liquidationThreshold, liquidationBonus, oracle, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d61e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, address oracle, string label) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetEModeCategory(categoryId uint8, ltv uint16, liquidationThreshold uint16, liquidationBonus uint16, oracle common.Address, label string) ([]byte, error) {
	return poolConfigurator.abi.Pack("setEModeCategory", categoryId, ltv, liquidationThreshold, liquidationBonus, oracle, label)
}

// PackSetLiquidationProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d2cec2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidationProtocolFee(address asset, uint256 newFee) returns()
func (poolConfigurator *PoolConfigurator) PackSetLiquidationProtocolFee(asset common.Address, newFee *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setLiquidationProtocolFee", asset, newFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLiquidationProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d2cec2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLiquidationProtocolFee(address asset, uint256 newFee) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetLiquidationProtocolFee(asset common.Address, newFee *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setLiquidationProtocolFee", asset, newFee)
}

// PackSetPoolPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7641f3d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolPause(bool paused) returns()
func (poolConfigurator *PoolConfigurator) PackSetPoolPause(paused bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setPoolPause", paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7641f3d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolPause(bool paused) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetPoolPause(paused bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setPoolPause", paused)
}

// PackSetReserveActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb736aaeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveActive(address asset, bool active) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveActive(asset common.Address, active bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveActive", asset, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb736aaeb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveActive(address asset, bool active) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveActive(asset common.Address, active bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveActive", asset, active)
}

// PackSetReserveBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x682cf264.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveBorrowing(asset common.Address, enabled bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveBorrowing", asset, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x682cf264.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveBorrowing(asset common.Address, enabled bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveBorrowing", asset, enabled)
}

// PackSetReserveFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4e6753.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveFactor(address asset, uint256 newReserveFactor) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveFactor(asset common.Address, newReserveFactor *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveFactor", asset, newReserveFactor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4e6753.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveFactor(address asset, uint256 newReserveFactor) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveFactor(asset common.Address, newReserveFactor *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveFactor", asset, newReserveFactor)
}

// PackSetReserveFlashLoaning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf213ef0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveFlashLoaning(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveFlashLoaning(asset common.Address, enabled bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveFlashLoaning", asset, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveFlashLoaning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf213ef0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveFlashLoaning(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveFlashLoaning(asset common.Address, enabled bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveFlashLoaning", asset, enabled)
}

// PackSetReserveFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96e957c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveFreeze(address asset, bool freeze) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveFreeze(asset common.Address, freeze bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveFreeze", asset, freeze)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96e957c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveFreeze(address asset, bool freeze) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveFreeze(asset common.Address, freeze bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveFreeze", asset, freeze)
}

// PackSetReserveInterestRateStrategyAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2118f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveInterestRateStrategyAddress(address asset, address newRateStrategyAddress) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveInterestRateStrategyAddress(asset common.Address, newRateStrategyAddress common.Address) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveInterestRateStrategyAddress", asset, newRateStrategyAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveInterestRateStrategyAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2118f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveInterestRateStrategyAddress(address asset, address newRateStrategyAddress) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveInterestRateStrategyAddress(asset common.Address, newRateStrategyAddress common.Address) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveInterestRateStrategyAddress", asset, newRateStrategyAddress)
}

// PackSetReservePause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48d9fba9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReservePause(address asset, bool paused) returns()
func (poolConfigurator *PoolConfigurator) PackSetReservePause(asset common.Address, paused bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReservePause", asset, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReservePause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48d9fba9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReservePause(address asset, bool paused) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReservePause(asset common.Address, paused bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReservePause", asset, paused)
}

// PackSetReserveStableRateBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a751a60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveStableRateBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveStableRateBorrowing(asset common.Address, enabled bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveStableRateBorrowing", asset, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveStableRateBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a751a60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveStableRateBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveStableRateBorrowing(asset common.Address, enabled bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveStableRateBorrowing", asset, enabled)
}

// PackSetSiloedBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7fa83b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSiloedBorrowing(address asset, bool newSiloed) returns()
func (poolConfigurator *PoolConfigurator) PackSetSiloedBorrowing(asset common.Address, newSiloed bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setSiloedBorrowing", asset, newSiloed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSiloedBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7fa83b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSiloedBorrowing(address asset, bool newSiloed) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetSiloedBorrowing(asset common.Address, newSiloed bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setSiloedBorrowing", asset, newSiloed)
}

// PackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x571f03e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSupplyCap(address asset, uint256 newSupplyCap) returns()
func (poolConfigurator *PoolConfigurator) PackSetSupplyCap(asset common.Address, newSupplyCap *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setSupplyCap", asset, newSupplyCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x571f03e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSupplyCap(address asset, uint256 newSupplyCap) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetSupplyCap(asset common.Address, newSupplyCap *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setSupplyCap", asset, newSupplyCap)
}

// PackSetUnbackedMintCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x145f5892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbackedMintCap(address asset, uint256 newUnbackedMintCap) returns()
func (poolConfigurator *PoolConfigurator) PackSetUnbackedMintCap(asset common.Address, newUnbackedMintCap *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setUnbackedMintCap", asset, newUnbackedMintCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbackedMintCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x145f5892.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbackedMintCap(address asset, uint256 newUnbackedMintCap) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetUnbackedMintCap(asset common.Address, newUnbackedMintCap *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setUnbackedMintCap", asset, newUnbackedMintCap)
}

// PackUpdateAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb01c37c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateAToken((address,address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateAToken(input ConfiguratorInputTypesUpdateATokenInput) []byte {
	enc, err := poolConfigurator.abi.Pack("updateAToken", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb01c37c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateAToken((address,address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateAToken(input ConfiguratorInputTypesUpdateATokenInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateAToken", input)
}

// PackUpdateBridgeProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3036b439.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateBridgeProtocolFee(uint256 newBridgeProtocolFee) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateBridgeProtocolFee(newBridgeProtocolFee *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("updateBridgeProtocolFee", newBridgeProtocolFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateBridgeProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3036b439.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateBridgeProtocolFee(uint256 newBridgeProtocolFee) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateBridgeProtocolFee(newBridgeProtocolFee *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateBridgeProtocolFee", newBridgeProtocolFee)
}

// PackUpdateFlashloanPremiumToProtocol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1df970bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFlashloanPremiumToProtocol(uint128 newFlashloanPremiumToProtocol) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateFlashloanPremiumToProtocol(newFlashloanPremiumToProtocol *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("updateFlashloanPremiumToProtocol", newFlashloanPremiumToProtocol)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateFlashloanPremiumToProtocol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1df970bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateFlashloanPremiumToProtocol(uint128 newFlashloanPremiumToProtocol) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateFlashloanPremiumToProtocol(newFlashloanPremiumToProtocol *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateFlashloanPremiumToProtocol", newFlashloanPremiumToProtocol)
}

// PackUpdateFlashloanPremiumTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a493676.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFlashloanPremiumTotal(uint128 newFlashloanPremiumTotal) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateFlashloanPremiumTotal(newFlashloanPremiumTotal *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("updateFlashloanPremiumTotal", newFlashloanPremiumTotal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateFlashloanPremiumTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a493676.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateFlashloanPremiumTotal(uint128 newFlashloanPremiumTotal) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateFlashloanPremiumTotal(newFlashloanPremiumTotal *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateFlashloanPremiumTotal", newFlashloanPremiumTotal)
}

// PackUpdateStableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7626cde3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateStableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateStableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) []byte {
	enc, err := poolConfigurator.abi.Pack("updateStableDebtToken", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateStableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7626cde3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateStableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateStableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateStableDebtToken", input)
}

// PackUpdateVariableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad4e6432.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateVariableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateVariableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) []byte {
	enc, err := poolConfigurator.abi.Pack("updateVariableDebtToken", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateVariableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad4e6432.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateVariableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateVariableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateVariableDebtToken", input)
}

// PoolConfiguratorATokenUpgraded represents a ATokenUpgraded event raised by the PoolConfigurator contract.
type PoolConfiguratorATokenUpgraded struct {
	Asset          common.Address
	Proxy          common.Address
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorATokenUpgradedEventName = "ATokenUpgraded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorATokenUpgraded) ContractEventName() string {
	return PoolConfiguratorATokenUpgradedEventName
}

// UnpackATokenUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ATokenUpgraded(address indexed asset, address indexed proxy, address indexed implementation)
func (poolConfigurator *PoolConfigurator) UnpackATokenUpgradedEvent(log *types.Log) (*PoolConfiguratorATokenUpgraded, error) {
	event := "ATokenUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorATokenUpgraded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorBorrowCapChanged represents a BorrowCapChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorBorrowCapChanged struct {
	Asset        common.Address
	OldBorrowCap *big.Int
	NewBorrowCap *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorBorrowCapChangedEventName = "BorrowCapChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorBorrowCapChanged) ContractEventName() string {
	return PoolConfiguratorBorrowCapChangedEventName
}

// UnpackBorrowCapChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BorrowCapChanged(address indexed asset, uint256 oldBorrowCap, uint256 newBorrowCap)
func (poolConfigurator *PoolConfigurator) UnpackBorrowCapChangedEvent(log *types.Log) (*PoolConfiguratorBorrowCapChanged, error) {
	event := "BorrowCapChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorBorrowCapChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorBorrowableInIsolationChanged represents a BorrowableInIsolationChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorBorrowableInIsolationChanged struct {
	Asset      common.Address
	Borrowable bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorBorrowableInIsolationChangedEventName = "BorrowableInIsolationChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorBorrowableInIsolationChanged) ContractEventName() string {
	return PoolConfiguratorBorrowableInIsolationChangedEventName
}

// UnpackBorrowableInIsolationChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BorrowableInIsolationChanged(address asset, bool borrowable)
func (poolConfigurator *PoolConfigurator) UnpackBorrowableInIsolationChangedEvent(log *types.Log) (*PoolConfiguratorBorrowableInIsolationChanged, error) {
	event := "BorrowableInIsolationChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorBorrowableInIsolationChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorBridgeProtocolFeeUpdated represents a BridgeProtocolFeeUpdated event raised by the PoolConfigurator contract.
type PoolConfiguratorBridgeProtocolFeeUpdated struct {
	OldBridgeProtocolFee *big.Int
	NewBridgeProtocolFee *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorBridgeProtocolFeeUpdatedEventName = "BridgeProtocolFeeUpdated"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorBridgeProtocolFeeUpdated) ContractEventName() string {
	return PoolConfiguratorBridgeProtocolFeeUpdatedEventName
}

// UnpackBridgeProtocolFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BridgeProtocolFeeUpdated(uint256 oldBridgeProtocolFee, uint256 newBridgeProtocolFee)
func (poolConfigurator *PoolConfigurator) UnpackBridgeProtocolFeeUpdatedEvent(log *types.Log) (*PoolConfiguratorBridgeProtocolFeeUpdated, error) {
	event := "BridgeProtocolFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorBridgeProtocolFeeUpdated)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorCollateralConfigurationChanged represents a CollateralConfigurationChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorCollateralConfigurationChanged struct {
	Asset                common.Address
	Ltv                  *big.Int
	LiquidationThreshold *big.Int
	LiquidationBonus     *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorCollateralConfigurationChangedEventName = "CollateralConfigurationChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorCollateralConfigurationChanged) ContractEventName() string {
	return PoolConfiguratorCollateralConfigurationChangedEventName
}

// UnpackCollateralConfigurationChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralConfigurationChanged(address indexed asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus)
func (poolConfigurator *PoolConfigurator) UnpackCollateralConfigurationChangedEvent(log *types.Log) (*PoolConfiguratorCollateralConfigurationChanged, error) {
	event := "CollateralConfigurationChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorCollateralConfigurationChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorDebtCeilingChanged represents a DebtCeilingChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorDebtCeilingChanged struct {
	Asset          common.Address
	OldDebtCeiling *big.Int
	NewDebtCeiling *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorDebtCeilingChangedEventName = "DebtCeilingChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorDebtCeilingChanged) ContractEventName() string {
	return PoolConfiguratorDebtCeilingChangedEventName
}

// UnpackDebtCeilingChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DebtCeilingChanged(address indexed asset, uint256 oldDebtCeiling, uint256 newDebtCeiling)
func (poolConfigurator *PoolConfigurator) UnpackDebtCeilingChangedEvent(log *types.Log) (*PoolConfiguratorDebtCeilingChanged, error) {
	event := "DebtCeilingChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorDebtCeilingChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorEModeAssetCategoryChanged represents a EModeAssetCategoryChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorEModeAssetCategoryChanged struct {
	Asset         common.Address
	OldCategoryId uint8
	NewCategoryId uint8
	Raw           *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorEModeAssetCategoryChangedEventName = "EModeAssetCategoryChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorEModeAssetCategoryChanged) ContractEventName() string {
	return PoolConfiguratorEModeAssetCategoryChangedEventName
}

// UnpackEModeAssetCategoryChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EModeAssetCategoryChanged(address indexed asset, uint8 oldCategoryId, uint8 newCategoryId)
func (poolConfigurator *PoolConfigurator) UnpackEModeAssetCategoryChangedEvent(log *types.Log) (*PoolConfiguratorEModeAssetCategoryChanged, error) {
	event := "EModeAssetCategoryChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorEModeAssetCategoryChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorEModeCategoryAdded represents a EModeCategoryAdded event raised by the PoolConfigurator contract.
type PoolConfiguratorEModeCategoryAdded struct {
	CategoryId           uint8
	Ltv                  *big.Int
	LiquidationThreshold *big.Int
	LiquidationBonus     *big.Int
	Oracle               common.Address
	Label                string
	Raw                  *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorEModeCategoryAddedEventName = "EModeCategoryAdded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorEModeCategoryAdded) ContractEventName() string {
	return PoolConfiguratorEModeCategoryAddedEventName
}

// UnpackEModeCategoryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EModeCategoryAdded(uint8 indexed categoryId, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus, address oracle, string label)
func (poolConfigurator *PoolConfigurator) UnpackEModeCategoryAddedEvent(log *types.Log) (*PoolConfiguratorEModeCategoryAdded, error) {
	event := "EModeCategoryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorEModeCategoryAdded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorFlashloanPremiumToProtocolUpdated represents a FlashloanPremiumToProtocolUpdated event raised by the PoolConfigurator contract.
type PoolConfiguratorFlashloanPremiumToProtocolUpdated struct {
	OldFlashloanPremiumToProtocol *big.Int
	NewFlashloanPremiumToProtocol *big.Int
	Raw                           *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorFlashloanPremiumToProtocolUpdatedEventName = "FlashloanPremiumToProtocolUpdated"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorFlashloanPremiumToProtocolUpdated) ContractEventName() string {
	return PoolConfiguratorFlashloanPremiumToProtocolUpdatedEventName
}

// UnpackFlashloanPremiumToProtocolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashloanPremiumToProtocolUpdated(uint128 oldFlashloanPremiumToProtocol, uint128 newFlashloanPremiumToProtocol)
func (poolConfigurator *PoolConfigurator) UnpackFlashloanPremiumToProtocolUpdatedEvent(log *types.Log) (*PoolConfiguratorFlashloanPremiumToProtocolUpdated, error) {
	event := "FlashloanPremiumToProtocolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorFlashloanPremiumToProtocolUpdated)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorFlashloanPremiumTotalUpdated represents a FlashloanPremiumTotalUpdated event raised by the PoolConfigurator contract.
type PoolConfiguratorFlashloanPremiumTotalUpdated struct {
	OldFlashloanPremiumTotal *big.Int
	NewFlashloanPremiumTotal *big.Int
	Raw                      *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorFlashloanPremiumTotalUpdatedEventName = "FlashloanPremiumTotalUpdated"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorFlashloanPremiumTotalUpdated) ContractEventName() string {
	return PoolConfiguratorFlashloanPremiumTotalUpdatedEventName
}

// UnpackFlashloanPremiumTotalUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashloanPremiumTotalUpdated(uint128 oldFlashloanPremiumTotal, uint128 newFlashloanPremiumTotal)
func (poolConfigurator *PoolConfigurator) UnpackFlashloanPremiumTotalUpdatedEvent(log *types.Log) (*PoolConfiguratorFlashloanPremiumTotalUpdated, error) {
	event := "FlashloanPremiumTotalUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorFlashloanPremiumTotalUpdated)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorLiquidationProtocolFeeChanged represents a LiquidationProtocolFeeChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorLiquidationProtocolFeeChanged struct {
	Asset  common.Address
	OldFee *big.Int
	NewFee *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorLiquidationProtocolFeeChangedEventName = "LiquidationProtocolFeeChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorLiquidationProtocolFeeChanged) ContractEventName() string {
	return PoolConfiguratorLiquidationProtocolFeeChangedEventName
}

// UnpackLiquidationProtocolFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationProtocolFeeChanged(address indexed asset, uint256 oldFee, uint256 newFee)
func (poolConfigurator *PoolConfigurator) UnpackLiquidationProtocolFeeChangedEvent(log *types.Log) (*PoolConfiguratorLiquidationProtocolFeeChanged, error) {
	event := "LiquidationProtocolFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorLiquidationProtocolFeeChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveActive represents a ReserveActive event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveActive struct {
	Asset  common.Address
	Active bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveActiveEventName = "ReserveActive"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveActive) ContractEventName() string {
	return PoolConfiguratorReserveActiveEventName
}

// UnpackReserveActiveEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveActive(address indexed asset, bool active)
func (poolConfigurator *PoolConfigurator) UnpackReserveActiveEvent(log *types.Log) (*PoolConfiguratorReserveActive, error) {
	event := "ReserveActive"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveActive)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveBorrowing represents a ReserveBorrowing event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveBorrowing struct {
	Asset   common.Address
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveBorrowingEventName = "ReserveBorrowing"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveBorrowing) ContractEventName() string {
	return PoolConfiguratorReserveBorrowingEventName
}

// UnpackReserveBorrowingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveBorrowing(address indexed asset, bool enabled)
func (poolConfigurator *PoolConfigurator) UnpackReserveBorrowingEvent(log *types.Log) (*PoolConfiguratorReserveBorrowing, error) {
	event := "ReserveBorrowing"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveBorrowing)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveDropped represents a ReserveDropped event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveDropped struct {
	Asset common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveDroppedEventName = "ReserveDropped"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveDropped) ContractEventName() string {
	return PoolConfiguratorReserveDroppedEventName
}

// UnpackReserveDroppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveDropped(address indexed asset)
func (poolConfigurator *PoolConfigurator) UnpackReserveDroppedEvent(log *types.Log) (*PoolConfiguratorReserveDropped, error) {
	event := "ReserveDropped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveDropped)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveFactorChanged represents a ReserveFactorChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveFactorChanged struct {
	Asset            common.Address
	OldReserveFactor *big.Int
	NewReserveFactor *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveFactorChangedEventName = "ReserveFactorChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveFactorChanged) ContractEventName() string {
	return PoolConfiguratorReserveFactorChangedEventName
}

// UnpackReserveFactorChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFactorChanged(address indexed asset, uint256 oldReserveFactor, uint256 newReserveFactor)
func (poolConfigurator *PoolConfigurator) UnpackReserveFactorChangedEvent(log *types.Log) (*PoolConfiguratorReserveFactorChanged, error) {
	event := "ReserveFactorChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveFactorChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveFlashLoaning represents a ReserveFlashLoaning event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveFlashLoaning struct {
	Asset   common.Address
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveFlashLoaningEventName = "ReserveFlashLoaning"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveFlashLoaning) ContractEventName() string {
	return PoolConfiguratorReserveFlashLoaningEventName
}

// UnpackReserveFlashLoaningEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFlashLoaning(address indexed asset, bool enabled)
func (poolConfigurator *PoolConfigurator) UnpackReserveFlashLoaningEvent(log *types.Log) (*PoolConfiguratorReserveFlashLoaning, error) {
	event := "ReserveFlashLoaning"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveFlashLoaning)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveFrozen represents a ReserveFrozen event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveFrozen struct {
	Asset  common.Address
	Frozen bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveFrozenEventName = "ReserveFrozen"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveFrozen) ContractEventName() string {
	return PoolConfiguratorReserveFrozenEventName
}

// UnpackReserveFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFrozen(address indexed asset, bool frozen)
func (poolConfigurator *PoolConfigurator) UnpackReserveFrozenEvent(log *types.Log) (*PoolConfiguratorReserveFrozen, error) {
	event := "ReserveFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveFrozen)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveInitialized represents a ReserveInitialized event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveInitialized struct {
	Asset                       common.Address
	AToken                      common.Address
	StableDebtToken             common.Address
	VariableDebtToken           common.Address
	InterestRateStrategyAddress common.Address
	Raw                         *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveInitializedEventName = "ReserveInitialized"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveInitialized) ContractEventName() string {
	return PoolConfiguratorReserveInitializedEventName
}

// UnpackReserveInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveInitialized(address indexed asset, address indexed aToken, address stableDebtToken, address variableDebtToken, address interestRateStrategyAddress)
func (poolConfigurator *PoolConfigurator) UnpackReserveInitializedEvent(log *types.Log) (*PoolConfiguratorReserveInitialized, error) {
	event := "ReserveInitialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveInitialized)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveInterestRateStrategyChanged represents a ReserveInterestRateStrategyChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveInterestRateStrategyChanged struct {
	Asset       common.Address
	OldStrategy common.Address
	NewStrategy common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveInterestRateStrategyChangedEventName = "ReserveInterestRateStrategyChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveInterestRateStrategyChanged) ContractEventName() string {
	return PoolConfiguratorReserveInterestRateStrategyChangedEventName
}

// UnpackReserveInterestRateStrategyChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveInterestRateStrategyChanged(address indexed asset, address oldStrategy, address newStrategy)
func (poolConfigurator *PoolConfigurator) UnpackReserveInterestRateStrategyChangedEvent(log *types.Log) (*PoolConfiguratorReserveInterestRateStrategyChanged, error) {
	event := "ReserveInterestRateStrategyChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveInterestRateStrategyChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReservePaused represents a ReservePaused event raised by the PoolConfigurator contract.
type PoolConfiguratorReservePaused struct {
	Asset  common.Address
	Paused bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReservePausedEventName = "ReservePaused"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReservePaused) ContractEventName() string {
	return PoolConfiguratorReservePausedEventName
}

// UnpackReservePausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservePaused(address indexed asset, bool paused)
func (poolConfigurator *PoolConfigurator) UnpackReservePausedEvent(log *types.Log) (*PoolConfiguratorReservePaused, error) {
	event := "ReservePaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReservePaused)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveStableRateBorrowing represents a ReserveStableRateBorrowing event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveStableRateBorrowing struct {
	Asset   common.Address
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveStableRateBorrowingEventName = "ReserveStableRateBorrowing"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveStableRateBorrowing) ContractEventName() string {
	return PoolConfiguratorReserveStableRateBorrowingEventName
}

// UnpackReserveStableRateBorrowingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveStableRateBorrowing(address indexed asset, bool enabled)
func (poolConfigurator *PoolConfigurator) UnpackReserveStableRateBorrowingEvent(log *types.Log) (*PoolConfiguratorReserveStableRateBorrowing, error) {
	event := "ReserveStableRateBorrowing"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveStableRateBorrowing)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorSiloedBorrowingChanged represents a SiloedBorrowingChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorSiloedBorrowingChanged struct {
	Asset    common.Address
	OldState bool
	NewState bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorSiloedBorrowingChangedEventName = "SiloedBorrowingChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorSiloedBorrowingChanged) ContractEventName() string {
	return PoolConfiguratorSiloedBorrowingChangedEventName
}

// UnpackSiloedBorrowingChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SiloedBorrowingChanged(address indexed asset, bool oldState, bool newState)
func (poolConfigurator *PoolConfigurator) UnpackSiloedBorrowingChangedEvent(log *types.Log) (*PoolConfiguratorSiloedBorrowingChanged, error) {
	event := "SiloedBorrowingChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorSiloedBorrowingChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorStableDebtTokenUpgraded represents a StableDebtTokenUpgraded event raised by the PoolConfigurator contract.
type PoolConfiguratorStableDebtTokenUpgraded struct {
	Asset          common.Address
	Proxy          common.Address
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorStableDebtTokenUpgradedEventName = "StableDebtTokenUpgraded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorStableDebtTokenUpgraded) ContractEventName() string {
	return PoolConfiguratorStableDebtTokenUpgradedEventName
}

// UnpackStableDebtTokenUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StableDebtTokenUpgraded(address indexed asset, address indexed proxy, address indexed implementation)
func (poolConfigurator *PoolConfigurator) UnpackStableDebtTokenUpgradedEvent(log *types.Log) (*PoolConfiguratorStableDebtTokenUpgraded, error) {
	event := "StableDebtTokenUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorStableDebtTokenUpgraded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorSupplyCapChanged represents a SupplyCapChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorSupplyCapChanged struct {
	Asset        common.Address
	OldSupplyCap *big.Int
	NewSupplyCap *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorSupplyCapChangedEventName = "SupplyCapChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorSupplyCapChanged) ContractEventName() string {
	return PoolConfiguratorSupplyCapChangedEventName
}

// UnpackSupplyCapChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapChanged(address indexed asset, uint256 oldSupplyCap, uint256 newSupplyCap)
func (poolConfigurator *PoolConfigurator) UnpackSupplyCapChangedEvent(log *types.Log) (*PoolConfiguratorSupplyCapChanged, error) {
	event := "SupplyCapChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorSupplyCapChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorUnbackedMintCapChanged represents a UnbackedMintCapChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorUnbackedMintCapChanged struct {
	Asset              common.Address
	OldUnbackedMintCap *big.Int
	NewUnbackedMintCap *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorUnbackedMintCapChangedEventName = "UnbackedMintCapChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorUnbackedMintCapChanged) ContractEventName() string {
	return PoolConfiguratorUnbackedMintCapChangedEventName
}

// UnpackUnbackedMintCapChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbackedMintCapChanged(address indexed asset, uint256 oldUnbackedMintCap, uint256 newUnbackedMintCap)
func (poolConfigurator *PoolConfigurator) UnpackUnbackedMintCapChangedEvent(log *types.Log) (*PoolConfiguratorUnbackedMintCapChanged, error) {
	event := "UnbackedMintCapChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorUnbackedMintCapChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorVariableDebtTokenUpgraded represents a VariableDebtTokenUpgraded event raised by the PoolConfigurator contract.
type PoolConfiguratorVariableDebtTokenUpgraded struct {
	Asset          common.Address
	Proxy          common.Address
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorVariableDebtTokenUpgradedEventName = "VariableDebtTokenUpgraded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorVariableDebtTokenUpgraded) ContractEventName() string {
	return PoolConfiguratorVariableDebtTokenUpgradedEventName
}

// UnpackVariableDebtTokenUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VariableDebtTokenUpgraded(address indexed asset, address indexed proxy, address indexed implementation)
func (poolConfigurator *PoolConfigurator) UnpackVariableDebtTokenUpgradedEvent(log *types.Log) (*PoolConfiguratorVariableDebtTokenUpgraded, error) {
	event := "VariableDebtTokenUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorVariableDebtTokenUpgraded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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
