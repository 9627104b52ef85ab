// With a timeout, an error the script throws is decorated as usual, while
// the timeout error itself is not (Node decorates only what the script threw).
const vm = require('node:vm');
const head = (e) => e.stack.split('\n').filter((l) => !l.startsWith('    at ') || l.includes('tmo.js')).join('\n');
try {
  vm.runInThisContext('\nwhile (true) {}', { timeout: 20, filename: 'tmo.js' });
} catch (e) {
  console.log(e.code);
  console.log(head(e));
}
try {
  vm.runInThisContext('\n[1].forEach(() => { throw new Error("inside"); });', { timeout: 1000, filename: 'tmo.js' });
} catch (e) {
  console.log(head(e));
}
