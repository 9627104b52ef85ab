// node-flags: --unhandled-rejections=warn
// jsvm-flags: --unhandled-rejections=warn
// Warnings are printed with console.error: shown on stdout here, with the
// pid, the runtime's name and stack frames taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')
  .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
Promise.reject(new Error('boom'));
Promise.reject(42);
const late = Promise.reject(9);
setTimeout(() => late.catch(() => log('handled late')), 5);
process.on('exit', (c) => log('exit', c));
