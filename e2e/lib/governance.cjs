// Governance as polkadot-js Apps drives it, for the end-to-end tests and the zombienet
// scripts (CommonJS, like tx.cjs): note the call's preimage, submit a referendum on the track
// of its origin, place the decision deposit, vote with conviction, and wait for the decision
// and the enactment. Like tx.cjs it works on the `api` and signers its caller passes.
'use strict';

const { describeDispatchError, submit } = require('./tx.cjs');

/** The events of the block `hash`. */
async function eventsAt(api, hash) {
  return (await api.at(hash)).query.system.events();
}

/**
 * Notes `call` (a submittable, e.g. `api.tx.parameters.setParameter(…)`) as a preimage with
 * `preimage.notePreimage(call.method.toHex())`, as Apps' Governance → Preimages → Add preimage
 * does, and submits it with `referenda.submit(origin, { Lookup: { hash, len } }, { After:
 * enactAfter })`, as Referenda → Submit proposal does. `origin` is the proposal origin as
 * Apps' dialog passes it: `{ system: 'Root' }` or `{ Origins: 'StorageAdmin' }`. Resolves to
 * the referendum's index.
 */
async function propose(api, call, origin, proposer, { enactAfter = 1 } = {}) {
  const bytes = call.method.toU8a();
  const hash = call.method.hash.toHex();
  const preimageStatus = await api.query.preimage.requestStatusFor(hash);
  if (preimageStatus.isNone) {
    await submit(api, api.tx.preimage.notePreimage(call.method.toHex()), proposer);
  }
  const block = await submit(
    api,
    api.tx.referenda.submit(origin, { Lookup: { hash, len: bytes.length } }, { After: enactAfter }),
    proposer,
  );
  for (const { event } of await eventsAt(api, block)) {
    if (api.events.referenda.Submitted.is(event) && event.data.proposal.isLookup &&
        event.data.proposal.asLookup.hash_.toHex() === hash) {
      return event.data.index.toNumber();
    }
  }
  throw new Error(`no referenda.Submitted event for ${hash} in block ${block.toHex()}`);
}

/** `referenda.placeDecisionDeposit(index)`, as Apps' "Place decision deposit". */
function placeDecisionDeposit(api, index, depositor) {
  return submit(api, api.tx.referenda.placeDecisionDeposit(index), depositor);
}

/**
 * `convictionVoting.vote(index, { Standard: { vote: { aye, conviction }, balance } })`, as
 * Apps' Vote dialog.
 */
function vote(api, index, voter, { aye = true, conviction = 'Locked1x', balance }) {
  return submit(
    api,
    api.tx.convictionVoting.vote(index, { Standard: { vote: { aye, conviction }, balance } }),
    voter,
  );
}

/** The referendum's info: `{ kind: 'Ongoing' | 'Approved' | 'Rejected' | …, info }`. */
async function referendum(api, index) {
  const info = (await api.query.referenda.referendumInfoFor(index)).unwrap();
  return { kind: info.type, info };
}

/**
 * Resolves once referendum `index` is no longer ongoing, to its final kind (`Approved`,
 * `Rejected`, `TimedOut`, `Cancelled`, `Killed`). Polls every block; the caller (or
 * zombienet's `within`) bounds the wait.
 */
async function decided(api, index) {
  for (;;) {
    const { kind } = await referendum(api, index);
    if (kind !== 'Ongoing') return kind;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The scheduler's name for referendum `index`'s enactment: blake2("assembly", "enactment", index). */
function enactmentId(api, index) {
  const encoded = api.createType('([u8;8], Text, u32)', ['assembly', 'enactment', index]).toU8a();
  return api.registry.hash(encoded).toHex();
}

/**
 * Resolves once the scheduler has dispatched referendum `index`'s call, scanning blocks from
 * number `from` on, to the hash of the block it was dispatched in; rejects with the dispatch
 * error if the call failed.
 */
async function enacted(api, index, from) {
  const id = enactmentId(api, index);
  for (let number = from; ; number++) {
    while ((await api.rpc.chain.getHeader()).number.toNumber() < number) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const hash = await api.rpc.chain.getBlockHash(number);
    for (const { event } of await eventsAt(api, hash)) {
      if (!api.events.scheduler.Dispatched.is(event)) continue;
      const eventId = event.data.id;
      if (eventId.isNone || eventId.unwrap().toHex() !== id) continue;
      const result = event.data.result;
      if (result.isErr) throw new Error(`referendum ${index}: ${describeDispatchError(api, result.asErr)}`);
      return hash;
    }
  }
}

/**
 * Takes `call` through a whole referendum as Apps users do: proposes it on `origin`'s track,
 * places the decision deposit, has every voter vote aye with `balance` at `conviction`, and
 * waits for the approval and the enactment. Resolves to `{ index, block }`, the block the call
 * was dispatched in; rejects if the referendum is not approved or the call fails.
 */
async function passReferendum(api, { call, origin, proposer, voters, balance, conviction = 'Locked1x' }) {
  const index = await propose(api, call, origin, proposer);
  const from = (await api.rpc.chain.getHeader()).number.toNumber();
  await placeDecisionDeposit(api, index, proposer);
  await Promise.all(voters.map((voter) => vote(api, index, voter, { balance, conviction })));
  const outcome = await decided(api, index);
  if (outcome !== 'Approved') throw new Error(`referendum ${index} ended ${outcome}`);
  return { index, block: await enacted(api, index, from) };
}

module.exports = { propose, placeDecisionDeposit, vote, referendum, decided, enacted, passReferendum };
