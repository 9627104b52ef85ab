// coffeescript: compile, and eval with a sandbox.
const CoffeeScript = require('coffeescript');
console.log(CoffeeScript.compile('square = (x) -> x * x\nconsole.log square 4', { bare: true }));
console.log(CoffeeScript.eval('[1..4].map (n) -> n * 2'));
console.log(CoffeeScript.eval('a * b', { sandbox: { a: 6, b: 7 } }));
try {
  CoffeeScript.compile('x = (');
} catch (e) {
  console.log(e.name, e.message);
}
