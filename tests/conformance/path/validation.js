// Arguments that are not strings.
const path = require('path');
const calls = [
  ['join', [1]], ['join', ['a', null]], ['resolve', [{}]], ['resolve', ['a', 5]],
  ['normalize', [undefined]], ['isAbsolute', [true]], ['relative', [1, 'a']], ['relative', ['a', 1]],
  ['dirname', [null]], ['basename', [1]], ['basename', ['a', 1]], ['extname', [[]]], ['parse', [2]],
  ['format', ['str']], ['format', [null]], ['toNamespacedPath', [1]],
];
for (const [fn, args] of calls) {
  try {
    console.log(fn, JSON.stringify(path[fn](...args)));
  } catch (e) {
    console.log(fn, e.code, e.message);
  }
}
