// Callbacks must be functions.
for (const fn of [setTimeout, setInterval, setImmediate]) {
  for (const bad of [undefined, 'code', 1, {}]) {
    try {
      fn(bad, 1);
    } catch (e) {
      console.log(fn.name, e.code, e.message);
    }
  }
}
