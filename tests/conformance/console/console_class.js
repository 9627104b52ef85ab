// new Console(...) over user streams; the global console's shape.
const { Console } = require('console');
const EventEmitter = require('events');
class Sink extends EventEmitter {
  constructor(name) { super(); this.name = name; this.data = []; }
  write(s) { this.data.push(s); return true; }
}
const out = new Sink('out');
const err = new Sink('err');
const c = new Console(out, err);
c.log('log %d', 1);
c.info({ a: 1 });
c.warn('warn');
c.error(new Error('e').message);
c.group('g');
c.log('indented');
c.groupEnd();
c.count('n');
c.assert(false, 'failed');
c.table([{ a: 1 }]);
c.dir({ x: [1, 2] }, { depth: 0 });
console.log(JSON.stringify(out.data));
console.log(JSON.stringify(err.data));
const c2 = new Console({ stdout: out, groupIndentation: 4 });
out.data.length = 0;
c2.group();
c2.log('four');
c2.error('also out');
console.log(JSON.stringify(out.data));
const c3 = Console(out);
console.log(c3 instanceof Console, console instanceof Console, typeof c3.log);
const { log } = c2;
out.data.length = 0;
log('detached');
console.log(JSON.stringify(out.data));
const c4 = new Console({ stdout: out, inspectOptions: { depth: 0, breakLength: Infinity } });
out.data.length = 0;
c4.log({ a: { b: 1 } });
console.log(JSON.stringify(out.data));
for (const bad of [undefined, {}, { stdout: out, stderr: 5 }]) {
  try { new Console(bad); } catch (e) { console.log(e.code, e.message); }
}
try { new Console({ stdout: out, colorMode: 'x' }); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(console).join(' '));
console.log(require('console') === console, require('node:console').Console === Console);
console.log(console.log.name, console.table.name, console.log.length);
