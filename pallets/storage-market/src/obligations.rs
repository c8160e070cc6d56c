//! What the storage market answers when shared staking asks whether a provider may leave the
//! storage service: not while fragments are assigned to it, since its stake must stay within
//! reach of the slashes those fragments may still earn. A provider leaves by letting its
//! orders end or its fragments be reassigned, then deregisters and opts out.

use crate::{Config, Pallet, Providers};
use zerog_staking_primitives::{Obligation, Service, ServiceId, ServiceObligations};
use zerog_storage_primitives::StorageService;

impl<T: Config> ServiceObligations<T::AccountId> for Pallet<T> {
	fn may_leave(service: ServiceId, operator: &T::AccountId) -> Result<(), Obligation> {
		if service != StorageService::ID {
			return Ok(());
		}
		match Providers::<T>::get(operator) {
			Some(provider) if provider.fragments > 0 => Err(Obligation::HoldsData),
			_ => Ok(()),
		}
	}
}
