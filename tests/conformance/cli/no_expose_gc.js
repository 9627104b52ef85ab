// Without --expose-gc there is no gc; --no-expose-gc after it turns it off.
const { run } = require('./fixtures/run');

console.log(typeof gc, 'gc' in globalThis);
run(['--expose-gc', '--no-expose-gc', '-p', 'typeof gc']);
run(['--expose-gc', '--noexpose-gc', '-p', 'typeof gc']);
run(['--no-expose-gc', '--expose_gc', '-p', 'typeof gc']);
run(['--expose-gc', '-p', 'require("vm").runInNewContext("typeof gc")']);
