// node-flags: --unhandled-rejections=none
// jsvm-flags: --unhandled-rejections=none
// Warnings are printed with console.error: shown on stdout here, with the
// pid, the runtime's name and stack frames taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')
  .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
process.on('unhandledRejection', (r) => log('listener', r));
Promise.reject(1);
const late = Promise.reject(2);
setTimeout(() => late.catch(() => {}), 5);
process.on('exit', (c) => log('exit', c));
