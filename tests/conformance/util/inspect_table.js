// util.inspect and util.format over the comparison table of
// crates/jsvm-runtime/src/ext/util/internal/inspect-test/cases.js (about 790 values and
// option sets): one line per case, the output as JSON.
const util = require('util');
const vm = require('vm');
const cases = require('../../../crates/jsvm-runtime/src/ext/util/internal/inspect-test/cases.js')({ util, vm, ours: util });

// Cases whose output depends on the engine or the host rather than on inspect.
const skip = new Set([
  // stacks of errors created by real code (Node's own loader frames)
  'error real stack', 'error cause', 'error cause nested depth', 'aggregate error real',
  'error real TypeError', 'x error cause plain object', 'format %s error subclass',
  // V8 keeps `stack` as an own accessor, seen with showHidden
  'error showHidden', 'x aggregate showHidden',
  // V8 remembers the constructor of an object whose prototype was replaced
  'constructor deleted',
  // an engine message (JSON.stringify of a BigInt)
  'x format %j bigint throws',
  // needs structuredClone (timers/globals)
  'arraybuffer detached',
  // two cases of the table share this name
  'defaultOptions invalid object',
]);

for (const c of cases) {
  if (skip.has(c.name)) continue;
  let out;
  try {
    if (c.custom) out = c.custom(util);
    else if (c.format) out = util.format(...c.format());
    else out = util.inspect(c.value(), ...(c.args ? c.args : c.opts === undefined ? [] : [c.opts]));
  } catch (e) {
    out = `<<threw ${e && e.name}>>`;
  }
  console.log(`${c.name}: ${JSON.stringify(out)}`);
}
