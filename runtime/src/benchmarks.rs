//! The pallets whose extrinsics are benchmarked with `zerog-node benchmark pallet`.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<crate::Runtime>]
	[pallet_balances, crate::Balances]
	[pallet_timestamp, crate::Timestamp]
	[pallet_utility, crate::Utility]
	[pallet_multisig, crate::Multisig]
	[pallet_proxy, crate::Proxy]
	[pallet_vesting, crate::Vesting]
	[pallet_sudo, crate::Sudo]
	[pallet_parameters, crate::Parameters]
	[pallet_revive, crate::Revive]
	[pallet_shared_staking, crate::Staking]
);

impl frame_system_benchmarking::Config for crate::Runtime {}
