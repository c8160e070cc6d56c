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
/// Blocks of a period after which a provider that has not proved is audited as failing.
pub const PROOF_GRACE: u32 = 3;

/// What an audit of `target` found at block `at`, or `None` if it cannot tell yet (the
/// provider may still prove the period).
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
	let set = client.runtime_api().proving_set(at, target.provider.clone()).ok()??;
	let proof = match find_proof(client, at, &target.provider, set.period) {
		ProofSearch::Found(proof) => proof,
		ProofSearch::NotYet => return None,
		ProofSearch::Missing => {
			return Some(failed(target, "the provider sent no proof of the period"));
		},
	};
	if let Err(error) = pora::verify_proof(&set.seed, &set.holdings, set.challenges, &proof) {
		return Some(failed(
			target,
			&format!("its proof of the period does not verify: {error:?}"),
		));
	}
	let Some(proven) = proven_chunk(&set, &proof, target) else {
		return Some(failed(target, "its proof does not carry the drawn chunk"));
	};
	match retriever
		.chunk_from_provider(&target.provider, target.root, target.len, target.chunk)
		.await
	{
		Ok(served) if served == proven => {
			Some((AuditOutcome::Pass, *blake3::hash(&served).as_bytes()))
		},
		Ok(_) => Some(failed(target, "served bytes other than those it proved")),
		Err(error) => Some(failed(target, &error.to_string())),
	}
}

/// A failed audit with the hash of why as its evidence.
fn failed(target: &StorageTarget<AccountId>, reason: &str) -> (AuditOutcome, Hash) {
	log::info!(
		target: "alignment",
		"storage audit of {} (order {}, fragment {}, chunk {}) failed: {reason}",
		target.provider,
		target.order,
		target.fragment,
		target.chunk
	);
	(AuditOutcome::Fail, *blake3::hash(reason.as_bytes()).as_bytes())
}

/// What the chain's blocks say of a provider's proof of a period.
enum ProofSearch {
	/// Its proof, as included.
	Found(PoraProof),
	/// Not included yet, early in the period.
	NotYet,
	/// Not included, `PROOF_GRACE` blocks or more into the period.
	Missing,
}

/// The proof of `period` that `provider` sent, looking back from block `at` through the
/// blocks of the period.
fn find_proof<C>(
	client: &C,
	at: <Block as sp_runtime::traits::Block>::Hash,
	provider: &AccountId,
	period: Period,
) -> ProofSearch
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + BlockBackend<Block>,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	let mut hash = at;
	for looked in 0..PROOF_SCAN {
		if client.runtime_api().current_period(hash).ok() != Some(period) {
			return if looked >= PROOF_GRACE { ProofSearch::Missing } else { ProofSearch::NotYet };
		}
		let extrinsics = client.block_body(hash).ok().flatten().unwrap_or_default();
		for opaque in extrinsics {
			let Ok(extrinsic) = UncheckedExtrinsic::decode(&mut &opaque.encode()[..]) else {
				continue;
			};
			let Preamble::Signed(MultiAddress::Id(signer), ..) = &extrinsic.0.preamble else {
				continue;
			};
			if let RuntimeCall::StorageMarket(StorageMarketCall::submit_proof {
				period: proved,
				proof,
			}) = extrinsic.0.function
			{
				if signer == provider && proved == period {
					return ProofSearch::Found(proof);
				}
			}
		}
		match client.header(hash).ok().flatten() {
			Some(header) if *header.number() > 0 => hash = *header.parent_hash(),
			_ => break,
		}
	}
	ProofSearch::NotYet
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
