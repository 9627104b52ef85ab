// A syntax error in the code given to new vm.Script is thrown by the
// constructor, as a SyntaxError of the calling context.
const vm = require('node:vm');

for (const code of ['a b', 'let let = 1', 'return 1', '({', 'var 1x']) {
  try {
    new vm.Script(code);
    console.log(JSON.stringify(code), 'compiled');
  } catch (e) {
    console.log(JSON.stringify(code), e.name, e instanceof SyntaxError, e instanceof Error, e.constructor === SyntaxError);
  }
}
// The same through runInThisContext.
try {
  vm.runInThisContext('a b');
} catch (e) {
  console.log('runInThisContext', e.name, e instanceof SyntaxError);
}
// Nothing ran: a syntax error anywhere stops the whole script.
globalThis.ran = false;
try {
  vm.runInThisContext('ran = true; a b');
} catch (e) {
  console.log(e.name, globalThis.ran);
}
