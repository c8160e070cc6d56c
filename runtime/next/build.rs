//! Builds the wasm of the runtime with `spec-bump` enabled.
//!
//! substrate-wasm-builder compiles each runtime in its own project under
//! `$CARGO_TARGET_DIR/<profile>/wbuild/<crate>/` with its own target directory; this one points
//! its target directory at the main runtime's, so the bumped runtime reuses every compiled
//! dependency and only the runtime crate itself is compiled again.

fn main() {
	#[cfg(feature = "std")]
	{
		share_target_directory_with_the_runtime();
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_feature("spec-bump")
			.build();
	}
}

#[cfg(feature = "std")]
fn share_target_directory_with_the_runtime() {
	use std::path::PathBuf;
	let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
	// OUT_DIR is `<target>/<profile>/build/<crate>-<hash>/out`.
	let Some(profile_dir) =
		out_dir.ancestors().find(|dir| dir.ends_with("build")).and_then(|build| build.parent())
	else {
		return;
	};
	let wbuild = profile_dir.join("wbuild");
	let shared = wbuild.join("zerog-runtime").join("target");
	let ours = wbuild.join("zerog-runtime-next");
	let link = ours.join("target");
	if link.symlink_metadata().is_ok() {
		return;
	}
	std::fs::create_dir_all(&shared).expect("creates the runtime's wasm target directory");
	std::fs::create_dir_all(ours).expect("creates this crate's wasm project directory");
	std::os::unix::fs::symlink(shared, link).expect("links the wasm target directories");
}
