import type { EntityManager } from '@mikro-orm/postgresql';

// Failed sign-ins are counted per account and per client over a sliding window. The account
// limit stops guessing one password; the client limit stops trying many accounts from one place.
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perClient: 30 } as const;

export async function isThrottled(em: EntityManager, accountKey: string, clientKey: string): Promise<boolean> {
  const rows = await em.execute<{ account: string; client: string }[]>(
    `select
       count(*) filter (where account_key = ?) as account,
       count(*) filter (where client_key = ?) as client
     from sign_in_failure
     where created_at > now() - make_interval(mins => ?) and (account_key = ? or client_key = ?)`,
    [accountKey, clientKey, THROTTLE.windowMinutes, accountKey, clientKey],
  );
  const { account, client } = rows[0];
  return Number(account) >= THROTTLE.perAccount || Number(client) >= THROTTLE.perClient;
}

export async function recordFailure(em: EntityManager, accountKey: string, clientKey: string): Promise<void> {
  await em.execute('insert into sign_in_failure (account_key, client_key) values (?, ?)', [accountKey, clientKey]);
}

/** A successful sign-in forgets the account's failures (not the client's). */
export async function clearAccountFailures(em: EntityManager, accountKey: string): Promise<void> {
  await em.execute(
    'delete from sign_in_failure where account_key = ? or created_at < now() - make_interval(mins => ?)',
    [accountKey, THROTTLE.windowMinutes],
  );
}
