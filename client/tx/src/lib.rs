//! Signing runtime calls outside the runtime: for the benchmark builders and the storage CLI.

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
	);
	let payload = runtime::SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| sender.sign(bytes));
	<runtime::UncheckedExtrinsic as SignedTransactionBuilder>::new_signed_transaction(
		call,
		AccountId::from(sender.public()).into(),
		runtime::Signature::Sr25519(signature),
		extension,
	)
}
