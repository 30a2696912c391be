// What Almanac's local HTTP servers (the browser shell and the sign-in listener) read of a
// request's target: a path that starts with exactly one '/', and its query. Any other shape
// (`//[`, `//host/…`, `*`, an absolute URL, a backslash that URL parsing would turn into a
// slash) comes from no page of ours, and the callers answer it 400. Parsing happens inside
// a guard here, because a throw in a request handler ends the whole process.

export interface RequestTarget {
  pathname: string;
  searchParams: URLSearchParams;
}

/** The path and query of `raw`, or null when it is not a plain path. */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (!raw || raw[0] !== '/' || raw[1] === '/' || raw.includes('\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, PARSE_BASE);
  } catch {
    return null;
  }
  // A path that parses onto another host was not a path after all.
  if (url.origin !== PARSE_BASE) return null;
  return { pathname: url.pathname, searchParams: url.searchParams };
}

const PARSE_BASE = 'http://127.0.0.1';
