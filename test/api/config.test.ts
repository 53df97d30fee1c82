import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../../server/config/env.js';

describe('configuration from the environment', () => {
  it('has defaults that start the embedded database on loopback', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', embedded: true, PGLITE_DATA_DIR: '.data/pglite', JOBS: 'true', SEED_DEMO: 'auto' });
    expect(env.publicUrl).toBe('http://127.0.0.1:3000');
  });

  it('uses DATABASE_URL when given, and PUBLIC_URL without a trailing slash', () => {
    const env = loadEnv({ DATABASE_URL: 'postgres://u@db:5432/comptoir', PUBLIC_URL: 'https://shop.example.com/' });
    expect(env.embedded).toBe(false);
    expect(env.publicUrl).toBe('https://shop.example.com');
  });

  it('reports every bad value at once, by name', () => {
    let error: unknown;
    try {
      loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', RESEND_BASE_URL: 'not a url', SESSION_CACHE_SECONDS: '-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL: must be a postgres:// URL');
    expect(message).toContain('RESEND_BASE_URL');
    expect(message).toContain('SESSION_CACHE_SECONDS');
  });

  it('runs several worker processes only on a PostgreSQL server', () => {
    expect(loadEnv({}).WORKERS).toBe(1);
    expect(loadEnv({ WORKERS: '2', DATABASE_URL: 'postgres://u@db:5432/comptoir' }).WORKERS).toBe(2);
    expect(() => loadEnv({ WORKERS: '2' })).toThrow(/WORKERS: more than one worker needs DATABASE_URL/);
    expect(() => loadEnv({ WORKERS: '0' })).toThrow(ConfigError);
  });

  it('trusts no proxy unless TRUST_PROXY names one, in Express syntax, and limits the API unless told not to', () => {
    expect(loadEnv({}).TRUST_PROXY).toBeUndefined();
    for (const value of ['loopback', '10.0.0.0/8, 192.168.1.5', '1', 'loopback,uniquelocal']) expect(loadEnv({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value);
    expect(() => loadEnv({ TRUST_PROXY: 'my-proxy' })).toThrow(/TRUST_PROXY: must be a hop count/);
    expect(loadEnv({}).API_RATE_LIMIT).toBe(1200);
    expect(loadEnv({ API_RATE_LIMIT: '0' }).API_RATE_LIMIT).toBe(0);
    expect(() => loadEnv({ API_RATE_LIMIT: '-5' })).toThrow(/API_RATE_LIMIT/);
  });

  it('treats empty variables as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', PORT: '' }).embedded).toBe(true);
  });
});
