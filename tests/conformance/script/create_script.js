// vm.createScript is new vm.Script.
const vm = require('node:vm');

const script = vm.createScript('a * 2', { filename: 'created.js' });
console.log(script instanceof vm.Script);
console.log(script.runInNewContext({ a: 21 }));
console.log(typeof vm.createScript);
try {
  vm.createScript('a b');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
