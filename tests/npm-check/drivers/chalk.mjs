// chalk (ES module only): colours as FORCE_COLOR decides.
import chalk from 'chalk';
console.log(JSON.stringify(chalk.red('red') + chalk.bold.blue('bold blue')), chalk.level);
