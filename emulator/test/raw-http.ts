/**
 * HTTP/1.1 written by hand over a socket, for requests `fetch` refuses to make: any
 * `Host` header, any request target (`//[`, `%zz`, 10,000 characters), any method.
 */
import { connect } from 'node:net';

/** A request as it goes on the wire; `host` defaults to the server's own address. */
export interface RawRequest {
  readonly method?: string;
  readonly path: string;
  /** The `Host` header; `null` sends none. */
  readonly host?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** The answer; status 0 when the server closed the connection without answering. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Sends one request on a fresh connection (`Connection: close`) and reads the whole answer. */
export function rawRequest(
  server: { readonly origin: string },
  request: RawRequest,
): Promise<RawResponse> {
  const { hostname, port } = new URL(server.origin);
  const body = request.body === undefined ? Buffer.alloc(0) : Buffer.from(request.body);
  const host = request.host === undefined ? `${hostname}:${port}` : request.host;
  const headerLines = [
    `${request.method ?? 'GET'} ${request.path} HTTP/1.1`,
    ...(host === null ? [] : [`Host: ${host}`]),
    'Connection: close',
    ...(body.length > 0 || request.method === 'POST' ? [`Content-Length: ${body.length}`] : []),
    ...Object.entries(request.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while a large body is still being written; what it answered counts.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
      reject(error);
    });
    socket.on('close', () => resolve(parseResponse(Buffer.concat(received).toString('utf8'))));
    socket.write(`${headerLines.join('\r\n')}\r\n\r\n`);
    socket.end(body);
  });
}

function parseResponse(text: string): RawResponse {
  const headerEnd = text.indexOf('\r\n\r\n');
  if (headerEnd === -1) return { status: 0, headers: {}, body: '' };
  const [statusLine = '', ...lines] = text.slice(0, headerEnd).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const separator = line.indexOf(':');
    if (separator > 0)
      headers[line.slice(0, separator).trim().toLowerCase()] = line.slice(separator + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1] ?? 0),
    headers,
    body: text.slice(headerEnd + 4),
  };
}
