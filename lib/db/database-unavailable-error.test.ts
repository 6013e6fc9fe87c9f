import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable-error';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
// The shapes Prisma 6 over @prisma/adapter-pg throws (seen in tests/integration/database-outage.test.ts).
const driverAdapterError = (cause: Record<string, unknown>) =>
  Object.assign(new Error(String(cause.message ?? cause.kind)), { name: 'DriverAdapterError', cause });
const prismaKnown = (code: string, message: string, cause: Record<string, unknown>) =>
  Object.assign(new Error(message), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: { driverAdapterError: driverAdapterError(cause) },
  });

describe('isDatabaseUnavailable', () => {
  it('recognises refused, reset and shut-down connections, however wrapped', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(true);
    expect(isDatabaseUnavailable(new Error('failed', { cause: withCode('57P01') }))).toBe(true);
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('recognises what Prisma throws over the pg driver adapter', () => {
    const shuttingDown = { kind: 'postgres', code: '57P03', originalCode: '57P03', message: 'the database system is shutting down' };
    expect(isDatabaseUnavailable(driverAdapterError(shuttingDown))).toBe(true);
    // A raw query wraps it as P2010, with the adapter's error only in `meta`.
    expect(isDatabaseUnavailable(prismaKnown('P2010', 'Raw query failed. Code: `57P03`.', shuttingDown))).toBe(true);
    expect(isDatabaseUnavailable(prismaKnown('P1017', 'Server has closed the connection.', { kind: 'ConnectionClosed' }))).toBe(true);
    expect(isDatabaseUnavailable(prismaKnown('P2010', 'Raw query failed.', { kind: 'ConnectionClosed' }))).toBe(true);
    expect(isDatabaseUnavailable(withCode('P1001', 'Invalid `db.user.findFirst()` invocation'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('P1002', 'timed out'))).toBe(true);
  });

  it('leaves bugs and bad queries alone', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('42P01', 'relation "Claim" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('22021', 'invalid byte sequence'))).toBe(false);
    expect(isDatabaseUnavailable(prismaKnown('P2002', 'Unique constraint failed', { kind: 'UniqueConstraintViolation' }))).toBe(false);
    expect(isDatabaseUnavailable(prismaKnown('P2010', 'Raw query failed.', { kind: 'postgres', code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
