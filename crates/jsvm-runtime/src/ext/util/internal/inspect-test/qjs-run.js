// Replays the comparison table inside QuickJS-ng (the jsvm engine) against
// outputs recorded from Node by `run.js --dump expected.json`.
//
//   node inspect-test/run.js --dump /tmp/expected.json
//   qjs --std inspect-test/qjs-run.js /tmp/expected.json [--verbose]
//
// Plain `qjs` cannot look inside proxies or promises, so this script shims
// `Proxy` (recording target/handler in a WeakMap) and cannot report promise
// states: promise cases and cases needing Node's `vm`/`process` are expected
// to fail or be skipped here.  The real runtime supplies these internals.
/* global std, scriptArgs */
'use strict';

const dir = scriptArgs[0].replace(/[^/]*$/, '') || './';
const expected = JSON.parse(std.loadFile(scriptArgs[1]));
const verbose = scriptArgs.includes('--verbose');

const proxyDetails = new WeakMap();
const RealProxy = Proxy;
globalThis.Proxy = new RealProxy(RealProxy, {
  construct(T, [target, handler]) {
    const p = new RealProxy(target, handler);
    proxyDetails.set(p, [target, handler]);
    return p;
  },
});
globalThis.Proxy.revocable = (target, handler) => {
  const r = RealProxy.revocable(target, handler);
  const details = [target, handler];
  proxyDetails.set(r.proxy, details);
  const revoke = r.revoke;
  r.revoke = () => { details[0] = null; details[1] = null; revoke(); };
  return r;
};

const internals = {
  getProxyDetails: (v) => proxyDetails.get(v),
  getPromiseState: () => undefined,
  previewEntries: () => undefined,
};
const mod = { exports: {} };
new Function('module', 'exports', 'internals', std.loadFile(`${dir}../inspect.js`))(mod, mod.exports, internals);
const ours = mod.exports;

const casesModule = { exports: {} };
new Function('module', 'require', 'process', std.loadFile(`${dir}cases.js`))(casesModule, () => ({}), undefined);
const vmStub = {
  createContext: () => null,
  runInContext() { throw new Error('no vm'); },
  runInNewContext() { throw new Error('no vm'); },
};
const cases = casesModule.exports({ util: { inspect: ours.inspect }, vm: vmStub, ours });

let passed = 0, failed = 0, skipped = 0;
const fails = [];
for (const c of cases) {
  if (!(c.name in expected)) { skipped++; continue; }
  let actual;
  try {
    if (c.custom) actual = c.custom(ours);
    else if (c.format) actual = ours.format(...c.format());
    else {
      let value;
      try { value = c.value(); } catch (e) { skipped++; continue; }
      actual = ours.inspect(value, ...(c.args ? c.args : c.opts === undefined ? [] : [c.opts]));
    }
  } catch (e) {
    actual = `<<threw ${e && e.name}: ${e && e.message}>>`;
  }
  if (actual === expected[c.name]) passed++;
  else { failed++; fails.push([c.name, expected[c.name], actual]); }
}
for (const [name, e, a] of fails.slice(0, verbose ? Infinity : 40)) {
  print(`--- FAIL: ${name}`);
  if (verbose) { print(`expected: ${JSON.stringify(e)}`); print(`actual:   ${JSON.stringify(a)}`); }
}
print(`qjs: ${passed} passed, ${failed} failed, ${skipped} skipped`);
