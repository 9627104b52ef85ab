// Compiles a large generated ES module with `new vm.SourceTextModule`,
// several times without cached data and several times with cached data
// made once by createCachedData(), and reports the medians and their
// ratio. Runs under jsvm and under Node (give Node
// --experimental-vm-modules --no-compilation-cache, or V8 reuses its first
// compile and never reads the data).
//
//   jsvm bench/module-cache.js [FUNCTIONS] [RUNS]
'use strict';
const vm = require('vm');

const count = Number(process.argv[2] || 20000);
const runs = Number(process.argv[3] || 5);
if (!(count >= 1) || !(runs >= 1)) {
  console.error('usage: module-cache.js [FUNCTIONS] [RUNS]');
  process.exit(2);
}

// A module of `count` exported functions and classes, with imports, a
// top-level await and a summary export that calls some of them.
function generate(n) {
  const parts = [
    "import { base, scale } from 'config';",
    "import * as helpers from 'helpers';",
  ];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 9) {
      parts.push(`export class Shape${i} {
  constructor(w = ${i % 7}, h = ${i % 5}) { this.w = w; this.h = h; }
  area() { return this.w * this.h * scale + base; }
  describe() { return \`shape ${i}: \${this.area()} (\${helpers.tag(${i})})\`; }
}`);
    } else {
      parts.push(`export function f${i}(a, b = ${i}) {
  const xs = [a, b, ${i % 13}].map((v, k) => v * (k + 1) + base);
  let total = 0;
  for (const x of xs) total += x % 2 === 0 ? x / 2 : x * 3 + 1;
  return helpers.combine(total, '${'f' + i}', { index: ${i}, even: ${i % 2 === 0} });
}`);
    }
  }
  parts.push('await null;');
  parts.push(`export const summary = [f0(1), f1(2), new Shape9().describe(), f${n - 2}(3)].join(' | ');`);
  return parts.join('\n');
}

const source = generate(count);
const identifier = 'generated.mjs';
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

function timed(f) {
  const start = now();
  const result = f();
  return [now() - start, result];
}

const [firstCompile, producer] = timed(() => new vm.SourceTextModule(source, { identifier }));
const [createTime, cachedData] = timed(() => producer.createCachedData());

const compileTimes = [];
const cachedTimes = [];
for (let i = 0; i < runs; i++) {
  compileTimes.push(timed(() => new vm.SourceTextModule(source, { identifier }))[0]);
  // A rejection throws ERR_VM_MODULE_CACHED_DATA_REJECTED.
  cachedTimes.push(timed(() => new vm.SourceTextModule(source, { identifier, cachedData }))[0]);
}

(async () => {
  // The module read from cached data links and runs.
  const m = new vm.SourceTextModule(source, { identifier, cachedData });
  const deps = {
    config: new vm.SourceTextModule('export const base = 1, scale = 2;'),
    helpers: new vm.SourceTextModule(
      'export const tag = (i) => `#${i}`;\n' +
      'export const combine = (t, name, o) => `${name}=${t}${o.even ? "e" : "o"}`;'),
  };
  await m.link((specifier) => deps[specifier]);
  await m.evaluate();

  const compile = median(compileTimes);
  const cached = median(cachedTimes);
  console.log(`source: ${(source.length / 1e6).toFixed(1)} MB, ${count} functions and classes`);
  console.log(`first compile: ${ms(firstCompile)}; createCachedData: ${ms(createTime)}, ` +
              `${(cachedData.length / 1e6).toFixed(1)} MB`);
  console.log(`compile (median of ${runs}): ${ms(compile)}`);
  console.log(`from cached data (median of ${runs}): ${ms(cached)}`);
  console.log(`ratio: ${(compile / cached).toFixed(1)}x`);
  console.log(`check: ${m.namespace.summary}`);
})();
