//! The timings a chain's tracks run on, and the periods of a referendum.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::traits::AtLeast32BitUnsigned;

/// Which timings the tracks of a chain run on. Chosen in the genesis config and never changed
/// afterwards, so `api.consts.referenda.tracks` (evaluated against the chain's state) always
/// shows the timings in force.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub enum TrackTimings {
	/// Polkadot's periods, in hours and days: the main network.
	#[default]
	Production,
	/// The same tracks, deposits and curves with periods of blocks ([`FAST_PERIODS`]): a
	/// root referendum goes from submission to enactment in under five minutes, so dev and
	/// local chains can try governance.
	Fast,
}

/// How long the phases of a referendum on a track last.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Periods<Moment> {
	/// From submission until a decision may start (if the decision deposit is placed).
	pub prepare: Moment,
	/// How long a decision may take before the referendum is rejected.
	pub decision: Moment,
	/// How long approval and support must hold for the referendum to pass.
	pub confirm: Moment,
	/// The least time between passing and enactment.
	pub min_enactment: Moment,
}

impl Periods<u32> {
	/// These periods, given in minutes, as blocks.
	pub fn minutes_to_blocks<B: AtLeast32BitUnsigned + Copy>(
		self,
		blocks_per_minute: B,
	) -> Periods<B> {
		let blocks = |minutes: u32| B::from(minutes).saturating_mul(blocks_per_minute);
		Periods {
			prepare: blocks(self.prepare),
			decision: blocks(self.decision),
			confirm: blocks(self.confirm),
			min_enactment: blocks(self.min_enactment),
		}
	}

	/// These periods, given in blocks, in the chain's block-number type.
	pub fn blocks<B: From<u32>>(self) -> Periods<B> {
		Periods {
			prepare: self.prepare.into(),
			decision: self.decision.into(),
			confirm: self.confirm.into(),
			min_enactment: self.min_enactment.into(),
		}
	}
}

/// The periods of every track on [`TrackTimings::Fast`], in blocks (3 s each on zerog): two
/// blocks to prepare, two minutes to decide, two blocks to confirm, enactment in the next
/// block. A referendum whose voters hold enough of the issuance passes within about a minute;
/// one that is voted down is rejected when its two-minute decision period ends.
pub const FAST_PERIODS: Periods<u32> =
	Periods { prepare: 2, decision: 40, confirm: 2, min_enactment: 1 };
