// The providers named in the argument (comma-separated) were killed. Passes once each was
// slashed (its bond is below the genesis bond) and every fragment it held is held by a live
// provider that rebuilt it, confirmed it and proved it (the repair reward paid). Returns the
// number of fragments repaired.
const { testOrder, stashUri } = require('./storage-common.js');

async function run(nodeName, networkInfo, args) {
  // zombienet splits the `with` string on commas into the arguments.
  const killed = args.flatMap((arg) => arg.split(',')).filter(Boolean);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const keyring = new zombie.Keyring({ type: 'sr25519', ss58Format: 4242 });
  const stashes = killed.map((name) => keyring.addFromUri(stashUri(name)).address);
  const before = await testOrder(wsUri);
  const lost = before.fragments.filter((f) => stashes.includes(f.provider)).map((f) => f.index);
  const bonds = await Promise.all(stashes.map(async (s) => (await api.query.staking.ledger(s)).unwrap().active.toBigInt()));
  console.log(`fragments ${lost} held by ${killed}; bonds ${bonds}`);
  for (;;) {
    const order = await testOrder(wsUri);
    const slashed = await Promise.all(stashes.map(async (s, i) => (await api.query.staking.ledger(s)).unwrap().active.toBigInt() < bonds[i]));
    const repaired = lost.filter((index) => {
      const fragment = order.fragments.find((f) => f.index === index);
      return !stashes.includes(fragment.provider) && fragment.stored && !fragment.repair && fragment.lastProven !== null;
    });
    console.log(`slashed ${slashed}; repaired ${repaired.length}/${lost.length}: ${JSON.stringify(order.fragments.map((f) => [f.index, f.provider.slice(0, 6), f.stored, f.repair, f.lastProven]))}`);
    if (slashed.every(Boolean) && repaired.length === lost.length) {
      await api.disconnect();
      return repaired.length;
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

module.exports = { run };
