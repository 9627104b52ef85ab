// script.sourceMapURL: the URL of the last `//# sourceMappingURL=` (or
// `//@`) magic comment, as V8's scanner reads it; undefined when absent.
const vm = require('node:vm');

const cases = {
  none: 'function f() {}',
  docs: '\nfunction myFunc() {}\n//# sourceMappingURL=sourcemap.json\n',
  at: '//@ sourceMappingURL=old.map',
  last: '//# sourceMappingURL=a.map\n//# sourceMappingURL=b.map',
  notAtEnd: '//# sourceMappingURL=a.map\nvar x = 1;',
  emptyLast: '//# sourceMappingURL=a.map\nvar x = 1;\n//# sourceMappingURL=',
  malformedLast: '//# sourceMappingURL=a.map\n//# sourceMappingURL = x',
  spaceInValueLast: '//# sourceMappingURL=a.map\n//# sourceMappingURL=b c',
  trailingSpaces: '//# sourceMappingURL=a.map   ',
  trailingTab: '//# sourceMappingURL=a.map\t',
  spacesAroundValue: '//# sourceMappingURL=  \u00a0a.map\u3000',
  innerSpace: '//# sourceMappingURL=a b.map',
  quotes: '//# sourceMappingURL=a"b\'c.map',
  inString: 'var s = "//# sourceMappingURL=str.map";',
  inTemplate: 'var s = `\n//# sourceMappingURL=tpl.map\n`;',
  inTemplateSubstitution: 'x = `${ 1 }\n//# sourceMappingURL=t.map\n`',
  afterTemplate: '`${ "}" }` //# sourceMappingURL=t2.map',
  inBlockComment: '/*\n//# sourceMappingURL=block.map\n*/',
  blockStyle: '/*# sourceMappingURL=block2.map */',
  inRegExp: 'var r = /\\/\\/# sourceMappingURL=re.map/;',
  afterDivision: 'a = {} / 2 //# sourceMappingURL=div.map',
  noSpace: '//#sourceMappingURL=ns.map',
  twoSpaces: '//#  sourceMappingURL=ts.map',
  tab: '//#\tsourceMappingURL=tab.map',
  nbsp: '//#\u00a0sourceMappingURL=nb.map',
  spaceBeforeHash: '// # sourceMappingURL=x.map',
  lowercase: '//# sourcemappingurl=lc.map',
  empty: '//# sourceMappingURL=',
  sourceURLOnly: '//# sourceURL=foo.js',
  dataURL: '//# sourceMappingURL=data:application/json;base64,eyJ2IjozfQ==',
  afterCode: 'var y = 2; //# sourceMappingURL=after.map',
  inFunction: 'function g() {\n//# sourceMappingURL=fn.map\n}',
  crlf: '//# sourceMappingURL=crlf.map\r\nvar z;',
  lineSeparator: '//# sourceMappingURL=ls.map\u2028var z;',
  unicode: '//# sourceMappingURL=\u00fc.map',
  htmlComment: '<!-- //# sourceMappingURL=html.map',
};
for (const [name, source] of Object.entries(cases)) {
  console.log(name, JSON.stringify(new vm.Script(source).sourceMapURL));
}

const script = new vm.Script('1 //# sourceMappingURL=x.map');
const d = Object.getOwnPropertyDescriptor(script, 'sourceMapURL');
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log(vm.createScript('//# sourceMappingURL=y.map').sourceMapURL);
console.log(Object.getOwnPropertyDescriptor(new vm.Script('1'), 'sourceMapURL'));
