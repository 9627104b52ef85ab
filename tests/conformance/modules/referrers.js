// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// importModuleDynamically: its arguments and referrer for each kind of
// compiled code, what it may return, and code compiled without it.
const vm = require('node:vm');

function loader(tag) {
  return function (specifier, referrer, attributes, phase) {
    const kind = referrer === undefined ? 'undefined' :
      typeof referrer === 'function' ? `function ${referrer.name}` :
      referrer.constructor.name;
    console.log(`${tag}: ${specifier} from ${kind}`, attributes, phase, arguments.length);
    const m = new vm.SyntheticModule(['specifier'], () => {});
    m.setExport('specifier', specifier);
    return m;
  };
}

async function show(label, p) {
  try {
    const ns = await p;
    console.log(`${label}:`, ns);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e.message}`);
  }
}

(async () => {
  const script = new vm.Script('import("s")', { importModuleDynamically: loader('script') });
  await show('script', script.runInThisContext());
  const ctx = vm.createContext();
  await show('script in a context', script.runInContext(ctx).then((ns) => ns, (e) => { throw e; }));
  await show('runInThisContext', vm.runInThisContext('import("r", { with: { type: "json" } })',
    { importModuleDynamically: loader('run') }));
  await show('eval inside a script', new vm.Script('eval("import(\'e\')")',
    { importModuleDynamically: loader('eval') }).runInThisContext());
  await show('Function inside a script', new vm.Script('Function("return import(\'f\')")()',
    { importModuleDynamically: loader('Function') }).runInThisContext());
  const fn = vm.compileFunction('return import("c")', [],
    { importModuleDynamically: loader('compileFunction') });
  await show('compileFunction', fn());
  const mod = new vm.SourceTextModule('export const p = import("m");',
    { importModuleDynamically: loader('module') });
  await mod.link(() => {});
  await mod.evaluate();
  await show('module', mod.namespace.p);

  await show('no callback', vm.runInThisContext('import("x")'));
  await show('no callback in a context', vm.runInContext('import("x")', ctx));
  await show('returns a namespace', vm.runInThisContext('import("n")',
    { importModuleDynamically: () => mod.namespace }));
  await show('returns a non-module', vm.runInThisContext('import("n")',
    { importModuleDynamically: () => 1 }));
  await show('throws', vm.runInThisContext('import("n")',
    { importModuleDynamically: () => { throw new Error('thrown'); } }));
  const errored = new vm.SourceTextModule('throw new Error("evaluation failed")');
  await errored.link(() => {});
  await errored.evaluate().catch(() => {});
  await show('returns an errored module', vm.runInThisContext('import("n")',
    { importModuleDynamically: () => errored }));
  const unlinked = new vm.SourceTextModule('export default 1');
  await show('returns an unlinked module', vm.runInThisContext('import("n")',
    { importModuleDynamically: () => unlinked }));

  globalThis.order = [];
  new vm.Script('import("sync"); order.push("after import()")', {
    importModuleDynamically() { order.push('callback'); return mod; },
  }).runInThisContext();
  console.log('called synchronously:', order.join(', '));
})();
