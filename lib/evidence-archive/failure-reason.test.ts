import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import id from '@/messages/id.json';
import { encodeFailure, FAILURE_CODES, failureMessageValues, parseFailure } from './failure-reason';

describe('capture failure reasons', () => {
  it('round-trips a code and its value', () => {
    expect(parseFailure(encodeFailure('http-status', 404))).toEqual({ code: 'http-status', value: '404' });
    expect(parseFailure(encodeFailure('blocked-address', 'fd00::1'))).toEqual({ code: 'blocked-address', value: 'fd00::1' });
    expect(parseFailure(encodeFailure('network', null))).toEqual({ code: 'network', value: '' });
  });

  it('leaves an English reason stored before the codes as text', () => {
    expect(parseFailure('the page answered HTTP 404')).toBeNull();
    expect(parseFailure('more than 5 redirects')).toBeNull();
  });

  it('gives a byte limit in megabytes', () => {
    expect(failureMessageValues({ code: 'too-large', value: String(10 * 1024 * 1024) })).toMatchObject({ megabytes: '10' });
  });

  it('has a sentence for every code in both catalogues', () => {
    for (const code of FAILURE_CODES) {
      expect(en.EvidenceArchive.failure[code], `en ${code}`).toBeTruthy();
      expect(id.EvidenceArchive.failure[code], `id ${code}`).toBeTruthy();
    }
  });
});
