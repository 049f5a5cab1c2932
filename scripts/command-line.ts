/**
 * The npm scripts' command lines, read one way: a bad option exits 2 with
 * the way to the help; --help prints the script's opening comment.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Command {
  /** The npm script's name, for messages: "ingest", "check", … */
  name: string;
  /** The script's own file (import.meta.filename): its opening comment is the help. */
  file: string;
  /** How many lines of that comment, after the opening "/**", make the help. */
  helpLines: number;
}

/** The parsed arguments, or the exit code when the run ends here (a bad option: 2; --help: 0). */
export function readCommandLine<T extends ParseArgsConfig>(command: Command, config: T): ReturnType<typeof parseArgs<T>> | number {
  let args: ReturnType<typeof parseArgs<T>>;
  try {
    args = parseArgs(config);
  } catch (e) {
    console.error(`${command.name}: ${(e as Error).message}. Run "npm run ${command.name} -- --help".`);
    return 2;
  }
  if ((args.values as { help?: boolean }).help) {
    const lines = readFileSync(command.file, 'utf8').split('\n').slice(1, 1 + command.helpLines);
    console.log(lines.map((l) => l.replace(/^ \*\s?/, '')).join('\n'));
    return 0;
  }
  return args;
}
