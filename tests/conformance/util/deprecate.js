// util.deprecate: one warning per code, one per function without a code,
// classes, the returned function's shape, argument errors.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
process.on('warning', (w) => log('event', w.name, w.code, w.message));
const util = require('util');
function add(a, b) { return a + b; }
const a1 = util.deprecate(add, 'add is old', 'DEP_X1');
const a2 = util.deprecate(add, 'add again', 'DEP_X1');
const b1 = util.deprecate(add, 'no code');
const b2 = util.deprecate(add, 'no code');
log(a1(1, 2), a1(2, 3), a2(3, 4), b1(1, 1), b1(2, 2), b2(3, 3));
log(a1.name, a1.length, Object.getPrototypeOf(a1) === add, a1.prototype === add.prototype);
class Old { constructor(x) { this.x = x; } }
const D = util.deprecate(Old, 'Old is old', 'DEP_X2');
const d = new D(5);
log(d.x, d instanceof Old, d instanceof D, D.name);
const noProto = util.deprecate(add, 'np', 'DEP_X3', { modifyPrototype: false });
log(Object.getPrototypeOf(noProto) === Function.prototype, noProto(1, 1), util.deprecate.length);
try { util.deprecate(5, 'm'); } catch (e) { log(e.name, e.code); }
for (const bad of [[add, 'm', 5], [add, 'm', {}]]) {
  try { util.deprecate(...bad); log('no throw', bad.length); } catch (e) { log(e.name, e.code, e.message); }
}
try { util.deprecate(add)(1, 2); } catch (e) { log(e.name, e.code, e.message); }
log('sync end');
