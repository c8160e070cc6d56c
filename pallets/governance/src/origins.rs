//! Checking a dispatch origin against zerog's governance origins.
//!
//! A referendum that passes on a track dispatches its call as the track's origin; the pallets
//! accept these origins through the [`EnsureOrigin`] types here, one per [`Origin`], and
//! treasury spends through [`Spender`], whose success value is the spend limit.

use crate::{whole_tokens, Config, Origin};
use core::marker::PhantomData;
use frame_support::traits::EnsureOrigin;

impl Origin {
	/// The most a referendum of this origin may spend from the treasury, in whole tokens, if
	/// it may spend at all. Polkadot's limits scaled to the ZG supply by 2/3.
	pub const fn spend_limit(&self) -> Option<u64> {
		match self {
			Origin::SmallSpender => Some(6_700),
			Origin::MediumSpender => Some(67_000),
			Origin::BigSpender => Some(670_000),
			Origin::Treasurer => Some(6_700_000),
			_ => None,
		}
	}
}

/// Declares, for each named origin, a type whose [`EnsureOrigin`] accepts exactly that origin.
macro_rules! origin_checks {
	($($(#[$doc:meta])* $origin:ident),* $(,)?) => {$(
		$(#[$doc])*
		pub struct $origin;

		impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for $origin {
			type Success = ();

			fn try_origin(outer: O) -> Result<Self::Success, O> {
				match outer.into() {
					Ok(Origin::$origin) => Ok(()),
					Ok(other) => Err(O::from(other)),
					Err(outer) => Err(outer),
				}
			}

			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<O, ()> {
				Ok(O::from(Origin::$origin))
			}
		}
	)*};
}

origin_checks!(
	/// Accepts [`Origin::StakingAdmin`].
	StakingAdmin,
	/// Accepts [`Origin::StorageAdmin`].
	StorageAdmin,
	/// Accepts [`Origin::DaAdmin`].
	DaAdmin,
	/// Accepts [`Origin::AlignmentAdmin`].
	AlignmentAdmin,
	/// Accepts [`Origin::FeesAdmin`].
	FeesAdmin,
	/// Accepts [`Origin::FellowshipAdmin`].
	FellowshipAdmin,
	/// Accepts [`Origin::Treasurer`].
	Treasurer,
	/// Accepts [`Origin::ReferendumCanceller`].
	ReferendumCanceller,
	/// Accepts [`Origin::ReferendumKiller`].
	ReferendumKiller,
	/// Accepts [`Origin::WhitelistedCaller`].
	WhitelistedCaller,
	/// Accepts [`Origin::Fellows`].
	Fellows,
);

/// Accepts the origins that may spend from the treasury, succeeding with their spend limit in
/// the chain's balance ([`Origin::spend_limit`]).
pub struct Spender<T>(PhantomData<T>);

impl<T: Config, O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for Spender<T> {
	type Success = T::Balance;

	fn try_origin(outer: O) -> Result<Self::Success, O> {
		match outer.into() {
			Ok(origin) => match origin.spend_limit() {
				Some(limit) => Ok(whole_tokens::<T>(limit)),
				None => Err(O::from(origin)),
			},
			Err(outer) => Err(outer),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(Origin::Treasurer))
	}
}
