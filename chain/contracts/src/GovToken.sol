// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title GovToken
/// @notice The dev DAO's voting token: an OpenZeppelin ERC20Votes token (with
/// EIP-2612 permits and EIP-712 delegation by signature) on the block-number
/// clock, which only its owner mints. Votes count once delegated: a holder
/// delegates to itself or to another account (a voter, ProposalScores), and
/// the delegation counts from the next block on. For test and dev chains.
contract GovToken is ERC20, ERC20Permit, ERC20Votes, Ownable {
    constructor(string memory name_, string memory symbol_)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
        Ownable(msg.sender)
    {}

    /// @notice Mints `amount` to `to`; only the owner may call it.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    // Both ERC20 and ERC20Votes define _update; ERC20Votes moves the votes with the tokens.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    /// @inheritdoc ERC20Permit
    /// @dev Permits and delegations by signature share one nonce per account.
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
