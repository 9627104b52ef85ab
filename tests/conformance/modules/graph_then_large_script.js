// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// Issue 14's crash, with a generated script in place of TypeScript's
// lib/typescript.js: module graphs evaluated in fresh contexts and awaited
// by nested async functions, then a large script compiled, compiled again
// from its cached data and run in a new context. The awaits were resumed
// by jobs of the module contexts, which the collections of the compile
// freed while the awaiting functions still ran with them.
const vm = require('vm');

async function repeat(f, n) {
  let last;
  for (let i = 0; i < n; i++) last = await f(i);
  return last;
}

function largeScript(count) {
  let s = '';
  for (let i = 0; i < count; i++) s += `function f${i}(a) { return { n: a + ${i}, s: 'f${i}' }; }\n`;
  return s + `f${count - 1}(1).n;\n`;
}

(async () => {
  const value = await repeat(async () => {
    const c = vm.createContext({});
    const mods = {};
    for (let k = 9; k >= 0; k--) {
      mods['m' + k] = new vm.SourceTextModule(
        (k < 9 ? `import { v as w } from 'm${k + 1}';` : 'const w = 0;') + `export const v = w + ${k};`,
        { context: c, identifier: 'm' + k });
    }
    await mods.m0.link((spec) => mods[spec]);
    await mods.m0.evaluate();
    return mods.m0.namespace.v;
  }, 20);
  console.log('graph', value);
  const src = largeScript(20000);
  const sc = new vm.Script(src, { filename: 'large.js' });
  const sc2 = new vm.Script(src, { filename: 'large.js', cachedData: sc.createCachedData() });
  console.log('result', sc2.runInContext(vm.createContext({})));
  console.log('done');
})();
