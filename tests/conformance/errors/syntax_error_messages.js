// Syntax errors about an unexpected token are worded as V8 words them.
const vm = require('node:vm');
for (const code of ['a b', 'let x = ;', '1 +', 'f(1 2)', 'var s = "a" "b"', 'x = 1 2', '(', 'a = `t` `u`']) {
  try {
    new vm.Script(code);
    console.log(JSON.stringify(code), 'compiled');
  } catch (e) {
    console.log(JSON.stringify(code), e.name, e.message);
  }
}
