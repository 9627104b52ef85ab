// js-yaml: load and dump.
const yaml = require('js-yaml');
const doc = yaml.load('a: 1\nb:\n  - x\n  - y: [1, 2]\nc: !!str 3\n');
console.log(doc);
console.log(yaml.dump({ name: 'jsvm', list: [1, 'two'], nested: { ok: true } }));
try {
  yaml.load('a: [1,');
} catch (e) {
  console.log(e.name, e.reason);
}
