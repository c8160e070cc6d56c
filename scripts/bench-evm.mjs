// Sustained transaction throughput of the dev chain, measured like 0G's evmchainbench: many
// senders submit pre-signed transactions as fast as the node accepts them, and throughput is the
// transactions included per second of block time while the pool is full. Three rounds, side by
// side: native transfers and ERC-20 transfers over the Ethereum JSON-RPC
// (`eth_sendRawTransaction`), and `balances.transferKeepAlive` over the node's RPC as
// @polkadot/api signs it (`author_submitExtrinsic`).
//
//   node scripts/bench-evm.mjs [--senders 40] [--per-sender 100] [--concurrency 64]
//                              [--window 6000] [--rounds native,erc20,substrate] [--repeat 5]
//                              [--keep-chain DIR] [--node-args="--pool-limit 16384 …"]
//   node scripts/bench-evm.mjs --ws ws://127.0.0.1:9944 --eth http://127.0.0.1:8545 […]
//
// Submission keeps at most `--window` transactions waiting in the pool (sent, not yet in a
// block), as a load generator that paces itself to the chain does; a long round (e.g.
// `--per-sender 1200`) is therefore a sustained load, not a pool overflow.
//
// With `--ws` and `--eth` it loads a running chain instead (a zombienet testnet, whose dev
// accounts fund the senders) and reports what the chain recorded, without re-executing blocks.
//
// It starts its own `zerog-node --dev --eth-rpc-port` (release build, archive state) on a fresh
// chain, runs the rounds, stops the node and re-executes every loaded block with
// `zerog-node benchmark block`, which gives each block's real execution time against the
// weight it was charged. It fails (exit code 1) when any sender's nonce did not reach its
// target (an accepted transaction lost) or any block took longer than its weight.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ethers } from 'ethers';
import { compile } from '../contracts/compile.mjs';
import { ETH_DEV_KEYS, ZG, sr25519Keyring } from '../e2e/lib/accounts.mjs';
import { DevNode, LOG_DIR, NODE_BINARY, rpc } from '../e2e/lib/devnode.mjs';

const { values: options } = parseArgs({
  options: {
    senders: { type: 'string', default: '40' },
    'per-sender': { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '64' },
    window: { type: 'string', default: '6000' },
    rounds: { type: 'string', default: 'native,erc20,substrate' },
    repeat: { type: 'string', default: '5' },
    'keep-chain': { type: 'string' },
    'node-args': { type: 'string', default: '' },
    ws: { type: 'string' },
    eth: { type: 'string' },
  },
});
const SENDERS = Number(options.senders);
const PER_SENDER = Number(options['per-sender']);
const CONCURRENCY = Number(options.concurrency);
const WINDOW = Number(options.window);
const ROUNDS = options.rounds.split(',');
/** Blocks in a row without any sender's nonce moving before the rest counts as lost. */
const STALL_BLOCKS = 20;
const NODE_NAME = 'bench-dev';

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

/**
 * Sends pre-signed transactions with `method`, keeping at most `WINDOW` of them waiting for
 * inclusion (`inclusions.count` follows the chain); returns how long the node took to accept
 * them.
 */
async function submitAll(url, method, rawTransactions, inclusions) {
  const started = performance.now();
  let rejected = 0;
  let sent = 0;
  await pool(rawTransactions, CONCURRENCY, async (raw) => {
    let idle = 0;
    while (sent - rejected - inclusions.count >= WINDOW) {
      const before = inclusions.count;
      await inclusions.next();
      idle = inclusions.count === before ? idle + 1 : 0;
      if (idle >= STALL_BLOCKS) {
        throw new Error(`submission stalled: ${WINDOW} transactions waited ${STALL_BLOCKS} blocks without any included`);
      }
    }
    sent += 1;
    try {
      await rpc(url, method, [raw]);
    } catch (error) {
      rejected += 1;
      if (rejected <= 3) console.error(`  rejected: ${error.message}`);
    }
  });
  return { seconds: (performance.now() - started) / 1000, rejected };
}

/** Signs `count` Ethereum transactions per sender from each sender's next nonce. */
async function presignEth(senders, count, build) {
  const network = await senders[0].provider.getNetwork();
  const feeData = await senders[0].provider.getFeeData();
  const gasPrice = feeData.gasPrice * 2n;
  const signed = [];
  for (let round = 0; round < count; round++) {
    for (const sender of senders) {
      const request = await build(sender, round);
      signed.push(sender.signTransaction({
        ...request,
        nonce: sender.startNonce + round,
        chainId: network.chainId,
        gasPrice,
        type: 0,
      }));
    }
  }
  return Promise.all(signed);
}

/** Signs `count` immortal `transferKeepAlive`s per sender, as @polkadot/api signs them. */
async function presignSubstrate(api, senders, count, recipients) {
  const signed = [];
  for (let round = 0; round < count; round++) {
    for (const [index, sender] of senders.entries()) {
      const tx = api.tx.balances.transferKeepAlive(recipients[(round + index) % recipients.length], 1n);
      await tx.signAsync(sender, { nonce: sender.startNonce + round, era: 0 });
      signed.push(tx.toHex());
    }
  }
  return signed;
}

/**
 * Counts the round's transactions (calls `call`) in every new best block from now on; `next()`
 * resolves at the next block.
 */
async function followInclusions(api, call) {
  const inclusions = { count: 0, waiters: [] };
  let last = (await api.rpc.chain.getHeader()).number.toNumber();
  let counting = Promise.resolve();
  const countUpTo = async (number) => {
    for (; last < number; last++) {
      const { block } = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(last + 1));
      inclusions.count += block.extrinsics.filter((ext) => `${ext.method.section}.${ext.method.method}` === call).length;
    }
    for (const wake of inclusions.waiters.splice(0)) wake();
  };
  inclusions.stop = await api.rpc.chain.subscribeNewHeads((header) => {
    counting = counting
      .then(() => countUpTo(header.number.toNumber()))
      .catch((error) => console.error(`  counting inclusions: ${error.message}`));
  });
  inclusions.next = () => new Promise((resolve) => inclusions.waiters.push(resolve));
  return inclusions;
}

/**
 * Waits until every sender's nonce reached its target, or until `STALL_BLOCKS` blocks passed
 * without any progress. Returns how many transactions were not included and, for each sender
 * short of its target, the nonce it stopped at.
 */
async function awaitNonces(nonceOf, bestBlock, senders, targets) {
  let lastTotal = -1;
  let stalledSince = await bestBlock();
  for (;;) {
    const nonces = await Promise.all(senders.map(nonceOf));
    const stuck = nonces
      .map((nonce, sender) => ({ sender, nonce, target: targets[sender] }))
      .filter(({ nonce, target }) => nonce < target);
    const missing = stuck.reduce((sum, { nonce, target }) => sum + target - nonce, 0);
    if (missing === 0) return { lost: 0, stuck };
    const total = nonces.reduce((sum, nonce) => sum + nonce, 0);
    const best = await bestBlock();
    if (total !== lastTotal) {
      lastTotal = total;
      stalledSince = best;
    } else if (best - stalledSince >= STALL_BLOCKS) {
      return { lost: missing, stuck };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * What each block recorded: its time, how many of the round's transactions it holds (calls
 * `call`, e.g. `revive.ethTransact`) and how full its normal class is.
 */
async function blockFacts(api, first, last, call) {
  const maxNormal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  const blocks = [];
  for (let number = first; number <= last; number++) {
    const hash = await api.rpc.chain.getBlockHash(number);
    const at = await api.at(hash);
    const [weight, moment, body] = await Promise.all([
      at.query.system.blockWeight(),
      at.query.timestamp.now(),
      api.rpc.chain.getBlock(hash),
    ]);
    const normal = weight.normal.refTime.toBigInt();
    blocks.push({
      number,
      moment: moment.toNumber(),
      txs: body.block.extrinsics.filter((ext) => `${ext.method.section}.${ext.method.method}` === call).length,
      fullness: Number((normal * 10_000n) / maxNormal) / 100,
    });
  }
  return blocks;
}

/** One round: signs, submits, waits for inclusion and reads what the blocks recorded. */
async function round(name, chain, { senders, sign, submitMethod, url, nonceOf, call, hashOf }) {
  const firstBlock = (await chain.bestBlock()) + 1;
  const raw = await sign();
  console.log(`${name}: ${raw.length} transactions signed, submitting…`);
  const inclusions = await followInclusions(chain.api, call);
  const submitted = await submitAll(url, submitMethod, raw, inclusions).finally(() => inclusions.stop());
  const targets = senders.map((sender) => sender.startNonce + PER_SENDER);
  const { lost, stuck } = await awaitNonces(nonceOf, chain.bestBlock, senders, targets);
  // `raw` holds each sender's transactions nonce by nonce, senders interleaved.
  for (const { sender, nonce, target } of stuck) {
    const next = raw[(nonce - senders[sender].startNonce) * senders.length + sender];
    console.log(`${name}: sender ${sender} stopped at nonce ${nonce} of ${target}; that transaction is ${hashOf(next)}`);
  }
  for (const sender of senders) sender.startNonce += PER_SENDER;
  const lastBlock = await chain.bestBlock();
  const blocks = await blockFacts(chain.api, firstBlock - 1, lastBlock, call);
  const loaded = blocks.slice(1).filter((block) => block.txs > 0);
  const total = loaded.reduce((sum, block) => sum + block.txs, 0);
  const span = loaded.length ? (loaded[loaded.length - 1].moment - blocks[loaded[0].number - firstBlock].moment) / 1000 : 0;
  const full = loaded.slice(0, -1);
  console.log(`${name}: ${total} included in ${loaded.length} blocks, ${lost} lost`);
  return {
    name,
    sent: raw.length,
    accepted: raw.length - submitted.rejected,
    acceptRate: raw.length / submitted.seconds,
    lost,
    total,
    loaded,
    span,
    tps: span ? total / span : 0,
    perFullBlock: full.length ? full.reduce((s, b) => s + b.txs, 0) / full.length : total,
    fullness: median(full.map((block) => block.fullness)),
  };
}

function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Why the proposer stopped filling a block when the block was full (not out of transactions). */
const FULL_BLOCK_ENDS = new Set(['HitBlockWeightLimit', 'HitBlockSizeLimit', 'HitDeadline']);

/**
 * `🎁 Prepared block for proposing at N (T ms) …; end: R; …` lines of the node's log: each
 * block's build time and why the proposer stopped adding transactions.
 */
function proposals(logFile) {
  const built = new Map();
  const pattern = /Prepared block for proposing at (\d+) \((\d+) ms\).*end: (\w+)/;
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    const match = pattern.exec(line);
    if (match) built.set(Number(match[1]), { ms: Number(match[2]), end: match[3] });
  }
  return built;
}

/** Re-executes blocks `from..=to` with `benchmark block`; real and charged ns per block. */
function reexecute(basePath, from, to, repeat) {
  const run = spawnSync(NODE_BINARY, [
    'benchmark', 'block', '--chain=dev', `--base-path=${basePath}`,
    `--from=${from}`, `--to=${to}`, `--repeat=${repeat}`, '--state-pruning=archive',
  ], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`benchmark block failed: ${run.stderr}`);
  // The tool logs its results, which go to stderr.
  return run.stdout + run.stderr;
}

/** Parses `Block N with X tx used P% of its weight (took of consumed ns)` lines. */
function parseReexecution(output) {
  const results = new Map();
  const pattern = /Block (\d+) with\s+(\d+) tx used\s+([\d.]+)% of its weight \(\s*([\d,]+) of\s+([\d,]+) ns\)/;
  for (const line of output.split('\n')) {
    const match = pattern.exec(line);
    if (!match) continue;
    results.set(Number(match[1]), {
      percent: Number(match[3]),
      tookNs: Number(match[4].replaceAll(',', '')),
      chargedNs: Number(match[5].replaceAll(',', '')),
    });
  }
  return results;
}

async function fundEthSenders(provider, count) {
  const alith = new ethers.Wallet(ETH_DEV_KEYS.alith, provider);
  const senders = Array.from({ length: count }, () => {
    const wallet = ethers.Wallet.createRandom().connect(provider);
    wallet.startNonce = 0;
    return wallet;
  });
  let nonce = await provider.getTransactionCount(alith.address);
  const funding = [];
  for (const sender of senders) {
    funding.push(await alith.sendTransaction({ to: sender.address, value: 1_000n * ZG, nonce: nonce++ }));
  }
  await Promise.all(funding.map((tx) => tx.wait()));
  return { alith, senders, nonce };
}

async function fundSubstrateSenders(api, count) {
  const keyring = sr25519Keyring();
  const alice = keyring.addFromUri('//Alice');
  const senders = Array.from({ length: count }, (_, i) => {
    const pair = keyring.addFromUri(`//bench//${Date.now()}//${i}`);
    pair.startNonce = 0;
    return pair;
  });
  const calls = senders.map((pair) => api.tx.balances.transferKeepAlive(pair.address, 1_000n * ZG));
  await new Promise((resolve, reject) => {
    api.tx.utility.batchAll(calls).signAndSend(alice, ({ status, dispatchError }) => {
      if (dispatchError) reject(new Error(`funding failed: ${dispatchError.toString()}`));
      else if (status.isInBlock) resolve();
    }).catch(reject);
  });
  return senders;
}

/** The bench's own fresh dev node (archive, so its blocks can be re-executed afterwards). */
function ownNode() {
  const basePath = options['keep-chain'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zerog-bench-'));
  fs.rmSync(path.join(LOG_DIR, `${NODE_NAME}.log`), { force: true });
  const node = new DevNode({
    name: NODE_NAME, basePath, rpcPort: 29944, ethRpcPort: 28545, p2pPort: 40433,
    extraArgs: [
      '--state-pruning=archive', '--blocks-pruning=archive',
      ...options['node-args'].split(' ').filter(Boolean),
    ],
  });
  return { basePath, node, wsUrl: node.wsUrl, ethUrl: node.ethUrl };
}

/** A running chain's node, given by `--ws` and `--eth`: nothing to start, stop or re-execute. */
function runningNode() {
  return { node: { start: async () => {}, stop: async () => {} }, wsUrl: options.ws, ethUrl: options.eth };
}

async function main() {
  const { basePath, node, wsUrl, ethUrl } = options.ws ? runningNode() : ownNode();
  await node.start();
  const provider = new ethers.JsonRpcProvider(ethUrl, undefined, { staticNetwork: true, pollingInterval: 500 });
  const api = await ApiPromise.create({ provider: new WsProvider(wsUrl), noInitWarn: true });
  const httpUrl = wsUrl.replace(/^ws/, 'http');
  const chain = { api, bestBlock: async () => (await api.rpc.chain.getHeader()).number.toNumber() };
  const results = [];
  try {
    const recipients = Array.from({ length: 64 }, () => ethers.Wallet.createRandom().address);
    if (ROUNDS.includes('native') || ROUNDS.includes('erc20')) {
      console.log(`funding ${SENDERS} Ethereum senders…`);
      const { alith, senders, nonce: alithNonce } = await fundEthSenders(provider, SENDERS);
      let nonce = alithNonce;
      const eth = {
        senders,
        submitMethod: 'eth_sendRawTransaction',
        call: 'revive.ethTransact',
        url: ethUrl,
        nonceOf: (sender) => provider.getTransactionCount(sender.address),
        hashOf: ethers.keccak256,
      };
      // Gas limits as a wallet sets them: the node's estimate (for a recipient that does not
      // exist yet, the dearer case), with a 10% margin. A transaction reserves its limit's
      // weight in the block until it has run, so a generous limit leaves blocks part empty.
      const withMargin = (estimate) => (estimate * 11n) / 10n;
      if (ROUNDS.includes('native')) {
        const estimate = await provider.estimateGas({ from: senders[0].address, to: recipients[0], value: 1n });
        results.push(await round('native transfers (eth RPC)', chain, {
          ...eth,
          sign: () => presignEth(senders, PER_SENDER, (_, i) => ({
            to: recipients[i % recipients.length], value: 1n, gasLimit: withMargin(estimate),
          })),
        }));
      }
      if (ROUNDS.includes('erc20')) {
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
        const transferData = (to) => token.interface.encodeFunctionData('transfer', [to, 1n]);
        const estimate = await provider.estimateGas({
          from: senders[0].address, to: tokenAddress, data: transferData(recipients[0]),
        });
        results.push(await round('ERC-20 transfers (eth RPC)', chain, {
          ...eth,
          sign: () => presignEth(senders, PER_SENDER, (_, i) => ({
            to: tokenAddress, data: transferData(recipients[i % recipients.length]), gasLimit: withMargin(estimate),
          })),
        }));
      }
    }
    if (ROUNDS.includes('substrate')) {
      console.log(`funding ${SENDERS} Substrate senders…`);
      const senders = await fundSubstrateSenders(api, SENDERS);
      const dests = sr25519Keyring();
      const substrateRecipients = Array.from({ length: 64 }, (_, i) => dests.addFromUri(`//bench-to//${i}`).address);
      results.push(await round('balances.transferKeepAlive (@polkadot/api)', chain, {
        senders,
        submitMethod: 'author_submitExtrinsic',
        call: 'balances.transferKeepAlive',
        url: httpUrl,
        // The nonce in the best block's state (`accountNextIndex` would count the pool too).
        nonceOf: async (pair) => (await api.query.system.account(pair.address)).nonce.toNumber(),
        hashOf: (extrinsic) => api.createType('Extrinsic', extrinsic).hash.toHex(),
        sign: () => presignSubstrate(api, senders, PER_SENDER, substrateRecipients),
      }));
    }
  } finally {
    provider.destroy();
    await api.disconnect();
    await node.stop();
  }

  const loadedBlocks = results.flatMap((r) => r.loaded.map((block) => block.number));
  let built = new Map();
  let reexecuted = new Map();
  if (basePath) {
    built = proposals(path.join(LOG_DIR, `${NODE_NAME}.log`));
    if (loadedBlocks.length) {
      reexecuted = parseReexecution(reexecute(basePath, Math.min(...loadedBlocks), Math.max(...loadedBlocks), Number(options.repeat)));
    }
    if (!options['keep-chain']) fs.rmSync(basePath, { recursive: true, force: true });
  }

  console.log('\n| round | sent | included | lost | blocks | seconds loaded | tx/s included | tx per full block | full blocks: weight used (median) | real time / weight (min–median–max) | build ms per tx | re-executed µs per tx | RPC accepted tx/s |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const overweight = [];
  for (const r of results) {
    const ratios = r.loaded.map((b) => reexecuted.get(b.number)?.percent).filter((p) => p !== undefined);
    for (const b of r.loaded) {
      const re = reexecuted.get(b.number);
      if (re && re.tookNs > re.chargedNs) overweight.push(`${r.name}: block ${b.number} took ${re.percent}% of its weight`);
    }
    // Full blocks: those the proposer closed on a limit; on a running chain (no proposer log
    // here), those with at least 90% of the normal class's ref time used.
    const full = r.loaded.filter((b) => (built.has(b.number) ? FULL_BLOCK_ENDS.has(built.get(b.number).end) : b.fullness >= 90));
    const buildMs = full.reduce((s, b) => s + (built.get(b.number)?.ms ?? 0), 0);
    const fullTxs = full.reduce((s, b) => s + b.txs, 0);
    const reexecNs = full.reduce((s, b) => s + (reexecuted.get(b.number)?.tookNs ?? 0), 0);
    // A figure the run has no source for (no proposer log or re-execution of a running chain).
    const perTx = (value, scale) => {
      if (!fullTxs) return 'no full block';
      return value ? (value / fullTxs / scale).toFixed(3) : 'n/a';
    };
    const range = ratios.length
      ? `${Math.min(...ratios).toFixed(1)}% – ${median(ratios).toFixed(1)}% – ${Math.max(...ratios).toFixed(1)}%`
      : 'n/a';
    console.log(`| ${r.name} | ${r.sent} | ${r.total} | ${r.lost} | ${r.loaded.length} | ${r.span.toFixed(0)} | ${r.tps.toFixed(1)} | ${r.perFullBlock.toFixed(1)} | ${Number.isNaN(r.fullness) ? 'n/a' : `${r.fullness.toFixed(1)}%`} | ${range} | ${perTx(buildMs, 1)} | ${perTx(reexecNs, 1000)} | ${r.acceptRate.toFixed(1)} |`);
  }
  console.log('\nper block: number, transactions, normal-class weight used, real time / weight (real ms of charged ms), build time and why it ended');
  for (const r of results) {
    for (const b of r.loaded) {
      const re = reexecuted.get(b.number);
      console.log(`  ${r.name.split(' ')[0]} #${b.number}: ${b.txs} tx, ${b.fullness.toFixed(1)}% full, ${re ? `${re.percent.toFixed(1)}% (${(re.tookNs / 1e6).toFixed(1)} of ${(re.chargedNs / 1e6).toFixed(1)} ms)` : 'n/a'} of weight, ${built.has(b.number) ? `built in ${built.get(b.number).ms} ms, end ${built.get(b.number).end}` : 'build n/a'}`);
    }
  }
  const failures = [
    ...results.filter((r) => r.lost > 0).map((r) => `${r.name}: ${r.lost} accepted transactions never included`),
    ...results.filter((r) => r.accepted !== r.sent).map((r) => `${r.name}: ${r.sent - r.accepted} transactions rejected at submission`),
    ...overweight,
  ];
  if (failures.length) {
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
