// The AI alignment nodes end to end on a real `zerog-node --dev --alignment-operator
// --storage-provider --da-signer`: three operators (//Alice, //Bob and //Charlie, whose `zgal`
// keys the node holds) stake in shared staking's `alignment` service and register with a 10%
// commission, while an unstaked account is refused; root mints six licences to //Dave, which
// stay soulbound and which he delegates, the operators approving, refusing, and losing one he
// takes back. A file stored with two providers (//Alice and //Bob, `zgst` keys) and a blob the
// DA signers certify (`zgda` keys) give the node's worker something to audit: it sends each
// operator's heartbeat every epoch and reports the storage and DA audits drawn for it, and once
// an epoch with all six licences live closes, Dave and an operator claim rewards out of the
// vesting `zg/align` pool. Then //Ferdie registers an AI agent whose model is the stored file;
// a Solidity gate contract lets it act (through the alignment precompile, over the Ethereum
// RPC); //Eve reports it, the jurors' operators commit and reveal `Suspended` (a reveal with
// the wrong salt is refused), and once the round and the appeal window close the agent is
// suspended: the precompile reports it and the gate refuses it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ethers } from 'ethers';
import { compile } from '../contracts/compile.mjs';
import { ETH_DEV_KEYS, ZG, sr25519Keyring, substrateToEthAddress } from './lib/accounts.mjs';
import { DevNode, NODE_BINARY, rpc, waitFor } from './lib/devnode.mjs';
import { PROVIDER_KEY_TYPE, describeDispatchError, submit, toHex } from './lib/tx.cjs';

const run = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Shared staking's services. */
const STORAGE_SERVICE = 1;
const DA_SERVICE = 2;
const ALIGNMENT_SERVICE = 3;
/** The key types of the node's alignment operators and DA signers. */
const ALIGNMENT_KEY_TYPE = 'zgal';
const DA_KEY_TYPE = 'zgda';
/** What each operator bonds. */
const BOND = 100n * ZG;
/** The operators' commission: 10%, in parts per billion (a Perbill). */
const COMMISSION = 100_000_000;
/** Licences minted to Dave. */
const LICENCES = 6;
/** The alignment parameters the test runs with (pallet-parameters' `Alignment` group). */
const PARAMS = {
  EpochLength: 12,
  JurySize: 3,
  CommitWindow: 5,
  RevealWindow: 5,
  AppealWindow: 3,
  MinReportDeposit: ZG,
  MinAgentBond: 10n * ZG,
  SuspendSlash: 500_000_000,
};
/** Ferdie's agent's bond and Eve's report deposit. */
const AGENT_BOND = 40n * ZG;
const REPORT_DEPOSIT = 2n * ZG;
/** A licence is soulbound for a year of 3 s blocks (at least 360 days). */
const MIN_LOCK_BLOCKS = 360 * 28_800;
/** The reward pool: `PalletId(*b"zg/align")` as an account, "modl" ‖ id ‖ zeros. */
const REWARD_POOL = toHex(Buffer.concat([Buffer.from('modl'), Buffer.from('zg/align'), Buffer.alloc(20)]));
/** The alignment precompile's address (`0x…0C000000`, lower case: no checksum involved). */
const ALIGNMENT_PRECOMPILE = '0x000000000000000000000000000000000c000000';
/** The precompile's `agentStatus` codes. */
const AGENT_STATUS = { unknown: 0n, active: 1n, flagged: 2n, suspended: 3n, retired: 4n };
/** A verdict's SCALE encoding: its index. */
const VERDICT_INDEX = { Cleared: 0, Flagged: 1, Suspended: 2 };
/** Errors of a transaction sent from a key the node also signs with, when the node's own
 * transaction took the nonce first: tried again. */
const NONCE_RACE = /Priority is too low|outdated|Usurped/i;

/** Runs `zerog-node <command> …`; resolves to { code, stdout, stderr } without throwing. */
async function cli(command, ...args) {
  try {
    const { stdout, stderr } = await run(NODE_BINARY, [command, ...args], { maxBuffer: 1 << 24, timeout: 240_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code ?? error.signal, stdout: error.stdout, stderr: error.stderr };
  }
}

/** The commitment a juror sends: blake2_256(SCALE((verdict, salt))). */
function commitmentOf(api, verdict, salt) {
  return api.registry.hash(Uint8Array.of(VERDICT_INDEX[verdict], ...salt)).toHex();
}

describe('AI alignment nodes: licences, audits, rewards and agent juries', () => {
  const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-alignment-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-alignment-files-'));
  const node = new DevNode({
    name: 'alignment-dev',
    basePath,
    rpcPort: 19988,
    ethRpcPort: 18588,
    p2pPort: 40388,
    extraArgs: ['--alignment-operator', '--storage-provider', '--da-signer'],
  });
  const http = node.wsUrl.replace('ws', 'http');
  const keyring = sr25519Keyring();
  const accounts = Object.fromEntries(['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie']
    .map((uri) => [uri, keyring.addFromUri(uri)]));
  const { '//Alice': alice, '//Bob': bob, '//Charlie': charlie, '//Dave': dave, '//Eve': eve, '//Ferdie': ferdie } = accounts;
  /** The licence operators, who are also the DA signers; //Alice and //Bob are the storage providers. */
  const operators = [alice, bob, charlie];
  const providers = [alice, bob];
  /** Submits the DA blob: the samplers are paid out of its fee, held on its account, as they
   * report, so it is none of the accounts whose balances the test checks to the unit. */
  const publisher = keyring.addFromUri('//AlignmentBlobPublisher');
  const unknownRoot = `0x${'ab'.repeat(32)}`;
  const artifacts = compile();
  /** Every event of every block since the node started, in order: { number, hash, event }. */
  const chainEvents = [];
  /** The last block whose events are in `chainEvents`. */
  let scanned = 0;
  let scanning = true;
  let scanner;
  let api;
  let provider;
  let gate;
  let precompile;
  /** Set as the tests go. */
  let registeredAt;
  let approvedAt;
  let modelRoot;
  let order;
  let blobRoot;
  let agentId;
  let agentAddress;

  /** The dev account name (`//Alice`…) of an account (an id or an address), or its address. */
  const nameOf = (account) => {
    const id = api.createType('AccountId', account);
    return Object.entries(accounts).find(([, pair]) => id.eq(pair.address))?.[0] ?? id.toString();
  };
  const numberOf = async (hash) => (await api.rpc.chain.getHeader(hash)).number.toNumber();
  const bestNumber = async () => (await api.rpc.chain.getHeader()).number.toNumber();
  const eventsAt = async (hash) => (await (await api.at(hash)).query.system.events()).map(({ event }) => event);
  /** An account's free and reserved (held) balance in the block with this hash. */
  const balancesAt = async (hash, account) => {
    const { data } = await (await api.at(hash)).query.system.account(account);
    return { free: data.free.toBigInt(), reserved: data.reserved.toBigInt() };
  };
  /** The transaction fees `account` paid in these events. */
  const feesPaid = (events, account) => events
    .filter((e) => api.events.transactionPayment.TransactionFeePaid.is(e) && e.data.who.eq(account))
    .reduce((sum, e) => sum + e.data.actualFee.toBigInt(), 0n);
  const is = (name) => (event) => api.events.alignmentNodes[name].is(event);
  /** The `alignmentNodes.<name>` events from block `from` on whose data passes `filter`. */
  const eventsSince = (from, name, filter = () => true) => chainEvents
    .filter(({ number, event }) => number >= from && is(name)(event) && filter(event.data));
  /** Resolves once `chainEvents` holds the events of block `number` (and all before it). */
  const scannedTo = (number) => waitFor(`the events of block ${number}`, () => scanned >= number, 30_000);
  /** Waits for the first `alignmentNodes.<name>` event from block `from` on that passes `filter`. */
  const nextEvent = (what, from, name, filter, timeoutMs = 120_000) =>
    waitFor(what, () => eventsSince(from, name, filter)[0], timeoutMs);
  /** A licence's delegation, as `Undelegated`, `Pending //Alice` or `Approved //Alice`. */
  const delegation = async (id, at) => {
    const query = at ? (await api.at(at)).query : api.query;
    const { delegation: d } = (await query.alignmentNodes.licences(id)).unwrap();
    return d.isUndelegated ? 'Undelegated' : `${d.type} ${nameOf(d.value)}`;
  };
  const licencesRun = async (operator) => (await api.query.alignmentNodes.operators(operator.address)).unwrap().licences.toNumber();

  /**
   * `submit(api, makeTx(), signer)`, tried again when the pool refuses the nonce: the node's
   * workers sign heartbeats, audits, proofs and attestations with the operators' keys too.
   */
  const send = async (makeTx, signer) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await submit(api, makeTx(), signer);
      } catch (error) {
        if (attempt === 4 || !NONCE_RACE.test(error.message)) throw error;
        await sleep(1000);
      }
    }
  };

  /**
   * Signs and submits `makeTx()`, whose dispatch must fail; resolves to { error, blockHash }:
   * the error as `section.name: docs` and the block that included the transaction.
   */
  const sendFailing = async (makeTx, signer) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await new Promise((resolve, reject) => {
          makeTx().signAndSend(signer, ({ status, dispatchError }) => {
            if (status.isInvalid || status.isDropped || status.isUsurped) {
              reject(new Error(`transaction ${status.type}`));
            } else if (status.isInBlock) {
              if (dispatchError) resolve({ error: describeDispatchError(api, dispatchError), blockHash: status.asInBlock });
              else reject(new Error('the call succeeded'));
            }
          }).catch(reject);
        });
      } catch (error) {
        if (attempt === 4 || !NONCE_RACE.test(error.message)) throw error;
        await sleep(1000);
      }
    }
  };

  /** Reads every block's events into `chainEvents` as the chain grows, until the test ends. */
  const scan = async () => {
    while (scanning) {
      try {
        const head = await bestNumber();
        while (scanning && scanned < head) {
          const number = scanned + 1;
          const hash = await api.rpc.chain.getBlockHash(number);
          const events = await eventsAt(hash);
          for (const event of events) chainEvents.push({ number, hash, event });
          scanned = number;
        }
      } catch {
        // Tried again on the next round; the node may be busy.
      }
      await sleep(500);
    }
  };

  before(async () => {
    await node.start();
    api = await ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true });
    provider = new ethers.JsonRpcProvider(node.ethUrl, undefined, { staticNetwork: true, pollingInterval: 500 });
    precompile = new ethers.Contract(ALIGNMENT_PRECOMPILE, artifacts.IAlignmentNodes.abi, provider);
    scanner = scan();
  });

  after(async () => {
    scanning = false;
    await scanner;
    provider?.destroy();
    await api?.disconnect();
    await node.stop();
    fs.rmSync(basePath, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('registers three staked operators with a fixed 10% commission, and refuses an unstaked one', { timeout: 120_000 }, async () => {
    assert.ok(api.tx.alignmentNodes && api.call.alignmentApi, 'the runtime has the AlignmentNodes pallet and its runtime API');
    // Short epochs and voting windows, and a known bond and deposit minimum; storage proofs
    // every 5 blocks.
    await send(() => api.tx.sudo.sudo(api.tx.utility.batchAll([
      api.tx.parameters.setParameter({ Storage: { ChallengePeriod: [null, 5] } }),
      ...Object.entries(PARAMS).map(([name, value]) =>
        api.tx.parameters.setParameter({ Alignment: { [name]: [null, value] } })),
    ])), alice);
    for (const name of Object.keys(PARAMS)) {
      assert.ok((await api.query.parameters.parameters({ Alignment: { [name]: null } })).isSome, `${name} is set`);
    }

    const [{ error }] = await Promise.all([
      sendFailing(() => api.tx.alignmentNodes.registerOperator(COMMISSION), eve),
      ...operators.map(async (pair) => {
        const uri = nameOf(pair.address);
        await rpc(http, 'author_insertKey', [ALIGNMENT_KEY_TYPE, uri, toHex(pair.publicKey)]);
        await rpc(http, 'author_insertKey', [DA_KEY_TYPE, uri, toHex(pair.publicKey)]);
        const isProvider = providers.includes(pair);
        if (isProvider) await rpc(http, 'author_insertKey', [PROVIDER_KEY_TYPE, uri, toHex(pair.publicKey)]);
        const block = await send(() => api.tx.utility.batchAll([
          api.tx.staking.bond(BOND, 'Staked'),
          api.tx.staking.optIn(ALIGNMENT_SERVICE),
          api.tx.staking.optIn(DA_SERVICE),
          ...(isProvider ? [
            api.tx.staking.optIn(STORAGE_SERVICE),
            api.tx.storageMarket.registerProvider(1n << 40n, 0),
          ] : []),
          api.tx.alignmentNodes.registerOperator(COMMISSION),
        ]), pair);
        // The three register concurrently, often in one block: this operator's event.
        const registered = (await eventsAt(block))
          .find((e) => is('OperatorRegistered')(e) && e.data.operator.eq(pair.address));
        assert.ok(registered?.data.operator.eq(pair.address), `${uri}: an OperatorRegistered event`);
        assert.equal(registered.data.commission.toNumber(), COMMISSION);
        registeredAt = Math.max(registeredAt ?? 0, await numberOf(block));
      }),
    ]);
    assert.match(error, /^alignmentNodes\.NotStaked\b/, 'an account not staked in the alignment service');
    assert.ok((await api.query.alignmentNodes.operators(eve.address)).isNone);

    for (const pair of operators) {
      const info = (await api.query.alignmentNodes.operators(pair.address)).unwrap();
      assert.equal(info.commission.toNumber(), COMMISSION, `${nameOf(pair.address)}'s commission`);
      assert.equal(info.licences.toNumber(), 0);
      const view = (await api.call.alignmentApi.operator(pair.address)).unwrap();
      assert.equal(view.commission.toNumber(), COMMISSION);
      assert.equal(view.staked.isTrue, true, 'staked in the alignment service');
    }
    const epoch = await api.call.alignmentApi.epoch();
    assert.equal(epoch.endsAt.toNumber() - epoch.startedAt.toNumber(), PARAMS.EpochLength, 'epochs of EpochLength blocks');
  });

  it('mints six soulbound licences to Dave, delegated to the operators: approved, refused, taken back', { timeout: 180_000 }, async () => {
    const mintedIn = await send(() => api.tx.sudo.sudo(api.tx.alignmentNodes.mintLicences(dave.address, LICENCES)), alice);
    const minted = (await eventsAt(mintedIn)).find(is('LicencesMinted'));
    assert.ok(minted, 'a LicencesMinted event');
    assert.ok(minted.data.owner.eq(dave.address));
    assert.deepEqual([minted.data.first.toNumber(), minted.data.count.toNumber()], [0, LICENCES], 'ids from 0, in order');
    const ids = [...Array(LICENCES).keys()];
    const at = await api.at(mintedIn);
    const mintedAt = await numberOf(mintedIn);
    assert.equal((await at.query.alignmentNodes.minted()).toNumber(), LICENCES);
    assert.deepEqual((await at.call.alignmentApi.licencesOf(dave.address)).map((id) => id.toNumber()).sort((a, b) => a - b), ids);
    for (const id of ids) {
      const licence = (await at.query.alignmentNodes.licences(id)).unwrap();
      assert.ok(licence.owner.eq(dave.address));
      assert.equal(licence.mintedAt.toNumber(), mintedAt);
      assert.ok(licence.delegation.isUndelegated);
    }
    const view = (await at.call.alignmentApi.licence(0)).unwrap();
    assert.ok(view.transferableAt.toNumber() - mintedAt >= MIN_LOCK_BLOCKS, `soulbound until block ${view.transferableAt}`);

    // Soulbound: Dave cannot pass a licence on.
    const { error } = await sendFailing(() => api.tx.alignmentNodes.transferLicence(0, eve.address), dave);
    assert.match(error, /^alignmentNodes\.Soulbound\b/);
    assert.ok((await api.query.alignmentNodes.licences(0)).unwrap().owner.eq(dave.address));

    // Two licences offered to each operator: pending until approved.
    const plan = [[0, alice], [1, alice], [2, bob], [3, bob], [4, charlie], [5, charlie]];
    const proposedIn = await send(() => api.tx.utility.batchAll(
      plan.map(([id, operator]) => api.tx.alignmentNodes.delegate(id, operator.address))), dave);
    const proposed = (await eventsAt(proposedIn)).filter(is('DelegationProposed'));
    assert.deepEqual(proposed.map((e) => [e.data.licence.toNumber(), nameOf(e.data.operator)]),
      plan.map(([id, operator]) => [id, nameOf(operator.address)]));
    for (const [id, operator] of plan) {
      assert.equal(await delegation(id, proposedIn), `Pending ${nameOf(operator.address)}`);
    }

    // Alice and Bob approve theirs; Charlie approves licence 4 and refuses licence 5.
    const approve = (ids) => () => api.tx.utility.batchAll(ids.map((id) => api.tx.alignmentNodes.approveDelegation(id)));
    const [aliceIn, bobIn, charlieIn] = await Promise.all([
      send(approve([0, 1]), alice),
      send(approve([2, 3]), bob),
      send(() => api.tx.utility.batchAll([
        api.tx.alignmentNodes.approveDelegation(4),
        api.tx.alignmentNodes.refuseDelegation(5),
      ]), charlie),
    ]);
    for (const [block, operator, expected] of [[aliceIn, alice, [0, 1]], [bobIn, bob, [2, 3]], [charlieIn, charlie, [4]]]) {
      // The three approve concurrently, often in one block: this operator's approvals.
      const approved = (await eventsAt(block))
        .filter((e) => is('DelegationApproved')(e) && e.data.operator.eq(operator.address));
      assert.deepEqual(approved.map((e) => e.data.licence.toNumber()), expected);
      assert.ok(approved.every((e) => e.data.operator.eq(operator.address)));
    }
    for (const [id, operator] of plan.slice(0, 5)) {
      assert.equal(await delegation(id), `Approved ${nameOf(operator.address)}`);
    }
    assert.equal(await delegation(5), 'Undelegated', 'refused by Charlie');
    assert.deepEqual([await licencesRun(alice), await licencesRun(bob), await licencesRun(charlie)], [2, 2, 1]);

    // Offered again and approved, then taken back by Dave at once, then offered and approved.
    await send(() => api.tx.alignmentNodes.delegate(5, charlie.address), dave);
    assert.equal(await delegation(5), 'Pending //Charlie');
    await send(() => api.tx.alignmentNodes.approveDelegation(5), charlie);
    assert.equal(await delegation(5), 'Approved //Charlie');
    assert.equal(await licencesRun(charlie), 2);
    const undelegatedIn = await send(() => api.tx.alignmentNodes.undelegate(5), dave);
    const ended = (await eventsAt(undelegatedIn)).find(is('DelegationEnded'));
    assert.ok(ended, 'a DelegationEnded event');
    assert.deepEqual([ended.data.licence.toNumber(), nameOf(ended.data.operator)], [5, '//Charlie']);
    assert.equal(await delegation(5, undelegatedIn), 'Undelegated');
    assert.equal((await (await api.at(undelegatedIn)).query.alignmentNodes.operators(charlie.address)).unwrap().licences.toNumber(), 1);
    await send(() => api.tx.alignmentNodes.delegate(5, charlie.address), dave);
    const lastApproval = await send(() => api.tx.alignmentNodes.approveDelegation(5), charlie);
    approvedAt = await numberOf(lastApproval);

    for (const [id, operator] of plan) {
      assert.equal(await delegation(id), `Approved ${nameOf(operator.address)}`);
    }
    for (const operator of operators) {
      assert.equal((await api.call.alignmentApi.operator(operator.address)).unwrap().licences.toNumber(), 2);
    }
  });

  it('stores the agent\'s model with two providers until proven, and certifies a DA blob', { timeout: 360_000 }, async () => {
    // The providers' nodes publish their peer id before an order can be pushed to them.
    const peerId = await rpc(http, 'system_localPeerId');
    for (const pair of providers) {
      await waitFor(`${nameOf(pair.address)}'s node identity on chain`, async () =>
        (await rpc(http, 'storage_provider', [pair.address]))?.peerId === peerId, 60_000);
    }
    const model = path.join(work, 'model.bin');
    fs.writeFileSync(model, crypto.randomBytes(1024 * 1024 + 12_345));
    const put = await cli('storage', 'put', model, '--url', node.wsUrl, '--suri', '//Ferdie',
      '--data-shards', '1', '--parity-shards', '1', '--periods', '100', '--timeout', '180');
    assert.equal(put.code, 0, put.stderr);
    modelRoot = put.stdout.match(/data root (0x[0-9a-f]{64})/)?.[1];
    assert.ok(modelRoot, put.stdout);
    const [id] = await rpc(http, 'storage_ordersOf', [modelRoot]);
    order = await waitFor('both fragments of the model proven', async () => {
      const found = await rpc(http, 'storage_order', [id]);
      return found.fragments.every((f) => f.lastProven !== null) && found;
    }, 180_000);
    assert.deepEqual(order.fragments.map((f) => f.provider).sort(), providers.map((p) => p.address).sort(), 'one fragment each');

    // The three operators are the DA signers once a BABE epoch (20 blocks) selects them.
    await waitFor('an epoch selecting the three DA signers', () => chainEvents.find(({ event }) =>
      api.events.daCommitments.SignersSelected.is(event) && event.data.signers.toNumber() >= 3), 150_000);
    await send(() => api.tx.balances.transferKeepAlive(publisher.address, 100n * ZG), eve);
    const blob = path.join(work, 'blob.bin');
    fs.writeFileSync(blob, crypto.randomBytes(16 * 1024));
    const submitted = await cli('da', 'submit', blob, '--url', node.wsUrl, '--suri', '//AlignmentBlobPublisher', '--wait');
    assert.equal(submitted.code, 0, submitted.stderr);
    blobRoot = submitted.stdout.match(/^data root: (0x[0-9a-fA-F]{64})$/m)?.[1]?.toLowerCase();
    assert.ok(blobRoot, submitted.stdout);
    assert.equal((await rpc(http, 'da_blobStatus', [blobRoot]))?.state, 'certified');
  });

  it('beats and audits from the node\'s worker each epoch; an epoch closes and pays Dave and an operator', { timeout: 300_000 }, async () => {
    assert.ok(order && blobRoot && approvedAt, 'the earlier tests stored a file, certified a blob and delegated the licences');
    // Rewards come out of the zg/align pool, which the dev genesis funds like mainnet's: vesting
    // linearly from genesis.
    assert.ok((await api.query.system.account(REWARD_POOL)).data.free.toBigInt() > 0n, 'the dev genesis funds the zg/align pool');
    assert.ok((await api.query.vesting.vesting(REWARD_POOL)).isSome, 'the zg/align pool vests');
    // A heartbeat for each operator as soon as it registered, and one per epoch after.
    for (const operator of operators) {
      const beat = await nextEvent(`${nameOf(operator.address)}'s heartbeat`, registeredAt, 'Heartbeat',
        (data) => data.operator.eq(operator.address), 60_000);
      const epoch = await (await api.at(beat.hash)).query.alignmentNodes.currentEpoch();
      assert.equal(beat.event.data.epoch.toNumber(), epoch.index.toNumber(), 'a heartbeat for the epoch it was sent in');
    }

    // The audits drawn for the operators: a chunk of a proven fragment of the model, re-checked
    // against its provider, and a cell of the certified blob.
    const storageAudit = await nextEvent('a storage audit of the model', registeredAt, 'AuditReported',
      ({ report }) => report.target.isStorage && report.target.asStorage.order.toNumber() === order.id, 150_000);
    const target = storageAudit.event.data.report.target.asStorage;
    const fragment = order.fragments[target.fragment.toNumber()];
    assert.ok(fragment, `fragment ${target.fragment} of order ${order.id}`);
    assert.ok(target.provider.eq(fragment.provider), 'the provider holding the fragment');
    assert.equal(target.root.toHex(), fragment.root.toLowerCase());
    assert.equal(target.len.toNumber(), order.fragmentLen);
    assert.ok(target.chunk.toNumber() < Math.ceil(order.fragmentLen / 1024), `chunk ${target.chunk} of the fragment`);
    assert.ok(operators.some((o) => storageAudit.event.data.operator.eq(o.address)));
    const daAudit = await nextEvent('a DA audit of the blob', registeredAt, 'AuditReported',
      ({ report }) => report.target.isDa && report.target.asDa.dataRoot.toHex() === blobRoot, 150_000);
    const cell = daAudit.event.data.report.target.asDa;
    const status = await rpc(http, 'da_blobStatus', [blobRoot]);
    assert.equal(cell.blob.toNumber(), status.id);
    assert.ok(cell.row.toNumber() < 2 * status.width && cell.column.toNumber() < 2 * status.width, 'a cell of the extended square');
    // Every chunk and cell is held: no audit may report a failure.
    for (const { event } of eventsSince(registeredAt, 'AuditReported')) {
      assert.ok(event.data.report.outcome.isPass, `audit by ${nameOf(event.data.operator)}: ${event.data.report.toString()}`);
    }

    // The first epoch to end after the last approval had all six licences live.
    const closed = await nextEvent('an epoch to close after the approvals', approvedAt + 1, 'EpochClosed', () => true, 120_000);
    const { epoch: closedEpoch, budget, liveLicences } = closed.event.data;
    assert.equal(liveLicences.toNumber(), LICENCES, 'all six licences ran in a live operator');
    assert.ok(budget.toBigInt() > 0n, 'the pool released something for the epoch');
    // And every operator beat again in the next epoch, for its two licences.
    for (const operator of operators) {
      await nextEvent(`${nameOf(operator.address)}'s heartbeat for two licences`, approvedAt + 1, 'Heartbeat',
        (data) => data.operator.eq(operator.address) && data.licences.toNumber() === 2, 90_000);
    }

    // Dave claims what his six licences earned, out of the pool.
    const ids = [...Array(LICENCES).keys()];
    const claimedIn = await send(() => api.tx.alignmentNodes.claimRewards(ids), dave);
    const parent = (await api.rpc.chain.getHeader(claimedIn)).parentHash;
    const events = await eventsAt(claimedIn);
    const claimed = events.find(is('RewardsClaimed'));
    assert.ok(claimed?.data.who.eq(dave.address), 'a RewardsClaimed event for Dave');
    const amount = claimed.data.amount.toBigInt();
    assert.ok(amount > 0n, 'Dave earned something');
    const pending = (await (await api.at(parent)).call.alignmentApi.pendingRewards(dave.address)).toBigInt();
    assert.ok(pending > 0n && amount >= pending, `pending ${pending} before the claim, paid ${amount}`);
    const daveBefore = await balancesAt(parent, dave.address);
    const daveAfter = await balancesAt(claimedIn, dave.address);
    assert.equal(daveAfter.free - daveBefore.free, amount - feesPaid(events, dave.address), 'Dave\'s balance rose by the claim, less the fee');
    const poolBefore = await balancesAt(parent, REWARD_POOL);
    const poolAfter = await balancesAt(claimedIn, REWARD_POOL);
    assert.equal(poolBefore.free - poolAfter.free, amount, 'paid out of the zg/align pool');
    assert.equal((await (await api.at(claimedIn)).call.alignmentApi.pendingRewards(dave.address)).toBigInt(), 0n, 'nothing left to claim');

    // Alice kept her 10% of what her licences earned in the closed epoch (the owners' part is
    // divided per licence, its rounding hers), and claims it.
    await scannedTo(await numberOf(claimedIn));
    const settled = eventsSince(closed.number, 'OperatorSettled', (data) =>
      data.operator.eq(alice.address) && data.epoch.toNumber() === closedEpoch.toNumber());
    assert.equal(settled.length, 1, 'Alice\'s epoch was settled once');
    const { reward, commission } = settled[0].event.data;
    assert.ok(reward.toBigInt() > 0n);
    const tenth = reward.toBigInt() / 10n;
    assert.ok(commission.toBigInt() >= tenth && commission.toBigInt() - tenth < 2n,
      `commission ${commission} of a reward of ${reward}`);
    const commissionIn = await send(() => api.tx.alignmentNodes.claimRewards([]), alice);
    const paid = (await eventsAt(commissionIn)).find(is('RewardsClaimed'));
    assert.ok(paid?.data.who.eq(alice.address), 'a RewardsClaimed event for Alice');
    assert.ok(paid.data.amount.toBigInt() >= commission.toBigInt(), `Alice claimed ${paid.data.amount}`);
    assert.equal((await (await api.at(commissionIn)).call.alignmentApi.operator(alice.address)).unwrap().rewards.toBigInt(), 0n);

    const audits = eventsSince(registeredAt, 'AuditReported');
    const storageAudits = audits.filter(({ event }) => event.data.report.target.isStorage);
    const audited = new Set(storageAudits.map(({ event }) => event.data.report.target.asStorage.provider.toString()));
    const providerCount = (await api.query.storageMarket.providerCount()).toNumber();
    console.log(`audit coverage: ${audited.size} of ${providerCount} storage providers audited ` +
      `(${storageAudits.length} storage audits, ${audits.length - storageAudits.length} DA audits, ` +
      `blocks ${registeredAt}-${await bestNumber()}); epoch ${closedEpoch} paid ${budget} with ${liveLicences} licences live; ` +
      `Dave claimed ${amount}, Alice ${paid.data.amount}`);
  });

  it('registers Ferdie\'s agent on the stored model; a gate contract lets it act', { timeout: 120_000 }, async () => {
    assert.ok(modelRoot, 'the storage test stored the model');
    const name = 'zerog e2e agent';
    const policyHash = toHex(crypto.randomBytes(32));
    const register = (dataRoots) => () => api.tx.alignmentNodes.registerAgent(
      Array.from(Buffer.from(name)), modelRoot, dataRoots, policyHash, AGENT_BOND);
    const unstored = await sendFailing(register([unknownRoot]), ferdie);
    assert.match(unstored.error, /^alignmentNodes\.NotStored\b/, 'a data root no order stores');

    const registeredIn = await send(register([]), ferdie);
    const registeredAgent = (await eventsAt(registeredIn)).find(is('AgentRegistered'));
    assert.ok(registeredAgent?.data.owner.eq(ferdie.address), 'an AgentRegistered event');
    agentId = registeredAgent.data.agent.toNumber();
    // The agent acts from its owner's EVM address: keccak256(AccountId32)[12..].
    agentAddress = substrateToEthAddress(ferdie.publicKey);
    assert.equal(ethers.getAddress(registeredAgent.data.address.toHex()), agentAddress);
    assert.equal(ethers.getAddress((await api.call.reviveApi.address(ferdie.address)).toHex()), agentAddress);
    const agent = (await (await api.at(registeredIn)).query.alignmentNodes.agents(agentId)).unwrap();
    assert.ok(agent.owner.eq(ferdie.address));
    assert.equal(Buffer.from(agent.name.toU8a(true)).toString(), name);
    assert.equal(agent.modelRoot.toHex(), modelRoot);
    assert.equal(agent.dataRoots.length, 0);
    assert.equal(agent.policyHash.toHex(), policyHash);
    assert.equal(agent.bond.toBigInt(), AGENT_BOND);
    assert.ok(agent.status.isActive);
    assert.equal(agent.openDisputes.toNumber(), 0);
    assert.equal((await api.query.alignmentNodes.agentByAddress(agentAddress)).unwrap().toNumber(), agentId);
    const parent = (await api.rpc.chain.getHeader(registeredIn)).parentHash;
    const held = (await balancesAt(registeredIn, ferdie.address)).reserved - (await balancesAt(parent, ferdie.address)).reserved;
    assert.equal(held, AGENT_BOND, 'the bond is held');
    const again = await sendFailing(register([]), ferdie);
    assert.match(again.error, /^alignmentNodes\.AddressInUse\b/, 'one live agent per address');

    const wallet = new ethers.Wallet(ETH_DEV_KEYS.alith, provider);
    const { abi, bytecode } = artifacts.AgentGate;
    gate = await (await new ethers.ContractFactory(abi, bytecode, wallet).deploy()).waitForDeployment();
    gate = gate.connect(provider);
    const agentRegisteredAt = await numberOf(registeredIn);
    await waitFor('the Ethereum RPC to reach the agent\'s registration', async () =>
      BigInt(await rpc(node.ethUrl, 'eth_blockNumber')) >= BigInt(agentRegisteredAt), 30_000);

    assert.equal(await precompile.isAgentAllowed(agentAddress), true);
    assert.equal(await precompile.agentStatus(agentId), AGENT_STATUS.active);
    assert.equal(await gate.statusOf(agentId), AGENT_STATUS.active);
    assert.equal(await gate.statusOf(agentId + 1000), AGENT_STATUS.unknown);
    assert.equal(await gate.act.staticCall({ from: agentAddress }), 1n, 'the agent may act');
    const stranger = ethers.Wallet.createRandom().address;
    assert.equal(await precompile.isAgentAllowed(stranger), false);
    await assert.rejects(gate.act.staticCall({ from: stranger }), (error) => {
      assert.equal(error.reason, 'agent not allowed');
      return true;
    });
  });

  it('suspends the agent Eve reports once its jury commits and reveals Suspended; the gate then refuses it', { timeout: 240_000 }, async () => {
    assert.ok(agentId !== undefined && gate, 'the agent test registered an agent and deployed the gate');
    const own = await sendFailing(() => api.tx.alignmentNodes.report(agentId, unknownRoot, REPORT_DEPOSIT), ferdie);
    assert.match(own.error, /^alignmentNodes\.OwnAgent\b/);

    const evidenceRoot = toHex(crypto.randomBytes(32));
    const reportedIn = await send(() => api.tx.alignmentNodes.report(agentId, evidenceRoot, REPORT_DEPOSIT), eve);
    const reportedAt = await numberOf(reportedIn);
    const reported = (await eventsAt(reportedIn)).find(is('Reported'));
    assert.ok(reported?.data.reporter.eq(eve.address), 'a Reported event');
    const dispute = reported.data.dispute.toNumber();
    const commitEnd = reported.data.commitEnd.toNumber();
    const revealEnd = reported.data.revealEnd.toNumber();
    assert.equal(reported.data.agent.toNumber(), agentId);
    assert.equal(reported.data.jurors.toNumber(), PARAMS.JurySize);
    assert.equal(commitEnd, reportedAt + PARAMS.CommitWindow);
    assert.equal(revealEnd, commitEnd + PARAMS.RevealWindow);
    const reportParent = (await api.rpc.chain.getHeader(reportedIn)).parentHash;
    const eveHeld = (await balancesAt(reportedIn, eve.address)).reserved - (await balancesAt(reportParent, eve.address)).reserved;
    assert.equal(eveHeld, REPORT_DEPOSIT, 'the deposit is held');

    // The jury: three distinct licences, each run by the operator voting for it, none Eve's or
    // Ferdie's (they hold none).
    const record = (await (await api.at(reportedIn)).query.alignmentNodes.disputes(dispute)).unwrap();
    assert.equal(record.agent.toNumber(), agentId);
    assert.ok(record.reporter.eq(eve.address));
    assert.equal(record.evidenceRoot.toHex(), evidenceRoot);
    assert.equal(record.deposit.toBigInt(), REPORT_DEPOSIT);
    assert.ok(record.phase.isVoting);
    const jurors = record.jurors.map((juror) => ({
      licence: juror.licence.toNumber(),
      operator: operators.find((o) => juror.operator.eq(o.address)),
      salt: crypto.randomBytes(32),
    }));
    assert.equal(jurors.length, PARAMS.JurySize);
    assert.equal(new Set(jurors.map((j) => j.licence)).size, jurors.length, 'distinct licences');
    for (const [index, juror] of jurors.entries()) {
      assert.ok(juror.operator, `juror ${juror.licence} is run by one of the operators`);
      assert.equal(record.jurors[index].round.toNumber(), 0);
      assert.ok(record.jurors[index].commitment.isNone);
      assert.equal(await delegation(juror.licence, reportedIn), `Approved ${nameOf(juror.operator.address)}`);
    }
    for (const operator of operators) {
      const duties = await (await api.at(reportedIn)).call.alignmentApi.juryDuties(operator.address);
      assert.deepEqual(duties.map(([d, licence]) => [d.toNumber(), licence.toNumber()]).sort(),
        jurors.filter((j) => j.operator === operator).map((j) => [dispute, j.licence]).sort(),
        `${nameOf(operator.address)}'s jury duties`);
    }
    const seatsOf = (operator) => jurors.filter((j) => j.operator === operator);
    const voting = operators.filter((operator) => seatsOf(operator).length > 0);

    // Each operator commits Suspended for each of its seats, within the commit window.
    const committedIn = await Promise.all(voting.map((operator) => send(() => api.tx.utility.batchAll(
      seatsOf(operator).map((j) => api.tx.alignmentNodes.commitVote(dispute, j.licence, commitmentOf(api, 'Suspended', j.salt))),
    ), operator)));
    const committedAt = await Promise.all(committedIn.map(numberOf));
    assert.ok(committedAt.every((number) => number <= commitEnd), `committed in blocks ${committedAt}, by ${commitEnd}`);
    await scannedTo(Math.max(...committedAt));
    const committed = (await api.query.alignmentNodes.disputes(dispute)).unwrap();
    for (const j of jurors) {
      const seat = committed.jurors.find((juror) => juror.licence.toNumber() === j.licence);
      assert.equal(seat.commitment.unwrap().toHex(), commitmentOf(api, 'Suspended', j.salt));
    }
    assert.equal(eventsSince(reportedAt, 'VoteCommitted', (data) => data.dispute.toNumber() === dispute).length, jurors.length);

    // Reveals start in the block after commitEnd. A salt that is not the one committed is refused.
    await waitFor(`block ${commitEnd}`, async () => (await bestNumber()) >= commitEnd, 60_000);
    const [first] = jurors;
    const wrongSalt = crypto.randomBytes(32);
    const mismatch = await sendFailing(() => api.tx.alignmentNodes.revealVote(dispute, first.licence, 'Suspended', toHex(wrongSalt)), first.operator);
    assert.match(mismatch.error, /^alignmentNodes\.RevealMismatch\b/);
    const revealedIn = await Promise.all(voting.map((operator) => send(() => api.tx.utility.batchAll(
      seatsOf(operator).map((j) => api.tx.alignmentNodes.revealVote(dispute, j.licence, 'Suspended', toHex(j.salt))),
    ), operator)));
    const revealedAt = await Promise.all(revealedIn.map(numberOf));
    assert.ok(revealedAt.every((number) => number > commitEnd && number <= revealEnd), `revealed in blocks ${revealedAt}, in ${commitEnd + 1}…${revealEnd}`);
    await scannedTo(Math.max(...revealedAt));
    const reveals = eventsSince(reportedAt, 'VoteRevealed', (data) => data.dispute.toNumber() === dispute);
    assert.deepEqual(reveals.map(({ event }) => event.data.licence.toNumber()).sort(), jurors.map((j) => j.licence).sort());
    assert.ok(reveals.every(({ event }) => event.data.verdict.isSuspended));

    // The round closes in the block after revealEnd, appealable for AppealWindow blocks; the
    // verdict applies in the block after that.
    const roundClosed = await nextEvent('the round to close', revealEnd, 'RoundClosed',
      (data) => data.dispute.toNumber() === dispute, 60_000);
    assert.equal(roundClosed.number, revealEnd + 1);
    assert.ok(roundClosed.event.data.verdict.isSuspended);
    const until = roundClosed.event.data.until.toNumber();
    assert.equal(until, revealEnd + 1 + PARAMS.AppealWindow);
    const appealable = (await (await api.at(roundClosed.hash)).query.alignmentNodes.disputes(dispute)).unwrap().phase;
    assert.ok(appealable.isAppealable && appealable.asAppealable.verdict.isSuspended);
    const judged = await nextEvent('the verdict', until, 'Judged', (data) => data.dispute.toNumber() === dispute, 60_000);
    assert.equal(judged.number, until + 1);
    const { verdict, pot, coherent, missedReveals } = judged.event.data;
    assert.equal(judged.event.data.agent.toNumber(), agentId);
    assert.ok(verdict.isSuspended, `verdict ${verdict}`);
    assert.equal(coherent.toNumber(), jurors.length, 'every juror voted the verdict');
    assert.equal(missedReveals.toNumber(), 0);
    const slash = AGENT_BOND * BigInt(PARAMS.SuspendSlash) / 1_000_000_000n;
    assert.equal(pot.toBigInt(), slash, 'the jurors share SuspendSlash of the bond');
    console.log(`dispute ${dispute}: reported in block ${reportedAt}, judged in ${judged.number}; jurors ` +
      `${jurors.map((j) => `${j.licence} (${nameOf(j.operator.address)})`).join(', ')} shared ${pot}`);

    const at = await api.at(judged.hash);
    const agent = (await at.query.alignmentNodes.agents(agentId)).unwrap();
    assert.ok(agent.status.isSuspended, `status ${agent.status}`);
    assert.equal(agent.bond.toBigInt(), AGENT_BOND - slash);
    assert.equal(agent.openDisputes.toNumber(), 0);
    assert.ok((await at.call.alignmentApi.agent(agentId)).unwrap().status.isSuspended);
    assert.ok((await at.query.alignmentNodes.disputes(dispute)).isNone, 'the dispute is closed');
    const verdicts = await at.query.alignmentNodes.verdicts(agentId);
    assert.deepEqual(verdicts.map((v) => [v.dispute.toNumber(), v.verdict.type, v.at.toNumber()]), [[dispute, 'Suspended', judged.number]]);
    assert.deepEqual((await at.call.alignmentApi.verdicts(agentId)).map((v) => v.toJSON()), verdicts.map((v) => v.toJSON()));
    const judgedParent = (await api.rpc.chain.getHeader(judged.hash)).parentHash;
    const released = (await balancesAt(judgedParent, eve.address)).reserved - (await balancesAt(judged.hash, eve.address)).reserved;
    assert.equal(released, REPORT_DEPOSIT, 'Eve\'s deposit is released: the report was upheld');

    // Contracts see it: the precompile refuses the agent, and so does the gate.
    await waitFor('the Ethereum RPC to reach the verdict', async () =>
      BigInt(await rpc(node.ethUrl, 'eth_blockNumber')) >= BigInt(judged.number), 30_000);
    assert.equal(await precompile.isAgentAllowed(agentAddress, { blockTag: judged.number }), false);
    assert.equal(await precompile.agentStatus(agentId, { blockTag: judged.number }), AGENT_STATUS.suspended);
    assert.equal(await gate.statusOf(agentId), AGENT_STATUS.suspended);
    await assert.rejects(gate.act.staticCall({ from: agentAddress }), (error) => {
      assert.equal(error.reason, 'agent not allowed');
      return true;
    });
  });
});
