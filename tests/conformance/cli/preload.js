// -r/--require and --import preloads: CommonJS preloads first, in order,
// then ES module preloads (awaited), then the program.
const { run } = require('./fixtures/run');

run(['-r', './fixtures/preload_a.js', '--require=./fixtures/preload_b', '--import',
     './fixtures/preload_c.mjs', 'fixtures/main.js', 'arg']);
run(['--import', './fixtures/preload_c.mjs', '-r', './fixtures/preload_a.js',
     '-e', 'console.log("eval", globalThis.preloaded)']);
run(['-r', './fixtures/preload_a.js', '-p', 'preloaded.length']);
run(['-r']);
run(['--import=']);
run(['-r', './fixtures/missing.js', '-e', '1'], { grep: /code:/ });
run(['--import', './fixtures/missing.mjs', '-e', '1'], { grep: /^Error|code:/ });
