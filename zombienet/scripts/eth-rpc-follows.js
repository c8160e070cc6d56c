// Passes when the Ethereum JSON-RPC at the URL given as argument reports zerog's chain id and
// a block number that keeps up with the node's best block.
const { rpc } = require('./json-rpc.js');

async function run(nodeName, networkInfo, args) {
  const url = args[0] ?? 'http://127.0.0.1:8545';
  const call = (method, params) => rpc(url, method, params);
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  for (;;) {
    try {
      const chainId = await call('eth_chainId');
      const ethHeight = Number(await call('eth_blockNumber'));
      const best = (await api.rpc.chain.getHeader()).number.toNumber();
      if (chainId === '0xa5b8' && ethHeight > 0 && ethHeight + 2 >= best) {
        console.log(`${nodeName}: Ethereum RPC chain id ${chainId}, block ${ethHeight} (best ${best})`);
        await api.disconnect();
        return ethHeight;
      }
    } catch (error) {
      console.log(`${nodeName}: Ethereum RPC not ready: ${error.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

module.exports = { run };
