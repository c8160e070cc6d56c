//! How the node process ends once its services have stopped.
//!
//! `sc-cli` stops the services (task manager dropped, tokio runtime shut down) and returns, but
//! returning from `main` then runs the C++ static destructors of RocksDB while threads that used
//! it (the blocking pool's, the network's, a late fragment-store close) may still be winding
//! down: a thread that exits after RocksDB's thread-local registry was destroyed locks a dead
//! mutex and the process dies by SIGABRT (`pthread lock: Invalid argument`), leaving a `--tmp`
//! base path behind, since that folder is removed by another static destructor. So the node
//! ends in this order instead: services stopped by `sc-cli`, the Ethereum RPC child stopped and
//! reaped, the temporary base path removed, logs flushed, and the process left with `_exit`,
//! which runs no static destructor. Every database was written through its write-ahead log, so
//! nothing that a clean exit would have kept is lost.

use std::{
	io::Write,
	path::{Path, PathBuf},
	time::Duration,
};

/// What the node removes once it stopped: its base path, when it is a temporary one.
#[derive(Debug, Clone)]
pub struct Leftovers {
	temporary_base_path: Option<PathBuf>,
}

impl Leftovers {
	/// Nothing to remove.
	pub fn none() -> Self {
		Self { temporary_base_path: None }
	}

	/// The temporary base path `path` (`--tmp`, or `--dev` without `--base-path`).
	pub fn temporary_base_path(path: &Path) -> Self {
		Self { temporary_base_path: Some(path.to_path_buf()) }
	}

	/// Removes what is left. A store still closing may create a file while the folder is being
	/// removed, so removal is tried a few times.
	fn remove(&self) {
		let Some(path) = &self.temporary_base_path else { return };
		for attempt in 0..5 {
			match std::fs::remove_dir_all(path) {
				Ok(()) => return,
				Err(error) if error.kind() == std::io::ErrorKind::NotFound => return,
				Err(error) if attempt == 4 => {
					eprintln!("cannot remove the temporary base path {}: {error}", path.display())
				},
				Err(_) => std::thread::sleep(Duration::from_millis(100)),
			}
		}
	}
}

/// Ends the process after the node's services stopped with `outcome`: exit code 0, or the
/// error and 1.
pub fn exit(outcome: sc_cli::Result<()>, leftovers: Leftovers) -> ! {
	let code = match outcome {
		Ok(()) => 0,
		Err(error) => {
			eprintln!("Error: {error}");
			1
		},
	};
	leftovers.remove();
	log::logger().flush();
	let _ = std::io::stdout().flush();
	let _ = std::io::stderr().flush();
	// SAFETY: `_exit` ends the process at once; everything the process must keep was flushed
	// above and the services have stopped.
	unsafe { libc::_exit(code) }
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_temporary_base_path_is_removed_with_its_contents() {
		let path = std::env::temp_dir().join(format!("zerog-shutdown-{}", std::process::id()));
		std::fs::create_dir_all(path.join("chains/dev/db")).unwrap();
		std::fs::write(path.join("chains/dev/db/LOG"), b"log").unwrap();
		Leftovers::temporary_base_path(&path).remove();
		assert!(!path.exists());
		Leftovers::temporary_base_path(&path).remove();
		Leftovers::none().remove();
	}
}
