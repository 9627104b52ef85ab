// cwd() and chdir(), relative and absolute; chdir's errors.
const path = require('path');
const start = process.cwd();
console.log(path.basename(start), path.isAbsolute(start));
process.chdir('..');
console.log(path.basename(process.cwd()) === path.basename(path.dirname(start)));
process.chdir(start);
console.log(process.cwd() === start);
try {
  process.chdir('no-such-directory');
} catch (e) {
  console.log(e.code, e.errno, e.syscall, e.path === start, e.dest);
  console.log(e.message.replace(start, '<start>'));
}
for (const bad of [1, undefined, {}]) {
  try {
    process.chdir(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
