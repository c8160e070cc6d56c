//! Blocks built through `Executive`: a signed balance transfer is applied and charged a fee
//! (shared by the treasury and the author), and a badly signed one is refused.

use codec::Encode;
use frame_support::traits::{fungible::Inspect, InherentBuilder, SignedTransactionBuilder};
use sp_consensus_babe::{
	digests::{PreDigest, SecondaryPlainPreDigest},
	Slot, BABE_ENGINE_ID,
};
use sp_core::Pair;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem, Era},
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use zerog_runtime::{
	constants::{currency::ZG, time::SLOT_DURATION},
	Balances, Executive, Header, RuntimeCall, SignedPayload, System, TxExtension,
	UncheckedExtrinsic, VERSION,
};

mod common;

fn dev_chain() -> sp_io::TestExternalities {
	common::genesis_of(DEV_RUNTIME_PRESET)
}

/// Starts block 1 in `slot`, authored by validator 0, with its timestamp inherent.
fn start_block(slot: u64) {
	let pre_digest = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
		authority_index: 0,
		slot: Slot::from(slot),
	});
	let digest = Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre_digest.encode())] };
	let header =
		Header::new(1, Default::default(), Default::default(), System::parent_hash(), digest);
	Executive::initialize_block(&header);
	let timestamp =
		InherentBuilder::new_inherent(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
			now: slot * SLOT_DURATION,
		}));
	Executive::apply_extrinsic(timestamp).unwrap().unwrap();
}

fn extension(nonce: u32) -> TxExtension {
	zerog_runtime::tx_extension(Era::Immortal, nonce, 0)
}

fn signed(signer: Sr25519Keyring, call: RuntimeCall, nonce: u32) -> UncheckedExtrinsic {
	let genesis_hash = System::block_hash(0);
	let payload = SignedPayload::from_raw(
		call.clone(),
		extension(nonce),
		(
			(),
			VERSION.spec_version,
			VERSION.transaction_version,
			genesis_hash,
			genesis_hash,
			(),
			(),
			(),
			(),
			(),
			(),
		),
	);
	let signature = payload.using_encoded(|bytes| signer.pair().sign(bytes));
	SignedTransactionBuilder::new_signed_transaction(
		call,
		signer.to_account_id().into(),
		signature.into(),
		extension(nonce),
	)
}

fn transfer(to: Sr25519Keyring, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.to_account_id().into(),
		value,
	})
}

#[test]
fn signed_transfer_is_applied_and_pays_a_fee() {
	let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
	dev_chain().execute_with(|| {
		let alice_before = Balances::balance(&alice.to_account_id());
		let bob_before = Balances::balance(&bob.to_account_id());

		start_block(1_000);
		let result = Executive::apply_extrinsic(signed(alice, transfer(bob, 5 * ZG), 0));
		assert_eq!(result, Ok(Ok(())));
		let header = Executive::finalize_block();
		assert_eq!(*header.number(), 1);

		assert_eq!(Balances::balance(&bob.to_account_id()), bob_before + 5 * ZG);
		let alice_after = Balances::balance(&alice.to_account_id());
		let fee = alice_before - 5 * ZG - alice_after;
		assert!(fee > 0, "a transfer is not free");
		assert!(fee < ZG / 100, "a transfer costs less than 0.01 ZG, paid {fee}");
		assert_eq!(System::account_nonce(alice.to_account_id()), 1);
	});
}

#[test]
fn fees_go_four_fifths_to_the_treasury_and_a_fifth_to_the_author() {
	let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
	let author = Sr25519Keyring::AliceStash.to_account_id();
	dev_chain().execute_with(|| {
		let treasury = zerog_runtime::Treasury::account_id();
		let alice_before = Balances::balance(&alice.to_account_id());
		let treasury_before = Balances::balance(&treasury);
		let author_before = Balances::balance(&author);

		start_block(1_000);
		let result = Executive::apply_extrinsic(signed(alice, transfer(bob, 5 * ZG), 0));
		assert_eq!(result, Ok(Ok(())));
		Executive::finalize_block();

		let fee = alice_before - 5 * ZG - Balances::balance(&alice.to_account_id());
		let to_treasury = Balances::balance(&treasury) - treasury_before;
		let to_author = Balances::balance(&author) - author_before;
		assert_eq!(to_treasury + to_author, fee, "nothing is burned");
		assert_eq!(to_treasury, fee * 4 / 5);
	});
}

#[test]
fn transfer_signed_by_someone_else_is_refused() {
	let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
	dev_chain().execute_with(|| {
		start_block(1_000);
		let genuine = signed(alice, transfer(bob, ZG), 0);
		let forged = SignedTransactionBuilder::new_signed_transaction(
			transfer(bob, ZG),
			bob.to_account_id().into(),
			match genuine.0.preamble {
				sp_runtime::generic::Preamble::Signed(_, signature, _) => signature,
				_ => unreachable!("built as signed"),
			},
			extension(0),
		);
		assert_eq!(
			Executive::apply_extrinsic(forged),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
	});
}
