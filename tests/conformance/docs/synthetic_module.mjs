// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// Docs, "syntheticModule.setExport()" (ES module variant), printing what
// the docs assert.
import vm from 'node:vm';

const m = new vm.SyntheticModule(['x'], () => {
  m.setExport('x', 1);
});

await m.link(() => {});
await m.evaluate();

console.log(m.namespace.x === 1, m.namespace);
