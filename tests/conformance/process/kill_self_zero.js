// kill(pid, 0) checks that the process exists.
console.log(process.kill(process.pid, 0));
try {
  process.kill(process.pid, 'SIGNOPE');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.kill('abc');
} catch (e) {
  console.log(e.code, e.message);
}
