// process.argv: the runtime, the absolute script path, then the arguments.
const path = require('path');
console.log(process.argv.length);
console.log(path.basename(process.argv[1]), path.isAbsolute(process.argv[1]));
console.log(typeof process.argv0, process.argv0.length > 0);
