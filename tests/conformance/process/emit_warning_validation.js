// Warnings are printed with console.error: shown on stdout here, with the
// pid, the runtime's name and stack frames taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')
  .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
for (const args of [[1], [{}], [null], ['x', 1], ['x', 'T', 2], ['x', { type: 3 }]]) {
  try {
    process.emitWarning(...args);
    log('ok');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
