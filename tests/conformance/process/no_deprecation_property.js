// Warnings are printed with console.error: shown on stdout here, with the
// pid, the runtime's name and stack frames taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')
  .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
process.noDeprecation = true;
process.emitWarning('dep', 'DeprecationWarning', 'DEP1');
process.emitWarning('normal warning');
process.on('warning', (w) => log('event', w.name));
