//! A test runtime: balances and this pallet, with shared staking played by [`Stakes`] (a table
//! of alignment operators whose slashes are recorded), the reward pool's release by
//! [`Release`], the storage market by [`Market`] and randomness by [`TestRandomness`].

use crate as pallet_alignment_nodes;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::Inspect, ConstU32, Hooks, Randomness},
};
use frame_system::offchain::{
	AppCrypto, CreateSignedTransaction, CreateTransactionBase, SigningTypes,
};
use sp_core::H160;
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	traits::{BlakeTwo256, Hash as _},
	BuildStorage, Perbill,
};
use std::collections::{BTreeMap, BTreeSet};
use zerog_alignment_primitives::{DaTarget, StorageTarget};
use zerog_data::Hash;
use zerog_staking_primitives::{OffenceCode, ServiceId, SharedSecurity, SlashError};

pub type AccountId = u64;
pub type Balance = u128;
type Extrinsic = sp_runtime::generic::UncheckedExtrinsic<AccountId, RuntimeCall, (), ()>;
type Block = sp_runtime::generic::Block<sp_runtime::generic::Header<u64, BlakeTwo256>, Extrinsic>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Alignment: pallet_alignment_nodes,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = frame_support::traits::ConstU128<1>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl SigningTypes for Test {
	type Public = UintAuthorityId;
	type Signature = TestSignature;
}

impl CreateTransactionBase<crate::Call<Test>> for Test {
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl CreateSignedTransaction<crate::Call<Test>> for Test {
	fn create_signed_transaction<C: AppCrypto<Self::Public, Self::Signature>>(
		call: RuntimeCall,
		_public: UintAuthorityId,
		account: AccountId,
		_nonce: u32,
	) -> Option<Extrinsic> {
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

/// Signs with the test keys `UintAuthorityId(n)`, whose account is `n`.
pub struct TestKey;
impl AppCrypto<UintAuthorityId, TestSignature> for TestKey {
	type RuntimeAppPublic = UintAuthorityId;
	type GenericPublic = UintAuthorityId;
	type GenericSignature = TestSignature;
}

/// A slash shared staking was asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slash {
	/// The operator slashed.
	pub operator: AccountId,
	/// The share of its stake.
	pub fraction: Perbill,
	/// Why.
	pub offence: OffenceCode,
	/// Who got the slashed funds (`None`: the treasury).
	pub beneficiary: Option<AccountId>,
}

thread_local! {
	static STAKES: RefCell<BTreeMap<AccountId, Balance>> = const { RefCell::new(BTreeMap::new()) };
	static SLASHES: RefCell<Vec<Slash>> = const { RefCell::new(Vec::new()) };
	static RELEASED: RefCell<Balance> = const { RefCell::new(0) };
	static STORED: RefCell<BTreeSet<Hash>> = const { RefCell::new(BTreeSet::new()) };
	static STORAGE_TARGET: RefCell<Option<StorageTarget<AccountId>>> = const { RefCell::new(None) };
	static DA_TARGET: RefCell<Option<DaTarget>> = const { RefCell::new(None) };
	static UNAVAILABLE: RefCell<Vec<StorageTarget<AccountId>>> = const { RefCell::new(Vec::new()) };
	static RANDOM: RefCell<[u8; 32]> = const { RefCell::new([0; 32]) };
}

/// Shared staking as the pallet sees it: alignment operators and their stake.
pub struct Stakes;

impl Stakes {
	/// Makes `who` an alignment operator with `stake`.
	pub fn set(who: AccountId, stake: Balance) {
		STAKES.with(|s| s.borrow_mut().insert(who, stake));
	}

	/// Stops `who` operating the service.
	pub fn remove(who: AccountId) {
		STAKES.with(|s| s.borrow_mut().remove(&who));
	}

	fn record(
		operator: &AccountId,
		fraction: Perbill,
		offence: OffenceCode,
		beneficiary: Option<AccountId>,
	) -> Result<Balance, SlashError> {
		let stake = Self::stake_of(0, operator).ok_or(SlashError::NotAnOperator)?;
		let slashed = fraction * stake;
		Self::set(*operator, stake - slashed);
		SLASHES.with(|s| {
			s.borrow_mut().push(Slash { operator: *operator, fraction, offence, beneficiary })
		});
		Ok(slashed)
	}
}

/// The slashes made so far in this test.
pub fn slashes() -> Vec<Slash> {
	SLASHES.with(|s| s.borrow().clone())
}

impl SharedSecurity<AccountId> for Stakes {
	type Balance = Balance;

	fn stake_of(_: ServiceId, operator: &AccountId) -> Option<Balance> {
		STAKES.with(|s| s.borrow().get(operator).copied())
	}

	fn operators(_: ServiceId) -> Vec<(AccountId, Balance)> {
		STAKES.with(|s| s.borrow().iter().map(|(a, b)| (*a, *b)).collect())
	}

	fn slash(
		_: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		offence: OffenceCode,
	) -> Result<Balance, SlashError> {
		Self::record(operator, fraction, offence, None)
	}

	fn slash_to(
		_: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		offence: OffenceCode,
		beneficiary: &AccountId,
	) -> Result<Balance, SlashError> {
		Self::record(operator, fraction, offence, Some(*beneficiary))
	}
}

/// The pool's release: set by the tests.
pub struct Release;

impl Release {
	/// Makes `amount` the total released since genesis.
	pub fn set(amount: Balance) {
		RELEASED.with(|r| *r.borrow_mut() = amount);
	}
}

impl crate::ReleasedRewards<Balance> for Release {
	fn released() -> Balance {
		RELEASED.with(|r| *r.borrow())
	}

	fn unlock() {}
}

/// The storage market: stored roots, the audit target, the chunks reported unavailable.
pub struct Market;

impl Market {
	/// Makes `root` stored.
	pub fn store(root: Hash) {
		STORED.with(|s| s.borrow_mut().insert(root));
	}

	/// Makes `target` the chunk every storage audit checks.
	pub fn set_target(target: Option<StorageTarget<AccountId>>) {
		STORAGE_TARGET.with(|t| *t.borrow_mut() = target);
	}

	/// Makes `target` the cell every DA audit samples.
	pub fn set_da_target(target: Option<DaTarget>) {
		DA_TARGET.with(|t| *t.borrow_mut() = target);
	}

	/// The chunks reported unavailable so far.
	pub fn unavailable() -> Vec<StorageTarget<AccountId>> {
		UNAVAILABLE.with(|u| u.borrow().clone())
	}
}

impl crate::StoredData for Market {
	fn is_stored(root: &Hash) -> bool {
		STORED.with(|s| s.borrow().contains(root))
	}
}

impl crate::StorageAudits<AccountId> for Market {
	fn target(_: [u8; 32]) -> Option<StorageTarget<AccountId>> {
		STORAGE_TARGET.with(|t| t.borrow().clone())
	}

	fn providers() -> u32 {
		1
	}

	fn chunk_unavailable(target: &StorageTarget<AccountId>) {
		UNAVAILABLE.with(|u| u.borrow_mut().push(target.clone()));
	}
}

impl crate::DaAudits for Market {
	fn target(_: [u8; 32]) -> Option<DaTarget> {
		DA_TARGET.with(|t| *t.borrow())
	}
}

/// Randomness: a hash of the subject and a value the tests set.
pub struct TestRandomness;

impl TestRandomness {
	/// Changes the randomness.
	pub fn set(random: [u8; 32]) {
		RANDOM.with(|r| *r.borrow_mut() = random);
	}
}

impl Randomness<sp_core::H256, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (sp_core::H256, u64) {
		let random = RANDOM.with(|r| *r.borrow());
		(BlakeTwo256::hash_of(&(subject, random)), System::block_number())
	}
}

/// Account `n` calls contracts from `H160::from_low_u64_be(n)`.
pub struct Addresses;

impl crate::AddressOf<AccountId> for Addresses {
	fn address_of(who: &AccountId) -> H160 {
		H160::from_low_u64_be(*who)
	}
}

/// Blocks in an epoch.
pub const EPOCH: u64 = 10;
/// The reward pool.
pub const POOL: AccountId = 999;
/// The treasury.
pub const TREASURY: AccountId = 998;

parameter_types! {
	pub static MaxLicences: u32 = 100;
	pub static LicenceLockPeriod: u64 = 100;
	pub static EpochLength: u64 = EPOCH;
	pub static BaseShare: Perbill = Perbill::from_percent(80);
	pub static AuditPoints: u32 = 1;
	pub static VotePoints: u32 = 1;
	pub static NoRevealPenalty: Perbill = Perbill::from_percent(10);
	pub static JurySize: u32 = 3;
	pub static CommitWindow: u64 = 3;
	pub static RevealWindow: u64 = 3;
	pub static AppealWindow: u64 = 3;
	pub static MinReportDeposit: Balance = 100;
	pub static MinAgentBond: Balance = 1_000;
	pub static FlagSlash: Perbill = Perbill::from_percent(10);
	pub static SuspendSlash: Perbill = Perbill::from_percent(50);
	pub static AuditAnswerWindow: u64 = 3;
	pub static FalseReportSlash: Perbill = Perbill::from_percent(5);
	pub const Pool: AccountId = POOL;
	pub const Treasury: AccountId = TREASURY;
}

impl pallet_alignment_nodes::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Security = Stakes;
	type Randomness = TestRandomness;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type RewardPool = Pool;
	type Released = Release;
	type PotBeneficiary = Treasury;
	type StoredData = Market;
	type StorageAudits = Market;
	type DaAudits = Market;
	type Addresses = Addresses;
	type ProviderKey = TestKey;
	type MaxLicences = MaxLicences;
	type LicenceLockPeriod = LicenceLockPeriod;
	type EpochLength = EpochLength;
	type BaseShare = BaseShare;
	type AuditPoints = AuditPoints;
	type VotePoints = VotePoints;
	type NoRevealPenalty = NoRevealPenalty;
	type JurySize = JurySize;
	type CommitWindow = CommitWindow;
	type RevealWindow = RevealWindow;
	type AppealWindow = AppealWindow;
	type MinReportDeposit = MinReportDeposit;
	type MinAgentBond = MinAgentBond;
	type FlagSlash = FlagSlash;
	type SuspendSlash = SuspendSlash;
	type AuditAnswerWindow = AuditAnswerWindow;
	type FalseReportSlash = FalseReportSlash;
	type MaxMintPerCall = ConstU32<100>;
	type MaxDataRoots = ConstU32<8>;
	type MaxJurors = ConstU32<15>;
	type MaxClaim = ConstU32<64>;
	type MaxDisputesPerBlock = ConstU32<4>;
	type MaxAuditsPerBlock = ConstU32<4>;
	type MaxOpenDisputes = ConstU32<4>;
	type MaxVerdicts = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Stakes;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Stakes {
	fn make_operator(who: &AccountId) {
		Self::set(*who, STAKE);
	}

	fn set_jury_size(seats: u32) {
		JurySize::set(seats);
	}

	fn stored_root() -> Hash {
		let root = [7; 32];
		Market::store(root);
		root
	}

	fn prepare_storage_audit() {
		let bytes = audit_fragment();
		Market::set_target(Some(StorageTarget {
			provider: 500,
			order: 0,
			fragment: 0,
			root: zerog_data::root(&bytes),
			len: bytes.len() as u64,
			chunk: 3,
		}));
	}

	fn prove_chunk(target: &StorageTarget<AccountId>) -> (Vec<u8>, zerog_data::Proof) {
		let bytes = audit_fragment();
		let range = zerog_data::ChunkRange::chunk(target.chunk, target.len).unwrap();
		let proof = zerog_commitment::prove(&bytes, &[range]).unwrap();
		(bytes[range.start as usize..range.end as usize].to_vec(), proof)
	}
}

/// The fragment the benchmarks audit.
#[cfg(feature = "runtime-benchmarks")]
fn audit_fragment() -> Vec<u8> {
	(0..1u32 << 20).map(|i| (i % 251) as u8).collect()
}

/// Initial free balance of every account used in the tests.
pub const INITIAL: Balance = 1_000_000;
/// Stake of each operator in the tests.
pub const STAKE: Balance = 10_000;
/// What the pool holds at genesis.
pub const POOL_FUNDS: Balance = 1_000_000_000;

/// Test externalities: accounts 1..=40 funded, the pool and the treasury exist.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> = (1..=40).map(|who| (who, INITIAL)).collect();
	balances.push((POOL, POOL_FUNDS));
	balances.push((TREASURY, 1));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		STAKES.with(|s| s.borrow_mut().clear());
		SLASHES.with(|s| s.borrow_mut().clear());
		STORED.with(|s| s.borrow_mut().clear());
		UNAVAILABLE.with(|u| u.borrow_mut().clear());
		Release::set(0);
		Market::set_target(None);
		Market::set_da_target(None);
		TestRandomness::set([0; 32]);
		System::set_block_number(1);
	});
	ext
}

/// Runs `test` in fresh externalities and checks the pallet's invariants after it.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Alignment::do_try_state().expect("invariants hold");
	});
}

/// Runs the hooks of the blocks up to `target`.
pub fn run_to(target: u64) {
	let now = System::block_number();
	for block in now + 1..=target {
		System::set_block_number(block);
		Alignment::on_initialize(block);
	}
}

/// Advances to the first block of the next epoch, running the hooks.
pub fn next_epoch() {
	let ends = crate::CurrentEpoch::<Test>::get().started_at + EpochLength::get();
	run_to(ends.max(System::block_number() + 1));
}

/// The balance of `who`.
pub fn balance(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// The pallet's events so far.
pub fn events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Alignment(e) => Some(e),
			_ => None,
		})
		.collect()
}
