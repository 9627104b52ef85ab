// node-flags: --unhandled-rejections=strict
// jsvm-flags: --unhandled-rejections=strict
// Warnings are printed with console.error: shown on stdout here, with the
// pid, the runtime's name and stack frames taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')
  .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
process.on('uncaughtException', (e, origin) => log('uncaught', e.message, origin));
process.on('unhandledRejection', (r) => log('then unhandledRejection', r.message));
Promise.reject(new Error('strict'));
