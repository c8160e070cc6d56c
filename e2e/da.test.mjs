// The data-availability layer end to end on a real `zerog-node --dev --da-signer`: four DA
// operators (//Alice, //Bob, //Charlie and //Dave, whose `zgda` keys the node holds) stake and
// opt into the DA service through @polkadot/api and are selected at the next epoch change;
// `zerog-node da submit|status|get` posts blobs of 1 B … 32 MiB through the node's RPC, waits
// until the signers attest them to a certificate, and gets them back; `da_blobStatus` and
// `da_getCell` answer over the node's RPC; a rollup inbox contract accepts a batch only when the
// DA precompile says its blob is certified.
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
import { submit, toHex } from './lib/tx.cjs';

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
  let unsubscribe;
  let api;
  let provider;

  const freeBalance = async (account) => (await api.query.system.account(account)).data.free.toBigInt();

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
    const pendingRoot = toHex(crypto.randomBytes(32));
    await submit(api, api.tx.daCommitments.submitBlob(pendingRoot, KiB), ferdie);
    assert.equal((await rpc(http, 'da_blobStatus', [pendingRoot]))?.state, 'pending');
    await assert.rejects(inbox.submitBatch.staticCall(pendingRoot), refusesAsNotCertified(pendingRoot));
    assert.equal(await inbox.batchCount(), 1n);
  });
});
