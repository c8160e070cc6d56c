//! Benchmarks of both calls and of the block hook, each at its worst case.

use super::*;
use crate::Pallet as Da;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get, Hooks},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Saturating, Zero};
use zerog_da_primitives::{BlobId, BlobState};
use zerog_data::blob::{BlobLayout, MAX_BLOB_LEN};

const SEED: u32 = 0;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// `count` DA operators, drawn as the signers of a new epoch.
fn signers<T: Config>(count: u32) -> Vec<T::AccountId> {
	let signers: Vec<_> = (0..count)
		.map(|i| {
			let who = funded::<T>("signer", i);
			T::BenchmarkHelper::make_signer(&who);
			who
		})
		.collect();
	T::BenchmarkHelper::next_epoch();
	Da::<T>::select_signers_if_new_epoch();
	signers
}

/// A pending blob of the largest size whose fee is held from `submitter`.
fn pending_blob<T: Config>(submitter: &T::AccountId, n: u32) -> BlobId {
	let mut root = [0u8; 32];
	root[..4].copy_from_slice(&n.to_le_bytes());
	root[4] = 0xda;
	// Each blob in a block of its own, so the per-block limit never binds.
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
	let id = NextBlobId::<T>::get();
	Da::<T>::do_submit(submitter.clone(), root, MAX_BLOB_LEN).expect("the blob is accepted");
	id
}

/// Records attestations of `blob` by every signer but the last, short of the quorum by the
/// last signer's stake.
fn attested_by_all_but_one<T: Config>(id: BlobId, signers: &[T::AccountId]) {
	let blob = Blobs::<T>::get(id).expect("the blob exists");
	let set = EpochSigners::<T>::get(blob.epoch).expect("its epoch is kept");
	let mut attesters = BoundedVec::new();
	let mut stake = BalanceOf::<T>::zero();
	for signer in &signers[..signers.len() - 1] {
		let (position, signer_stake) = set.find(signer).expect("a signer");
		attesters
			.try_push(Attestation { signer: signer.clone(), position, stake: signer_stake })
			.unwrap();
		stake = stake.saturating_add(signer_stake);
	}
	Attesters::<T>::insert(id, attesters);
	Blobs::<T>::mutate(id, |blob| blob.as_mut().unwrap().attested_stake = stake);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The largest blob, in a block whose deadline queue is one short of full.
	#[benchmark]
	fn submit_blob() {
		signers::<T>(1);
		let submitter = funded::<T>("submitter", 0);
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(T::AttestationWindow::get());
		let queued: Vec<BlobId> = (0..T::MaxBlobsPerBlock::get().saturating_sub(1))
			.map(|i| u64::from(i) + 1_000_000)
			.collect();
		Deadlines::<T>::insert(deadline, BoundedVec::truncate_from(queued));
		let root = [7u8; 32];

		#[extrinsic_call]
		_(RawOrigin::Signed(submitter), root, MAX_BLOB_LEN);

		assert!(BlobsByRoot::<T>::contains_key(root));
	}

	/// `n` blobs, each of which the caller's attestation certifies: the quorum is reached
	/// only with it, and the fee is paid to all `MaxSigners` attesters.
	#[benchmark]
	fn attest(n: Linear<1, { T::MaxAttestationsPerCall::get() }>) {
		let signers = signers::<T>(T::MaxSigners::get());
		let submitter = funded::<T>("submitter", 0);
		let ids: Vec<BlobId> = (0..n).map(|i| pending_blob::<T>(&submitter, i)).collect();
		for id in &ids {
			attested_by_all_but_one::<T>(*id, &signers);
		}
		let last = signers.last().expect("signers").clone();
		let blobs = BoundedVec::truncate_from(ids.clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(last), blobs);

		for id in ids {
			assert!(matches!(Blobs::<T>::get(id).unwrap().state, BlobState::Certified { .. }));
		}
	}

	/// A new epoch of `s` signers, `e` blobs expiring (their fees refunded) and `p` pruned.
	#[benchmark]
	fn on_initialize(
		s: Linear<0, { T::MaxSigners::get() }>,
		e: Linear<0, { T::MaxBlobsPerBlock::get() }>,
		p: Linear<0, { T::MaxBlobsPerBlock::get() }>,
	) {
		signers::<T>(1);
		let submitter = funded::<T>("submitter", 0);
		let expiring: Vec<BlobId> = (0..e).map(|i| pending_blob::<T>(&submitter, i)).collect();
		let pruned: Vec<BlobId> =
			(0..p).map(|i| pending_blob::<T>(&submitter, 10_000 + i)).collect();
		let at = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		let layout = BlobLayout::for_len(MAX_BLOB_LEN).unwrap();
		for id in &pruned {
			Blobs::<T>::mutate(id, |blob| {
				let blob = blob.as_mut().unwrap();
				blob.state = BlobState::Certified { at, retained_until: at };
				blob.layout = layout;
			});
		}
		Deadlines::<T>::insert(at, BoundedVec::truncate_from(expiring.clone()));
		Retention::<T>::insert(at, BoundedVec::truncate_from(pruned.clone()));
		for i in 0..s {
			T::BenchmarkHelper::make_signer(&funded::<T>("next-signer", i));
		}
		if s > 0 {
			T::BenchmarkHelper::next_epoch();
		}
		frame_system::Pallet::<T>::set_block_number(at);

		#[block]
		{
			Da::<T>::on_initialize(at);
		}

		assert!(expiring.iter().chain(pruned.iter()).all(|id| !Blobs::<T>::contains_key(id)));
	}

	impl_benchmark_test_suite!(Da, crate::mock::new_test_ext(), crate::mock::Test);
}
