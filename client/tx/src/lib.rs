//! Signing runtime calls outside the runtime: for the benchmark builders, the node's DA signer
//! and the storage and DA commands ([`remote`] signs for a node reached over RPC).

pub mod remote;

use codec::Encode;
use sp_core::{sr25519, Pair};
use sp_runtime::generic::Era;
use zerog_runtime::{self as runtime, AccountId, Hash};

/// What a signature commits to besides the call: the chain and runtime it is valid for.
#[derive(Clone, Copy, Debug)]
pub struct SigningContext {
	/// The chain's genesis hash.
	pub genesis_hash: Hash,
	/// The runtime's spec version.
	pub spec_version: u32,
	/// The runtime's transaction version.
	pub transaction_version: u32,
	/// Mortality: the era and the hash of the block it starts at (the genesis hash when
	/// immortal).
	pub era: (Era, Hash),
}

/// Signs `call` by `sender` with `nonce`.
pub fn sign(
	call: runtime::RuntimeCall,
	sender: &sr25519::Pair,
	nonce: u32,
	context: SigningContext,
) -> runtime::UncheckedExtrinsic {
	let account = AccountId::from(sender.public());
	sign_with(call, account, nonce, context, |payload| Some(sender.sign(payload)))
		.expect("a key pair always signs; qed")
}

/// Signs `call` by the sr25519 account `sender` with `nonce`, the signature made by `signer`
/// over the payload's bytes (a keystore, for keys the node holds); `None` if it cannot sign.
pub fn sign_with(
	call: runtime::RuntimeCall,
	sender: AccountId,
	nonce: u32,
	context: SigningContext,
	signer: impl FnOnce(&[u8]) -> Option<sr25519::Signature>,
) -> Option<runtime::UncheckedExtrinsic> {
	use frame_support::traits::SignedTransactionBuilder;
	let (era, era_hash) = context.era;
	let extension = runtime::tx_extension(era, nonce, 0);
	let implicit = (
		(),
		context.spec_version,
		context.transaction_version,
		context.genesis_hash,
		era_hash,
		(),
		(),
		(),
		(),
		(),
		(),
	);
	let payload = runtime::SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(signer)?;
	Some(<runtime::UncheckedExtrinsic as SignedTransactionBuilder>::new_signed_transaction(
		call,
		sender.into(),
		runtime::Signature::Sr25519(signature),
		extension,
	))
}
