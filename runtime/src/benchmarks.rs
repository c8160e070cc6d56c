//! The pallets whose extrinsics are benchmarked with `zerog-node benchmark pallet`.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_vesting, Vesting]
	[pallet_sudo, Sudo]
	[pallet_parameters, Parameters]
);
