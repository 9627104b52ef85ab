// The calls without options (the benchmark's fast paths) behave as with
// options: the same validation errors, the same results and decorated errors.
const vm = require('vm');
const show = (f) => {
  try {
    const r = f();
    console.log('ok', typeof r === 'object' && r !== null ? Object.keys(r) : r);
  } catch (e) {
    console.log(e.code || e.name, e.message.split('\n')[0]);
  }
};
const ctx = vm.createContext({ n: 1 });
const script = new vm.Script('n += 1; n * 10');
show(() => script.runInContext(ctx));
show(() => script.runInContext({}));
show(() => script.runInContext(null));
show(() => script.runInContext(undefined));
show(() => script.runInContext(42));
show(() => vm.runInContext('n + 100', ctx));
show(() => vm.runInContext('n + 100', {}));
show(() => vm.runInContext('n + 100', null));
show(() => vm.runInContext({ toString() { return 'n * 3'; } }, ctx));
show(() => vm.runInNewContext('typeof n'));
show(() => vm.runInNewContext('x * 2', { x: 21 }));
show(() => vm.runInNewContext('x', 5));
show(() => vm.createContext(ctx) === ctx);
show(() => vm.createContext(5));
show(() => vm.createContext(null));
show(() => vm.isContext(vm.createContext()));
show(() => vm.compileFunction('return a + b', ['a', 'b'])(2, 3));
show(() => vm.compileFunction('return 1', 'a'));
show(() => vm.compileFunction('return 1', [1]));
show(() => vm.compileFunction(1));
show(() => new vm.Script('1 +').runInThisContext());
for (const f of [
  () => vm.runInContext('throw new TypeError("boom")', ctx),
  () => vm.runInContext('let let = 1', ctx),
  () => vm.runInNewContext('null.x'),
]) {
  try {
    f();
  } catch (e) {
    console.log(String(e.stack).split('\n').slice(0, 4).join(' | '));
  }
}
