//! DA sampling confidence and sample draws.

use zerog_data::sampling::{confidence, min_withheld_fraction, sample_cells, samples_for};

#[test]
fn withholding_must_reach_a_quarter() {
	assert!(min_withheld_fraction(128) > 0.25);
	assert!((min_withheld_fraction(1) - 1.0).abs() < 1e-12);
}

#[test]
fn sixteen_samples_give_ninety_nine_percent() {
	assert!(confidence(128, 16) >= 1.0 - 0.75f64.powi(16));
	assert!(confidence(128, 16) > 0.99);
	assert!(confidence(128, 24) > 0.999);
	assert_eq!(samples_for(0.99), 17);
	assert_eq!(samples_for(0.999), 25);
}

#[test]
fn samples_are_deterministic_and_inside_the_square() {
	let a = sample_cells(&[1; 32], &[2; 32], &[3; 32], 20, 100);
	assert_eq!(a, sample_cells(&[1; 32], &[2; 32], &[3; 32], 20, 100));
	assert_ne!(a, sample_cells(&[1; 32], &[4; 32], &[3; 32], 20, 100));
	assert!(a.iter().all(|&(r, c)| r < 20 && c < 20));
}
