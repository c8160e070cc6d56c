// Submitting extrinsics with @polkadot/api, and hex. The one copy shared by the end-to-end
// tests (ESM: `import tx from './lib/tx.cjs'`), the benchmark scripts and the zombienet
// scripts (CommonJS: `require('../../e2e/lib/tx.cjs')`, since zombienet's js-script loads its
// scripts with `require`). It works on the `api` and signer its caller passes, so it requires
// nothing: the ESM callers use the repository's @polkadot/api, the zombienet scripts the one
// zombienet hands them.
'use strict';

/** The key type of storage providers' keys in a node's keystore (`PROVIDER_KEY_TYPE`). */
const PROVIDER_KEY_TYPE = 'zgst';

/** Bytes (a Uint8Array or Buffer, e.g. a key pair's `publicKey`) as lower-case `0x` hex. */
function toHex(bytes) {
  return `0x${Buffer.from(bytes).toString('hex')}`;
}

/** `0x` hex (the prefix is optional) as a Uint8Array; throws on anything but whole hex bytes. */
function fromHex(hex) {
  const digits = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (digits.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(digits)) {
    throw new Error(`not hex bytes: ${hex}`);
  }
  return new Uint8Array(Buffer.from(digits, 'hex'));
}

/**
 * A dispatch error (a `DispatchError`, e.g. the `dispatchError` of a result or the error in a
 * `Sudid` or `BatchInterrupted` event) as `section.name: docs`: the pallet error from the
 * metadata, with its documentation when it has any; `dispatch.<error>` for the errors that are
 * not a pallet's (`BadOrigin`, `{"token":"FundsUnavailable"}`, …).
 */
function describeDispatchError(api, error) {
  if (error.isModule) {
    const { section, name, docs } = api.registry.findMetaError(error.asModule);
    const text = (docs ?? []).join(' ').trim();
    return text ? `${section}.${name}: ${text}` : `${section}.${name}`;
  }
  return `dispatch.${error.toString()}`;
}

/** A failure a successful extrinsic reports in its events: a failed sudo call, an interrupted batch. */
function failureInEvents(api, events) {
  for (const { event } of events ?? []) {
    if (api.events.sudo?.Sudid.is(event) && event.data[0].isErr) {
      return `sudo: ${describeDispatchError(api, event.data[0].asErr)}`;
    }
    if (api.events.utility?.BatchInterrupted.is(event)) {
      return `batch: ${describeDispatchError(api, event.data[1])}`;
    }
  }
  return undefined;
}

/**
 * Signs `tx` with `signer` (a key pair), submits it and waits until it is in a block (the
 * default, `{ finalized: false }`) or finalized (`{ finalized: true }`). Resolves to that
 * block's hash. Rejects with an Error naming the failure: `section.name: docs` for a dispatch
 * error, `sudo: …` for a sudo call that failed, `batch: …` for an interrupted `utility.batch`,
 * `transaction <status>` if the pool drops it as invalid, dropped or usurped before then, or
 * the submission's own error. There is no timeout: the caller (or zombienet's `within`) bounds
 * the wait.
 */
function submit(api, tx, signer, { finalized = false } = {}) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, dispatchError, events }) => {
      if (dispatchError) {
        reject(new Error(describeDispatchError(api, dispatchError)));
        return;
      }
      if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
        reject(new Error(`transaction ${status.type}`));
        return;
      }
      const done = finalized ? status.isFinalized : status.isInBlock;
      if (!done) return;
      const failure = failureInEvents(api, events);
      if (failure) reject(new Error(failure));
      else resolve(finalized ? status.asFinalized : status.asInBlock);
    }).catch(reject);
  });
}

module.exports = { PROVIDER_KEY_TYPE, toHex, fromHex, describeDispatchError, submit };
