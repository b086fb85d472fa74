import { describe, expect, it } from 'vitest';
import { isWithin, pathOf, safeReturnPath } from '@/lib/http/return-path';

describe('safeReturnPath', () => {
  it('keeps plain absolute paths of this site, with a simple fragment', () => {
    for (const path of ['/', '/stories/a-story', '/stories/a-story/sources/heart', '/stories/a#note-3', '/a/.well-known/b~c']) {
      expect(safeReturnPath(path), path).toBe(path);
    }
  });

  it('drops a fragment that is not an element id, keeping the path', () => {
    for (const fragment of ['', ':~:text=x', 'x"><script>', '1abc', '%20p', `a${'b'.repeat(120)}`]) {
      expect(safeReturnPath(`/stories/a#${fragment}`), fragment).toBe('/stories/a');
    }
  });

  it('refuses schemes, hosts, encodings, whitespace, queries, dot segments, trailing slashes and overlong values', () => {
    for (const value of [
      '//evil.example', '/\\evil', '\\\\evil', 'https://evil.example/', 'http:/evil', 'javascript:alert(1)', 'evil.example',
      '/%2F%2Fevil', '/a%5Cb', '/a b', '/a\tb', '/a\nLocation: x', '/a?x=1', '/./x', '/a/../b', '/a/..', '/a//b', '/a/',
      '', `/${'a'.repeat(600)}`, 42, undefined, null, ['/'], { toString: () => '/' },
    ]) {
      expect(safeReturnPath(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe('pathOf and isWithin', () => {
  it('take the path part, and tell a path below a base from one that merely starts with its letters', () => {
    expect(pathOf('/stories/a#p-3')).toBe('/stories/a');
    expect(isWithin('/stories/a', '/stories/a')).toBe(true);
    expect(isWithin('/stories/a/sources', '/stories/a')).toBe(true);
    expect(isWithin('/stories/a-other', '/stories/a')).toBe(false);
  });
});
