// Replays the comparison table inside jsvm (its real `util`) against outputs
// recorded from Node by `run.js --dump expected.json`.
//
//   node inspect-test/run.js --dump /tmp/expected.json
//   jsvm inspect-test/jsvm-run.js /tmp/expected.json [--verbose] [filter]
'use strict';
const util = require('util');
const vm = require('vm');
const args = process.argv.slice(2);
const expected = require(args[0]);
const verbose = args.includes('--verbose');
const filter = args.slice(1).find((a) => !a.startsWith('--'));
const cases = require('./cases.js')({ util, vm, ours: util });

let passed = 0, failed = 0, skipped = 0;
const fails = [];
for (const c of cases) {
  if (filter && !c.name.includes(filter)) continue;
  if (!(c.name in expected)) { skipped++; continue; }
  let actual;
  try {
    if (c.custom) actual = c.custom(util);
    else if (c.format) actual = util.format(...c.format());
    else {
      const value = c.value();
      actual = util.inspect(value, ...(c.args ? c.args : c.opts === undefined ? [] : [c.opts]));
    }
  } catch (e) {
    actual = `<<threw ${e && e.name}: ${e && e.message}>>`;
  }
  if (actual === expected[c.name]) passed++;
  else { failed++; fails.push([c.name, expected[c.name], actual]); }
}
for (const [name, e, a] of fails.slice(0, verbose ? Infinity : 40)) {
  console.log(`--- FAIL: ${name}`);
  if (verbose) { console.log(`expected: ${JSON.stringify(e)}`); console.log(`actual:   ${JSON.stringify(a)}`); }
}
console.log(`jsvm: ${passed} passed, ${failed} failed, ${skipped} skipped`);
