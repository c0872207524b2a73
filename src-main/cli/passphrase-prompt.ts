/**
 * Reads passphrases for the CLI. Never from argv (it shows up in `ps` and shell history): from the terminal with
 * echo off when stdin is a TTY, otherwise one line per passphrase from stdin (scripts, tests, pipes).
 */
export type PromptInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

export class PassphrasePrompt {
  private buffered = '';
  private ended = false;
  private waiting: (() => void) | undefined;
  private attached = false;

  constructor(
    private readonly input: PromptInput,
    private readonly output: NodeJS.WritableStream,
  ) {}

  get isTerminal(): boolean {
    return this.input.isTTY === true;
  }

  async ask(prompt: string): Promise<string> {
    if (this.isTerminal) this.output.write(prompt);
    this.attach();
    this.input.setRawMode?.(this.isTerminal);
    try {
      for (;;) {
        const line = this.takeLine();
        if (line !== undefined) return line;
        if (this.ended) {
          const rest = this.buffered;
          this.buffered = '';
          return rest;
        }
        await new Promise<void>((resolve) => (this.waiting = resolve));
      }
    } finally {
      if (this.isTerminal) {
        this.input.setRawMode?.(false);
        this.output.write('\n');
      }
      this.input.pause();
    }
  }

  private attach(): void {
    this.input.resume();
    if (this.attached) return;
    this.attached = true;
    this.input.on('data', (chunk: Buffer | string) => {
      this.buffered += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      this.wake();
    });
    this.input.on('end', () => {
      this.ended = true;
      this.wake();
    });
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }

  /** In raw mode the terminal sends \r and backspaces (DEL) itself; handle them as a line editor would. */
  private takeLine(): string | undefined {
    if (this.isTerminal && this.buffered.includes('\u0003')) throw new Error('Interrupted');
    const end = this.buffered.search(/\r|\n/);
    if (end < 0) return undefined;
    let line = this.buffered.slice(0, end);
    this.buffered = this.buffered.slice(end + (this.buffered.slice(end, end + 2) === '\r\n' ? 2 : 1));
    if (this.isTerminal) line = applyBackspaces(line);
    return line;
  }
}

function applyBackspaces(line: string): string {
  const chars: string[] = [];
  for (const char of line) {
    if (char === '\u007f' || char === '\b') chars.pop();
    else chars.push(char);
  }
  return chars.join('');
}
