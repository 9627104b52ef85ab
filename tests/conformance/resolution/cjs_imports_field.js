// package.json "imports" (#name) and self-reference by package name, from
// a file inside the package.
const main = require('./fixtures/node_modules/self-ref/main.js');
const show = (name) => {
  try {
    const m = main.req(name);
    console.log(name, '->', m.name ?? typeof m.join);
  } catch (e) {
    console.log(name, '!>', e.code, e.message.replaceAll(__dirname, '<dir>'));
  }
};
for (const name of ['#internal', '#cond', '#lib/thing', '#dep', '#builtin', '#null',
  '#bad-target', '#missing', '#', '#/x', 'self-ref', 'self-ref/util',
  'self-ref/not-exported.js']) show(name);
console.log(main.self());
// Outside the package, "#internal" is not its import.
try {
  require('#internal');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
