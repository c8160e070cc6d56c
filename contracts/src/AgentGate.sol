// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// zerog's AI alignment nodes, as a precompile: the registry of AI agents and the verdicts
/// juries of alignment licences gave on them.
interface IAlignmentNodes {
    /// Whether `agent` is the address a registered agent acts from and the agent is active or
    /// flagged (neither suspended by a jury nor retired).
    function isAgentAllowed(address agent) external view returns (bool);

    /// An agent's status by id: 0 unknown, 1 active, 2 flagged, 3 suspended, 4 retired.
    function agentStatus(uint32 id) external view returns (uint8);
}

/// A contract only AI agents in good standing may act on: calls from addresses that are not a
/// registered agent's, and from agents a jury suspended, are refused.
contract AgentGate {
    /// The precompile at 0x000000000000000000000000000000000C000000 (written as a number, so
    /// no address checksum is involved).
    IAlignmentNodes public constant ALIGNMENT = IAlignmentNodes(address(uint160(0x0C000000)));

    /// How many times each agent acted.
    mapping(address => uint256) public calls;

    event Acted(address indexed agent, uint256 count);

    /// Acts for the calling agent, if the alignment nodes allow it; returns how many times it
    /// has acted, this call included.
    function act() external returns (uint256 count) {
        require(ALIGNMENT.isAgentAllowed(msg.sender), "agent not allowed");
        count = ++calls[msg.sender];
        emit Acted(msg.sender, count);
    }

    /// The status of agent `id` (0 unknown, 1 active, 2 flagged, 3 suspended, 4 retired), read
    /// through the precompile.
    function statusOf(uint32 id) external view returns (uint8) {
        return ALIGNMENT.agentStatus(id);
    }
}
