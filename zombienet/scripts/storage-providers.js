// Makes the nodes named in the argument (comma-separated) storage providers: each node's
// `//Name//stash` (bonded at genesis) opts into the storage service and registers 1 TiB at ask
// zero, and its key is inserted into that node's keystore as the provider key (`zgst`). A
// `storage_admin` referendum (the testnet has no sudo) sets 10-block challenge periods and a
// miss limit of 2. Each provider node's off-chain worker then publishes its peer id on chain, so
// nodes fetch that provider's fragments from it directly. Returns the number of providers whose
// node published its own peer id.
const { PROVIDER_KEY_TYPE, submit, toHex } = require('../../e2e/lib/tx.cjs');
const { passReferendum } = require('../../e2e/lib/governance.cjs');
const { rpc, stashUri } = require('./storage-common.js');

const STORAGE_SERVICE = 1;
const TIB = 1n << 40n;
const ZG = 10n ** 18n;

async function run(nodeName, networkInfo, args) {
  // zombienet splits the `with` string on commas into the arguments.
  const names = args.flatMap((arg) => arg.split(',')).filter(Boolean);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const keyring = new zombie.Keyring({ type: 'sr25519' });

  const { index } = await passReferendum(api, {
    call: api.tx.utility.batchAll([
      api.tx.parameters.setParameter({ Storage: { ChallengePeriod: [null, 10] } }),
      api.tx.parameters.setParameter({ Storage: { MissLimit: [null, 2] } }),
    ]),
    origin: { Origins: 'StorageAdmin' },
    proposer: keyring.addFromUri('//Alice'),
    voters: ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'].map((uri) => keyring.addFromUri(uri)),
    balance: 900_000n * ZG,
  });
  console.log(`storage_admin referendum ${index} enacted: 10-block periods, miss limit 2`);

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
  const deadline = Date.now() + 120_000;
  let published = 0;
  while (Date.now() < deadline) {
    const matches = await Promise.all(names.map(async (name) => {
      const node = networkInfo.nodesByName[name].wsUri;
      const address = keyring.addFromUri(stashUri(name)).address;
      const [peerId, provider] = await Promise.all([
        rpc(node, 'system_localPeerId', []),
        rpc(node, 'storage_provider', [address]),
      ]);
      return provider?.peerId === peerId;
    }));
    published = matches.filter(Boolean).length;
    if (published === names.length) break;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  console.log(`${count} providers, ${published} of them published their node's peer id`);
  return Math.min(count, published);
}

module.exports = { run };
