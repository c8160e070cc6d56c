// Helpers shared by the staking scripts (zombienet loads each script as its own module).
// Submitting extrinsics and hex come from the helper the end-to-end tests share.
const { toHex } = require('../../e2e/lib/tx.cjs');

const ZG = 10n ** 18n;

/** The session's validators as hex account ids. */
async function sessionValidators(api, at) {
  const validators = at ? await api.query.session.validators.at(at) : await api.query.session.validators();
  return validators.map((v) => v.toHex());
}

/** An account's id in hex, as `sessionValidators` lists it. */
const accountHex = (pair) => toHex(pair.publicKey);

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

module.exports = { ZG, sessionValidators, accountHex, babeAuthorIndex, sleep };
