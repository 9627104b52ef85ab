// A syntax error compiling a vm.Script, uncaught: the token's range is
// underlined, with the line and column offsets applied.
const vm = require('node:vm');
new vm.Script('const ok = 1;\nconst bad = value another;', { filename: 'broken.js', lineOffset: 10 });
