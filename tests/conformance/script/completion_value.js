// The result is the completion value of the last statement executed.
const vm = require('node:vm');

const ctx = vm.createContext({});
const show = (code) => console.log(JSON.stringify(code), '->', vm.runInContext(code, ctx));
show('1; 2; 3');
show('var x = 5');
show('x');
show('let y = 6');
show('function f() {}');
show('if (x > 1) { "big" } else { "small" }');
show('for (var i = 0; i < 3; i++) { i * 10 }');
show('({ a: 1 })');
show('{ a: 1 }');
show('');
show('// only a comment');
show('"use strict"; this === globalThis');
show('x = 7');
show('try { throw 1 } catch (e) { "caught" } finally { "finally" }');
