// node:punycode warns (DEP0040) once, when first loaded by code outside
// node_modules; the warning is printed after the program's synchronous code.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
process.on('warning', (w) => log('event', w.name, w.code, w.message));
require('punycode');
require('node:punycode');
log('loaded twice');
