// exitCode: validation and what the process ends with.
for (const v of [2, '3', undefined, null, 0]) {
  process.exitCode = v;
  console.log(JSON.stringify(v), '->', process.exitCode);
}
for (const bad of ['a', 1.5, {}, true, '']) {
  try {
    process.exitCode = bad;
  } catch (e) {
    console.log(e.code, e.message);
  }
}
process.exitCode = 4;
process.on('exit', (c) => console.log('exit event', c));
