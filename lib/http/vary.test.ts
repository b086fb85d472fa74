import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { mergeVary, mergeVaryOnEveryResponse } from '@/lib/http/vary';

describe('mergeVary', () => {
  it('keeps every field once, compared without case, in first-seen order', () => {
    expect(mergeVary('Cookie', 'rsc, next-router-state-tree')).toBe('Cookie, rsc, next-router-state-tree');
    expect(mergeVary(['Cookie', 'RSC'], 'rsc, cookie, Accept-Encoding')).toBe('Cookie, RSC, Accept-Encoding');
    expect(mergeVary(undefined, 'Accept')).toBe('Accept');
    expect(mergeVary(' , Cookie ,, ', '')).toBe('Cookie');
  });

  it('lets "*" stand alone', () => {
    expect(mergeVary('Cookie', '*')).toBe('*');
  });
});

describe('mergeVaryOnEveryResponse', () => {
  it('makes a later Vary add to the one the proxy set instead of replacing it (vercel/next.js#85999)', () => {
    mergeVaryOnEveryResponse();
    mergeVaryOnEveryResponse();
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    response.setHeader('Vary', 'Cookie');
    response.setHeader('Vary', 'rsc, next-router-state-tree');
    expect(response.getHeader('vary')).toBe('Cookie, rsc, next-router-state-tree');
    response.setHeader('X-Other', 'a');
    response.setHeader('X-Other', 'b');
    expect(response.getHeader('x-other')).toBe('b');
  });
});
