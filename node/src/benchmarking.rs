//! Extrinsics and inherents for `zerog-node benchmark overhead` and `benchmark extrinsic`.

use crate::service::FullClient;
use codec::Encode;
use sc_cli::Result;
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, OpaqueExtrinsic, SaturatedConversion};
use std::{sync::Arc, time::Duration};
use zerog_runtime::{self as runtime, AccountId, Balance};

/// Builds `System::remark` extrinsics signed by Alice.
pub struct RemarkBuilder {
	client: Arc<FullClient>,
}

impl RemarkBuilder {
	/// A builder over the given client's best block.
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for RemarkBuilder {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let call = frame_system::Call::<runtime::Runtime>::remark { remark: vec![] };
		signed_extrinsic(&self.client, Sr25519Keyring::Alice.pair(), call.into(), nonce)
	}
}

/// Builds `Balances::transfer_keep_alive` extrinsics from Alice to a fixed account.
pub struct TransferKeepAliveBuilder {
	client: Arc<FullClient>,
	dest: AccountId,
	value: Balance,
}

impl TransferKeepAliveBuilder {
	/// A builder sending `value` to `dest`.
	pub fn new(client: Arc<FullClient>, dest: AccountId, value: Balance) -> Self {
		Self { client, dest, value }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for TransferKeepAliveBuilder {
	fn pallet(&self) -> &str {
		"balances"
	}

	fn extrinsic(&self) -> &str {
		"transfer_keep_alive"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let call = pallet_balances::Call::<runtime::Runtime>::transfer_keep_alive {
			dest: self.dest.clone().into(),
			value: self.value,
		};
		signed_extrinsic(&self.client, Sr25519Keyring::Alice.pair(), call.into(), nonce)
	}
}

/// Signs `call` with `sender` for the chain of `client`, valid from its best block on.
pub fn signed_extrinsic(
	client: &FullClient,
	sender: sp_core::sr25519::Pair,
	call: runtime::RuntimeCall,
	nonce: u32,
) -> std::result::Result<OpaqueExtrinsic, &'static str> {
	let info = sc_client_api::HeaderBackend::info(client);
	let genesis_hash = info.genesis_hash;
	let best_hash = info.best_hash;
	let period = runtime::configs::system::BlockHashCount::get()
		.checked_next_power_of_two()
		.map(|c| c / 2)
		.unwrap_or(2) as u64;
	let era = Era::mortal(period, info.best_number.saturated_into());
	let context = zerog_client_tx::SigningContext {
		genesis_hash,
		spec_version: runtime::VERSION.spec_version,
		transaction_version: runtime::VERSION.transaction_version,
		era: (era, best_hash),
	};
	let extrinsic = zerog_client_tx::sign(call, &sender, nonce, context);
	OpaqueExtrinsic::try_from_encoded_extrinsic(&extrinsic.encode())
		.map_err(|_| "the extrinsic does not decode")
}

/// Inherent data for a benchmark block: timestamp zero, which is BABE slot zero, so the
/// block needs no BABE pre-digest to agree with its timestamp.
pub fn inherent_benchmark_data() -> Result<InherentData> {
	let mut inherent_data = InherentData::new();
	let timestamp = sp_timestamp::InherentDataProvider::new(Duration::from_millis(0).into());
	futures::executor::block_on(timestamp.provide_inherent_data(&mut inherent_data))
		.map_err(|e| format!("creating the timestamp inherent: {e:?}"))?;
	Ok(inherent_data)
}
