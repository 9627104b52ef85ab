// console.time/timeLog/timeEnd (durations normalized here: they vary) and
// console.trace (to stderr; the runner drops frame lines).
const lines = [];
const { Console } = require('console');
const EventEmitter = require('events');
const out = new EventEmitter();
out.write = (s) => { lines.push(s.replace(/\d+(\.\d+)?(ms|s)/g, 'N$2')); return true; };
const c = new Console({ stdout: out, stderr: out });
c.time();
c.timeLog();
c.timeLog('default', 'extra', { x: 1 });
c.timeEnd();
c.time('label');
c.timeEnd('label');
c.time(42);
c.timeEnd('42');
process.stdout.write(lines.join(''));
console.trace('traced %s', 'here', { a: 1 });
console.trace();
function inner() { console.trace('from inner'); }
inner();
console.log(typeof console.time, typeof console.timeLog);
