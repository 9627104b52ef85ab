// The Function constructors convert their arguments to strings before they
// throw (an error of the conversion wins); eval throws at once.
const vm = require('node:vm');

const log = [];
const ctx = vm.createContext({ log }, { codeGeneration: { strings: false } });
function show(code) {
  try {
    console.log(code, '->', vm.runInContext(code, ctx));
  } catch (e) {
    console.log(code, '->', e.name, e.message);
  }
  console.log('  converted:', log.splice(0).join() || 'nothing');
}
show('Function({ toString() { log.push("body"); return ""; } })');
show('Function({ toString() { log.push("param"); return "a"; } }, "return a")');
show('Function({ toString() { throw new TypeError("mine"); } })');
show('eval({ toString() { log.push("eval arg"); return ""; } })');
