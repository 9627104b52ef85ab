// console's colorMode 'auto' colours through Node's shouldColorize:
// FORCE_COLOR decides even when stdout is a pipe (colour libraries and
// test runners set it); with it unset, a pipe gets no colours.
const { spawnSync } = require('node:child_process');
const run = (env) => {
  const { NO_COLOR, FORCE_COLOR, ...rest } = process.env;
  const child = spawnSync(process.execPath,
                          ['-e', "console.log(1, 'a', { x: true, s: 'b' }); console.error([null])"],
                          { env: { ...rest, ...env }, encoding: 'utf8' });
  console.log(JSON.stringify(env), JSON.stringify(child.stdout), JSON.stringify(child.stderr));
};
run({});
run({ FORCE_COLOR: '1' });
run({ FORCE_COLOR: '0' });
run({ FORCE_COLOR: '3' });
run({ NO_COLOR: '1' });
