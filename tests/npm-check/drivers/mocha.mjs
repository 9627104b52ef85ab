// mocha: runs spec/math.spec.cjs with the spec reporter (durations
// normalised by scripts/npm-check).
import Mocha from 'mocha';
const mocha = new Mocha({ reporter: 'spec', color: false });
mocha.addFile(new URL('./spec/math.spec.cjs', import.meta.url).pathname);
mocha.run((failures) => {
  process.exitCode = failures ? 1 : 0;
});
