// util.getSystemErrorName/getSystemErrorMessage/getSystemErrorMap: every
// code libuv knows on Linux, and the errors for bad arguments.
const util = require('util');
const map = util.getSystemErrorMap();
console.log(map.size, map instanceof Map, map !== util.getSystemErrorMap());
for (const [errno, [name, message]] of map) {
  if (util.getSystemErrorName(errno) !== name || util.getSystemErrorMessage(errno) !== message) {
    console.log('mismatch', errno);
  }
}
console.log([...map].map(([k, [n]]) => `${k}:${n}`).join(' '));
console.log(util.getSystemErrorName(-4095), util.getSystemErrorMessage(-3008),
  util.getSystemErrorName(-9999), util.getSystemErrorMessage(-9999));
for (const bad of [0, 1, 'x', -1.5, NaN]) {
  try { util.getSystemErrorName(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  try { util.getSystemErrorMessage(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
