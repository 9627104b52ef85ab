// Compiles TypeScript's lib/typescript.js with `new vm.Script`, several
// times without cached data and several times with cached data made once,
// and reports the medians and their ratio. Runs under jsvm and under Node
// (give Node --no-compilation-cache, or V8 reuses its first compile).
//
//   jsvm bench/typescript-cache.js PATH/TO/typescript.js [RUNS]
//
// scripts/bench-cache installs TypeScript and runs this. Where there is no
// `fs` module (jsvm), the source is read from PATH.json, a JSON string of
// the file that the script writes.
'use strict';
const vm = require('vm');

const file = process.argv[2];
const runs = Number(process.argv[3] || 5);
if (!file || !(runs >= 1)) {
  console.error('usage: typescript-cache.js PATH/TO/typescript.js [RUNS]');
  process.exit(2);
}
let source;
try {
  source = require('fs').readFileSync(file, 'utf8');
} catch {
  source = require(`${file}.json`);
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const filename = 'typescript.js';

function timed(f) {
  const start = now();
  const result = f();
  return [now() - start, result];
}

// The data, made once (and the first compile warms up).
const [firstCompile, producer] = timed(() => new vm.Script(source, { filename }));
const [createTime, cachedData] = timed(() => producer.createCachedData());

const compileTimes = [];
const cachedTimes = [];
for (let i = 0; i < runs; i++) {
  compileTimes.push(timed(() => new vm.Script(source, { filename }))[0]);
  const [t, script] = timed(() => new vm.Script(source, { filename, cachedData }));
  if (script.cachedDataRejected !== false) throw new Error('the cached data was rejected');
  cachedTimes.push(t);
}

// The script read from cached data works: TypeScript parses some code.
const script = new vm.Script(source, { filename, cachedData });
const ctx = vm.createContext({});
script.runInContext(ctx);
const check = vm.runInContext(
  'ts.createSourceFile("x.ts", "let x: number = 1;", ts.ScriptTarget.Latest)' +
  '.statements[0].kind === ts.SyntaxKind.VariableStatement',
  ctx);

const compile = median(compileTimes);
const cached = median(cachedTimes);
console.log(`source: ${(source.length / 1e6).toFixed(1)} MB (${filename}), ${runs} runs each`);
console.log(`first compile: ${ms(firstCompile)}; createCachedData: ${ms(createTime)}, ` +
            `${(cachedData.length / 1e6).toFixed(1)} MB`);
console.log(`compile (no cached data): median ${ms(compile)}  [${compileTimes.map(ms).join(', ')}]`);
console.log(`with cached data:         median ${ms(cached)}  [${cachedTimes.map(ms).join(', ')}]`);
console.log(`ratio: ${(compile / cached).toFixed(1)}x faster with cached data`);
console.log(`code read from cached data runs: ${check}`);
