// An error thrown by a host function that vm code calls is decorated with
// the host function's own source line, where it was thrown.
const vm = require('node:vm');
function hostFail() {
  throw new Error('from the host');
}
try {
  vm.runInNewContext('\nhostFail();', { hostFail }, 'calls-host.js');
} catch (e) {
  console.log(e.stack.split('\n').filter((l) => !l.startsWith('    at ') || l.includes('calls-host.js') || l.includes('hostFail')).join('\n'));
}
