//! The zerog runtime with `spec_version` one higher (the runtime's `spec-bump` feature).
//!
//! Natively this crate only carries the wasm blob, `WASM_BINARY`, at
//! `$CARGO_TARGET_DIR/release/wbuild/zerog-runtime-next/zerog_runtime_next.compact.compressed.wasm`:
//! the end-to-end runtime-upgrade test authorizes its hash through a root referendum, applies
//! it, and checks that the chain reports the new version and keeps producing and finalizing
//! blocks. The wasm build enables `spec-bump` and re-exports the runtime, whose exported
//! runtime API is then this blob's.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

#[cfg(not(feature = "std"))]
pub use zerog_runtime::*;
