// The node named in the argument (`eve`) runs `--da-withhold`: as a DA signer it keeps and
// attests its lines, but it serves no cell to samplers and answers no availability challenge.
// Every other node samples each certified blob through rows and columns, finds a cell on the
// withholder's lines withheld and challenges it; when the challenge window (20 blocks) ends,
// the attesters that owed the cell and did not answer are slashed and their attestations
// revoked.
//
// Watches the blob `da-blob.js` certified with all six signers live (`da-all-six.json`).
// Signers that attest after certification count as attesters too, so the withholder is one
// within a few blocks (if it is not, the script posts 1 MiB blobs through the withholder's node
// until it attests one). Scans the events of every block from the one that certified the blob
// until a `ChallengeMissed` names the withholder's stash; logs the blocks of that challenge's
// opening and of the miss and the time between; checks the slash, that the attestation is gone
// and that the blob is still certified (five of six equal stakes attest: above 2/3); then
// reads the blob back from Bob (or the node named second, `eve,charlie`) and compares it byte
// for byte. Returns 1.
const { execFile } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { promisify } = require('util');
const { toHex } = require('../../e2e/lib/tx.cjs');
const { WORKDIR, rpc, stashUri } = require('./storage-common.js');

const run = promisify(execFile);
const MiB = 1 << 20;
/** The blob `da-blob.js` certified with all six signers live. */
const CERTIFIED = path.join(WORKDIR, 'da-all-six.json');
/** Blobs posted through the withholder's node before giving up on it attesting one. */
const FRESH_TRIES = 3;
/** Shared staking's offence code for a missed availability challenge. */
const MISSED_CHALLENGE = 0;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function cli(...args) {
  const { stdout } = await run('zerog-node', ['da', ...args], { maxBuffer: 1 << 24, timeout: 360_000 });
  console.log(stdout.trim());
  return stdout;
}

/** Whether `stash` (hex) attests the blob, waiting up to `blocks` blocks for it to. */
async function attestedBy(api, blob, stash, blocks = 10) {
  const until = (await api.rpc.chain.getHeader()).number.toNumber() + blocks;
  for (;;) {
    const attesters = await api.query.daCommitments.attesters(blob.id);
    if (attesters.some((a) => a.signer.toHex() === stash)) return true;
    if ((await api.rpc.chain.getHeader()).number.toNumber() >= until) return false;
    await sleep(1000);
  }
}

/** Posts a random 1 MiB blob through the node at `wsUri`, paid by Ferdie, until certified. */
async function postThrough(wsUri, n) {
  const file = path.join(WORKDIR, `da-withhold-${n}.bin`);
  fs.writeFileSync(file, crypto.randomBytes(MiB));
  const submitted = await cli('submit', file, '--url', wsUri, '--suri', '//Ferdie', '--wait', '--timeout', '240');
  const dataRoot = submitted.match(/data root: (0x[0-9a-f]{64})/)[1];
  const status = await rpc(wsUri, 'da_blobStatus', [dataRoot]);
  if (status?.state !== 'certified') throw new Error(`blob ${dataRoot} is ${status?.state ?? 'unknown'}`);
  return { file, dataRoot, id: status.id, certifiedAt: status.certifiedAt };
}

async function run_(nodeName, networkInfo, args) {
  // zombienet splits the `with` string on commas into the arguments.
  const [withholder, getter = 'bob'] = args.flatMap((arg) => arg.split(',')).filter(Boolean);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  const stash = keyring.addFromUri(stashUri(withholder));
  const stashHex = toHex(stash.publicKey);
  const { daCommitments } = api.events;

  let blob = JSON.parse(fs.readFileSync(CERTIFIED, 'utf8'));
  for (let n = 1; !(await attestedBy(api, blob, stashHex)); n += 1) {
    if (n > FRESH_TRIES) throw new Error(`${withholder} attested none of ${FRESH_TRIES} blobs posted through its node`);
    console.log(`${withholder} is not among the attesters that certified blob ${blob.id}: posting one through its node`);
    blob = await postThrough(networkInfo.nodesByName[withholder].wsUri, n);
  }
  console.log(`blob ${blob.id} (${blob.dataRoot}) certified at #${blob.certifiedAt}, ${withholder} among its attesters`);

  // Every challenge of the blob: id → { block, seen (ms, when this script first saw it), … }.
  const opened = new Map();
  let missed;
  let unavailableAt;
  for (let number = blob.certifiedAt; !missed;) {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    if (number > head) {
      await sleep(1000);
      continue;
    }
    const hash = await api.rpc.chain.getBlockHash(number);
    const events = await (await api.at(hash)).query.system.events();
    for (const { event } of events) {
      if (event.section !== 'daCommitments' || event.data.id?.toNumber() !== blob.id) continue;
      if (daCommitments.ChallengeOpened.is(event)) {
        const { challenge, row, column, challenger, owedBy, deadline } = event.data;
        opened.set(challenge.toNumber(), { block: number, seen: Date.now(), deadline: deadline.toNumber() });
        console.log(`#${number}: challenge ${challenge} of cell (${row}, ${column}) by ${challenger}, owed by ${owedBy} attesters until #${deadline}`);
      } else if (daCommitments.ChallengeAnswered.is(event)) {
        console.log(`#${number}: challenge ${event.data.challenge} answered by ${event.data.signer}`);
      } else if (daCommitments.ChallengeMissed.is(event)) {
        const { challenge, signer, slashed, revokedStake } = event.data;
        console.log(`#${number}: challenge ${challenge} missed by ${signer}: slashed ${slashed}, ${revokedStake} stake revoked`);
        if (signer.toHex() === stashHex) {
          missed = { block: number, hash, seen: Date.now(), challenge: challenge.toNumber(), slashed: slashed.toBigInt() };
        }
      } else if (daCommitments.ChallengeClosed.is(event)) {
        console.log(`#${number}: challenge ${event.data.challenge} closed, ${event.data.missed} missed`);
      } else if (daCommitments.BlobUnavailable.is(event)) {
        unavailableAt = number;
        console.log(`#${number}: blob unavailable, ${event.data.attestedStake} of ${event.data.totalStake} stake attesting`);
      }
    }
    if (!missed && number % 10 === 0) console.log(`#${number}: ${opened.size} challenges of blob ${blob.id} so far`);
    number += 1;
  }

  const challenge = opened.get(missed.challenge);
  if (!challenge) throw new Error(`no ChallengeOpened of challenge ${missed.challenge} since #${blob.certifiedAt}`);
  if (missed.block !== challenge.deadline) throw new Error(`challenge ${missed.challenge} closed at #${missed.block}, not at its deadline #${challenge.deadline}`);
  const openedHash = await api.rpc.chain.getBlockHash(challenge.block);
  const chainSeconds = ((await (await api.at(missed.hash)).query.timestamp.now()).toNumber()
    - (await (await api.at(openedHash)).query.timestamp.now()).toNumber()) / 1000;
  console.log(`${withholder}: challenge ${missed.challenge} opened at #${challenge.block}, missed at #${missed.block} `
    + `(${missed.block - challenge.block} blocks, ${chainSeconds} s of block time; `
    + `${((missed.seen - challenge.seen) / 1000).toFixed(1)} s between this script seeing the two)`);

  // The miss slashed the stash through shared staking and revoked its attestation.
  const atMiss = await api.at(missed.hash);
  const atParent = await api.at((await api.rpc.chain.getHeader(missed.hash)).parentHash);
  const slashes = (await atMiss.query.system.events()).map(({ event }) => event).filter((event) =>
    api.events.staking.ServiceSlashed.is(event) && event.data.operator.toHex() === stashHex);
  const slashed = slashes.some((event) => event.data.amount.toBigInt() === missed.slashed
    && event.data.offence.toU8a()[0] === MISSED_CHALLENGE);
  if (!slashed || missed.slashed === 0n) {
    throw new Error(`no staking.ServiceSlashed of ${missed.slashed} for a missed challenge: ${JSON.stringify(slashes.map((e) => e.toHuman()))}`);
  }
  const bond = async (at) => (await at.query.staking.ledger(stash.address)).unwrap().active.toBigInt();
  console.log(`${withholder}: bond ${await bond(atParent)} → ${await bond(atMiss)} (slashed ${missed.slashed})`);
  const attesters = await atMiss.query.daCommitments.attesters(blob.id);
  if (attesters.some((a) => a.signer.toHex() === stashHex)) throw new Error(`${withholder} still attests blob ${blob.id}`);

  // The other attesters still hold the quorum (⌈2/3⌉ of the epoch's stake): still certified.
  const record = (await atMiss.query.daCommitments.blobs(blob.id)).unwrap();
  const total = record.totalStake.toBigInt();
  const left = record.attestedStake.toBigInt();
  const quorum = (total * 2n + 2n) / 3n;
  console.log(`blob ${blob.id}: ${attesters.length} attesters left with ${left} of ${total} stake (quorum ${quorum}): ${record.state.type}`);
  if (record.state.type !== 'Certified' || unavailableAt !== undefined) {
    throw new Error(`blob ${blob.id} is ${record.state.type} (BlobUnavailable at #${unavailableAt}), expected still certified`);
  }
  await api.disconnect();

  // The lines the other signers keep still give the blob back.
  const copy = path.join(WORKDIR, 'da-withhold.got');
  await cli('get', blob.dataRoot, '-o', copy, '--url', networkInfo.nodesByName[getter].wsUri);
  const [got, original] = [sha256(copy), sha256(blob.file)];
  if (got !== original) throw new Error(`the blob from ${getter} has sha256 ${got}, not ${original}`);
  console.log(`the blob from ${getter} is byte-identical (sha256 ${got})`);
  fs.rmSync(copy);
  return 1;
}

module.exports = { run: run_ };
