import { describe, expect, it } from 'vitest';
import { listenArgs } from './serve.mjs';

describe('where the server listens', () => {
  it('listens on this machine only, port 3000, when nothing says otherwise', () => {
    expect(listenArgs([], {})).toMatchObject({ host: '127.0.0.1', port: '3000' });
  });

  it('takes HOSTNAME and PORT from the environment, as npm start is run', () => {
    expect(listenArgs([], { HOSTNAME: '0.0.0.0', PORT: '8080' })).toMatchObject({ host: '0.0.0.0', port: '8080', startArgs: ['-p', '8080', '-H', '0.0.0.0'] });
  });

  it('lets -H and -p on the command line win over the environment', () => {
    expect(listenArgs(['-p', '3210', '-H', '::1'], { HOSTNAME: '0.0.0.0', PORT: '8080' })).toMatchObject({ host: '::1', port: '3210', startArgs: ['-p', '3210', '-H', '::1'] });
  });
});
