import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { applySecurityDefaults, screenRequest } from '@/lib/http/hardening';

function exchange(method: string, url: string, headers: Record<string, string> = {}) {
  const request = new IncomingMessage(new Socket());
  request.method = method;
  request.url = url;
  request.headers = headers;
  const response = new ServerResponse(request);
  return { request, response };
}

describe('screenRequest', () => {
  it('answers methods no route takes with 405, and says which are allowed', () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'OPTIONS', 'FOO']) {
      const { request, response } = exchange(method, '/');
      expect(screenRequest(request, response), method).toBe(true);
      expect(response.statusCode, method).toBe(405);
      expect(response.getHeader('allow'), method).toBe('GET, HEAD, POST');
    }
    const { request, response } = exchange('POST', '/_next/static/chunks/a.js');
    expect(screenRequest(request, response)).toBe(true);
    expect(response.getHeader('allow')).toBe('GET, HEAD');
  });

  it('answers a path that is not percent-encoded UTF-8 with 400', () => {
    const { request, response } = exchange('GET', '/stories/%FF');
    expect(screenRequest(request, response)).toBe(true);
    expect(response.statusCode).toBe(400);
  });

  it('lets ordinary requests through, without their Range headers', () => {
    const { request, response } = exchange('GET', '/stories/x?y=1', { range: 'bytes=0-1', 'if-range': 'x' });
    expect(screenRequest(request, response)).toBe(false);
    expect(request.headers.range).toBeUndefined();
    expect(request.headers['if-range']).toBeUndefined();
  });
});

describe('applySecurityDefaults', () => {
  it('puts the baseline headers and a policy under which nothing runs on every response', () => {
    const { response } = exchange('GET', '/');
    applySecurityDefaults(response);
    expect(response.getHeader('x-content-type-options')).toBe('nosniff');
    expect(response.getHeader('content-security-policy')).toContain("script-src 'none'");
  });
});
