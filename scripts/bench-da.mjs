// The DA layer's figures, measured through one node's RPC with the `zerog-node da` CLI:
//
//   1. ingest: `da submit FILE --wait` of one random blob (32 MiB by default); the CLI's own
//      `uploaded at X MiB/s` (from the first byte sent until the node has the blob extended,
//      committed and checked against its root), raw bytes to the node's upload endpoint, and
//      the command's wall time (local commitment, dry run, upload, inclusion, certification);
//      then the same upload of another blob as hex through `da_submitBlob` (`--transport rpc`);
//   2. submit → certified latency: blocks from the block whose `daCommitments.BlobSubmitted`
//      carries the blob's data root to `certifiedAt` (`da_blobStatus`), and seconds (on-chain
//      timestamps of those blocks; wall clock from the command's start);
//   3. `da get` of that blob: wall time and MiB/s (checked byte-identical), through the blob
//      endpoint and as hex through `da_getBlob` (`--transport rpc`);
//   4. sustained certified throughput: `--blobs N` random blobs submitted at once by N
//      accounts (N `da submit --wait` processes), total certified bytes over the time from the
//      first submission's start to the last certificate seen, and the blocks that spanned;
//   5. on-chain bytes per certified blob: raw key and value lengths of its `Blobs`,
//      `BlobsByRoot` and `Attesters` entries, and its share of the `Retention` entry it is in
//      (trie nodes not counted; `Deadlines` is taken at the deadline, so not kept);
//   6. weights of `submitBlob` and `attest` of 1 and 64 blobs, from the runtime's
//      `TransactionPaymentApi_query_info` on signed extrinsics that are never sent.
//
// By default it starts its own `zerog-node --dev --da-signer` (rpc 19977, eth 18577, p2p 40377)
// whose keystore holds the `zgda` keys of //Alice, //Bob, //Charlie and //Dave, which stake and
// opt into the DA service; it waits for the epoch that selects them. With `--url` it uses a
// running network instead, which must already have DA signers (and a node that serves the
// unsafe `da_*` methods to this machine), or be given them with `--signers NAME=URL,…`: each
// named node's genesis stash `//Name//stash` opts into the DA service and its key goes into
// that node's keystore as its `zgda` key, as `zombienet/scripts/da-signers.js` does. Submitters
// are //Eve, //Ferdie, //One, //Two, then //DaBench5 …; any holding less than 10 ZG are funded
// from //Alice first.
//
//   node scripts/bench-da.mjs [--url ws://127.0.0.1:9944 [--signers alice=ws://127.0.0.1:9944,…]]
//                             [--blobs 6] [--size 33554432]
//
// The 6-node network of the storage market (`scripts/testnet.sh spawn storage-market`):
//   node scripts/bench-da.mjs --url ws://127.0.0.1:9944 --signers \
//     alice=ws://127.0.0.1:9944,bob=ws://127.0.0.1:9945,charlie=ws://127.0.0.1:9946,dave=ws://127.0.0.1:9947,eve=ws://127.0.0.1:9948,ferdie=ws://127.0.0.1:9949
//
// Prints a markdown table, then the same figures as one JSON line.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ZG, sr25519Keyring } from '../e2e/lib/accounts.mjs';
import { DevNode, NODE_BINARY, rpc, waitFor } from '../e2e/lib/devnode.mjs';
import { submit, toHex } from '../e2e/lib/tx.cjs';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    signers: { type: 'string' },
    blobs: { type: 'string', default: '6' },
    size: { type: 'string', default: String(32 << 20) },
  },
});
const BLOBS = Number(options.blobs);
/** [{ name, http }] of the nodes `--signers` makes DA signers. */
const SIGNER_NODES = (options.signers ?? '').split(',').filter(Boolean).map((entry) => {
  const [name, url] = entry.split('=');
  if (!name || !/^wss?:\/\//.test(url ?? '')) throw new Error(`--signers ${entry}: NAME=ws://host:port`);
  return { name, http: url.replace(/^ws/, 'http') };
});
if (SIGNER_NODES.length && !options.url) throw new Error('--signers names the nodes of the network --url reaches');
const SIZE = Number(options.size);
const MiB = 1 << 20;
const MAX_BLOB_LEN = 32 * MiB;
if (!Number.isInteger(BLOBS) || BLOBS < 1) throw new Error(`--blobs ${options.blobs}: a positive whole number`);
if (!Number.isInteger(SIZE) || SIZE < 1 || SIZE > MAX_BLOB_LEN) throw new Error(`--size ${options.size}: 1 … ${MAX_BLOB_LEN} bytes`);

const run = promisify(execFile);
/** Shared staking's DA service. */
const DA_SERVICE = 2;
/** The key type of DA signers' keys in a node's keystore. */
const DA_KEY_TYPE = 'zgda';
const OPERATORS = ['//Alice', '//Bob', '//Charlie', '//Dave'];
/** The most blobs one `attest` covers (`MaxAttestationsPerCall`). */
const MAX_ATTESTATIONS = 64;
/** A CLI run that takes longer than this is killed (and the benchmark fails). */
const CLI_TIMEOUT_MS = 900_000;
/** Submitters holding less than this are funded from //Alice with `FUNDING`. */
const MIN_FUNDS = 10n * ZG;
const FUNDING = 100n * ZG;

const submitterUri = (i) => ['//Eve', '//Ferdie', '//One', '//Two'][i] ?? `//DaBench${i + 1}`;
const mib = (bytes) => bytes / MiB;
const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

/** Runs `zerog-node da …`; resolves to { stdout, started, ended } (ms), rejects with its error line. */
async function da(...args) {
  const started = Date.now();
  try {
    const { stdout } = await run(NODE_BINARY, ['da', ...args], { maxBuffer: 1 << 26, timeout: CLI_TIMEOUT_MS });
    return { stdout, started, ended: Date.now() };
  } catch (error) {
    const line = (error.stderr ?? '').split('\n').find((l) => l.startsWith('error: ')) ?? error.stderr ?? error.message;
    throw new Error(`zerog-node da ${args[0]} failed (${error.code ?? error.signal}): ${line}`);
  }
}

/** The blob id, data root, upload speed and certificate a `da submit --wait` printed. */
function parseSubmit(stdout) {
  const id = stdout.match(/^blob id: (\d+)$/m)?.[1];
  const root = stdout.match(/^data root: (0x[0-9a-fA-F]{64})$/m)?.[1]?.toLowerCase();
  const upload = stdout.match(/uploaded at ([\d.]+) MiB\/s/)?.[1];
  const [, certifiedAt, retainedUntil] = stdout.match(/certified at block (\d+), retained until (\d+)/) ?? [];
  if (!id || !root || !upload || !certifiedAt) throw new Error(`unexpected da submit output:\n${stdout}`);
  return {
    id: Number(id),
    root,
    uploadMiBs: Number(upload),
    certifiedAt: Number(certifiedAt),
    retainedUntil: Number(retainedUntil),
  };
}

/**
 * Follows the best chain block by block (every number, even when a notification skips some):
 * the block and time each blob was submitted and certified in, by data root, and the epochs'
 * signer selections.
 */
class BlockWatcher {
  constructor(api) {
    this.api = api;
    /** data root → { id, block, moment (ms, on chain), seenAt (ms, wall clock) } */
    this.submitted = new Map();
    this.certified = new Map();
    /** { epoch, signers, block } of every `SignersSelected` seen. */
    this.selections = [];
    /** block number → on-chain timestamp (ms). */
    this.moments = new Map();
    this.queue = Promise.resolve();
    this.error = null;
  }

  async start() {
    this.last = (await this.api.rpc.chain.getHeader()).number.toNumber();
    this.unsubscribe = await this.api.rpc.chain.subscribeNewHeads((header) => {
      const seenAt = Date.now();
      const head = header.number.toNumber();
      this.queue = this.queue.then(() => this.scanTo(head, seenAt)).catch((error) => {
        this.error = error;
      });
    });
  }

  stop() {
    this.unsubscribe?.();
  }

  async scanTo(head, seenAt) {
    const { api } = this;
    for (let n = this.last + 1; n <= head; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const [records, moment] = await Promise.all([api.query.system.events.at(hash), api.query.timestamp.now.at(hash)]);
      const at = { block: n, moment: moment.toNumber(), seenAt };
      this.moments.set(n, at.moment);
      for (const { event } of records) {
        if (api.events.daCommitments.BlobSubmitted.is(event)) {
          this.submitted.set(event.data.dataRoot.toHex().toLowerCase(), { id: event.data.id.toNumber(), ...at });
        } else if (api.events.daCommitments.BlobCertified.is(event)) {
          this.certified.set(event.data.dataRoot.toHex().toLowerCase(), { id: event.data.id.toNumber(), ...at });
        } else if (api.events.daCommitments.SignersSelected.is(event)) {
          this.selections.push({ epoch: event.data.epoch.toNumber(), signers: event.data.signers.toNumber(), block: n });
        }
      }
    }
    this.last = Math.max(this.last, head);
  }

  /** Waits until both blocks of the blob with this root were seen. */
  async blob(root, timeoutMs = 60_000) {
    return waitFor(`the submission and certificate of ${root}`, () => {
      if (this.error) throw this.error;
      const submitted = this.submitted.get(root);
      const certified = this.certified.get(root);
      return submitted && certified && { submitted, certified };
    }, timeoutMs);
  }
}

/** ref_time (µs) and proof size (bytes) of `tx`, from the runtime, signed by `signer` and not sent. */
async function weightOf(tx, signer) {
  const { weight, partialFee } = await tx.paymentInfo(signer);
  const refTime = BigInt((weight.refTime ?? weight).toString());
  const proofSize = BigInt((weight.proofSize ?? 0).toString());
  return { refTimeUs: Number(refTime) / 1e6, proofSize: Number(proofSize), partialFee: partialFee.toBigInt() };
}

/** Key and value lengths of one raw storage entry (value null when it is absent). */
async function entrySize(api, key) {
  const value = await rpc(httpUrl(), 'state_getStorage', [key]);
  return { keyBytes: (key.length - 2) / 2, valueBytes: value == null ? null : (value.length - 2) / 2 };
}

/** The node's RPC over HTTP, for methods polkadot.js does not decorate. */
const httpUrl = () => (options.url ?? node.wsUrl).replace(/^ws/, 'http');

const basePath = options.url ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-bench-da-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-bench-da-files-'));
const node = options.url
  ? null
  : new DevNode({
    name: 'bench-da',
    basePath,
    rpcPort: 19977,
    ethRpcPort: 18577,
    p2pPort: 40377,
    extraArgs: ['--da-signer'],
  });
let api;
let watcher;
try {
  if (!fs.existsSync(NODE_BINARY)) {
    throw new Error(`${NODE_BINARY} is missing: build it with cargo build --release -p zerog-node`);
  }
  if (node) await node.start();
  const url = options.url ?? node.wsUrl;
  api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
  watcher = new BlockWatcher(api);
  await watcher.start();
  const keyring = sr25519Keyring();
  const alice = keyring.addFromUri('//Alice');

  if (node) {
    const http = url.replace('ws', 'http');
    console.log('staking the four DA operators and waiting for the epoch that selects them…');
    await Promise.all(OPERATORS.map(async (uri) => {
      const pair = keyring.addFromUri(uri);
      await rpc(http, 'author_insertKey', [DA_KEY_TYPE, uri, toHex(pair.publicKey)]);
      await submit(api, api.tx.utility.batchAll([
        api.tx.staking.bond(100n * ZG, 'Staked'),
        api.tx.staking.optIn(DA_SERVICE),
      ]), pair);
    }));
    // Signers are snapshotted when a BABE epoch (20 blocks of 3 s) begins.
    await waitFor('an epoch selecting the four DA signers', () => {
      if (watcher.error) throw watcher.error;
      return watcher.selections.find((s) => s.signers >= 4);
    }, 150_000);
  } else if (SIGNER_NODES.length) {
    console.log(`making ${SIGNER_NODES.length} nodes DA signers and waiting for the epoch that selects them…`);
    await Promise.all(SIGNER_NODES.map(async ({ name, http }) => {
      const uri = `//${name[0].toUpperCase()}${name.slice(1)}//stash`;
      const stash = keyring.addFromUri(uri);
      await rpc(http, 'author_insertKey', [DA_KEY_TYPE, uri, toHex(stash.publicKey)]);
      // A second run on the same network finds the stashes operating already.
      if ((await api.query.staking.operators(DA_SERVICE, stash.address)).isNone) {
        await submit(api, api.tx.staking.optIn(DA_SERVICE), stash);
      }
    }));
    await waitFor(`an epoch selecting the ${SIGNER_NODES.length} DA signers`, async () => {
      const epoch = await api.query.daCommitments.currentEpoch();
      const set = epoch.isSome ? await api.query.daCommitments.epochSigners(epoch.unwrap()) : null;
      return (set?.isSome ? set.unwrap().signers.length : 0) >= SIGNER_NODES.length;
    }, 300_000);
  } else {
    const epoch = await api.query.daCommitments.currentEpoch();
    const set = epoch.isSome ? await api.query.daCommitments.epochSigners(epoch.unwrap()) : null;
    const signers = set?.isSome ? set.unwrap().signers.length : 0;
    if (signers === 0) throw new Error(`${url} has no DA signers in its current epoch`);
    console.log(`${url}: epoch ${epoch.unwrap()} has ${signers} DA signers`);
  }

  const submitters = Array.from({ length: BLOBS }, (_, i) => keyring.addFromUri(submitterUri(i)));
  const poor = [];
  for (const pair of submitters) {
    if ((await api.query.system.account(pair.address)).data.free.toBigInt() < MIN_FUNDS) poor.push(pair);
  }
  if (poor.length) {
    console.log(`funding ${poor.length} submitters from //Alice…`);
    await submit(api, api.tx.utility.batchAll(poor.map((p) => api.tx.balances.transferKeepAlive(p.address, FUNDING))), alice);
  }

  // 6. Weights, before any blob (nothing here depends on the chain's blobs).
  const weights = {
    submitBlob: await weightOf(api.tx.daCommitments.submitBlob(toHex(crypto.randomBytes(32)), SIZE), submitters[0]),
    attest1: await weightOf(api.tx.daCommitments.attest([0]), alice),
    attest64: await weightOf(api.tx.daCommitments.attest(Array.from({ length: MAX_ATTESTATIONS }, (_, i) => i)), alice),
  };

  // 1.–2. One blob: ingest and submit → certified latency.
  console.log(`submitting one ${mib(SIZE).toFixed(1)} MiB blob…`);
  const file = path.join(work, 'blob.bin');
  fs.writeFileSync(file, crypto.randomBytes(SIZE));
  const single = await da('submit', file, '--url', url, '--suri', submitterUri(0), '--wait', '--timeout', '600');
  const one = parseSubmit(single.stdout);
  const seen = await watcher.blob(one.root);
  const status = await rpc(httpUrl(), 'da_blobStatus', [one.root]);
  if (status?.state !== 'certified' || status.certifiedAt !== seen.certified.block) {
    console.warn(`warning: da_blobStatus says ${JSON.stringify(status)}, the events certified it at block ${seen.certified.block}`);
  }
  const certifiedAt = status?.certifiedAt ?? seen.certified.block;
  const latency = {
    inclusionBlock: seen.submitted.block,
    certifiedAt,
    blocks: certifiedAt - seen.submitted.block,
    chainSeconds: (seen.certified.moment - seen.submitted.moment) / 1000,
    wallSeconds: (seen.certified.seenAt - single.started) / 1000,
  };
  const hexFile = path.join(work, 'blob-hex.bin');
  fs.writeFileSync(hexFile, crypto.randomBytes(SIZE));
  const hexSubmit = await da('submit', hexFile, '--url', url, '--suri', submitterUri(0), '--transport', 'rpc');
  fs.rmSync(hexFile, { force: true });
  const ingest = {
    uploadMiBs: one.uploadMiBs,
    hexUploadMiBs: Number(hexSubmit.stdout.match(/uploaded at ([\d.]+) MiB\/s/)?.[1] ?? NaN),
    commandSeconds: (single.ended - single.started) / 1000,
  };

  // 3. Get it back.
  console.log('getting it back…');
  const output = path.join(work, 'blob.out');
  const got = await da('get', one.root, '-o', output, '--url', url);
  if (!fs.readFileSync(output).equals(fs.readFileSync(file))) throw new Error('da get returned different bytes');
  const getSeconds = (got.ended - got.started) / 1000;
  const gotHex = await da('get', one.root, '-o', output, '--url', url, '--transport', 'rpc');
  if (!fs.readFileSync(output).equals(fs.readFileSync(file))) throw new Error('da get --transport rpc returned different bytes');
  const get = {
    seconds: getSeconds,
    MiBs: mib(SIZE) / getSeconds,
    cliMiBs: Number(got.stdout.match(/([\d.]+) MiB\/s/)?.[1] ?? NaN),
    hexMiBs: mib(SIZE) / ((gotHex.ended - gotHex.started) / 1000),
  };
  fs.rmSync(output, { force: true });

  // 5. On-chain bytes of the certified blob.
  const q = api.query.daCommitments;
  const retention = await q.retention(one.retainedUntil);
  const retained = Math.max(retention.length, 1);
  const entries = {
    blobs: await entrySize(api, q.blobs.key(one.id)),
    blobsByRoot: await entrySize(api, q.blobsByRoot.key(one.root)),
    attesters: await entrySize(api, q.attesters.key(one.id)),
  };
  const retentionEntry = await entrySize(api, q.retention.key(one.retainedUntil));
  entries.retentionShare = {
    keyBytes: retentionEntry.keyBytes / retained,
    valueBytes: (retentionEntry.valueBytes ?? 0) / retained,
  };
  const attesters = (await q.attesters(one.id)).length;
  const onChain = {
    entries,
    attesters,
    retentionBlobs: retention.length,
    keyBytes: Object.values(entries).reduce((s, e) => s + e.keyBytes, 0),
    valueBytes: Object.values(entries).reduce((s, e) => s + (e.valueBytes ?? 0), 0),
  };

  // 4. Sustained: N blobs at once from N accounts.
  console.log(`submitting ${BLOBS} blobs of ${mib(SIZE).toFixed(1)} MiB at once…`);
  const files = submitters.map((_, i) => {
    const name = path.join(work, `sustained-${i}.bin`);
    fs.writeFileSync(name, crypto.randomBytes(SIZE));
    return name;
  });
  fs.rmSync(file, { force: true });
  const headAtStart = (await api.rpc.chain.getHeader()).number.toNumber();
  const started = Date.now();
  const results = await Promise.allSettled(files.map((name, i) =>
    da('submit', name, '--url', url, '--suri', submitterUri(i), '--wait', '--timeout', '600')));
  const certifiedBlobs = [];
  for (const [i, result] of results.entries()) {
    if (result.status === 'rejected') {
      console.error(`  blob ${i} (${submitterUri(i)}): ${result.reason.message}`);
      continue;
    }
    const parsed = parseSubmit(result.value.stdout);
    const blocks = await watcher.blob(parsed.root);
    certifiedBlobs.push({ ...parsed, ...blocks, ended: result.value.ended });
  }
  if (certifiedBlobs.length === 0) throw new Error('no blob of the sustained round was certified');
  const lastCertified = certifiedBlobs.reduce((a, b) => (b.certified.seenAt > a.certified.seenAt ? b : a));
  const firstIncluded = Math.min(...certifiedBlobs.map((b) => b.submitted.block));
  const lastBlock = Math.max(...certifiedBlobs.map((b) => b.certified.block));
  const spanSeconds = (lastCertified.certified.seenAt - started) / 1000;
  const sustained = {
    blobs: BLOBS,
    certified: certifiedBlobs.length,
    bytes: certifiedBlobs.length * SIZE,
    seconds: spanSeconds,
    MiBs: mib(certifiedBlobs.length * SIZE) / spanSeconds,
    headAtStart,
    firstIncluded,
    lastCertified: lastBlock,
    blocks: lastBlock - headAtStart,
    meanUploadMiBs: certifiedBlobs.reduce((s, b) => s + b.uploadMiBs, 0) / certifiedBlobs.length,
  };
  for (const name of files) fs.rmSync(name, { force: true });

  const w = (x) => `${x.refTimeUs.toFixed(1)} µs, ${x.proofSize} B proof`;
  const perBlob = (x) => (x.valueBytes === null ? 'absent' : `${round(x.valueBytes, 1)} B value + ${round(x.keyBytes, 1)} B key`);
  const rows = [
    ['1. ingest (upload endpoint, CLI figure)', `${one.uploadMiBs.toFixed(1)} MiB/s`, `${mib(SIZE).toFixed(1)} MiB as raw bytes, extended and committed by the node; hex through \`da_submitBlob\`: ${ingest.hexUploadMiBs} MiB/s; \`da submit --wait\` took ${ingest.commandSeconds.toFixed(1)} s wall`],
    ['2. submit → certified', `${latency.blocks} blocks`, `included in #${latency.inclusionBlock}, certified in #${latency.certifiedAt}; ${latency.chainSeconds.toFixed(1)} s on chain, ${latency.wallSeconds.toFixed(1)} s from the command's start`],
    ['3. `da get`', `${get.MiBs.toFixed(1)} MiB/s`, `${get.seconds.toFixed(1)} s wall (CLI says ${get.cliMiBs} MiB/s) through the blob endpoint, byte-identical; hex through \`da_getBlob\`: ${get.hexMiBs.toFixed(1)} MiB/s`],
    ['4. sustained certified throughput', `${sustained.MiBs.toFixed(2)} MiB/s`, `${sustained.certified}/${BLOBS} blobs of ${mib(SIZE).toFixed(1)} MiB from ${BLOBS} accounts in ${spanSeconds.toFixed(1)} s; blocks #${headAtStart} → #${lastBlock} (${sustained.blocks}), first included #${firstIncluded}; mean upload ${sustained.meanUploadMiBs.toFixed(1)} MiB/s`],
    ['5. on-chain bytes per certified blob', `${round(onChain.valueBytes, 1)} B value + ${round(onChain.keyBytes, 1)} B key`, `Blobs ${perBlob(entries.blobs)}; BlobsByRoot ${perBlob(entries.blobsByRoot)}; Attesters (${attesters}) ${perBlob(entries.attesters)}; Retention share (1/${retention.length}) ${perBlob(entries.retentionShare)}`],
    ['6. weight `submitBlob`', w(weights.submitBlob), `transaction fee ${weights.submitBlob.partialFee} (blob fee apart)`],
    ['6. weight `attest` (1 / 64 blobs)', `${w(weights.attest1)} / ${w(weights.attest64)}`, `${((weights.attest64.refTimeUs - weights.attest1.refTimeUs) / (MAX_ATTESTATIONS - 1)).toFixed(2)} µs per extra blob`],
  ];
  console.log('\n| figure | value | detail |');
  console.log('| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log();
  console.log(JSON.stringify({
    size: SIZE,
    ingest: { uploadMiBs: one.uploadMiBs, hexUploadMiBs: ingest.hexUploadMiBs, commandSeconds: round(ingest.commandSeconds), blobId: one.id, dataRoot: one.root },
    latency: { ...latency, chainSeconds: round(latency.chainSeconds), wallSeconds: round(latency.wallSeconds) },
    get: { seconds: round(get.seconds), MiBs: round(get.MiBs), cliMiBs: get.cliMiBs, hexMiBs: round(get.hexMiBs) },
    sustained: { ...sustained, seconds: round(sustained.seconds), MiBs: round(sustained.MiBs, 3), meanUploadMiBs: round(sustained.meanUploadMiBs) },
    onChain: { ...onChain, keyBytes: round(onChain.keyBytes, 1), valueBytes: round(onChain.valueBytes, 1) },
    weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, { refTimeUs: v.refTimeUs, proofSize: v.proofSize, partialFee: v.partialFee.toString() }])),
  }));
} finally {
  watcher?.stop();
  await api?.disconnect();
  await node?.stop();
  if (basePath) fs.rmSync(basePath, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}
