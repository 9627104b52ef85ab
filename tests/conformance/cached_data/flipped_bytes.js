// node-flags: --no-compilation-cache --verify-snapshot-checksum
// Cached data with one byte changed, at every position: the script still
// runs correctly (the data is rejected, or is good). V8 ignores a few
// header bytes, jsvm none; the exact rejection of each position is tested
// in jsvm's unit tests. (Node's flags: see round_trip.js; without
// --verify-snapshot-checksum V8 reads corrupted data and may crash.)
const vm = require('node:vm');

function check(label, data, compile, run, expected) {
  let runsCorrectly = 0;
  let rejected = 0;
  let rejectedInSecondHalf = 0;
  for (let i = 0; i < data.length; i++) {
    const copy = Buffer.from(data);
    copy[i] ^= 0xff;
    const compiled = compile(copy);
    if (compiled.cachedDataRejected) {
      rejected++;
      if (i >= data.length / 2) rejectedInSecondHalf++;
    }
    if (run(compiled) === expected) runsCorrectly++;
  }
  console.log(label, 'every flipped copy runs correctly:', runsCorrectly === data.length);
  console.log(label, 'every flip in the second half rejected:',
              rejectedInSecondHalf === data.length - Math.ceil(data.length / 2));
  console.log(label, 'at least 98% of the flips rejected:', rejected >= 0.98 * data.length);
  console.log(label, 'the unchanged data rejected:', compile(data).cachedDataRejected);
}

const source = 'const words = ["cached", "data"];\nwords.map((w) => w.toUpperCase()).join(" ")';
const data = new vm.Script(source, { filename: 'words.js', produceCachedData: true }).cachedData;
check('script', data,
      (cachedData) => new vm.Script(source, { filename: 'words.js', cachedData }),
      (script) => script.runInNewContext(), 'CACHED DATA');

const body = 'return a.map((w) => w.toUpperCase()).join(" ")';
const fnData = vm.compileFunction(body, ['a'], { produceCachedData: true }).cachedData;
check('function', fnData,
      (cachedData) => vm.compileFunction(body, ['a'], { cachedData }),
      (fn) => fn(['cached', 'function']), 'CACHED FUNCTION');
