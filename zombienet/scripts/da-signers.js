// Makes the nodes named in the argument (comma-separated) DA signers: each node's
// `//Name//stash` (bonded at genesis) opts into shared staking's `da` service and its key is
// inserted into that node's keystore as its DA key (`zgda`; the nodes run `--da-signer`). Waits
// for the BABE epoch whose signer snapshot holds all of them; returns its number of signers.
const { submit, toHex } = require('../../e2e/lib/tx.cjs');
const { rpc, stashUri } = require('./storage-common.js');

const DA_SERVICE = 2;
const DA_KEY_TYPE = 'zgda';

async function run(nodeName, networkInfo, args) {
  const names = args.flatMap((arg) => arg.split(',')).filter(Boolean);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const keyring = new zombie.Keyring({ type: 'sr25519' });

  await Promise.all(names.map(async (name) => {
    const uri = stashUri(name);
    const stash = keyring.addFromUri(uri);
    await rpc(networkInfo.nodesByName[name].wsUri, 'author_insertKey', [DA_KEY_TYPE, uri, toHex(stash.publicKey)]);
    await submit(api, api.tx.staking.optIn(DA_SERVICE), stash);
    console.log(`${name}: DA operator ${stash.address}`);
  }));

  // The signer set is snapshotted when an epoch begins.
  for (;;) {
    const epoch = await api.query.daCommitments.currentEpoch();
    const set = epoch.isSome ? await api.query.daCommitments.epochSigners(epoch.unwrap()) : null;
    const signers = set?.isSome ? set.unwrap().signers.length : 0;
    if (signers >= names.length) {
      console.log(`epoch ${epoch.unwrap()} has ${signers} DA signers`);
      await api.disconnect();
      return signers;
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

module.exports = { run };
