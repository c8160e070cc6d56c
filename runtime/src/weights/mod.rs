//! The weights the runtime runs with, all generated on the benchmark machine:
//! - one file per benchmarked pallet (our pallets keep their own copy for their tests; these are
//!   rendered from the same benchmark run by `scripts/benchmark-pallets.sh`, which also writes
//!   the upstream pallets' files);
//! - the machine weights every other weight stands on (`scripts/benchmark-machine-weights.sh`):
//!   a database read and write (`benchmark storage` over a state filled by a real load), an
//!   empty block and the base of one extrinsic (`benchmark overhead`).

#[rustfmt::skip]
pub mod block_weights;
pub mod eth_block_builder;
#[rustfmt::skip]
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_alignment_nodes;
pub mod pallet_balances;
pub mod pallet_da_commitments;
pub mod pallet_revive;
pub mod pallet_shared_staking;
pub mod pallet_storage_market;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
// The storage benchmark's template documents the fields of a struct expression.
#[rustfmt::skip]
#[allow(unused_doc_comments)]
pub mod rocksdb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
/// The cost of a database read and write, measured on this chain's RocksDB.
pub use rocksdb_weights::constants::RocksDbWeight as DbWeight;
