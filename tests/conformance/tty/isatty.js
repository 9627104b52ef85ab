// node:tty on pipes: isatty, the streams' errors, process.stdout/stderr are
// not terminals (the runner's stdout and stderr are pipes).
const tty = require('tty');
console.log(Object.keys(tty));
console.log(tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty('1'), tty.isatty(1.5),
  tty.isatty(99), tty.isatty(2 ** 31), tty.isatty(), tty.isatty(null));
console.log(process.stdout.isTTY, process.stderr.isTTY, process.stdout.columns, process.stdout.rows,
  typeof process.stdout.getColorDepth, typeof process.stdout.hasColors);
console.log(Object.getOwnPropertyNames(tty.WriteStream.prototype).sort(),
  Object.getOwnPropertyNames(tty.ReadStream.prototype).sort());
console.log(tty.WriteStream.prototype.isTTY, Object.getOwnPropertyDescriptor(tty.WriteStream.prototype, 'isTTY'));
try { new tty.WriteStream(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { tty.WriteStream(2); } catch (e) { console.log(e.name, e.code, e.message); }
for (const fd of [-1, 1.5, 'x', 2 ** 31]) {
  try { new tty.WriteStream(fd); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new tty.ReadStream(fd); } catch (e) { console.log(e.name, e.code, e.message); }
}
