// yargs: parse an argv.
import yargs from 'yargs';
const argv = yargs(['serve', '--port', '8080', '-v', '--name=x', 'extra'])
  .command('serve', 'start')
  .option('port', { type: 'number' })
  .option('v', { type: 'boolean' })
  .parse();
console.log(argv._, argv.port, argv.v, argv.name);
