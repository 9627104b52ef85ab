// os.tmpdir and os.homedir read the environment first, as in Node.
const os = require('os');

for (const [k, v] of [['TMPDIR', '/a/b/'], ['TMPDIR', '/c'], ['TMPDIR', '/'],
  ['TMPDIR', ''], ['TMP', '/from-tmp']]) {
  process.env[k] = v;
  console.log(k, JSON.stringify(v), os.tmpdir(), `${os.tmpdir}`);
}
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.HOME = '/home/someone';
console.log(os.homedir(), `${os.homedir}`);
