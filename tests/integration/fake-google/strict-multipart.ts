// A strict reader of Google's batch answers, as Google's other client libraries read them
// (the Python client's `_deserialize_response`, the Java client's BatchUnparsedResponse):
// each part is split at its first blank line into part headers and an HTTP response, the
// response again at its first blank line into status line plus headers and body, and the
// body must be exactly Content-Length bytes. A part without a header block, without
// Content-Length, or with a body of another length throws, as those clients fail on it.
// Also the writer the conformance tests send batches with (the clients have no batch call).

export interface StrictPart {
  contentId: string;
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: unknown;
}

export interface BatchCall {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** POSTs a multipart/mixed batch; part i has Content-ID `<item{i+1}>`. */
export async function writeBatch(
  url: string,
  token: string,
  calls: BatchCall[],
): Promise<Response> {
  const boundary = 'batch_strict_test';
  const body =
    calls
      .map((c, i) =>
        [
          `--${boundary}`,
          'Content-Type: application/http',
          `Content-ID: <item${i + 1}>`,
          '',
          `${c.method} ${c.path} HTTP/1.1`,
          ...Object.entries(c.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
          ...(c.body !== undefined
            ? ['Content-Type: application/json', '', JSON.stringify(c.body)]
            : ['', '']),
        ].join('\r\n'),
      )
      .join('\r\n') + `\r\n--${boundary}--\r\n`;
  return fetch(`${url}/batch/calendar/v3`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': `multipart/mixed; boundary=${boundary}`,
    },
    body,
  });
}

export async function readBatch(
  response: Response,
): Promise<{ status: number; parts: StrictPart[] }> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/.exec(
    response.headers.get('content-type') ?? '',
  );
  if (!boundary) throw new Error('The batch answer is not multipart/mixed with a boundary.');
  const text = await response.text();
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  if (!text.startsWith(`${delimiter}\r\n`))
    throw new Error('The batch answer does not start with its boundary.');
  const close = text.lastIndexOf(`\r\n${delimiter}--`);
  if (close < 0) throw new Error('The batch answer has no closing boundary.');
  // RFC 2046: the CRLF before each delimiter belongs to the delimiter, not to the part.
  const parts = text
    .slice(delimiter.length + 2, close)
    .split(`\r\n${delimiter}\r\n`)
    .map(readPart);
  return { status: response.status, parts };
}

function readPart(part: string, index: number): StrictPart {
  const [partHead, http] = splitAtBlankLine(part, `part ${index}`);
  const partHeaders = headersOf(partHead);
  if (partHeaders['content-type'] !== 'application/http')
    throw new Error(`part ${index} is not application/http`);
  const [head, body] = splitAtBlankLine(http, `part ${index}'s HTTP response`);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1];
  if (!status) throw new Error(`part ${index} has no status line: ${statusLine}`);
  const headers = headersOf(lines.join('\r\n'));
  const length = headers['content-length'];
  if (length === undefined) throw new Error(`part ${index} has no Content-Length`);
  if (Number(length) !== Buffer.byteLength(body))
    throw new Error(
      `part ${index}: Content-Length ${length}, body ${Buffer.byteLength(body)} bytes`,
    );
  if (body !== '' && !headers['content-type'])
    throw new Error(`part ${index} has a body but no Content-Type`);
  return {
    contentId: /^<(.*)>$/.exec(partHeaders['content-id'] ?? '')?.[1] ?? '',
    status: Number(status),
    headers,
    body: body === '' ? undefined : JSON.parse(body),
  };
}

/** Everything before the first blank line, and everything after it; none is an error. */
function splitAtBlankLine(text: string, what: string): [string, string] {
  const at = text.indexOf('\r\n\r\n');
  if (at < 0) throw new Error(`${what} has no blank line after its headers`);
  return [text.slice(0, at), text.slice(at + 4)];
}

function headersOf(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (block === '') return headers;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`not a header line: ${line}`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
