// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title Notary
/// @notice Records who first notarized a data root (a file's BLAKE3 hash), emitting an event
///         per record and reverting with a reason on bad input.
contract Notary {
    struct Record {
        address by;
        uint64 blockNumber;
    }

    mapping(bytes32 => Record) public records;
    uint256 public count;

    event Notarized(address indexed by, bytes32 indexed dataRoot, string note);
    event Revoked(address indexed by, bytes32 indexed dataRoot);

    error NotTheNotarizer(bytes32 dataRoot, address notarizer);

    function notarize(bytes32 dataRoot, string calldata note) external {
        require(dataRoot != bytes32(0), "Notary: empty data root");
        require(bytes(note).length <= 256, "Notary: note longer than 256 bytes");
        require(records[dataRoot].by == address(0), "Notary: already notarized");
        records[dataRoot] = Record(msg.sender, uint64(block.number));
        count += 1;
        emit Notarized(msg.sender, dataRoot, note);
    }

    function revoke(bytes32 dataRoot) external {
        address by = records[dataRoot].by;
        if (by != msg.sender) revert NotTheNotarizer(dataRoot, by);
        delete records[dataRoot];
        count -= 1;
        emit Revoked(msg.sender, dataRoot);
    }
}
