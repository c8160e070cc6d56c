// Passes when the node's finalized head moves at least N blocks (the argument) beyond where
// it stood when the script started; zombienet's `within` bounds how long that may take.
async function run(nodeName, networkInfo, args) {
  const advance = Number(args[0] ?? 10);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const finalizedNumber = async () => {
    const hash = await api.rpc.chain.getFinalizedHead();
    return (await api.rpc.chain.getHeader(hash)).number.toNumber();
  };
  const start = await finalizedNumber();
  for (;;) {
    const now = await finalizedNumber();
    if (now >= start + advance) {
      console.log(`${nodeName}: finalized #${start} -> #${now}`);
      await api.disconnect();
      return now - start;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

module.exports = { run };
