/** Runs a command to completion and times it by the wall clock. */
import { spawn } from 'node:child_process';

/** Wall-clock ms and output of a command; rejects with the output when it fails. */
export function timeCommand(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, output });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${code}) in ${cwd}:\n${output.slice(-3000)}`,
          ),
        );
    });
  });
}

/** The ms a `npm run validate` run reports for the checks alone, without starting Node. */
export function validateSelfTime(output: string): number | null {
  const m = /\((\d+) ms\)\s*$/m.exec(output);
  return m ? Number(m[1]) : null;
}
