// Returns how many distinct validators authored the blocks so far, read from the BABE
// pre-digests of the best chain.
async function run(nodeName, networkInfo) {
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const authors = new Set();
  let hash = await api.rpc.chain.getBlockHash();
  for (;;) {
    const header = await api.rpc.chain.getHeader(hash);
    if (header.number.toNumber() === 0) break;
    for (const log of header.digest.logs) {
      if (log.isPreRuntime && log.asPreRuntime[0].toString() === "BABE") {
        const preDigest = api.registry.createType("RawBabePreDigest", log.asPreRuntime[1]);
        const index = preDigest.isPrimary
          ? preDigest.asPrimary.authorityIndex
          : preDigest.isSecondaryPlain
            ? preDigest.asSecondaryPlain.authorityIndex
            : preDigest.asSecondaryVRF.authorityIndex;
        authors.add(index.toNumber());
      }
    }
    hash = header.parentHash;
  }
  await api.disconnect();
  console.log(`${nodeName}: blocks authored by validators ${[...authors].sort()}`);
  return authors.size;
}

module.exports = { run };
