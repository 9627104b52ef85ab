// An uncaught error on the first line of vm code compiled with a column
// offset: the caret is placed in the script's own text.
const vm = require('node:vm');
vm.runInThisContext('let n = 1;  throw new TypeError("offset");', { filename: 'col.js', columnOffset: 30, lineOffset: 2 });
