// Upload and download throughput through one node: a fresh `zerog-node --dev --storage-provider`
// whose keystore holds six provider keys (Alice…Ferdie, each staked and registered); for each
// size and each transport (raw bytes through the node's file endpoint, hex through its RPC) a
// fresh random file is stored with `zerog-node storage put` (k = 4, m = 2) and fetched back with
// `storage get`. Prints a table of the CLI's own figures (commit + push into the node, the file
// from the node) and each command's peak RSS (GNU time).
//
//   node scripts/bench-storage.mjs [--mib 64,1024] [--transports http,rpc] [--keep-chain DIR]
//
// `--keep-chain` keeps the chain in DIR afterwards (for `benchmark storage` over its state).
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

const { values: options } = parseArgs({
  options: {
    mib: { type: 'string', default: '64,1024' },
    transports: { type: 'string', default: 'http,rpc' },
    'keep-chain': { type: 'string' },
  },
});
const run = promisify(execFile);
const NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/** Runs `zerog-node storage …` under GNU time; resolves to its output and peak RSS in MiB. */
async function timed(...args) {
  const { stdout, stderr } = await run('/usr/bin/time', ['-f', 'peak-rss-kib %M', NODE_BINARY, 'storage', ...args], { maxBuffer: 1 << 26 });
  const rss = Number(stderr.match(/peak-rss-kib (\d+)/)[1]) / 1024;
  return { stdout, rss };
}

async function sha256(name) {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(name, { highWaterMark: 8 << 20 })) hash.update(chunk);
  return hash.digest('hex');
}

const basePath = options['keep-chain'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-bench-storage-'));
const node = new DevNode({
  name: 'bench-storage',
  basePath,
  rpcPort: 19966,
  ethRpcPort: 18566,
  p2pPort: 40366,
  // A kept chain keeps every state, for the benchmarks that read it afterwards.
  extraArgs: ['--storage-provider', ...(options['keep-chain'] ? ['--state-pruning=archive', '--blocks-pruning=archive'] : [])],
});
await node.start();
const rows = [];
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

  for (const mib of options.mib.split(',').map(Number)) {
    for (const transport of options.transports.split(',')) {
      const file = path.join(basePath, `file-${mib}-${transport}.bin`);
      const out = fs.openSync(file, 'w');
      for (let left = mib; left > 0; left -= 64) fs.writeSync(out, crypto.randomBytes(Math.min(left, 64) << 20));
      fs.closeSync(out);
      const put = await timed('put', file, '--url', node.wsUrl, '--suri', '//Alice', '--periods', '100', '--transport', transport);
      console.log(put.stdout);
      const root = put.stdout.match(/data root (0x[0-9a-f]{64})/)[1];
      const get = await timed('get', root, '-o', `${file}.back`, '--url', node.wsUrl, '--transport', transport);
      console.log(get.stdout);
      if (await sha256(file) !== await sha256(`${file}.back`)) throw new Error(`${mib} MiB over ${transport}: the download differs`);
      rows.push({
        'file MiB': mib,
        transport,
        'commit MiB/s': Number(put.stdout.match(/committed in [^,]*, ([0-9.]+) MiB\/s/)[1]),
        'push MiB/s (file)': Number(put.stdout.match(/([0-9.]+) MiB\/s of the file/)[1]),
        'CLI → node MiB/s': Number(put.stdout.match(/put ([0-9.]+) MiB\/s/)[1]),
        'put peak RSS MiB': Math.round(put.rss),
        'node → file MiB/s': Number(get.stdout.match(/([0-9.]+) MiB\/s end to end/)[1]),
        'get peak RSS MiB': Math.round(get.rss),
      });
      fs.rmSync(file);
      fs.rmSync(`${file}.back`);
    }
  }
  console.table(rows);
} finally {
  await node.stop();
  if (!options['keep-chain']) fs.rmSync(basePath, { recursive: true, force: true });
}
