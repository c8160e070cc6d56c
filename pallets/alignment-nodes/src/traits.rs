//! What the pallet needs from the rest of the runtime, wired there: the reward pool's release,
//! the storage market (stored roots, audit targets, its miss logic), the DA layer, and EVM
//! addresses. Pallets never import each other.

use sp_core::H160;
use zerog_alignment_primitives::{DaTarget, StorageTarget};
use zerog_data::Hash;

/// How much of the alignment reward pool has been released since genesis.
pub trait ReleasedRewards<Balance> {
	/// Released so far, in total: grows with time, never falls (payouts do not count).
	fn released() -> Balance;
	/// Makes what was released spendable from the pool (brings its vesting lock up to date).
	fn unlock();
}

/// Which data the storage market keeps.
pub trait StoredData {
	/// Whether a live order stores the file with this data root.
	fn is_stored(data_root: &Hash) -> bool;
}

/// The storage market as audits see it.
pub trait StorageAudits<AccountId> {
	/// The chunk an audit drawn with `draw` checks: a provider picked by `draw` among those
	/// with fragments to prove, one of its proven fragments, one chunk of it; `None` if no
	/// provider proves anything.
	fn target(draw: [u8; 32]) -> Option<StorageTarget<AccountId>>;
	/// How many providers there are, for the coverage figures.
	fn providers() -> u32;
	/// The chunk of `target` was reported unavailable and nobody published it in time: the
	/// market counts its provider as having missed a proof.
	fn chunk_unavailable(target: &StorageTarget<AccountId>);
}

/// The DA layer as audits see it.
pub trait DaAudits {
	/// The cell an audit drawn with `draw` samples: a cell of a certified blob; `None` if none
	/// is certified (or the runtime has no DA layer).
	fn target(draw: [u8; 32]) -> Option<DaTarget>;
}

impl DaAudits for () {
	fn target(_: [u8; 32]) -> Option<DaTarget> {
		None
	}
}

/// The EVM address an account calls contracts from.
pub trait AddressOf<AccountId> {
	/// `who`'s address.
	fn address_of(who: &AccountId) -> H160;
}
