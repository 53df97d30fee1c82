import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInStaff } from '../support/fixtures.js';

// F7 metrics (decision 25): /metrics is off unless METRICS_TOKEN is set, then asks for it; it
// gives HTTP and GraphQL durations with bounded labels, job queue depth and failures, the outbox's
// pending and failed emails, and the database pools' use.

const TOKEN = 'metrics-token-0123456789abcdef';
let server: TestServer;
let off: TestServer;

beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN: TOKEN, JOBS: 'false' });
  off = await startTestServer({ JOBS: 'false' });
});
afterAll(async () => {
  await server?.close();
  await off?.close();
});

const scrape = (s: TestServer, authorization?: string) => fetch(`${s.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('/metrics', () => {
  it('is off without METRICS_TOKEN, and asks for the token when set', async () => {
    expect((await scrape(off)).status).toBe(404);
    expect((await scrape(off, `Bearer ${TOKEN}`)).status).toBe(404);
    expect((await scrape(server)).status).toBe(401);
    expect((await scrape(server, 'Bearer wrong-token-wrong-token')).status).toBe(401);
    const ok = await scrape(server, `Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('measures requests and operations with bounded labels, jobs, the outbox and the pools', async () => {
    const em = server.app.services.orm.em.fork();
    await createStaff(em, { email: 'metrics@supplier.test', password: 'metrics1234' });
    const token = await signInStaff(server, 'metrics@supplier.test', 'metrics1234');
    await server.graphql(`query Whatever { products(first: 2) { totalCount } }`, {}, { token });
    // Client-chosen operation names never become labels (one series each would be unbounded).
    for (let i = 0; i < 20; i++) await server.graphql(`query Random${i}x { viewer { __typename } }`, {});
    await server.graphql(`{ nope }`, {});
    // Jobs are off here: a queued email waits; another gave up.
    await em.execute(`insert into outbox_email (id, to_address, template, language, props, status) values
      (gen_random_uuid(), 'a@x.test', 'access-granted', 'en', '{}', 'PENDING'), (gen_random_uuid(), 'b@x.test', 'access-granted', 'en', '{}', 'FAILED'), (gen_random_uuid(), 'c@x.test', 'access-granted', 'en', '{}', 'FAILED')`);
    await server.app.services.jobs.boss.send('email-send', { id: '00000000-0000-0000-0000-000000000000' });

    const text = await (await scrape(server, `Bearer ${TOKEN}`)).text();
    expect(text).toMatch(/^comptoir_http_request_duration_seconds_count\{route="graphql",method="POST",status="2xx"\} \d+$/m);
    expect(text).toMatch(/^comptoir_graphql_operation_duration_seconds_count\{operation="staffSignIn",type="mutation",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^comptoir_graphql_operation_duration_seconds_count\{operation="products",type="query",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^comptoir_graphql_operation_duration_seconds_count\{operation="viewer",type="query",outcome="ok"\} 20$/m);
    expect(text).toMatch(/^comptoir_graphql_operation_duration_seconds_count\{operation="invalid",type="unknown",outcome="error"\} 1$/m);
    expect(text).not.toMatch(/Random|Whatever/);
    expect(text).toMatch(/^comptoir_job_queue_jobs\{queue="email-send",state="created"\} 1$/m);
    expect(text).toMatch(/^comptoir_job_queue_jobs\{queue="task-run",state="failed"\} 0$/m);
    expect(text).toMatch(/^comptoir_outbox_emails\{status="PENDING"\} 1$/m);
    expect(text).toMatch(/^comptoir_outbox_emails\{status="FAILED"\} 2$/m);
    for (const pool of ['orm', 'prepared', 'jobs']) expect(text).toMatch(new RegExp(`^comptoir_db_pool_connections\\{pool="${pool}",state="idle"\\} \\d+$`, 'm'));
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });
});
