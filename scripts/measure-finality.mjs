// Measures block time and time to finality on a running chain.
//   node scripts/measure-finality.mjs [ws://127.0.0.1:9944] [seconds=120]
// (it stops early and reports on SIGINT or SIGTERM)
// Prints the mean and worst interval between new best blocks, and for every block seen both
// imported and finalized, the delay between the two.
import { ApiPromise, WsProvider } from "@polkadot/api";

const url = process.argv[2] ?? "ws://127.0.0.1:9944";
const seconds = Number(process.argv[3] ?? 120);
const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });

const seenAt = new Map();
const lags = [];
const lagBlocks = [];
let best = 0;
const unsubBest = await api.rpc.chain.subscribeNewHeads((header) => {
  const n = header.number.toNumber();
  best = Math.max(best, n);
  if (!seenAt.has(n)) seenAt.set(n, Date.now());
});
let lastFinal = 0;
const unsubFinal = await api.rpc.chain.subscribeFinalizedHeads((header) => {
  const n = header.number.toNumber();
  const now = Date.now();
  for (let m = lastFinal + 1; m <= n; m++) {
    if (seenAt.has(m)) lags.push((now - seenAt.get(m)) / 1000);
  }
  if (lastFinal > 0) lagBlocks.push(best - n);
  lastFinal = n;
});

// Watches for `seconds`, or until interrupted (SIGINT, SIGTERM), then reports.
const started = Date.now();
await new Promise((resolve) => {
  const timer = setTimeout(resolve, seconds * 1000);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      clearTimeout(timer);
      resolve();
    });
  }
});
const watched = Math.round((Date.now() - started) / 1000);
unsubBest();
unsubFinal();
await api.disconnect();

const numbers = [...seenAt.keys()].sort((a, b) => a - b);
const intervals = [];
for (let i = 1; i < numbers.length; i++) {
  if (numbers[i] === numbers[i - 1] + 1) {
    intervals.push((seenAt.get(numbers[i]) - seenAt.get(numbers[i - 1])) / 1000);
  }
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const fmt = (x) => x.toFixed(2);
/** `mean …, max …` of `xs` in seconds, or why there is none (a window too short to see it). */
const summary = (xs, what) => (xs.length ? `mean ${fmt(mean(xs))} s, max ${fmt(Math.max(...xs))} s` : `no ${what} in the window`);
console.log(`blocks observed: ${numbers.length} over ${watched} s`);
console.log(`block time: ${summary(intervals, 'two consecutive blocks')}`);
console.log(`time to finality: ${summary(lags, 'block finalized')} over ${lags.length} blocks`);
console.log(`finality lag behind best: mean ${fmt(mean(lagBlocks))} blocks, max ${Math.max(...lagBlocks)}`);
