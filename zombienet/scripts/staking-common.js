// Helpers shared by the staking scripts (zombienet loads each script as its own module).
const ZG = 10n ** 18n;

/** Signs and submits `tx`; resolves once it is in a block, rejecting on any dispatch error. */
function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, dispatchError, events }) => {
      if (dispatchError) {
        reject(new Error(describe(api, dispatchError)));
        return;
      }
      if (!status.isInBlock) return;
      for (const { event } of events) {
        if (api.events.sudo?.Sudid.is(event) && event.data[0].isErr) {
          reject(new Error(`sudo: ${describe(api, event.data[0].asErr)}`));
          return;
        }
        if (api.events.utility?.BatchInterrupted.is(event)) {
          reject(new Error(`batch: ${describe(api, event.data[1])}`));
          return;
        }
      }
      resolve(status.asInBlock);
    }).catch(reject);
  });
}

function describe(api, error) {
  if (error.isModule) {
    const { section, name } = api.registry.findMetaError(error.asModule);
    return `${section}.${name}`;
  }
  return error.toString();
}

/** The session's validators as hex account ids. */
async function sessionValidators(api, at) {
  const validators = at ? await api.query.session.validators.at(at) : await api.query.session.validators();
  return validators.map((v) => v.toHex());
}

/** An account's id in hex, as `sessionValidators` lists it. */
const accountHex = (pair) => `0x${Buffer.from(pair.publicKey).toString('hex')}`;

/** The authority index in a header's BABE pre-digest. */
function babeAuthorIndex(api, header) {
  for (const log of header.digest.logs) {
    if (log.isPreRuntime && log.asPreRuntime[0].toString() === 'BABE') {
      const digest = api.registry.createType('RawBabePreDigest', log.asPreRuntime[1]);
      const slot = digest.isPrimary ? digest.asPrimary : digest.isSecondaryPlain ? digest.asSecondaryPlain : digest.asSecondaryVRF;
      return slot.authorityIndex.toNumber();
    }
  }
  return undefined;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { ZG, send, sessionValidators, accountHex, babeAuthorIndex, sleep };
