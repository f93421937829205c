// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IGuardedTarget} from "./Types.sol";

// The parts of Aave v3's PoolConfigurator, Pool and tokens the steward
// calls, declared here rather than imported: Aave's own interfaces pin
// pragma 0.8.10, which the project's compiler (0.8.37) does not take.
// Pool.getConfiguration returns DataTypes.ReserveConfigurationMap, a struct
// of one uint256, ABI-encoded exactly as a bare uint256; so is the
// configuration at the head of AaveReserveData.

/// @notice The PoolConfigurator functions a RISK_ADMIN may call that the steward uses.
interface IAavePoolConfigurator {
    function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus)
        external;
    function setSupplyCap(address asset, uint256 newSupplyCap) external;
    function setBorrowCap(address asset, uint256 newBorrowCap) external;
}

/// @notice Aave v3's DataTypes.ReserveData (core-v3 1.19.3), as Pool.getReserveData returns it.
struct AaveReserveData {
    uint256 configuration;
    uint128 liquidityIndex;
    uint128 currentLiquidityRate;
    uint128 variableBorrowIndex;
    uint128 currentVariableBorrowRate;
    uint128 currentStableBorrowRate;
    uint40 lastUpdateTimestamp;
    uint16 id;
    address aTokenAddress;
    address stableDebtTokenAddress;
    address variableDebtTokenAddress;
    address interestRateStrategyAddress;
    uint128 accruedToTreasury;
    uint128 unbacked;
    uint128 isolationModeTotalDebt;
}

/// @notice The Pool views the steward reads: a reserve's current
/// configuration, and its tokens and income index for its usage.
interface IAavePool {
    function getConfiguration(address asset) external view returns (uint256 data);
    function getReserveData(address asset) external view returns (AaveReserveData memory);
    function getReserveNormalizedIncome(address asset) external view returns (uint256);
}

/// @notice The one view of Aave's aToken and debt tokens the steward reads:
/// their supply with interest accrued to now.
interface IAaveToken {
    function totalSupply() external view returns (uint256);
}

/// @title AaveRiskSteward
/// @notice A guarded target that turns ParameterGuard's checked changes into
/// Aave v3 risk-admin calls. It holds the RISK_ADMIN role in the market's
/// ACLManager; only the guard may call applyParameters, so every change it
/// makes carries a committed inference and stayed within the guard's bounds.
///
/// Parameters are named "<SYMBOL>.<field>" (e.g. "WETH.ltv"), right-padded
/// to 32 bytes, for each (asset, symbol) given at construction:
///
///   ltv, liquidationThreshold, liquidationBonus  basis points, the bonus
///                                                including the 100 % (10500 = 5 %)
///                                                → configureReserveAsCollateral
///   supplyCap, borrowCap                         whole tokens, 0 = no cap
///                                                → setSupplyCap, setBorrowCap
///
/// The three collateral fields of one asset in one call are applied together
/// by a single configureReserveAsCollateral, the fields not given taken from
/// the Pool's current configuration, so a partial update works and a joint
/// update (raising LTV and threshold at once) never passes through a state
/// Aave refuses. Aave's own checks then apply and its revert reasons (its
/// numeric error codes, e.g. "20" INVALID_RESERVE_PARAMS) reach the caller
/// unchanged. Caps are set as they come; then each asset's collateral
/// fields, in the order their assets first appear.
///
/// Caps must cover the reserve's current usage, an invariant Aave itself
/// does not hold (it takes a cap below usage and then only refuses new
/// supply or borrowing): a non-zero cap with cap × 10^decimals below the
/// usage reverts CapBelowUsage, naming the usage in whole tokens rounded
/// up, so a cap equal to that number is accepted. Usage is what Aave's own
/// cap checks count (ValidationLogic.validateSupply, validateBorrow), at
/// this block: supplied = aToken.totalSupply() + accruedToTreasury ×
/// normalized income (rayMul; within a wei of Aave's rayMul of the sum);
/// borrowed = the variable plus the stable debt token's totalSupply(). A
/// cap of 0 (no cap) is always allowed.
contract AaveRiskSteward is IGuardedTarget {
    /// @notice What a parameter sets.
    enum Field {
        None,
        Ltv,
        LiquidationThreshold,
        LiquidationBonus,
        SupplyCap,
        BorrowCap
    }

    struct Target {
        address asset;
        Field field;
    }

    // Pending collateral values of one asset within an applyParameters call.
    struct Collateral {
        address asset;
        uint256 ltv;
        uint256 threshold;
        uint256 bonus;
        bool hasLtv;
        bool hasThreshold;
        bool hasBonus;
    }

    // Aave v3 ReserveConfiguration bit layout (ReserveConfiguration.sol).
    uint256 private constant LIQUIDATION_THRESHOLD_SHIFT = 16;
    uint256 private constant LIQUIDATION_BONUS_SHIFT = 32;
    uint256 private constant BORROW_CAP_SHIFT = 80;
    uint256 private constant SUPPLY_CAP_SHIFT = 116;
    uint256 private constant DECIMALS_SHIFT = 48;
    uint256 private constant MASK_8 = 0xFF;
    uint256 private constant MASK_16 = 0xFFFF;
    uint256 private constant MASK_36 = 0xFFFFFFFFF;

    /// @notice The only caller of applyParameters.
    address public immutable guard;
    /// @notice The market's PoolConfigurator (proxy).
    IAavePoolConfigurator public immutable configurator;
    /// @notice The market's Pool (proxy), read for current configurations and usage.
    IAavePool public immutable pool;

    mapping(bytes32 param => Target) private _targets;
    bytes32[] private _params;

    error OnlyGuard(address caller);
    error InvalidMarket();
    error InvalidAsset(uint256 index);
    error AssetsMismatch(uint256 assets, uint256 symbols);
    error NameTooLong(string name);
    error DuplicateParameter(bytes32 param);
    error UnknownRiskParameter(bytes32 param);
    error NegativeValue(bytes32 param, int256 value);
    error ParamsValuesMismatch(uint256 params, uint256 values);
    /// @notice A non-zero cap below the reserve's current usage; usage in
    /// whole tokens, rounded up (the least cap accepted).
    error CapBelowUsage(bytes32 param, uint256 cap, uint256 usage);

    constructor(
        address guard_,
        IAavePoolConfigurator configurator_,
        IAavePool pool_,
        address[] memory assets,
        string[] memory symbols
    ) {
        if (guard_ == address(0) || address(configurator_) == address(0) || address(pool_) == address(0)) {
            revert InvalidMarket();
        }
        if (assets.length != symbols.length) revert AssetsMismatch(assets.length, symbols.length);
        guard = guard_;
        configurator = configurator_;
        pool = pool_;
        for (uint256 i = 0; i < assets.length; i++) {
            if (assets[i] == address(0)) revert InvalidAsset(i);
            _add(assets[i], symbols[i], ".ltv", Field.Ltv);
            _add(assets[i], symbols[i], ".liquidationThreshold", Field.LiquidationThreshold);
            _add(assets[i], symbols[i], ".liquidationBonus", Field.LiquidationBonus);
            _add(assets[i], symbols[i], ".supplyCap", Field.SupplyCap);
            _add(assets[i], symbols[i], ".borrowCap", Field.BorrowCap);
        }
    }

    function _add(address asset, string memory symbol, string memory suffix, Field field) private {
        bytes memory name = abi.encodePacked(symbol, suffix);
        if (name.length > 32) revert NameTooLong(string(name));
        bytes32 param = bytes32(name);
        if (_targets[param].field != Field.None) revert DuplicateParameter(param);
        _targets[param] = Target(asset, field);
        _params.push(param);
    }

    /// @notice Every parameter the steward sets, in construction order (five per asset).
    function parameters() external view returns (bytes32[] memory) {
        return _params;
    }

    /// @notice The asset and field `param` sets; field None for an unknown name.
    function targetOf(bytes32 param) external view returns (address asset, Field field) {
        Target memory t = _targets[param];
        return (t.asset, t.field);
    }

    /// @notice The value `param` has in the Pool's configuration now, in the
    /// units applyParameters takes.
    function valueOf(bytes32 param) external view returns (int256) {
        Target memory t = _targets[param];
        if (t.field == Field.None) revert UnknownRiskParameter(param);
        uint256 data = pool.getConfiguration(t.asset);
        if (t.field == Field.Ltv) return int256(data & MASK_16);
        if (t.field == Field.LiquidationThreshold) return int256((data >> LIQUIDATION_THRESHOLD_SHIFT) & MASK_16);
        if (t.field == Field.LiquidationBonus) return int256((data >> LIQUIDATION_BONUS_SHIFT) & MASK_16);
        if (t.field == Field.SupplyCap) return int256((data >> SUPPLY_CAP_SHIFT) & MASK_36);
        return int256((data >> BORROW_CAP_SHIFT) & MASK_36);
    }

    /// @notice What `asset`'s reserve holds now, in its token's smallest
    /// units, as the caps are checked against: supplied (aTokens with the
    /// treasury's accrued share) and borrowed (variable and stable debt).
    function usageOf(address asset) external view returns (uint256 supplied, uint256 borrowed) {
        AaveReserveData memory r = pool.getReserveData(asset);
        return (_supplied(asset, r), _borrowed(r));
    }

    function _supplied(address asset, AaveReserveData memory r) private view returns (uint256) {
        uint256 income = pool.getReserveNormalizedIncome(asset);
        // WadRayMath.rayMul: half up.
        return IAaveToken(r.aTokenAddress).totalSupply() + (uint256(r.accruedToTreasury) * income + 0.5e27) / 1e27;
    }

    function _borrowed(AaveReserveData memory r) private view returns (uint256) {
        uint256 borrowed = IAaveToken(r.variableDebtTokenAddress).totalSupply();
        // A reserve without stable-rate debt (Aave v3.2 on) has no such token.
        if (r.stableDebtTokenAddress != address(0)) borrowed += IAaveToken(r.stableDebtTokenAddress).totalSupply();
        return borrowed;
    }

    // _checkCap reverts CapBelowUsage if cap is non-zero and below the
    // usage it bounds, compared in whole tokens rounded up so that
    // cap × 10^decimals < usage cannot overflow. It reads only the side
    // the cap bounds.
    function _checkCap(bytes32 param, address asset, uint256 cap, Field field) private view {
        if (cap == 0) return;
        AaveReserveData memory r = pool.getReserveData(asset);
        uint256 used = field == Field.SupplyCap ? _supplied(asset, r) : _borrowed(r);
        uint256 unit = 10 ** ((r.configuration >> DECIMALS_SHIFT) & MASK_8);
        uint256 whole = (used + unit - 1) / unit;
        if (cap < whole) revert CapBelowUsage(param, cap, whole);
    }

    /// @inheritdoc IGuardedTarget
    function applyParameters(bytes32[] calldata params, int256[] calldata values) external {
        if (msg.sender != guard) revert OnlyGuard(msg.sender);
        if (params.length != values.length) revert ParamsValuesMismatch(params.length, values.length);
        Collateral[] memory pending = new Collateral[](params.length);
        uint256 n;
        for (uint256 i = 0; i < params.length; i++) {
            Target memory t = _targets[params[i]];
            if (t.field == Field.None) revert UnknownRiskParameter(params[i]);
            if (values[i] < 0) revert NegativeValue(params[i], values[i]);
            uint256 v = uint256(values[i]);
            if (t.field == Field.SupplyCap) {
                _checkCap(params[i], t.asset, v, t.field);
                configurator.setSupplyCap(t.asset, v);
                continue;
            }
            if (t.field == Field.BorrowCap) {
                _checkCap(params[i], t.asset, v, t.field);
                configurator.setBorrowCap(t.asset, v);
                continue;
            }
            uint256 k = 0;
            while (k < n && pending[k].asset != t.asset) k++;
            if (k == n) pending[n++].asset = t.asset;
            Collateral memory c = pending[k];
            if (t.field == Field.Ltv) (c.ltv, c.hasLtv) = (v, true);
            else if (t.field == Field.LiquidationThreshold) (c.threshold, c.hasThreshold) = (v, true);
            else (c.bonus, c.hasBonus) = (v, true);
        }
        for (uint256 k = 0; k < n; k++) {
            Collateral memory c = pending[k];
            uint256 data = pool.getConfiguration(c.asset);
            if (!c.hasLtv) c.ltv = data & MASK_16;
            if (!c.hasThreshold) c.threshold = (data >> LIQUIDATION_THRESHOLD_SHIFT) & MASK_16;
            if (!c.hasBonus) c.bonus = (data >> LIQUIDATION_BONUS_SHIFT) & MASK_16;
            configurator.configureReserveAsCollateral(c.asset, c.ltv, c.threshold, c.bonus);
        }
    }
}
