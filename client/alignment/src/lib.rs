//! The node side of zerog's AI alignment nodes: the operator worker.
//!
//! A node started with `--alignment-operator` runs [`worker::run`] for the operator keys
//! (key type `zgal`) in its keystore that are registered operators of the `AlignmentNodes`
//! pallet. Each epoch, for each such key, it sends the epoch's heartbeat, then performs the
//! audits the chain drew for it ([`zerog_alignment_primitives::AlignmentApi::audit_plan`]) and
//! reports them with `submit_audit`:
//!
//! * **Storage** ([`storage_audit`]): the drawn chunk is one the audited provider is challenged
//!   on this period. The worker finds the provider's PoRA proof of the period in the chain's
//!   blocks, re-checks it against the provider's proving set, takes the chunk's bytes from it
//!   (proven against the fragment's root) and fetches the same chunk from the provider's node
//!   over the fragment protocol. The audit passes when the provider serves those bytes.
//! * **DA** ([`da_audit`]): the drawn cell of a certified blob is fetched through its row, else
//!   its column, and checked against the blob's data root.
//!
//! Juries are not automatic: an operator's votes are a judgement, sent with `commit_vote` and
//! `reveal_vote` by whoever holds the key (`AlignmentApi::jury_duties` lists them).

pub mod da_audit;
pub mod storage_audit;
pub mod worker;

/// Flags of a node running alignment duties.
#[derive(Debug, Clone, clap::Args)]
pub struct AlignmentParams {
	/// Act as an alignment operator: for each operator key (key type `zgal`) in this node's
	/// keystore that is a registered operator, send each epoch's heartbeat and report the
	/// audits drawn for it.
	#[arg(long)]
	pub alignment_operator: bool,
}
