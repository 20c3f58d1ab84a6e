/**
 * A minimal Language Server Protocol client for tests: spawns a server over stdio, frames
 * JSON-RPC messages with Content-Length headers, answers the server's own requests, records
 * published diagnostics, and gives every wait a time limit so a silent server fails a test
 * with a clear message instead of hanging it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface LspDiagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}
export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}
export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}
export interface Hover {
  contents: MarkupContent | string | Array<string | { language: string; value: string }>;
  range?: Range;
}
export interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | MarkupContent;
  insertText?: string;
  /** 2: a snippet, with tab stops ($1, ${2|a,b|}). */
  insertTextFormat?: number;
  textEdit?: { newText: string; range?: Range };
  filterText?: string;
  sortText?: string;
}
export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}
interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}
interface DiagnosticsWaiter {
  uri: string;
  accept: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
  reject: (error: Error) => void;
}

/** Answers a `workspace/configuration` item (its `section`, e.g. "yaml", "http", "[yaml]"). */
export type ConfigurationProvider = (section: string | undefined) => unknown;

export interface LspClientOptions {
  command: string;
  args: string[];
  cwd?: string;
  /** Default time limit for each request and wait, in milliseconds. */
  timeoutMs?: number;
  configuration?: ConfigurationProvider;
}

/** The text of a hover, whatever shape the server chose (MarkupContent, MarkedString[]…). */
export function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const { contents } = hover;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return contents.value;
}

/** The documentation of a completion item as plain text. */
export function documentationText(item: CompletionItem): string {
  const doc = item.documentation;
  if (doc === undefined) return '';
  return typeof doc === 'string' ? doc : doc.value;
}

export class LspClient {
  readonly stderr: string[] = [];
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every notification and request the server sent, by method, for debugging. */
  readonly received: string[] = [];

  private readonly child: ChildProcessWithoutNullStreams;
  private readonly timeoutMs: number;
  private readonly configuration: ConfigurationProvider;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<DiagnosticsWaiter>();
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private exited: string | null = null;

  constructor(options: LspClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.configuration = options.configuration ?? (() => null);
    this.child = spawn(options.command, options.args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    this.child.on('error', (error) => this.fail(`could not start the server: ${error.message}`));
    this.child.on('exit', (code, signal) => this.fail(`the server exited (code ${code}, signal ${signal})`));
    // A write after the server died must not crash the test process.
    this.child.stdin.on('error', () => undefined);
  }

  /** Sends a request and waits for its answer, at most `timeoutMs`. */
  request<T>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`${method}: ${this.exited}${this.stderrTail()}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from the server within ${timeoutMs} ms${this.stderrTail()}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the first diagnostics published for `uri` (including ones already received
   * since `since`, an index in `published`) that `accept` takes; rejects after `timeoutMs`.
   */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    { since = 0, timeoutMs = this.timeoutMs }: { since?: number; timeoutMs?: number } = {},
  ): Promise<PublishDiagnosticsParams> {
    const already = this.published.slice(since).find((p) => p.uri === uri && accept(p));
    if (already) return Promise.resolve(already);
    if (this.exited) return Promise.reject(new Error(`diagnostics for ${uri}: ${this.exited}${this.stderrTail()}`));
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: DiagnosticsWaiter = {
        uri,
        accept,
        resolve: (params) => {
          settle();
          resolve(params);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.map((d) => d.message));
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; received: ${JSON.stringify(seen)}${this.stderrTail()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** shutdown + exit, then kill the process if it is still there. Never throws. */
  async close(): Promise<void> {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, 3_000);
        this.notify('exit', null);
      } catch {
        // the server is already gone or stuck: kill it below
      }
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 2_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private send(message: Message): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length:\s*(\d+)/i.exec(header)?.[1];
      if (length === undefined) {
        this.fail(`a message without Content-Length: ${JSON.stringify(header)}`);
        return;
      }
      const start = headerEnd + 4;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const body = this.buffer.subarray(start, end).toString('utf8');
      this.buffer = this.buffer.subarray(end);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) return this.answer(message);
    if (message.method !== undefined) {
      this.received.push(message.method);
      if (message.method === 'textDocument/publishDiagnostics') {
        const params = message.params as PublishDiagnosticsParams;
        this.published.push(params);
        for (const waiter of [...this.waiters]) if (waiter.uri === params.uri && waiter.accept(params)) waiter.resolve(params);
      }
      return;
    }
    const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (!pending) return;
    this.pending.delete(message.id as number);
    clearTimeout(pending.timer);
    if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message} (${message.error.code})`));
    else pending.resolve(message.result ?? null);
  }

  /** The server's requests: configuration from the provider, null for the rest (registrations, progress…). */
  private answer(message: Message): void {
    const method = message.method as string;
    this.received.push(method);
    let result: unknown = null;
    if (method === 'workspace/configuration') {
      const items = (message.params as { items: Array<{ section?: string }> }).items;
      result = items.map((item) => this.configuration(item.section) ?? null);
    }
    this.send({ jsonrpc: '2.0', id: message.id ?? null, result });
  }

  private fail(reason: string): void {
    if (this.exited) return;
    this.exited = reason;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`${pending.method}: ${reason}${this.stderrTail()}`));
      this.pending.delete(id);
    }
    for (const waiter of [...this.waiters]) waiter.reject(new Error(`diagnostics for ${waiter.uri}: ${reason}${this.stderrTail()}`));
  }

  private stderrTail(): string {
    const text = this.stderr.join('').trim();
    return text ? `\nserver stderr:\n${text.slice(-2000)}` : '';
  }
}
