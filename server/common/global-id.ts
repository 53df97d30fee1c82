/**
 * Opaque global ids: base64url("Type:uuid"). Clients never parse them; the server uses the type
 * to refuse an id of the wrong kind with NOT_FOUND rather than looking it up in the wrong table.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const i = decoded.indexOf(':');
  if (i <= 0) return null;
  const type = decoded.slice(0, i);
  const id = decoded.slice(i + 1);
  return UUID.test(id) ? { type, id } : null;
}

/** The uuid behind a global id of the expected type, or null. */
export function idOf(type: string, globalId: string | null | undefined): string | null {
  if (!globalId) return null;
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
