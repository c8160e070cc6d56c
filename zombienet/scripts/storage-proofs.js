// Passes, returning the fewest periods any fragment was proven in, once every fragment of the
// test file's order was proven in as many distinct periods as the argument asks (default 3).
const { testOrder } = require('./storage-common.js');

async function run(nodeName, networkInfo, args) {
  const wanted = Number(args[0] ?? 3);
  const { wsUri } = networkInfo.nodesByName[nodeName];
  const proven = new Map();
  for (;;) {
    const order = await testOrder(wsUri);
    for (const fragment of order.fragments) {
      const periods = proven.get(fragment.index) ?? new Set();
      if (fragment.lastProven !== null) periods.add(fragment.lastProven);
      proven.set(fragment.index, periods);
    }
    const fewest = Math.min(...[...proven.values()].map((periods) => periods.size));
    console.log(`order ${order.id}: every fragment proven in at least ${fewest} period(s)`);
    if (fewest >= wanted) return fewest;
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

module.exports = { run };
