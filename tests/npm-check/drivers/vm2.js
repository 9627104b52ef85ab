// vm2: VM with a sandbox and a timeout, NodeVM with require.builtin, and
// an escape attempt that must fail.
const { VM, NodeVM } = require('vm2');
const vm = new VM({ timeout: 200, sandbox: { x: 2 } });
console.log(vm.run('x * 21'));
try {
  vm.run('while (true) {}');
} catch (e) {
  console.log('timeout:', e.message);
}
const nodeVM = new NodeVM({ require: { builtin: ['path'] } });
console.log(nodeVM.run("module.exports = require('path').join('a', 'b')", 'vm.js'));
try {
  nodeVM.run("require('child_process')", 'vm.js');
} catch (e) {
  console.log('refused:', e.code ?? e.name);
}
try {
  const got = vm.run("this.constructor.constructor('return process')()");
  console.log('escape:', typeof got === 'object' && got !== null && typeof got.exit === 'function' ?
    'ESCAPED' : typeof got);
} catch (e) {
  console.log('escape blocked:', e.name);
}
