//! Benchmarks of every call and of the block hook, each at its worst case.

use super::*;
use crate::Pallet as Da;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Mutate, MutateHold},
		Get, Hooks,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Saturating, Zero};
use zerog_da_primitives::ChallengeId;
use zerog_da_primitives::{BlobId, BlobState};
use zerog_data::blob::{fraud_proof_from_line, prove_cell_in_line, Axis, BlobLayout, MAX_BLOB_LEN};

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

/// A line of the widest layout (`2k = 256` cells of 2 KiB) that is not a codeword.
fn scrambled_line(layout: &BlobLayout) -> Vec<u8> {
	(0..layout.line_len()).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect()
}

/// A roots document of the widest layout committing `line` as row 0 and column 0 (the other
/// roots are zero), and the `data_root` it hashes to.
fn roots_committing(layout: &BlobLayout, line: &[u8]) -> (Vec<u8>, zerog_data::Hash) {
	let line_root = zerog_data::root(line);
	let width = layout.extended_width() as usize;
	let mut document = alloc::vec![0u8; layout.roots_document_len() as usize];
	document[..32].copy_from_slice(&line_root);
	document[width * 32..width * 32 + 32].copy_from_slice(&line_root);
	let header_at = document.len() - zerog_data::blob::HEADER_LEN;
	document[header_at..].copy_from_slice(&layout.header());
	let data_root = zerog_data::root(&document);
	(document, data_root)
}

/// A certified blob of the largest size committed to `data_root`, attested by `attesters`
/// (signers of its epoch), with its samplers' tally open.
fn certified_blob<T: Config>(
	submitter: &T::AccountId,
	data_root: zerog_data::Hash,
	attesters: &[T::AccountId],
) -> BlobId {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
	let id = NextBlobId::<T>::get();
	Da::<T>::do_submit(submitter.clone(), data_root, MAX_BLOB_LEN).expect("the blob is accepted");
	let blob = Blobs::<T>::get(id).expect("the blob exists");
	let set = EpochSigners::<T>::get(blob.epoch).expect("its epoch is kept");
	let mut records = BoundedVec::new();
	let mut stake = BalanceOf::<T>::zero();
	for signer in attesters {
		let (position, signer_stake) = set.find(signer).expect("a signer");
		records
			.try_push(Attestation { signer: signer.clone(), position, stake: signer_stake })
			.unwrap();
		stake = stake.saturating_add(signer_stake);
	}
	Attesters::<T>::insert(id, records);
	let BlobState::Pending { deadline } = blob.state else { unreachable!("just submitted") };
	let retained_until = deadline.saturating_add(T::RetentionPeriod::get());
	Deadlines::<T>::mutate(deadline, |due| due.retain(|d| *d != id));
	Retention::<T>::mutate(retained_until, |due| due.try_push(id)).expect("room to retain");
	Blobs::<T>::mutate(id, |blob| {
		let blob = blob.as_mut().unwrap();
		blob.attested_stake = stake;
		blob.state = BlobState::Certified { at: now, retained_until };
	});
	Sampling::<T>::insert(id, Da::<T>::open_tally(blob.fee));
	id
}

/// An open challenge of cell (`row`, `column`) of blob `id`, owed by `owed_by`, answered by
/// all of them but those in `missing`, with its deposit held from a funded challenger.
fn open_challenge<T: Config>(
	id: BlobId,
	row: u32,
	column: u32,
	owed_by: &[T::AccountId],
	missing: usize,
) -> ChallengeId {
	let challenger = funded::<T>("challenger", 0);
	let deposit = T::ChallengeDeposit::get();
	T::Currency::hold(&HoldReason::ChallengeDeposit.into(), &challenger, deposit).unwrap();
	let challenge = NextChallengeId::<T>::get();
	NextChallengeId::<T>::put(challenge + 1);
	let deadline =
		frame_system::Pallet::<T>::block_number().saturating_add(T::ChallengeWindow::get());
	ChallengeDeadlines::<T>::mutate(deadline, |due| due.try_push(challenge)).unwrap();
	OpenChallenges::<T>::mutate(id, |open| open.try_push(challenge)).unwrap();
	let answered = owed_by[..owed_by.len() - missing].to_vec();
	Challenges::<T>::insert(
		challenge,
		Challenge {
			blob: id,
			row,
			column,
			challenger,
			deposit,
			deadline,
			owed_by: BoundedVec::truncate_from(owed_by.to_vec()),
			answered: BoundedVec::truncate_from(answered),
		},
	);
	challenge
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
				let mut tally = Da::<T>::open_tally(blob.fee);
				tally.pot = blob.fee;
				Sampling::<T>::insert(id, tally);
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

	/// A sampler's report on a blob that has all but one of its reports, paid its reward.
	#[benchmark]
	fn report_samples() {
		let signers = signers::<T>(T::MaxSampleReports::get());
		let submitter = funded::<T>("submitter", 0);
		let id = certified_blob::<T>(&submitter, [5; 32], &signers);
		let (last, earlier) = signers.split_last().expect("signers");
		for sampler in earlier {
			Da::<T>::do_report_samples(sampler.clone(), id, 16, 16).expect("a valid report");
		}
		let most = T::MaxSamplesPerReport::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), id, most, most);

		assert_eq!(Sampling::<T>::get(id).unwrap().summary.reports, T::MaxSampleReports::get());
	}

	/// A challenge of a blob attested by `MaxSigners` signers that has all but one of its
	/// challenges open already.
	#[benchmark]
	fn challenge() {
		let signers = signers::<T>(T::MaxSigners::get());
		let submitter = funded::<T>("submitter", 0);
		let id = certified_blob::<T>(&submitter, [6; 32], &signers);
		for i in 0..T::MaxChallengesPerBlob::get().saturating_sub(1) {
			open_challenge::<T>(id, i + 1, 0, &signers[..1], 1);
		}
		let challenger = funded::<T>("challenger", 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(challenger), id, 0, 0);

		assert_eq!(OpenChallenges::<T>::get(id).len() as u32, T::MaxChallengesPerBlob::get());
	}

	/// The last answer owed to a challenge of the widest blob, proven through its column (the
	/// row is tried first and fails): it closes the challenge and pays the deposit to
	/// `MaxSigners` responders.
	#[benchmark]
	fn respond() {
		let signers = signers::<T>(T::MaxSigners::get());
		let submitter = funded::<T>("submitter", 0);
		let layout = BlobLayout::for_len(MAX_BLOB_LEN).unwrap();
		let column = scrambled_line(&layout);
		let (document, data_root) = roots_committing(&layout, &column);
		let id = certified_blob::<T>(&submitter, data_root, &signers);
		let row = layout.extended_width() - 1;
		open_challenge::<T>(id, row, 0, &signers, 1);
		let proof = prove_cell_in_line(&layout, &document, Axis::Column, row, 0, &column).unwrap();
		let cell_len = layout.cell_len as usize;
		let at = row as usize * cell_len;
		let cell = column[at..at + cell_len].to_vec();
		let last = signers.last().expect("signers").clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(last), id, row, 0, cell, proof);

		assert!(OpenChallenges::<T>::get(id).is_empty());
	}

	/// A fraud proof along a line of the widest blob (`k = 128`, 2 KiB cells) that is not a
	/// codeword, against a certified blob with `a` attesters, each slashed.
	#[benchmark]
	fn report_bad_encoding(a: Linear<1, { T::MaxSigners::get() }>) {
		let signers = signers::<T>(a);
		let submitter = funded::<T>("submitter", 0);
		let layout = BlobLayout::for_len(MAX_BLOB_LEN).unwrap();
		let line = scrambled_line(&layout);
		let (document, data_root) = roots_committing(&layout, &line);
		let id = certified_blob::<T>(&submitter, data_root, &signers);
		let proof = fraud_proof_from_line(&layout, &document, Axis::Row, 0, &line).unwrap();
		let reporter = funded::<T>("reporter", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), id, proof);

		assert!(matches!(Blobs::<T>::get(id).unwrap().state, BlobState::Invalid { .. }));
	}

	/// A challenge closing with `m` of its `MaxSigners` attesters missing, each slashed and
	/// revoked; the blob falls below the quorum.
	#[benchmark]
	fn close_challenge(m: Linear<0, { T::MaxSigners::get() }>) {
		let signers = signers::<T>(T::MaxSigners::get());
		let submitter = funded::<T>("submitter", 0);
		let id = certified_blob::<T>(&submitter, [8; 32], &signers);
		let closing = open_challenge::<T>(id, 0, 0, &signers, m as usize);
		let deadline = Challenges::<T>::get(closing).unwrap().deadline;
		frame_system::Pallet::<T>::set_block_number(deadline);

		#[block]
		{
			Da::<T>::close_challenges(deadline);
		}

		assert!(!Challenges::<T>::contains_key(closing));
	}

	impl_benchmark_test_suite!(Da, crate::mock::new_test_ext(), crate::mock::Test);
}
