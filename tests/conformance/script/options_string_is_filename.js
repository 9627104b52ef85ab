// A string in place of the options object is the filename.
const vm = require('node:vm');

function filenameSeen(run) {
  try {
    run();
  } catch (e) {
    return e.stack.includes('named-by-string.js');
  }
  return 'no error';
}

console.log(filenameSeen(() => new vm.Script('throw new Error("x")', 'named-by-string.js').runInThisContext()));
console.log(filenameSeen(() => vm.runInThisContext('throw new Error("x")', 'named-by-string.js')));
console.log(filenameSeen(() => vm.runInNewContext('throw new Error("x")', {}, 'named-by-string.js')));
console.log(filenameSeen(() => vm.runInContext('throw new Error("x")', vm.createContext(), 'named-by-string.js')));
console.log(filenameSeen(() => new vm.Script('throw new Error("x")', { filename: 'named-by-string.js' }).runInNewContext()));
// The default filename.
try {
  vm.runInNewContext('throw new Error("x")');
} catch (e) {
  console.log(e.stack.includes('evalmachine.<anonymous>'));
}
