// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// zerog's data-availability layer, as a precompile.
interface IDataAvailability {
    /// `certified`: the blob reached the quorum, is retained, and no missed challenge or fraud
    /// proof undid it; `certifiedAt`: the block it did; `retainedUntil`: the last block it is
    /// kept (both 0 unless certified); `confidence`: what its samplers' clean reports give, in
    /// parts per billion.
    function isAvailable(bytes32 dataRoot)
        external
        view
        returns (bool certified, uint64 certifiedAt, uint64 retainedUntil, uint32 confidence);

    /// `state`: 0 unknown, 1 pending, 2 certified, 3 unavailable, 4 invalid.
    function blobStatus(bytes32 dataRoot) external view returns (uint8 state, uint32 confidence);
}

/// A rollup's inbox that only accepts a batch once the DA layer certifies its blob.
contract RollupInbox {
    /// The precompile at 0x000000000000000000000000000000000B000000 (written as a number, so
    /// no address checksum is involved).
    IDataAvailability public constant DA = IDataAvailability(address(uint160(0x0B000000)));

    /// An accepted batch: its blob's data root and the block the DA layer certified it.
    struct Batch {
        bytes32 dataRoot;
        uint64 certifiedAt;
    }

    /// The accepted batches, by index.
    Batch[] public batches;

    event BatchAccepted(uint256 indexed index, bytes32 dataRoot, uint64 certifiedAt);

    /// The DA layer has not certified (or no longer retains) the blob.
    error BlobNotCertified(bytes32 dataRoot);

    /// Accepts the batch whose blob has `dataRoot`, if the DA layer certified it.
    function submitBatch(bytes32 dataRoot) external {
        (bool certified, uint64 certifiedAt,,) = DA.isAvailable(dataRoot);
        if (!certified) revert BlobNotCertified(dataRoot);
        uint256 index = batches.length;
        batches.push(Batch(dataRoot, certifiedAt));
        emit BatchAccepted(index, dataRoot, certifiedAt);
    }

    /// How many batches were accepted.
    function batchCount() external view returns (uint256) {
        return batches.length;
    }
}
