// Warnings are printed with console.error: shown on stdout here, with the
// pid, the runtime's name and stack frames taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 ')
  .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE1');
process.emitWarning('options', { type: 'OptWarning', code: 'OPT', detail: 'more detail\non two lines' });
process.emitWarning(new Error('an error object'));
const e = new RangeError('range');
e.code = 'RCODE';
process.emitWarning(e);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('function as type', function ctor() {});
process.emitWarning('function as code', 'Warning', function ctor() {});
