//! The weights the runtime runs with: one generated file per benchmarked pallet (our pallets
//! keep their own copy for their tests; these are rendered from the same benchmark run by
//! `scripts/benchmark-pallets.sh`), and the database weights every pallet's weights read.

pub mod pallet_alignment_nodes;
pub mod pallet_da_commitments;
pub mod pallet_shared_staking;
pub mod pallet_storage_market;

/// The cost of a database read and write. RocksDB's reference figures until
/// `benchmark storage` measures ours.
pub use frame_support::weights::constants::RocksDbWeight as DbWeight;
