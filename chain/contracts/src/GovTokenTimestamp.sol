// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {GovToken} from "./GovToken.sol";

/// @title GovTokenTimestamp
/// @notice GovToken on the timestamp clock (ERC-6372 "mode=timestamp"): its
/// checkpoints, and the timepoints of a Governor that reads its clock from
/// it (OpenZeppelin's GovernorVotes), are seconds instead of block numbers,
/// as on chains whose block numbers are not a steady clock. For test and dev
/// chains.
contract GovTokenTimestamp is GovToken {
    constructor(string memory name_, string memory symbol_) GovToken(name_, symbol_) {}

    /// @notice The block's timestamp: the token's (and its Governor's) timepoints are seconds.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372's description of the clock: "mode=timestamp".
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }
}
