// jsvm benchmark program: one operation of `node:vm`, measured inside this
// process, on whichever runtime runs it (jsvm, Node, Bun, Deno).
//
//   RUNTIME vm-bench.js OPERATION [TS_PATH]
//
// Prints one JSON line: {"op", "ns"} (median nanoseconds per operation),
// {"op", "bytes"} for memory, or {"op", "na"} with the reason when the
// runtime lacks what the operation needs. scripts/bench runs it (see
// docs/benchmark.md).
'use strict';

const fs = require('node:fs');
const vm = require('node:vm');

const op = process.argv[2];
const tsPath = process.argv[3];

const now = () => process.hrtime.bigint();

function report(result) {
  process.stdout.write(`${JSON.stringify({ op, ...result })}\n`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Runs fn(i) repeatedly: a warm-up of about `warmMs`, then `batches`
// batches of `k` calls each, k chosen so a batch lasts about `batchMs`;
// reports the median of the batches' time per call.
async function measure(fn, { warmMs = 150, batchMs = 40, batches = 9, isAsync = false } = {}) {
  let i = 0;
  const run = async (n) => {
    const t0 = now();
    if (isAsync) {
      for (let j = 0; j < n; j++) await fn(i++);
    } else {
      for (let j = 0; j < n; j++) fn(i++);
    }
    return Number(now() - t0);
  };
  // Warm-up, doubling the count until the warm-up time is spent.
  let k = 1;
  let spent = 0;
  for (;;) {
    const t = await run(k);
    spent += t;
    if (spent >= warmMs * 1e6) {
      k = Math.max(1, Math.round((batchMs * 1e6) / (t / k)));
      break;
    }
    if (t < batchMs * 1e6) k *= 2;
  }
  const perOp = [];
  for (let b = 0; b < batches; b++) perOp.push((await run(k)) / k);
  return median(perOp);
}

// The compute workload: a template render loop (bench/workload.js).
const WORKLOAD = require('./workload.js');

// ----- the operations ---------------------------------------------------------
const ops = {
  createContextEmpty: () => measure(() => vm.createContext({})),

  createContext10: () => measure((i) => vm.createContext({
    a: i, b: 'two', c: true, d: null, e: [1, 2], f: { g: 1 }, h: 1.5, j: 'x', k: undefined, l: 10,
  })),

  runInNewContext: () => measure(() => vm.runInNewContext('1 + 1')),

  runInContextPrecompiled: () => {
    const ctx = vm.createContext({ count: 0 });
    const script = new vm.Script('count += 1; count * 2');
    return measure(() => script.runInContext(ctx));
  },

  runInContextNewCode: () => {
    const ctx = vm.createContext({ count: 0 });
    return measure((i) => vm.runInContext(`count += ${i}; count * 2`, ctx));
  },

  newScript: () => measure((i) => new vm.Script(`var x${i} = ${i} + 1; x${i} * 2`)),

  compileFunction: () => measure((i) => vm.compileFunction(`return a + b * ${i};`, ['a', 'b'])),

  moduleGraph10: async () => {
    if (typeof vm.SourceTextModule !== 'function') return { na: 'no vm.SourceTextModule' };
    const ctx = vm.createContext({});
    const graph = async (i) => {
      const leaves = new Map();
      for (let j = 1; j < 10; j++) {
        leaves.set(`m${j}`, new vm.SourceTextModule(
          `export const v = ${j} + ${i}; export function f() { return v; }`,
          { context: ctx, identifier: `m${j}-${i}` }));
      }
      const imports = [...leaves.keys()].map((k) => `import { v as ${k} } from '${k}';`).join('\n');
      const root = new vm.SourceTextModule(
        `${imports}\nexport const sum = ${[...leaves.keys()].join(' + ')};`,
        { context: ctx, identifier: `root-${i}` });
      await root.link((specifier) => leaves.get(specifier));
      await root.evaluate();
      if (root.namespace.sum !== 45 + 9 * i) throw new Error('wrong module result');
    };
    try {
      await graph(-1);
    } catch (e) {
      return { na: `SourceTextModule failed: ${e && e.message}` };
    }
    return measure(graph, { isAsync: true });
  },

  // Resident memory growth per context over 1,000 live contexts.
  memoryPerContext: () => {
    if (!process.memoryUsage) return { na: 'no process.memoryUsage' };
    const gc = globalThis.gc || (globalThis.Bun && (() => globalThis.Bun.gc(true)));
    for (let i = 0; i < 20; i++) vm.createContext({});
    if (gc) gc();
    const before = process.memoryUsage().rss;
    const held = [];
    for (let i = 0; i < 1000; i++) held.push(vm.createContext({}));
    if (gc) gc();
    const after = process.memoryUsage().rss;
    if (held.length !== 1000) throw new Error('lost contexts');
    return { bytes: (after - before) / 1000 };
  },

  typescriptCompile: () => {
    const source = fs.readFileSync(tsPath, 'utf8');
    // A new file name each time: V8 keeps compiled scripts by source and
    // origin, and this measures compiling, not that cache.
    return measure((i) => new vm.Script(source, { filename: `typescript-${i}.js` }),
      { warmMs: 1, batchMs: 1, batches: 5 });
  },

  typescriptCompileCached: () => {
    const source = fs.readFileSync(tsPath, 'utf8');
    const first = new vm.Script(source, { filename: 'typescript.js' });
    let cachedData;
    try {
      cachedData = first.createCachedData();
    } catch (e) {
      return { na: `createCachedData: ${e && e.message}` };
    }
    if (!cachedData || cachedData.length === 0) return { na: 'no cached data produced' };
    // The same file name as the data's maker (jsvm's data fits only its
    // own file name and offsets; the driver turns V8's compilation cache
    // off for this operation).
    const probe = new vm.Script(source, { filename: 'typescript.js', cachedData });
    if (probe.cachedDataRejected !== false) return { na: 'cached data rejected' };
    return measure(() => {
      const s = new vm.Script(source, { filename: 'typescript.js', cachedData });
      if (s.cachedDataRejected) throw new Error('cached data rejected');
    }, { warmMs: 1, batchMs: 1, batches: 5 });
  },

  // The workload in a context made by createContext: one call renders a
  // page of 40 rows.
  computeInContext: () => {
    const ctx = vm.createContext({});
    vm.runInContext(WORKLOAD, ctx);
    const script = new vm.Script('renderPage(seed++)');
    vm.runInContext('var seed = 1', ctx);
    return measure(() => script.runInContext(ctx));
  },

  // The same script as plain code of the program's own realm (no vm):
  // the bare engine.
  computePlain: () => {
    (0, eval)(WORKLOAD);
    const { renderPage } = globalThis;
    let seed = 1;
    return measure(() => renderPage(seed++));
  },
};

(async () => {
  const f = ops[op];
  if (!f) throw new Error(`unknown operation ${op}; one of ${Object.keys(ops).join(', ')}`);
  const r = await f();
  report(typeof r === 'number' ? { ns: r } : r);
})().catch((e) => {
  report({ error: String(e && e.stack || e) });
  process.exitCode = 1;
});
