// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// node-flags: --no-compilation-cache --verify-snapshot-checksum
// cachedData that does not fit a SourceTextModule: the constructor throws
// ERR_VM_MODULE_CACHED_DATA_REJECTED (after compiling: a syntax error
// comes first; the default identifier's counter still moves on). Data of
// another source (of another length: V8 compares only the length),
// truncated, extended, empty, zeros, random bytes, a script's or a
// function's data; one byte changed at every position. Modules that
// evaluated cannot make data. (Node's flags: see round_trip.js.)
const vm = require('node:vm');

const source = 'import { n } from "dep";\nexport const list = [n, 2, 3].map((v) => v * 10);';
const data = new vm.SourceTextModule(source).createCachedData();

let seed = 12345;
function random(n) {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = seed >>> 16;
  }
  return out;
}

function attempt(cachedData, text = source, options = {}) {
  try {
    const m = new vm.SourceTextModule(text, { ...options, cachedData });
    return `accepted ${m.identifier}`;
  } catch (e) {
    // Only the name of a syntax error: the engine's messages differ.
    return e.code ? `${e.name} ${e.code} ${e.message}` : e.name;
  }
}

const cases = {
  'the same data': data,
  'other source': new vm.SourceTextModule('export const list = [1, 2];').createCachedData(),
  'truncated by one byte': data.subarray(0, data.length - 1),
  'first half': data.subarray(0, data.length >> 1),
  'first 10 bytes': data.subarray(0, 10),
  'extended by one byte': Buffer.concat([data, Buffer.from([0])]),
  'twice': Buffer.concat([data, data]),
  'empty': Buffer.alloc(0),
  'one zero byte': Buffer.alloc(1),
  'zeros': Buffer.alloc(data.length),
  'random bytes': random(data.length),
  'a script\'s data': new vm.Script('[1, 2, 3].map((v) => v * 10)', { produceCachedData: true })
    .cachedData,
  'a function\'s data': vm.compileFunction('return [1, 2, 3].map((v) => v * 10)', [],
                                           { produceCachedData: true }).cachedData,
};
for (const [name, cachedData] of Object.entries(cases)) {
  console.log(name, '->', attempt(cachedData));
}

// A syntax error is thrown before the data is looked at.
console.log('syntax error ->', attempt(Buffer.alloc(8), 'export const = 1;'));
// The default identifier counts rejected modules too.
console.log(attempt(undefined, ''), attempt(Buffer.alloc(8), ''), attempt(undefined, ''));

// One byte changed at every position: each copy is rejected or works.
let rejected = 0;
let rejectedInSecondHalf = 0;
let good = 0;
(async () => {
  for (let i = 0; i < data.length; i++) {
    const copy = Buffer.from(data);
    copy[i] ^= 0xff;
    let m;
    try {
      m = new vm.SourceTextModule(source, { cachedData: copy });
    } catch (e) {
      if (e.code === 'ERR_VM_MODULE_CACHED_DATA_REJECTED') {
        rejected++;
        if (i >= data.length / 2) rejectedInSecondHalf++;
        continue;
      }
      throw e;
    }
    const dep = new vm.SourceTextModule('export const n = 1;');
    await m.link(() => dep);
    await m.evaluate();
    if (m.namespace.list.join() === '10,20,30') good++;
  }
  console.log('flipped: every copy rejected or good:', rejected + good === data.length);
  console.log('flipped: every flip in the second half rejected:',
              rejectedInSecondHalf === data.length - Math.ceil(data.length / 2));
  console.log('flipped: at least 98% rejected:', rejected >= 0.98 * data.length);

  // Data only before evaluation (linked, errored linking included).
  const m = new vm.SourceTextModule(source, { cachedData: data });
  await m.link(() => new vm.SourceTextModule('export const n = 1;'));
  console.log(m.status, m.createCachedData().length > 0);
  await m.evaluate();
  for (const mod of [m, await (async () => {
    const e = new vm.SourceTextModule('throw new Error("x")');
    await e.link(() => {});
    await e.evaluate().catch(() => {});
    return e;
  })()]) {
    try {
      mod.createCachedData();
    } catch (e) {
      console.log(mod.status, e.name, e.code, e.message);
    }
  }

  // Validation.
  for (const cachedData of ['x', 1, {}, [1, 2], null, new ArrayBuffer(4)]) {
    try {
      new vm.SourceTextModule('', { cachedData });
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  try {
    vm.SourceTextModule.prototype.createCachedData.call({});
  } catch (e) {
    console.log(e.name, e.message);
  }
})();
