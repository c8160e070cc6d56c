//! Work over the lines of a square, on every core with the `parallel` feature (the node) and
//! one line after another without it (the runtime, which has one thread).
//!
//! Each worker builds its own state once with `init` (an encoder, a scratch buffer) and
//! reuses it for every line it takes; the results come back in line order either way, so
//! the bytes computed do not depend on the feature.

#[cfg(feature = "parallel")]
use rayon::prelude::*;

use alloc::vec::Vec;

/// Calls `f(state, i, chunk)` on every `chunk_len`-byte chunk `i` of `buf`; fails with an
/// error one of the calls returned, if any did.
pub fn try_for_each_chunk<S, E, Init, F>(
	buf: &mut [u8],
	chunk_len: usize,
	init: Init,
	f: F,
) -> Result<(), E>
where
	E: Send,
	Init: Fn() -> S + Send + Sync,
	F: Fn(&mut S, usize, &mut [u8]) -> Result<(), E> + Send + Sync,
{
	#[cfg(feature = "parallel")]
	{
		buf.par_chunks_mut(chunk_len)
			.enumerate()
			.try_for_each_init(init, |state, (i, chunk)| f(state, i, chunk))
	}
	#[cfg(not(feature = "parallel"))]
	{
		let mut state = init();
		buf.chunks_mut(chunk_len).enumerate().try_for_each(|(i, chunk)| f(&mut state, i, chunk))
	}
}

/// `[f(state, 0), …, f(state, n - 1)]`, or an error one of the calls returned.
pub fn try_map<S, T, E, Init, F>(n: usize, init: Init, f: F) -> Result<Vec<T>, E>
where
	T: Send,
	E: Send,
	Init: Fn() -> S + Send + Sync,
	F: Fn(&mut S, usize) -> Result<T, E> + Send + Sync,
{
	#[cfg(feature = "parallel")]
	{
		(0..n).into_par_iter().map_init(init, |state, i| f(state, i)).collect()
	}
	#[cfg(not(feature = "parallel"))]
	{
		let mut state = init();
		(0..n).map(|i| f(&mut state, i)).collect()
	}
}

/// `[f(state, 0), …, f(state, n - 1)]`.
pub fn map<S, T, Init, F>(n: usize, init: Init, f: F) -> Vec<T>
where
	T: Send,
	Init: Fn() -> S + Send + Sync,
	F: Fn(&mut S, usize) -> T + Send + Sync,
{
	let infallible: Result<Vec<T>, core::convert::Infallible> =
		try_map(n, init, |state, i| Ok(f(state, i)));
	match infallible {
		Ok(values) => values,
		Err(never) => match never {},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	#[test]
	fn chunks_are_visited_with_their_index() {
		let mut buf = vec![0u8; 12];
		try_for_each_chunk(
			&mut buf,
			4,
			|| (),
			|_, i, chunk: &mut [u8]| {
				chunk.fill(i as u8 + 1);
				Ok::<_, ()>(())
			},
		)
		.unwrap();
		assert_eq!(buf, [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
	}

	#[test]
	fn results_come_back_in_order_and_an_error_fails_the_whole_map() {
		assert_eq!(map(5, Vec::<u8>::new, |_, i| i * i), vec![0, 1, 4, 9, 16]);
		let failed: Result<Vec<usize>, usize> =
			try_map(100, || (), |_, i| if i == 42 { Err(i) } else { Ok(i) });
		assert_eq!(failed, Err(42));
	}
}
