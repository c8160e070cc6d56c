// Sustained EVM throughput of the dev chain, measured like 0G's evmchainbench: many senders
// submit pre-signed transactions over the Ethereum JSON-RPC as fast as it accepts them, and
// throughput is the transactions included per second of block time while the pool is full.
//
//   node scripts/bench-evm.mjs [--senders 40] [--per-sender 100] [--concurrency 64]
//
// It starts its own `zerog-node --dev --eth-rpc-port` (release build) on a fresh chain, runs a
// native-transfer round and an ERC-20-transfer round, prints a table and stops the node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ethers } from 'ethers';
import { compile } from '../contracts/compile.mjs';
import { ETH_DEV_KEYS, ZG } from '../e2e/lib/accounts.mjs';
import { DevNode, rpc, waitFor } from '../e2e/lib/devnode.mjs';

const { values: options } = parseArgs({
  options: {
    senders: { type: 'string', default: '40' },
    'per-sender': { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '64' },
  },
});
const SENDERS = Number(options.senders);
const PER_SENDER = Number(options['per-sender']);
const CONCURRENCY = Number(options.concurrency);

/** Runs `task` over `items` with at most `limit` in flight; resolves to the results in order. */
async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Sends pre-signed raw transactions; returns how long the RPC took to accept them all. */
async function submitAll(url, rawTransactions) {
  const started = performance.now();
  let rejected = 0;
  await pool(rawTransactions, CONCURRENCY, async (raw) => {
    try {
      await rpc(url, 'eth_sendRawTransaction', [raw]);
    } catch (error) {
      rejected += 1;
      if (rejected <= 3) console.error(`  rejected: ${error.message}`);
    }
  });
  return { seconds: (performance.now() - started) / 1000, rejected };
}

/** Signs `count` transactions per sender from nonce 0 (or the given start nonces). */
async function presign(senders, count, build) {
  const network = await senders[0].provider.getNetwork();
  const feeData = await senders[0].provider.getFeeData();
  const gasPrice = feeData.gasPrice * 2n;
  const signed = [];
  for (let round = 0; round < count; round++) {
    for (const sender of senders) {
      const request = await build(sender, round);
      signed.push(
        sender.signTransaction({
          ...request,
          nonce: sender.startNonce + round,
          chainId: network.chainId,
          gasPrice,
          type: 0,
        }),
      );
    }
  }
  return Promise.all(signed);
}

/** Counts included transactions block by block until every sender's nonce is reached. */
async function measureInclusion(provider, senders, count, firstBlock) {
  const target = senders.map((sender) => sender.startNonce + count);
  await waitFor('every transaction to be included', async () => {
    const nonces = await Promise.all(senders.map((s) => provider.getTransactionCount(s.address)));
    return nonces.every((nonce, i) => nonce >= target[i]);
  }, 600_000);
  const lastBlock = await provider.getBlockNumber();
  const blocks = [];
  for (let number = firstBlock; number <= lastBlock; number++) {
    const block = await provider.getBlock(number);
    blocks.push({ number, timestamp: block.timestamp, txs: block.transactions.length, gasUsed: block.gasUsed });
  }
  const loaded = blocks.filter((block) => block.txs > 0);
  const first = loaded[0];
  const last = loaded[loaded.length - 1];
  const total = loaded.reduce((sum, block) => sum + block.txs, 0);
  const before = blocks.find((block) => block.number === first.number - 1) ?? {
    timestamp: first.timestamp - 3,
  };
  const span = last.timestamp - before.timestamp;
  const full = loaded.slice(0, -1);
  const peak = Math.max(...loaded.map((block) => block.txs));
  return {
    total,
    blocks: loaded.length,
    span,
    tps: total / span,
    perBlockFull: full.length ? full.reduce((s, b) => s + b.txs, 0) / full.length : total,
    peak,
    gasPerTx: loaded.reduce((s, b) => s + b.gasUsed, 0n) / BigInt(total),
  };
}

async function round(name, provider, node, senders, build) {
  const firstBlock = (await provider.getBlockNumber()) + 1;
  const raw = await presign(senders, PER_SENDER, build);
  console.log(`${name}: ${raw.length} transactions signed, submitting…`);
  const submitted = await submitAll(node.ethUrl, raw);
  const result = await measureInclusion(provider, senders, PER_SENDER, firstBlock);
  for (const sender of senders) sender.startNonce += PER_SENDER;
  return { name, ...result, accepted: raw.length / submitted.seconds, rejected: submitted.rejected };
}

async function main() {
  const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-bench-'));
  const node = new DevNode({ name: 'bench-dev', basePath, rpcPort: 29944, ethRpcPort: 28545, p2pPort: 40433 });
  await node.start();
  const provider = new ethers.JsonRpcProvider(node.ethUrl, undefined, { staticNetwork: true, pollingInterval: 500 });
  try {
    const alith = new ethers.Wallet(ETH_DEV_KEYS.alith, provider);
    const senders = Array.from({ length: SENDERS }, () => {
      const wallet = ethers.Wallet.createRandom().connect(provider);
      wallet.startNonce = 0;
      return wallet;
    });

    console.log(`funding ${SENDERS} senders…`);
    let nonce = await provider.getTransactionCount(alith.address);
    const funding = [];
    for (const sender of senders) {
      funding.push(await alith.sendTransaction({ to: sender.address, value: 1_000n * ZG, nonce: nonce++ }));
    }
    await Promise.all(funding.map((tx) => tx.wait()));

    const { abi, bytecode } = compile().Token;
    const token = await new ethers.ContractFactory(abi, bytecode, alith).deploy(
      'Bench', 'BENCH', 10n ** 30n, { nonce: nonce++ },
    );
    await token.waitForDeployment();
    const tokenAddress = await token.getAddress();
    const seeding = [];
    for (const sender of senders) {
      seeding.push(await token.transfer(sender.address, 10n ** 24n, { nonce: nonce++ }));
    }
    await Promise.all(seeding.map((tx) => tx.wait()));

    const recipients = Array.from({ length: 64 }, () => ethers.Wallet.createRandom().address);
    const native = await round('native transfers', provider, node, senders, (_, i) => ({
      to: recipients[i % recipients.length],
      value: 1n,
      gasLimit: 1_000_000n,
    }));
    const transferData = (to) => token.interface.encodeFunctionData('transfer', [to, 1n]);
    const estimate = await provider.estimateGas({
      from: senders[0].address, to: tokenAddress, data: transferData(recipients[0]),
    });
    const erc20 = await round('ERC-20 transfers', provider, node, senders, (_, i) => ({
      to: tokenAddress,
      data: transferData(recipients[i % recipients.length]),
      gasLimit: estimate * 2n,
    }));

    console.log('\n| round | txs | blocks | tx/s included | tx per full block | peak block | RPC accepted tx/s | rejected | gas per tx |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of [native, erc20]) {
      console.log(`| ${r.name} | ${r.total} | ${r.blocks} | ${r.tps.toFixed(1)} | ${r.perBlockFull.toFixed(1)} | ${r.peak} | ${r.accepted.toFixed(1)} | ${r.rejected} | ${r.gasPerTx} |`);
    }
    console.log(`\nblock gas limit: ${BigInt(await rpc(node.ethUrl, 'eth_getBlockByNumber', ['latest', false]).then((b) => b.gasLimit))}`);
  } finally {
    provider.destroy();
    await node.stop();
    fs.rmSync(basePath, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
