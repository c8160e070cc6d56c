// The data-availability layer end to end on a real `zerog-node --dev --da-signer`: four DA
// operators (//Alice, //Bob, //Charlie and //Dave, whose `zgda` keys the node holds) stake and
// opt into the DA service through @polkadot/api and are selected at the next epoch change;
// `zerog-node da submit|status|get` posts blobs of 1 B … 32 MiB through the node's RPC, waits
// until the signers attest them to a certificate, and gets them back; `da_blobStatus` and
// `da_getCell` answer over the node's RPC; a rollup inbox contract accepts a batch only when the
// DA precompile says its blob is certified. Then availability is checked: the node's sampler
// reports 99.9% confidence on a certified blob (seen through `da_blobStatus`, the pallet's
// storage, `zerog-node da sample|status` and the precompile); an availability challenge of a
// cell is answered by the signers that owe it, who take the frivolous challenger's deposit;
// and a blob committed by a broken encoder (`zerog-node da forge`), attested by a careless
// signer, is proven badly encoded by a fraud proof that slashes the signer to the reporter,
// while a proof that does not verify is refused.
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
import { ETH_DEV_KEYS, ZG, sr25519Keyring } from './lib/accounts.mjs';
import { DevNode, NODE_BINARY, rpc, waitFor } from './lib/devnode.mjs';
import { describeDispatchError, submit, toHex } from './lib/tx.cjs';

const run = promisify(execFile);
/** Shared staking's DA service. */
const DA_SERVICE = 2;
/** The key type of DA signers' keys in a node's keystore. */
const DA_KEY_TYPE = 'zgda';
const KiB = 1024;
const MiB = 1024 * KiB;
/** The longest blob the DA layer takes. */
const MAX_BLOB_LEN = 32 * MiB;
/** A CLI run that takes longer than this is killed (and fails). */
const CLI_TIMEOUT_MS = 240_000;
/** The confidence the node's sampler reaches on every certified blob: 99.9%, in parts per billion. */
const CONFIDENCE_PPB = 999_000_000;
/** The runtime's `ChallengeWindow`: blocks the attesters of a challenged cell have to answer. */
const CHALLENGE_WINDOW = 20;
/** The runtime's `ChallengeDeposit`: 0.1 ZG. */
const CHALLENGE_DEPOSIT = ZG / 10n;
/** The offence code shared staking slashes an attester of a badly encoded blob under. */
const ATTESTED_BAD_ENCODING = 1;
/** The DA precompile's address (`0x…0B000000`, lower case: no checksum involved). */
const DA_PRECOMPILE = '0x000000000000000000000000000000000b000000';
/** The precompile's `blobStatus` states. */
const BLOB_STATE = { unknown: 0n, pending: 1n, certified: 2n, unavailable: 3n, invalid: 4n };

/**
 * The blobs certified end to end, with the layout the primitives give each length: cells are
 * the smallest power-of-two multiple of 1 KiB for which a square of width k ≤ 128 holds the
 * blob, k = ⌈√⌈len / cellLen⌉⌉.
 */
const BLOBS = [
  { label: '1 B', size: 1, width: 1, cellLen: KiB },
  { label: '1 KiB + 1', size: KiB + 1, width: 2, cellLen: KiB },
  { label: '1 MiB − 1', size: MiB - 1, width: 32, cellLen: KiB },
  { label: '32 MiB', size: MAX_BLOB_LEN, width: 128, cellLen: 2 * KiB },
];

/** Runs `zerog-node da …`; resolves to { code, stdout, stderr } without throwing. */
async function da(...args) {
  try {
    const { stdout, stderr } = await run(NODE_BINARY, ['da', ...args], {
      maxBuffer: 1 << 24,
      timeout: CLI_TIMEOUT_MS,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code ?? error.signal, stdout: error.stdout, stderr: error.stderr };
  }
}

/** The one readable line a failed CLI run reports its error in: `error: …`. */
function errorLine({ stderr }) {
  const line = stderr.split('\n').find((l) => l.startsWith('error: '));
  assert.ok(line, `an "error: …" line on stderr, got: ${stderr}`);
  return line;
}

const sha256 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Cell (`row`, `column`) of the original square of the blob in `file`: the blob fills the
 * `width × width` square of `cellLen`-byte cells row by row, zero-padded.
 */
function originalCell(file, { width, cellLen }, row, column) {
  const cell = Buffer.alloc(cellLen);
  fs.readFileSync(file).copy(cell, 0, (row * width + column) * cellLen, (row * width + column + 1) * cellLen);
  return cell;
}

describe('DA layer through the node, the CLI and a contract', () => {
  const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-da-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-da-files-'));
  const node = new DevNode({
    name: 'da-dev',
    basePath,
    rpcPort: 19966,
    ethRpcPort: 18566,
    p2pPort: 40366,
    extraArgs: ['--da-signer'],
  });
  const http = node.wsUrl.replace('ws', 'http');
  const keyring = sr25519Keyring();
  const operators = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((uri) => [uri, keyring.addFromUri(uri)]);
  const eve = keyring.addFromUri('//Eve');
  const ferdie = keyring.addFromUri('//Ferdie');
  const unknownRoot = `0x${'ab'.repeat(32)}`;
  /** The blobs test (a) certified, by size: { file, root, status } (status from da_blobStatus). */
  const certified = new Map();
  /** Every `daCommitments.SignersSelected` seen: { epoch, signers, totalStake }. */
  const selections = [];
  /** The root of the blob the rollup inbox test committed and left pending (paid by Ferdie). */
  let pendingRoot;
  /** The blob the challenge test certified and challenged: { file, root, status }. */
  let challenged;
  /** What `zerog-node da forge` printed in the fraud proof test. */
  let forged;
  let unsubscribe;
  let api;
  let provider;
  let precompile;

  const freeBalance = async (account) => (await api.query.system.account(account)).data.free.toBigInt();
  /** An account's free and reserved (held) balance in the block with this hash. */
  const balancesAt = async (hash, account) => {
    const { data } = await (await api.at(hash)).query.system.account(account);
    return { free: data.free.toBigInt(), reserved: data.reserved.toBigInt() };
  };
  /** The events of the block with this hash. */
  const eventsAt = async (hash) => (await (await api.at(hash)).query.system.events()).map(({ event }) => event);
  const headerOf = (hash) => api.rpc.chain.getHeader(hash);
  /** Every event of blocks `from` … `to`, each as { number, hash, event }. */
  const eventsOfBlocks = async (from, to) => {
    const found = [];
    for (let number = from; number <= to; number += 1) {
      const hash = await api.rpc.chain.getBlockHash(number);
      for (const event of await eventsAt(hash)) found.push({ number, hash, event });
    }
    return found;
  };
  /** The transaction fees `account` paid in these events. */
  const feesPaid = (events, account) => events
    .filter((e) => api.events.transactionPayment.TransactionFeePaid.is(e) && e.data.who.eq(account))
    .reduce((sum, e) => sum + e.data.actualFee.toBigInt(), 0n);
  /** The DA precompile, read through the node's Ethereum RPC (and its provider, if made). */
  const daPrecompile = () => {
    provider ??= new ethers.JsonRpcProvider(node.ethUrl, undefined, { polling: true, pollingInterval: 500 });
    precompile ??= new ethers.Contract(DA_PRECOMPILE, compile().IDataAvailability.abi, provider);
    return precompile;
  };

  /**
   * Signs and submits `tx`, whose dispatch must fail; resolves to { error, blockHash }: the
   * error as `section.name: docs` and the block that included the transaction (and took its fee).
   */
  const submitFailing = (tx, signer) => new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, dispatchError }) => {
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        reject(new Error(`transaction ${status.type}`));
      } else if (status.isInBlock) {
        if (dispatchError) resolve({ error: describeDispatchError(api, dispatchError), blockHash: status.asInBlock });
        else reject(new Error('the call succeeded'));
      }
    }).catch(reject);
  });

  /**
   * `submit` from an operator's key, which the node signs with too (attestations, answers):
   * tried again when the pool refuses the nonce because the node's transaction took it first.
   */
  const submitAsOperator = async (makeTx, pair) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await submit(api, makeTx(), pair);
      } catch (error) {
        if (attempt === 3 || !/Priority is too low|outdated|Usurped/i.test(error.message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };

  before(async () => {
    await node.start();
    api = await ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true });
    unsubscribe = await api.query.system.events((records) => {
      for (const { event } of records) {
        if (api.events.daCommitments.SignersSelected.is(event)) {
          selections.push({
            epoch: event.data.epoch.toNumber(),
            signers: event.data.signers.toNumber(),
            totalStake: event.data.totalStake.toBigInt(),
          });
        }
      }
    });
  });

  after(async () => {
    unsubscribe?.();
    provider?.destroy();
    await api?.disconnect();
    await node.stop();
    fs.rmSync(basePath, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('selects four staked DA operators whose zgda keys the node holds at the next epoch', { timeout: 200_000 }, async () => {
    for (const [uri, pair] of operators) {
      await rpc(http, 'author_insertKey', [DA_KEY_TYPE, uri, toHex(pair.publicKey)]);
      await submit(api, api.tx.utility.batchAll([
        api.tx.staking.bond(100n * ZG, 'Staked'),
        api.tx.staking.optIn(DA_SERVICE),
      ]), pair);
    }
    // Signers are snapshotted when a BABE epoch (20 blocks of 3 s) begins.
    const selection = await waitFor('an epoch selecting the four DA signers', () =>
      selections.find((s) => s.signers >= 4), 150_000);
    assert.ok(selection.totalStake >= 400n * ZG, `total DA stake ${selection.totalStake}`);
  });

  for (const { label, size, width, cellLen } of BLOBS) {
    it(`certifies a blob of ${label}, reports it certified and gets it back byte-identical`, { timeout: 300_000 }, async () => {
      const file = path.join(work, `blob-${size}.bin`);
      fs.writeFileSync(file, crypto.randomBytes(size));

      const submitted = await da('submit', file, '--url', node.wsUrl, '--suri', '//Eve', '--wait');
      assert.equal(submitted.code, 0, submitted.stderr);
      const id = submitted.stdout.match(/^blob id: (\d+)$/m)?.[1];
      const root = submitted.stdout.match(/^data root: (0x[0-9a-fA-F]{64})$/m)?.[1]?.toLowerCase();
      const [, at, until] = submitted.stdout.match(/certified at block (\d+), retained until (\d+)/) ?? [];
      assert.ok(id && root && at && until, `blob id, data root and certificate in: ${submitted.stdout}`);
      assert.match(submitted.stdout, /\(raw bytes over HTTP\)/, 'a local node takes the blob through its blob endpoint');

      const state = await da('status', root, '--url', node.wsUrl);
      assert.equal(state.code, 0, state.stderr);
      assert.equal(state.stdout.split('\n')[0].trim(), 'state: certified');

      const output = path.join(work, `blob-${size}.out`);
      const got = await da('get', root, '-o', output, '--url', node.wsUrl);
      assert.equal(got.code, 0, got.stderr);
      assert.equal(sha256(output), sha256(file), 'the blob comes back byte-identical');

      const status = await rpc(http, 'da_blobStatus', [root]);
      assert.ok(status, 'da_blobStatus knows the blob');
      assert.equal(status.state, 'certified');
      assert.equal(status.len, size);
      assert.equal(status.id, Number(id));
      assert.equal(status.dataRoot.toLowerCase(), root);
      assert.equal(status.width, width);
      assert.equal(status.cellLen, cellLen);
      assert.equal(status.certifiedAt, Number(at));
      assert.equal(status.retainedUntil, Number(until));
      assert.ok(BigInt(status.attestedStake) * 3n >= BigInt(status.totalStake) * 2n, 'certified at 2/3 of the stake');
      certified.set(size, { file, root, status });
    });
  }

  it('moves a blob as hex through da_submitBlob and da_getBlob too (--transport rpc)', { timeout: 300_000 }, async () => {
    const file = path.join(work, 'blob-hex.bin');
    fs.writeFileSync(file, crypto.randomBytes(5 * MiB + 3));
    const submitted = await da('submit', file, '--url', node.wsUrl, '--suri', '//Eve', '--wait', '--transport', 'rpc');
    assert.equal(submitted.code, 0, submitted.stderr);
    assert.match(submitted.stdout, /\(hex over JSON-RPC\)/);
    const root = submitted.stdout.match(/^data root: (0x[0-9a-fA-F]{64})$/m)[1];
    const output = path.join(work, 'blob-hex.out');
    const got = await da('get', root, '-o', output, '--url', node.wsUrl, '--transport', 'rpc');
    assert.equal(got.code, 0, got.stderr);
    assert.equal(sha256(output), sha256(file), 'the blob comes back byte-identical');
  });

  it('serves raw blobs on its loopback blob endpoint, refusing bytes that commit to another root', async () => {
    const endpoint = await rpc(http, 'da_httpEndpoint', []);
    assert.match(endpoint, /^http:\/\/127\.0\.0\.1:\d+\/blobs\/$/);
    const blob = certified.get(KiB + 1);
    assert.ok(blob, 'the 1 KiB + 1 blob was certified');
    const got = await fetch(`${endpoint}${blob.root}`);
    assert.equal(got.status, 200);
    assert.ok(Buffer.from(await got.arrayBuffer()).equals(fs.readFileSync(blob.file)), 'GET returns the blob');

    const wrong = await fetch(`${endpoint}${unknownRoot}`, { method: 'PUT', body: Buffer.from('abc') });
    assert.equal(wrong.status, 400);
    assert.match((await wrong.json()).error, /commits to 0x[0-9a-f]{64}, not/);
    const malformed = await fetch(`${endpoint}0x1234`, { method: 'PUT', body: Buffer.from('abc') });
    assert.equal(malformed.status, 400);
    assert.equal((await fetch(`${endpoint}${unknownRoot}`, { method: 'DELETE' })).status, 405);
  });

  it('refuses a blob of 32 MiB + 1 B before it reaches the chain, taking nothing', { timeout: 120_000 }, async () => {
    const file = path.join(work, 'too-large.bin');
    fs.writeFileSync(file, crypto.randomBytes(MAX_BLOB_LEN + 1));
    const funds = await freeBalance(eve.address);
    const result = await da('submit', file, '--url', node.wsUrl, '--suri', '//Eve', '--wait');
    assert.notEqual(result.code, 0);
    assert.match(errorLine(result), /32 MiB|too (large|big)/i);
    assert.equal(await freeBalance(eve.address), funds);
  });

  it('refuses an empty blob with a clear error, taking nothing', { timeout: 60_000 }, async () => {
    const file = path.join(work, 'empty.bin');
    fs.writeFileSync(file, Buffer.alloc(0));
    const funds = await freeBalance(eve.address);
    const result = await da('submit', file, '--url', node.wsUrl, '--suri', '//Eve', '--wait');
    assert.notEqual(result.code, 0);
    assert.match(errorLine(result), /empty/i);
    assert.equal(await freeBalance(eve.address), funds);
  });

  it('refuses to get an unknown root, leaving no file, and reports it unknown', { timeout: 60_000 }, async () => {
    const missing = path.join(work, 'missing.bin');
    const result = await da('get', unknownRoot, '-o', missing, '--url', node.wsUrl);
    assert.notEqual(result.code, 0);
    assert.match(errorLine(result), /unknown|not found/i);
    assert.ok(!fs.existsSync(missing) && !fs.existsSync(`${missing}.part`), 'no output file left');

    const state = await da('status', unknownRoot, '--url', node.wsUrl);
    assert.equal(state.stdout.split('\n')[0].trim(), 'state: unknown');
    assert.equal(await rpc(http, 'da_blobStatus', [unknownRoot]), null);
  });

  it('serves a cell of a certified blob, one cell long: the blob fills the square row by row', async () => {
    const blob = certified.get(MiB - 1);
    assert.ok(blob, 'the 1 MiB − 1 blob was certified');
    const { cell, proof } = await rpc(http, 'da_getCell', [blob.root, 0, 0]);
    const bytes = Buffer.from(cell.slice(2), 'hex');
    assert.equal(bytes.length, blob.status.cellLen);
    assert.ok(bytes.equals(fs.readFileSync(blob.file).subarray(0, blob.status.cellLen)), 'cell (0, 0) is the first cellLen bytes');
    assert.match(proof, /^0x([0-9a-f]{2})+$/i, 'a SCALE-encoded CellProof');
  });

  it('accepts a rollup batch whose blob is certified, and refuses unknown and pending ones', { timeout: 120_000 }, async () => {
    const blob = certified.get(MiB - 1);
    assert.ok(blob, 'the 1 MiB − 1 blob was certified');
    provider = new ethers.JsonRpcProvider(node.ethUrl, undefined, { polling: true, pollingInterval: 500 });
    const wallet = new ethers.Wallet(ETH_DEV_KEYS.alith, provider);
    const { abi, bytecode } = compile().RollupInbox;
    const inbox = await (await new ethers.ContractFactory(abi, bytecode, wallet).deploy()).waitForDeployment();

    const receipt = await (await inbox.submitBatch(blob.root)).wait();
    assert.equal(receipt.status, 1);
    const event = inbox.interface.parseLog(receipt.logs[0]);
    assert.equal(event.name, 'BatchAccepted');
    assert.deepEqual([...event.args], [0n, blob.root, BigInt(blob.status.certifiedAt)]);
    assert.equal(await inbox.batchCount(), 1n);
    assert.deepEqual([...(await inbox.batches(0n))], [blob.root, BigInt(blob.status.certifiedAt)]);

    const refusesAsNotCertified = (root) => (error) => {
      const parsed = inbox.interface.parseError(error.data);
      assert.equal(parsed?.name, 'BlobNotCertified');
      assert.equal(parsed.args[0], root);
      return true;
    };
    await assert.rejects(inbox.submitBatch.staticCall(unknownRoot), refusesAsNotCertified(unknownRoot));
    await assert.rejects(inbox.submitBatch.estimateGas(unknownRoot));

    // A blob committed on chain whose data nobody uploaded: no signer can hold its lines, so it
    // stays pending until its attestation window ends.
    pendingRoot = toHex(crypto.randomBytes(32));
    await submit(api, api.tx.daCommitments.submitBlob(pendingRoot, KiB), ferdie);
    assert.equal((await rpc(http, 'da_blobStatus', [pendingRoot]))?.state, 'pending');
    await assert.rejects(inbox.submitBatch.staticCall(pendingRoot), refusesAsNotCertified(pendingRoot));
    assert.equal(await inbox.batchCount(), 1n);
  });

  it('samples a certified blob: confidence ≥ 99.9% recorded on chain', { timeout: 240_000 }, async () => {
    const blob = certified.get(MiB - 1);
    assert.ok(blob, 'the 1 MiB − 1 blob was certified');
    // The node samples every certified blob and reports from its first DA key.
    const status = await waitFor('the node\'s sampler to report 99.9% confidence in the blob', async () => {
      const found = await rpc(http, 'da_blobStatus', [blob.root]);
      return found?.sampling?.confidencePpb >= CONFIDENCE_PPB && found;
    }, 120_000);
    const { sampling } = status;
    assert.equal(status.state, 'certified');
    assert.ok(sampling.reports >= 1, `${sampling.reports} reports`);
    assert.ok(sampling.sampled >= 16, `${sampling.sampled} cells sampled`);
    assert.equal(sampling.ok, sampling.sampled, 'every cell sampled arrived with a valid proof');
    assert.equal(sampling.clean, sampling.sampled, 'every report is clean');

    const tally = (await api.query.daCommitments.sampling(blob.status.id)).unwrap();
    const { summary } = tally;
    assert.deepEqual({
      reports: summary.reports.toNumber(),
      sampled: summary.sampled.toNumber(),
      ok: summary.ok.toNumber(),
      clean: summary.clean.toNumber(),
      confidencePpb: summary.confidence.toNumber(),
    }, sampling, 'the pallet\'s tally is what da_blobStatus reports');
    assert.equal(tally.samplers.length, sampling.reports, 'one report per sampler');

    // A user samples it too, from the node's RPC, verifying every cell itself.
    const sampled = await da('sample', blob.root, '--url', node.wsUrl);
    assert.equal(sampled.code, 0, sampled.stderr);
    const cells = sampled.stdout.split('\n').filter((line) => line.startsWith('cell ('));
    assert.ok(cells.length >= 16, `at least 16 cells sampled, got: ${sampled.stdout}`);
    for (const line of cells) {
      assert.match(line, /^cell \(\d+, \d+\): ok through its (row|column), \d+ B$/);
    }
    const [, verified, drawn] = sampled.stdout.match(/^(\d+) of (\d+) cells verified, \d+ B downloaded in [\d.]+ s$/m) ?? [];
    assert.equal(Number(verified), cells.length, sampled.stdout);
    assert.equal(Number(drawn), cells.length, sampled.stdout);
    const confidence = Number(sampled.stdout.match(/^confidence: ([\d.]+)%$/m)?.[1]);
    assert.ok(confidence >= 99.9, `confidence ${confidence}% in: ${sampled.stdout}`);

    const state = await da('status', blob.root, '--url', node.wsUrl);
    assert.equal(state.code, 0, state.stderr);
    const [, reports, ok, of, percent] = state.stdout
      .match(/^sampling: (\d+) reports, (\d+) of (\d+) cells ok, confidence ([\d.]+)%$/m) ?? [];
    assert.ok(percent, `a sampling line in: ${state.stdout}`);
    assert.deepEqual([Number(reports), Number(ok), Number(of)], [sampling.reports, sampling.ok, sampling.sampled]);
    assert.ok(Number(percent) >= 99.9, state.stdout);

    // Contracts see the same confidence through the precompile.
    const [available, certifiedAt, retainedUntil, ppb] = await daPrecompile().isAvailable(blob.root);
    assert.equal(available, true);
    assert.equal(certifiedAt, BigInt(blob.status.certifiedAt));
    assert.equal(retainedUntil, BigInt(blob.status.retainedUntil));
    assert.ok(ppb >= BigInt(CONFIDENCE_PPB), `precompile confidence ${ppb}`);
    assert.equal(ppb, BigInt(sampling.confidencePpb));
    assert.deepEqual([...(await daPrecompile().blobStatus(blob.root))], [BLOB_STATE.certified, ppb]);
    assert.deepEqual([...(await daPrecompile().blobStatus(unknownRoot))], [BLOB_STATE.unknown, 0n]);
  });

  it('answers an availability challenge: the owed signers publish the cell, the frivolous challenger\'s deposit goes to them', { timeout: 360_000 }, async () => {
    // A blob of its own, whose cells the test knows.
    const file = path.join(work, 'challenged.bin');
    fs.writeFileSync(file, crypto.randomBytes(64 * KiB));
    const submitted = await da('submit', file, '--url', node.wsUrl, '--suri', '//Eve', '--wait');
    assert.equal(submitted.code, 0, submitted.stderr);
    const root = submitted.stdout.match(/^data root: (0x[0-9a-fA-F]{64})$/m)?.[1]?.toLowerCase();
    assert.ok(root, submitted.stdout);
    const status = await rpc(http, 'da_blobStatus', [root]);
    assert.equal(status.state, 'certified');
    assert.deepEqual([status.width, status.cellLen], [8, KiB], '64 KiB fill an 8 × 8 square of 1 KiB cells');
    challenged = { file, root, status };

    // Only attesters owe answers: challenge the cell (j, j) on the lines of the first one. With
    // n signers, m = min(n, 2k), the signer at position p holds rows and columns j ≡ p (mod m).
    const attesters = await api.query.daCommitments.attesters(status.id);
    const signers = (await api.query.daCommitments.epochSigners(status.epoch)).unwrap().signers.length;
    const modulus = Math.min(signers, 2 * status.width);
    const line = attesters[0].position.toNumber() % modulus;
    const owed = attesters.filter((a) => a.position.toNumber() % modulus === line).map((a) => a.signer);
    assert.ok(line < status.width, 'the cell is in the original square');

    // Ferdie's only hold is the fee of the blob the rollup test left pending, refunded at expiry.
    if (pendingRoot) {
      await waitFor('the pending blob of the rollup test to expire', async () =>
        (await rpc(http, 'da_blobStatus', [pendingRoot])) === null, 60_000);
    }
    const nextChallenge = (await api.query.daCommitments.nextChallengeId()).toNumber();
    const openedIn = await submit(api, api.tx.daCommitments.challenge(status.id, line, line), ferdie);
    const openedAt = (await headerOf(openedIn)).number.toNumber();
    const openedEvents = await eventsAt(openedIn);
    const opened = openedEvents.find((e) =>
      api.events.daCommitments.ChallengeOpened.is(e) && e.data.challenger.eq(ferdie.address));
    assert.ok(opened, 'a ChallengeOpened event');
    const { challenge, id, row, column, owedBy, deadline } = opened.data;
    const challengeId = challenge.toNumber();
    assert.equal(challengeId, nextChallenge);
    assert.deepEqual([id.toNumber(), row.toNumber(), column.toNumber()], [status.id, line, line]);
    assert.equal(owedBy.toNumber(), owed.length);
    assert.equal(deadline.toNumber(), openedAt + CHALLENGE_WINDOW);
    const open = (await (await api.at(openedIn)).query.daCommitments.challenges(challengeId)).unwrap();
    assert.equal(open.deposit.toBigInt(), CHALLENGE_DEPOSIT);
    assert.deepEqual((await (await api.at(openedIn)).query.daCommitments.openChallenges(status.id)).map((c) => c.toNumber()), [challengeId]);
    const before = await balancesAt((await headerOf(openedIn)).parentHash, ferdie.address);
    const whileOpen = await balancesAt(openedIn, ferdie.address);
    assert.equal(whileOpen.reserved - before.reserved, CHALLENGE_DEPOSIT, 'the deposit is held');

    // The node answers for every key it holds that owes the cell; the last answer closes it.
    const closedBy = await waitFor('the challenge to close', async () => {
      const head = await api.rpc.chain.getHeader();
      const still = await (await api.at(head.hash)).query.daCommitments.challenges(challengeId);
      return still.isNone && head.number.toNumber();
    }, 90_000);
    const events = await eventsOfBlocks(openedAt + 1, closedBy);
    const ofChallenge = (kind) => events.filter(({ event }) =>
      api.events.daCommitments[kind].is(event) && event.data.challenge.toNumber() === challengeId);
    const [closed, ...more] = ofChallenge('ChallengeClosed');
    assert.ok(closed && more.length === 0, 'one ChallengeClosed');
    assert.equal(closed.event.data.missed.toNumber(), 0, 'no attester missed it');
    assert.ok(closed.number <= openedAt + CHALLENGE_WINDOW, 'closed by the last answer, within the window');
    assert.equal(ofChallenge('ChallengeMissed').length, 0);
    const answers = ofChallenge('ChallengeAnswered');
    assert.equal(answers.length, owed.length, 'every owed signer answered');
    const expected = originalCell(file, status, line, line);
    for (const { event } of answers) {
      assert.ok(owed.some((signer) => signer.eq(event.data.signer)), `${event.data.signer} owed an answer`);
      assert.deepEqual([event.data.id.toNumber(), event.data.row.toNumber(), event.data.column.toNumber()], [status.id, line, line]);
      const cell = Buffer.from(event.data.cell.toU8a(true));
      assert.equal(cell.length, status.cellLen);
      assert.ok(cell.equals(expected), 'the published cell is the blob\'s');
    }

    // Frivolous: the deposit left Ferdie's hold for the responders; Ferdie paid it and the fee.
    const after = await balancesAt(closed.hash, ferdie.address);
    assert.equal(after.reserved, before.reserved, 'nothing is held any more');
    assert.equal(before.free - after.free, CHALLENGE_DEPOSIT + feesPaid(openedEvents, ferdie.address), 'the deposit is lost');
    const closedParent = (await headerOf(closed.hash)).parentHash;
    for (const { event } of answers) {
      const gained = (await balancesAt(closed.hash, event.data.signer)).free - (await balancesAt(closedParent, event.data.signer)).free;
      assert.ok(gained >= CHALLENGE_DEPOSIT / BigInt(answers.length), `${event.data.signer} got ${gained} of the deposit`);
    }
    const now = await rpc(http, 'da_blobStatus', [root]);
    assert.equal(now.state, 'certified');
    assert.equal(now.attestedStake, status.attestedStake, 'no attestation revoked');
    assert.equal((await api.query.daCommitments.openChallenges(status.id)).length, 0);
  });

  it('refuses a challenge of a cell outside the extended square, holding no deposit', { timeout: 60_000 }, async () => {
    assert.ok(challenged, 'the challenge test certified a blob');
    const { status } = challenged;
    const nextChallenge = (await api.query.daCommitments.nextChallengeId()).toNumber();
    const { error, blockHash } = await submitFailing(api.tx.daCommitments.challenge(status.id, 2 * status.width, 0), ferdie);
    assert.match(error, /^daCommitments\.CellOutOfSquare\b/);
    const events = await eventsAt(blockHash);
    assert.ok(!events.some((e) => api.events.daCommitments.ChallengeOpened.is(e)));
    const before = await balancesAt((await headerOf(blockHash)).parentHash, ferdie.address);
    const after = await balancesAt(blockHash, ferdie.address);
    assert.equal(after.reserved, before.reserved, 'no deposit held');
    assert.equal(before.free - after.free, feesPaid(events, ferdie.address), 'only the transaction fee taken');
    assert.equal((await api.query.daCommitments.nextChallengeId()).toNumber(), nextChallenge);
  });

  it('a blob from a broken encoder is proven bad and its attesters slashed', { timeout: 180_000 }, async () => {
    // 20 KiB are 20 cells of 1 KiB: a 5 × 5 square extended to 10 × 10. Row 5 is the first
    // parity row; the forger flips its cell (5, 0) before committing.
    const width = 5;
    const file = path.join(work, 'miscoded.bin');
    fs.writeFileSync(file, crypto.randomBytes(20 * KiB));
    const forging = await da('forge', file, '--row', String(width), '--column', '0');
    assert.equal(forging.code, 0, forging.stderr);
    forged = JSON.parse(forging.stdout.trim().split('\n').at(-1));
    assert.match(forged.dataRoot, /^0x[0-9a-f]{64}$/);
    assert.deepEqual([forged.len, forged.row, forged.column], [20 * KiB, width, 0]);
    assert.match(forged.fraudProof, /^0x([0-9a-f]{2})+$/, 'a SCALE-encoded FraudProof');

    // Committed on chain; nobody uploads it, so the node cannot fetch its lines and never
    // attests. The rest must happen before its attestation deadline (10 blocks), when a blob
    // proven invalid while pending is forgotten.
    const submittedIn = await submit(api, api.tx.daCommitments.submitBlob(forged.dataRoot, forged.len), ferdie);
    const id = (await (await api.at(submittedIn)).query.daCommitments.blobsByRoot(forged.dataRoot)).unwrap().toNumber();
    const pending = await rpc(http, 'da_blobStatus', [forged.dataRoot]);
    assert.equal(pending.state, 'pending');
    assert.equal(pending.width, width);

    // //Bob, a careless signer, attests it without holding anything (free, like any valid
    // attestation); one of four equal stakes is short of the quorum, so it stays pending.
    const bob = operators.find(([uri]) => uri === '//Bob')[1];
    await submitAsOperator(() => api.tx.daCommitments.attest([id]), bob);
    const attesters = await api.query.daCommitments.attesters(id);
    assert.deepEqual(attesters.map((a) => a.signer.toHex()), [toHex(bob.publicKey)], 'Bob is its only attester');

    const reportedIn = await submit(api, api.tx.daCommitments.reportBadEncoding(id, forged.fraudProof), eve);
    const reportedAt = (await headerOf(reportedIn)).number.toNumber();
    const parent = (await headerOf(reportedIn)).parentHash;
    const events = await eventsAt(reportedIn);
    const invalid = events.find((e) => api.events.daCommitments.BlobInvalid.is(e));
    assert.ok(invalid, 'a BlobInvalid event');
    const { attestersSlashed, slashed, feeTaken } = invalid.data;
    assert.equal(invalid.data.id.toNumber(), id);
    assert.equal(invalid.data.dataRoot.toHex(), forged.dataRoot);
    assert.ok(invalid.data.reporter.eq(eve.address));
    assert.equal(attestersSlashed.toNumber(), 1);
    assert.ok(slashed.toBigInt() > 0n, 'Bob lost stake');
    const fee = (await (await api.at(parent)).query.daCommitments.blobs(id)).unwrap().fee.toBigInt();
    // As if it expired, the expiry charge (10%) goes to the treasury; the rest of the fee held
    // while pending goes to the reporter.
    const charge = fee / 10n;
    assert.equal(feeTaken.toBigInt(), fee - charge, 'the fee held while pending, less the expiry charge, goes to the reporter');

    const attesterSlashed = events.filter((e) => api.events.daCommitments.AttesterSlashed.is(e));
    assert.equal(attesterSlashed.length, 1);
    assert.ok(attesterSlashed[0].data.signer.eq(bob.address));
    assert.equal(attesterSlashed[0].data.slashed.toBigInt(), slashed.toBigInt());
    const serviceSlashed = events.find((e) => api.events.staking.ServiceSlashed.is(e));
    assert.ok(serviceSlashed, 'a staking.ServiceSlashed event');
    assert.ok(serviceSlashed.data.operator.eq(bob.address));
    assert.equal(serviceSlashed.data.service.toNumber(), DA_SERVICE);
    assert.equal(serviceSlashed.data.offence.toU8a()[0], ATTESTED_BAD_ENCODING, 'the offence code (one byte)');
    assert.equal(serviceSlashed.data.amount.toBigInt(), slashed.toBigInt());
    const stakeSlashed = events.find((e) => api.events.staking.Slashed.is(e) && e.data.staker.eq(bob.address));
    assert.equal(stakeSlashed?.data.amount.toBigInt(), slashed.toBigInt());
    const bond = async (hash) => (await (await api.at(hash)).query.staking.ledger(bob.address)).unwrap().active.toBigInt();
    assert.equal(await bond(parent) - await bond(reportedIn), slashed.toBigInt(), 'Bob\'s bond dropped by the slash');

    // The reporter pays nothing for a proof that holds and gets the slash and the fee.
    const eveBefore = await balancesAt(parent, eve.address);
    const eveAfter = await balancesAt(reportedIn, eve.address);
    assert.equal(eveAfter.free - eveBefore.free, slashed.toBigInt() + fee - charge, 'Eve got the slash and the fee less the charge');
    const ferdieBefore = await balancesAt(parent, ferdie.address);
    const ferdieAfter = await balancesAt(reportedIn, ferdie.address);
    assert.equal(ferdieBefore.reserved - ferdieAfter.reserved, fee, 'the submitter\'s hold paid it all');

    const status = await rpc(http, 'da_blobStatus', [forged.dataRoot]);
    assert.equal(status?.state, 'invalid');
    await waitFor('the Ethereum RPC to reach the block of the fraud proof', async () =>
      BigInt(await rpc(node.ethUrl, 'eth_blockNumber')) >= BigInt(reportedAt), 30_000);
    const [state] = await daPrecompile().blobStatus(forged.dataRoot, { blockTag: reportedAt });
    assert.equal(state, BLOB_STATE.invalid);
    const [available] = await daPrecompile().isAvailable(forged.dataRoot, { blockTag: reportedAt });
    assert.equal(available, false);
  });

  it('refuses a fraud proof that does not verify against the blob\'s data root, taking only the fee', { timeout: 60_000 }, async () => {
    const blob = certified.get(MiB - 1);
    assert.ok(blob, 'the 1 MiB − 1 blob was certified');
    assert.ok(forged, 'the fraud proof test forged a proof');
    // The forged proof is of another blob: its 5 cells neither are the 32 this blob's rows
    // need nor prove against its root.
    const { error, blockHash } = await submitFailing(
      api.tx.daCommitments.reportBadEncoding(blob.status.id, forged.fraudProof), eve);
    assert.match(error, /^daCommitments\.InvalidFraudProof\b/);
    const events = await eventsAt(blockHash);
    for (const kind of ['BlobInvalid', 'AttesterSlashed', 'FraudProofRejected']) {
      assert.ok(!events.some((e) => api.events.daCommitments[kind].is(e)), `no ${kind}`);
    }
    const before = await balancesAt((await headerOf(blockHash)).parentHash, eve.address);
    const after = await balancesAt(blockHash, eve.address);
    assert.equal(before.free - after.free, feesPaid(events, eve.address), 'no deposit taken, only the fee');
    assert.equal((await rpc(http, 'da_blobStatus', [blob.root])).state, 'certified');
  });
});
