// The validator named by the argument (its `//Name//stash` account, as zombienet bonds it)
// chills; passes, returning 1, once it has left the session's validators.
const { submit } = require('../../e2e/lib/tx.cjs');
const { sessionValidators, accountHex, sleep } = require('./staking-common.js');

async function run(nodeName, networkInfo, args) {
  const leaver = args[0] ?? 'bob';
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  const stash = keyring.addFromUri(`//${leaver[0].toUpperCase()}${leaver.slice(1)}//stash`);
  if (!(await sessionValidators(api)).includes(accountHex(stash))) {
    throw new Error(`${leaver} is not validating`);
  }
  await submit(api, api.tx.staking.chill(), stash);
  console.log(`${leaver}: chilled`);
  for (;;) {
    const validators = await sessionValidators(api);
    if (!validators.includes(accountHex(stash))) {
      const best = (await api.rpc.chain.getHeader()).number.toNumber();
      console.log(`${leaver}: out of the validator set at #${best} (${validators.length} left)`);
      await api.disconnect();
      return 1;
    }
    await sleep(3000);
  }
}

module.exports = { run };
