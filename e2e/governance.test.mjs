// OpenGov end to end on a real `zerog-node --dev` (fast track timings), making exactly the
// calls polkadot-js Apps makes: `preimage.notePreimage(call.method.toHex())`,
// `referenda.submit(origin, { Lookup: { hash, len } }, { After: n })`,
// `referenda.placeDecisionDeposit`, `convictionVoting.vote(id, { Standard: … })` and
// `convictionVoting.delegate`. A storage parameter changes through its own track and origin, a
// treasury spend passes `small_spender` and is paid out, a referendum voted down leaves its
// parameter alone and its decision deposit refundable, and a root referendum upgrades the
// runtime to a wasm with a higher spec_version, after which the chain keeps producing and
// finalizing blocks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ZG, sr25519Keyring } from './lib/accounts.mjs';
import { DevNode, rpc, waitFor } from './lib/devnode.mjs';
import governance from './lib/governance.cjs';
import tx from './lib/tx.cjs';

const { decided, enacted, passReferendum, placeDecisionDeposit, propose, vote } = governance;
const { submit } = tx;

const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(process.env.HOME, '.cache/zerog-target');
/** The runtime with spec_version + 1, built by `cargo build --release -p zerog-runtime-next`. */
const NEXT_RUNTIME = process.env.ZEROG_NEXT_RUNTIME ??
  path.join(targetDir, 'release/wbuild/zerog-runtime-next/zerog_runtime_next.compact.compressed.wasm');

/** What each voter puts behind its vote: most of the 1,000,000 ZG dev accounts hold. */
const VOTE = 900_000n * ZG;

describe('governance as polkadot-js Apps drives it', () => {
  const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-governance-'));
  const node = new DevNode({ name: 'governance-dev', basePath, rpcPort: 19977, ethRpcPort: 18577, p2pPort: 40377 });
  const keyring = sr25519Keyring();
  const [alice, bob, charlie, dave, eve, ferdie] =
    ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'].map((uri) => keyring.addFromUri(uri));
  let api;
  let rejected;

  /** A storage parameter as stored: `undefined` while it keeps the runtime's default. */
  const storageParameter = async (name) => {
    const stored = await api.query.parameters.parameters({ Storage: { [name]: null } });
    return stored.isSome ? stored.unwrap().asStorage[`as${name}`].toNumber() : undefined;
  };

  before(async () => {
    await node.start();
    api = await ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true });
  });

  after(async () => {
    await api?.disconnect();
    await node.stop();
    fs.rmSync(basePath, { recursive: true, force: true });
  });

  it('shows the tracks Apps reads from the metadata, on the dev chain\'s fast timings', () => {
    const tracks = api.consts.referenda.tracks.map(([id, info]) => ({
      id: id.toNumber(),
      name: info.name.toString().replace(/\0+$/, ''),
      decisionPeriod: info.decisionPeriod.toNumber(),
      decisionDeposit: info.decisionDeposit.toBigInt(),
    }));
    console.log(`tracks: ${tracks.map((t) => `${t.id} ${t.name}`).join(', ')}`);
    for (const name of ['root', 'whitelisted_caller', 'referendum_canceller', 'referendum_killer', 'treasurer',
      'small_spender', 'medium_spender', 'big_spender', 'staking_admin', 'storage_admin', 'da_admin',
      'alignment_admin', 'fees_admin']) {
      assert.ok(tracks.some((t) => t.name === name), `no ${name} track`);
    }
    const root = tracks.find((t) => t.name === 'root');
    assert.equal(root.id, 0);
    assert.equal(root.decisionPeriod, 40, 'fast timings: two minutes of 3 s blocks');
    assert.equal(root.decisionDeposit, 67_000n * ZG);
    assert.equal(api.consts.fellowshipReferenda.tracks.length, 1);
  });

  it('starts a storage referendum that Dave, Eve and Ferdie vote down', async () => {
    const before = await storageParameter('MissLimit');
    const call = api.tx.parameters.setParameter({ Storage: { MissLimit: [null, 9] } });
    const index = await propose(api, call, { Origins: 'StorageAdmin' }, charlie);
    await placeDecisionDeposit(api, index, charlie);
    for (const voter of [dave, eve, ferdie]) {
      await vote(api, index, voter, { aye: false, balance: VOTE });
    }
    rejected = { index, before };
  });

  it('changes a storage parameter through storage_admin, with votes delegated as well as cast', async () => {
    const period = 25;
    assert.notEqual(await storageParameter('ChallengePeriod'), period);
    // Bob delegates his storage_admin votes to Alice (track 14) before she votes.
    await submit(api, api.tx.convictionVoting.delegate(14, alice.address, 'Locked1x', VOTE), bob);
    const started = Date.now();
    const { index } = await passReferendum(api, {
      call: api.tx.parameters.setParameter({ Storage: { ChallengePeriod: [null, period] } }),
      origin: { Origins: 'StorageAdmin' },
      proposer: alice,
      voters: [alice, charlie],
      balance: VOTE,
    });
    console.log(`storage_admin referendum ${index}: submitted to enacted in ${(Date.now() - started) / 1000} s`);
    assert.equal(await storageParameter('ChallengePeriod'), period);
    const voting = await api.query.convictionVoting.votingFor(bob.address, 14);
    assert.ok(voting.isDelegating, 'Bob\'s votes are delegated to Alice');
    await submit(api, api.tx.convictionVoting.undelegate(14), bob);
  });

  it('pays a treasury spend approved on small_spender', async () => {
    const treasury = api.consts.treasury.potAccount.toString();
    await submit(api, api.tx.balances.transferKeepAlive(treasury, 10_000n * ZG), alice);
    const beneficiary = keyring.addFromUri('//TreasuryBeneficiary');
    const amount = 5_000n * ZG;
    const spends = (await api.query.treasury.spendCount()).toNumber();
    await passReferendum(api, {
      call: api.tx.treasury.spend(null, amount, beneficiary.address, null),
      origin: { Origins: 'SmallSpender' },
      proposer: alice,
      voters: [alice, bob, charlie],
      balance: VOTE,
    });
    assert.equal((await api.query.treasury.spendCount()).toNumber(), spends + 1);
    await submit(api, api.tx.treasury.payout(spends), dave);
    const paid = (await api.query.system.account(beneficiary.address)).data.free.toBigInt();
    assert.equal(paid, amount);
    await submit(api, api.tx.treasury.checkStatus(spends), dave);
    assert.ok((await api.query.treasury.spends(spends)).isNone, 'a paid spend is cleared');
  });

  it('rejects the referendum voted down: parameter unchanged, decision deposit refundable', async () => {
    const { index, before } = rejected;
    assert.equal(await decided(api, index), 'Rejected');
    assert.equal(await storageParameter('MissLimit'), before);
    const reservedBefore = (await api.query.system.account(charlie.address)).data.reserved.toBigInt();
    await submit(api, api.tx.referenda.refundDecisionDeposit(index), dave);
    const reservedAfter = (await api.query.system.account(charlie.address)).data.reserved.toBigInt();
    assert.equal(reservedBefore - reservedAfter, api.consts.referenda.tracks
      .find(([id]) => id.toNumber() === 14)[1].decisionDeposit.toBigInt());
  });

  it('upgrades the runtime through the root track, and the chain goes on', async () => {
    const code = fs.readFileSync(NEXT_RUNTIME);
    const versionBefore = await rpc(node.wsUrl.replace('ws', 'http'), 'state_getRuntimeVersion');
    const started = Date.now();
    await passReferendum(api, {
      call: api.tx.system.authorizeUpgrade(api.registry.hash(code).toHex()),
      origin: { system: 'Root' },
      proposer: alice,
      voters: [alice, bob, charlie, dave, eve, ferdie],
      balance: VOTE,
    });
    console.log(`root referendum: submitted to enacted in ${(Date.now() - started) / 1000} s`);
    // Submitted and followed through the raw RPC: polkadot.js swaps its metadata at the block
    // that applies the code, and a decode racing that swap is not what this test is about.
    const http = node.wsUrl.replace('ws', 'http');
    const from = Number.parseInt((await rpc(http, 'chain_getHeader')).number, 16);
    const signed = await api.tx.system.applyAuthorizedUpgrade(`0x${code.toString('hex')}`).signAsync(eve);
    await rpc(http, 'author_submitExtrinsic', [signed.toHex()]);
    const versionAt = async (number) =>
      (await rpc(http, 'state_getRuntimeVersion', [await rpc(http, 'chain_getBlockHash', [number])])).specVersion;
    let upgradeBlock = from;
    await waitFor('the block that applies the new code', async () => {
      const head = Number.parseInt((await rpc(http, 'chain_getHeader')).number, 16);
      for (; upgradeBlock <= head; upgradeBlock++) {
        if (await versionAt(upgradeBlock) === versionBefore.specVersion + 1) return true;
      }
      return false;
    });
    assert.equal(await versionAt(upgradeBlock - 1), versionBefore.specVersion, 'the block applying it ran the old code');
    const upgraded = await rpc(http, 'state_getRuntimeVersion');
    assert.equal(upgraded.specVersion, versionBefore.specVersion + 1);
    assert.equal(upgraded.specName, 'zerog');
    await waitFor('blocks finalized past the upgrade', async () =>
      (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber() > upgradeBlock + 3);
    await submit(api, api.tx.balances.transferKeepAlive(bob.address, ZG), ferdie, { finalized: true });
  });
});
