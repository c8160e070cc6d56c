//! Reed-Solomon erasure coding for zerog's two data shapes.
//!
//! * **Storage** ([`StorageCoder`]): a segment is split into `k` data shards and `m` parity
//!   shards are added; any `k` of the `k + m` rebuild it. Codes such as 10+6 and 4+2, over
//!   GF(2^8) with a systematic Vandermonde matrix (`reed-solomon-erasure`).
//! * **DA** ([`ExtendedSquare`]): a blob laid out as a `k × k` matrix of cells is extended to
//!   `2k × 2k`: every row gets `k` parity cells, then every column does. Any row or column
//!   with `k` of its `2k` cells rebuilds, over GF(2^16) with the FFT-based Leopard construction
//!   (`reed-solomon-simd`), whose cost per byte grows with `log k` rather than `k`.
//!
//! Both backends compute the same bytes with and without their SIMD kernels, so the runtime
//! (no_std, portable kernels) checks fraud proofs against exactly the node's encoding; the
//! test vectors in `tests/vectors.rs` pin that encoding. With the `parallel` feature (the
//! node) a square's lines are encoded on every core ([`lines`]), to the same bytes.
//!
//! # Choice of backend, measured
//!
//! Measured with criterion on one core of the development machine (x86-64, AVX2), encoding a
//! 256 KiB segment (`primitives/bench`, full table in `primitives/bench/RESULTS.md`):
//!
//! | 10+6 encode | reed-solomon-erasure | reed-solomon-simd | novelpoly | polkadot-erasure-coding |
//! | --- | --- | --- | --- | --- |
//! | SIMD kernels | **6.14 GiB/s** | 5.49 GiB/s | 92.6 MiB/s | 46.5 MiB/s |
//! | portable | 548 MiB/s | | | |
//!
//! reed-solomon-erasure with its SIMD kernels is the fastest on the storage shape. On the DA
//! shape (`128 + 128` lines of a 32 MiB square) reed-solomon-simd extends 3.2× faster (0.13 s
//! against 0.42 s), because a matrix code pays `k` multiplications per byte while the FFT code
//! pays `log k`; so the DA lines use reed-solomon-simd. Both build without `std`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod lines;
mod square;
mod storage;

pub use square::{reconstruct_line, ExtendedSquare, LineEncoder, SquareError, MAX_SQUARE_WIDTH};
pub use storage::{StorageCode, StorageCoder, StorageError};
