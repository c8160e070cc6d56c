// Makes the nodes named in the argument (comma-separated) storage providers: each node's
// `//Name//stash` (bonded at genesis) opts into the storage service and registers 1 TiB at ask
// zero, and its key is inserted into that node's keystore as the provider key (`zgst`). Root
// sets 10-block challenge periods and a miss limit of 2. Returns the number of providers.
const { PROVIDER_KEY_TYPE, submit, toHex } = require('../../e2e/lib/tx.cjs');
const { rpc, stashUri } = require('./storage-common.js');

const STORAGE_SERVICE = 1;
const TIB = 1n << 40n;

async function run(nodeName, networkInfo, args) {
  // zombienet splits the `with` string on commas into the arguments.
  const names = args.flatMap((arg) => arg.split(',')).filter(Boolean);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const keyring = new zombie.Keyring({ type: 'sr25519' });

  await submit(api, api.tx.sudo.sudo(api.tx.utility.batchAll([
    api.tx.parameters.setParameter({ Storage: { ChallengePeriod: [null, 10] } }),
    api.tx.parameters.setParameter({ Storage: { MissLimit: [null, 2] } }),
  ])), keyring.addFromUri('//Alice'));

  await Promise.all(names.map(async (name) => {
    const uri = stashUri(name);
    const stash = keyring.addFromUri(uri);
    await rpc(networkInfo.nodesByName[name].wsUri, 'author_insertKey', [PROVIDER_KEY_TYPE, uri, toHex(stash.publicKey)]);
    await submit(api, api.tx.utility.batchAll([
      api.tx.staking.optIn(STORAGE_SERVICE),
      api.tx.storageMarket.registerProvider(TIB, 0),
    ]), stash);
    console.log(`${name}: provider ${stash.address}`);
  }));

  const count = (await api.query.storageMarket.providerCount()).toNumber();
  await api.disconnect();
  return count;
}

module.exports = { run };
