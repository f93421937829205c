// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IUniswapV3MintCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3MintCallback.sol";
import {IGuardedTarget} from "./Types.sol";

/// @title RangeVault
/// @notice Holds token0/token1 and one concentrated-liquidity position in a
/// Uniswap v3 pool. Its range (tickLower, tickUpper) is set only by the guard:
/// every change burns the whole position, collects principal and fees, and
/// mints `liquidityPerPosition` at the new range, paid from the vault's balance.
contract RangeVault is IGuardedTarget, IUniswapV3MintCallback {
    using SafeERC20 for IERC20;

    // TickMath.MIN_TICK / MAX_TICK of Uniswap v3 (the library itself is solc 0.7 only).
    int24 internal constant MIN_TICK = -887272;
    int24 internal constant MAX_TICK = 887272;

    bytes32 internal constant TICK_LOWER = bytes32("tickLower");
    bytes32 internal constant TICK_UPPER = bytes32("tickUpper");

    /// @notice The pool the position lives in.
    IUniswapV3Pool public immutable pool;
    /// @notice The only account allowed to change the range (ParameterGuard).
    address public immutable guard;
    /// @notice The liquidity minted at every new range.
    uint128 public immutable liquidityPerPosition;

    IERC20 private immutable _token0;
    IERC20 private immutable _token1;
    int24 private immutable _tickSpacing;

    int24 private _tickLower;
    int24 private _tickUpper;
    uint128 private _liquidity;

    event Reranged(int24 tickLower, int24 tickUpper, uint128 liquidity);

    error NotGuard(address caller);
    error NotPool(address caller);
    error ZeroLiquidity();
    error UnknownParam(bytes32 param);
    error TickOutOfRange(bytes32 param, int256 value);
    error InvalidRange(int24 tickLower, int24 tickUpper);
    error TickNotAligned(int24 tick, int24 spacing);

    constructor(IUniswapV3Pool pool_, address guard_, uint128 liquidityPerPosition_) {
        if (liquidityPerPosition_ == 0) revert ZeroLiquidity();
        pool = pool_;
        guard = guard_;
        liquidityPerPosition = liquidityPerPosition_;
        _token0 = IERC20(pool_.token0());
        _token1 = IERC20(pool_.token1());
        _tickSpacing = pool_.tickSpacing();
    }

    /// @notice Returns the current range and the liquidity held in it (0 before the first range is set).
    function position() external view returns (int24 tickLower, int24 tickUpper, uint128 liquidity) {
        return (_tickLower, _tickUpper, _liquidity);
    }

    /// @inheritdoc IGuardedTarget
    /// @dev params are bytes32("tickLower") and/or bytes32("tickUpper"); a missing one keeps its value.
    function applyParameters(bytes32[] calldata params, int256[] calldata values) external {
        if (msg.sender != guard) revert NotGuard(msg.sender);
        int24 lower = _tickLower;
        int24 upper = _tickUpper;
        for (uint256 i = 0; i < params.length; i++) {
            bytes32 p = params[i];
            int256 v = values[i];
            if (p != TICK_LOWER && p != TICK_UPPER) revert UnknownParam(p);
            if (v < type(int24).min || v > type(int24).max) revert TickOutOfRange(p, v);
            if (p == TICK_LOWER) {
                lower = int24(v);
            } else {
                upper = int24(v);
            }
        }
        if (lower >= upper || lower < MIN_TICK || upper > MAX_TICK) revert InvalidRange(lower, upper);
        if (lower % _tickSpacing != 0) revert TickNotAligned(lower, _tickSpacing);
        if (upper % _tickSpacing != 0) revert TickNotAligned(upper, _tickSpacing);

        if (_liquidity > 0) {
            pool.burn(_tickLower, _tickUpper, _liquidity);
            pool.collect(address(this), _tickLower, _tickUpper, type(uint128).max, type(uint128).max);
        }
        _tickLower = lower;
        _tickUpper = upper;
        _liquidity = liquidityPerPosition;
        pool.mint(address(this), lower, upper, liquidityPerPosition, "");
        emit Reranged(lower, upper, liquidityPerPosition);
    }

    /// @inheritdoc IUniswapV3MintCallback
    function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes calldata) external {
        if (msg.sender != address(pool)) revert NotPool(msg.sender);
        if (amount0Owed > 0) _token0.safeTransfer(msg.sender, amount0Owed);
        if (amount1Owed > 0) _token1.safeTransfer(msg.sender, amount1Owed);
    }
}
