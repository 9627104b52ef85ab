// import() in CommonJS code: ES modules, JSON, node: built-ins, CommonJS.
(async () => {
  const dep = await import('./fixtures/esm_dep.mjs');
  console.log(dep.answer, dep.meta.main, dep.default('cjs'));
  const json = await import('./fixtures/data.json', { with: { type: 'json' } });
  console.log(json.default === require('./fixtures/data.json'), json);
  const vm = await import('node:vm');
  console.log(vm.default === require('node:vm'), typeof vm.Script);
  const math = await import('./fixtures/math.js');
  console.log(math.default === require('./fixtures/math.js'));
  const inner = new Function('return import("./fixtures/esm_dep.mjs")');
  console.log((await inner()).answer);
})();
