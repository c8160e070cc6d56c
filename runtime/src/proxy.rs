//! What a proxy account may do on behalf of the account that appointed it.

use crate::RuntimeCall;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::InstanceFilter;
use scale_info::TypeInfo;

/// The kinds of proxy an account can appoint.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Any call.
	#[default]
	Any,
	/// Any call that cannot move funds out of the account.
	NonTransfer,
	/// Only cancelling another proxy's announced call.
	CancelProxy,
	/// Only governance: referenda, votes and delegations, preimages, treasury spends and the
	/// fellowship (and batches of these).
	Governance,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !matches!(
				call,
				RuntimeCall::Balances(..)
					| RuntimeCall::Vesting(pallet_vesting::Call::vested_transfer { .. })
					| RuntimeCall::Vesting(pallet_vesting::Call::force_vested_transfer { .. })
					| RuntimeCall::Sudo(..)
			),
			ProxyType::CancelProxy => matches!(
				call,
				RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
			ProxyType::Governance => matches!(
				call,
				RuntimeCall::Referenda(..)
					| RuntimeCall::ConvictionVoting(..)
					| RuntimeCall::Preimage(..)
					| RuntimeCall::Treasury(..)
					| RuntimeCall::Whitelist(..)
					| RuntimeCall::FellowshipCollective(..)
					| RuntimeCall::FellowshipReferenda(..)
					| RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::CancelProxy) => true,
			(ProxyType::NonTransfer, ProxyType::Governance) => true,
			(x, y) => x == y,
		}
	}
}
