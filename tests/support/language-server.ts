import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * A minimal Language Server Protocol client over stdio: enough to drive yaml-language-server,
 * the engine of VS Code's YAML extension, the way the editor does.
 */
export interface LanguageClient {
  request(method: string, params: unknown): Promise<unknown>;
  notify(method: string, params: unknown): void;
  /** The next notification of this method that satisfies `accept`. */
  next(method: string, accept?: (params: unknown) => boolean): Promise<unknown>;
  close(): Promise<void>;
}

/** `settings(section)` answers the server's workspace/configuration requests, as the editor's settings do. */
export function startLanguageServer(command: string, args: string[], settings: (section: string) => unknown = () => null): LanguageClient {
  const child: ChildProcessWithoutNullStreams = spawn(command, args, { stdio: 'pipe' });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const waiting: { method: string; accept: (params: unknown) => boolean; resolve: (params: unknown) => void }[] = [];
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const handle = (message: { id?: number; method?: string; params?: { items?: { section: string }[] }; result?: unknown }) => {
    if (message.method && message.id !== undefined) {
      // A request from the server: the settings it asks for, and no opinion on anything else.
      const items = message.method === 'workspace/configuration' ? (message.params?.items ?? []) : undefined;
      send({ id: message.id, result: items ? items.map((item) => settings(item.section)) : null });
      return;
    }
    if (message.id !== undefined) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
      return;
    }
    const index = waiting.findIndex((wait) => wait.method === message.method && wait.accept(message.params));
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(message.params);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      handle(JSON.parse(body));
    }
  });
  return {
    request: (method, params) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ id, method, params });
      }),
    notify: (method, params) => send({ method, params }),
    next: (method, accept = () => true) => new Promise((resolve) => waiting.push({ method, accept, resolve })),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
