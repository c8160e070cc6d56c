// Upload and download throughput through one node: a fresh `zerog-node --dev --storage-provider`
// whose keystore holds six provider keys (Alice…Ferdie, each staked and registered), a random
// file stored with `zerog-node storage put` (k = 4, m = 2) and fetched back with `storage get`.
// Prints the CLI's own figures and the wall-clock times.
//
//   node scripts/bench-storage.mjs [--mib 64]
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ZG, sr25519Keyring } from '../e2e/lib/accounts.mjs';
import { DevNode, NODE_BINARY, rpc } from '../e2e/lib/devnode.mjs';
import { PROVIDER_KEY_TYPE, submit, toHex } from '../e2e/lib/tx.cjs';

const { values: options } = parseArgs({ options: { mib: { type: 'string', default: '64' } } });
const run = promisify(execFile);
const NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-bench-storage-'));
const node = new DevNode({
  name: 'bench-storage',
  basePath,
  rpcPort: 19966,
  ethRpcPort: 18566,
  p2pPort: 40366,
  extraArgs: ['--storage-provider'],
});
await node.start();
try {
  const api = await ApiPromise.create({ provider: new WsProvider(node.wsUrl), noInitWarn: true });
  const keyring = sr25519Keyring();
  await submit(api, api.tx.sudo.sudo(
    api.tx.parameters.setParameter({ Storage: { ChallengePeriod: [null, 10] } }),
  ), keyring.addFromUri('//Alice'));
  await Promise.all(NAMES.map(async (name) => {
    const pair = keyring.addFromUri(`//${name}`);
    await rpc(node.wsUrl.replace('ws', 'http'), 'author_insertKey', [PROVIDER_KEY_TYPE, `//${name}`, toHex(pair.publicKey)]);
    await submit(api, api.tx.utility.batchAll([
      api.tx.staking.bond(100n * ZG, 'Staked'),
      api.tx.staking.optIn(1),
      api.tx.storageMarket.registerProvider(1n << 40n, 0),
    ]), pair);
  }));
  await api.disconnect();

  const file = path.join(basePath, 'file.bin');
  fs.writeFileSync(file, crypto.randomBytes(Number(options.mib) << 20));
  let started = Date.now();
  const put = await run(NODE_BINARY, ['storage', 'put', file, '--url', node.wsUrl, '--suri', '//Alice', '--periods', '100'], { maxBuffer: 1 << 26 });
  const putSeconds = (Date.now() - started) / 1000;
  console.log(put.stdout);
  const root = put.stdout.match(/data root (0x[0-9a-f]{64})/)[1];
  started = Date.now();
  const get = await run(NODE_BINARY, ['storage', 'get', root, '-o', `${file}.back`, '--url', node.wsUrl], { maxBuffer: 1 << 26 });
  const getSeconds = (Date.now() - started) / 1000;
  console.log(get.stdout);
  if (!fs.readFileSync(file).equals(fs.readFileSync(`${file}.back`))) throw new Error('download differs');
  console.log(`${options.mib} MiB: put ${putSeconds.toFixed(1)} s wall (${(options.mib / putSeconds).toFixed(1)} MiB/s incl. confirmation), get ${getSeconds.toFixed(1)} s wall (${(options.mib / getSeconds).toFixed(1)} MiB/s)`);
} finally {
  await node.stop();
  fs.rmSync(basePath, { recursive: true, force: true });
}
