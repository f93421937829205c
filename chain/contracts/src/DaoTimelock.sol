// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title DaoTimelock
/// @notice OpenZeppelin's TimelockController, unchanged: the dev DAO's executor
/// and treasury. It exists as a source file only so that build.mjs, which emits
/// artifacts for src/ alone, emits one for the timelock.
contract DaoTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
