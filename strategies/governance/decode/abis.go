package decode

// iface is a known interface: its name and its functions, written as
// human-readable signatures with parameter names (the names show in
// decoded trees and reports; the selector is computed from the types).
type iface struct {
	name  string
	funcs []string
}

// knownInterfaces lists the interfaces whose calls a governance proposal
// makes, the ones the scorer needs to read. A function two interfaces
// share (ERC-20 and ERC-721 approve) is listed in both; the node then
// names both, as the selector cannot tell them apart. Nested calls are
// wired by canonical signature in nesters (nested.go).
func knownInterfaces() []iface {
	return []iface{
		{"ERC-20", []string{
			"transfer(address to, uint256 amount)",
			"transferFrom(address from, address to, uint256 amount)",
			"approve(address spender, uint256 amount)",
			"increaseAllowance(address spender, uint256 addedValue)",
			"decreaseAllowance(address spender, uint256 subtractedValue)",
			"permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)",
			"mint(address to, uint256 amount)",
			"burn(uint256 amount)",
			"burn(address from, uint256 amount)",
			"burnFrom(address account, uint256 amount)",
			"delegate(address delegatee)",
		}},
		{"ERC-721", []string{
			"transferFrom(address from, address to, uint256 tokenId)",
			"safeTransferFrom(address from, address to, uint256 tokenId)",
			"safeTransferFrom(address from, address to, uint256 tokenId, bytes data)",
			"approve(address to, uint256 tokenId)",
			"setApprovalForAll(address operator, bool approved)",
			"mint(address to, uint256 tokenId)",
			"safeMint(address to, uint256 tokenId)",
			"burn(uint256 tokenId)",
		}},
		{"ERC-1155", []string{
			"safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes data)",
			"safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] amounts, bytes data)",
			"setApprovalForAll(address operator, bool approved)",
			"mint(address to, uint256 id, uint256 amount, bytes data)",
			"mintBatch(address to, uint256[] ids, uint256[] amounts, bytes data)",
		}},
		{"Ownable", []string{
			"transferOwnership(address newOwner)",
			"renounceOwnership()",
			"acceptOwnership()",
		}},
		{"AccessControl", []string{
			"grantRole(bytes32 role, address account)",
			"revokeRole(bytes32 role, address account)",
			"renounceRole(bytes32 role, address callerConfirmation)",
			"beginDefaultAdminTransfer(address newAdmin)",
			"acceptDefaultAdminTransfer()",
		}},
		{"TimelockController", []string{
			"schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay)",
			"scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay)",
			"execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt)",
			"executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt)",
			"updateDelay(uint256 newDelay)",
			"cancel(bytes32 id)",
		}},
		{"Governor", []string{
			// OpenZeppelin 5 takes uint48/uint32, 4.x uint256: both are live.
			"setVotingDelay(uint48 newVotingDelay)",
			"setVotingDelay(uint256 newVotingDelay)",
			"setVotingPeriod(uint32 newVotingPeriod)",
			"setVotingPeriod(uint256 newVotingPeriod)",
			"setProposalThreshold(uint256 newProposalThreshold)",
			"updateQuorumNumerator(uint256 newQuorumNumerator)",
			"setLateQuorumVoteExtension(uint48 newVoteExtension)",
			"setLateQuorumVoteExtension(uint64 newVoteExtension)",
			"relay(address target, uint256 value, bytes data)",
			"updateTimelock(address newTimelock)",
		}},
		{"UUPS proxy", []string{
			"upgradeTo(address newImplementation)",
			"upgradeToAndCall(address newImplementation, bytes data)",
		}},
		{"Transparent proxy", []string{
			"upgradeTo(address newImplementation)",
			"upgradeToAndCall(address newImplementation, bytes data)",
			"changeAdmin(address newAdmin)",
		}},
		{"ProxyAdmin", []string{
			"upgrade(address proxy, address implementation)",
			"upgradeAndCall(address proxy, address implementation, bytes data)",
			"changeProxyAdmin(address proxy, address newAdmin)",
		}},
		{"Safe", []string{
			"execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures)",
			"execTransactionFromModule(address to, uint256 value, bytes data, uint8 operation)",
			"addOwnerWithThreshold(address owner, uint256 threshold)",
			"removeOwner(address prevOwner, address owner, uint256 threshold)",
			"swapOwner(address prevOwner, address oldOwner, address newOwner)",
			"changeThreshold(uint256 threshold)",
			"enableModule(address module)",
			"disableModule(address prevModule, address module)",
			"setGuard(address guard)",
			"setFallbackHandler(address handler)",
			"approveHash(bytes32 hashToApprove)",
		}},
		{"MultiSend", []string{
			"multiSend(bytes transactions)",
		}},
		{"Multicall", []string{
			"multicall(bytes[] data)",
			"multicall(uint256 deadline, bytes[] data)",
		}},
		{"Multicall3", []string{
			"aggregate((address target, bytes callData)[] calls)",
			"tryAggregate(bool requireSuccess, (address target, bytes callData)[] calls)",
			"blockAndAggregate((address target, bytes callData)[] calls)",
			"tryBlockAndAggregate(bool requireSuccess, (address target, bytes callData)[] calls)",
			"aggregate3((address target, bool allowFailure, bytes callData)[] calls)",
			"aggregate3Value((address target, bool allowFailure, uint256 value, bytes callData)[] calls)",
		}},
		{"Aave v3 PoolConfigurator", []string{
			"initReserves((address aTokenImpl, address stableDebtTokenImpl, address variableDebtTokenImpl, uint8 underlyingAssetDecimals, address interestRateStrategyAddress, address underlyingAsset, address treasury, address incentivesController, string aTokenName, string aTokenSymbol, string variableDebtTokenName, string variableDebtTokenSymbol, string stableDebtTokenName, string stableDebtTokenSymbol, bytes params)[] input)",
			"dropReserve(address asset)",
			"updateAToken((address asset, address treasury, address incentivesController, string name, string symbol, address implementation, bytes params) input)",
			"updateStableDebtToken((address asset, address incentivesController, string name, string symbol, address implementation, bytes params) input)",
			"updateVariableDebtToken((address asset, address incentivesController, string name, string symbol, address implementation, bytes params) input)",
			"setReserveBorrowing(address asset, bool enabled)",
			"configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus)",
			"setReserveStableRateBorrowing(address asset, bool enabled)",
			"setReserveFlashLoaning(address asset, bool enabled)",
			"setReserveActive(address asset, bool active)",
			"setReserveFreeze(address asset, bool freeze)",
			"setBorrowableInIsolation(address asset, bool borrowable)",
			"setReservePause(address asset, bool paused)",
			"setReservePause(address asset, bool paused, uint40 gracePeriod)",
			"setReserveFactor(address asset, uint256 newReserveFactor)",
			"setDebtCeiling(address asset, uint256 newDebtCeiling)",
			"setSiloedBorrowing(address asset, bool siloed)",
			"setBorrowCap(address asset, uint256 newBorrowCap)",
			"setSupplyCap(address asset, uint256 newSupplyCap)",
			"setLiquidationProtocolFee(address asset, uint256 newFee)",
			"setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, address oracle, string label)",
			"setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, string label)",
			"setAssetEModeCategory(address asset, uint8 newCategoryId)",
			"setUnbackedMintCap(address asset, uint256 newUnbackedMintCap)",
			"setReserveInterestRateStrategyAddress(address asset, address newRateStrategyAddress)",
			"setReserveInterestRateStrategyAddress(address asset, address rateStrategyAddress, bytes rateData)",
			"setPoolPause(bool paused)",
			"setPoolPause(bool paused, uint40 gracePeriod)",
			"updateBridgeProtocolFee(uint256 newBridgeProtocolFee)",
			"updateFlashloanPremiumTotal(uint128 newFlashloanPremiumTotal)",
			"updateFlashloanPremiumToProtocol(uint128 newFlashloanPremiumToProtocol)",
		}},
		{"Aave v3 ACLManager", []string{
			"setRoleAdmin(bytes32 role, bytes32 adminRole)",
			"addPoolAdmin(address admin)",
			"removePoolAdmin(address admin)",
			"addEmergencyAdmin(address admin)",
			"removeEmergencyAdmin(address admin)",
			"addRiskAdmin(address admin)",
			"removeRiskAdmin(address admin)",
			"addFlashBorrower(address borrower)",
			"removeFlashBorrower(address borrower)",
			"addBridge(address bridge)",
			"removeBridge(address bridge)",
			"addAssetListingAdmin(address admin)",
			"removeAssetListingAdmin(address admin)",
			"grantRole(bytes32 role, address account)",
			"revokeRole(bytes32 role, address account)",
		}},
		{"Aave governance v2 payload", []string{
			// Run by the executor with delegatecall (withDelegatecalls).
			"execute()",
		}},
		{"Aave cross-chain executor", []string{
			// The Arc timelock and the bridge executors queue Bravo-style
			// action sets with their own delegatecall flags.
			"queue(address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, bool[] withDelegatecalls)",
		}},
		{"Uniswap v3 factory", []string{
			"setOwner(address owner)",
			"enableFeeAmount(uint24 fee, int24 tickSpacing)",
		}},
		{"Uniswap v3 pool", []string{
			"setFeeProtocol(uint8 feeProtocol0, uint8 feeProtocol1)",
			"collectProtocol(address recipient, uint128 amount0Requested, uint128 amount1Requested)",
		}},
		{"Compound Governor Bravo", []string{
			"_setPendingAdmin(address newPendingAdmin)",
			"_acceptAdmin()",
			"_setImplementation(address implementation)",
			"_setVotingPeriod(uint256 newVotingPeriod)",
			"_setVotingDelay(uint256 newVotingDelay)",
			"_setProposalThreshold(uint256 newProposalThreshold)",
			"_setWhitelistGuardian(address account)",
			"_setWhitelistAccountExpiration(address account, uint256 expiration)",
		}},
		{"Compound Comptroller", []string{
			"_setPendingAdmin(address newPendingAdmin)",
			"_acceptAdmin()",
			"_setPriceOracle(address newOracle)",
			"_setCollateralFactor(address cToken, uint256 newCollateralFactorMantissa)",
			"_setCloseFactor(uint256 newCloseFactorMantissa)",
			"_setLiquidationIncentive(uint256 newLiquidationIncentiveMantissa)",
			"_supportMarket(address cToken)",
			"_setMarketBorrowCaps(address[] cTokens, uint256[] newBorrowCaps)",
			"_setPauseGuardian(address newPauseGuardian)",
			"_grantComp(address recipient, uint256 amount)",
		}},
		{"Compound CToken", []string{
			"_setPendingAdmin(address newPendingAdmin)",
			"_acceptAdmin()",
			"_setReserveFactor(uint256 newReserveFactorMantissa)",
			"_setInterestRateModel(address newInterestRateModel)",
			"_reduceReserves(uint256 reduceAmount)",
			"_setImplementation(address implementation, bool allowResign, bytes becomeImplementationData)",
		}},
		{"Compound Timelock", []string{
			"queueTransaction(address target, uint256 value, string signature, bytes data, uint256 eta)",
			"executeTransaction(address target, uint256 value, string signature, bytes data, uint256 eta)",
			"cancelTransaction(address target, uint256 value, string signature, bytes data, uint256 eta)",
			"setDelay(uint256 delay)",
			"setPendingAdmin(address pendingAdmin)",
			"acceptAdmin()",
		}},
	}
}
