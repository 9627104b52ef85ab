// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// Docs, "Class: vm.SyntheticModule" and "syntheticModule.setExport()"
// (CommonJS variants), printing what the docs assert.
const vm = require('node:vm');
// A block: `module` is a parameter of a CommonJS module's wrapper.
{

const source = '{ "a": 1 }';
const module = new vm.SyntheticModule(['default'], function() {
  const obj = JSON.parse(source);
  this.setExport('default', obj);
});

(async () => {
  await module.link(() => {});
  await module.evaluate();
  console.log(module.namespace.default);

  const m = new vm.SyntheticModule(['x'], () => {
    m.setExport('x', 1);
  });
  await m.link(() => {});
  await m.evaluate();
  console.log(m.namespace.x === 1);
})();
}
