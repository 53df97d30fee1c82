import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret } from '../../server/modules/webhooks/index.js';

// docs/integration.md's Python verification recipe, run as written against a body signed the way
// Comptoir signs deliveries (issue 14 E7).

const python = /```python\n([\s\S]*?)```/.exec(readFileSync('docs/integration.md', 'utf8'))![1];

function verifyInPython(secret: string, headers: Record<string, string>, body: string): string {
  const program = `${python}\nimport json, sys\nargs = json.loads(sys.stdin.read())\nprint(verify_comptoir_webhook(args["secret"], args["headers"], args["body"].encode()))\n`;
  return execFileSync('python3', ['-c', program], { input: JSON.stringify({ secret, headers, body }) }).toString().trim();
}

describe('webhook verification recipes', () => {
  it('the Python recipe accepts a genuine delivery and rejects a tampered body or another secret', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ id: 'msg_1', type: 'order.placed', timestamp: new Date().toISOString(), version: 1, data: { order: { number: 'é-1' } } });
    const now = new Date();
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign('msg_1', now, body) };
    expect(verifyInPython(secret, headers, body)).toBe('True');
    expect(verifyInPython(secret, headers, body.replace('placed', 'plaCed'))).toBe('False');
    expect(verifyInPython(newWebhookSecret(), headers, body)).toBe('False');
    expect(() => new Webhook(secret).verify(body, headers)).not.toThrow();
  });
});
