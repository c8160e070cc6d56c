//! What zerog's pallets share that FRAME does not provide.
//!
//! [`rekey`]: a storage migration that changes a map's key hasher (`Twox64Concat` to
//! `Blake2_128Concat` for keys users choose) moves every entry from the map as it was, a
//! `storage_alias` with the old hashers, to the map as it is, under the same prefix.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod rekey;
