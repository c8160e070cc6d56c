//! The storage audit: re-check a provider's PoRA proof of the period, and fetch one of the
//! chunks it proved from the provider's node.

use codec::{Decode, Encode};
use sc_client_api::BlockBackend;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::{generic::Preamble, traits::Header as _, MultiAddress};
use zerog_alignment_primitives::{AuditOutcome, StorageTarget};
use zerog_data::{
	pora::{self, PoraProof},
	Hash,
};
use zerog_runtime::{
	opaque::Block, AccountId, Balance, RuntimeCall, StorageMarketCall, UncheckedExtrinsic,
};
use zerog_storage_client::retrieval::Retriever;
use zerog_storage_primitives::{Period, ProvingSet, StorageMarketApi};

/// Blocks looked back through for the provider's proof of the period.
pub const PROOF_SCAN: u32 = 64;

/// What an audit of `target` found at block `at`, or `None` if it cannot tell (yet).
///
/// Only an unavailable chunk is a failure, the one thing the chain's audit challenge settles:
/// the provider can refute any other complaint by publishing the chunk, which would slash an
/// honest auditor. So a provider that has not proved the period yet is audited later; bytes
/// served other than those proved, or a proof that does not carry the chunk, are logged and not
/// reported.
pub async fn audit<C>(
	client: &C,
	retriever: &Retriever,
	at: <Block as sp_runtime::traits::Block>::Hash,
	target: &StorageTarget<AccountId>,
) -> Option<(AuditOutcome, Hash)>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + BlockBackend<Block>,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	let period = client.runtime_api().current_period(at).ok()?;
	let (proof, set) = find_proof(client, at, &target.provider, period)?;
	let Some(proven) = proven_chunk(&set, &proof, target) else {
		log::warn!(target: "alignment", "{}'s proof of period {period} lacks the drawn chunk", target.provider);
		return None;
	};
	match retriever
		.chunk_from_provider(&target.provider, target.root, target.len, target.chunk)
		.await
	{
		Ok(served) if served == proven => {
			Some((AuditOutcome::Pass, *blake3::hash(&served).as_bytes()))
		},
		Ok(_) => {
			log::warn!(
				target: "alignment",
				"{} served bytes of chunk {} other than those it proved",
				target.provider,
				target.chunk
			);
			None
		},
		Err(error) => {
			let reason = error.to_string();
			log::info!(
				target: "alignment",
				"storage audit of {} (order {}, fragment {}, chunk {}) failed: {reason}",
				target.provider,
				target.order,
				target.fragment,
				target.chunk
			);
			Some((AuditOutcome::Fail, *blake3::hash(reason.as_bytes()).as_bytes()))
		},
	}
}

/// The proof of `period` that `provider` sent and that verifies, with the proving set it
/// verifies against (read in the block that carries it), looking back from block `at` through
/// the blocks of the period. A proof that does not verify (the chain refused it) is passed over.
fn find_proof<C>(
	client: &C,
	at: <Block as sp_runtime::traits::Block>::Hash,
	provider: &AccountId,
	period: Period,
) -> Option<(PoraProof, ProvingSet)>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + BlockBackend<Block>,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	let api = client.runtime_api();
	let mut hash = at;
	for _ in 0..PROOF_SCAN {
		if api.current_period(hash).ok() != Some(period) {
			return None;
		}
		let extrinsics = client.block_body(hash).ok().flatten().unwrap_or_default();
		for opaque in extrinsics {
			let Ok(extrinsic) = UncheckedExtrinsic::decode(&mut &opaque.encode()[..]) else {
				continue;
			};
			let Preamble::Signed(MultiAddress::Id(signer), ..) = &extrinsic.0.preamble else {
				continue;
			};
			let RuntimeCall::StorageMarket(StorageMarketCall::submit_proof {
				period: proved,
				proof,
			}) = extrinsic.0.function
			else {
				continue;
			};
			if signer != provider || proved != period {
				continue;
			}
			let Some(set) = api.proving_set(hash, provider.clone()).ok().flatten() else {
				continue;
			};
			if pora::verify_proof(&set.seed, &set.holdings, set.challenges, &proof).is_ok() {
				return Some((proof, set));
			}
		}
		match client.header(hash).ok().flatten() {
			Some(header) if *header.number() > 0 => hash = *header.parent_hash(),
			_ => break,
		}
	}
	None
}

/// The bytes of `target`'s chunk in `proof`, which answers the challenges of `set`.
fn proven_chunk(
	set: &ProvingSet,
	proof: &PoraProof,
	target: &StorageTarget<AccountId>,
) -> Option<Vec<u8>> {
	let lens: Vec<u64> = set.holdings.iter().map(|holding| holding.len).collect();
	let challenges = pora::challenges(&set.seed, &lens, set.challenges).ok()?;
	let holding =
		set.holdings.iter().position(|held| held.root == target.root && held.len == target.len)?
			as u32;
	// A proof answers each challenged holding in ascending order, each with its distinct
	// challenged chunks in ascending order.
	let mut holdings: Vec<u32> = challenges.iter().map(|c| c.holding).collect();
	holdings.dedup();
	let answer = proof.holdings.get(holdings.iter().position(|h| *h == holding)?)?;
	let mut chunks: Vec<u64> =
		challenges.iter().filter(|c| c.holding == holding).map(|c| c.chunk).collect();
	chunks.dedup();
	answer.chunks.get(chunks.iter().position(|chunk| *chunk == target.chunk)?).cloned()
}
