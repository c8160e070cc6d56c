// Waits until blocks of the best chain have been authored by at least N distinct validators
// (the argument), reading BABE pre-digests, and returns how many did; zombienet's `within`
// bounds the wait.
async function run(nodeName, networkInfo, args) {
  const wanted = Number(args[0] ?? 1);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const authors = new Set();
  let scannedUpTo = 0;
  for (;;) {
    const best = await api.rpc.chain.getHeader();
    let header = best;
    while (header.number.toNumber() > scannedUpTo) {
      for (const log of header.digest.logs) {
        if (log.isPreRuntime && log.asPreRuntime[0].toString() === "BABE") {
          const digest = api.registry.createType("RawBabePreDigest", log.asPreRuntime[1]);
          const slot = digest.isPrimary
            ? digest.asPrimary
            : digest.isSecondaryPlain
              ? digest.asSecondaryPlain
              : digest.asSecondaryVRF;
          authors.add(slot.authorityIndex.toNumber());
        }
      }
      header = await api.rpc.chain.getHeader(header.parentHash);
    }
    scannedUpTo = best.number.toNumber();
    if (authors.size >= wanted) {
      console.log(`${nodeName}: blocks up to #${scannedUpTo} authored by validators ${[...authors].sort()}`);
      await api.disconnect();
      return authors.size;
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

module.exports = { run };
