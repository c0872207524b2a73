import { runCli } from './tamga';

/** The `tamga` command: bundled to out/main/cli.js and started by bin/tamga.js. */
runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
    // stdin may still hold a reference after the passphrase line; the work is done, so let the process end.
    process.stdin.destroy();
  },
  () => {
    process.exitCode = 1;
    process.stdin.destroy();
  },
);
