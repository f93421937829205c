// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IUniswapV3MintCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3MintCallback.sol";
import {IUniswapV3SwapCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3SwapCallback.sol";

/// @title DevTrader
/// @notice The dev chain's market generator: provides base liquidity and moves
/// a pool's price along a path, paying pools from its own token balance. Only
/// the pool it is currently calling may pull tokens through the callbacks.
contract DevTrader is IUniswapV3MintCallback, IUniswapV3SwapCallback {
    using SafeERC20 for IERC20;

    // The pool being called in the current transaction; callbacks from anyone else are refused.
    address private transient _active;

    error NotActivePool(address caller);
    error UnknownOp(uint256 index, uint8 op);

    /// @notice One recorded pool event to replay (see play).
    struct Step {
        uint8 op; // SWAP_TO, MINT or BURN
        int24 tickLower; // MINT, BURN
        int24 tickUpper; // MINT, BURN
        uint160 sqrtPriceX96; // SWAP_TO: the price after the swap
        uint128 liquidity; // MINT, BURN
    }

    uint8 private constant SWAP_TO = 0;
    uint8 private constant MINT = 1;
    uint8 private constant BURN = 2;

    /// @notice Mints `liquidity` in [tickLower, tickUpper) of `pool`, owned by this contract.
    function mint(IUniswapV3Pool pool, int24 tickLower, int24 tickUpper, uint128 liquidity) external {
        _mint(pool, tickLower, tickUpper, liquidity);
    }

    function _mint(IUniswapV3Pool pool, int24 tickLower, int24 tickUpper, uint128 liquidity) private {
        _active = address(pool);
        pool.mint(address(this), tickLower, tickUpper, liquidity, "");
        _active = address(0);
    }

    /// @notice Burns `liquidity` of this contract's position [tickLower, tickUpper) in `pool`
    /// (the tokens stay owed to it in the pool).
    function burn(IUniswapV3Pool pool, int24 tickLower, int24 tickUpper, uint128 liquidity) external {
        pool.burn(tickLower, tickUpper, liquidity);
    }

    /// @notice Replays `steps` on `pool` in order, in one transaction: a
    /// backtest's recorded block (each swap as a move to its recorded price,
    /// each mint and burn as recorded, the positions this contract's).
    function play(IUniswapV3Pool pool, Step[] calldata steps) external {
        for (uint256 i = 0; i < steps.length; i++) {
            Step calldata s = steps[i];
            if (s.op == SWAP_TO) {
                _swapTo(pool, s.sqrtPriceX96);
            } else if (s.op == MINT) {
                _mint(pool, s.tickLower, s.tickUpper, s.liquidity);
            } else if (s.op == BURN) {
                pool.burn(s.tickLower, s.tickUpper, s.liquidity);
            } else {
                revert UnknownOp(i, s.op);
            }
        }
    }

    /// @notice Swaps in whichever direction moves the price of `pool` to
    /// `sqrtPriceLimitX96` (an exact-input swap large enough to reach it);
    /// does nothing if the price is already there.
    function swapTo(IUniswapV3Pool pool, uint160 sqrtPriceLimitX96) external {
        _swapTo(pool, sqrtPriceLimitX96);
    }

    function _swapTo(IUniswapV3Pool pool, uint160 sqrtPriceLimitX96) private {
        (uint160 sqrtPriceX96,,,,,,) = pool.slot0();
        if (sqrtPriceX96 == sqrtPriceLimitX96) return;
        bool zeroForOne = sqrtPriceLimitX96 < sqrtPriceX96;
        _active = address(pool);
        pool.swap(address(this), zeroForOne, type(int256).max, sqrtPriceLimitX96, "");
        _active = address(0);
    }

    /// @inheritdoc IUniswapV3MintCallback
    function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes calldata) external {
        IUniswapV3Pool pool = _caller();
        if (amount0Owed > 0) IERC20(pool.token0()).safeTransfer(msg.sender, amount0Owed);
        if (amount1Owed > 0) IERC20(pool.token1()).safeTransfer(msg.sender, amount1Owed);
    }

    /// @inheritdoc IUniswapV3SwapCallback
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata) external {
        IUniswapV3Pool pool = _caller();
        if (amount0Delta > 0) IERC20(pool.token0()).safeTransfer(msg.sender, uint256(amount0Delta));
        if (amount1Delta > 0) IERC20(pool.token1()).safeTransfer(msg.sender, uint256(amount1Delta));
    }

    function _caller() private view returns (IUniswapV3Pool) {
        if (msg.sender != _active || msg.sender == address(0)) revert NotActivePool(msg.sender);
        return IUniswapV3Pool(msg.sender);
    }
}
