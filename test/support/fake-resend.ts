import http from 'node:http';

export interface CapturedEmail {
  from: string;
  to: string | string[];
  subject: string;
  html: string;
  text: string;
  /** Files as Resend takes them: base64 content and a file name. */
  attachments?: Array<{ filename: string; content: string }>;
  idempotencyKey?: string;
  id: string;
}

/**
 * How the fake answers for now: accept, refuse with a status (and a Retry-After), or never answer
 * (a hung provider: the request stays open until the caller gives up).
 */
export type FakeResendAnswer = 'accept' | 'hang' | { status: number; retryAfter?: string };
/** One answer for every request, or one chosen per email (e.g. hang only for one recipient). */
export type FakeResendBehaviour = FakeResendAnswer | ((email: { to: string | string[] }) => FakeResendAnswer);

/**
 * A local stand-in for Resend's HTTP API (POST /emails): records what the app sends, can refuse
 * the first N requests (to exercise retries), can be switched to refuse or hang (`behave`), and
 * answers a repeated idempotency key with the first id as Resend does.
 */
export async function startFakeResend(options: { failFirst?: number } = {}) {
  const emails: CapturedEmail[] = [];
  const byKey = new Map<string, string>();
  let failures = options.failFirst ?? 0;
  let requests = 0;
  let behaviour: FakeResendBehaviour = 'accept';
  /** Requests by idempotency key, whatever the answer. */
  const attemptsByKey = new Map<string, number>();
  /** Every request to /emails: when, for which key and recipient, and how it was answered. */
  const log: Array<{ at: number; key?: string; to: string; answer: string }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests++;
      if (req.method !== 'POST' || !req.url?.startsWith('/emails')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'not_found', message: 'Not found', statusCode: 404 }));
        return;
      }
      if (req.headers.authorization !== 'Bearer re_test_key') {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'missing_api_key', message: 'Bad key', statusCode: 401 }));
        return;
      }
      const attemptKey = req.headers['idempotency-key'] as string | undefined;
      if (attemptKey) attemptsByKey.set(attemptKey, (attemptsByKey.get(attemptKey) ?? 0) + 1);
      const to = String((JSON.parse(body || '{}') as { to?: string }).to ?? '');
      let answer = typeof behaviour === 'function' ? behaviour({ to }) : behaviour;
      if (answer === 'accept' && failures > 0) {
        failures--;
        answer = { status: 500 };
      }
      log.push({ at: Date.now(), key: attemptKey, to, answer: typeof answer === 'string' ? answer : String(answer.status) });
      if (answer === 'hang') return; // never answers
      if (answer !== 'accept') {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
        const message = answer.status >= 500 ? 'Temporary failure' : `Refused with ${answer.status}`;
        res.writeHead(answer.status, headers).end(JSON.stringify({ name: 'refused', message, statusCode: answer.status }));
        return;
      }
      const key = req.headers['idempotency-key'] as string | undefined;
      const existing = key ? byKey.get(key) : undefined;
      if (existing) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: existing }));
        return;
      }
      const payload = JSON.parse(body);
      const id = `fake-${emails.length + 1}`;
      if (key) byKey.set(key, id);
      emails.push({ ...payload, idempotencyKey: key, id });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey: 're_test_key',
    emails,
    requests: () => requests,
    attemptsByKey,
    log,
    /** Changes how the next requests are answered. */
    behave(next: FakeResendBehaviour) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // hung requests too
      }),
  };
}
