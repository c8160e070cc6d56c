// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// zerog's storage market, as a precompile.
interface IStorageMarket {
    /// `status`: 0 unknown, 1 pending (fragments not all confirmed), 2 stored, 3 proven (k
    /// fragments proven in the last ended challenge period).
    function orderStatus(uint64 orderId)
        external
        view
        returns (uint8 status, uint64 size, uint32 storedFragments, uint32 totalFragments, uint32 endPeriod);

    /// Whether a live order of the file is proven: its data can be rebuilt from proven fragments.
    function isStored(bytes32 dataRoot) external view returns (bool);

    /// The current challenge period.
    function currentPeriod() external view returns (uint32);
}

/// A registry of training data sets that only accepts data the storage market keeps and proves.
contract DatasetRegistry {
    IStorageMarket public constant STORAGE = IStorageMarket(0x000000000000000000000000000000000a000000);

    /// Names of registered data sets by data root.
    mapping(bytes32 => string) public names;

    event Registered(bytes32 indexed dataRoot, string name, uint32 period);

    /// The data set is not stored and proven.
    error NotStored(bytes32 dataRoot);

    /// Registers a data set under `name` once the storage market proves it.
    function register(bytes32 dataRoot, string calldata name) external {
        if (!STORAGE.isStored(dataRoot)) revert NotStored(dataRoot);
        names[dataRoot] = name;
        emit Registered(dataRoot, name, STORAGE.currentPeriod());
    }

    /// An order's status, read through the precompile.
    function orderStatus(uint64 orderId)
        external
        view
        returns (uint8 status, uint64 size, uint32 storedFragments, uint32 totalFragments, uint32 endPeriod)
    {
        return STORAGE.orderStatus(orderId);
    }
}
