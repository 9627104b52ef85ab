// Warnings are printed with console.error: shown on stdout here, with the
// pid, the runtime's name and stack frames taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')
  .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
process.on('warning', (w) => {
  log('event:', w.name, w.message, w.code, w.detail, w instanceof Error);
});
process.emitWarning('first');
process.emitWarning('dep', { type: 'DeprecationWarning', code: 'DEP0001' });
log('listeners', process.listenerCount('warning'));
process.nextTick(() => log('tick queued after the warnings'));
