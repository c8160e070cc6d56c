// Posts a random blob through Alice's node with `zerog-node da submit --wait` (paid by
// Ferdie), then gets it back with `zerog-node da get` from another node and compares it byte
// for byte. Arguments: the size in MiB, a label for its files, and the node to get it from
// (`32,first,bob`). Returns the blocks from the one that included the blob to the one that
// certified it. Records the blob in `da-<label>.json` beside its file (`file`, `dataRoot`, `id`,
// `certifiedAt`) for the scripts of later phases.
const { execFile } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { promisify } = require('util');
const { WORKDIR, rpc } = require('./storage-common.js');

const run = promisify(execFile);
const MiB = 1 << 20;

async function cli(...args) {
  const { stdout } = await run('zerog-node', ['da', ...args], { maxBuffer: 1 << 24, timeout: 360_000 });
  console.log(stdout.trim());
  return stdout;
}

/** The block that included the blob: the one whose events hold its `BlobSubmitted`. */
async function inclusionBlock(api, dataRoot, certifiedAt) {
  for (let number = certifiedAt; number > 0 && number >= certifiedAt - 64; number -= 1) {
    const hash = await api.rpc.chain.getBlockHash(number);
    const events = await api.query.system.events.at(hash);
    if (events.some(({ event }) => api.events.daCommitments.BlobSubmitted.is(event)
      && event.data.dataRoot.toHex() === dataRoot)) {
      return number;
    }
  }
  throw new Error(`no BlobSubmitted of ${dataRoot} in the 64 blocks up to ${certifiedAt}`);
}

async function run_(nodeName, networkInfo, args) {
  const [sizeMib, label, getter] = args.flatMap((arg) => arg.split(',')).filter(Boolean);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  fs.mkdirSync(WORKDIR, { recursive: true });
  const file = path.join(WORKDIR, `da-${label}.bin`);
  const copy = path.join(WORKDIR, `da-${label}.got`);
  fs.writeFileSync(file, crypto.randomBytes(Number(sizeMib) * MiB));

  const submitted = await cli('submit', file, '--url', wsUri, '--suri', '//Ferdie', '--wait', '--timeout', '240');
  const dataRoot = submitted.match(/data root: (0x[0-9a-f]{64})/)[1];
  const status = await rpc(wsUri, 'da_blobStatus', [dataRoot]);
  if (status?.state !== 'certified') throw new Error(`blob ${dataRoot} is ${status?.state ?? 'unknown'}`);
  const record = { file, dataRoot, id: status.id, certifiedAt: status.certifiedAt };
  fs.writeFileSync(path.join(WORKDIR, `da-${label}.json`), `${JSON.stringify(record)}\n`);

  const api = await zombie.connect(wsUri, userDefinedTypes);
  const included = await inclusionBlock(api, dataRoot, status.certifiedAt);
  await api.disconnect();
  const blocks = status.certifiedAt - included;
  console.log(`${label}: ${sizeMib} MiB blob included at #${included}, certified at #${status.certifiedAt} (${blocks} blocks) by ${status.attestedStake} of ${status.totalStake} stake`);

  await cli('get', dataRoot, '-o', copy, '--url', networkInfo.nodesByName[getter].wsUri);
  if (!fs.readFileSync(file).equals(fs.readFileSync(copy))) throw new Error(`the blob from ${getter} differs`);
  console.log(`${label}: the blob from ${getter} is byte-identical`);
  fs.rmSync(copy);
  return blocks;
}

module.exports = { run: run_ };
