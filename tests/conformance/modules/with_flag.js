// node-flags: --experimental-vm-modules
// jsvm-flags: --experimental-vm-modules
// With --experimental-vm-modules: the classes exist, the first module made
// prints Node's ExperimentalWarning once (even one whose constructor
// throws), and import() callbacks are called.
const log = console.log;
console.error = (msg) => log('warning:', String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
const vm = require('vm');

log(Object.keys(vm).slice(-3), typeof vm.Module, typeof vm.SourceTextModule,
    typeof vm.SyntheticModule);
try {
  new vm.Module({});
} catch (e) {
  log(e.name, e.message);
}
const m = new vm.SourceTextModule('export const x = 1;');
const s = new vm.SyntheticModule(['y'], function () { this.setExport('y', 2); });
log(m instanceof vm.Module, s instanceof vm.Module, m.constructor.name, s.constructor.name);
const script = new vm.Script('import("z")', {
  importModuleDynamically: (specifier) => {
    log('callback', specifier);
    return s;
  },
});
(async () => {
  await s.link(() => {});
  await s.evaluate();
  const ns = await script.runInThisContext();
  log(Object.keys(ns), ns.y);
  process.emitWarning('a later warning');
})();
